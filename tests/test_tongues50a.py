"""Hebrew, Sinhala and Kinyarwanda ages and languages in a German message (tongues50a).

Midwives, Kita staff and social workers write "ילד בן ארבע", "תינוקת בת חודשיים", "දුව අවුරුදු
හතයි", "බබා මාස තුනයි", "umwana w'imyaka itanu" or "atwite" and ask "בעברית" or "සිංහලෙන්".
Without the `[he]`, `[si]` and `[rw]` sections of `bot/data/foreign.toml` these ages were lost.
Hebrew tells an age as "son/daughter of" a number (`age_leads`: "בן", "בת") with lexical duals
("שנתיים", "חודשיים"); Sinhala and Kinyarwanda put the unit before the number (`units_first`),
Sinhala glues "-යි" onto the number and Kinyarwanda agrees it with the unit's noun class. The
sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Hebrew: "בן/בת" and a feminine or masculine number, duals, months, pregnancy
    ("Kind in Lünen, הילדה בת שבע, weint vor der Schule. Erziehungsberatung?", (84, 95)),
    ("תינוק בן ארבעה חודשים schreit viel, Schreiambulanz in Unna?", (4, 4)),
    ("הבן שלי בן שלוש עשרה, zockt nachts. Medienberatung in Bergkamen?", (156, 167)),
    ("Zwei Kinder, בת שלוש ובן שמונה, Mutter allein in Werne, Entlastung?", (36, 107)),
    ("תינוקת בת חודשיים, Mutter erschöpft. Frühe Hilfen in Kamen?", (2, 2)),
    ("ילד בן שנה וחצי, Krabbelgruppe in Selm?", (18, 18)),
    ("ילדה בת שנה, Tagesmutter in Unna gesucht", (12, 23)),
    ("Sie ist בהריון בחודש השישי, Hebamme in Bönen?", (-9, -1)),
    # Sinhala: the unit before its number, "-යි" glued on, two children
    ("පුතා අවුරුදු පහයි, Sprachförderung in Bergkamen?", (60, 71)),
    ("බබා මාස හතරයි, schläft nie, Schreibaby-Beratung in Lünen?", (4, 4)),
    ("දුව අවුරුදු දහතුනයි, wird gemobbt. Schulsozialarbeit in Unna?", (156, 167)),
    ("Zwei Kinder, අවුරුදු දෙකයි සහ අවුරුදු නවයයි, Erziehungsberatung in Schwerte?", (24, 119)),
    ("Mutter ගැබිනියි, Hebamme in Kamen gesucht", (-9, -1)),
    # Kinyarwanda: "w'imyaka", "afite", class agreement, "cumi n'…", two ages, pregnancy
    ("Umwana w'imyaka itandatu, Lernförderung in Kamen?", (72, 83)),
    ("Umukobwa afite imyaka cumi n'itatu, Schulsozialarbeit in Lünen?", (156, 167)),
    ("Uruhinja rw'amezi atatu, schreit viel. Beratung in Unna?", (3, 3)),
    ("Abana: imyaka itatu n'itandatu, Familienzentrum in Selm?", (36, 83)),
    ("Mama atwite, braucht eine Hebamme in Bergkamen", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("ילד בן ארבע, Erziehungsberatung in Unna, aber nur בעברית", ("he",)),
    ("Kind අවුරුදු තුනයි, Eltern-Kind-Gruppe in Werne, am liebsten auf සිංහල", ("si",)),
    ("Umwana w'imyaka ine, Erziehungsberatung mu kinyarwanda in Kamen?", ("rw",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages


@pytest.mark.parametrize(("text", "age"), [
    # a mother's age, a stay's length and a time past are no child's age
    ("Mutter (בת שלושים וחמש) allein mit Sohn, 9 Jahre. Hausaufgabenhilfe in Bönen?", (108, 119)),
    ("Wir sind seit අවුරුදු පහක් in Deutschland. Tochter 13 Jahre, Sportverein Lünen?",
     (156, 167)),
    ("Bamaze imyaka itatu mu Budage. Tochter 10 Jahre, Hausaufgabenhilfe in Unna?", (120, 131)),
    ("Baje imyaka ibiri ishize. Sohn 8 Jahre, Lernförderung in Kamen?", (96, 107)),
    ("לפני שלוש שנים kamen sie aus Haifa. Sohn 6 Jahre, Fußballverein in Kamen?", (72, 83)),
])
def test_other_numbers_keep_the_german_age(assistant: Assistant, text: str,
                                           age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert (request.age.low, request.age.high) == age


def test_an_origin_is_no_language_wish(assistant: Assistant) -> None:
    request = assistant.respond(
        "Familie aus Israel, spricht gut Deutsch, Sohn 6 Jahre, Fußballverein in Kamen?")[0]
    assert request.request.languages == ()

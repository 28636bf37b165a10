"""Kyrgyz and Tajik ages and languages in a German message (tongues49b).

Social workers in shared housing write "Кызы тогуз жашта", "Он жети жаштагы жигит", "Кичүүсү 18
айлык", "кош бойлуу", "кыргыз тилинде" (Kyrgyz) or "Писараш панҷ сола", "духтар се сола",
"ҳомиладор", "тоҷикӣ гап мезанад?" (Tajik). Neither language had a section in
`bot/data/foreign.toml`: the ages stayed unread and the wished language unseen. On a Russian
keyboard the same words come without their letters ("панч", "нух", "торт жашта"); the fold reads
ҳ ҷ қ ғ ү ө ң as х ч к г у о н (`foreign_rules._CYRILLIC_BASES`). The sentences are new ones,
read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from bot.understanding.foreign_rules import fold_foreign

_AGES = [
    # Kyrgyz: number words past ten, "жашта"/"жаштагы", months, weeks, several children
    ("Уулу алты жашта, Albträume seit dem Umzug, Kamen. Erziehungsberatung?", (72, 83)),
    ("Hebamme Lünen: наристе үч айлык, ыйлай берет. Schreibaby-Sprechstunde?", (3, 3)),
    ("Bergkamen: кыз он эки жашта, nur am Handy. Medienberatung?", (144, 155)),
    ("Он жети жаштагы жигит, ohne Wohnung in Schwerte. Hilfe für junge Leute?", (204, 215)),
    ("Ымыркай алты апталык, Mutter erschöpft. Frühe Hilfen in Kamen?", (1, 1)),
    ("Selm: уулу төрт жашта, кызы жети жашта. Entlastung für Alleinerziehende?", (48, 95)),
    ("Hengsen: Балдар эки, беш жана сегиз жашта. Wohngeldantrag?", (24, 107)),
    ("Кичүүсү 18 айлык, улуусу төрт жашта. Kita oder Tagesmutter in Ardey?", (18, 59)),
    ("Werne: кызы торт жашта (без казахских букв), Kita-Platz gesucht", (48, 59)),
    # Tajik: the keyboard's letters or the Russian ones, glued "-сола", months, pregnancy
    ("Писараш ҳашт сола, schlägt andere Kinder. Gewaltprävention Kamen?", (96, 107)),
    ("Писар нух сола, OGS Oberaden, Ferienprogramm?", (108, 119)),
    ("Тифл чор моҳа, schreit nachts stundenlang, Lünen. Beratung?", (4, 4)),
    ("Духтараш шонздаҳ сола, ritzt sich. Hilfe in Werne?", (192, 203)),
    ("Кӯдак шаш ҳафта, модар хеле хаста. Familienhebamme in Holzwickede?", (1, 1)),
    ("Ду фарзанд: писар се сола ва духтар шаш сола. Eltern-Kind-Gruppe Schwerte?", (36, 83)),
    ("Писари панҷсола spricht kaum Deutsch, Sprachförderung in Kamen?", (60, 71)),
    ("Модар ҳомиладор, моҳи панҷум, Bergkamen. Schwangerschaftsberatung?", (-9, -1)),
    ("Кыз он алты жашта, кош бойлуу, Bönen. Кеңеш керек.", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize(("text", "languages"), [
    ("Кызы он бир жашта, Lernförderung in Schwerte кыргыз тилинде болсо жакшы.", {"ky"}),
    ("Касе ҳаст бо забони тоҷикӣ? Писар нӯҳ сола, Erziehungsberatung in Unna.", {"tg"}),
    ("Ягон кас тоҷикӣ гап мезанад? Hilfe beim Kinderzuschlag, 4 Kinder, Unna.", {"tg"}),
])
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: set[str]) -> None:
    assert set(assistant.respond(text)[0].request.languages) == languages


@pytest.mark.parametrize(("text", "age"), [
    # the mother's age, or how long ago the family came, is not the child's
    ("Энеси отуз эки жашта, depressiv; баласы эки жашта. Fröndenberg.", (24, 35)),
    ("Модараш бисту ду сола, танҳо; кӯдак як сола. Bönen, Frühe Hilfen?", (12, 23)),
    ("Үй-бүлө эки жыл мурун келген, Holzwickede. Балам сегиз жашта. Sprachförderung?",
     (96, 107)),
    ("Оила ду сол пеш омад, Fröndenberg. Духтар даҳ сола, Nachhilfe in Mathe?", (120, 131)),
])
def test_another_persons_age_is_not_the_childs(assistant: Assistant, text: str,
                                               age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize("text", [
    # a count of children is no age; "not pregnant" is no pregnancy
    "Үч баласы бар, Vater auf dem Bau, Geld reicht nicht. BuT-Antrag in Bönen?",
    "Чор фарзанд доранд, падар бекор. Kinderzuschlag in Lünen?",
])
def test_no_childs_age_where_none_is_told(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.age is None


@pytest.mark.parametrize("text", [
    "Кош бойлуу эмес, бирок кызы беш жашта, wird gehänselt. Beratung in Unna?",
    "Ҳомиладор нест. Писар панҷ сола, spricht nur Tadschikisch. Sprachförderung Kamen?",
])
def test_not_pregnant_is_no_pregnancy(assistant: Assistant, text: str) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == (60, 71)
    assert "schwangerschaft_geburt" not in request.topics


def test_a_russian_keyboard_spelling_reads_as_the_proper_one() -> None:
    assert germanise("Писар панч сола") == germanise("Писар панҷ сола") == "Sohn 5 Jahre"
    assert fold_foreign("үч төрт ҳафт ҷ қ ғ ң") == "уч торт хафт ч к г н"


def test_russian_and_kazakh_keep_their_readings() -> None:
    assert germanise("сын 5 лет, дочка 3 года") == "Sohn 5 Jahre, Tochter 3 Jahre"
    assert germanise("Ұлы бес жаста") == "Sohn 5 Jahre"
    assert "Sohn" not in germanise("ул. Ленина 5")

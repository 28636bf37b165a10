"""Breton, Xhosa and Dhivehi ages, places and wishes in a German message; school subjects
(tongues55b).

Teachers, therapists and family nurses write "ur plac'h pevarzek vloaz", "intombazana uneminyaka
esixhenxe", "ކުޑަކުއްޖާ ތިން މަސް" or answer "Wo wohnt die Familie?" with "eUnna". Without the
`[br]`, `[xh]` and `[dv]` sections of `bot/data/foreign.toml` these ages were lost or taken from
another number of the message (a class "8c" read as thirteen); Breton mutates its unit ("tri
bloaz", "daou vloaz"), Xhosa puts the unit first and builds on Zulu's section, Dhivehi's vowels
are marks. A Xhosa locative prefix ("eKamen") is "in Kamen" (`place_prefixes`). A parent's age is
never cut to a child's, and a language named as a pupil's lesson ("pennt in Französisch ein") is
no wish for an offer held in it, while "Beratung in Französisch" stays one. New sentences, read
through the understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.models import OUTSIDE
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Breton: the unit mutates after the number, months, days, a form's label
    ("ur paotr pevar bloaz, Kita in Werne?", (48, 59)),
    ("ur plac'h daou vloaz, Spielgruppe Unna", (24, 35)),
    ("merc'h naontek vloaz, eigene Wohnung, Hilfe Lünen", (228, 239)),
    ("paotr c’hwezek vloaz, Berufsberatung Kamen", (192, 203)),
    ("babig daou viz, Babymassage Selm", (2, 2)),
    ("babig teir sizhun, Familienhebamme Bönen", (0, 0)),
    ("He oad: pevarzek vloaz. Mobbing, Beratung in Schwerte", (168, 179)),
    # Xhosa: the unit first, class 4 and class 10 numbers, teens with "elin-"
    ("inkwenkwe uneminyaka esithoba, Fußballverein Bönen", (108, 119)),
    ("intombazana uneminyaka emithandathu, OGS Kamen", (72, 83)),
    ("unyana wam uneminyaka elishumi elinesithathu, Jugendtreff Unna", (156, 167)),
    ("usana iinyanga ezisibhozo, Krabbelgruppe Lünen", (8, 8)),
    ("usana unyaka omnye, Krabbelgruppe Werne", (12, 23)),
    ("umithi, iinyanga ezisixhenxe, Hebamme Selm", (-9, -1)),
    # Dhivehi in Thaana: numbers before their unit, a genitive unit, digits
    ("ފިރިހެން ކުއްޖާ ބާރަ އަހަރު, Schulsozialarbeit Werne", (144, 155)),
    ("އަންހެން ކުއްޖާ ފަސް އަހަރު, Vorschule Kamen", (60, 71)),
    ("ކުޑަކުއްޖާ ނުވަ މަސް, Krabbelgruppe Unna", (9, 9)),
    ("ކުޑަކުއްޖާ ހަ މަސް, PEKiP Bergkamen", (6, 6)),
    ("ދަރިފުޅު 8 އަހަރު, Nachhilfe Lünen", (96, 107)),
    # a foreign number word after a form's label, as "Alter: fünfzehn" is read
    ("Alter: elishumi elinesihlanu. Jugendtreff Selm", (180, 191)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age spelt out beside the child's is never cut to a child's
    ("Mamm (tregont vloaz) gant he bugel pemp bloaz, Kita Kamen", (60, 71)),
    ("Mutter hanter-kant vloaz, paotr c'hwec'h vloaz, OGS Unna", (72, 83)),
    ("umama uneminyaka engamashumi amathathu anesibini, unyana uneminyaka emine, Kita Lünen",
     (48, 59)),
    ("މަންމަ ސާޅީސް އަހަރު, ކުއްޖާ ދިހަ އަހަރު, Nachhilfe Unna", (120, 131)),
    # a class beside a told age gives way to the age (was: "8c" read as thirteen)
    ("Ur plac'h pevarzek vloaz aus meiner 8c, Handy bis 3 Uhr, Suchtberatung Unna", (168, 179)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_class_keeps_the_childs(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


def test_german_words_are_no_breton() -> None:
    # "Bügel" folds to Breton "bugel" (child): read only as typed
    text = "Der Bügel der Brille ist ab, ur Kinder unterwegs."
    assert germanise(text) == text


_PLACES = [
    ("inkwenkwe uneminyaka elishumi, Beratung eKamen", "kamen"),
    ("eUnna", "unna"),
    ("uhlala eHolzwickede, usana iinyanga ezimbini", "holzwickede"),
    ("Familie wohnt eDortmund, Kind 4 Jahre, Kita", OUTSIDE),
    # a camel-cased word that is no place is left alone: no town is read from it
    ("Gutschein über eBay gekauft, Sohn 12, Medienberatung", None),
]


@pytest.mark.parametrize(("text", "place"), _PLACES)
def test_a_locative_prefix_names_the_place(catalogue: Catalogue, text: str,
                                           place: str | None) -> None:
    assert understand(text, catalogue).place == place


_LANGUAGES = [
    ("Beratung e galleg, paotr trizek vloaz, Erziehungsberatung Kamen", ("fr",)),
    ("she asks for counselling ngesiXhosa okanye ngesiNgesi, intombazana uneminyaka esibhozo, "
     "Unna", ("en", "xh")),
    ("Eltern-Kind-Gruppe ދިވެހި ބަހުން, ކުއްޖާ ދެ އަހަރު, Unna", ("dv",)),
    ("Beratung auf Bretonisch oder Französisch, bugel dek vloaz, Lünen", ("br", "fr")),
    ("Beratung in Französisch für die Mutter, Kind 5, Kamen", ("fr",)),
    # a language the family speaks asks for nothing
    ("Familie spricht Xhosa, inkwenkwe uneminyaka emihlanu, Kita Bönen", ()),
    ("Mutter spricht zu Hause Dhivehi, ކުއްޖާ ތިން އަހަރު, Kita Selm", ()),
    # a language named as the pupil's lesson is no wish for an offer held in it
    ("ur paotr trizek vloaz pennt in französisch ein und zockt, Medienberatung Unna", ()),
    ("Sohn 13 stört ständig in Englisch, Schulsozialarbeit Kamen", ()),
    ("Tochter 14 hat in Französisch eine 5, Beratung Unna", ()),
    ("Kind 9 hängt in Englisch total hinterher, Hilfe in Lünen", ()),
    ("Junge 14, im Englischunterricht aggressiv, Schulsozialarbeit Lünen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == tuple(sorted(languages))


@pytest.mark.parametrize("text", ["Trugarez!", "Enkosi kakhulu", "ޝުކުރިއްޔާ 🙏"])
def test_thanks_in_the_three_languages_are_courtesy(text: str) -> None:
    assert is_courtesy(text)

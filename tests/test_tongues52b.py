"""Norwegian, Khmer and Kirundi ages and languages in a German message (tongues52b).

Support workers, school companions and Kinderpflegerinnen write "Datteren er to og et halvt år",
"En seksåring", "åtte uker", "កូនស្រីអាយុដប់បីឆ្នាំ", "កូនភ្លោះ ៣ឆ្នាំ", "មួយឆ្នាំកន្លះ",
"umukobwa afise imyaka itanu", "amezi cumi n'umunani", "imyaka ibiri n'igice" and ask "på norsk",
"ជាភាសាខ្មែរ", "mu Kirundi". Without the `[no]`, `[km]` and `[rn]` sections of
`bot/data/foreign.toml` (and `foreign_khmer`, which cuts Khmer runs into words) these ages and
wishes were lost. A parent's age, a span ago, a date, a head count and Kirundi "rimwe na rimwe"
(sometimes) are no child's age. The sentences are new ones, read by `understand`.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Norwegian: its own number words, units, halves, the glued "-åring"
    ("Sønnen er sju år, sover dårlig. Erziehungsberatung in Kamen?", (84, 95)),
    ("Jenta er halvannet år og sier ingen ord, Frühförderung Bergkamen", (18, 18)),
    ("Datteren er to og et halvt år, hørselshemmet. Frühförderung Methler", (30, 30)),
    ("tvillinger 6 uker, mor alene, Frühe Hilfen Werne", (1, 1)),
    ("Gutten, 10 dager gammel, Hebamme Bergkamen", (0, 0)),
    ("En femåring med autisme, Kita-Platz in Unna", (60, 71)),
    ("Niåringen vår blir mobbet. Beratung Lünen", (108, 119)),
    ("Barnet er et halvt år, Krabbelgruppe Unna", (6, 6)),
    ("Hun er gravid i femte måned, Hebamme Selm", (-9, -1)),
    # Khmer: no spaces, number words and Khmer digits, halves, years and months
    ("កូនប្រុសអាយុប្រាំពីរឆ្នាំ, liest kaum, Nachhilfe Kamen", (84, 95)),
    ("ក្មេងស្រីអាយុដប់បួនឆ្នាំ, Mobbing, Beratung Unna", (168, 179)),
    ("កូនភ្លោះ ២ឆ្នាំ, Kita Bergkamen", (24, 35)),
    ("ទារកអាយុប្រាំខែ, schreit viel, Lünen", (5, 5)),
    ("កូនអាយុពីរឆ្នាំកន្លះ, spricht nicht, Frühförderung Selm", (30, 30)),
    ("កូនស្រីអាយុ២ឆ្នាំ៣ខែ, Krabbelgruppe Unna", (27, 27)),
    ("ទារកអាយុពីរសប្ដាហ៍, Familienhebamme Bönen", (0, 0)),
    ("ម្តាយមានផ្ទៃពោះខែទី៦, Hebamme Werne", (-9, -1)),
    # Kirundi: the unit first, its number agreeing with it; "indwi" seven and week
    ("Umuhungu afise imyaka indwi, Lernförderung Kamen", (84, 95)),
    ("Umukobwa w'imyaka cumi n'itatu, Schulangst, Unna", (156, 167)),
    ("uruhinja rw'amezi atanu, Frühe Hilfen Lünen", (5, 5)),
    ("Uruhinja rw'indwi zitatu, Mutter erschöpft, Holzwickede", (0, 0)),
    ("Impanga z'imyaka ibiri n'igice, Kita Selm", (30, 30)),
    ("Umwana w'umwaka n'igice, ntavuga, Frühförderung Bönen", (18, 18)),
    ("Umugore afise inda y'amezi atandatu, Hebamme Bergkamen", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age


_LOOKALIKES = [
    # a parent's age, a span ago, a date, a head count, "sometimes"
    ("Mor er tjueto år og har to barn, Sohn 3, Entlastung Unna", (36, 47)),
    ("Vi kom hit for fem år siden. Datter 9, Nachhilfe Unna", (108, 119)),
    ("ម្តាយអាយុម្ភៃបីឆ្នាំ, កូនប្រុស ៤ខែ, Frühe Hilfen Kamen", (4, 4)),
    ("គ្រួសារមកដល់ពីរឆ្នាំមុន. Tochter 11, Nachhilfe Lünen", (132, 143)),
    ("ថ្ងៃទី៨ ខែមីនា Termin, កូនស្រីអាយុ១៥ឆ្នាំ, Beratung Lünen", (180, 191)),
    ("Nyina afise imyaka mirongo ibiri n'itatu, umwana w'amezi icenda, Unna", (9, 9)),
    ("Bageze hano hashize imyaka ine. Sohn 13, Schulsozialarbeit Werne", (156, 167)),
    ("Umwana w'imyaka itatu, rimwe na rimwe aruma, Erziehungsberatung Unna", (36, 47)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_what_is_no_childs_age_stays_none(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_a_list_after_a_comma_stays_a_list() -> None:
    # the guard for "rimwe na rimwe" keeps a spelt list of ages: Swahili "miaka mitatu, mitano"
    assert "3 und 5 Jahre" in germanise("watoto: miaka mitatu, mitano, saba. Kita Unna")


def test_a_khmer_head_count_is_no_age() -> None:
    assert "2 Kinder" in germanise("ឪពុកមានកូន២នាក់")
    assert "3 Kinder" in germanise("ម្តាយមានកូនបីនាក់")


def test_khmer_numbers_are_never_cut_out_of_a_longer_word() -> None:
    # "ពីរ" (two) begins "ពីរោះ" (pleasant), "មួយ" (one) ends "ជាមួយ" (with)
    assert "2" not in germanise("សំឡេងពីរោះ ឆ្នាំ")
    assert "1" not in germanise("ជាមួយឆ្នាំ")


_LANGUAGES = [
    ("Datter fire år, Erziehungsberatung Unna, gjerne på norsk", ("no",)),
    ("Frühförderung, helst på norsk eller engelsk, Kamen", ("no", "en")),
    ("Elternkurs ជាភាសាខ្មែរ, កូនអាយុ៥ឆ្នាំ, Unna", ("km",)),
    ("Beratung mu kirundi, umwana w'imyaka itandatu, Schwerte", ("rn",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert set(understand(text, catalogue).languages) == set(languages)


_REPORTS = [
    "Mor snakker bare norsk. Sohn 6, Kita Unna",
    "ម្តាយនិយាយតែភាសាខ្មែរ. Sohn 6, Kita Unna",
    "Mama avuga ikirundi gusa. Sohn 6, Kita Unna",
]


@pytest.mark.parametrize("text", _REPORTS)
def test_a_language_spoken_is_no_wish(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).languages == ()

"""Ages the writer is unsure of (hedges56): hedged, in two minds, corrected, from a birth year.

A hedge or a source before an age says how sure the writer is, not whose age it is ("Mädchen,
nach Angaben 12", "angeblich 4", "~12", "müsste so 7 sein"); looks give way to what the child or
the papers say; a corrected or concluded age replaces the first ("nicht 3, sondern schon 4",
"7 Monate, oder nee, 8", "also jetzt eher 8"); a birth year, hedged or one of two, is the year of
life the child is in now; an age the writer says they do not know takes no number nothing
explains. Read by the age reader (pure calls, no assistant), counted to a fixed day, with
look-alikes that must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.models import AgeRange
from bot.text import clean, fold
from bot.understanding.age import parse_age
from bot.understanding.age_dates import as_of

DAY = dt.date(2026, 12, 5)

CASES = [
    # a source or a hedge before the age
    ("Einsatzbericht | Bahnhof Schwerte | Mädchen, nach Angaben 12, wartet nach der Schule "
     "täglich am Gleis auf die Mutter", (144, 155)),
    ("Kleiner Junge, angeblich 4, kann noch gar nicht sprechen, Frühförderstelle Lünen?",
     (48, 59)),
    ("Mädchen ~12, nässt seit dem Umzug wieder ein, möchte mit jemandem reden. Unna", (144, 155)),
    ("Hallo, Junge aus der 2b, müsste so 7 sein, kommt ohne Frühstück. Kamen-Methler", (84, 95)),
    ("Pat. männl., Alter lt. Eltern 9, lt. Kinderausweis 10 – Einnässen nachts. Unna", (108, 131)),
    # looks give way to what the child or the papers say
    ("Junge aus Kamen, kein Ausweis: sieht aus wie 10, sagt aber 12. Schlägt andere Kinder.",
     (144, 155)),
    ("Junge sieht aus wie 9, ist laut Ausweis aber schon 11. Wird gemobbt, Kamen", (132, 143)),
    # a correction, a retraction, a conclusion
    ("Korrektur: das Kind ist nicht 3, sondern schon 4, hab mich verlesen. Kitaplatz in Bönen",
     (48, 59)),
    ("Baby ist 7 Monate, oder nee, 8 sind's inzwischen. Krabbelgruppe in Rünthe?", (8, 8)),
    ("Sohn, 12 – Moment, nein, ist letzte Woche 13 geworden – zockt nächtelang. Lünern",
     (156, 167)),
    ("Mädchen, laut Akte 7, aber die Akte ist vom Screening 2025, also jetzt eher 8. "
     "Lernförderung in Holzwickede?", (96, 107)),
    ("Der Junge ist laut Jugendamt 14, laut eigener Aussage 17 – wir gehen von 16 aus. "
     "Unbegleitet, Unna-Mitte, sucht Deutschkurs", (192, 203)),
    # birth years, hedged or one of two
    ("unser Sohn ist 2022 geboren, ich glaube im Februar. Kitaplatz in Unna-Afferde?", (48, 59)),
    ("Sohn geb. 2018 oder 2019 (Unterlagen widersprüchlich), OGS in Holzwickede?", (84, 107)),
    ("Mädchen, geb. ca. 2012, braucht Nachhilfe in Mathe. Werne", (168, 179)),
    ("Geb.-Jahr 2016 (Angabe Vater), Junge schwänzt, Schulsozialarbeit Weddinghofen?",
     (120, 131)),
    ("Ki. Jg. 2024 noch ohne Betreuung, KTP oder Kita in Kamen?", (24, 35)),
    # look-alikes: a rating, a unit with its source, the mother's word
    ("Tochter 12 hat einen Fake-Account (angeblich 18+) auf Instagram. Medienberatung Unna?",
     (144, 155)),
    ("Kleiner, KM sagt 15 Mon., schreit nachts stundenlang. Bönen-Flierich", (15, 15)),
    ("Kind, Alter unklar (2 oder 3). Tagesmutter gesucht in Ergste.", (24, 47)),
    ("Wir sind Pflegeeltern, das Kind ist etwa 2, Geburtsdatum unklar. Beratung in Bönen?",
     (24, 35)),
]

UNKNOWN = [
    "Kind, Alter? Eltern nicht erreichbar, kam mit Oma | 8 kariöse Zähne | Zahnprophylaxe Kamen",
    "Junge, Alter: k.A., wird zu Hause geschlagen (sagt Nachbarin). Kinderschutz Fröndenberg?",
]


def _age(text: str) -> AgeRange | None:
    with as_of(DAY):
        return parse_age(fold(clean(text)).strip())


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unsure_age_read(text: str, expected: tuple[int, int]) -> None:
    assert _age(text) == AgeRange(*expected)


@pytest.mark.parametrize("text", UNKNOWN)
def test_unknown_age_takes_no_number(text: str) -> None:
    assert _age(text) is None

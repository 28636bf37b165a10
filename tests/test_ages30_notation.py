"""A case note's sex and age before a slash ("m/16", "w/18") is the young person's age, as "16/m"
already was; a job ad's "m/w/d", a class "7/8" or a date beside it is no age."""

from __future__ import annotations

import pytest

from bot.catalogue.index import Catalogue
from bot.models import AgeRange
from bot.understanding import understand


def _months(age: AgeRange | None) -> tuple[int, int] | None:
    return (age.low, age.high) if age else None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("m/16, Cannabis täglich, Wohnort Brambauer. Suchtberatung?", (192, 203)),
        ("Dringend: w/16, Hämatome, der Freund (24) habe zugeschlagen. Wohnort Bönen.",
         (192, 203)),
        ("Schulden, w/20, Inkasso wegen Bestellungen, Lünen-Mitte. Schuldnerberatung U25?",
         (240, 251)),
        ("SuS w/18 aus Eritrea sucht Ausbildungsplatz, Wohnort Bergkamen-Heil", (216, 227)),
        ("Pat. m/15. Essstörung. Kamen.", (180, 191)),
        ("Kind d/9 in Unna, Mobbing in der Klasse", (108, 119)),
        ("Junge m / 12 aus Selm, Schulangst", (144, 155)),
    ],
)
def test_a_case_notes_sex_and_age(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    assert _months(understand(text, catalogue).age) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Erzieher m/w/d in Kamen gesucht, Kind 4, Sprachförderung", (48, 59)),
        ("Klasse 7/8 in Kamen, Mobbing, Kind 13", (156, 167)),
        ("Termin am 16.11., Kind 4, Kamen, Sprachförderung", (48, 59)),
    ],
)
def test_slashes_that_are_no_sex_and_age(catalogue: Catalogue, text: str,
                                          age: tuple[int, int]) -> None:  # fmt: skip
    assert _months(understand(text, catalogue).age) == age

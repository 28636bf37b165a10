"""A place's acronym ("UN" for the Kreis Unna) names it only in capitals.

Low German writes "un" for "und", and at the start of a sentence it carries a capital: "Un de
lütte Schwester, 1 Johr" named the whole Kreis, so the assistant never asked where the family
lives and showed offers of every town as fitting. The acronym stays a place where it is written
as one.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Un de lütte Schwester, 1 Johr, is bi de Oma", None),
        ("Kind 3 in Un, Sprachförderung", None),
        ("un dann noch die Kleine, 2 Jahre, Krabbelgruppe", None),
        ("Kind 3 aus dem Kreis UN, Sprachförderung", "kreis-unna"),
        ("Kind 3, UN, Sprachförderung", "kreis-unna"),
        ("Kind 3 in Unna, Sprachförderung", "unna"),
    ],
)
def test_an_acronym_names_a_place_only_in_capitals(catalogue: Catalogue, text: str,
                                                   place: str | None) -> None:  # fmt: skip
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Baby 9 Monate, welcher Kinderarzt nimmt neue Patienten in Brambauer. deutsch kam.",
         "luenen-brambauer"),
        ("Schlüssel hab ich nicht gegeben, Polizei kam. Mädchen 8 in Langschede, Angst",
         "froendenberg-langschede"),
        ("Kind 5 in KAM-Methler, Sprachförderung", "kamen-methler"),
    ],
)
def test_a_verb_before_a_full_stop_is_no_clipped_town(catalogue: Catalogue, text: str,
                                                      place: str) -> None:  # fmt: skip
    """"Polizei kam." is no "Kam." for Kamen: the place named elsewhere stands."""
    assert understand(text, catalogue).place == place

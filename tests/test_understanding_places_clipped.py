"""Town names clipped, slipped or split as professionals type them.

A general rule instead of one alias per abbreviation: a clipped word is the start of exactly one
town's name, and it counts only where the writer marks it as clipped or as a place — an
abbreviation dot ("Frö.", "Holzw."), capitals ("FRÖ-Langschede") or a place word before it ("in
Wern"). An umlaut typed where none belongs ("Ünna") is the plain name, and a slip in a two-word
district ("Lünenn Nord") is still that district. Ordinary words, and clipped starts shared by
several towns, stay no place.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind 2 J. aus Frö., Krabbelgruppe?", "froendenberg"),
        ("Tochter 5, Schwimmkurs in Holzw.", "holzwickede"),
        ("Kind 9, wohnt in FRÖ-Langschede, Nachhilfe", "froendenberg-langschede"),
        ("Mädchen 14, Mobbing an der Gesamtschule in Wern", "werne"),
        ("Kind 10, Nachhilfe, Hol.", "holzwickede"),
        ("Kita-Platz für Sohn 2 in Bergk.", "bergkamen"),
        ("Kind 7, Hausaufgabenhilfe, Ünna", "unna"),
        ("Kind 2, Kita, Lünenn Nord", "luenen-nord"),
        ("Jugendlicher 16, Berufsorientierung, Wohnort Schwe.", "schwerte"),
        ("Kurs in Lünren, gibbet dat?", "unna-luenern"),  # on a tie, the name of the same length
        ("gibt es in Lünen Brandbauer ein Familien Zetnrum", "luenen-brambauer"),  # no centre
    ],
)
def test_clipped_or_slipped_town(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kind 4 braucht Hilfe. Wer kann das?",  # "Wer" is no clipped "Werne"
        "Sohn 6 geht in die Kita. Bei Fragen melden",
        "Tochter 3, Sprachförderung, bitte schnell.",
        "Kind 5 in Be. gesucht",  # "Be" is too short to name one town
    ],
)
def test_ordinary_or_too_short_words_stay_no_place(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None

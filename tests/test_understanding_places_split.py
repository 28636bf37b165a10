"""A place name dictated or typed as two words ("Holz wickede") is still the place.

Speech-to-text and hurried typing split compound town names at their seams: "Berg kamen",
"Königs Born", "Fröhnden Berg". Read word by word, neither half names the town, so the
request lost its place and offers from every town were shown. Joining two neighbouring words
finds the name again, with one slip allowed where a half is no everyday word; two ordinary
words that merely sit side by side must not become a town.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("die wohnen in Holz wickede und das Baby schreit", "holzwickede"),
        ("Erzieherin in Fröhnden Berg, Kind fünf Jahre", "froendenberg"),
        ("Beratung in Königs Born gesucht", "unna-koenigsborn"),
        ("wir sind aus Berg kamen und suchen eine Krabbelgruppe", "bergkamen"),
        ("Kita in Holz Wickede, Kind 3", "holzwickede"),
    ],
)
def test_split_place_name(catalogue: Catalogue, text: str, expected: str | None) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder kamen gestern zu spät, Berg und Tal",
        "Wir haben Holz gehackt und kamen müde heim",
    ],
)
def test_ordinary_neighbours_stay_ordinary(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beratung auf Arabisch Lünen bitte", "luenen"),
        ("Elternkurs in Lünen für Eltern von Grundschulkindern?", "luenen"),
        ("Gibt es in Bergkamen ein Angebot für Vorschulkinder?", "bergkamen"),
    ],
)
def test_a_name_beside_a_word_is_not_a_slip(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in BGK was für psychisch kranke Mütter mit Baby?",
        "FamHeb Bgk: Mama 19, Baby 3 Mon.",
    ],
)
def test_short_form_of_a_town(catalogue: Catalogue, text: str) -> None:
    """Professionals write Bergkamen as "BGK" in notes and chats."""
    assert resolve_place(text, catalogue.gazetteer).place == "bergkamen"

"""A district word linked to its town ("in der Mitte von Werne") and loose place phrases.

Sentences written for this table (none from an evaluation set); holdout6 labels "in der mitte
von bergkamen" as Bergkamen-Mitte, the most specific place.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(("text", "expected"), [
    ("Familie wohnt in der Mitte von Lünen, Kind 4", "luenen-mitte"),
    ("Schüler 11 aus dem Zentrum von Unna", "unna-mitte"),
    ("Kita gesucht in der Stadtmitte von Kamen, Kind 3", "kamen-mitte"),
    # a loose phrase around the town keeps the town
    ("Familie am Rand von Selm, Kind 6", "selm"),
    ("wohnen in der Nähe von Werne, Baby 5 Monate", "werne"),
    ("Nähe Holzwickede, Tochter 8", "holzwickede"),
    # English: "centre" right after the town's name; a family or youth centre is no place
    ("Family lives near Lünen centre, boy 4", "luenen-mitte"),
    ("Unna center, girl 9, any tutoring?", "unna-mitte"),
    ("Selm, baby 6 months, is there a family centre?", "selm"),
    ("Girl 14 in Kamen goes to the youth center", "kamen"),
    # a town after the place in it, in lower case: "am busbahnhof kamen"
    ("paar jungs hängen jeden abend am busbahnhof kamen rum alle so 13", "kamen"),
    # a Turkish case ending after an apostrophe says "place", as when written apart
    ("Massen'deki okula gidiyor, kızı 7 yaşında", "unna-massen"),
    ("Heil'deki aile, çocuk 4", "bergkamen-heil"),
    # the Kreis with an article or "whole" in between
    ("Wer aus dem Kreis bietet Elternabende zu Medien an? Klasse 6", "kreis-unna"),
    ("Gibt es im ganzen Kreis eine Trauergruppe für Kinder, Junge 8?", "kreis-unna"),
    ("Mädchen 12 aus dem Kreis Unna, Selbstverteidigung", "kreis-unna"),
    ("Junge 7 aus dem Kreis, wohnt in Bönen, Schwimmkurs", "boenen"),
    # "Mitte" of something that is no town stays no place
    ("Kind 6 in Bönen, in der Mitte von der Gruppe fühlt sie sich wohl", "boenen"),
])  # fmt: skip
def test_a_district_word_linked_to_its_town_is_its_district(catalogue: Catalogue, text: str,
                                                            expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected

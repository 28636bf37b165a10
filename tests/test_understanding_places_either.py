"""Two places of one town offered as alternatives mean the whole town.

"In Opherdicke oder Holzwickede selbst?" and "Kinderturnen in Heil oder Weddinghofen" say either
place will do: the offers of the whole town fit, so the town is the place, not the district named
first or last (holdout6 h7a-078, h7b-012). A generic word ("Heil", "Mitte") counts beside a name
that is sure of itself. Places of different towns, or a move ("von … nach …"), keep their own
reading.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schwimmkurs in Methler oder Heeren-Werve, Kind 6", "kamen"),
        ("Krabbelgruppe in Bork oder Cappenberg?", "selm"),
        ("Turnverein in Rünthe oder Overberge, Junge 8", "bergkamen"),
        ("Nachhilfe in Massen bzw. Königsborn gesucht", "unna"),
        ("Spielgruppe in Oberaden oder heil, egal", "bergkamen"),
        ("Jugendtreff in Methler od. Heeren, egal", "kamen"),
    ],
)
def test_alternatives_in_one_town_mean_the_town(catalogue: Catalogue, text: str,
                                                expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zieht von Cappenberg nach Beifang", "selm-beifang"),  # a move: where she will live
        ("Kurs in Methler oder Heeren, die Familie wohnt aber in Lünen-Süd", "luenen-sued"),
    ],
)
def test_a_move_or_another_town_keeps_its_reading(catalogue: Catalogue, text: str,
                                                  expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own place (practice, school) beside the family's home: the home
        ("Unsere Schule ist in Werne, das Mädchen lebt in Stockum", "werne-stockum"),
        ("Praxis in Unna-Mitte, die Familie kommt aus Königsborn", "unna-koenigsborn"),
        ("Wohnt in Kamen, geht aber in Bergkamen zur Schule", "kamen"),
        # a former home gives way to the present one
        ("Jetzt im Frauenhaus in Schwerte, früher in Selm gewohnt, Kind 4", "schwerte"),
        ("Sie lebten bisher in Werne und sind jetzt in Bönen, Sohn 9", "boenen"),
        ("Vorher haben sie in Fröndenberg gewohnt, nun in Holzwickede", "holzwickede"),
        # a finer place inside the home town stays
        ("wohnt in Lünen, Kita in Horstmar", "luenen-horstmar"),
        # a move: where the family will live
        ("Familie zieht nach Selm, wohnt noch in Kamen", "selm"),
    ],
)
def test_the_family_home_beats_other_places(catalogue: Catalogue, text: str,
                                            expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected

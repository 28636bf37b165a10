"""A place the writer turns down, or a misspelling beside a name written out, is not the place.

"Kita in Derne, nicht in Methler" and "Kinderturnen in Nordbögge? Flierich ist ihr zu weit" ask
for the first place; "Familie wohnt in Heil … die Kinder lungern rum" names Heil, and "lungern" is
no slip of Langern in another town (holdout10 h11c-019, holdout9 h9c-043, places22). A short name
mistyped after a preposition ("wohnt in Wrene", "in gamen") is still found (holdout8 h9c-064).
Nothing is dropped when it is the only place named.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kita für Kind 3 in Derne, nicht in Methler", "kamen-derne"),
        ("in horstmar spielgruppe für 2jährige? mama will nicht nach brambauer", "luenen-horstmar"),
        ("Kinderturnen in Nordbögge? Flierich ist ihr ohne Auto zu weit", "boenen-nordboegge"),
        ("Schwimmkurs in Selm? In Bork ist alles voll", "selm"),
        ("Sprachförderung in Oberaden, die Kita in Rünthe war zu weit weg", "bergkamen-oberaden"),
        ("Elternkurs in Lünern, nicht Unna-Mitte bitte", "unna-luenern"),
        ("Playgroup in Methler please, not Heeren", "kamen-methler"),
        # the family's language turns a place down as German does
        ("Currezzione: stanu in Lünen-Nord, micca Brambauer.", "luenen-nord"),
        ("Correzione: abitano a Lünen-Nord, non a Brambauer.", "luenen-nord"),
        ("Ze wonen in Methler, niet in Heeren.", "kamen-methler"),
        ("Moram em Königsborn, não em Massen.", "unna-koenigsborn"),
    ],
)
def test_a_place_turned_down_gives_way(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kita in Methler ist voll", "kamen-methler"),  # the only place: still the place
        ("nicht in Kamen?", "kamen"),
        ("Familie wohnt in Kamen, nicht weit von Unna", "kamen"),  # no rejection: the home
    ],
)
def test_nothing_is_dropped_without_another_place(catalogue: Catalogue, text: str,
                                                  expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Familie wohnt in Heil, die Kinder lungern nachmittags rum", "bergkamen-heil"),
        ("jugendtreff cappenberg? die großen (12) lungern rum", "selm-cappenberg"),
        ("jugendtreff in afferde? 14jährige lungern am netto rum", "unna-afferde"),
        ("Familie in Bergkamen, wohnt in Weddinghofn", "bergkamen-weddinghofen"),  # same town
    ],
)
def test_a_slip_beside_a_written_name_of_another_town_is_dropped(
        catalogue: Catalogue, text: str, expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Junge 9 aus Methler braucht Nachhilfe, hängt am Kiosk in Uelzen rum", "kamen-methler"),
        ("Mädchen aus Bork, Schule in Lünen-Süd, braucht Nachhilfe", "selm-bork"),
    ],
)
def test_where_the_child_is_from_is_home(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sprachkurs für Mama, Kinder 4 und 6, sie wohnen in Wrene", "werne"),
        ("in gamen hängen abends jugendliche im keller rum", "luenen-gahmen"),
        ("Hebamme gesucht, wohnhaft in Slem", "selm"),
    ],
)
def test_a_short_name_mistyped_after_a_preposition(catalogue: Catalogue, text: str,
                                                   expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kind 4 spielt gern in hallen und wäldern",  # ordinary words after "in"
        "Die Familie lebt in armut, Kind 6",
        "Sohn 8 ist in einer gruppe",
    ],
)
def test_ordinary_words_after_a_preposition_are_no_place(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None

"""Whose place a request names (places34): the family's among a parent's, a relative's, a
school's, a practice's, a place moved from or only thought of moving to.

A contact case names both parents' towns, a foster case the birth parents' and the foster
family's, a move the old home and the new one. The child's own home is the family's place; a
wrong choice shows the offers of the other town as fitting, the assistant's worst mistake.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import OUTSIDE
from bot.understanding.place_choice import names_a_move
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the child lives with one parent or relative: that home, not the other parent's
        ("Begleiteter Umgang, Ki. 4 J., lebt bei KM in Bönen, KV wohnt Unna-Massen.", "boenen"),
        ("KV wohnt in Lünen-Brambauer, Ki. 5 J. lebt bei KM in Kamen-Methler.", "kamen-methler"),
        ("Schülerin 14 lebt seit dem Sommer bei ihrer Oma in Bönen, die Eltern wohnen in "
         "Unna-Königsborn.", "boenen"),
        ("kind 4 lebt bei oma in methler mutter wohnt in bergkamen sprachförderung",
         "kamen-methler"),
        ("Sonst leben sie bei der Mutter in Holzwickede-Hengsen. Vater lebt in Unna.",
         "holzwickede-hengsen"),
        # ... said once without a place and once with it
        ("Mama wohnt in Selm-Beifang, Papa in Werne, die Kinder leben beim Papa.", "werne"),
        ("Mama in Unna-Mitte, Papa in Kamen. Das Mädchen (10) wohnt bei Mama.", "unna-mitte"),
        ("Papa in Kamen, Mama in Unna-Mitte. Das Mädchen (10) wohnt beim Vater.", "kamen"),
        # in care: the foster family's, the group home's, the shelter's town
        ("Pflegekind 3 J., die leibliche Mutter wohnt in Bergkamen-Rünthe, die Pflegeeltern in "
         "Werne.", "werne"),
        ("Junge 11, ist in einer Wohngruppe in Schwerte untergebracht, Mutter lebt in "
         "Holzwickede.", "schwerte"),
        # a parent with the child, beside the other parent's town, past a bracket
        ("Kindsvater wohnt in Selm, die Mutter mit dem Säugling (3 Mon.) in Lünen-Horstmar.",
         "luenen-horstmar"),
        ("Mädchen 15 ist in der Inobhutnahme in Kamen, Eltern wohnen in Bergkamen.", "kamen"),
        ("Die Kinder (4 und 7) leben bei den Großeltern in Fröndenberg, Eltern in Unna.",
         "froendenberg"),
        ("Mutter wohnt mit ihren zwei Kindern (3, 5) in Bönen, der Vater in Kamen.", "boenen"),
        ("KM mit Kind in Lünen-Süd, KV in Kamen. Kind 5 Sprachförderung", "luenen-sued"),
        # contact wished where the father lives: his town stays
        ("Begl. Umgang gesucht: Tochter 5, KV lebt in Ergste, Umgang soll auch dort laufen "
         "(KM inzw. Kamen, will nicht fahren).", "schwerte-ergste"),
        # a relative's town is still theirs when the child does not live there
        ("Die Oma in Holzwickede passt nachmittags auf, die Familie selbst wohnt in Unna-Afferde.",
         "unna-afferde"),
        # a move: the destination with its district; a move only thought of is none
        ("eine Familie zieht zum 1. März aus Hamm nach Bergkamen, Nordberg. Kinder 7 und 9",
         "bergkamen-mitte"),
        ("Familie zieht im Februar von Unna nach Kamen-Südkamen, Kind 3", "kamen-suedkamen"),
        ("Familie wohnt in Massen. Ein Umzug nach Lünen ist irgendwann mal im Gespräch, aber "
         "aktuell sind sie in Massen. Kind 4", "unna-massen"),
        ("Sie überlegen vielleicht, nach Kamen zu ziehen, wohnen in Bönen-Flierich. Kind 2",
         "boenen-flierich"),
    ],
)
def test_the_family_s_place_among_several(catalogue: Catalogue, text: str,
                                          expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's home outside the Kreis names no place of the family's
        ("ich betreue eine Pflegefamilie mit einem Kind von acht Jahren die leiblichen Eltern "
         "wohnen in Hamm", None),
        ("Oma aus Werl, Kind 5, Sprachförderung", None),
        # the family's own home outside stays outside
        ("die wohnen in olfen, baby 8 monate schläft nicht", OUTSIDE),
        ("Mutter aus Werl, Kind 5, Sprachförderung", OUTSIDE),
    ],
)
def test_a_home_outside_is_the_family_s_only(catalogue: Catalogue, text: str,
                                             expected: str | None) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "moving"),
    [
        ("Familie zieht nach Selm", True),
        ("Umzug von Dortmund nach Bönen-Flierich ist für Dezember geplant", True),
        ("ist letzte Woche umgezogen", True),
        ("Ein Umzug nach Lünen ist irgendwann mal im Gespräch", False),
        ("eventuell ziehen sie nach Werne", False),
    ],
)
def test_a_hedged_move_is_no_move(text: str, moving: bool) -> None:
    assert names_a_move(text) is moving

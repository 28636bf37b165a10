"""Regional speech, round 23: people around families write as they speak.

Spoken "un" joins two ages as "und" does ("die Blagen (so 5 un 7)" are two children of five and
seven), and regional child nouns ("Blagen", "Gören", "Pänz", "Bälger", "Lütten") are children to
the reader of who is alone or hurt, so children alone all day beside hunger are a child-protection
case by whatever name; ages set aside between commas ("Die Kinder, ca. 5 und 7, sind …")
read over like ages in brackets. Peers fighting ("zwei Jungs prügeln sich") stay peers. Each row
is written for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.protection import check_protection

AGES: list[tuple[str, tuple[int, int]]] = [
    ("Kinder 5 un 7 brauchen OGS in Kamen", (60, 95)),
    ("die Pänz (3 un 6) suchen eine Spielgruppe in Unna", (36, 83)),
    ("Meine Enkel, 8 un 10, brauchen Nachhilfe. Selm", (96, 131)),
    ("Zwillinge 4, Kita in Lünen gesucht", (48, 59)),
]


@pytest.mark.parametrize(("text", "months"), AGES)
def test_spoken_un_joins_two_ages(text: str, months: tuple[int, int],
                                  catalogue: Catalogue) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.age is not None
    assert (request.age.low, request.age.high) == months


SIGNS: list[tuple[str, bool]] = [
    ("Die Blagen von nebenan (so 4 un 6) sind den ganzen Tag alleine, gestern hatten se "
     "Hunger und haben im Müll gesucht. Bergkamen, wat kann ich tun?", True),
    ("Die Gören aus dem Erdgeschoss (ca. 5 und 7) sind ganze Tage allein in der Wohnung. "
     "Unna-Massen", True),
    ("Die Lütten (3 und 5) liegen nachts allein in der Wohnung, die Mutter ist weg. Werne", True),
    ("Die Blagen (8 un 10) spielen nachmittags allein auf dem Bolzplatz. Gibts da ne "
     "Jugendgruppe in Kamen?", False),
    ("4b, zwei Jungs prügeln sich in jeder Pause. Training für die Klasse in Kamen?", False),
    # ages set aside between commas, as in brackets, leave the children with what is said of them
    ("Die Kinder aus dem Erdgeschoss, ca. 5 und 7, sind ganze Tage allein in der Wohnung. "
     "Unna-Massen", True),
    ("Die Kinder, 5 und 7, spielen nachmittags allein im Garten. Spielgruppe in Kamen?", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS)
def test_regional_child_nouns_in_child_protection(text: str, sign: bool,
                                                  catalogue: Catalogue) -> None:  # fmt: skip
    check_protection(text, catalogue, sign)

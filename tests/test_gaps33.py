"""A side topic read from a word of the situation is no need beside the help asked (session 33).

A help already running or received ("Frühförderung läuft schon", "die Familienhebamme kommt
noch", "das Bildungspaket zahlt den Kurs schon") is in place: the request asks for another
help, and where none of that is held, it is an honest gap, not an answer of the running help's
offers. A young person's misconduct with staying out ("lügt, klaut, kommt nachts nicht heim") is
no fear of home, and a mother who cannot cope and asks who can support her "zu Hause" refuses
nothing. Beside each, sentences where the same topic is asked or a true sign is told keep
it. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.safety import read_signs

RUNNING = [
    # (text, the help asked, the help already in place)
    ("Sohn 2, die Frühförderung läuft schon seit Januar. Die Mutter sucht eine Spielgruppe "
     "in Schwerte.", "eltern_kind_gruppen", "fruehfoerderung"),
    ("Tochter 10, das Bildungspaket zahlt den Kurs schon. Gibt es in Schwerte einen "
     "Schwimmkurs?", "freizeit_sport_kultur", "but_finanzen"),
    ("Baby 9 Monate, die Familienhebamme kommt noch bis Ostern. Mama möchte in eine "
     "Krabbelgruppe in Schwerte.", "eltern_kind_gruppen", "fruehe_hilfen"),
    ("Junge 8, Ergotherapie bekommt er bereits. Die Eltern suchen Nachhilfe in Werne.",
     "lernfoerderung", "fruehfoerderung"),
    ("Kind 2, Elterngeld läuft noch bis Mai. Die Mutter sucht eine Tagesmutter in Schwerte.",
     "kita_betreuung", "but_finanzen"),
]


@pytest.mark.parametrize(("text", "asked", "running"), RUNNING)
def test_a_running_help_is_no_main_need(catalogue: Catalogue, text: str, asked: str,
                                        running: str) -> None:  # fmt: skip
    """The help asked for is the need; the help in place stays a topic, after it."""
    request = understand(text, catalogue)
    assert asked in request.main_topics
    assert running not in request.main_topics


@pytest.mark.parametrize(("text", "asked", "running"), RUNNING)
def test_no_offer_of_the_asked_help_beside_a_running_one_is_a_gap(
        catalogue: Catalogue, text: str, asked: str, running: str) -> None:  # fmt: skip
    """None of the asked help here: no offer of the running help stands in for it."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.offers == ()
    assert answer.gap is not None


STILL_ASKED = [
    # not running yet, or only wished: the help is still the need
    ("Sohn 2, die Frühförderung läuft noch nicht, wer kann helfen? Wohnen in Kamen.",
     "fruehfoerderung"),
    ("Kind 18 Monate, wenn die Frühförderung schon laufen würde, wäre vieles leichter. Wo "
     "beantragen in Unna?", "fruehfoerderung"),
    # a verb that takes a complaint as well, without a help noun: no help received
    ("Junge 7 bekommt seit Wochen Wutanfälle. Gibt es einen Elternkurs in Kamen?",
     "elternkurse"),
]


@pytest.mark.parametrize(("text", "need"), STILL_ASKED)
def test_a_help_not_yet_running_stays_a_main_need(catalogue: Catalogue, text: str,
                                                  need: str) -> None:  # fmt: skip
    """A negation, a condition or a complaint does not settle the help."""
    assert need in understand(text, catalogue).main_topics


NO_SIGN = [
    ("Sohn 14 lügt, klaut, kommt nachts nicht heim. Elternkurs in Werne?", (168, 179)),
    ("Tochter 15 schwänzt und kommt abends nicht nach Hause, die Eltern sind ratlos.",
     (180, 191)),
    ("Mama mit Wochenbettdepression, Baby 10 Monate. Sie schafft den Alltag nicht, wer kann "
     "zu Hause unterstützen?", (10, 10)),
]


@pytest.mark.parametrize(("text", "age"), NO_SIGN)
def test_misconduct_or_help_at_home_is_no_child_protection_sign(text: str,
                                                                age: tuple[int, int]) -> None:
    """Staying out among misconduct, or help wished at home, names no fear of home."""
    assert read_signs(fold(text), AgeRange(*age)).names == ()


SIGN = [
    ("Er lügt, weil er Angst hat, nach Hause zu gehen. Junge 12, Unna.", (144, 155)),
    ("Mädchen 9 traut sich nicht nach Hause, klaut Essen in der Pause.", (108, 119)),
    ("Junge 11 will nicht mehr nach Hause, der Stiefvater schreit nur.", (132, 143)),
    ("Mädchen 8 will nicht heim, weint in der OGS.", (96, 107)),
    ("the girl, 10, refuses to go home after school", (120, 131)),
    ("Mädchen 15 war seit Tagen nicht zu Hause, Streit mit dem Stiefvater.", (180, 191)),
]


@pytest.mark.parametrize(("text", "age"), SIGN)
def test_fear_or_refusal_of_home_stays_a_sign(text: str, age: tuple[int, int]) -> None:
    """Fear of home, or refusing it, is still read, with or without misconduct beside it."""
    assert read_signs(fold(text), AgeRange(*age)).names != ()

"""What a child wishes names the need behind the wish (wishes57, `topic_wish.py`).

A wish that something stops ("dass keiner mehr …") names what should stop; "will nicht mehr dick
sein" wants to lose a state, no despair; a wish to live with one parent, or that both parents be
together, tells a separation; a compound that begins with a verb's bare stem ("Schlagzeug") is a
thing, no blow. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.normalise import words_of
from bot.understanding.topic_wish import wished_home

# (text, the need that must be read, a need that must not be first)
CASES = [
    # a wish that someone stops: the negation says what should stop
    ("Auf dem Wunschzettel der Tochter (11) steht: ich wünsche mir, dass mich keiner mehr "
     "auslacht. Unna", "gewaltpraevention", None),
    ("Junge (10) sagt, er möchte, dass ihn in der Pause niemand mehr schlägt. Werne",
     "gewaltpraevention", None),
    # a state to lose, no despair; being alive stays despair
    ("Junge 10 sagt: ich will nicht mehr so dick sein. Kamen", "kindergesundheit",
     "psychische_gesundheit"),
    ("Er (14) sagt, er will nicht mehr leben. Kamen", "psychische_gesundheit", None),
    # where and with whom to live: the separation's counselling
    ("Junge (10) möchte beim Vater wohnen. Bergkamen", "erziehungsberatung", None),
    ("Sie (13) will mehr Zeit mit ihrer Mama, die in Hamm wohnt. Kamen", "erziehungsberatung",
     None),
    ("Tochter (7) wünscht sich, dass Mama und Papa zusammen Ostern feiern. Selm",
     "erziehungsberatung", None),
    # a verb's bare stem begins a compound: a thing, no blow
    ("Junge 11 aus Unna wünscht sich ein Schlagzeug.", "freizeit_sport_kultur",
     "gewaltpraevention"),
    ("Mädchen 9 spielt so gern Schlagball, gibts einen Verein in Werne?", "freizeit_sport_kultur",
     "kinderschutz"),
]


@pytest.mark.parametrize(("text", "need", "not_first"), CASES)
def test_the_need_behind_the_wish(catalogue: Catalogue, text: str, need: str,
                                  not_first: str | None) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert need in request.topics
    if not_first is not None:
        assert request.topics[:1] != (not_first,)


@pytest.mark.parametrize("text", [
    "Kind (3) weint jeden Morgen in der Kita und will zu Mama. Selm",  # no home, a goodbye
    "Die Mutter will zum Vater des Babys keinen Kontakt. Unna",  # not the child's wish
    "Junge 12 will bei Oma wohnen. Kamen",  # no parent
])
def test_no_separation_without_a_home_wished_with_a_parent(text: str) -> None:
    words = words_of(text)
    assert wished_home(words.folded, words.clause, words.sentence) == []


def test_a_help_turned_down_stays_turned_down(catalogue: Catalogue) -> None:
    """Without "dass", "keine … mehr" after a wish still refuses the help."""
    request = understand("Sohn 12, die Eltern wollen keine Schulsozialarbeit mehr, suchen "
                         "Nachhilfe in Unna", catalogue)
    assert "schulsozialarbeit" not in request.main_topics

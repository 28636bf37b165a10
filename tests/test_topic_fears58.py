"""What a child refuses or fears (fears58): the need behind it, never a danger read from the fear
alone, a condition on the help's form or the place where the child keeps silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding import understand
from bot.understanding.normalise import words_of
from bot.understanding.topic_fears import fear_guess_dropped, fear_told, harm_named

ROOT = Path(__file__).resolve().parent.parent
GUESS = ("kinderschutz",)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load(ROOT / "catalogue.db")


def _folded(text: str) -> tuple[str, ...]:
    return tuple(words_of(fold(text)).folded)


@pytest.mark.parametrize(("text", "dropped"), [
    # a fear, a refusal, shame or secrecy with nobody of the household and no harm named
    ("Junge 4 hat Angst vor der Spülung, geht in der Kita nicht aufs Klo", True),
    ("Tochter will keine HPV-Impfung, hat sie auf TikTok gesehen", True),
    ("ich ritz mich und meine mutter darf das NIE wissen", True),  # "mutter" is no harm word …
    ("schämt sich, nässt nachts ein", True),
    ("weigert sich in die Pause zu gehen", True),
    ("will auf keinen Fall zum Psychologen", True),
    # … but a person who could harm or a harm keeps the guess
    ("hat Angst vor dem Stiefvater", False),
    ("will nicht nach Hause, Papa trinkt", False),
    ("weigert sich, die aus der 4 hauen ihn", False),
    ("die Oma will, dass sie beschnitten wird, sie hat Angst", False),
    # no fear told: the guess is not this reader's
    ("Kind 6, Bauchweh seit Wochen", False),
])
def test_fear_alone_guesses_no_danger(text: str, dropped: bool) -> None:
    words = _folded(text)
    expected = () if dropped else GUESS
    assert fear_guess_dropped(words, GUESS) == expected


def test_fear_and_harm_words() -> None:
    assert fear_told(_folded("mag nicht mehr in die Kita"))
    assert not fear_told(_folded("will in die Kita"))
    assert harm_named(_folded("der KV trinkt"))
    assert not harm_named(_folded("Angst vor Hunden"))
    assert fear_guess_dropped(_folded("Angst vor Hunden"), ("psychische_gesundheit",)) == (
        "psychische_gesundheit",)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # silence in one place against talk at home: the child's fear, no language need
    ("Erstklässler, 6, redet in der OGS kein einziges Wort, zuhause plappert er laut Mama ohne "
     "Ende. Alstedde.", "psychische_gesundheit", "sprachfoerderung"),
    ("Junge (5) in Hengsen spricht in der Kita seit einem Jahr kein Wort, zuhause redet er ganz "
     "normal.", "psychische_gesundheit", "sprachfoerderung"),
    # the home language is no talk as usual: a language need
    ("Kindergartenkind spricht kaum Deutsch, zu Hause nur Arabisch. Rünthe", "sprachfoerderung",
     None),
    # a teen's condition on the form of help is no media need
    ("bin seit 8 wochen nicht da, ich hab angst vor den leuten, online würd ich lernen. Schwerte",
     "psychische_gesundheit", "medien_sucht"),
    ("Sohn 14 redet nur noch online mit Fremden, Kamen", "medien_sucht", None),
    # the teen's own words of self-harm
    ("ich ritz mich seit 2 monaten, Unna", "psychische_gesundheit", None),
    # a fear of a thing: no child protection guessed beside the need
    ("ein kleiner Junge vier Jahre geht in der Kita nicht aufs Klo, er hat Angst vor der "
     "Spülung, wo kann die Mutter hin", None, "kinderschutz"),
])
def test_need_behind_the_fear(catalogue: Catalogue, text: str, present: str | None,
                              absent: str | None) -> None:
    topics = understand(text, catalogue).topics
    if present:
        assert present in topics
    if absent:
        assert absent not in topics

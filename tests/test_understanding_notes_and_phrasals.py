"""Three classes holdout11 part c showed after its honest score (session 22).

- A language noted right after the help it is wanted for ("braucht Hebamme arabisch") is a wish,
  as "arabische Hebamme" is; a school subject after a course stays the subject.
- An English phrasal verb is another verb: "gets kicked out of the after-school club" is no blow,
  while "kicked her" and being kicked out by one's parents stay signs.
- English "self-defence" is violence prevention, as "Selbstverteidigung" is.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("braucht hebamme arabisch, bergkamen, schwanger", "ar"),
        ("Beratung türkisch für die Mutter, Kind 4, Kamen", "tr"),
        ("Krabbelgruppe polnisch in Unna? Baby 8 Monate", "pl"),
    ],
)
def test_a_language_noted_after_the_help_is_a_wish(catalogue: Catalogue, text: str,
                                                   language: str) -> None:  # fmt: skip
    assert language in understand(text, catalogue).languages


def test_a_school_subject_after_a_course_is_no_wish(catalogue: Catalogue) -> None:
    assert understand("Kurs Englisch für Kind 10, Nachhilfe Unna", catalogue).languages == ()


@pytest.mark.parametrize(
    "text",
    [
        "Girl, 10, has ADHD and gets kicked out of the after-school club all the time. Holzwickede",
        "Our match kicks off at 10, one boy (12) is always anxious before. Kamen",
    ],
)
def test_an_english_phrasal_verb_is_no_blow(catalogue: Catalogue, text: str) -> None:
    assert not understand(text, catalogue).child_protection


@pytest.mark.parametrize(
    "text",
    [
        "her stepdad kicked her in the stomach, she is 12, Unna",
        "My son (15) got kicked out by his parents last night, he sleeps at a friend's. Kamen",
    ],
)
def test_kicking_and_being_thrown_out_stay_signs(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).child_protection


@pytest.mark.parametrize(
    "text",
    [
        "Looking for a girls-only self-defence course for my U17s (15-16), Kreis Unna",
        "self defense class for girls 15 in Unna",
    ],
)
def test_self_defence_is_violence_prevention(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).main_topics[0] == "gewaltpraevention"

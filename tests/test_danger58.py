"""A real sign of danger to a child is never lost to a pronoun (stop 40, danger58).

"Tochter (5) erzählt, dass er sie schlägt": "er" cannot be the daughter, nor one of "die Kinder",
so the one who hits is an adult — the father, the mother's friend — the teller leaves unnamed
or named before the child. Child protection comes first, with the emergency numbers. A pronoun
that may be the child, or a boy at school, stays no sign.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.agency import Agent
from bot.understanding.agency_pronouns import unnamed_adult
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

DANGER = [
    "Tochter (5) erzählt, dass er sie schlägt. Unna.",
    "Die Tochter (13) lebt seit Weihnachten beim Vater, erzählt aber in der Schule, dass er sie "
    "einsperrt und schlägt. Schwerte. Was mache ich jetzt?",
    "Die Kinder (4 und 6) erzählen, dass er sie schlägt, wenn die Mama arbeitet. Selm.",
    "Meine Enkelin (7) hat mir gesagt, dass er sie mit dem Gürtel haut. Kamen.",
    "My daughter (6) told me he hits her when I am at work. Unna.",
]

# a pronoun that may be the child, or a peer at school: no sign
NO_SIGN = [
    "Mein Sohn (7) wird gehänselt, er schlägt dann zurück. Kamen.",
    "Tochter (8) sagt, er hat sie in der Pause geschubst. Unna.",
    "Meine Tochter (10) sagt, er hat sie auf dem Schulhof getreten, ein Junge aus der 4b. Unna.",
    "Meine Tochter (3) erzählt, dass er ihr im Kindergarten immer die Schaufel wegnimmt. "
    "Bergkamen.",
    "Vor zwei Jahren hat der Vater meine Tochter (8) geschlagen, das ist vorbei, sie lebt jetzt "
    "bei mir in Unna. Sie hat noch Albträume – wo gibt es eine Therapie für Kinder?",
]

SUBJECTS = [
    ("tochter erzaehlt , dass er sie schlaegt", Agent.UNKNOWN),  # an adult not named
    ("tochter lebt beim vater , erzaehlt , dass er sie schlaegt", Agent.ADULT),
    ("der sohn erzaehlt , dass er sie schlaegt", None),  # "er" may be the son
    ("die kinder erzaehlen , dass sie ihn schlaegt", None),  # "sie" may be the children
]


@pytest.mark.parametrize("text", DANGER)
def test_pronoun_of_an_adult_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", NO_SIGN)
def test_pronoun_that_may_be_the_child_is_no_sign(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)


@pytest.mark.parametrize(("folded", "expected"), SUBJECTS)
def test_whom_the_pronoun_means(folded: str, expected: Agent | None) -> None:
    words = tokens(fold(folded))
    verb = words.index("schlaegt")
    assert unnamed_adult(words, verb, 6) is expected


def test_a_son_named_before_may_be_the_pronoun(catalogue: Catalogue) -> None:
    check_protection("Die Erzieherin sagt, wir sollen zur Beratung. Sohn 5, Vater ist ausgezogen, "
                     "er schlägt andere Kinder. Wo gibt es Erziehungsberatung in Kamen?",
                     catalogue, sign=False)

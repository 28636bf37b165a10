"""Whose words a subject pronoun carries: "Der Vater von Mia (2) hat mir erzählt, dass er spielt,
Automaten": the gambling is the father's, though he is named further back than a trigger's window.

A pronoun right before the words stands for the nearest person named before it whose sex agrees
("er" for a father, "sie" for a mother or the parents); when that person is a parent (a trigger of
the rule), the words are the parent's. A child named first is the pronoun's person ("Sohn 15, die
Mutter sagt, er kifft": the son's), and so no parent's.
"""

from __future__ import annotations

from collections.abc import Callable

PRONOUN_REACH = 20  # words before a pronoun the person it stands for may be named in
# a subject pronoun -> whether it stands for a man (True), a woman or the parents (False)
_PRONOUNS = {"er": True, "he": True, "sie": False, "she": False}


def pronoun_parent(words: list[str], at: int, is_parent: Callable[[int], bool],
                   is_child: Callable[[int], bool], male: frozenset[str],
                   female: frozenset[str]) -> bool:  # fmt: skip
    """Whether the pronoun at `at` stands for a parent (`is_parent` of a position): the nearest
    person before it not of the other sex is one, no child named before."""
    masculine = _PRONOUNS.get(words[at])
    if masculine is None:
        return False
    other = female if masculine else male
    for i in range(at - 1, max(-1, at - PRONOUN_REACH - 1), -1):
        if is_child(i):
            return False
        if is_parent(i) and words[i] not in other:
            return True
    return False


__all__ = ["pronoun_parent"]

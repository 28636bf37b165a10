"""Words of a list as people write them the way they speak them in their region.

"hät jrad Jeburtstag jehatt" (Kölsch), "hatte letzte Woche Gebuatstach" (Ruhrpott), "hat grad
Geburtstach gehabt" (Hessian): the word of a mistake or a birthday that makes a later turn a
correction of the child's age is written as spoken. The sounds that move are few and regular — a
"g" before a vowel said as "j" (Rhineland), a final "g" as "ch", an "r" after a vowel swallowed
("Gebuatstach", "Mudda"), vowels coloured ("ä" for "e") — so a word is compared by its consonant
skeleton with those sounds set aside: initial "j" as "g", final "ch" as "g", no vowels, no "h" and
no "r", doubled letters once. Only long skeletons are compared (a short one would join words that
merely look alike: "falsch" and "Fleisch"), so a list word of a few consonants matches only as
written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.text import fold

__all__ = ["skeleton", "spoken_match"]

MIN_SKELETON = 5  # consonants: "geburtstag" has six, "verlesen" four (that one matches exactly)


def skeleton(word: str) -> str:
    """The consonant skeleton of a word with the regional sounds set aside ("Jeburtstag",
    "Gebuatstach" and "Geburtstag" share "gbtstg")."""
    folded = fold(word)
    folded = re.sub(r"^j(?=[aeiouyrl])", "g", folded)  # Rhineland "jeburtstag", "jrad"
    folded = re.sub(r"ch$", "g", folded)  # "Tach", "Gebuatstach"
    folded = folded.replace("ck", "k")
    consonants = re.sub(r"[aeiouyhr\W\d_]", "", folded)
    return re.sub(r"(.)\1+", r"\1", consonants)


@cache
def _skeletons(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s for w in words if len(s := skeleton(w)) >= MIN_SKELETON)


def spoken_match(said: Iterable[str], words: Iterable[str]) -> bool:
    """Tell whether one of the words `said` is one of `words`, as written or as spoken."""
    listed = tuple(sorted(set(words)))
    said = tuple(said)
    if set(said) & set(listed):
        return True
    forms = _skeletons(listed)
    return any(skeleton(w) in forms for w in said)

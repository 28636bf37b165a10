"""Cue words read through one slip of the keyboard: "bewillgit", "gepürft", "kein Anahlt",
"afuerlegt".

The need and place words forgive a typo where they are looked up (topics, places); the small
words that turn a reading around — a grant already given, a child-protection check that found
nothing, a court's order told as the reason — were matched exactly, so one swapped letter in
"bewilligt" or "Anhalt" brought back the money topic or the emergency numbers the writer had
ruled out. A cue word now also stands for a word one slip away from it: two neighbouring letters
swapped, one letter dropped, doubled or mistyped. Only long words (a slip in a short word makes
another word too easily), with the first letter kept (people rarely mistype it) and never an
everyday word of its own (`frequent_words.txt`: "erfolg" is no slip of "erfolgt").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.vocabulary.lexicon import frequent_words

MIN_LENGTH = 6  # a cue word (or prefix) shorter than this is matched exactly only


_UMLAUTS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))


def _umlauts(word: str) -> str:
    """The folded word with its umlauts one letter again: "gepürft" folds to "gepuerft", a swap
    of "ü" and "r" that is two slips between folded words."""
    for pair, letter in _UMLAUTS:
        word = word.replace(pair, letter)
    return word


def one_slip(word: str, target: str) -> bool:
    """Tell whether `word` is `target` typed with one slip: two neighbouring letters swapped,
    one letter dropped, added or replaced — the first letter kept, the word not `target` —
    between the folded words or between them with their umlauts as one letter."""
    return _slip(word, target) or _slip(_umlauts(word), _umlauts(target))


def _slip(word: str, target: str) -> bool:
    return (word != target and bool(word) and word[0] == target[0]
            and OSA.distance(word, target, score_cutoff=1) == 1)


@lru_cache(maxsize=8192)
def _near(word: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    if len(word) < MIN_LENGTH or not word.isalpha() or word in frequent_words():
        return False
    if any(len(t) >= MIN_LENGTH and one_slip(word, t) for t in exact):
        return True
    for prefix in prefixes:  # "anhalt*": the slip within the prefix ("anahltspunkte")
        if len(prefix) < MIN_LENGTH or word.startswith(prefix):
            continue
        for cut in (len(prefix) - 1, len(prefix), len(prefix) + 1):
            if cut <= len(word) and one_slip(word[:cut], prefix):
                return True
    return False


def near(word: str, exact: Iterable[str], prefixes: Iterable[str] = ()) -> bool:
    """Tell whether `word` is one slip away from a cue word of `exact` or a prefix of
    `prefixes` (and not a cue word itself: the exact look-up is the caller's)."""
    return _near(word, exact if isinstance(exact, frozenset) else frozenset(exact), tuple(prefixes))

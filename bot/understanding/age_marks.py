"""Tell a school mark from an age in a pupil's notes.

Teachers note a pupil in abbreviations: "7b, S. 13, M 5, V.a. Dyskalkulie" is a pupil (S.) of
13 in class 7b with a five (M 5) in maths. A letter before a number also heads an age ("Kind,
m 5": a boy of five), so the bare-number reader (`age_loose`) took the mark for a second child
of five and the span ran from five to thirteen. A number is a mark, and no age, when a school
subject (`bot/data/age_school_marks.toml`) stands right before it, it is a whole mark of the
school (1 to 6), and the text is about school marks: it names a school year or a word for marks.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.understanding.age_mentions import Mention
from bot.understanding.age_school import Span
from bot.vocabulary.lexicon import _load as load_toml

_SUBJECT_BEFORE = re.compile(r"(?:^|[\s,;:(/|])([a-z]+)\.?\s*:?\s*$")
_WORD = re.compile(r"[a-z]+")
_READ = ("loose", "unexplained")  # the bare-number kinds; a noun's age ("Sohn 5") stays


@cache
def _marks() -> tuple[frozenset[str], frozenset[str], int]:
    data = load_toml("age_school_marks.toml")
    return (frozenset(fold(w) for w in data["subjects"]),
            frozenset(fold(w) for w in data["mark_words"]), int(data["highest_mark"]))


def marks_dropped(text: str, school: list[Span], found: list[Mention]) -> list[Mention]:
    """Return the mentions without the school marks among them."""
    subjects, mark_words, highest = _marks()
    if not school and not _names_mark(text, mark_words):
        return found
    return [h for h in found if not _is_mark(text, h, subjects, highest)]


def _names_mark(text: str, mark_words: frozenset[str]) -> bool:
    """Whether a word of the text is a word for marks; the words are looked for as strings
    first, for most texts hold none of them anywhere and then need no cutting into words."""
    if not any(word in text for word in mark_words):
        return False
    return not mark_words.isdisjoint(_WORD.findall(text))


def _is_mark(text: str, hit: Mention, subjects: frozenset[str], highest: int) -> bool:
    """A bare whole number from 1 to the highest mark, right after a school subject."""
    if hit.kind not in _READ or hit.low % 12 or hit.high - hit.low != 11:
        return False
    if not 1 <= hit.low // 12 <= highest:
        return False
    before = _SUBJECT_BEFORE.search(text, max(0, hit.start - 20), hit.start)
    return bool(before) and before.group(1) in subjects

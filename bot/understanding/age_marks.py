"""Tell a school mark from an age in a pupil's notes.

Teachers note a pupil in abbreviations: "7b, S. 13, M 5, V.a. Dyskalkulie" is a pupil (S.) of
13 in class 7b with a five (M 5) in maths. A letter before a number also heads an age ("Kind,
m 5": a boy of five), so the bare-number reader (`age_loose`) took the mark for a second child
of five and the span ran from five to thirteen. Teachers tell marks in sentences too: "5 in der
letzten Arbeit", "eine 6 in Mathe", "hat ne 5 geschrieben", "Note 4", "(Zeugnis: 5)" — a bare
number there is the mark, and a pupil of thirteen came out five. A whole number of the school's
marks (1 to 6) is a mark, and no age, where

- what the mark was given for follows it ("in der letzten Arbeit", "in Mathe", "im Diktat") or
  what was done with it ("geschrieben", "bekommen"), or a word for marks stands right before it
  ("Note 5", "Zeugnis: 5") — these say it wherever they stand;
- a school subject (`bot/data/age_school_marks.toml`) stands right before it ("M 5", "mathe 6
  deutsch 5", "Englisch (4)") or an article ("eine 5", "ne 6"), and the text is a school's: it
  names a school year, a word for marks or a school word ("Nachhilfe", "Schüler").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.age_mentions import Mention
from bot.understanding.age_school import Span
from bot.vocabulary.lexicon import _load as load_toml

_SUBJECT_BEFORE = re.compile(r"(?:^|[\s,;:(/|])([a-z]+)\.?\s*:?\s*$")
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s,;:(])(?:eine|einer|einen|ne|'ne)\s+$")
_WORD = re.compile(r"[a-z]+")
_READ = ("loose", "unexplained")  # the bare-number kinds; a noun's age ("Sohn 5") stays
_SHORTEST_AFTER = 3  # a subject named after "in" is written out: "in Mathe", not "in M"


@dataclass(frozen=True, slots=True)
class _Marks:
    subjects: frozenset[str]
    mark_words: frozenset[str]
    highest: int
    stems: tuple[str, ...]
    after: re.Pattern[str]  # "in der letzten Arbeit", "in Mathe", "geschrieben"
    word_before: re.Pattern[str]  # "Note 5", "Zeugnis: 5"


@cache
def _marks() -> _Marks:
    data = load_toml("age_school_marks.toml")
    subjects = frozenset(fold(w) for w in data["subjects"])
    mark_words = frozenset(fold(w) for w in data["mark_words"])
    given_for = sorted({fold(w) for w in data["graded_work"]}
                       | {s for s in subjects if len(s) >= _SHORTEST_AFTER}, key=len, reverse=True)
    verbs = sorted((fold(w) for w in data["mark_verbs"]), key=len, reverse=True)
    after = re.compile(rf"\s+(?:(?:in|im|bei)\s+(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(given_for)})"
                       rf"|(?:{'|'.join(verbs)}))\b")
    word_before = re.compile(rf"\b(?:{'|'.join(sorted(mark_words, key=len, reverse=True))})"
                             r"\s*:?\s*$")
    return _Marks(subjects, mark_words, int(data["highest_mark"]),
                  tuple(fold(w) for w in data["school_stems"]), after, word_before)


def marks_dropped(text: str, school: list[Span], found: list[Mention]) -> list[Mention]:
    """Return the mentions without the school marks among them."""
    marks = _marks()
    if not any(_is_mark(text, h, marks, None) for h in found):
        return found
    schoolish = bool(school) or _names_mark(text, marks.mark_words) or any(
        stem in text for stem in marks.stems)
    return [h for h in found if not _is_mark(text, h, marks, schoolish)]


def _names_mark(text: str, mark_words: frozenset[str]) -> bool:
    """Whether a word of the text is a word for marks; the words are looked for as strings
    first, for most texts hold none of them anywhere and then need no cutting into words."""
    if not any(word in text for word in mark_words):
        return False
    return not mark_words.isdisjoint(_WORD.findall(text))


def _is_mark(text: str, hit: Mention, marks: _Marks, schoolish: bool | None) -> bool:
    """A bare whole number from 1 to the highest mark that its words make a mark; `schoolish`
    None asks only whether the number could be one (a school's text would make it one)."""
    # "alles gut außer Englisch (4)": a subject written out with a number in brackets is read
    # as a name with its age, and is the mark in that subject
    subject_named = hit.kind == "child" and len(hit.noun) >= _SHORTEST_AFTER and (
        hit.noun in marks.subjects)
    if (hit.kind not in _READ and not subject_named) or hit.low % 12 or hit.high - hit.low != 11:
        return False
    if not 1 <= hit.low // 12 <= marks.highest:
        return False
    before = text[max(0, hit.start - 20) : hit.start]
    if marks.after.match(text, hit.end) or marks.word_before.search(before):
        return True  # "5 in der letzten Arbeit", "ne 6 bekommen", "Note 4"
    subject = _SUBJECT_BEFORE.search(before)
    if not (subject and subject.group(1) in marks.subjects) and not _ARTICLE_BEFORE.search(
            before) and not subject_named:
        return False
    return schoolish is None or schoolish  # "mathe 6", "eine 5" in a school's text

"""Numbers of minutes, votes and counts that are nobody's age.

Schools and teams write requests as their minutes: "TOP 4 (vertraulich): 1. Schüler J. (12)
Ritzspuren … 2. Eltern werden heute informiert. 3. Auftrag: KJP". Three kinds of number in them
look like ages and are none:

- an item's number: an agenda item ("TOP 3", "Punkt 2", a case conference's "Fall 6" — unless an
  age's unit follows: "auf jeden Fall 3 Jahre alt") and the numbers that open the items of a
  numbered list ("1. … 2. … 3."). An item opens the text or follows a colon, a sentence's end
  or a dash, and a list has a run: an opener counts only beside its neighbour ("2." beside "1."
  or "3."), so a lone "3. Klasse" or "2. Kind" opening a sentence stays the ordinal it is; an
  opener before a noun an ordinal counts ("1. Klasse: …, 2. Klasse: …") stays one too, not one
  before a compound of it ("2. Klassenleitung bittet um …");
- a vote's tally: "(Beschluss 9:0:1)", "7 ja / 1 nein / 2 Enthaltungen";
- a count of pupils in a school's short form: "je 28 SuS".

The words live in `bot/data/age_minutes.toml`; the ordinal nouns in `age_ordinal_nouns.toml`.
`numbers.not_age_spans` adds these spans to the numbers no age is read from, and
`age_school.school_years` reads no class from an item's number ("TOP 3 Klasse 5a": class 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.vocabulary.lexicon import _load

# where an item of a list opens: the text's start, a colon, a sentence's end, a semicolon, a dash
# (or any space before "2)": its bracket sets the item apart)
_OPENS = r"(?:^|[:;!?]\s*|\.\s+|\s[–—-]\s+|\n\s*)"
_TALLY = r"(?<![\d:.])\d{1,2}\s*:\s*\d{1,2}\s*:\s*\d{1,2}(?![\d:])"  # "9:0:1", "12 : 2 : 0"


@dataclass(frozen=True, slots=True)
class _Patterns:
    opener: re.Pattern[str]  # "1. Eltern informiert", "2) Mutter alleinerziehend"
    agenda: re.Pattern[str]  # "TOP 3", "Punkt 2"
    tally: re.Pattern[str]  # "9:0:1"; "Beschluss: einstimmig 8:0"
    vote: re.Pattern[str]  # one part of a tally told in words: "7 ja", "2 Enthaltungen"
    pupils: re.Pattern[str]  # "je 28 SuS"
    label: re.Pattern[str]  # "TN 07", "TN 10:", "- TN 12 Ferienproblem:", "TN 15, Tochter"


@cache
def _patterns() -> _Patterns:
    words = _load("age_minutes.toml")
    ordinal = _alternatives(_load("age_ordinal_nouns.toml")["nouns"])
    decided = rf"\b(?:{_alternatives(words['decisions'])})\w*\W+(?:[a-z]+\W+){{0,2}}?"
    return _Patterns(
        opener=re.compile(
            rf"(?:{_OPENS}|(?<=\s)(?=\d{{1,2}}\)))(?P<n>\d{{1,2}})\s*[.)]\s+"
            rf"(?!(?:{ordinal})(?:e|n|en|s|es)?\b)(?=[a-z])"
        ),
        agenda=re.compile(
            rf"\b(?:{_alternatives(words['agenda'])})\s*\.?\s*(?P<n>\d{{1,2}})"
            rf"(?![\d.,]\d)(?!\s*-?\s*(?:{_alternatives(words['agenda_not_before'])})\b)"
        ),
        tally=re.compile(rf"{_TALLY}|{decided}(?P<pair>\d{{1,2}}\s*:\s*\d{{1,2}})(?![\d:])"),
        vote=re.compile(rf"(?<![\d,.])\d{{1,2}}\s*(?:{_alternatives(words['votes'])})\b"),
        pupils=re.compile(rf"(?<![\d,.])\d{{1,3}}\s*(?:{_alternatives(words['pupil_counts'])})\b"),
        label=_label(words["labels"], words["label_children"]),
    )


def _label(labels: list[str], children: list[str]) -> re.Pattern[str]:
    """A participant's number written as a label: with a leading zero, a colon right after,
    a colon after the item's one heading word where the item opens ("- TN 12 Ferienproblem:";
    not "TN 17 ist schwanger:"), or the participant's child named right after it."""
    noun = rf"\b(?:{_alternatives(labels)})\.?\s*"
    return re.compile(
        rf"{noun}(?P<n>0\d)(?!\d)"
        rf"|{noun}(?P<c>\d{{1,2}})\s*:(?!\d)"
        rf"|(?:{_OPENS}|^\s*[-–•*]\s*){noun}(?P<h>\d{{1,2}})\s+[a-z]{{4,}}\s*:(?!\d)"
        rf"|{noun}(?P<k>\d{{1,2}})\s*,?\s+(?:{_alternatives(children)})\b"
    )


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=256)
def minute_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of a folded text's item numbers, vote tallies and pupil counts."""
    if not any(ch.isdigit() for ch in text):
        return ()
    found = _patterns()
    spans = [m.span("n") for m in found.agenda.finditer(text)]
    spans += [m.span(m.lastgroup or 0) for m in found.label.finditer(text)]
    openers = [(int(m["n"]), m.span("n")) for m in found.opener.finditer(text)]
    numbers = {value for value, _span in openers}
    spans += [span for value, span in openers if value - 1 in numbers or value + 1 in numbers]
    spans += [m.span("pair") if m["pair"] else m.span() for m in found.tally.finditer(text)]
    votes = [m.span() for m in found.vote.finditer(text)]
    if len(votes) > 1:  # a tally has parts: a lone "5 ja" is no vote ("Sohn 5 ja, Kita")
        spans += votes
    return tuple(spans + [m.span() for m in found.pupils.finditer(text)])


def agenda_item(text: str, start: int, end: int) -> bool:
    """Tell whether the number at start…end numbers an item of minutes (no class nor age)."""
    return any(s <= start and end <= e for s, e in minute_spans(text))

"""Read the words a child said, wrote or drew as the child's, not as the writer's facts.

Professionals pass on a child's own words between quotation marks: "Lea (6) sagt: „da darf
keiner rein, sonst wird Papa böse“", "Schüler, 16, schreibt: „ich war 2 jahre nicht in der
schule“", "Amira (4) malt: „da wohnt mein Geschwister, das kommt im März“". A quote in the first
person ("ich", "mein", "mi") is someone's speech: its numbers are the story's (two years away,
six hours of gaming, sixty kilos), never the child's age, unless the speaker tells it with
"ich bin" and a unit ("ich bin 9 Jahre"); "Mama"/"Papa" in it are the parents, so "sonst wird
Papa böse" is no father to be; and a brother or sister "in Mamas Bauch" or "kommt im März" is
the mother's pregnancy. A quote without a first person ("Bruder: „4 J., Kita“") is a field the
writer filled in and keeps its numbers. Words are data (`bot/data/quoted_speech.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age_spelt_count import read_form
from bot.understanding.age_time import birthday_to_come
from bot.vocabulary.lexicon import _load, age_vocabulary

# an opening mark, the words, the closing mark of the same family; a straight or single quote
# only at a word's edge ("hab's" is no quote)
_QUOTE = re.compile(r"„([^“”\"\n]{3,400})[“”\"]|“([^“”\n]{3,400})”|«([^»\n]{3,400})»"
                    r"|»([^«\n]{3,400})«|(?<![a-z0-9])\"([^\"\n]{3,400})\"(?![a-z0-9])"
                    r"|(?<![a-z0-9])[‚'‘]((?:[^'‘’\n]|(?<=[a-z])['’](?=[a-z])){3,400})['‘’](?![a-z0-9])")
# every alternative of `_QUOTE` opens with one of these marks: a text without any holds no quote,
# and one C scan for them spares most requests the six-way scan (called three times a request)
_OPENING = re.compile(r"[„“«»\"‚'‘]")
_DIGITS = re.compile(r"\d{1,2}")  # a number in a quote, maybe a birthday to come


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


@cache
def _vocabulary() -> dict[str, re.Pattern[str]]:
    data = _load("quoted_speech.toml")
    return {
        "first": re.compile(rf"\b(?:{_alt(data['first_person'] + data['parent_names'])})\b"),
        "told": re.compile(rf"\b(?:{_alt(data['told_age'])})\s+(\d{{1,2}})\s*"
                           rf"(?:{_alt(data['told_units'])})\b"),
        "said": re.compile(rf"\b(?:{_alt(data['copulas'])})\s+(?:(?:{_alt(data['copula_fillers'])})"
                           rf"\s+)?(\d{{1,2}})(?!\d)"),
        "kin": re.compile(rf"(?:\b(?:{_alt([*data['kin_nouns'], *age_vocabulary().child_nouns])})"
                          rf"\s*,?\s*|\(\s*)(\d{{1,2}})(?!\d)"),
        "brackets": re.compile(r"\(([^()]{1,30})\)"),  # "the kids (4 and 7)": ages named
        "week": re.compile(rf"\bin\s+der\s+(\d{{1,2}})\.?\s*(?:{_alt(data['pregnancy_weeks'])})"),
        "sibling": re.compile(rf"\b(?:{_alt(data['unborn_siblings'])})\b"),
        "unborn": re.compile(rf"\b(?:{_alt(data['unborn_signs'])})\b"),
    }


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Return the offsets of every quoted passage in the first person or calling the parents
    "Mama"/"Papa": someone's own words."""
    if _OPENING.search(text) is None:
        return []
    first = _vocabulary()["first"]
    spans = []
    for m in _QUOTE.finditer(text):
        group = next(i for i in range(1, 7) if m.group(i) is not None)
        if first.search(m.group(group)):
            spans.append((m.start(group), m.end(group)))
    return spans


def _mask(text: str, keep: list[tuple[int, int]]) -> str:
    """Blank every digit of the quoted speech except those the speaker tells as their age."""
    chars = list(text)
    vocab = _vocabulary()
    for start, end in speech_spans(text):
        kept = [(m.start(1), m.end(1)) for key in ("told", "said", "kin", "week", "brackets")
                for m in vocab[key].finditer(text, start, end)]
        # (ages52) a parent's „unsere Tochter wird im Mai 3“: a birthday to come told in the
        # quote is the child's age as a copula tells it
        kept += [m.span() for m in _DIGITS.finditer(text, start, end)
                 if birthday_to_come(text[: m.start()], text[m.end() :])]
        for i in range(start, end):
            if chars[i].isdigit() and not any(a <= i < b for a, b in kept + keep):
                chars[i] = " "
    return "".join(chars)


def spoken_form(folded: str, age: Callable[[str], AgeRange | None],
                own: Callable[[str], list[tuple[int, int]]] = lambda text: []) -> str:
    """Return `read_form`'s text with the numbers of quoted speech blanked, offsets kept, when
    the rest of the text (read by `age`) names the child's age; a quote that alone tells it
    ("Unser Tim (9) wird gemobbt", "our 12yo refuses school") keeps its numbers, and so do the
    numbers `own` finds the speaker telling as its own age („ich bin doch schon 9!“)."""
    text = read_form(folded)
    masked = _mask(text, own(text))
    return masked if masked != text and age(masked) is not None else text


def parents_named(text: str) -> str:
    """Blank quoted speech for the readers of a parent to be: in a child's words "wird Papa"
    is the father's mood ("sonst wird Papa böse"), not his becoming one."""
    chars = list(text)
    for start, end in speech_spans(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def unborn_sibling(text: str) -> bool:
    """Tell whether a child's words announce a brother or sister still in the mother's belly or
    yet to come ("da wohnt mein Bruder drin, der kommt im Mai")."""
    vocab = _vocabulary()
    return any(vocab["sibling"].search(text, a, b) and vocab["unborn"].search(text, a, b)
               for a, b in speech_spans(text))


__all__ = ["parents_named", "speech_spans", "spoken_form", "unborn_sibling"]

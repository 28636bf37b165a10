"""The child's age told by a health check-up or a body stage: "war gestern zur U7a", "J1 steht
an", "mitten im Stimmbruch", "erste Regel vor 2 Monaten", "gerade volljährig geworden".

Health professionals give the age the way their work measures it. A U-examination has an
official window, so "U6 am Montag gemacht" tells a child of nine to eleven months as surely as
"10 Monate" would; puberty and a first lost milk tooth bound an age as a life-stage word does.
The age reader (`bot.understanding.age`) asks here only where no number names the child's age,
and before the life-stage words, which a check-up names more narrowly ("U6 … Kita-Platz").
Exams that were missed, and a team's age class ("U9-Mannschaft"), name no age. Data:
`bot/data/age_checkups.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.age_patterns import BORN_CHILD_SETTING
from bot.understanding.age_values import CHILD_NAMED
from bot.vocabulary.lexicon import _load

_AFTER = 40  # characters after an exam within which a word says it was missed
# a help asked for the born child beside a pregnancy: "für den Großen", "für ihren Sohn"
_FOR_BORN = re.compile(r"\bfuer\s+(?:den|die|das|ihren|ihre|ihr|seinen|seine|sein)\s+"
                       r"(?:grosse\w*|erst\w*|aelter\w*|sohn|tochter|bruder|schwester|kleine\w*)")
# a year of life still ahead: "Kind ist dann im 4. Lebensmonat, jetzt noch im Bauch"
_AHEAD = re.compile(r"\b(?:dann|bald|spaeter|wird|werden|waere|then)\b")
_TANNER = re.compile(r"\btanner\s*-?\s*(?:stadium\s+|stufe\s+|stage\s+)?(?:[1-5]|i{1,3}|iv|v)\b"
                     r"(?:\s*[-/]\s*[1-5]\b)?")


@dataclass(frozen=True, slots=True)
class _Checkups:
    exams: dict[str, tuple[int, int]]
    exam: re.Pattern[str]  # an exam's name, "U7a", "u-8", "J 1"
    missed: re.Pattern[str]
    last: re.Pattern[str]  # "letzte Vorsorge U7": an exam long past
    not_before: re.Pattern[str]  # "spielt in der", "Mannschaft" right before an exam's name
    not_after: re.Pattern[str]  # "-Mannschaft", "-Gruppe" right after it
    stages: dict[str, tuple[int, int]]
    stage: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _checkups() -> _Checkups:
    data = _load("age_checkups.toml")
    exams = {key: (low, high) for key, (low, high) in data["exams"].items()}
    stages = {key: (low, high) for key, (low, high) in data["stages"].items()}
    not_exam = _alternation(data["not_exam"])
    return _Checkups(
        exams=exams,
        # written together or with a hyphen: "u 6." is the Bosnian "in the 6th (month)"
        exam=re.compile(r"(?<![\w/.,+-])(?P<letter>[uj])-?(?P<n>\d{1,2}a?)(?![\w/+]|[.,]\d)"),
        missed=re.compile(rf"\b(?:{_alternation(data['missed'])})\b"),
        last=re.compile(rf"\b(?:{_alternation(data['last'])})\b[^,.;:!?]*$"),
        # "spielt in der U11", "Mannschaft U9", "U9-Mannschaft", "U3-Kita"; not across a comma
        # ("kein Kitaplatz, U9 steht an")
        not_before=re.compile(rf"\b(?:{not_exam})\w*[\s-]*(?:(?:in|der|die|den|im)\s+)*$"),
        not_after=re.compile(rf"^[\s-]*(?:{not_exam})"),
        stages=stages,
        stage=re.compile(rf"\b(?:{_alternation(list(stages))})\b"),
    )


def _exam_spans(text: str) -> list[tuple[int, int]]:
    words = _checkups()
    spans = []
    for m in words.exam.finditer(text):
        span = words.exams.get(m.group("letter") + m.group("n"))
        if span is None:
            continue
        before, after = text[max(0, m.start() - 20) : m.start()], text[m.end() : m.end() + 20]
        if words.last.search(before):
            continue  # "letzte Vorsorge U7, seither …": the child has grown past it
        if words.not_before.search(before) or words.not_after.match(after):
            continue  # "spielt in der U11", "U9-Mannschaft", "U3-Gruppe"
        # "U8 und U9 nie gemacht": the rest of the clause says the exams were missed
        rest = re.split(r"[.;!?]|,\s+(?!u\s?\d|j\s?\d)", text[m.end() : m.end() + _AFTER])[0]
        if words.missed.search(rest):
            continue
        spans.append(span)
    return spans


def without_tanner(text: str) -> str:
    """The folded text without Tanner stages ("Tanner 2", "Tanner-Stadium III"): a stage of
    puberty told by number, never an age (nor a person named Tanner)."""
    return _TANNER.sub(" tanner ", text)


def exam_age(text: str) -> AgeRange | None:
    """Return the window of the U-/J-examinations a folded text tells done or due, or None."""
    spans = _exam_spans(text)
    return AgeRange(min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def born_beside(text: str, years: list) -> AgeRange | None:
    """Return the age of a born child a pregnancy's text tells by an exam or a year of life
    (`years`, the age reader's "im 3. Lebensjahr" spans), or None; a year of life of a
    teenager is the pregnant girl's own ("im 17. Lebensjahr schwanger")."""
    exam = exam_age(text)
    if exam:
        return exam
    young = [s for s in years if s.low >= 0 and s.high < CHILD_NAMED
             and "lebens" in text[s.start : s.end]  # not "trudna u 7. mjesecu" rewritten
             and not _AHEAD.search(text[max(0, s.start - 25) : s.start])]
    return AgeRange(min(s.low for s in young), max(s.high for s in young)) if young else None


def for_born_child(text: str) -> bool:
    """Tell whether a request beside a pregnancy aims at the born child: a place only a born
    child takes ("Kita", "Krippe") or a help asked for him ("für den Großen", "für den Sohn")."""
    return bool(BORN_CHILD_SETTING.search(text) or _FOR_BORN.search(text))


def checkup_age(text: str) -> AgeRange | None:
    """Return the age window a folded text's check-ups or body stages name, or None.

    Several exams name the span between them ("zwischen U7 und U7a"); a check-up is narrower
    than a body stage and wins over it.
    """
    spans = _exam_spans(text)
    if not spans:
        words = _checkups()
        spans = [words.stages[m.group(0)] for m in words.stage.finditer(text)]
    if not spans:
        return None
    return AgeRange(min(s[0] for s in spans), max(s[1] for s in spans))


__all__ = ["born_beside", "checkup_age", "exam_age", "for_born_child", "without_tanner"]

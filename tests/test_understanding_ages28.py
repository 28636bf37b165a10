"""Ages, round 28: compact and damaged notations, and numbers beside the age that are none.

A years;months note whose separator was lost ("Junge 2 6 J.", "Zwill. 2 6", "3J4M") is one age
of one child; a whole number with quarters ("4 3/4") is years and months; a diagnosis code
("F84.0", "G80.9") holds no age, nor does a count after a counted group ("3 Kinder, 2 Jobs"), a
class with its own number ("Kl. 8b"), nor the mother's age beside a pregnancy written short
("ss 32 woche"). A number after a child noun that no unit explains and that is too large for
years ("Kind 30": months?) is asked back, never guessed. Every row is written for this table
(none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise


def _years(n: int) -> AgeRange:
    return AgeRange(12 * n, 12 * n + 11)


def _months(n: int) -> AgeRange:
    return AgeRange(n, n)


PREGNANCY = AgeRange(-9, -1)

ROWS: list[tuple[str, AgeRange | None]] = [
    # years;months with the separator lost after one child (twins share one age)
    ("Junge 2 6 J. spricht kaum, Logopädie?", _months(30)),
    ("Sohn 3 4 Jahre beißt in der Krippe", _months(40)),
    ("Zwill. 2 6 beide ohne Betreuungsplatz", _months(30)),
    ("Zwillinge 1 9 J., Krabbelgruppe gesucht", _months(21)),
    # but several children keep a range, and a rising pair beyond months stays one too
    ("Kinder 2 6 J. im Spielkreis", AgeRange(24, 83)),
    ("Mädchen 3 4 Jahre im Spielkreis", AgeRange(36, 59)),  # one girl or several: a range
    ("Junge 10 12 Jahre, so genau weiß es keiner", AgeRange(120, 155)),
    # a paediatric note's comma or semicolon between years and months
    ("Kind 2,6 J., spricht kaum", _months(30)),
    ("Sohn 2;3J, Krippe", _months(27)),
    ("Kind 3,5 J., beißt", _months(42)),  # ",5" stays a half
    ("Kinder 2,6 J., Spielgruppe", AgeRange(24, 83)),  # two children typed without a space
    # compact units glued to their numbers
    ("3J4M, motorisch verzögert", _months(40)),
    ("Tochter 2j7m, spricht wenig", _months(31)),
    ("Sohn 5J 2M stottert", _months(62)),
    # an ordinal after the years is a school year, not months
    ("Kind 7 Jahre 2. Klasse, Autismus, Schulbegleitung", _years(7)),
    ("Mädchen 9 J. 4. Klasse, Leseschwäche", _years(9)),
    # whole numbers with quarters and halves
    ("Tochter 4 3/4, Kita-Wechsel", _months(57)),
    ("Kind 2 1/4 J., spricht kaum", _months(27)),
    ("Sohn 5 ¾ Jahre, Einschulung", _months(69)),
    ("Kind 3 1/2 J, aggressiv", _months(42)),
    # diagnosis codes beside the age
    ("Dg. F84.0, 4 J, Autismus-Diagnostik", _years(4)),
    ("G80.9, 7 J., Rollstuhl, inklusiver Sport", _years(7)),
    ("Diagn. F90.0 (ADHS), 8J, Elterntraining", _years(8)),
    ("vierjähriger, F80.1, logo", _years(4)),
    ("F 98.5, Junge 6 Jahre, stottert", _years(6)),
    # a class with its own number leaves the number before it the age
    ("Junge 14 Kl. 8b, mobbt andere", _years(14)),
    ("Schülerin 12 Klasse 6, wird ausgegrenzt", _years(12)),
    ("Junge 8 Kl., wird gemobbt", _years(13)),  # "8 Kl." alone is the class
    ("ein Mädchen 1. Klasse 6 Jahre kommt ohne Frühstück", _years(6)),  # an ordinal's class
    # a count after a counted group of children names no age
    ("Alleinerziehend, 3 Kinder, 2 Jobs, Entlastung", None),
    ("Mutter, 4 Kinder, 3 Zimmer, braucht Hilfe", None),
    # but as many numbers as children, or a unit, are their ages
    ("2 Kinder, 5 und 8, Hausaufgabenhilfe", AgeRange(60, 107)),
    ("3 Kinder 4 6 8 suchen Ferienprogramm", AgeRange(48, 107)),
    # a pregnancy written short: the woman's own age is not the child's
    ("ss 32 woche, 19 jahre, hebamme gesucht", AgeRange(-5, -1)),
    ("SS 32. Woche, Hebamme gesucht", AgeRange(-5, -1)),
    # the born child beside a further pregnancy, when the message ends asking for a Kita
    ("Mädchen 3 Jahre, Mutter mit dem 3. Kind schwanger (SSW 20), Kita in Unna", _years(3)),
    ("Sohn 2 J., zweites Kind unterwegs, sucht eine Kita", _years(2)),
    ("Schwanger SSW 20, Tochter 3 geht in die Kita, Hebamme gesucht", PREGNANCY),
    # an English singular sibling with its age before it
    ("boy 13 sibling of my client smokes weed daily", _years(13)),
    ("3yo girl, 1st time in Germany, 2 siblings", _years(3)),
]

# a number that could be the age but is not understood: ask back, never guess
ASKED: list[str] = [
    "Kita Kamen, Kind 30, Platz gesucht",
    "Kind 28, Lernförderung",
    "Junge 40 braucht Hilfe",
]


@pytest.mark.parametrize(("text", "age"), ROWS)
def test_age(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(germanise(text))).age == age  # as `understand` reads it


@pytest.mark.parametrize("text", ASKED)
def test_a_number_no_unit_explains_is_asked_back(text: str) -> None:
    reading = read_age(fold(text))
    assert reading.age is None and reading.uncertain


@pytest.mark.parametrize("text", [
    "Kita Kamen, Kind 30, Platz gesucht",
    "Kind 35 braucht Sprachförderung in Unna",
])  # fmt: skip
def test_the_assistant_asks_for_the_age(assistant: Assistant, text: str) -> None:
    """The user sees a question about the age, and no offer called fitting for a guessed one."""
    answer, _session = assistant.respond(text)
    assert answer.request.age is None
    assert "age" in [str(m) for m in answer.request.missing]


@pytest.mark.parametrize(("text", "age"), [
    ("Sohn 5 ¾ Jahre, Einschulung in Werne", _months(69)),
    ("Tochter 4 3/4, Kita-Wechsel in Unna", _months(57)),
    ("Junge 2 6 J. spricht kaum, Kamen", _months(30)),
    ("Dg. F84.0, 4 J, Autismus-Diagnostik in Unna", _years(4)),
    ("kind zwei komma sechs jahre spricht kaum in kamen", _months(30)),
    ("Junge 14 Kl. 8b mobbt andere in Unna", _years(14)),  # no ordinal mark written back
    ("tochter drei komma fünf jahre beißt in der kita", _months(42)),
    # a dictated check-up's number before "komma" starts no years;months
    ("bei der u sieben komma drei jahre alt punkt spricht kaum in selm", _years(3)),
])  # fmt: skip
def test_the_assistant_understands_the_notation(assistant: Assistant, text: str,
                                                 age: AgeRange) -> None:  # fmt: skip
    """Through the whole reading (marks written back, code-mixing, dictation): the same age."""
    answer, _session = assistant.respond(text)
    assert answer.request.age == age

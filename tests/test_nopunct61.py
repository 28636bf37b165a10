"""Unpunctuated and dictated text keeps its ages (`age_after_grade`, `age_joined`).

Without commas a pupil's age told right after the school year ("7b S 13", "aus der 4b 10",
"der 9 klasse 15") is the pupil's age, not a number beside the school year; and a bare number
joined by "u"/"und"/"+" right after a child's age ("Kd 10 u 12") is one more child. Look-alikes:
a room or a bus after the school year, a number too old for the year, punctuated text.
Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

AGES = [
    # (request, the age range in months)
    ("3c S 10 kommt seit wochen ohne hausaufgaben eltern nicht erreichbar ssa in kamen",
     (120, 131)),
    ("ein mädchen aus der 6a 12 wird im chat gemobbt wir sind in unna wer hilft", (144, 155)),
    ("schülerin der 8 klasse 15 hat seit wochen panikattacken wir sind in lünen wer hilft",
     (180, 191)),
    ("kd 6 u 9 schwimmkurs gesucht wohnen in bergkamen", (72, 119)),
    ("tochter 4 und 7 wir wohnen in werne suchen eine erziehungsberatung wegen wutanfällen",
     (48, 95)),
]

LOOK_ALIKES = [
    # a room after the school year is no age: the school year stays
    ("mein sohn klasse 4 raum 12 wird gemobbt wir wohnen in unna gibt es hilfe", (108, 119)),
    # a number far older than the school year is no pupil's age
    ("junge aus der 2b 16 uhr abholung klappt nicht ogs in kamen gesucht", (84, 95)),
    ("Ein Mädchen aus der 6a, 12 Jahre, wird im Chat gemobbt. Wer hilft in Unna?", (144, 155)),
    ("Kinder 4 und 7, wir wohnen in Werne und suchen einen Schwimmkurs.", (48, 95)),
]


@pytest.mark.parametrize(("text", "months"), AGES + LOOK_ALIKES)
def test_unpunctuated_ages_stay_read(assistant: Assistant, text: str,
                                    months: tuple[int, int]) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None and (age.low, age.high) == months

"""School staff's ways of writing a pupil's age (school53): shorthand, class, marks, corrections.

Teachers and school social workers note a pupil as their files do — "sus m 16", "Sch. w 14",
"SuS (m/13)" — and the number after the sex letter is the pupil's age. A told age beats the age a
class implies (a pupil who repeated or started late is the age told), unless the class cannot hold
it. A school mark is no age: "eine 6 in der letzten Mathearbeit", "Note 5", "Deutsch 5, Mathe 6"
beside a school's words. A span of classes said in ordinals ("zweite bis vierte Klasse") is the
whole span, and a dictated self-correction of a class ("fünften nein Quatsch sechsten Klasse")
keeps the corrected one. In a conversation, the ages the assistant asked about stay offered when
the next turn answers something else. Every sentence is written for this file (none from a set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import AgeReading, read_age
from bot.understanding.dictation import undictate
from bot.understanding.unmarked import restore_marks
from tests.test_conversation_turn_forms import talk


def _years(low: int, high: int | None = None) -> AgeRange:
    return AgeRange(12 * low, 12 * (high if high is not None else low) + 11)


ROWS: list[tuple[str, AgeRange | None]] = [
    # the pupil's shorthand: abbreviation, sex letter, age
    ("sus w 15 schwänzt seit wochen, wer hilft in kamen", _years(15)),
    ("Sch. m 12, 6b, prügelt sich ständig. Unna", _years(12)),
    ("SuS (m/13) kifft in der Pause, Lünen", _years(13)),
    ("sus d 16 outet sich, Eltern blocken, Beratung Werne?", _years(16)),
    ("sus m 11 kifft täglich, suchtberatung holzwickede", _years(11)),
    # a count of pupils stays a count
    ("neue 5c mit 27 sus, viel Streit, Sozialtraining in Selm?", _years(10)),
    # a told age beats the class's; one the class cannot hold is asked
    ("kl 8b, sus w 15 (zweimal sitzengeblieben), Bönen", _years(15)),
    ("Junge aus der 6. Klasse, er ist schon 14, Schulsozialarbeit Kamen", _years(14)),
    ("Schüler der 3. Klasse, ist 15, kifft. Suchtberatung?", None),
    # marks are no ages
    ("sus m 13 braucht Nachhilfe, eine 6 in der letzten Mathearbeit, Unna", _years(13)),
    ("Schüler 12, Note 5 in Englisch, Lernförderung Bergkamen", _years(12)),
    ("Mädchen aus der 7a hat ne 5 geschrieben, Nachhilfe in Fröndenberg?", _years(12)),
    ("Deutsch 5, Mathe 6 – Schülerin 14 braucht Lernförderung, Selm", _years(14)),
    ("Junge 10, (Zeugnis: 5), Lernförderung Werne", _years(10)),
    # but a number after a child is still its age
    ("Kind m 5 spricht kaum, Kamen", _years(5)),
    ("Sohn 5 in der Kita gemobbt, Unna", _years(5)),
    # a span of classes in ordinals
    ("Workshop für die zweite bis vierte Klasse in Bönen", _years(7, 9)),
    ("Workshop für die 2. bis 4. Klasse in Bönen", _years(7, 9)),
    ("Projekt für Zweit- bis Viertklässler, Bönen", _years(7, 9)),
    # a dictated correction of the class keeps the corrected one
    ("ein Junge aus der fünften nein Quatsch aus der sechsten Klasse kifft Lünen", _years(11)),
    ("ähm ein Mädchen, vierte Klasse, äh nein, dritte, also acht, weint viel, Kamen", _years(8)),
    ("ein Kind, zweite Klasse, nein sorry, erste Klasse, beißt andere, Werne", _years(6)),
]  # fmt: skip


def _reading(text: str) -> AgeReading:
    """The age as `understand` reads it: dictation written out, folded, marks restored."""
    return read_age(restore_marks(fold(undictate(text))))


@pytest.mark.parametrize(("text", "age"), ROWS)
def test_age(text: str, age: AgeRange | None) -> None:
    assert _reading(text).age == age


def test_a_class_beside_an_age_it_cannot_hold_is_asked() -> None:
    reading = _reading("Schüler der 3. Klasse, ist 15, kifft. Suchtberatung?")
    assert reading.uncertain and _years(15) in reading.candidates


def test_the_ages_asked_about_stay_offered_after_another_answer(catalogue: Catalogue) -> None:
    first, second, third = talk(catalogue, "Schüler der 3. Klasse, ist 15, kifft. Suchtberatung?",
                                "rünthe", "15")
    assert first.question is not None and first.question.kind == "age"
    assert second.question is not None and second.question.kind == "age"
    assert second.question.candidates == first.question.candidates
    assert second.request.place == "bergkamen-ruenthe"
    assert third.request.age == _years(15) and third.question is None

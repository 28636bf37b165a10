"""A request understood with punctuation stays understood without it (`unmarked_named`,
`age_spans.child_word`, the Romanian unit table).

Without brackets a first name's age in weeks or months ("mit levi 3 wo") is still that child's
age, not a stretch of time, so the adult's number beside it ("km 24", "eltern beide 19") is not
taken for the child's; an umlauted plural ("2 söhne 12 u 15", "zwei töchter 9 u 12") names
children as its singular does, so a father or mother before it does not make them adults; a room
after a name ("mira 13 zi 5") stays a room. Look-alikes: a stretch of time after a word that is no
name, and the punctuated forms. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

AGES = [
    # (request, the age range in months)
    ("km 22 mit jonas 5 wochen sucht eine hebamme in kamen sie ist ganz allein", (1, 1)),
    ("die eltern beide 20 mit ida 3 monate wohnen in werne und suchen eine krabbelgruppe", (3, 3)),
    ("klientin 27 mit noah 9 monate er schreit die ganze nacht wir sind in bergkamen", (9, 9)),
    ("vater 41 zwei töchter 9 u 12 suchen nachhilfe in mathe in lünen", (108, 155)),
    ("papa 38 alleinerziehend zwei söhne 8 und 13 wohnen in holzwickede", (96, 167)),
    ("übergabe nd tom 15 zi 7 will nicht mehr zur schule bitte schulsozialarbeit in unna",
     (180, 191)),
]

LOOK_ALIKES = [
    # a stretch of time after a word that is no first name stays a stretch of time
    ("wir waren alle 3 wochen beim kinderarzt mit unserer tochter sie ist 4 in unna", (48, 59)),
    ("seit 6 monaten wohnen wir in kamen mein sohn ist 7 und sucht einen fußballverein",
     (84, 95)),
    ("KM (24) mit Levi (3 Wo.), Mutter-Kind-Aufnahme seit gestern, Fam. aus Lünen.", (0, 0)),
    ("Vater, 2 Söhne (12 u. 15), Nachhilfe über BuT in Werne, Versetzung gefährdet.", (144, 191)),
]


@pytest.mark.parametrize(("text", "months"), AGES + LOOK_ALIKES)
def test_unpunctuated_ages_stay_read(assistant: Assistant, text: str,
                                    months: tuple[int, int]) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None and (age.low, age.high) == months

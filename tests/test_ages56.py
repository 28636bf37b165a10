"""Dates and notations of medicine, midwifery and law that give the child's age (ages56).

A youth-welfare file tells majority as a noun with its date ("endet mit Volljährigkeit am
14.01.27"): a date ahead is a birthday to come, so the young person is seventeen today. A
paediatrician tells a premature baby's real age beside its corrected one ("FG 32+4, jetzt real
5 Mon., korr. 3 Mon."): the week is the birth's and the real age is the child's. A midwife's G/P
notation and week of pregnancy beside the client's own age ("Klientin 22 J., G1P0, 28+3 SSW")
is a pregnancy, even when the wish is for after the birth: the client's age is no born child's.
A G/P with a birth before names a sibling at home, whose care is asked ("G2P1 … Geschwisterkind
2;6 J. … KTP"); a crying baby is the baby's need, not the older child's the story turns to; a
clock time "7:15" is no age. Read through the assistant, counted to a fixed day, with look-alikes
that must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.assistant import Assistant
from bot.understanding.age_dates import as_of
from tests.relevance import assert_age_read_and_offers_fit

DAY = dt.date(2026, 12, 5)

CASES = [
    # majority told as a noun with a date ahead: seventeen today
    ("HzE § 34 endet mit Volljährigkeit am 14.01.27, junger Mann will danach zurück nach "
     "Langschede. Hilfe f. junge Volljährige / betreutes Wohnen?", (204, 215)),
    ("Stationäre Hilfe endet mit Eintritt der Volljährigkeit am 03.02.27. Die junge Frau möchte "
     "in Unna bleiben – Unterstützung für junge Volljährige?", (204, 215)),
    # the real age of a premature baby beside the corrected one; the week is the birth's
    ("FG 32+4, jetzt real 5 Mon., korr. 3 Mon., trinkt schlecht + weint sehr viel abends. "
     "Schreiambulanz?", (5, 5)),
    ("ehem. FG 33+1, real 6 Mon., korr. 4 Mon., schreit stundenlang abends – Schreiambulanz in "
     "Schwerte?", (6, 6)),
    # G/P and the week beside the client's own age: a pregnancy, not a 22-year-old child
    ("FH-Doku | Klientin 22 J., G1P0, 28+3 SSW, ET 04.03.27 | Wohnort: Südkamen | Anliegen: GVK "
     "+ nach Geburt Anbindung Elterncafé", (-6, -1)),
    ("Schwangere 22 J., 28+3 SSW, Anliegen: Elterncafé in Kamen", (-6, -1)),
    # a midwife's G/P with a birth before: the sibling at home is the child the care is for
    ("G2P1, 36 SSW, Geschwisterkind 2;6 J. braucht ab Geburt Betreuung, KV auf Montage. Wohnort "
     "Bork. KTP kurzfristig?", (30, 30)),
    ("G3P2, 35. SSW, großes Geschwisterkind 3;4 J. braucht ab Entbindung Betreuung, Vater im "
     "Schichtdienst. Holzwickede. Tagespflege?", (40, 40)),
    # a crying baby's need is the baby's, not the older child's the story turns to
    ("die mama von einem kind aus meiner gruppe holt den großen (4) ab und weint jedes mal, weil "
     "ihr baby (10 wochen) abends stundenlang schreit und nix hilft. was kann ich ihr empfehlen?",
     (2, 2)),
    # a clock time with a colon is nobody's age: the pupil of class 1 is six
    ("bin seit august bufdi in der ogs in oberaden. ein kind aus der 1. klasse läuft IMMER allein "
     "zur schule um 7:15, auch im dunkeln, und sagt mama schläft noch. jugendamt-sache?",
     (72, 83)),
    # look-alikes
    ("Hebammendoku: Frau 31 J., G2P1, 24+5 SSW, wohnt Bergkamen-Rünthe, wünscht "
     "Schwangerschaftsberatung", (-8, -1)),
    ("Sohn 4 braucht einen Kitaplatz in Kamen, das Baby (3 Mon.) schreit stundenlang", (3, 59)),
    ("Mädchen 14 kommt erst um 22:30 nach Hause, Beratung in Unna?", (168, 179)),
    ("Mein Sohn ist 17 und wird im Mai volljährig. Er sucht einen Ausbildungsplatz in Unna.",
     (204, 215)),
    ("Kind 4 Jahre, die Mutter ist 22 J. und in der 20. SSW, Kita-Platz in Unna gesucht",
     (48, 59)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_from_a_notation(assistant: Assistant, text: str, expected: tuple[int, int]) -> None:
    with as_of(DAY):
        answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_majority_long_past_is_no_birthday_ahead(assistant: Assistant) -> None:
    """"Volljährigkeit am 14.01.25" lies behind: the young adult is of age, not seventeen."""
    with as_of(DAY):
        answer, _session = assistant.respond(
            "HzE endete mit Volljährigkeit am 14.01.25, junger Mann sucht Wohnung in Unna.")
    age = answer.request.age
    assert age is None or age.low >= 216

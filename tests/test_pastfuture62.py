"""Today's age among the child's past (pastfuture62).

A request may tell an age the child had when something happened beside its age today: "war mit
2 J. schon mal bei uns … jetzt 5 J.", "hat mit 1 eine OP gehabt, heute ist sie 3", "mit 5 hat sie
ihren Vater verloren", "Jonas ist zwölf. Der war mit acht schon mal in einer Tagesklinik"; or a
sibling's birth as the background ("seit die Zwillinge vor 6 Wo. geboren sind", "seine
Schwester wurde letzten Mittwoch geboren"). The offers must fit the child as it is today.
Read through the assistant: the age it understood, and that every offer it stands behind takes
a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a past verb before "mit", the perfect's auxiliary beside it, "früher mit"
    ("Paul war mit zwei Jahren schon einmal in der Frühförderung. Inzwischen ist er fünf und "
     "die Kita sagt, er sei motorisch weit hinten. Bönen?", (60, 71)),
    ("Mein Sohn hatte mit 4 Jahren schon mal eine Sprachtherapie, heute ist er 6 und lispelt "
     "wieder stark. Bergkamen-Oberaden.", (72, 83)),
    ("Die Kleine hat mit einem Jahr schon mal eine Operation am Herzen gehabt, heute ist sie 3 "
     "und soll in die Kita. Lünen?", (36, 47)),
    ("Lina ist jetzt 8, mit 5 hat sie ihren Vater verloren. Sie redet seitdem kaum. Schwerte?",
     (96, 107)),
    ("Er war früher mit 3 in einer Spielgruppe, jetzt mit 4 sucht er immer noch keinen Kontakt "
     "zu anderen Kindern. Familienzentrum in Unna?", (48, 59)),
    # today's age unmarked, older than the age of then
    ("Jonas ist zwölf. Der war mit acht schon mal in einer Tagesklinik wegen Ängsten. Unna.",
     (144, 155)),
    # a sibling's birth beside the asked child's age
    ("Sohn 4 J., Wutanfälle seit die Zwillinge vor 6 Wo. geboren sind. Elternkurs in Kamen?",
     (48, 59)),
    ("Hallo, mein Kleiner ist 2, seine Schwester wurde letzten Mittwoch geboren. Er ist total "
     "eifersüchtig. Eltern-Kind-Gruppe in Schwerte?", (24, 35)),
    # look-alikes: "mit" + a number that is no age, a younger age beside a past one
    ("Tochter 4, mit 3 Geschwistern in einer kleinen Wohnung in Unna. Familienzentrum?",
     (48, 59)),
    ("Meine Tochter ist 11 und war gestern mit 2 Freundinnen im Jugendtreff in Lünen-Süd.",
     (132, 143)),
    ("Baby 3 Wochen, seit der Geburt schreit es viel. Hilfe in Unna?", (0, 0)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_todays_age_among_past_ages(assistant: Assistant, text: str,
                                    expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)

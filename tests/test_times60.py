"""Time words and figures are not the child's age (times60).

Clock times, dates, durations and years of events sit beside the age a request tells and are
none of it; an age told through a time phrase is the age today: "wird im Okt. 6" is five now, a
child who "kommt im Sommer in die Schule" is five (today is December 2026, `age_dates.today`),
a baby "vor 12 Tagen bekommen" is a newborn. Read through the assistant: the age it understood,
and that every offer it stands behind takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a birthday to come, its month shortened or dated, a particle before it
    ("kind wird im okt. 6, eltern überlegen zurückstellen zu lassen. wer berät da neutral? Unna",
     (60, 71)),
    ("Vorschulkind wird erst im Juli 6, die Eltern überlegen eine Zurückstellung. Kamen.",
     (60, 71)),
    ("Sie wird am 2. Januar 4, im Kindergarten sagt man, sie spricht undeutlich. "
     "Sprachförderung in Kamen-Heeren-Werve?", (36, 47)),
    ("Meine Kleine wird im März drei und beißt andere Kinder. Erziehungsberatung in Schwerte?",
     (24, 35)),
    # the coming school start told by its season
    ("Kommt nächsten Sommer in die Schule und kann sich kaum konzentrieren. Wir wohnen in "
     "Schwerte-Ergste, was kann man vorher machen?", (60, 71)),
    ("Ein Sohn, der im Sommer eingeschult werden soll, spricht kaum Deutsch. Unna-Königsborn?",
     (60, 71)),
    # a birth days ago told with "bekommen"
    ("Mutter hat ihr Baby vor 12 Tagen bekommen, weint viel, schläft nicht. Hilfe in Unna?",
     (0, 0)),
    # clock times, dates, durations and years beside the real age
    ("Termin wäre am 14.1. um 9:30 möglich – es geht um meinen Sohn, 4 Jahre, er stottert. "
     "Kamen-Mitte.", (48, 59)),
    ("Seit 2022 getrennt, Sohn 9, er zieht sich seit 3 Wochen zurück. Beratung in Unna-Massen?",
     (108, 119)),
    ("Montags um 7:10 muss ich zur Arbeit, mein Sohn (6) geht in die 1. Klasse. OGS in "
     "Holzwickede?", (72, 83)),
    # look-alikes: a school start of the past, a first form's OGS place, ages in weeks, months
    ("OGS in Selm-Bork: Kind kommt im August in die 1. Klasse, die Eltern arbeiten.", (72, 83)),
    ("Sohn wurde im Sommer eingeschult und weint jeden Morgen vor der Schule. Unna.", (72, 83)),
    ("Unser Baby ist 10 Wochen alt und schreit jeden Abend 3 Stunden. Hilfe in Bergkamen?",
     (2, 2)),
    ("Tochter 6 Monate, wir suchen einen Babykurs in Unna-Königsborn.", (6, 6)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_time_figures_are_not_the_age(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)

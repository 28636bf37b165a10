"""Social-services file notes (files47): the file's own nouns and its verdicts on a help.

A Jobcenter note writes the household as "in BG" (Bedarfsgemeinschaft): that is no wish for
Bulgarian, so the children's own offers are found, while "Sprache: BG" or "auf BG" still asks
for Bulgarian. An ASD note lists a help and its verdict in commas of one sentence ("SPFH seit
11/2023, Ziele erreicht, Beendigung. Anschluss: Elternkurs für KM"): the ended help is history,
the help after "Anschluss" is the need, and where none is held near the answer is an honest gap.
Read through the assistant with the real catalogue.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_answered_with, assert_honest_gap


@pytest.mark.parametrize(("text", "topics"), [
    ("Kd.in (w, 41) Alkoholproblematik | 3 Kinder 8, 10 u. 12 in BG | für die Kinder eigenes "
     "Angebot gewünscht (Kinder aus Suchtfamilien) | Unna-Mitte", {"belastete_eltern"}),
    ("Kd. (w, 34) psychisch erkrankt, Depression | 2 Kinder 7 u. 9 in BG | Kinder brauchen "
     "Unterstützung (Kinder psychisch kranker Eltern) | Lünen", {"belastete_eltern"}),
    ("Kd. (m, 36) | 2 Kinder 4 u. 7 in BG | Schulden, Kindergeld unklar | braucht "
     "Schuldnerberatung und Hilfe bei BuT-Antrag | Kamen", {"but_finanzen"}),
    ("Kd. (w, 32) | Sohn 5 in BG | Sohn auffällig, schlägt andere Kinder in Kita | "
     "Erziehungsberatung gewünscht | Holzwickede", {"erziehungsberatung"}),
])
def test_in_bg_is_the_household_not_bulgarian(assistant: Assistant, text: str,
                                              topics: set[str]) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert "bg" not in answer.request.languages
    assert_answered_with(answer, topics)


@pytest.mark.parametrize("text", [
    "Beratung auf BG für den Vater, Kind 5, Kamen",
    "Vater braucht Erziehungsberatung in RU oder BG, Tochter 7, Unna",
])
def test_a_framed_bg_outside_in_stays_bulgarian(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert "bg" in answer.request.languages




@pytest.mark.parametrize("text", [
    "TOP 3 Fam. O., Opherdicke: SPFH seit 11/2023 (6 FLS/Woche), Ziele erreicht, Beendigung. "
    "Anschluss: Elternkurs für KM, Kinder 2 und 5 J.",
])
def test_the_need_after_an_ended_help_is_a_gap_where_none_is_near(assistant: Assistant,
                                                                   text: str) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert "hilfen_zur_erziehung" not in answer.request.main_topics
    assert_honest_gap(answer)


def test_a_running_help_is_no_verdict(assistant: Assistant) -> None:
    """The look-alike: the help goes on ("Ziele noch nicht erreicht"), the course comes beside."""
    answer, _session = assistant.respond(
        "SPFH läuft weiter seit 09/2024, Ziele noch nicht erreicht. Zusätzlich Elternkurs für KM, "
        "Sohn 6 J., Kamen")
    assert_answered_with(answer, {"elternkurse"})


def test_a_verdict_with_words_of_its_own_speaks_only_of_its_clause(assistant: Assistant) -> None:
    """"Kita beendet" ends the Kita, not the ask before it in the sentence."""
    answer, _session = assistant.respond(
        "Sohn 6, Erziehungsberatung gesucht, Kita beendet, Kamen")
    assert_answered_with(answer, {"erziehungsberatung"})

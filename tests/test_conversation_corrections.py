"""Turns that correct, refer back or close, through `chat --json` on the shipped catalogue.

Classes from the holdout4 conversations, with sentences written for this file: a correction
that repeats the wrong value negated ("sie ist drei, nicht zwei"), one of the children spoken of
("Eine davon ist erst 10"), a question for a language followed by why ("und auf Polnisch? Die
Oma versteht kein Deutsch"), and a reply that closes the case ("leite ich so weiter, danke").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.corrections import closes_case
from tests.test_conversation_classes import chat


@pytest.mark.parametrize(("first", "correction", "age"), [
    ("Mädchen, 2 Jahre, Kamen-Methler, Krabbelgruppe", "Moment, sie ist drei, nicht zwei",
     [36, 47]),
    ("Junge 7 in Unna, Nachhilfe", "sorry, er ist acht und nicht sieben", [96, 107]),
    ("boy aged 5 in Werne, speech therapy", "correction: he is 6, not 5", [72, 83]),
])  # fmt: skip
def test_a_correction_that_negates_the_old_age_takes_the_new_one(
    tmp_path: Path, first: str, correction: str, age: list[int]
) -> None:
    before, after = chat(tmp_path, [("c", first), ("c", correction)])
    assert after["understood"]["age_months"] == age
    assert after["understood"]["place"] == before["understood"]["place"]
    assert after["understood"]["topics"] == before["understood"]["topics"]
    assert after["question"] is None


@pytest.mark.parametrize(("correction", "place"), [
    ("nein, nicht Methler, die wohnen in Heeren", "kamen-heeren-werve"),
    ("Korrektur: nicht mehr in Kamen, jetzt Bergkamen-Rünthe", "bergkamen-ruenthe"),
    ("not Methler, they live in Lünen-Brambauer", "luenen-brambauer"),
])  # fmt: skip
def test_a_correction_that_negates_the_old_place_takes_the_new_one(
    tmp_path: Path, correction: str, place: str
) -> None:
    before, after = chat(tmp_path, [("c", "Familie in Kamen-Methler, Sohn 3, Spielgruppe"),
                                    ("c", correction)])  # fmt: skip
    assert after["understood"]["place"] == place
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert after["understood"]["topics"] == before["understood"]["topics"]


def test_a_negated_place_alone_is_not_dropped(tmp_path: Path) -> None:
    """With no other place in the message, "nicht in Unna" is no correction of the place."""
    _before, after = chat(tmp_path, [("c", "Kind 4, Sprachförderung in Unna"),
                                     ("c", "und nicht in Unna?")])  # fmt: skip
    assert after["understood"]["place"] == "unna"


@pytest.mark.parametrize("then", [
    "Eine davon ist erst 10 und hat schon Essstörungen, gibt es da eine Beratung?",
    "One of them is only 11 and keeps getting into fights, any anti-violence training?",
    "Einer von ihnen ist 12 und kifft täglich, gibt es Suchtberatung?",
    "Die Jüngere von ihnen ist 13 und schwänzt ständig, gibt es Schulsozialarbeit?",
])
def test_one_of_the_children_spoken_of_keeps_the_place(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [
        ("c", "Jugendtreff in Bergkamen-Mitte: Clique von Mädchen und Jungen, 14 und 15"),
        ("c", then)])  # fmt: skip
    assert after["understood"]["place"] == before["understood"]["place"] == "bergkamen-mitte"
    assert after["understood"]["age_months"] != before["understood"]["age_months"]
    assert after["question"] is None


@pytest.mark.parametrize("then", [
    "und auf Polnisch? Die Oma versteht kein Deutsch",
    "und auf Türkisch? Papa liest nur Türkisch",
    "and in Arabic? the father hardly understands German",
])
def test_a_language_asked_then_explained_keeps_the_need(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", "Erziehungsberatung für ein Kind, 9, in Selm"),
                                    ("c", then)])  # fmt: skip
    assert after["understood"]["topics"][0] == before["understood"]["topics"][0]
    assert after["understood"]["languages"]
    assert after["understood"]["place"] == "selm"


@pytest.mark.parametrize("text", [
    "Vielen Dank, das leite ich so an die Familie weiter.",
    "ok, geb ich weiter, danke",
    "Danke! Ich melde mich wieder, wenn ich mehr weiß.",
    "thanks, I'll pass it on",
    "great, will let her know",
])
def test_a_reply_that_closes_the_case_asks_nothing(tmp_path: Path, text: str) -> None:
    before, after = chat(tmp_path, [("c", "Kind 4, Sprachförderung in Unna"), ("c", text)])
    assert after["prompt"] == "thanks" and after["question"] is None
    assert after["understood"] == before["understood"]


@pytest.mark.parametrize("text", [
    "danke, geb ich weiter - gibt es das auch in Kamen?",  # asks again
    "leite ich weiter, die Familie wohnt aber in Selm",  # a new fact
])
def test_closing_words_with_a_question_or_a_fact_are_no_closing(text: str) -> None:
    assert not closes_case(text, lambda rest: "selm" in rest)


@pytest.mark.parametrize("then", [
    "Die Familie zieht wohl nach Kamen, wegen der Arbeit vom Vater. Ändert das was?",
    "Actually they might move to Holzwickede for the mum's new job - does that change anything?",
    "eigentlich wohnen sie in Werne, wegen Papas Arbeit, gilt das dann auch?",
])
def test_the_same_question_after_a_new_place_keeps_the_need(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", "Mädchen 4, Sprachförderung in Unna"), ("c", then)])
    assert after["understood"]["topics"][0] == before["understood"]["topics"][0]
    assert after["understood"]["place"] != before["understood"]["place"]
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert after["question"] is None

"""Conversation classes found in h8ab's conversations (round 19), through `chat --json`.

Each test is one class of follow-up that lost what it should keep; its sentences are new ones
written for this file (and for `tests/data/conv19/`), not the set's: a language asked for the
help spoken of with a reason or a partner in the same sentence keeps the need; a place answer
that also says where the writer's Kita or school is keeps the need; an institution's stage
("an der Grundschule") keeps the age of the child spoken of; a follow-up after a sentence of
thanks ("Super! Und …") is a follow-up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat

CASES = {
    "erziehung": ("Junge 9 aus Bergkamen-Oberaden, seit der Trennung sehr aggressiv in der Klasse. "
                  "Gibt es Erziehungsberatung?", "erziehungsberatung"),
    "beruf": ("Mädchen 16 mit Förderbedarf Lernen, sucht Berufsorientierung, wohnt in Unna",
              "schule_beruf"),
    "lernen": ("Hallo, Junge 10 in Kamen, Rechenschwäche, Eltern suchen Lernförderung",
               "lernfoerderung"),
}  # fmt: skip


@pytest.mark.parametrize(("case", "follow_up", "language"), [
    ("erziehung", "Gibt es das auch auf Polnisch, damit der Vater mitkommen kann?", "pl"),
    ("beruf", "Kann das auch jemand auf Arabisch mit der Mutter besprechen?", "ar"),
    ("lernen", "und gibts das auch auf türkisch, weil die oma ihn meistens bringt?", "tr"),
    ("lernen", "Gibt es das auch in russischer Sprache, damit die Eltern folgen können?", "ru"),
])  # fmt: skip
def test_the_help_asked_for_in_a_language_keeps_its_need(
    tmp_path: Path, case: str, follow_up: str, language: str
) -> None:
    first_text, need = CASES[case]
    first, later = chat(tmp_path, [("c", first_text), ("c", follow_up)])
    assert need in first["understood"]["topics"]
    assert later["understood"]["languages"] == [language]
    assert need in later["understood"]["topics"]
    assert later["understood"]["topics"][0] == first["understood"]["topics"][0]
    assert later["understood"]["age_months"] == first["understood"]["age_months"]
    assert later["understood"]["place"] == first["understood"]["place"]


def test_a_sentence_of_its_own_asking_another_help_is_a_need(tmp_path: Path) -> None:
    _, later = chat(tmp_path, [("c", CASES["lernen"][0]), (
        "c", "Gibt es das auch auf Türkisch? Und braucht er vielleicht eine Psychotherapie?")])
    assert "psychische_gesundheit" in later["understood"]["topics"]


ASKED_PLACE = ("Guten Tag, ein Junge (4 Jahre) aus unserer Einrichtung spricht kaum, die Eltern "
               "wünschen sich Sprachförderung.")  # fmt: skip


@pytest.mark.parametrize(("answer", "place"), [
    ("Entschuldigung, die Familie wohnt in Rünthe, unsere Kita ist aber in Oberaden.",
     "bergkamen-ruenthe"),
    ("Verzeihung, das hatte ich vergessen: Die Familie lebt in Bork, unsere Kita liegt in Selm.",
     "selm-bork"),
    ("Sorry, they actually live in Wethmar, the Kita is in Brambauer.", "luenen-wethmar"),
])  # fmt: skip
def test_a_place_answer_that_says_where_the_kita_is_keeps_the_need(
    tmp_path: Path, answer: str, place: str
) -> None:
    first, later = chat(tmp_path, [("c", ASKED_PLACE), ("c", answer)])
    assert first["question"]["kind"] == "place"
    assert later["understood"]["place"] == place
    assert later["understood"]["topics"] == ["sprachfoerderung"]
    assert later["understood"]["age_months"] == [48, 59]
    assert later["question"] is None


def test_a_need_told_beside_the_kita_is_still_a_need(tmp_path: Path) -> None:
    _, later = chat(tmp_path, [("c", ASKED_PLACE), (
        "c", "Die Familie wohnt in Rünthe, die Kita ist in Oberaden, sie bräuchten Kinderhospiz.")])
    assert later["understood"]["topics"] != ["sprachfoerderung"]


@pytest.mark.parametrize("follow_up", [
    "und gibt es dann an der Grundschule eine Nachmittagsbetreuung? beide arbeiten bis 16 Uhr",
    "Gibt es an der Grundschule dort dann auch einen Ganztag?",
    "und im Kindergarten vorher noch was zur Sprache?",
])  # fmt: skip
def test_an_institutions_stage_keeps_the_age_of_the_child_spoken_of(
    tmp_path: Path, follow_up: str
) -> None:
    first, later = chat(tmp_path, [
        ("c", "Mädchen 5, kommt im Sommer in die Schule, Eltern suchen Beratung zum Schulstart, "
              "wohnen in Unna-Massen"), ("c", follow_up)])  # fmt: skip
    assert first["understood"]["age_months"] == [60, 71]
    assert later["understood"]["age_months"] == [60, 71]


@pytest.mark.parametrize(("follow_up", "age"), [
    ("und für Schulkinder?", [72, 131]),
    ("und die große Schwester geht in die Grundschule, braucht OGS", [72, 131]),
    ("Und der Dreijährige sucht noch einen Kitaplatz.", [36, 47]),
    ("Die Mutter ist übrigens hochschwanger, Geburt in 2 Wochen, sie hat noch keine Hebamme.",
     [-5, -1]),
])  # fmt: skip
def test_a_child_named_by_its_stage_is_another_age(
    tmp_path: Path, follow_up: str, age: list[int]
) -> None:
    _, later = chat(tmp_path, [
        ("c", "Mädchen 5, Sprachförderung, wohnen in Unna-Massen"), ("c", follow_up)])
    assert later["understood"]["age_months"] == age


@pytest.mark.parametrize("follow_up", [
    "Super! Und gibt es in Lünen auch einen Sportverein für ihn?",
    "Danke. Und in Lünen auch was für seine Freizeit? Er hat kaum Freunde.",
    "Prima, und gibt es in Lünen noch eine Theatergruppe für ihn?",
])  # fmt: skip
def test_a_follow_up_after_thanks_keeps_the_child(tmp_path: Path, follow_up: str) -> None:
    first, later = chat(tmp_path, [
        ("c", "Junge, 11, ADHS, Eltern suchen ein Elterntraining in Lünen"), ("c", follow_up)])
    assert first["understood"]["age_months"] == [132, 143]
    assert later["understood"]["age_months"] == [132, 143]
    assert later["question"] is None
    assert "freizeit_sport_kultur" in later["understood"]["topics"]


@pytest.mark.parametrize(("follow_up", "topic"), [
    ("lieber n kurs zusammen mit anderen eltern, keine einzelberatung", "elternkurse"),
    ("eher ein Elternkurs als Einzelgespräche, die Eltern wollen andere Eltern treffen",
     "elternkurse"),
    ("Die Mutter wünscht sich, dass jemand mit ihr bespricht, wie sie mit ihm umgehen kann.",
     "erziehungsberatung"),
    ("keinen Kurs bitte, die Eltern möchten eine Einzelberatung", "erziehungsberatung"),
])  # fmt: skip
def test_the_form_of_help_chooses_among_the_upbringing_needs(
    tmp_path: Path, follow_up: str, topic: str
) -> None:
    first, later = chat(tmp_path, [
        ("c", "Junge 3, heftige Wutanfälle, Eltern suchen Beratung, wohnen in Bönen"),
        ("c", follow_up)])  # fmt: skip
    assert later["understood"]["topics"][0] == topic
    assert later["understood"]["age_months"] == first["understood"]["age_months"]
    assert later["understood"]["place"] == "boenen"


def test_a_language_someone_speaks_is_no_form_of_help(tmp_path: Path) -> None:
    _, later = chat(tmp_path, [
        ("c", "Junge 3, spricht kaum, Sprachförderung in Bönen"),
        ("c", "Die Mutter spricht mit ihm nur Polnisch, gibt es jemanden auf Polnisch?")])
    assert "erziehungsberatung" not in later["understood"]["topics"]

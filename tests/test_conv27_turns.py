"""Later turns (round 27): bare answers in the stage's unit, children named by their place among
siblings, a child of another stage named later, and first messages that ask nothing yet.

Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.cli import main
from bot.models import AgeRange, Prompt
from tests.test_conversation_turn_forms import talk

BABY = "Mutter mit Säugling in Kamen, sie kommt mit dem Stillen nicht klar"
TODDLER = "Kleinkind in Bönen, die Eltern suchen eine Spielgruppe"
INFANT = "Eltern mit Baby in Selm suchen Babymassage"
TEEN = "Jugendliche in Unna, hat Stress mit den Eltern"


@pytest.mark.parametrize(("first", "answer", "age"), [
    (BABY, "3", (3, 3)),            # a baby of three years does not exist: months
    (BABY, "7", (7, 7)),
    (INFANT, "so 4", (4, 4)),
    (INFANT, "sie ist 9", (9, 9)),
    (TODDLER, "18", (18, 18)),      # a toddler of 18 years neither
    (BABY, "sie ist 1", (12, 23)),  # years next to the stage stay years
    (TODDLER, "2", (24, 35)),       # years inside the stage stay years
    (INFANT, "4 Jahre", (48, 59)),  # a unit said is the unit meant
    (TEEN, "15", (180, 191)),
])  # fmt: skip
def test_a_bare_number_answering_the_age_counts_in_the_stage_unit(
    catalogue: Catalogue, first: str, answer: str, age: tuple[int, int]
) -> None:
    asked, answered = talk(catalogue, first, answer)
    assert asked.question is not None and asked.question.kind == "age"
    assert answered.request.age == AgeRange(*age)
    assert answered.request.place == asked.request.place
    assert answered.request.topics == asked.request.topics
    assert answered.question is None


def test_seven_months_shows_no_offer_for_school_children(catalogue: Catalogue) -> None:
    _asked, answered = talk(catalogue, "Baby trinkt schlecht, die Mutter ist fix und fertig, "
                                       "wohnt in Lünen-Süd", "7")  # fmt: skip
    assert answered.request.age == AgeRange(7, 7)
    assert answered.offers
    assert all((hit.offer.age_min or 0) <= 7 <= (hit.offer.age_max or 999)
               for hit in answered.offers)  # fmt: skip


@pytest.mark.parametrize(("first", "follow_up", "age"), [
    ("Mutter mit zwei Töchtern, die ältere (15) ritzt sich, die jüngere ist 10. Beratung in Werne?",
     "und für die kleine? die hat Angst vor der Schule", (120, 131)),
    ("Vater mit zwei Jungs, der große ist 13 und kifft, der kleine ist 8, Suchtberatung Lünen",
     "Gibt es für den Kleinen Nachhilfe?", (96, 107)),
    ("Oma kümmert sich um zwei Enkel, der jüngste ist 4, der älteste 11, Erziehungsberatung Unna",
     "und für den Ältesten, gibts da Sport?", (132, 143)),
    ("Sohn vorgestern geboren, Tochter 6 im Kindergarten, Haushaltshilfe in Bönen?",
     "und eine Krabbelgruppe für den Kleinen?", (0, 0)),
])  # fmt: skip
def test_a_child_named_by_its_place_among_siblings_is_remembered(
    catalogue: Catalogue, first: str, follow_up: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, first, follow_up)
    assert after.request.age == AgeRange(*age)
    assert after.request.place == before.request.place
    assert after.question is None


@pytest.mark.parametrize(("first", "follow_up"), [
    ("Kita-Platz für Sohn, 4, in Holzwickede", "and for her baby daughter?"),
    ("Kinder 4 und 7, Mutter alleinerziehend in Kamen, sucht Entlastung",
     "gibts auch was für das Baby?"),
    ("Sohn 5, Kita-Platz in Selm gesucht", "und Babyschwimmen für die kleine Schwester?"),
])  # fmt: skip
def test_a_child_of_another_stage_is_asked_its_age(catalogue: Catalogue, first: str,
                                                   follow_up: str) -> None:  # fmt: skip
    before, after = talk(catalogue, first, follow_up)
    assert after.question is not None and after.question.kind == "age"
    assert after.request.age is not None and after.request.age.high <= 11  # the baby's offers
    assert after.request.place == before.request.place


@pytest.mark.parametrize(("first", "follow_up"), [
    ("Baby 3 Monate, Mutter erschöpft, Unna", "Gibt es für das Baby auch was mit Bewegung?"),
    ("Baby 10 Monate, PEKiP in Unna", "Kita ab nächstem Jahr?"),  # an institution's stage
    ("Sohn 7 in der 2b, Betreuung nachmittags in Kamen", "und OGS für den Sohn?"),
])  # fmt: skip
def test_the_child_spoken_of_or_an_institution_is_not_asked_again(
    catalogue: Catalogue, first: str, follow_up: str
) -> None:
    before, after = talk(catalogue, first, follow_up)
    assert after.question is None
    assert after.request.age == before.request.age


@pytest.mark.parametrize("text", ["Hallo", "Guten Morgen!", "Moin, ich hätte eine Frage", "👍",
                                  "danke", "???", "", "Merhaba", "ขอบคุณ"])  # fmt: skip
def test_a_first_message_that_asks_nothing_asks_for_child_and_need(
    catalogue: Catalogue, text: str
) -> None:
    (answer,) = talk(catalogue, text)
    assert answer.prompt == Prompt.NOTHING_YET and not answer.is_gap
    assert not answer.offers and answer.question is None


@pytest.mark.parametrize("text", ["Kinderhospiz", "was gibt es am Wochenende?"])
def test_a_first_message_with_a_need_nobody_knows_is_still_a_request(
    catalogue: Catalogue, text: str
) -> None:
    (answer,) = talk(catalogue, text)
    assert answer.prompt is None and answer.is_gap


@pytest.mark.parametrize("text", ["...", "-", "", "?!"])
def test_bare_punctuation_mid_conversation_is_no_thanks(catalogue: Catalogue, text: str) -> None:
    first, answer = talk(catalogue, "Logopädie für Kind 5 in Kamen", text)
    assert answer.prompt == Prompt.UNREADABLE
    assert answer.offers == first.offers and answer.request == first.request


def test_chat_json_keeps_one_state_per_conversation(tmp_path: Path, monkeypatch) -> None:
    """Two conversations interleaved: each answer completes its own case, an unreadable line in
    one of them is a prompt that leaves both cases where they were."""
    lines = [("a", "Baby, die Mutter ist erschöpft, Unna"), ("b", "Sohn 14 kifft, Kamen"),
             ("a", "7"), ("b", "អរគុណ ជួយបានទេ"), ("a", "..."), ("b", "und in Unna?"),
             ("c", "Hallo")]  # fmt: skip
    stdin = "".join(json.dumps({"conversation": c, "text": t}) + "\n" for c, t in lines)
    out = io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    monkeypatch.setattr("sys.stdout", out)
    assert main(["chat", "--json", "--no-log", "--state", str(tmp_path / "s.db")]) == 0
    a1, b1, a2, b2, a3, b3, c1 = (json.loads(line) for line in out.getvalue().splitlines())
    assert a1["question"]["kind"] == "age"
    assert a2["understood"]["age_months"] == [7, 7] and a2["question"] is None
    assert b2["prompt"] == "unreadable" and b2["understood"] == b1["understood"]
    assert a3["prompt"] == "unreadable" and a3["understood"] == a2["understood"]
    assert b3["understood"]["place"] == "unna" and b3["understood"]["age_months"] == [168, 179]
    assert c1["prompt"] == "nothing_yet" and c1["gap"] is False and c1["conversation"] == "c"

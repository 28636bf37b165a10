"""Later turns that correct, add or start anew (session 73's class, `tests/data/turns73/`).

A bare number sent after a complete answer was read as "details N" for a card the list does not
have, so the child's age it corrects was lost; "kein Kita-Platz" in a new case was dropped as a
negated stage (an age taken back), leaving a parent-child group and a false gap; someone asked
"mit Tigrinya für die Anmeldung" replaced the case's need with Kita registration; and a fact
told "falls das wichtig ist" replaced the need instead of joining it. Sentences are our own.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.talking import talk

BARE_AGES = [
    # (first turn, the bare number sent after the answer, the child's age)
    ("Schüler 8. Klasse, hängt nur noch am Handy, Familie lebt in Selm", "14", AgeRange(168, 179)),
    ("Jugendlicher Jg. 9 will nur noch zocken, Eltern ratlos, Werne", "15", AgeRange(180, 191)),
]


@pytest.mark.parametrize(("first", "number", "age"), BARE_AGES)
def test_a_bare_number_past_the_list_is_the_childs_age(
        catalogue: Catalogue, first: str, number: str, age: AgeRange) -> None:
    answer = talk(catalogue, first, number)
    assert answer.request.age == age
    assert answer.details is None
    assert answer.offers


def test_a_number_within_the_list_still_opens_its_card(catalogue: Catalogue) -> None:
    first = "Kind 4 Jahre, Sprachförderung in Kamen"
    shown = talk(catalogue, first)
    assert len(shown.offers) >= 2
    answer = talk(catalogue, first, "2")
    assert answer.details is not None
    assert answer.request.age == AgeRange(48, 59)


LACKED_STAGES = [
    ("Mädchen 5 Jahre, Sprachförderung, Kamen",
     "Anderes Thema, andere Familie: Kind 3;1, kein Kita-Platz, wohnt in Bork."),
    ("Junge 4, stottert, Unna", "Andere Familie: Kind 2 Jahre, kein Kita-Platz, Bönen"),
]


@pytest.mark.parametrize(("first", "later"), LACKED_STAGES)
def test_a_lacked_kita_place_is_the_new_cases_need(
        catalogue: Catalogue, first: str, later: str) -> None:
    answer = talk(catalogue, first, later)
    assert "kita_betreuung" in answer.request.topics
    assert answer.gap is None or not answer.gap
    assert answer.offers


def test_a_stage_grown_out_of_still_corrects_the_age(catalogue: Catalogue) -> None:
    # look-alike: "kein Baby mehr, schon 3" takes the stage back, the age is the corrected one
    answer = talk(catalogue, "Kind 2 Jahre, Krabbelgruppe in Kamen",
                  "sie ist kein Baby mehr, schon 3")
    assert answer.request.age == AgeRange(36, 47)


def test_someone_with_the_language_for_a_step_keeps_the_need(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Junge 6, OGS-Platz gesucht, Bönen",
                  "Gibt es jemand der Arabisch spricht für die Anmeldung?")
    assert "ogs_ganztag" in answer.request.topics
    assert answer.request.languages == ("ar",)


def test_a_fact_in_case_it_matters_joins_the_need(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Schülerin aus Werne, Klasse 5, kommt ohne Frühstück, kaum Geld",
                  "Zimmer 12 im Übergangsheim, falls das wichtig ist")
    assert "but_finanzen" in answer.request.topics
    assert answer.request.age == AgeRange(120, 131)  # "Zimmer 12" is no age


def test_another_persons_age_is_no_correction(catalogue: Catalogue) -> None:
    # look-alike: the mother's age in a later turn leaves the child's
    answer = talk(catalogue, "Jugendliche 16, Prüfungsangst, zieht sich zurück, wohnt Unna",
                  "die Mutter ist 38 und alleinerziehend")
    assert answer.request.age == AgeRange(192, 203)

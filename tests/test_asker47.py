"""A professional's own work with the child is context; what the family asks for is the need.

A therapist or doctor opens with the therapy ("Physio 2x/Wo.", "ergo wegen feinmotorik") and
then tells what the family asks for. The therapy's topic (Frühförderung) must not lead the
answer (`main_need_treated`), and a place the family cannot get ("die kriegen keinen kitaplatz")
is the need, not a need taken back (`topic_slots`). Look-alikes: the therapy asked for itself,
or wished, stays the need.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

EARLY = "fruehfoerderung"


@pytest.mark.parametrize(("text", "asked"), [
    ("Zwillinge 11 Monate, Physio 2x/Wo. Vater fragt nach einer Krabbelgruppe. Bönen",
     "eltern_kind_gruppen"),
    ("bin physiotherapeutin und behandle den kleinen (8 monate) wegen KISS, die mama sucht ne "
     "krabbelgruppe in kamen-methler", "eltern_kind_gruppen"),
    ("Kind 2 J., Physio wegen Schiefhals, Mutter sucht Krabbelgruppe, Kamen",
     "eltern_kind_gruppen"),
    ("Ich fördere die 5-Jährige heilpädagogisch in der Frühförderstelle. Die Mutter ist "
     "alleinerziehend und braucht dringend Entlastung. Lünen-Brambauer",
     "alleinerziehende_entlastung"),
])
def test_the_familys_ask_leads_the_therapy(assistant: Assistant, text: str, asked: str) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.main_topics[0] == asked
    assert EARLY not in request.main_topics
    assert answer.offers and asked in answer.offers[0].offer.topics


@pytest.mark.parametrize("text", [
    "Kinderarzt: 18 Monate, motorisch verzögert, Physio läuft. Eltern fragen nach Frühförderung "
    "in Selm",
    "Ergo 1x/Woche, Kind 4 J. Braucht er zusätzlich Frühförderung? Unna",
    "Kind 2 J., braucht Physio und eine Krabbelgruppe, Kamen",
])
def test_the_therapy_asked_for_stays_a_need(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert EARLY in answer.request.main_topics


def test_a_place_the_family_cannot_get_leads_a_dictated_message(assistant: Assistant) -> None:
    """One clause without punctuation: the therapy stays among the needs, the place leads."""
    answer, _session = assistant.respond(
        "die kleine is zwei jahre zehn monate ergo wegen feinmotorik aber die mutter hat mir "
        "erzählt die kriegen keinen kitaplatz in altenbögge seit nem jahr auffe liste")
    assert answer.request.main_topics[0] == "kita_betreuung"
    assert "kita_betreuung" in answer.offers[0].offer.topics


@pytest.mark.parametrize(("text", "kept"), [
    ("Ergo läuft, wir brauchen keinen Kitaplatz, eher Frühförderung, 3 J, Unna", EARLY),
    ("Kind 7 J., kriegt keinen OGS-Platz, Mutter berufstätig, Kamen", "ogs_ganztag"),
])
def test_a_place_not_had_is_the_need_a_place_not_needed_is_not(
        assistant: Assistant, text: str, kept: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.main_topics[0] == kept
    if kept == EARLY:
        assert "kita_betreuung" not in answer.request.main_topics

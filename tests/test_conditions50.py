"""Conditions50: a condition on the offer's form is how the help must come, not a need.

"Kurs bitte online per Zoom", "wollen Onlineberatung", "Beratung bitte telefonisch oder online":
the channel qualifies the help asked for and credits no need of its own (it credited media
prevention before). Told of the child ("zockt online bis nachts") or where children talk
("WhatsApp-Gruppe") the same words keep naming the need (`bot.understanding.topic_conditions`).
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CHANNEL_ONLY = [
    ("Schülerin 14, Essstörung vermutet. Eltern nur telefonisch erreichbar, wollen Onlineberatung",
     "psychische_gesundheit"),
    ("Paar erwartet Zwillinge, Sorge wegen Geld. Beratung bitte telefonisch oder online, sie "
     "liegt schon im Krankenhaus. Kamen-Methler", "schwangerschaft_geburt"),
    ("Tochter 14 hat Panikattacken, die Eltern möchten einen Kurs, aber bitte online per Zoom. "
     "Unna", "psychische_gesundheit"),
    ("Mädchen 15 fragt nach Verhütung, lieber eine Beratung per Chat. Schwerte",
     "sexualpaedagogik"),
]

STILL_MEDIA = [
    "Kind 11 zockt online bis nachts, Eltern ratlos. Unna",
    "Sohn 12 hängt jede Nacht bis 3 Uhr online am Handy, schläft in der Schule ein. Lünen",
    "Junge 11 zockt bis 2 Uhr nachts, Eltern wollen Rat, aber nur per Mail oder online. Kamen",
]


@pytest.mark.parametrize(("text", "need"), CHANNEL_ONLY)
def test_a_channel_is_no_need(assistant: Assistant, text: str, need: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.topics[0] == need
    assert "medien_sucht" not in answer.request.topics


@pytest.mark.parametrize("text", STILL_MEDIA)
def test_media_told_of_the_child_stays_the_need(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.topics[0] == "medien_sucht"


def test_bullying_in_a_group_chat_keeps_media(assistant: Assistant) -> None:
    answer, _session = assistant.respond("Sohn 13 wird in der WhatsApp-Gruppe gemobbt. Bergkamen")
    assert answer.request.topics[0] == "gewaltpraevention"
    assert "medien_sucht" in answer.request.topics


def test_anonymous_counselling_for_abuse_stays_protection(assistant: Assistant) -> None:
    answer, _session = assistant.respond(
        "Mädchen 13 hat sich anvertraut, der Stiefvater fasst sie an. Suche anonyme Beratung. "
        "Kamen")
    assert "kinderschutz" in answer.request.topics[:2]


def test_a_cost_asked_stays_the_money_help(assistant: Assistant) -> None:
    answer, _session = assistant.respond(
        "Wer zahlt den Schwimmkurs für meinen Sohn (7)? Wir bekommen Bürgergeld. Unna")
    assert "but_finanzen" in answer.request.topics

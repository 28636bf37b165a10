"""An honest gap stays a gap: what the story tells about the family does not close it.

Sentences of gaps53's own, none taken from an evaluation set. The help asked for (a crawling
group, tutoring) has no offer for that age and place; the family's money ("lebt vom
Bürgergeld", "hat sehr wenig Geld") says how it must be paid, and a fund is no crawling group;
a "Babytreff" is a group a parent joins, not a home visit. Look-alikes keep answering: the money
itself is asked for, or the other help is asked beside the group.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_answered_with, assert_honest_gap

GAPS = [
    # the family's money told, the group asked: Bönen has none for a one-year-old
    ("Junge Mutter, 19, Kind 1 Jahr, lebt vom Bürgergeld und hat keine Freundinnen mit Kindern. "
     "Krabbelgruppe in Bönen?", "eltern_kind_gruppen"),
    # tutoring asked, the money only told, in Selm nobody offers tutoring
    ("Sohn 13 braucht Nachhilfe in Englisch, die Familie hat sehr wenig Geld. Wohnort Selm.",
     "lernfoerderung"),
    # a Babytreff asked for in Werne, where no group takes a baby of four months
    ("Alleinerziehend mit Baby (4 Monate), kenne hier in Werne niemanden. Gibt es einen Babytreff "
     "oder eine Krabbelgruppe, wo ich andere Mütter treffe?", "eltern_kind_gruppen"),
]

ANSWERED = [
    # the money itself is asked beside the tutoring: the fund answers
    ("Nachhilfe für Sohn 13 in Selm, Familie bekommt Bürgergeld – kann man dafür BuT beantragen?",
     {"but_finanzen"}),
    ("Sohn 13 braucht Nachhilfe in Englisch, wohnen in Selm, die Familie hat wenig Geld. Gibt es "
     "Zuschüsse über das Bildungspaket?", {"but_finanzen"}),
    # a home visit asked beside the group: Frühe Hilfen answer
    ("Alleinerziehend mit Baby (4 Monate) in Werne. Krabbelgruppe und eine Familienhebamme, die "
     "mal nach uns schaut – gibt es das?", {"fruehe_hilfen"}),
    # the group held here: it answers, the money told changes nothing
    ("Junge Mutter, lebt vom Bürgergeld, Kind 1 Jahr. Krabbelgruppe in Kamen?",
     {"eltern_kind_gruppen"}),
]


@pytest.mark.parametrize(("text", "asked"), GAPS)
def test_the_story_does_not_close_the_gap(assistant: Assistant, text: str, asked: str) -> None:
    answer, _session = assistant.respond(text)
    assert asked in answer.request.main_topics
    assert_honest_gap(answer)


@pytest.mark.parametrize(("text", "topics"), ANSWERED)
def test_needs_asked_keep_answering(assistant: Assistant, text: str, topics: set[str]) -> None:
    answer, _session = assistant.respond(text)
    assert_answered_with(answer, topics, top=5)

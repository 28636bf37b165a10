"""A need only told (a course the mother attends) must not close the gap of the need asked.

Sentences of gaps48's own, none taken from an evaluation set: the help asked for (a Kita place, a
childminder) has no offer here, and the integration course the mother attends is why it is
needed; its counselling offers are no answer. Look-alikes keep answering: both needs asked, or the
asking words ask for help with the story.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_answered_with, assert_honest_gap

GAPS = [
    # told as the family's day: the course is context, the care place asked for is missing
    ("Kind 9 Monate, Kamen-Derne. Die Mutter fängt nächste Woche einen Integrationskurs an, sie "
     "braucht eine Tagesmutter, am besten ukrainischsprachig.", "kita_betreuung"),
    # known regression of stop 42 (origin64): with the course's migration credit set aside as
    # told, the relative clause "die Ukrainisch spricht" is read as language mediation asked
    # (`mediation_asked`) and brings the interpreter pool as a main need. Counting the relative
    # clause as a wish that keeps migration help would contradict the labels (77 of 105 such
    # wishes in the labelled requests carry no migration help), so the mend belongs to
    # `mediation_asked`: a language wished for a named help is no mediation asked.
    pytest.param("Die Mama muss ab Montag zum Integrationskurs und braucht dafür eine Tagesmutter, "
                 "die Ukrainisch spricht. Kleine ist 10 Monate, Kamen-Derne.", "kita_betreuung",
                 marks=pytest.mark.xfail(strict=True, reason="mediation read in a relative-clause "
                                         "wish beside a course set aside (stop 42)")),
]

ANSWERED = [
    # the course itself is asked for beside the care place: both are needs
    ("Mutter aus der Ukraine, Kind 4 J., Schwerte. Sie sucht einen Integrationskurs und einen "
     "Kitaplatz.", {"migration_integration", "kita_betreuung"}),
    # the asking words ask for help with the story: the arrival is part of it
    ("Kind 4 J., braucht einen Kitaplatz, weil die Mutter ab Januar an einem Integrationskurs "
     "teilnehmen muss. Gibt es in Schwerte Unterstützung auf Ukrainisch?",
     {"migration_integration"}),
    # "was gegen Mobbing und einen Jugendtreff": both asked, the one held here answers
    ("sohn 12 wird gemobbt, wohnen in bork. gibts was gegen mobbing und einen jugendtreff?",
     {"gewaltpraevention"}),
]


@pytest.mark.parametrize(("text", "asked"), GAPS)
def test_a_course_attended_does_not_close_the_gap(assistant: Assistant, text: str,
                                                  asked: str) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert answer.request.main_topics == (asked,)
    assert_honest_gap(answer)


@pytest.mark.parametrize(("text", "topics"), ANSWERED)
def test_needs_asked_keep_answering(assistant: Assistant, text: str, topics: set[str]) -> None:
    answer, _session = assistant.respond(text)
    assert_answered_with(answer, topics)

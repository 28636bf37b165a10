"""What a request tells about the family is background; the offers answer the help it asks (told52).

A parent away, ill or in rehab, a mother who cries or feels alone, a form's situation field: told
beside an asked help, none of it names a need of its own. When the asked help does not exist at
that place and age, the answer is an honest gap rather than an offer for the background. Beside
them, look-alikes where the told situation is itself what help is asked for.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from tests.relevance import relevant

# (request, the asked topic, whether the answer is an honest gap)
TOLD = [
    # "Sucht" opening a sentence is the verb that asks, not an addiction
    ("Tel. – Fr. L., Zwillinge 4 Mon., Vater in Schichtarbeit, Mutter tagsüber allein. Sucht "
     "Babymassage oder PEKiP im Evenkamp, Werne.", "eltern_kind_gruppen", True),
    ("Vater auf Montage, Mama mit dem Kleinen (8 Monate) allein. Sucht eine Krabbelgruppe in "
     "Kamen-Methler.", "eltern_kind_gruppen", False),
    # the mother's crying is how she feels, not a crying baby
    ("my sister (19) had her baby 5 weeks ago, her boyfriend left, she's lonely and cries a lot. "
     "is there a mums and babies group in Unna?",
     "eltern_kind_gruppen", False),
    ("Die Mutter (24) ist seit der Trennung einsam und weint viel. Ihr Sohn ist 10 Monate. "
     "Gibt es eine Krabbelgruppe in Kamen-Derne?", "eltern_kind_gruppen", False),
]

# the told situation is the help asked for: it must still be read
LOOKALIKES = [
    ("Baby (6 Wochen) schreit jeden Abend stundenlang, die Eltern sind am Ende. Was gibt es in "
     "Kamen?", "schreibaby_schlaf"),
    ("Mutter sagt, das Baby weint viel und schläft nicht. 3 Monate, Unna. Hilfe?",
     "schreibaby_schlaf"),
    ("Junge 15, Sucht (Crystal), Mutter ratlos. Beratung in Lünen?", "medien_sucht"),
    ("Sohn (14) trauert um seinen Vater, der im Frühjahr gestorben ist, und zieht sich völlig "
     "zurück. Gibt es eine Trauergruppe in Kamen?", "psychische_gesundheit"),
]


@pytest.mark.parametrize(("text", "topic", "gap"), TOLD)
def test_the_asked_help_decides(assistant: Assistant, catalogue: Catalogue, text: str, topic: str,
                                gap: bool) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert topic in request.topics
    label = {"age": [request.age.low, request.age.high] if request.age else None,
             "place": request.place, "topics": [topic]}
    if gap:
        assert answer.is_gap, [h.offer.id for h in answer.offers]
    else:
        shown = answer.offers[:3]
        assert any(relevant(catalogue, h.offer, label) for h in shown), [
            h.offer.id for h in shown]


@pytest.mark.parametrize(("text", "topic"), LOOKALIKES)
def test_a_told_situation_asked_about_is_read(assistant: Assistant, text: str, topic: str) -> None:
    answer, _session = assistant.respond(text)
    assert topic in answer.request.topics


def test_a_form_field_listing_helps_names_each(assistant: Assistant) -> None:
    """"Anliegen: Entlastung / Familienhilfe": a word that elsewhere only hints is asked here."""
    answer, _session = assistant.respond(
        "Anfragende Person: Chiara, 19 | Beziehung: große Schwester | Situation: Mutter seit "
        "Monaten krank im Bett, ich mache Haushalt und kleine Geschwister | Wohnort: Methler | "
        "Anliegen: Entlastung / Familienhilfe")
    assert "alleinerziehende_entlastung" in answer.request.topics

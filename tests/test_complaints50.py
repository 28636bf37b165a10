"""A complaint and a running procedure are the story; the ask is the need (`topic_grievance`).

Professionals tell what the family complains about and what a service already started before
they ask; the answer reads the ask. The help complained about is still the help wanted (another
Hebamme), the subject of an event asked is named ("Elternabend zu Medien", `topic_subject`), and
an emphatic bare negation refuses a help („ausdrücklich kein Jugendamt“, `topic_refused`).
Look-alikes keep their meaning: a complaint that is itself a danger, a complaint about bullying
with no other ask."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def _topics(assistant: Assistant, text: str) -> tuple[str, ...]:
    answer, _session = assistant.respond(text)
    return tuple(answer.request.topics)


@pytest.mark.parametrize(("text", "wanted", "story"), [
    ("Mutter fühlt sich von der Kita „gemobbt“, Kita hat wegen Hygiene ein §8a-Verfahren "
     "angestoßen. Kind 4, Overberge. Mutter will Kita-Wechsel. Frage: Kita-Wechsel – an wen?",
     "kita_betreuung", "gewaltpraevention"),
    ("Baby 10 Monate, Südkamen. Papa will Babykurs. Familienbüro hat gesagt „haben wir nicht“, "
     "Papa sagt das ist Diskriminierung, will Beschwerde schreiben. Gibt es einen Elternkurs?",
     "elternkurse", "gewaltpraevention"),
])
def test_complaint_is_story_not_need(assistant: Assistant, text: str, wanted: str,
                                     story: str) -> None:
    topics = _topics(assistant, text)
    assert topics[0] == wanted
    assert story not in topics


def test_complaint_word_names_no_need(assistant: Assistant) -> None:
    topics = _topics(assistant, "Mara (10), Lünen-Nord: Eltern beschweren sich, dass in der "
                     "Schule Aufklärung gemacht wurde, wollen ein Aufklärungsangebot für Eltern.")
    assert topics[0] == "sexualpaedagogik"
    assert "gewaltpraevention" not in topics  # "beschweren" read as "beschmieren"


def test_help_complained_about_is_still_wanted(assistant: Assistant) -> None:
    topics = _topics(assistant, "Mama in Oberaden, Baby 6 Wochen. Sie hat sich im KH über die "
                     "Stillberatung beschwert. Gibt's was zum Stillen in Bergkamen?")
    assert "schwangerschaft_geburt" in topics
    assert "psychische_gesundheit" not in topics


def test_subject_of_an_event_is_named(assistant: Assistant) -> None:
    topics = _topics(assistant, "Mutter beschwert sich, die Kita mache zu viel Medien. Sie will "
                     "einen Elternabend zu Medien für alle Eltern. Kita in Holzen.")
    assert "medien_sucht" in topics
    assert "elternkurse" in topics


def test_emphatic_bare_negation_refuses(assistant: Assistant) -> None:
    topics = _topics(assistant, "Junger Vater (20), Säugling, möchte Sorgerecht und Umgang. Er "
                     "wünscht eine Väterberatung – ausdrücklich „kein Jugendamt“. Schwerte.")
    assert "hilfen_zur_erziehung" not in topics


@pytest.mark.parametrize("text", [
    "Kind (5) erzählt zu Hause, die Erzieherin hat es geschlagen und eingesperrt. Mutter will "
    "sich beschweren. Wer hilft? Kamen.",
    "Tochter 13 beschwert sich, dass der Stiefvater sie nachts anfasst. Mutter glaubt ihr "
    "nicht. Was tun? Lünen.",
])
def test_complaint_that_is_a_danger_stays_protection(assistant: Assistant, text: str) -> None:
    assert _topics(assistant, text)[0] == "kinderschutz"


def test_complaint_alone_keeps_its_need(assistant: Assistant) -> None:
    assert "gewaltpraevention" in _topics(
        assistant, "Eltern beschweren sich, dass ihr Sohn (11) in der Klasse gemobbt wird. "
        "Was tun? Selm.")

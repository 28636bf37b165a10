"""A help the family refuses, fears or distrusts is not the need (`topic_refused`).

Professionals name the help a family turns down beside the one it would accept; the answer offers
the accepted one. Look-alikes keep their meaning: an office involved, not refused; a help wished
for; a child's fear of a person; a refusing family of a neglected child still needs protection."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def _topics(assistant: Assistant, text: str) -> tuple[str, ...]:
    answer, _session = assistant.respond(text)
    return tuple(answer.request.topics)


@pytest.mark.parametrize(("text", "wanted", "refused"), [
    ("Eltern lehnen die Erziehungsberatung ab (schlechte Erfahrung), würden aber einen "
     "Elternkurs machen. Sohn 4, Fröndenberg", "elternkurse", "erziehungsberatung"),
    ("Jugendlicher 17 will 'nichts mit Jugendamt zu tun haben'. Wohnen / Verselbständigung "
     "in Selm?", "junge_volljaehrige", "hilfen_zur_erziehung"),
    ("Baby 2 Monate weint viel, Kamen. Nicht Jugendamt bitte, da hat sie Angst.",
     "schreibaby_schlaf", "hilfen_zur_erziehung"),
    ("Kein Jugendamt bitte!! Alleinerziehende Mutter, Kinder 2 und 5, braucht Entlastung. Bönen",
     "alleinerziehende_entlastung", "hilfen_zur_erziehung"),
])
def test_refused_help_is_not_the_need(assistant: Assistant, text: str, wanted: str,
                                      refused: str) -> None:
    topics = _topics(assistant, text)
    assert topics[0] == wanted
    assert refused not in topics


@pytest.mark.parametrize(("text", "topic"), [
    ("Kita will Gespräch mit Jugendamt und Eltern, Sohn 5 schlägt andere Kinder. Welche Hilfen "
     "zur Erziehung gibt es in Selm?", "hilfen_zur_erziehung"),
    ("Mutter will unbedingt Erziehungsberatung, Tochter 6 hat Wutanfälle. Unna-Massen",
     "erziehungsberatung"),
])
def test_help_wished_or_involved_stays(assistant: Assistant, text: str, topic: str) -> None:
    assert topic in _topics(assistant, text)


def test_refusing_family_of_a_neglected_child_needs_protection(assistant: Assistant) -> None:
    assert "kinderschutz" in _topics(
        assistant, "Familie in Bönen, Kind 1 Jahr, Wohnung sehr schmutzig, Kind hat wunden Po "
        "und ist dünn. Mama will keine Hilfe, hat Angst vor Jugendamt.")


def test_childs_fear_of_a_person_is_kept(assistant: Assistant) -> None:
    assert "kinderschutz" in _topics(
        assistant, "Kind 8 hat Angst vor dem Vater, erzählt von Schlägen zuhause. Bönen")

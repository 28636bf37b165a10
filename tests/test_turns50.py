"""Follow-up turns that set conditions, withdraw a wish or go back to a case (turns50).

A conversation about several named cases goes back to one ("Nochmal zu Fall 1: …", "Zurück zum
ersten Fall: …", "Noch mal zu Familie Yilmaz: …") and that case's child and place are meant; a
sibling's turn that asks "für beide" spans both children's ages; a language wish is given up in
more words ("egal in welcher Sprache", "muss nicht Türkisch sein"); a condition on the offer
("aber nur mit Kinderbetreuung") is no need of its own. Look-alikes stay as they were: "es ist
nicht egal welche Sprache", "nur für sie bitte", a new family after named cases. Every sentence
is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.dialogue import Session
from bot.dialogue.case_labels import case_label
from bot.models import Answer
from bot.settings import Settings


def talk(settings: Settings, *turns: str) -> list[Answer]:
    """The answers to a conversation's turns, in order, through the assistant."""
    helper, session, answers = Assistant(settings, log_gaps=False), None, []
    for text in turns:
        answer, session = helper.respond(text, session)
        answers.append(answer)
    return answers


def span(answer: Answer) -> tuple[int, int] | None:
    age = answer.request.age
    return None if age is None else (age.low, age.high)


@pytest.mark.parametrize(("first", "second", "back", "age", "place", "topic"), [
    ("Fall 1: Säugling 7 Monate, Kamen-Methler, Mutter sucht eine Krabbelgruppe.",
     "Fall 2: Mädchen 9 Jahre, Bönen, braucht Nachhilfe in Deutsch.",
     "Nochmal zu Fall 1: die Mutter ist alleinerziehend und braucht Entlastung.",
     (7, 7), "kamen-methler", "alleinerziehende_entlastung"),
    ("Erster Fall: Junge 15 in Schwerte, wird in der Klasse gemobbt.",
     "Zweiter Fall: Kind 2 Jahre, Fröndenberg, Eltern suchen Tagesmutter.",
     "Zurück zum ersten Fall: er möchte auch gern in einen Sportverein.",
     (180, 191), "schwerte", "freizeit_sport_kultur"),
    ("Familie Kaya: Tochter 8, Kamen-Heeren-Werve, braucht Lernhilfe.",
     "Andere Familie: Sohn 1 Jahr, Bergkamen-Rünthe, sucht Tagesmutter.",
     "Noch mal zu Familie Kaya: das Mädchen möchte auch schwimmen lernen.",
     (96, 107), "kamen-heeren-werve", "freizeit_sport_kultur"),
])  # fmt: skip
def test_a_turn_going_back_to_a_named_case_takes_its_child_and_place(
    settings: Settings, first: str, second: str, back: str, age: tuple[int, int], place: str,
    topic: str,
) -> None:
    answer = talk(settings, first, second, back)[-1]
    assert span(answer) == age
    assert answer.request.place == place
    assert topic in answer.request.topics
    assert answer.question is None


def test_a_turn_about_the_open_named_case_keeps_it(settings: Settings) -> None:
    answers = talk(settings,
                   "Protokoll 3.5., Fall 1: Schwangere 25. SSW, Lünen-Süd, sucht Hebamme.",
                   "Fall 2: Kind 6 J., Werne, nässt seit der Trennung ein.",
                   "Zu Fall 2 noch: die Mutter sucht eine Gruppe für Alleinerziehende.")
    assert span(answers[-1]) == (72, 83)
    assert answers[-1].request.place == "werne"
    assert answers[-1].question is None


def test_a_new_family_after_named_cases_is_a_new_case(settings: Settings) -> None:
    answer = talk(settings, "Fall 1: Junge 9, Werne, braucht Nachhilfe.",
                  "Nächster Fall: Baby 3 Monate, Selm, Mutter sucht Babymassage.")[-1]
    assert span(answer) == (3, 3)
    assert answer.request.place == "selm"


def test_the_named_cases_survive_the_session_store(settings: Settings) -> None:
    helper = Assistant(settings, log_gaps=False)
    session = None
    for text in ("Fall 1: Junge 9, Werne, braucht Nachhilfe.",
                 "Fall 2: Mädchen 3, Selm, sucht Kitaplatz."):
        _answer, session = helper.respond(text, session)
    stored = Session.from_json(session.to_json())
    assert stored.label == "fall:2"
    assert [key for key, _request in stored.cases] == ["fall:1"]
    answer, _session = helper.respond("Zurück zu Fall 1: er möchte auch Fußball spielen.", stored)
    assert answer.request.place == "werne"


@pytest.mark.parametrize(("text", "label"), [
    ("Fall 3: Junge 4", "fall:3"),
    ("Fallberatung 12.11., Fall 1: Schwangere", "fall:1"),
    ("Zweiter Fall: Kind 2 Jahre", "fall:2"),
    ("Familie Kaya: Tochter 8", "familie:kaya"),
    ("Familie mit Kleinkind: 18 Monate", None),
    ("familie aus syrien: kind 4", None),
    ("Kind 4 Jahre, Kamen, Fall für die Kita", None),
])  # fmt: skip
def test_the_name_a_turn_gives_its_case(text: str, label: str | None) -> None:
    assert case_label(text) == label


@pytest.mark.parametrize(("first", "sibling", "age"), [
    ("Mädchen 4 Jahre, Lünen-Brambauer, schon mehrere Löcher in den Zähnen.",
     "Der kleine Bruder ist 2 und hat auch Karies – bitte für beide.", (24, 59)),
    ("Junge 7 Jahre, Werne, braucht nachmittags Betreuung, OGS ist voll.",
     "Seine Schwester ist 10, gerne etwas für beide Kinder.", (84, 131)),
])  # fmt: skip
def test_for_both_spans_both_children(
    settings: Settings, first: str, sibling: str, age: tuple[int, int]
) -> None:
    assert span(talk(settings, first, sibling)[-1]) == age


def test_a_sibling_alone_keeps_that_childs_age(settings: Settings) -> None:
    answer = talk(settings, "Junge 6, Holzwickede, starkes Übergewicht, sucht Bewegungsangebot.",
                  "Die ältere Schwester, 13, braucht ebenfalls was, aber nur für sie bitte.")[-1]
    assert span(answer) == (156, 167)


@pytest.mark.parametrize("waiver", [
    "ok, muss nicht türkisch sein, egal in welcher sprache",
    "Egal in welcher Sprache, Hauptsache bald.",
])
def test_a_language_given_up_keeps_the_need(settings: Settings, waiver: str) -> None:
    before, after = talk(settings, "Junge 9, Werne, braucht Nachhilfe, auf Türkisch bitte.", waiver)
    assert before.request.languages == ("tr",)
    assert after.request.languages == ()
    assert after.request.topics == before.request.topics


def test_a_language_that_matters_stays(settings: Settings) -> None:
    after = talk(settings, "Junge 3, Kamen, Sprachentwicklung verzögert, Sprachförderung auf "
                 "Arabisch bitte.",
                 "Es ist nicht egal welche Sprache, die Oma kann nur Arabisch.")[-1]
    assert after.request.languages == ("ar",)


def test_a_condition_on_the_offer_is_no_need(settings: Settings) -> None:
    after = talk(settings, "Kind 5 Jahre, Unna-Massen, soll vor der Schule Deutsch lernen.",
                 "Und die Mutter möchte selbst Deutsch lernen, aber nur wenn es "
                 "Kinderbetreuung gibt.")[-1]
    assert "kita_betreuung" not in after.request.topics
    assert span(after) == (60, 71)


def test_a_condition_alone_keeps_the_case(settings: Settings) -> None:
    before, after = talk(settings, "Mädchen 12 Jahre, Bergkamen, Eltern suchen Erziehungsberatung.",
                         "Aber nur wenn es abends geht, die Eltern arbeiten Schicht.")
    assert after.request.topics[0] == before.request.topics[0]  # the explanation is context
    assert span(after) == (144, 155)
    assert after.question is None


@pytest.mark.parametrize("opening", ["ny familj:", "keluarga lain:"])
def test_a_new_family_in_the_familys_language_is_a_new_case(settings: Settings,
                                                            opening: str) -> None:
    """"ny familj" / "keluarga lain" open a new case as "neue Familie" does: the last child's
    need and place do not stay with the baby."""
    answers = talk(settings, "flicka 6 år, OGS-plats i Massen? mamma arbetar till 16:30",
                   f"{opening} bebis 2 månader, skriker hela kvällarna")
    request = answers[-1].request
    assert (request.age.low, request.age.high) == (2, 2)
    assert "ogs_ganztag" not in request.topics
    assert "schreibaby_schlaf" in request.topics
    assert request.place is None

"""Conversations whose later turn must not lose the case (session 45's class, `tests/data/conv45/`).

A language wished later without offers in it stays a gap; a question picking among the
offers shown ("Welche davon …?") keeps the case's need and age; a
place corrected beside where the asker meets the child ("trainiert bei uns") keeps the need; a
baby's hospital stay that outlasts its first month makes the assistant ask the age; Turkish
words for starting school are the school entry. Sentences are our own, none taken from an
evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.talking import talk

MIGRATION = "migration_integration"

LANGUAGE_GAP = [
    # look-alikes: nothing told beside the need, so a language without offers stays a gap
    ("Schwangere, 24, sucht Geburtsvorbereitung in Werne.", "Sie spricht nur Polnisch."),
    ("Junge, 12, aus Afghanistan, spielt gern Fußball, Verein in Lünen gesucht",
     "Der Vater versteht nur Farsi"),
]


@pytest.mark.parametrize("turns", LANGUAGE_GAP)
def test_a_language_without_offers_stays_a_gap(catalogue: Catalogue,
                                               turns: tuple[str, ...]) -> None:
    answer = talk(catalogue, *turns)
    assert answer.gap is not None


AMONG_SHOWN = [
    # (turns, the need the case keeps, its age)
    (("Junge, 9, braucht Hilfe bei den Hausaufgaben, Familie bezieht Bürgergeld, Unna.",
      "Welche davon sind nah an der Schule?"), "lernfoerderung", AgeRange(108, 119)),
    (("Tochter 4 spricht kaum Deutsch, Sprachförderung in Bergkamen?",
      "Ist davon auch eins nachmittags?"), "sprachfoerderung", AgeRange(48, 59)),
    (("Kid aged 10 needs tutoring in maths, we live in Schwerte.",
      "Which of them is close to the station?"), "lernfoerderung", AgeRange(120, 131)),
]


@pytest.mark.parametrize(("turns", "need", "age"), AMONG_SHOWN)
def test_a_pick_among_the_offers_shown_keeps_the_case(catalogue: Catalogue,
                                                      turns: tuple[str, ...], need: str,
                                                      age: AgeRange) -> None:
    answer = talk(catalogue, *turns)
    assert need in answer.request.topics
    assert answer.request.age == age


def test_one_of_the_children_is_no_pick_among_offers(catalogue: Catalogue) -> None:
    # look-alike: "davon" about the children tells an age
    answer = talk(catalogue, "Geschwister in Lünen brauchen Nachhilfe.", "Einer davon ist 12.")
    assert answer.request.age == AgeRange(144, 155)


PLACE_BESIDE_WHERE_MET = [
    ("Junge, 14, aus Syrien, kann noch kein Deutsch, gibt's was für die Familie?", "Bönen",
     "ne, die wohnen in Kamen, trainieren tut er bei uns", "kamen"),
    # look-alike: where the asker meets the child told by a place of its own
    ("Neue Schülerin, 9, aus Eritrea, spricht kein Deutsch, Selm", "Selm",
     "sorry, die Familie lebt in Werne, Fußball spielt sie bei uns", "werne"),
]


@pytest.mark.parametrize(("first", "place", "corrected", "key"), PLACE_BESIDE_WHERE_MET)
def test_a_corrected_place_keeps_the_need(catalogue: Catalogue, first: str, place: str,
                                          corrected: str, key: str) -> None:
    before = talk(catalogue, first, place)
    answer = talk(catalogue, first, place, corrected)
    assert answer.request.place == key
    assert set(answer.request.topics) == set(before.request.topics)


OUTLIVED = [
    # (message, ask the age?)
    ("Frühchen wird nach 6 Wochen Kinderklinik entlassen, Eltern in Bönen wünschen "
     "Nachsorge.", True),
    ("Nach zwei Monaten auf der Intensivstation darf das Frühchen nach Hause, Familie wohnt in "
     "Werne, Familienhebamme gesucht.", True),
    # look-alikes: a short stay, or the baby's own age in weeks
    ("Frühchen wird nach 10 Tagen entlassen, Familienhebamme in Bönen gesucht.", False),
    ("Frühchen, 6 Wochen alt, Familienhebamme in Bönen gesucht.", False),
]


@pytest.mark.parametrize(("text", "asks"), OUTLIVED)
def test_a_stay_beyond_the_first_month_asks_the_age(catalogue: Catalogue, text: str,
                                                    asks: bool) -> None:
    answer = talk(catalogue, text)
    asked = answer.question is not None and answer.question.kind == "age"
    assert asked is asks


SCHOOL_ENTRY_TR = [
    "Merhaba, kızım seneye okula başlayacak, 5 yaşında. Unna'da bir şey var mı?",
    "oğlum 5 yaşında, okula hazırlık kursu arıyorum, Lünen",
]


@pytest.mark.parametrize("text", SCHOOL_ENTRY_TR)
def test_turkish_school_start_is_the_school_entry(catalogue: Catalogue, text: str) -> None:
    assert "uebergang_kita_schule" in talk(catalogue, text).request.topics


def test_turkish_school_refusal_stays_school_work(catalogue: Catalogue) -> None:
    # look-alike: not going to school is no school entry
    answer = talk(catalogue, "oğlum 9 yaşında, okula gitmiyor, Kamen")
    assert "uebergang_kita_schule" not in answer.request.topics

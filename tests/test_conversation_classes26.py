"""Later turns (round 26) in the professional's own words, combined with the case already told.

An addendum opening ("Ergänzend:") is no need word; a language wish whose only age is a Kita's
stage keeps the case's need; a language named in a turn of another language ("Arabic mein bhi
chalega") is wished for the case; one unsure number near the child's age in a turn that says
nothing else corrects it; a clause restating the age as a school year is no need; a new case
whose child is named only by a life stage ("mit nem Baby") keeps the stage's offers and asks the
age. Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

SINGLE = "Alleinerziehende Mutter, Tochter 3, sucht Entlastung in Kamen"
KITA = "Junge 2 Jahre, die Familie sucht dringend einen Kitaplatz in Bergkamen"
TEEN = "Beta 10 saal, Unna-Massen, school mein bahut ladai karta hai, Schulsozialarbeit?"
PUPIL = "Mädchen, 8, wird in der Schule gemobbt, Eltern ratlos, Selm"


@pytest.mark.parametrize(("first", "addendum", "language"), [
    (SINGLE, "Ergänzend: Die Mutter wünscht nach Möglichkeit eine Beratung auf Polnisch.", "pl"),
    (PUPIL, "Ergänzung: Gespräche bitte möglichst auf Arabisch.", "ar"),
])  # fmt: skip
def test_an_addendum_opening_names_no_need(
    catalogue: Catalogue, first: str, addendum: str, language: str
) -> None:
    before, after = talk(catalogue, first, addendum)
    assert after.request.languages == (language,)
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.age == before.request.age


def test_a_kita_language_wish_keeps_the_kita_need(catalogue: Catalogue) -> None:
    """"Kita" beside the language reads 3–6 years: no child of its own, the 2-year-old stays."""
    before, after = talk(catalogue, KITA, "Rusça konuşan bir Kita olursa iyi olur, anne "
                                          "Almanca bilmiyor")  # fmt: skip
    assert after.request.languages == ("ru",)
    assert "kita_betreuung" in after.request.topics
    assert after.request.age == before.request.age


@pytest.mark.parametrize(("wish", "language"), [
    ("Farsi mein bhi chalega, ghar pe sab Farsi bolte hain", "fa"),
    ("Polish ho to aur acha, maa Poland se hai", "pl"),
    ("would be lovely if they speak Russian, the mum is from Kazakhstan", "ru"),
])  # fmt: skip
def test_a_language_named_in_another_language_is_wished(
    catalogue: Catalogue, wish: str, language: str
) -> None:
    before, after = talk(catalogue, PUPIL, wish)
    assert after.request.languages == (language,)
    assert set(before.request.topics) <= set(after.request.topics)
    assert after.request.place == "selm"


@pytest.mark.parametrize("turn", [
    "die Mutter kann kein Englisch",  # a negated name is no wish
    "Nachhilfe in Englisch bräuchte sie auch",  # a school subject
])  # fmt: skip
def test_a_language_named_otherwise_is_no_wish(catalogue: Catalogue, turn: str) -> None:
    _before, after = talk(catalogue, PUPIL, turn)
    assert after.request.languages == ()


@pytest.mark.parametrize(("first", "correction", "age"), [
    (TEEN, "nahi bhai, woh 11 ka hai, pichle mahine birthday tha", (132, 143)),
    (PUPIL, "nahi yaar, woh 9 ka hai, pichle mahine birthday tha", (108, 119)),
])  # fmt: skip
def test_one_unsure_age_near_the_childs_corrects_it(
    catalogue: Catalogue, first: str, correction: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, first, correction)
    assert after.request.age == AgeRange(*age)
    assert after.request.place == before.request.place
    assert set(after.request.topics) == set(before.request.topics)


def test_an_unsure_age_far_from_the_childs_corrects_nothing(catalogue: Catalogue) -> None:
    """"uska bhai toh 17 ka hai": years away from the girl of 8, another person."""
    before, after = talk(catalogue, PUPIL, "acha, uska bhai toh 17 ka hai, woh bhi ghar pe "
                                           "rehta hai")  # fmt: skip
    assert after.request.age == before.request.age


@pytest.mark.parametrize(("correction", "age"), [
    ("nee warte, die ist 7, zweite Klasse", (84, 95)),
    ("sorry, she's 9 actually, in year 4", (108, 119)),
])  # fmt: skip
def test_a_school_year_restating_the_age_is_no_need(
    catalogue: Catalogue, correction: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, PUPIL, correction)
    assert after.request.age == AgeRange(*age)
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.place == "selm"


@pytest.mark.parametrize("first", [
    "Vater mit Säugling, kommt mit dem Schreien nicht klar, Lünen-Süd",
    "eine Mama mit nem Baby sucht Anschluss, sie wohnt in Werne",
    "Family with a toddler just moved to Schwerte, looking for a playgroup",
    "Babymassage in Unna-Königsborn?",  # a need word naming the stage: offers by months too
])  # fmt: skip
def test_a_child_named_only_by_its_stage_is_asked_its_age(catalogue: Catalogue,
                                                          first: str) -> None:  # fmt: skip
    (answer,) = talk(catalogue, first)
    assert answer.question is not None and answer.question.kind == "age"
    assert answer.request.age is not None and answer.request.age.high <= 35  # the stage's offers
    assert all(h.offer.age_min is None or h.offer.age_min <= 35 for h in answer.offers)


@pytest.mark.parametrize("first", [
    "Treffpunkt für Mütter mit Babys in Kamen",  # a group's stage
    "Neugeborenes, Mutter allein, Fröndenberg",  # an exact stage is the age
    "Mutter mit Baby, 4 Monate, sucht eine Krabbelgruppe in Bönen",  # the age is told
])  # fmt: skip
def test_a_stage_that_is_the_need_or_an_age_asks_nothing(catalogue: Catalogue,
                                                         first: str) -> None:  # fmt: skip
    (answer,) = talk(catalogue, first)
    assert answer.question is None


def test_the_asked_age_then_replaces_the_stage(catalogue: Catalogue) -> None:
    first, second = talk(catalogue, "eine Mama mit nem Baby sucht Anschluss, sie wohnt in Werne",
                         "das baby ist sieben wochen alt")  # fmt: skip
    assert second.request.age == AgeRange(1, 1)
    assert second.request.place == first.request.place
    assert second.question is None

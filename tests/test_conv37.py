"""Turns that refer back to the family, answer for several children, correct or close a talk
(session 37's class, `tests/data/conv37/`).

A family's children told with their ages stay known after a turn about one of them ("Für die
Große …", then "Und für den Kleinen?"); the ages of several children answering "Wie alt ist das
Kind?" are the family's span; a turn opening with "beide" or a note's "+" goes on about the case;
a corrected age explained by the child's group keeps the need; "5 nicht 4" answers 5; a wish that
closes the talk ("schönes Wochenende!") is thanks.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange, Prompt
from tests.talking import talk

OTHER_END = [
    # (turns, the age of the child the last turn names by its place among the children)
    (("Familie in Brambauer mit Mädchen 12 und Jungen 4, Mutter überfordert, Vater weg.",
      "Für die Große bräuchte es was Eigenes, sie sitzt nur am Handy.",
      "Und für den Kleinen? Der spricht noch sehr undeutlich."), (48, 59)),
    (("Familie in Brambauer mit Mädchen 12 und Jungen 4, Mutter überfordert, Vater weg.",
      "Für den Kleinen erstmal Sprachförderung.",
      "Und für die Große? Die sitzt nur am Handy."), (144, 155)),
    (("Mutter sucht Sprachförderung für ihre Kinder, wohnen in Unna", "3 und 5",
      "vor allem für den Kleinen", "und für den Großen?"), (60, 71)),
]


@pytest.mark.parametrize(("turns", "age"), OTHER_END)
def test_the_other_child_of_a_family_keeps_its_age(catalogue: Catalogue, turns: tuple[str, ...],
                                                   age: tuple[int, int]) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age == AgeRange(*age)
    assert answer.question is None


SEVERAL_ANSWERED = [
    # (case without an age, answer, the family's span)
    ("Mutter sucht Sprachförderung für ihre Kinder, wohnen in Unna", "die Große 5, der Kleine 3",
     (36, 71)),
    ("Mutter sucht Nachhilfe für ihre Kinder in Unna", "Sohn 9, Tochter 12", (108, 155)),
    ("Mutter mit zwei Kindern sucht Ferienbetreuung in Fröndenberg", "7 und 9", (84, 119)),
]


@pytest.mark.parametrize(("case", "answer", "age"), SEVERAL_ANSWERED)
def test_several_ages_answering_the_age_question_are_the_span(
        catalogue: Catalogue, case: str, answer: str, age: tuple[int, int]) -> None:
    first = talk(catalogue, case)
    assert first.question is not None and first.question.kind == "age"
    after = talk(catalogue, case, answer)
    assert after.request.age == AgeRange(*age)
    assert after.request.topics == first.request.topics


REFERS_BACK = [
    # (turns, the age that stays, the place now)
    (("Mutter mit zwei Kindern sucht Ferienbetreuung in den Sommerferien in Fröndenberg.",
      "7 und 9", "beide gehen in die OGS in Fröndenberg-Mitte, wohnen auch da"),
     (84, 119), "froendenberg-mitte"),
    (("Zwillinge, 3 Jahre, Sprachförderung in Unna", "Both go to a Kita in Massen, actually"),
     (36, 47), "unna-massen"),
    (("HB Kamen-Derne: Ki. 8 Mo., KM alleinerz., kein Geld für Erstausstattung. Zuschuss?",
      "+ sucht Krabbelgr. in Derne."), (8, 8), "kamen-derne"),
]


@pytest.mark.parametrize(("turns", "age", "place"), REFERS_BACK)
def test_a_turn_about_all_the_children_or_a_note_goes_on_about_the_case(
        catalogue: Catalogue, turns: tuple[str, ...], age: tuple[int, int], place: str) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age == AgeRange(*age)
    assert answer.request.place == place
    assert answer.question is None


def test_a_new_family_opening_with_a_need_still_asks_its_age(catalogue: Catalogue) -> None:
    # the counterpart: no "beide", no "+": another family, whose age is not the last one's
    answer = talk(catalogue, "HB Kamen-Derne: Ki. 8 Mo., Zuschuss für Erstausstattung?",
                   "Andere Familie: sucht Krabbelgruppe in Derne.")
    assert answer.request.age is None
    assert answer.question is not None and answer.question.kind == "age"


CORRECTED = [
    # (case, correction, age after it, the need that stays)
    ("Kita in Weddinghofen sucht Frühförderung für ein Mädchen, 3 Jahre, läuft sehr unsicher.",
     "sorry, 2 natürlich, sie ist bei uns in der U3-Gruppe", (24, 35), "fruehfoerderung"),
    ("Kind 4 sucht Sprachförderung in Methler", "5 nicht 4", (60, 71), "sprachfoerderung"),
    ("Kind braucht Nachhilfe in Bönen", "fünf, nicht vier", (60, 71), "lernfoerderung"),
]


@pytest.mark.parametrize(("case", "turn", "age", "need"), CORRECTED)
def test_a_corrected_age_keeps_the_need(catalogue: Catalogue, case: str, turn: str,
                                        age: tuple[int, int], need: str) -> None:
    answer = talk(catalogue, case, turn)
    assert answer.request.age == AgeRange(*age)
    assert answer.request.topics == (need,)


def test_a_sibling_said_to_need_it_too_is_that_child(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Jugendlicher kifft, Eltern suchen Beratung, Lünen", "fünfzehn",
                   "und seine Schwester, 13, auch")
    assert answer.request.age == AgeRange(156, 167)


@pytest.mark.parametrize("closing", [
    "super, das hilft uns sehr weiter. schönes wochenende!",
    "Danke, schönen Tag noch!",
    "ok, bis bald",
    "thanks, have a nice weekend",
])
def test_a_wish_that_closes_the_talk_is_thanks(catalogue: Catalogue, closing: str) -> None:
    first = talk(catalogue, "Kind 4 sucht Sprachförderung in Methler")
    answer = talk(catalogue, "Kind 4 sucht Sprachförderung in Methler", closing)
    assert answer.prompt == Prompt.THANKS
    assert answer.request.age == first.request.age
    assert answer.request.place == first.request.place


CORRECTED_WITH_MORE = [
    # (case, correction, age after it, place after it, the need that stays)
    ("Sohn 16 schwänzt Schule, Werne", "die Mutter sagt, er ist 15", (180, 191), "werne",
     "schulsozialarbeit"),
    ("Schülerin 13 Essstörung Holzwickede", "sie ist 12, nicht 13, und wohnt in Opherdicke",
     (144, 155), "holzwickede-opherdicke", "psychische_gesundheit"),
]


@pytest.mark.parametrize(("case", "turn", "age", "place", "need"), CORRECTED_WITH_MORE)
def test_a_correction_told_by_a_parent_or_with_a_place_is_the_same_child(
        catalogue: Catalogue, case: str, turn: str, age: tuple[int, int], place: str,
        need: str) -> None:
    answer = talk(catalogue, case, turn)
    assert answer.request.age == AgeRange(*age)
    assert answer.request.place == place
    assert need in answer.request.topics


def test_a_parents_own_age_is_still_no_childs(catalogue: Catalogue) -> None:
    # the counterpart: the mother's age, said of her, leaves the child's as it was
    answer = talk(catalogue, "Baby 4 Monate, Krabbelgruppe in Kamen",
                   "die Mutter ist übrigens erst 19")
    assert answer.request.age == AgeRange(4, 4)

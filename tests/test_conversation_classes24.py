"""Turns after the first (round 24): what a later turn replaces, what it keeps, whose age it tells.

An age statement ("Korrektur: er ist laut Akte bereits 6", "sie ist inzwischen 9, hatte letzte
Woche Geburtstag") corrects the age and keeps the need, the place and the language, whatever its
words of degree, source or mistake resemble. An age told of someone else (a parent, the pregnant
woman, a person the case told of beside the child, someone "selbst") leaves the child's age as it
was. A language withdrawn in the family's language ("va bene anche in tedesco") goes; a move told
as done ("ist … nach Selm gezogen") changes the place only. A child named as someone's sibling
("Geschwisterkind eines Frühchens") is not as old as that someone: its age is asked. Every sentence
here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.age_statements import age_statement
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

SPEECH = "Sprachförderung für einen Jungen, 3 Jahre, in Kamen-Methler"
COUNSEL = "Erziehungsberatung für ein Mädchen (11) in Lünen, die Eltern streiten ständig"


@pytest.mark.parametrize(("first", "correction", "age"), [
    (SPEECH, "Korrektur: der Junge ist laut Akte bereits 4 Jahre alt.", (48, 59)),
    (SPEECH, "sorry, er ist schon 4, hab mich verschrieben", (48, 59)),
    (SPEECH, "die Kita meint, er ist eigentlich schon 4", (48, 59)),
    (SPEECH, "Ach nein, er ist inzwischen 4, hatte gestern Geburtstag.", (48, 59)),
    (COUNSEL, "Ergänzung: sie ist erst 10, ich hatte mich in der Liste verlesen.", (120, 131)),
    (COUNSEL, "Correction: she's actually 12, I misread the file.", (144, 155)),
    (COUNSEL, "nee, die ist zwölf, zahlendreher", (144, 155)),
])  # fmt: skip
def test_an_age_correction_keeps_the_need_and_the_place(
    catalogue: Catalogue, first: str, correction: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, first, correction)
    assert after.request.age == AgeRange(*age)
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.place == before.request.place
    assert after.question is None


def test_a_teenager_s_age_for_a_pre_schooler_is_a_typo_corrected(catalogue: Catalogue) -> None:
    _first, after = talk(catalogue, "Kind 4 J. in Unna, sehr aggressiv, Eltern suchen Beratung",
                         "er ist 14")
    assert after.request.age == AgeRange(168, 179)


def test_a_correction_keeps_the_language_asked_for(catalogue: Catalogue) -> None:
    *_, after = talk(catalogue, COUNSEL, "geht das auch auf Polnisch?",
                     "Korrektur: sie ist laut Schule bereits 12.")
    assert after.request.languages == ("pl",)
    assert after.request.age == AgeRange(144, 155)
    assert "erziehungsberatung" in after.request.topics


BABY = "Baby, 4 Monate, in Bönen, die Mutter ist völlig erschöpft und hat niemanden"
PREGNANT = "Klientin ist in der 20. SSW und sucht eine Hebamme in Werne"
TRAINEE = ("Unser Praktikant (19) ist gerade Vater geworden, das Baby ist 2 Monate, sie wohnen "
           "in Unna")


@pytest.mark.parametrize(("first", "told"), [
    (BABY, "die Mutter ist übrigens erst 18"),
    (BABY, "sie ist selbst erst 17"),
    (BABY, "sie ist erst 19 btw"),
    (BABY, "der Vater ist 41"),
    (PREGNANT, "die ist übrigens erst 19"),
    (PREGNANT, "sie ist selber erst 16"),
    (TRAINEE, "Nachtrag: der Praktikant ist eigentlich schon 20"),
])  # fmt: skip
def test_an_age_told_of_someone_else_keeps_the_child_s(
    catalogue: Catalogue, first: str, told: str
) -> None:
    before, after = talk(catalogue, first, told)
    assert after.request.age == before.request.age
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.place == before.request.place
    assert after.question is None


@pytest.mark.parametrize("waiver", [
    "va bene anche in tedesco, dice la mamma",
    "vale, en alemán también está bien",
    "d'accord, en allemand ça va aussi",
    "tudo bem, em alemão também serve",
])  # fmt: skip
def test_a_language_withdrawn_in_another_language_keeps_the_need(
    catalogue: Catalogue, waiver: str
) -> None:
    first, wished, after = talk(catalogue, COUNSEL, "auf Italienisch wäre schön", waiver)
    assert wished.request.languages == ("it",)
    assert after.request.languages == ()
    assert set(after.request.topics) == set(first.request.topics)
    assert after.request.age == first.request.age


def test_a_move_told_as_done_changes_only_the_place(catalogue: Catalogue) -> None:
    first, moved = talk(catalogue, COUNSEL, "Nachtrag: Die Mutter ist mit ihr übergangsweise zur "
                        "Oma nach Selm gezogen.")
    assert moved.request.place == "selm"
    assert set(moved.request.topics) == set(first.request.topics)
    assert moved.request.age == first.request.age


@pytest.mark.parametrize(("first", "answer", "age"), [
    ("Hilfe für die große Schwester eines Frühchens in Kamen, sie ist seit der Geburt total "
     "eifersüchtig und aggressiv", "sie ist 6", (72, 83)),
    ("Geschwisterkind von einem Säugling mit Herzfehler, der Junge nässt wieder ein, Familie "
     "wohnt in Werne", "er ist 5", (60, 71)),
])  # fmt: skip
def test_a_sibling_is_not_as_old_as_the_child_it_is_the_sibling_of(
    catalogue: Catalogue, first: str, answer: str, age: tuple[int, int]
) -> None:
    asked, answered = talk(catalogue, first, answer)
    assert asked.question is not None and asked.question.kind == "age"
    assert answered.request.age == AgeRange(*age)
    assert answered.request.place == asked.request.place


def test_a_sibling_s_own_age_beside_the_other_child_stays(catalogue: Catalogue) -> None:
    (answer,) = talk(catalogue, "Bruder (7) eines Säuglings, zieht sich zurück, Unna")
    assert answer.request.age == AgeRange(84, 95)


@pytest.mark.parametrize("turn", [
    "er ist 14 und kifft seit Monaten",  # a need beside the age
    "die Schwester ist 4",  # another child
    "ein Junge ist 5 und spricht kaum",  # another child, introduced
    "sie ist schwanger",  # a state, no age
    "sie ist in der 30. SSW",
])  # fmt: skip
def test_a_turn_that_says_more_than_an_age_is_no_age_statement(turn: str) -> None:
    assert age_statement(turn) is None


@pytest.mark.parametrize(("turn", "age"), [
    ("Korrektur: Das Kind ist laut Jugendamt bereits 7 Jahre alt.", (84, 95)),
    ("er ist 3;4, stand falsch im Befund", (40, 40)),
    ("sie ist knapp 2", (24, 35)),
    ("he's 9 now", (108, 119)),
])  # fmt: skip
def test_an_age_statement_is_read_with_its_age(turn: str, age: tuple[int, int]) -> None:
    statement = age_statement(turn)
    assert statement is not None and statement.age == AgeRange(*age)


@pytest.mark.parametrize(("correction", "place"), [
    ("Korrektur: die Familie wohnt laut Jugendamt bereits in Werne, nicht in Lünen.", "werne"),
    ("Ergänzung: die wohnen eigentlich in Selm-Bork, ich hatte die alte Adresse notiert",
     "selm-bork"),
])  # fmt: skip
def test_a_place_correction_keeps_the_need(
    catalogue: Catalogue, correction: str, place: str
) -> None:
    before, after = talk(catalogue, COUNSEL, correction)
    assert after.request.place == place
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.age == before.request.age


def test_a_residence_with_a_need_beside_it_names_that_need(catalogue: Catalogue) -> None:
    *_, after = talk(catalogue, COUNSEL, "sie wohnt in Selm und braucht auch Nachhilfe")
    assert after.request.place == "selm"
    assert "lernfoerderung" in after.request.topics

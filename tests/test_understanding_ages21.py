"""Age classes found in h10ab (session 21), each with sentences written for this file.

Hedged number words after the children ("vielleicht drei und fünf") are their ages; a minor named
by a role noun ("die Braut", "der Bräutigam") has the age its clause's copula gives, also when the
copula closes the clause ("laut Pass erst 16 ist"); a school need (Schulanmeldung, OGS, homework)
is the school children's, not a baby's named in passing, while a household need spans the baby
too; Romanian months ("7 luni") are the child's age and a premature birth's week ("32+1") is
none; a Kita place asked for one of two children whose age is not said makes the assistant ask,
whatever words the need was read from.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.test_conversation_turn_forms import talk


def _age(catalogue: Catalogue, text: str) -> tuple[int, int] | None:
    age = understand(text, catalogue).age
    return (age.low, age.high) if age else None


@pytest.mark.parametrize(("text", "age"), [
    ("hab gesehen wie er sie geschubst hat die zwei kleinen haben geweint vielleicht drei und "
     "sechs was soll ich tun", (36, 83)),
    ("Zwei Mädchen, schätzungsweise acht und elf, saßen nachts im Treppenhaus in Unna.", (96, 143)),
    ("Die Kinder sind so ungefähr zwei vier und sechs die Mutter ist nicht da", (24, 83)),
    ("the two little ones, maybe 3 and 5, were alone in the car", (36, 71)),
])  # fmt: skip
def test_hedged_ages_after_the_children_are_their_ages(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    assert _age(catalogue, text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Uns fiel auf, dass die Braut aus Kamen laut Pass erst 16 ist. Wer hilft ihr?", (192, 203)),
    ("Der Bräutigam ist nach seinem Ausweis gerade einmal 17, Beratung in Unna?", (204, 215)),
    ("Die Pflegetochter ist seit Kurzem schon 13 und schwänzt, Hilfe in Werne?", (156, 167)),
])  # fmt: skip
def test_a_role_nouns_age_is_read_by_the_copula_of_its_clause(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    assert _age(catalogue, text) == age


def test_a_parents_age_by_a_far_copula_stays_the_parents(catalogue: Catalogue) -> None:
    text = "Die Mutter ist laut Akte erst 17, das Baby 2 Monate, Hebamme in Selm?"
    assert _age(catalogue, text) == (2, 2)


@pytest.mark.parametrize(("text", "age"), [
    ("Mdl. 14 zieht zur Tante nach Unna, Jugendtreff gesucht", (168, 179)),
    ("Mdl. w, 16, aus SOM, braucht Deutschkurs in Kamen", (192, 203)),
    ("Mdl. m 12 neu in der Pflegefamilie in Bönen", (144, 155)),
])  # fmt: skip
def test_a_ward_abbreviated_mdl_has_the_age_after_it(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    assert _age(catalogue, text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Family in Unna, kids 7 and 10 need help with school registration, plus a baby.", (84, 131)),
    ("Kinder 6 und 9 und ein Baby, die Großen brauchen einen OGS-Platz in Kamen", (72, 119)),
    ("Kinder 6 und 9 und ein Baby, Familie ist wohnungslos, Hilfe in Kamen", (0, 119)),
])  # fmt: skip
def test_a_school_need_is_the_school_childrens_and_a_household_need_everyones(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    assert _age(catalogue, text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Gemeni 4 luni, Frühchen (31+2), mama caută grup, Werne", (4, 4)),
    ("Bebeluș 6 luni, născut la 33+4, plânge mult, Unna", (6, 6)),
    ("un băiețel de 10 luni, Krabbelgruppe in Kamen", (10, 10)),
])  # fmt: skip
def test_romanian_months_are_the_age_and_a_birth_week_none(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    assert _age(catalogue, text) == age


@pytest.mark.parametrize("first", [
    "Hi! Family just moved from Syria to Kamen, two kids. They need a Kita place for the "
    "younger one.",
    "Familie aus dem Irak neu in Werne, zwei Kinder. Für das jüngere suchen sie einen Kita-Platz.",
])  # fmt: skip
def test_a_kita_place_for_one_of_two_children_asks_for_the_age(
    catalogue: Catalogue, first: str
) -> None:
    answer, reply = talk(catalogue, first, "she's 2")
    assert answer.question is not None and answer.question.kind == "age"
    assert answer.request.age is None
    assert reply.request.age is not None and (reply.request.age.low, reply.request.age.high) == (
        24, 35)

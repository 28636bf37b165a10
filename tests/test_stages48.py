"""The child told by its stage and the step that comes next (stages48).

Professionals at a transition of the Präventionskette tell the child by its group and the move
ahead ("Wechsel U3 → Ü3"), count terms that are no age ("2 Monate Elternzeit", "Therapie seid
zwei Jahren"), and tell the age today beside one of another moment ("geb. 2024, jetzt 15
Monate", "ist dann 4 Monate, jetzt 2"). The look-alikes keep their reading.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def _age(assistant: Assistant, text: str) -> tuple[int, int] | None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    return None if age is None else (age.low, age.high)


@pytest.mark.parametrize(("text", "age"), [
    # a move from one group into the next: the last year before it
    ("Wechsel von der U3- in die Ü3-Gruppe steht bei ihm im Sommer an, Eltern haben Angst. "
     "Beratung in Werne?", (24, 35)),
    ("Übergang U3 → Ü3 im Familienzentrum: Familien wünschen einen Elternkurs. Lünen", (24, 35)),
    # a count of parents is nobody's age: the group stays the answer
    ("Which Kita in Bönen has U3 places for employees' kids? ~15 parents are interested.",
     (0, 35)),
    # a leave's or a therapy's length is no age
    ("Vater nimmt ab Juni drei Monate Elternzeit, die Tochter ist 8 Monate. Holzwickede", (8, 8)),
    ("he takes 2 months Elternzeit from March, daughter is 11 months. Unna", (11, 11)),
    ("Junge, 10, ist seid 2 Jahren in Therapie wegen ADHS, Beratung in Unna", (120, 131)),
    # the age told today outranks a birth year and an age of a coming moment
    ("Kind Jg. 2023, aktuell 20 Monate, Sprachentwicklung verzögert. Selm", (20, 20)),
    ("Papa geht ab Mai in Elternzeit, Baby ist dann 4 Monate, jetzt 2 Monate alt. Selm", (2, 2)),
    # the Ruhr's "einz"
    ("ne mutti hat en kind dat is einz, gibbet ne kita in holzwickede", (12, 23)),
])
def test_stage_and_step_read_as_today(assistant: Assistant, text: str, age: tuple[int, int]):
    assert _age(assistant, text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Unser Sohn ist jetzt drei und seit dem Sommer in der Kita. Sprachförderung Bergkamen?",
     (36, 47)),
    ("Kind ist 3 Jahre, seit zwei Jahren in Frühförderung, jetzt Kita-Wechsel. Kamen", (36, 47)),
    ("Mutter war zwei Jahre in Elternzeit, Sohn ist 2, sie sucht eine Tagesmutter in Selm",
     (24, 35)),
    # alone, "ist dann 3" stays the age at the moment the care begins (the all11 labels)
    ("Die Tagesmutter hört im Juli auf, der Kleine ist dann 3. Wir brauchen einen Kitaplatz in "
     "Bergkamen-Oberaden ab August.", (36, 47)),
    # both groups named as one audience stay one span
    ("Fachberatung zu § 8a für Erzieherinnen, U3- und Ü3-Bereich, Kamen", (0, 71)),
    ("Baby 4 Monate, Elternzeit endet bald, Tagesmutter in Selm", (4, 4)),
])
def test_look_alikes_keep_their_reading(assistant: Assistant, text: str, age: tuple[int, int]):
    assert _age(assistant, text) == age

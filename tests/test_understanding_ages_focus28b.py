"""Ages, session 28 (focus28b): which child a request is about, and numbers of legal and adult
life that are no age.

A child whose own case a sentence calls settled ("ist versorgt", "das läuft", "is doing fine")
is the story's context when a brother or sister is named with an age in another sentence; a
sentence or a term served ("5 J. Freiheitsstrafe", "2 Jahre auf Bewährung", "Urteil: 4 Jahre
und 6 Monate", "sentenced to 4 years") is no age; a girl's own age beside a week of pregnancy
("in de 30. Woch, is ers 19 Johr") names the one expecting; dialect child nouns before a number
("Jung 9", "de Lütte 4") and a parent's pet names ("Mäuschen 18 Monate") name the child. Every
row is written for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise

PREGNANT = AgeRange(-9, -1)


def _years(n: int) -> AgeRange:
    return AgeRange(12 * n, 12 * n + 11)


def _pregnant(age: AgeRange | None) -> bool:
    return age is not None and age.high == -1


SIBLINGS = [
    ("Die 15-jährige Zeugin ist versorgt. Sorgen macht mir ihr kleiner Bruder (5).", _years(5)),
    ("Der 12-Jährige ist bei uns angebunden. Seine Schwester, 4, nässt wieder ein.", _years(4)),
    ("Tochter 16 kommt gut klar. Aber der Sohn, 7, hat keine Freunde mehr.", _years(7)),
    ("Großer Bruder 13 geht zur Schulsozialarbeit, das läuft. Die Kleine, 3, spricht kaum.",
     _years(3)),
    ("Schülerin (17) hat ihre Hilfe. Ihr Bruder ist 9 und schwänzt.", _years(9)),
    ("the 14 year old is doing fine. her brother is 6 and very quiet", _years(6)),
    ("The girl, 16, is in good hands. The boy, 8, is not coping.", _years(8)),
    # a negation undoes it: the first child is still the one in need
    ("Die 15-Jährige ist noch nicht versorgt, ihr Bruder 5 ist bei der Oma.", _years(15)),
    # one sentence naming both children chooses as before
    ("Bruder 5 und Schwester 15 sind versorgt, die Mutter braucht Hilfe", AgeRange(60, 191)),
]

SENTENCES = [
    ("Vater sitzt 5 J. Freiheitsstrafe ab, Tochter 6 fragt nach ihm.", _years(6)),
    ("Mutter hat 2 Jahre auf Bewährung, Kind ist 4, Kita-Platz gesucht.", _years(4)),
    ("Urteil: 4 Jahre und 6 Monate. Das jüngere Kind ist 8.", _years(8)),
    ("Vater wurde zu 18 Monaten verurteilt. Sohn 5 hat Albträume.", _years(5)),
    ("Vater bekam 3 Jahre Jugendstrafe, Bruder 14 schwänzt.", _years(14)),
    ("Papa muss 3 Jahre absitzen, Tochter 5.", _years(5)),
    ("Mutter bekam 2 Jahre Haft, Sohn 6 lebt bei der Oma.", _years(6)),
    ("Vater verurteilt zu 3 Jahren, Sohn 8.", _years(8)),
    ("Urteil 2 Jahre, Tochter 6.", _years(6)),
    ("dad got 3 years prison, his son is 7", _years(7)),
    ("father sentenced to 4 years, daughter 6 has nightmares", _years(6)),
    ("dad is doing 5 years inside, kid is 9", _years(9)),
    ("Vater seit 3 Jahren in Haft, der Junge ist 11.", _years(11)),
    # a person's own age beside a sentence word stays an age
    ("Jugendlicher 16 Jahre, Bewährungshelfer sagt, er braucht Hilfe", _years(16)),
    ("Kind 4 Jahre Vater in Haft", _years(4)),
    ("Sohn 9 Jahre, Vater sitzt in Haft", _years(9)),
    ("Kind 2 J. 6 M. spricht kaum", AgeRange(30, 30)),
]

DIALECT = [
    ("Jung 9, kann nich stillsitzen. Wat kann man da machen?", _years(9)),
    ("dä Jung 12 kütt nit mih en de Schull", _years(12)),
    ("de Lütte 4, snackt noch nich richtig", _years(4)),
    ("Mäuschen 18 Monate, läuft noch nich", AgeRange(18, 18)),
    ("Unser Spatz, 3, spricht kaum", _years(3)),
    ("Racker 6 haut in der Schule", _years(6)),
    # "jung" in standard German stays an adjective of the mother
    ("junge Mutter 21, Kind 2", _years(2)),
]

ENGLISH = [
    ("a teen of 16 in Unna, dropped out of school", _years(16)),
    ("a boy of 7 whose parents fight a lot", _years(7)),
    ("a girl of 13, self-harming", _years(13)),
]


@pytest.mark.parametrize(("text", "age"), SIBLINGS + SENTENCES + DIALECT + ENGLISH)
def test_age(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(germanise(text))).age == age  # as `understand` reads it


PREGNANCIES = [
    "Mädel is in de 30. Woch, is ers 19 Johr, wohnt in Bönen.",
    "Schülerin (16) ist in der 20. Woche.",
    "Patientin, 17, in der 12. Woche, weiß nicht weiter.",
    "Sie is 22, schwanger in der 28. Wooche, Partner weg.",
    "Ratsuchende, 20, in de 8. Woche.",
    "17 Jahre alt, 12. SSW, weiß nicht ob sie es behält.",
]


@pytest.mark.parametrize("text", PREGNANCIES)
def test_the_mothers_age_beside_a_week_is_hers(text: str) -> None:
    assert _pregnant(read_age(fold(germanise(text))).age)


@pytest.mark.parametrize(("text", "age"), [
    ("Kind 14, in der 3. Woche Praktikum", _years(14)),  # a week of school life, no pregnancy
    ("Sohn 3 J., Mutter in der 30. Woche", _years(3)),  # beside a born child: the child's age
])  # fmt: skip
def test_a_week_beside_a_child_stays_the_childs(text: str, age: AgeRange) -> None:
    assert read_age(fold(germanise(text))).age == age


@pytest.mark.parametrize(("text", "age"), [
    ("Die 14-jährige Schülerin ist bei uns gut angebunden. Mir geht es um ihre kleine Schwester, "
     "3 Jahre, die kaum spricht. Sprachförderung in Lünen?", _years(3)),
    ("Vater sitzt 5 J. Freiheitsstrafe ab, Sohn 9 fragt ständig nach ihm. Gruppe in Unna?",
     _years(9)),
    ("Jung 9, kann nich stillsitzen, Lehrerin meckert dauernd. Bergkamen. Wat kann man da machen?",
     _years(9)),
])  # fmt: skip
def test_the_assistant_reads_the_child_meant(assistant: Assistant, text: str,
                                             age: AgeRange) -> None:  # fmt: skip
    """Through the whole reading, the offers are chosen for the child the request is about."""
    answer, _session = assistant.respond(text)
    assert answer.request.age == age

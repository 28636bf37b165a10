"""Child protection as youth workers, coaches, teachers and police really tell it, round 35.

Sexual abuse is told without the word: nakedness as clothes not worn ("Fotos, wo se nix
anhat", "pictures with no clothes on"), films of naked people a child must watch, a silence an
adult asks ("dat bleibt unter uns", "Mama darf es nicht wissen", "it's their secret"), "Sachen,
die sie nicht will", a man who comes into the bathroom while she showers, a girl of fifteen
"zusammen" with a man of 22. Ruhr German is read by rule: a kin word with a doubled consonant
("Vadder", "Mudder", "Stiefvadder", "Brudder") is the kin word, and "vonne", "isse", "se" are
"von der", "ist sie", "sie". Neglect is told as a scene: a mother who does not answer the
phone, children before a locked door, parents in the pub at night, "keiner da".

The near misses raise nothing: poverty told plainly (thin children in sandals whose Kindergeld
stopped, hungry at the Tafel) asks for money; a young person who beats up "nen Kleineren" or is
known for "Körperverletzung" needs violence prevention; sex-education questions and a teenage
couple of the same age ask for sexual education. Each row is written for this table;
`tests/data/safe35/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

SIGNS: list[tuple[str, bool]] = [
    # nakedness told as clothes not worn, in dialect and in English
    ("Ey, die Kleine vonne Nachbarn, elf isse, sacht, ihr Vadder macht Videos von ihr, wo se "
     "nix anhat. Kamen", True),
    ("Mädchen 10 erzählt, der Onkel fotografiert sie ohne Klamotten. Unna", True),
    ("One of my swimmers (9) says her stepdad films her with no clothes on. Lünen", True),
    # films of naked people shown, without the word porn
    ("Der Freund vonne Mudder zeigt dem Jungen (7) Videos mit nackten Frauen. Bönen", True),
    # a silence an adult asks of the child
    ("Der Trainer schreibt der 12-Jährigen nachts und sagt ihr, das bleibt unter uns. Werne",
     True),
    ("Junge 8 sagt, der Nachbar hat gesagt, Mama darf das nicht wissen. Selm", True),
    ("Girl (10) told me her uncle says it's their secret. Unna", True),
    # sexual acts told without the word
    ("Schülerin 12 sagt, dass sie mit dem Cousin Sachen machen muss, die sie nicht will. Kamen",
     True),
    # a man in the bathroom while she showers
    ("Mädchen 13: der Stiefvadder kommt immer ins Badezimmer, wenn sie duscht. Lünen", True),
    # a girl of fifteen in a couple with an adult
    ("Die 14-Jährige ist mit einem 24-jährigen zusammen, er holt sie nachts ab. Unna", True),
    # a beating threatened, a fear of going home, an engagement arranged
    ("Junge 12 hat Angst heimzugehen, der Vadder hat gedroht, ihn totzuhauen. Bergkamen", True),
    ("Schülerin 15 soll in den Ferien mit ihrem Cousin verlobt werden, sie weint. Unna", True),
    # neglect told as a scene
    ("Kinder 5 und 7 warten abends vor verschlossener Tür, die Mutter nimmt nie ab. Kamen",
     True),
    ("Polizei: Geschwister 3 und 4 nachts allein in der Wohnung, die Eltern in der Disco. Selm",
     True),
    ("Säugling 2 Mon. unter Geburtsgewicht, Mutter hat die U-Termine verpasst. Unna", True),
]

CONTROLS: list[tuple[str, bool]] = [
    # poverty told plainly
    ("Bei uns an der Tafel kommt ne Mutter mit zwei Kindern, 5 und 8, beide dünn, die Große "
     "hat im Januar nur Sandalen. Kindergeld kommt nicht. Wo kann sie hin? Kamen", False),
    ("Junge 9 kommt im Winter ohne Jacke, die Eltern haben kein Geld für Winterkleidung. "
     "Gibt es einen Zuschuss in Unna?", False),
    # a young person's own misconduct
    ("Jugendlicher 15 hat auf dem Heimweg einen Jüngeren verprügelt. Anti-Gewalt-Training in "
     "Unna?", False),
    ("Ein 17-Jähriger ist wiederholt wegen Körperverletzung aufgefallen, AGT gesucht. Kamen",
     False),
    ("Mein Sohn 14 droht damit abzuhauen, wenn er nicht länger zocken darf. Beratung in Werne?",
     False),
    # sex education and a teenage couple of the same age
    ("Die Mädels (14) fragen, ob man ohne Kleidung schwanger werden kann 🙈 Sexualpädagogik in "
     "Kamen?", False),
    ("Sohn 16 und seine Freundin (16) sind zusammen, er will wissen, wie Kondome gehen. Unna",
     False),
    ("Elternabend: dürfen wir Fotos der Kinder ohne Badekleidung vom Planschbecken posten? "
     "Medienkompetenz in Selm", False),
    # children alone in the afternoon who want something to do, a confidence asked by the writer
    ("Die Kids (11 und 13) sind nachmittags allein daheim und langweilen sich. Treff in Kamen?",
     False),
    ("Ich frage anonym, bleibt das unter uns? Unsere Tochter 15 will die Pille. Lünen", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS + CONTROLS)
def test_signs_as_told_and_near_misses(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


@pytest.mark.parametrize(
    ("spoken", "read"),
    [("Vadder", "vater"), ("Mudder", "mutter"), ("Stiefvadder", "stiefvater"),
     ("Brudder", "bruder"), ("Vatter", "vater"), ("Butter", "butter"), ("Futter", "futter")],
)
def test_kin_words_with_a_doubled_consonant(spoken: str, read: str) -> None:
    """A doubled consonant is read as the kin word it stands for, and only as a kin word."""
    assert tokens(fold(spoken)) == [read]


def test_ruhr_contractions() -> None:
    """"vonne", "isse", "se" are read as their words, so the signs see the person and the verb."""
    assert tokens(fold("eine vonne Mädels, zwölf isse, wo se nix anhat")) == [
        "eine", "von", "der", "maedels", ",", "zwoelf", "ist", "sie", ",", "wo", "sie",
        "nichts", "anhat"]


def test_poverty_keeps_its_need(catalogue: Catalogue) -> None:
    """Thin children in sandals whose Kindergeld stopped are a money matter: money help first."""
    request, _answer = check_protection(
        "Familie aus Kamen, drei Kinder (4, 7, 9), alle dünn, im Dezember in Sandalen, das "
        "Kindergeld ist seit zwei Monaten gestoppt. Wo gibt es schnell Geld?", catalogue, False)
    assert request.topics[0] == "but_finanzen"

"""Ages in family stories (ages55): whom the help is for decides whose age counts.

Help the household takes together — household help, Entlastung, a family helper, a group for
children of ill or addicted parents, child protection — is for every child the story tells, the
one on the way too; help only one child takes, or a need pointed at one child, keeps that child.
A week of gestation told as a premature baby's history is no pregnancy, a "-Jähriger" who sits at
the PC is no sentence served, a forwarded mail's quoted part is the family's text, and a spoken
correction ("siebzehn nicht sieben hab mich verdiktiert") keeps the value it does not negate.
Every sentence is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.dialogue.corrections import _NEGATED
from bot.text import clean, fold
from bot.understanding.age import parse_age
from bot.understanding.letter import family_text


def age(text: str) -> tuple[int, int] | None:
    found = parse_age(fold(clean(text)))
    return None if found is None else (found.low, found.high)


@pytest.mark.parametrize(("text", "span"), [
    # a pregnancy beside born children, household help for the time now: all of them
    ("Frau D. ist im 7. Monat schwanger, die Jungs (4 und 8) kommen zu kurz, sie kann den "
     "Haushalt nicht mehr. Haushaltshilfe, Bönen?", (-9, 107)),
    ("wieder schwanger 6. monat hat noch 2 kinder 2 und 5 braucht hilfe im haushalt lünen",
     (-9, 71)),
    ("die mama vom finn is schwanger siebter monat finn is vier und sie braucht hilfe im "
     "haushalt", (-9, 59)),
    # child protection beside a pregnancy: the unborn child is protected too
    ("KM schwanger (ET Mai), zwei Kinder 1 und 4 J., Wohnung vermüllt – §8a-Beratung, Kamen?",
     (-9, 59)),
    # brothers and sisters in a household help, no need pointed at one of them
    ("Tochter (12) bringt jeden Morgen den Bruder (5) zur Kita, Vater trinkt. Gruppe für "
     "Kinder suchtkranker Eltern in Werne?", (60, 155)),
    ("Sohn (9) kocht für die Schwester (3), Mutter depressiv – gibt es Entlastung?", (36, 119)),
])  # fmt: skip
def test_the_household_help_is_for_every_child(text: str, span: tuple[int, int]) -> None:
    assert age(text) == span


@pytest.mark.parametrize(("text", "span"), [
    # care for the pregnancy itself, or help set after the birth: the unborn child
    ("Schwanger 30. SSW, Tochter 3 J., sucht Hebamme in Unna", (-6, -1)),
    ("Zwillingsschwangerschaft 28. SSW, Sohn 2 J., Haushaltshilfe nach der Geburt? Selm",
     (-6, -1)),
    # the help asked for the mother-to-be herself
    ("Sie ist schwanger im 5. Monat, Kinder 6 und 9. Welche Hilfe gibt es für sie, z. B. "
     "Haushaltshilfe?", (-9, -1)),
    # a born child the help is pointed at
    ("Mama ist wieder schwanger, der Sohn ist 10 Monate, sie braucht Entlastung mit dem "
     "Kleinen", (10, 10)),
    ("Tochter (14) versorgt die kleine Schwester (5), Mutter trinkt. Gibt es was für die "
     "Große?", (168, 179)),
    # brothers and sisters told as the family around a newborn stay its story
    ("Neugeborenes (1 Wo.), noch 2 Kinder zu Hause (3 und 6), Mutter braucht Haushaltshilfe",
     (0, 0)),
    # the brother named as who hurt the baby: the baby is the one to protect
    ("Säugling 4 Mon. mit Hämatomen, KM sagt, das war der große Bruder (3). KWG?", (4, 4)),
    # a premature baby's week of birth and corrected age: the age since birth
    ("Alter: 9 Monate; Vorgeschichte: FG 29+4, korr. 6 Mon.; Frage: Frühförderung", (9, 9)),
    # a "-Jähriger" sitting at the PC is no sentence served
    ("13-Jähriger sitzt nur noch vor der Konsole, seit 2 Wochen nicht in der Schule", (156, 167)),
    ("Vater sitzt 3 Jahre, Sohn 8 J. braucht Beratung", (96, 107)),
])  # fmt: skip
def test_one_child_or_the_pregnancy_keeps_its_age(text: str, span: tuple[int, int]) -> None:
    assert age(text) == span


def test_a_forwarded_mails_quoted_part_is_the_familys() -> None:
    family = family_text(clean("WG: Anfrage der Großeltern >> Unser Enkel (6) wohnt bei uns in "
                               "Bönen-Flierich. Wir suchen eine Beratung. <<"))
    assert "Bönen-Flierich" in family
    assert age(family) == (72, 83)


@pytest.mark.parametrize(("text", "negated"), [
    ("korrektur zwölf nicht zwei hab mich verdiktiert", "zwei"),
    ("sorry 15 nicht 5 hab mich vertippt", "5"),
    ("er ist 17 nicht 15 sorry", "15"),
])
def test_a_correction_negates_only_the_value_it_takes_back(text: str, negated: str) -> None:
    # the value ends before the writer owns the slip (`without_negated` drops just that value)
    assert [m.group("value") for m in _NEGATED.finditer(text)] == [negated]

"""A later turn that only wishes who should help or how keeps the case's need (session 24, conv24b).

The user relies on the need of the case staying what was asked: a Kita place stays a Kita place
when Arabic-speaking educators are wished, a crying baby's help stays sleep help when a midwife
who visits is wished. A wish that names another need ("lieber eine Erziehungsberatung") still
changes it.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk

KITA = "kunde sucht kita platz, sie wohnt in Kamen Mitte. tochter 3 jahre"
PREGNANT = "Klientin in der 22. SSW sucht Begleitung in der Schwangerschaft, Bergkamen-Oberaden"
CRYING = "Baby 5 Monate schläft nachts kaum, Mutter total fertig, Werne"
TUTORING = "Tochter 8 hat Probleme mit Lesen, braucht Nachhilfe, Kamen"
TROUBLE = "Sohn 10, immer Streit zuhause, Erziehungsberatung in Lünen?"
DOWN = "14-Jähriger aus Schwerte zieht sich zurück, wirkt depressiv, psychologische Beratung?"


@pytest.mark.parametrize(("first", "wish", "topic", "languages"), [
    (KITA, "mit arabisch sprechende erzieher wenn möglich", "kita_betreuung", ("ar",)),
    (KITA, "am besten mit türkisch sprechenden erzieherinnen, wenn es sowas gibt",
     "kita_betreuung", ("tr",)),
    (PREGNANT, "Am liebsten eine Frau als Beraterin, das ist ihr sehr wichtig.",
     "schwangerschaft_geburt", ()),
    (CRYING, "gern mit einer Hebamme oder Kinderkrankenschwester, die zu ihr nach Hause kommt",
     "schreibaby_schlaf", ()),
    (TUTORING, "lieber nachmittags, sie arbeitet bis 14 uhr", "lernfoerderung", ()),
    (TROUBLE, "jemand der Kurdisch kann wäre toll, sein deutsch ist nicht so gut",
     "erziehungsberatung", ("ku",)),
    (DOWN, "Wäre auch nur online möglich? Er geht ungern aus dem Haus.",
     "psychische_gesundheit", ()),
])
def test_a_wish_about_who_or_how_keeps_the_need(
    catalogue: Catalogue, first: str, wish: str, topic: str, languages: tuple[str, ...]
) -> None:
    before, after = talk(catalogue, first, wish)
    assert topic in before.request.topics
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place
    assert after.request.languages == languages


def test_a_wish_that_names_another_need_changes_it(catalogue: Catalogue) -> None:
    _before, after = talk(catalogue, TUTORING, "lieber eine Erziehungsberatung für die Eltern")
    assert "erziehungsberatung" in after.request.topics
    assert "lernfoerderung" not in after.request.topics


# --- "in dem Alter" after a pregnancy: the pregnant girl's age --------------------------------

PREGNANT_GIRL = "kunde hat tochter 16, schwanger glaub ich, vater soll nix wissen. beratung? Lünen"


@pytest.mark.parametrize("later", [
    "ok und gibts auch was allgemein für mädchen in dem alter, treff oder so, in Brambauer",
    "und was gibt es sonst für Mädchen in ihrem Alter in Brambauer?",
])
def test_that_age_after_a_pregnancy_is_the_pregnant_girl_s(catalogue: Catalogue,
                                                          later: str) -> None:  # fmt: skip
    before, after = talk(catalogue, PREGNANT_GIRL, later)
    assert before.request.age is not None and before.request.age.high < 0
    assert after.request.age is not None
    assert (after.request.age.low, after.request.age.high) == (192, 203)
    assert after.request.place == "luenen-brambauer"


@pytest.mark.parametrize(("first", "later"), [
    # several ages told: whose is meant is not known, the case keeps its own
    ("Schwangere 19, hat schon Kinder 14 und 16, Unna", "gibt es Treffs für Mädchen in dem Alter?"),
    # a born child: the case's age is carried over anyway
    ("Tochter 4, sehr schüchtern, Kamen", "gibt es Gruppen für Kinder in dem Alter?"),
])
def test_that_age_is_left_alone_when_it_names_no_told_age(catalogue: Catalogue, first: str,
                                                          later: str) -> None:  # fmt: skip
    before, after = talk(catalogue, first, later)
    assert after.request.age == before.request.age


def test_a_wish_for_a_women_s_shelter_is_a_need_not_a_person(catalogue: Catalogue) -> None:
    before, after = talk(catalogue, TROUBLE, "lieber ein Frauenhaus für die Mutter, er schlägt")
    assert set(after.request.topics) != set(before.request.topics)

"""Later turns (stop 35, second round) about someone else in the same family or the same case.

A place correction that turns the old place down ("nicht Kamen, sie wohnt in Oberaden") keeps the
child's age; elder or younger children named by a kin adjective with the article ("die beiden
Kleinen (2 u 4)") are the same family; a sibling "in the same situation" needs the case's help at
their own age; the mother asking "noch" for herself, or for "sowas", keeps the case's help beside
hers; staff who speak a language ask the help already found in it; a school year in Ruhrdeutsch
("ausse Vierten") is read. Every sentence is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

GIRL = "Mädchen neun Jahre, hat seit der Trennung der Eltern Bauchweh und schläft schlecht"
BABY = "Fam. Holzwickede, Sgl. 7 Wo., KM wirkt depressiv, Frühe Hilfen?"
BOY = "Junge 11, wird auf dem Schulhof verprügelt, Familie wohnt in Fröndenberg-Langschede"


@pytest.mark.parametrize("correction", [
    "oh nee nicht kamen sie wohnt in bergkamen oberaden hab ich verwechselt",
    "Nein, falsch, nicht Kamen – die Familie wohnt in Oberaden, ich hab mich vertan",
])  # fmt: skip
def test_a_place_turned_down_keeps_the_age(catalogue: Catalogue, correction: str) -> None:
    """The place denied beside the right one is part of the correction: the age told before
    stays and nothing is asked again."""
    _first, _place, after = talk(catalogue, GIRL, "in Kamen", correction)
    assert after.request.place == "bergkamen-oberaden"
    assert after.request.age == AgeRange(108, 119)
    assert after.question is None


@pytest.mark.parametrize(("turn", "age"), [
    ("Die beiden Großen (5 u 9) bräuchten nachmittags Betreuung", AgeRange(60, 119)),
    ("die 2 älteren, 7 und 10, brauchen Hausaufgabenhilfe", AgeRange(84, 131)),
])  # fmt: skip
def test_the_elder_children_by_a_kin_adjective_stay_in_the_family(
    catalogue: Catalogue, turn: str, age: AgeRange
) -> None:
    """"Die Großen" points to children already known: the family's place stays, no question."""
    _first, after = talk(catalogue, BABY, turn)
    assert after.request.place == "holzwickede"
    assert after.request.age == age
    assert after.question is None


@pytest.mark.parametrize("turn", [
    "Im Haushalt lebt noch ein Bruder, 8 J., gleiche Lage.",
    "Seine Schwester (13) steckt in derselben Situation.",
    "Der kleine Bruder, 7, ist genauso betroffen, er traut sich nicht mehr raus.",
])  # fmt: skip
def test_a_sibling_in_the_same_situation_needs_the_case_help(
    catalogue: Catalogue, turn: str
) -> None:
    """The sibling's own age, the case's need as the main need, the family's place."""
    first, after = talk(catalogue, BOY, turn)
    assert after.request.age is not None and after.request.age != first.request.age
    assert after.request.place == "froendenberg-langschede"
    assert set(first.request.main_topics or first.request.topics) <= set(
        after.request.main_topics or after.request.topics)


def test_a_sibling_told_of_without_a_need_keeps_the_childs_age(catalogue: Catalogue) -> None:
    """"sein Bruder ist 17, wohnt auch noch da" only tells of him: the case's child stays."""
    first, after = talk(catalogue, BOY, "sein Bruder ist 17, wohnt auch noch da")
    assert after.request.age == first.request.age


@pytest.mark.parametrize("turn", [
    "die Mutter fragt noch, ob es für sie eine Beratung gibt, wie sie ihn stärken kann",
    "Und die Mama fragt, ob es für sie selber sowas gibt, mit anderen Eltern reden",
])  # fmt: skip
def test_the_mothers_own_help_keeps_the_case_help(catalogue: Catalogue, turn: str) -> None:
    """Asked besides ("noch") or for the same kind of help ("sowas"): the case's need stays
    among the needs, so a help for the mother missing nearby does not make the case a gap."""
    first, after = talk(catalogue, BOY, turn)
    assert set(first.request.topics[:1]) <= set(after.request.topics)
    assert after.request.age == first.request.age
    assert after.request.place == "froendenberg-langschede"


@pytest.mark.parametrize(("turn", "language"), [
    ("und die Eltern fragen, ob es dort auch Erzieherinnen gibt, die Polnisch sprechen", "pl"),
    ("Gibt es da auch Leute, die Türkisch sprechen?", "tr"),
])  # fmt: skip
def test_staff_who_speak_a_language_ask_the_help_found(
    catalogue: Catalogue, turn: str, language: str
) -> None:
    """The Kita found stays the need; the staff noun is no parenting course."""
    _first, after = talk(catalogue, "Kitaplatz für Tochter, 2 Jahre, in Kamen-Methler", turn)
    assert after.request.languages == (language,)
    assert "kita_betreuung" in (after.request.main_topics or after.request.topics)


def test_another_help_there_in_a_language_is_a_need_of_its_own(catalogue: Catalogue) -> None:
    """"gibt es da auch eine Krabbelgruppe auf Türkisch?" asks for the group, not the help
    before."""
    _first, after = talk(catalogue, "Kind 3, Sprachförderung in Unna",
                         "gibt es da auch eine Krabbelgruppe auf Türkisch?")
    assert (after.request.main_topics or after.request.topics)[0] == "eltern_kind_gruppen"


@pytest.mark.parametrize(("text", "age"), [
    ("nen Mädchen ausse Vierten, liest kaum, wohnt in Kamen", AgeRange(108, 119)),
    ("hab en Jung ausse Siebten, kifft, wohnt Bönen", AgeRange(144, 155)),
])  # fmt: skip
def test_a_school_year_in_ruhrdeutsch_is_read(catalogue: Catalogue, text: str, age: AgeRange,
                                              ) -> None:  # fmt: skip
    """"ausse" is "aus der": the school year gives the age, nothing is asked."""
    (answer,) = talk(catalogue, text)
    assert answer.request.age == age
    assert answer.question is None


def test_a_place_where_mother_can_go_with_the_child_is_a_group(catalogue: Catalogue) -> None:
    """"was wo Mama mit hin kann": the spoken modal without its infinitive asks a group for
    parent and child, for the little sister's own age."""
    _first, after = talk(catalogue, "Junge 4 spricht kaum, wohnt in Unna-Königsborn",
                         "und die kleine Schwester, 1, für die was wo Mama mit hin kann?")
    assert after.request.age == AgeRange(12, 23)
    assert "eltern_kind_gruppen" in after.request.topics
    assert after.request.place == "unna-koenigsborn"

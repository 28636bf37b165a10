"""How turns combine (round 30): another child of the family named by which one it is, a fact
told as an addendum beside the need asked for, and a stage word among several children.

Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk

BABY = "Mutter mit Neugeborenem (10 Tage) in Unna-Massen, sucht eine Hebamme"
PREGNANT = "Klientin in der 28. SSW, ihr Mann schlägt sie, wohnt in Schwerte. Gewaltschutz?"


@pytest.mark.parametrize(("first", "sibling"), [
    (BABY, "Die beiden Großen sind 5 und 7 und bräuchten eine Nachmittagsbetreuung."),
    (BABY, "die zwei älteren Kinder, 5 und 7, bräuchten Betreuung am Nachmittag"),
    (BABY, "Das andere Kind ist 7 und bräuchte Hilfe bei den Hausaufgaben."),
    (BABY, "Die zwei Jungs, 5 und 7, bräuchten Nachmittagsbetreuung."),
    (PREGNANT, "Das erste Kind ist 4 und hat alles mitbekommen, es nässt wieder ein."),
    (PREGNANT, "Der zweite Sohn, 9, ist seitdem sehr aggressiv in der Schule."),
])  # fmt: skip
def test_another_child_named_by_which_one_keeps_the_familys_place(
        catalogue: Catalogue, first: str, sibling: str) -> None:  # fmt: skip
    before, after = talk(catalogue, first, sibling)
    assert after.request.place == before.request.place
    assert after.request.age != before.request.age  # that child's own age
    assert after.question is None


def test_a_new_family_named_anew_keeps_no_place(catalogue: Catalogue) -> None:
    _, after = talk(catalogue, BABY, "Ein Vater, Sohn 7, bräuchte Nachmittagsbetreuung.")
    assert after.request.place is None


@pytest.mark.parametrize(("first", "fact", "added"), [
    ("Ki. 6, V.a. Vernachlässigung, Lünen-Süd. Wer ist zuständig?",
     "Nachtrag: KV trinkt regelmäßig.", "belastete_eltern"),
    ("Baby 3 Monate, schreit stundenlang, Eltern am Ende, Kamen-Methler",
     "Die Mutter hat auch eine Depression.", "belastete_eltern"),
    ("Junge 9 in Bergkamen braucht Nachhilfe in Deutsch",
     "ergänzung komma der vater ist alleinerziehend und das geld ist knapp punkt",
     "but_finanzen"),
])  # fmt: skip
def test_a_fact_told_as_an_addendum_joins_the_need_asked_for(
        catalogue: Catalogue, first: str, fact: str, added: str) -> None:  # fmt: skip
    before, after = talk(catalogue, first, fact)
    assert before.request.topics
    assert before.request.topics[0] in after.request.topics  # the help asked for stays
    assert added in after.request.topics
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place


@pytest.mark.parametrize("asked", [
    "gibts auch einen Elternkurs?",
    "Die Mutter fragt auch nach einem Elternkurs.",
])
def test_a_need_asked_with_auch_leads_and_the_case_need_stays(catalogue: Catalogue,
                                                              asked: str) -> None:
    """Asking for more with "auch" wants that help besides the one asked before (round 31:
    the writers of holdout17–19 label such turns with both needs; replacing made the case a gap
    wherever the added help has no offer nearby)."""
    _, after = talk(catalogue, "Junge 9 in Bergkamen braucht Nachhilfe in Deutsch", asked)
    assert after.request.topics[0] == "elternkurse"
    assert "lernfoerderung" in after.request.main_topics


@pytest.mark.parametrize("stage", [
    "Und einen Kita-Zuschuss, gibts da Beratung?",
    "Kita?",
])
def test_a_stage_word_among_the_children_keeps_their_ages(catalogue: Catalogue,
                                                          stage: str) -> None:  # fmt: skip
    before, after = talk(catalogue, "Kundin alleinerziehend, Kinder 1 und 3, Werne, "
                         "sucht Entlastung", stage)
    assert after.request.age == before.request.age


@pytest.mark.parametrize("correction", [
    "sorry, stimmt nicht, sie wohnt in Selm, kommt nur zu uns ins Jugendzentrum",
    "Korrektur: sie wohnt in Selm und geht nur in Werne zur Schule",
])
def test_a_place_corrected_beside_where_the_child_merely_comes_keeps_the_need(
        catalogue: Catalogue, correction: str) -> None:  # fmt: skip
    before, after = talk(catalogue, "Mädchen 15 ist schwanger und weiß nicht weiter, Werne",
                         correction)
    assert after.request.place == "selm"
    assert after.request.topics == before.request.topics
    assert after.request.age == before.request.age


def test_a_need_beside_a_residence_is_still_read(catalogue: Catalogue) -> None:
    _, after = talk(catalogue, "Junge 7 in Kamen braucht Sprachförderung",
                    "er wohnt in Bönen und braucht auch Nachhilfe in Mathe")
    assert after.request.place == "boenen"
    assert "lernfoerderung" in after.request.topics

"""Conversations whose need or age a later turn must not lose (session 44's class,
`tests/data/conv44/`).

A newcomer's German at school age is met by integration help, not called a gap because
language support for small children has no offer at ten; refugees named as who the mothers are
("für geflüchtete Mütter") do not outrank the meeting place asked for; a pregnant woman's own
age told in a turn that asks more ("sie ist erst 16 und spricht nur Bosnisch – gibt es …?")
leaves the unborn child's age. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.talking import talk

MIGRATION = "migration_integration"
LANGUAGE = "sprachfoerderung"
GROUPS = "eltern_kind_gruppen"
PREGNANCY = AgeRange(-9, -1)

NEWCOMER = [
    # (turns: a school-age newcomer without German, then the place)
    ("Neuer Schüler, 11, aus Afghanistan, kann noch kein Deutsch. Gibt es Sprachunterricht "
     "außerhalb der Schule?", "Bönen"),
    ("Boy of 12 from Iraq, no German at all yet, any German lessons besides school?",
     "We are in Selm."),
    ("Hi, girl of 10 from Eritrea, new in class and no German yet – any language help outside "
     "school?", "sorry, Bönen"),
]


@pytest.mark.parametrize("turns", NEWCOMER)
def test_a_newcomers_german_at_school_age_is_integration_help(catalogue: Catalogue,
                                                              turns: tuple[str, ...]) -> None:
    answer = talk(catalogue, *turns)
    assert MIGRATION in answer.request.topics
    assert answer.gap is None and answer.offers
    assert MIGRATION in answer.offers[0].offer.topics


LANGUAGE_STAYS = [
    # look-alikes: no origin, or a small child: language support stays the need
    ("Kind 3 spricht kaum Deutsch, Sprachförderung in Bönen?",),
    ("Tochter in der 6. Klasse, ihre kleine Schwester (4) spricht kaum Deutsch. "
     "Sprachförderung für die Kleine in Bönen?",),
]


@pytest.mark.parametrize("turns", LANGUAGE_STAYS)
def test_language_support_without_an_origin_stays_the_need(catalogue: Catalogue,
                                                           turns: tuple[str, ...]) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.main_topics[:1] == (LANGUAGE,)


WHO_THE_MOTHERS_ARE = [
    # (turns, the need asked for that leads)
    (("Gibt es in Unna einen Treff für geflüchtete Mütter mit Babys?",), GROUPS),
    (("Krabbelgruppe für zugewanderte Mütter mit Kleinkind (1) in Kamen?",), GROUPS),
    (("Gibt es im Kreis Unna Treffpunkte für geflüchtete Mütter mit Babys, wo sie andere "
      "kennenlernen?", "eigentlich Langschede"), GROUPS),
    # look-alikes: refugees as the ones the help is for, or the family's story
    (("Angebote für Geflüchtete in Unna, Kind 5",), MIGRATION),
    (("Familie ist geflüchtet und braucht Beratung, Kind 5, Unna",), MIGRATION),
]


@pytest.mark.parametrize(("turns", "need"), WHO_THE_MOTHERS_ARE)
def test_refugees_as_who_the_mothers_are_do_not_lead(catalogue: Catalogue,
                                                     turns: tuple[str, ...], need: str) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.main_topics[:1] == (need,)
    assert answer.offers and need in answer.offers[0].offer.topics


HER_OWN_AGE = [
    # (turns, the age the case keeps, the language asked for or None)
    (("Schwangere in der 30. SSW, wohnt in Kamen, sucht Hebamme",
      "sie ist erst 17, gibt es auch Beratung für junge Mütter?"), PREGNANCY, None),
    (("Frau im 5. Monat schwanger, Kamen, braucht eine Hebamme",
      "Sie ist eigentlich erst 16 und spricht nur Polnisch – gibt es eine Hebamme auf Polnisch?"),
     PREGNANCY, "pl"),
    # look-alike: the child's own age corrected while asking more
    (("Kind 4 Jahre, Kamen, Sprachförderung", "sie ist 5 und spricht kaum, gibt es Logopädie?"),
     AgeRange(60, 71), None),
]


@pytest.mark.parametrize(("turns", "age", "language"), HER_OWN_AGE)
def test_a_pregnant_womans_age_told_while_asking_is_hers(
        catalogue: Catalogue, turns: tuple[str, ...], age: AgeRange, language: str | None) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age is not None
    if age == PREGNANCY:  # still the unborn child, whichever months of it
        assert answer.request.age.high < 0
    else:
        assert answer.request.age == age
    assert answer.request.place == "kamen"
    if language is not None:
        assert language in answer.request.languages

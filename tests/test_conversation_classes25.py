"""Later turns (round 25) that must keep what the case already knows.

An age correction said in dialect ("Naa, i hob mi vertan, der is scho vier Monat", "Ach nä, dä is
ald 15, hät jrad Jeburtstag jehatt") corrects the age and keeps need and place; a language wish
added later in officialese, in English or in the family's language keeps the case's need and adds
the language, whatever the turn says about the family's origin or the form of help; a turn about
another child of the family with its own age and need keeps the family's place and is answered as
the whole request it is. Every sentence here is new, written for this file (none from a
conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.spoken import skeleton, spoken_match
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

TEEN = "Sohn 13, kifft seit dem Sommer, Eltern hilflos, wohnen in Bergkamen-Rünthe"
TODDLER = "Mädchen, 2 Jahre, spricht kaum, Frühförderung gesucht in Werne"
BABY = "Baby 3 Monate schreit nur, Mutter am Ende, Unna-Königsborn"


@pytest.mark.parametrize(("first", "correction", "age"), [
    (TEEN, "Ach nä, dä is ald 14, hät letzte Woch Jeburtstag jehatt", (168, 179)),
    (TEEN, "Nee wartma, der is schon vierzehn, hatte grad Gebuatstach", (168, 179)),
    (TEEN, "Noi, i hab mi verschwätzt, der Bua isch erscht zwölf", (144, 155)),
    (TODDLER, "Naa, die is scho drei, hot grad Geburtstach ghabt", (36, 47)),
    (BABY, "Ach nö, der is vier Monat, hab mi vertan", (4, 4)),
])  # fmt: skip
def test_an_age_correction_in_dialect_keeps_the_case(
    catalogue: Catalogue, first: str, correction: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, first, correction)
    assert after.request.age == AgeRange(*age)
    assert after.request.place == before.request.place
    assert set(after.request.topics) == set(before.request.topics)
    assert after.question is None


def test_a_new_need_beside_an_age_is_no_correction(catalogue: Catalogue) -> None:
    """Only words of a mistake or a birthday explain an age; a need beside it is a need."""
    _before, after = talk(catalogue, TEEN, "nee, der is 14, hat Stress mit der Polizei")
    assert after.request.age == AgeRange(168, 179)
    assert after.request.place == "bergkamen-ruenthe"


@pytest.mark.parametrize(("spoken", "written", "same"), [
    ("Jeburtstag", "geburtstag", True),
    ("Gebuatstach", "geburtstag", True),
    ("Geburtstach", "geburtstag", True),
    ("Fleisch", "falsch", False),  # a short skeleton matches only as written
    ("Gebäck", "geburtstag", False),
])  # fmt: skip
def test_a_word_matches_as_spoken_only_by_a_long_skeleton(spoken: str, written: str,
                                                          same: bool) -> None:  # fmt: skip
    assert spoken_match([spoken.lower()], [written]) is same
    assert len(skeleton(written)) >= 5 or not same


@pytest.mark.parametrize(("first", "wish", "language"), [
    (TODDLER, "Ergänzend wird eine Beratung in türkischer Sprache erbeten; die Familie stammt "
              "aus der Türkei.", "tr"),
    (TEEN, "Additionally, the family would prefer counselling in English, they moved here from "
           "Nigeria in spring.", "en"),
    (TEEN, "Zusätzlich wird Unterstützung in arabischer Sprache gewünscht; die Eltern sind "
           "neu zugezogen.", "ar"),
    (BABY, "ima li netko tko govori engleski? mama je iz Gane", "en"),
    (BABY, "ima li neko ko govori arapski? otac je iz Iraka", "ar"),
    (TODDLER, "czy jest ktoś, kto mówi po rosyjsku? rodzina jest z Ukrainy", "ru"),
])  # fmt: skip
def test_a_language_wish_added_later_keeps_the_need(
    catalogue: Catalogue, first: str, wish: str, language: str
) -> None:
    before, after = talk(catalogue, first, wish)
    assert after.request.languages == (language,)
    assert set(before.request.topics) <= set(after.request.topics)
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place


def test_a_need_asked_in_a_language_is_still_a_need(catalogue: Catalogue) -> None:
    """A named need of its own beside the language is not the language's reason."""
    _before, after = talk(catalogue, TODDLER, "Gibt es auch einen Elternkurs auf Arabisch?")
    assert "elternkurse" in after.request.topics
    assert after.request.languages == ("ar",)


@pytest.mark.parametrize(("first", "sibling", "age", "topic", "served"), [
    ("Kundin ist schwanger im 6. Monat und sucht eine Hebamme, sie wohnt in Fröndenberg",
     "und ihr Sohn (7) wird in der Schule dauernd geschlagen, gibt es da auch was?",
     (84, 95), "gewaltpraevention", True),
    ("Mama mit Baby 5 Monate sucht Krabbelgruppe in Kamen-Südkamen",
     "und die große Schwester (8) wird auf dem Schulweg verprügelt, gibts da was?",
     (96, 107), "gewaltpraevention", True),
    ("Zwillinge, 2, Kitaplatz gesucht in Selm",
     "und der große Bruder, 9, braucht Hilfe bei den Hausaufgaben, gibt es da was?",
     (108, 119), "lernfoerderung", False),  # no homework help in Selm: an honest gap there
])  # fmt: skip
def test_a_sibling_turn_is_answered_in_the_family_s_place(
    catalogue: Catalogue, first: str, sibling: str, age: tuple[int, int], topic: str,
    served: bool,
) -> None:
    before, after = talk(catalogue, first, sibling)
    assert after.request.age == AgeRange(*age)
    assert after.request.place == before.request.place
    assert topic in after.request.topics
    assert bool(after.offers) is served and (after.gap is None) is served

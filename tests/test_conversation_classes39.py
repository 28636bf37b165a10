"""Later turns (stop 35) as professionals continue a case: the family's people and places.

Regional German names the elder or younger child with its own article and conjunction ("Un dat
Grote is all negen", "de Lütte"): the same family, its place stays. A person of the case's own
circle named by a possessive ("seine Freundin", "ihr Freund (16)") is the same family, and an age
written beside them is theirs, not the child's. A turn naming two places and settling on the later
one ("die Oma wohnt in Kamen, aber er schläft in Unna") takes the later one, unless that is only
where the child is met (a school). A group named for whom it is ("eine Gruppe für
Alleinerziehende") is the help asked for. Every sentence is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

TODDLER = "Tageskind, drei Jahre, spricht ganz wenig, die Familie wohnt in Bönen"
TEEN = "Jugendlicher 17 hat Ärger mit dem Jobcenter und Schulden, wohnt in Kamen-Methler"
GIRL = "Mädchen 14, ritzt sich seit ein paar Wochen, Familie in Holzwickede"
BOY = "Junge 15 fliegt zu Hause raus, Dauerstreit mit dem Stiefvater, wo kann der hin?"
BABY = "Baby 6 Wochen, die Mutter ist völlig erschöpft, wohnt in Lünen-Brambauer"


@pytest.mark.parametrize(("turn", "age"), [
    ("Un dat Grote is all negen, bruukt Hülp bi de Hausaufgaben", AgeRange(108, 119)),
    ("Un för dat Grote, dat is schon sieben, suchen se 'n Schwimmkurs", AgeRange(84, 95)),
    ("Dat Jrosse is elf, dat bräucht Nachhilfe in Englisch", AgeRange(132, 143)),
])  # fmt: skip
def test_a_regional_elder_child_stays_in_the_family(
    catalogue: Catalogue, turn: str, age: AgeRange
) -> None:
    """The elder child told of in Platt or Kölsch keeps the family's place: no question, no
    offers anywhere in the Kreis."""
    _before, after = talk(catalogue, TODDLER, turn)
    assert after.request.place == "boenen"
    assert after.question is None
    assert after.request.age == age


def test_un_alone_opens_no_follow_up_in_another_language(catalogue: Catalogue) -> None:
    """"Un enfant de 6 ans à Selm" is French: a new case, whose own place counts."""
    _before, after = talk(catalogue, TODDLER, "Un enfant de 6 ans à Selm, cherche aide aux devoirs")
    assert after.request.place == "selm"


@pytest.mark.parametrize("turn", [
    "Seine Freundin ist schwanger, etwa 12. Woche, gibt es Beratung für die zwei?",
    "Seine Partnerin (18) ist schwanger, 3. Monat – wo können die beiden hin?",
])  # fmt: skip
def test_a_partner_named_by_a_possessive_is_the_same_family(
    catalogue: Catalogue, turn: str
) -> None:
    _before, after = talk(catalogue, TEEN, turn)
    assert after.request.place == "kamen-methler"
    assert after.question is None
    assert after.request.age == AgeRange(-9, -1)


@pytest.mark.parametrize("turn", [
    "ihr freund (16) setzt sie wohl ziemlich unter druck",
    "Ihr Freund, 17, hat ihr die Klingen besorgt.",
])  # fmt: skip
def test_the_age_of_a_person_told_of_is_not_the_child_s(catalogue: Catalogue, turn: str) -> None:
    before, after = talk(catalogue, GIRL, turn)
    assert before.request.age == AgeRange(168, 179)
    assert after.request.age == AgeRange(168, 179)
    assert after.request.place == "holzwickede"


@pytest.mark.parametrize(("answer", "place"), [
    ("die oma wohnt in kamen aber er selber schläft in unna bei nem kumpel also eher unna", "unna"),
    ("Gemeldet ist er noch beim Vater in Werne, lebt aber inzwischen in Selm-Bork.", "selm-bork"),
    ("Vorher wohnten sie in Schwerte, jetzt in Fröndenberg.", "froendenberg"),
    ("Die Familie wohnt in Bergkamen, aber die Schule ist in Kamen.", "bergkamen"),
])  # fmt: skip
def test_a_turn_with_two_places_takes_the_one_it_settles_on(
    catalogue: Catalogue, answer: str, place: str
) -> None:
    _before, after = talk(catalogue, BOY, answer)
    assert after.request.place == place
    assert after.request.age == AgeRange(180, 191)


@pytest.mark.parametrize(("turn", "topic"), [
    ("Sie fragt, ob es auch eine Gruppe für Alleinerziehende gibt.", "alleinerziehende_entlastung"),
    ("Gibt es für sie selbst einen Treff für Alleinerziehende?", "alleinerziehende_entlastung"),
])  # fmt: skip
def test_a_group_named_for_whom_it_is_is_the_need(
    catalogue: Catalogue, turn: str, topic: str
) -> None:
    _before, after = talk(catalogue, BABY, turn)
    assert topic in after.request.topics
    assert after.request.place == "luenen-brambauer"


def test_a_parent_told_as_single_keeps_the_need(catalogue: Catalogue) -> None:
    """"sie ist alleinerziehend" tells who the mother is: the early help asked stays."""
    before, after = talk(catalogue, BABY, "Sie ist übrigens alleinerziehend.")
    assert set(before.request.topics) <= set(after.request.topics)


@pytest.mark.parametrize(("turn", "asked"), [
    ("Nächster Fall: Kundin in Werne, Ki. U3, sucht Tagespflege ab August.", False),
    ("Neue Familie: Tochter U3, Betreuungsplatz in Selm gesucht.", False),
    ("Neue Familie: U3-Platz in Selm gesucht.", True),
])  # fmt: skip
def test_a_child_noun_before_a_stage_gives_the_child_s_age(
    catalogue: Catalogue, turn: str, asked: bool
) -> None:
    """"Ki. U3" is how a file says the child is under three; "U3-Platz" names a Kita's group,
    and the child's age is still to be asked."""
    _before, after = talk(catalogue, TEEN, turn)
    assert (after.question is not None and after.question.kind == "age") is asked
    if not asked:
        assert after.request.age == AgeRange(0, 35)

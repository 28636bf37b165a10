"""Conversation classes found in h12ab's conversations (round 23), told by the turn's form.

An addendum ("Nachtrag: …", "by the way, …", "ach ja, …", "P.S. …") goes on about the open family:
a sibling's new need keeps the family's place and is answered there, not asked again. A whole
turn that wishes one language ("she'd prefer Arabic if possible", "Arabic would be great") asks
for it. "beide" / "both" answering an age question that offered two readings takes their span.
A sibling who "geht noch nicht in die Kita" needs a Kita place: the negated stage is no age.
Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.candidate_answers import every_candidate
from bot.dialogue.connectives import without_addendum
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

PREGNANCY = ("Klientin in der 26. SSW sucht eine Hebamme für die Nachsorge.", "Sie lebt in Unna.")
BABY = "Baby 5 Monate in Bönen, Mutter sucht eine Krabbelgruppe"


@pytest.mark.parametrize("addendum", [
    "Nachtrag: Sie hat schon eine Tochter von 2 Jahren, für die sie eine Tagesmutter sucht.",
    "Ergänzung: die Tochter (2) braucht ab August eine Tagesmutter.",
    "By the way, her daughter is 2 and needs a childminder from August.",
    "btw the older girl (2) needs a childminder too",
    "Ach ja, ihre Tochter ist 2 und braucht noch eine Tagesmutter.",
    "P.S. Eine Tochter (2 J.) hat sie auch, für die sucht sie eine Tagesmutter.",
    "She already has a daughter, 2, who needs a childminder.",
])  # fmt: skip
def test_an_addendum_about_a_sibling_keeps_the_family_s_place(
    catalogue: Catalogue, addendum: str
) -> None:
    *_, sibling = talk(catalogue, *PREGNANCY, addendum)
    assert sibling.request.place == "unna"  # the family's town, not asked again
    assert sibling.question is None
    assert sibling.request.age == AgeRange(24, 35)
    assert "kita_betreuung" in sibling.request.topics
    assert sibling.offers  # offers for Unna's families, not other towns' as fitting
    assert all(hit.locality != "elsewhere" for hit in sibling.offers)


@pytest.mark.parametrize(("wish", "code"), [
    ("Oh, and she'd prefer Turkish if possible.", "tr"),
    ("btw mum would prefer Arabic", "ar"),
    ("Arabic would be great", "ar"),
    ("Ach ja, die Eltern sprechen nur Russisch.", "ru"),
    ("P.S. Die Familie spricht Arabisch.", "ar"),
    ("by the way, the parents speak Farsi", "fa"),
    ("Türkisch wäre toll", "tr"),
    ("Der Vater spricht allerdings nur Arabisch.", "ar"),
    ("sie spricht Russisch, Deutsch nur ein bisschen", "ru"),
    ("Papa spricht leider kaum Deutsch, eher Englisch", "en"),
])  # fmt: skip
def test_a_language_wished_in_a_later_turn_is_asked_for(
    catalogue: Catalogue, wish: str, code: str
) -> None:
    first, later = talk(catalogue, BABY, wish)
    assert later.request.languages == (code,)
    assert later.request.age == first.request.age  # the case as it was, in that language
    assert later.request.place == "boenen"
    assert set(later.request.topics) == set(first.request.topics)


@pytest.mark.parametrize("no_wish", [
    "sie spricht Deutsch und Arabisch",  # German serves
    "sie spricht nur Deutsch",
])  # fmt: skip
def test_german_spoken_well_asks_for_no_language(catalogue: Catalogue, no_wish: str) -> None:
    _first, later = talk(catalogue, BABY, no_wish)
    assert later.request.languages == ()


def test_a_turn_about_the_family_s_languages_besides_a_need_asks_no_language(
    catalogue: Catalogue,
) -> None:
    _first, later = talk(catalogue, BABY, "die Mutter spricht Arabisch, der Große (6) braucht "
                                          "aber Nachhilfe")  # fmt: skip
    assert later.request.languages == ()


@pytest.mark.parametrize("both", ["beide", "both", "für beide Kinder", "both kids", "alle beide"])
def test_both_answering_two_offered_ages_takes_their_span(catalogue: Catalogue, both: str) -> None:
    first, later = talk(catalogue, "Klinci 7 i 9 aus Kamen, Ferienbetreuung gesucht", both)
    if first.question is None or len(first.question.candidates) < 2:
        pytest.skip("the understanding reads these ages itself now")
    assert later.request.age == AgeRange(84, 119)
    assert later.question is None
    assert later.request.place == "kamen"


@pytest.mark.parametrize(("text", "candidates", "age"), [
    ("beide", ("96-107", "120-131"), AgeRange(96, 131)),
    ("both", ("-9--1", "0-0"), AgeRange(-9, 0)),
    ("beide", ("96-107",), None),  # one reading: nothing to span
    ("beide Eltern arbeiten", ("96-107", "120-131"), None),  # a sentence of its own
    ("8", ("96-107", "120-131"), None),  # one of them: the bare age reads it
])  # fmt: skip
def test_every_candidate(text: str, candidates: tuple[str, ...], age: AgeRange | None) -> None:
    assert every_candidate(text, candidates) == age


@pytest.mark.parametrize("sibling", [
    "Und der Bruder, 4 Jahre, geht noch nicht in die Kita.",
    "ihr Bruder (4) hat noch keinen Kitaplatz",
    "her brother is 4 and not yet in Kita",
])  # fmt: skip
def test_a_sibling_not_yet_in_kita_needs_a_kita_place(catalogue: Catalogue, sibling: str) -> None:
    *_, later = talk(catalogue, "Mädchen 9 in Fröndenberg braucht Nachhilfe in Mathe", sibling)
    assert later.request.age == AgeRange(48, 59)
    assert "kita_betreuung" in later.request.topics
    assert later.request.place == "froendenberg"


def test_a_stage_refused_is_still_no_need(catalogue: Catalogue) -> None:
    *_, later = talk(catalogue, "Junge 8 in Lünen sucht OGS-Platz",
                     "und die Schwester 12? will nicht in die OGS, lieber was für die Ferien")
    assert "ogs_ganztag" not in later.request.topics  # refused, not "not yet"
    assert later.request.age == AgeRange(144, 155)


def test_a_correction_still_drops_the_negated_age(catalogue: Catalogue) -> None:
    *_, later = talk(catalogue, "Kind 4 Jahre in Kamen, Sprachförderung", "er ist schon 5, nicht 4")
    assert later.request.age == AgeRange(60, 71)


@pytest.mark.parametrize(("text", "rest"), [
    ("Nachtrag: Sie hat einen Sohn", "sie hat einen sohn"),
    ("Oh, and she'd prefer Arabic", "she'd prefer arabic"),
    ("by the way, the parents speak Farsi", "the parents speak farsi"),
    ("Psychologin gesucht", "psychologin gesucht"),  # "ps" only as a word of its own
])  # fmt: skip
def test_without_addendum(text: str, rest: str) -> None:
    assert without_addendum(text) == rest

"""Conversation classes found in h9ab's conversations (round 20), told by the turn's form.

A correction of the age in years;months ("Korrektur: 3;1, …") with words about how the mistake
came about ("Akte", "Befund") corrects the age and nothing else; the help named again by its kind
("gäbe es so einen Kurs auch auf Polnisch?") keeps the need and adds the language; "oder
Englisch" after a language offers a second one; a sibling named earlier with an attributive age
("der 16-jährige Bruder") keeps that age when asked for later; a sibling with a need of its own
for which the help spoken of does not exist at its age gets its own need; an answered age that
makes a sign no danger ("ständig allein" of a 15-year-old) takes child protection out, as one
message with that age would. Every sentence here is new, written for this file (none from a
conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.named_children import remember
from bot.dialogue.phrases import first_clause
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

SPEECH = "Junge 2;6 aus Kamen-Methler, spricht kaum, Eltern wünschen Frühförderung"


@pytest.mark.parametrize(("correction", "age"), [
    ("Korrektur: 3;1, hab mich in der Akte verlesen", (37, 37)),
    ("sorry, 3;6 – Tippfehler im Befund", (42, 42)),
    ("Korrektur: er ist 3;2, falsch aus dem Arztbrief abgeschrieben", (38, 38)),
    ("korrektur 3;3 hab mich in der akte verlesen", (39, 39)),  # dictated, no comma
])  # fmt: skip
def test_a_corrected_age_with_how_the_mistake_came_about_keeps_the_need(
    catalogue: Catalogue, correction: str, age: tuple[int, int]
) -> None:
    first, corrected = talk(catalogue, SPEECH, correction)
    assert (corrected.request.age.low, corrected.request.age.high) == age
    assert corrected.request.place == first.request.place
    assert corrected.request.topics == first.request.topics
    assert "kinderschutz" not in corrected.request.topics


def test_a_correction_that_also_asks_for_other_help_changes_the_need(
    catalogue: Catalogue,
) -> None:
    _, corrected = talk(catalogue, SPEECH, "Korrektur: 3;1. Braucht er auch einen Kitaplatz?")
    assert corrected.request.age.low == 37
    assert "kita_betreuung" in corrected.request.topics


@pytest.mark.parametrize(("text", "clause"), [
    ("2;10, hab mich verlesen", "2;10"),
    ("Kind 4; wohnt in Unna", "Kind 4"),
    ("Kind 4 ;wohnt in Unna", "Kind 4"),
    ("4;1 – Zahlendreher", "4;1"),
])  # fmt: skip
def test_a_semicolon_between_digits_is_an_age_not_a_clause_end(text: str, clause: str) -> None:
    assert first_clause(text) == clause


@pytest.mark.parametrize(("first", "follow_up", "language"), [
    ("Mutter mit Tochter, 9 Monate, in Unna-Königsborn, sucht eine Krabbelgruppe",
     "Nachtrag: die Mutter spricht besser Arabisch – gäbe es so eine Gruppe auch auf Arabisch?",
     "ar"),
    ("Eltern eines 7-Jährigen in Bergkamen suchen einen Elternkurs, der Junge ist sehr wütend",
     "Gibt es solche Kurse auch auf Türkisch? Der Vater liest kaum Deutsch.", "tr"),
    ("Boy, 10, in Unna, reading difficulties, the parents look for tutoring",
     "Is there such a service in Polish? The mother asked me.", "pl"),
])  # fmt: skip
def test_the_help_named_again_by_its_kind_in_a_language_keeps_the_need(
    catalogue: Catalogue, first: str, follow_up: str, language: str
) -> None:
    before, after = talk(catalogue, first, follow_up)
    assert after.request.languages == (language,)
    assert after.request.topics[0] == before.request.topics[0]
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place


@pytest.mark.parametrize(("asked", "alternative", "languages"), [
    ("gibt es das auf Russisch?", "oder Englisch, das kann die Tochter gut", ("ru", "en")),
    ("Geht das auch auf Arabisch?", "oder vielleicht auf Französisch?", ("ar", "fr")),
    ("any of this in Turkish?", "or in Kurdish, the grandmother speaks it", ("tr", "ku")),
])  # fmt: skip
def test_or_a_language_offers_it_beside_the_one_asked_for(
    catalogue: Catalogue, asked: str, alternative: str, languages: tuple[str, ...]
) -> None:
    first, _, widened = talk(catalogue, "Erziehungsberatung für Tochter, 12, in Werne", asked,
                             alternative)
    assert widened.request.languages == languages
    assert widened.request.topics[0] == first.request.topics[0]


@pytest.mark.parametrize(("first", "later", "age"), [
    ("Mädchen 7 in Kamen, seit Wochen Bauchweh vor der Schule; der 16-jährige Bruder kifft",
     "und für den bruder? suchtberatung", (192, 203)),
    ("Junge 5 aus Selm, Eltern in Trennung. Die Schwester (14) zieht sich völlig zurück.",
     "und für die Schwester? Psychologische Beratung?", (168, 179)),
])  # fmt: skip
def test_a_sibling_named_with_an_age_keeps_it_when_asked_for_later(
    catalogue: Catalogue, first: str, later: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, first, later)
    assert before.request.age is not None and before.request.age.high < 96
    assert (after.request.age.low, after.request.age.high) == age
    assert after.request.place == before.request.place


@pytest.mark.parametrize(("text", "kin", "age"), [
    ("kind 6, der 15jährige bruder passt oft auf", "bruder", (180, 191)),
    ("Tochter 3, ihr Bruder (12) hat ADHS", "bruder", (144, 155)),
    ("Sohn 8, die 4 jährige Schwester spricht kaum", "schwester", (48, 59)),
])  # fmt: skip
def test_a_kin_word_is_remembered_with_the_age_said_at_it(
    text: str, kin: str, age: tuple[int, int]
) -> None:
    known = dict((w, (low, high)) for w, low, high in remember((), text, AgeRange(72, 83)))
    assert known[kin] == age


def test_a_kin_word_without_an_age_of_its_own_takes_the_childs() -> None:
    assert remember((), "die Mutter fragt für ihren Sohn, der ist neun", AgeRange(108, 119)) == (
        ("sohn", 108, 119),)


@pytest.mark.parametrize(("first", "sibling", "need"), [
    ("Junge 10 in Lünen, schlecht in Mathe, Eltern suchen Nachhilfe, wenig Geld",
     "und sein bruder ist drei, der spricht kaum deutsch, gibt es für den auch was?",
     "sprachfoerderung"),
    ("Jugendlicher 15 in Unna kifft täglich, Eltern suchen Suchtberatung",
     "die kleine Schwester ist zwei und hat noch keinen Kitaplatz, gibts für die auch was?",
     "kita_betreuung"),
    # tutoring paid through BuT: the financing alone exists at two, the tutoring does not
    ("BuT-Antrag für Nachhilfe, Junge 11 in Holzwickede, Eltern beziehen Wohngeld",
     "seine schwester ist zwei und findet keinen kitaplatz, gibts für die auch was?",
     "kita_betreuung"),
])  # fmt: skip
def test_a_siblings_own_need_wins_where_the_help_spoken_of_does_not_exist_at_its_age(
    catalogue: Catalogue, first: str, sibling: str, need: str
) -> None:
    before, after = talk(catalogue, first, sibling)
    assert after.request.topics[0] == need
    assert before.request.topics[0] not in after.request.topics
    assert after.request.place == before.request.place


@pytest.mark.parametrize(("first", "answer"), [
    ("Kind bleibt oft allein zu Hause, Mutter arbeitet nachts, wohnt in Unna", "sie ist 15"),
    ("Sohn ist abends oft allein draußen unterwegs, Familie in Bergkamen", "er ist 16"),
])  # fmt: skip
def test_an_answered_age_that_makes_a_sign_no_danger_takes_protection_out(
    catalogue: Catalogue, first: str, answer: str
) -> None:
    before, after = talk(catalogue, first, answer)
    assert before.request.child_protection and before.request.topics[0] == "kinderschutz"
    assert not after.request.child_protection
    assert "kinderschutz" not in after.request.topics
    assert after.request.place == before.request.place


@pytest.mark.parametrize(("first", "answer"), [
    ("Kind in Selm wird vom Vater geschlagen, Mutter sucht Hilfe", "er ist 12"),
    ("Mädchen in Werne ist viel allein, die Eltern kümmern sich kaum", "die ist 13"),
])  # fmt: skip
def test_an_answered_age_keeps_a_danger_that_stays_one(
    catalogue: Catalogue, first: str, answer: str
) -> None:
    _, after = talk(catalogue, first, answer)
    assert after.request.child_protection
    assert after.request.topics[0] == "kinderschutz"


@pytest.mark.parametrize("correction", [
    "ne quatsch das war falsch der wohnt in lünen nord",
    "nee warte, falsch: die wohnen in Lünen-Nord",
    "äh sorry, Lünen-Nord natürlich",
])  # fmt: skip
def test_the_words_of_a_spoken_correction_are_no_need(catalogue: Catalogue,
                                                      correction: str) -> None:
    first, corrected = talk(catalogue, SPEECH, correction)
    assert corrected.request.place == "luenen-nord"
    assert corrected.request.topics == first.request.topics

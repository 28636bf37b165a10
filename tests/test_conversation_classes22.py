"""Conversation classes found in h11ab's conversations (round 22), told by the turn's form.

A new case announced after an ordinal or "weitere" question or a colloquial article ("eine zweite
Frage zu einer anderen Klientin: …", "noch ne frage, andere familie: …") inherits nothing of the
last family; a turn that names the same family ("noch was zur selben BG: …") keeps its place
whatever child it speaks of; a preference ("am liebsten auf Englisch") names a language, no need;
help asked for the parents keeps the child's need when all its offers for this child also address
them (drug counselling for "Jugendliche; Eltern").
Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.test_conversation_turn_forms import talk

BABY_CASE = "KM mit Baby 3 Monate in Bergkamen-Rünthe, Frühe Hilfen?"
LANGUAGE_CASE = ("Mädchen 4 in Werne, spricht kaum, Sprachförderung?", "gibt es das auf Polnisch?")


@pytest.mark.parametrize("new_case", [
    "Eine zweite Frage zu einer anderen Familie: Junge 9 wird in der Schule gemobbt",
    "noch eine weitere Frage zu einer neuen Klientin: ihr Sohn, 9, wird in der Klasse gemobbt",
    "One more question about another family: boy, 9, bullied at school for months",
    "danke! eine zweite Frage, andere Kundin: Sohn 9 wird seit Wochen gemobbt",
    "und noch ne frage, andere familie: junge 9 wird in der schule gemobbt",
    "ok danke, noch n anderer fall: junge, 9, wird gemobbt",
])  # fmt: skip
def test_a_new_case_after_a_numbered_question_inherits_nothing(
    catalogue: Catalogue, new_case: str
) -> None:
    *_, new = talk(catalogue, *LANGUAGE_CASE, new_case)
    assert new.request.place is None  # Werne was the last family's town: asked, not kept
    assert new.request.languages == ()  # Polish was the last family's wish
    assert new.request.age is not None and new.request.age.low == 108
    assert new.question is not None and new.question.kind == "place"


@pytest.mark.parametrize("question", [
    "eine zweite Frage: gibt es das auch in Unna?",
    "noch eine weitere Frage zur Tochter: geht das auch auf Russisch?",
])  # fmt: skip
def test_a_numbered_question_about_the_case_stays_in_the_case(
    catalogue: Catalogue, question: str
) -> None:
    first, later = talk(catalogue, "Mädchen 4 in Werne, spricht kaum, Sprachförderung?", question)
    assert later.request.age == first.request.age
    assert set(later.request.topics) & set(first.request.topics)


@pytest.mark.parametrize("same_family", [
    "noch was zur selben BG: Tochter 12 schwänzt seit Wochen die Schule",
    "gleiche Familie, die Tochter ist 12 und geht seit Wochen nicht zur Schule",
    "Same family: her daughter, 12, has been skipping school for weeks",
    "zum selben Haushalt: Mädchen 12 schwänzt, die Mutter kriegt sie nicht zur Schule",
])  # fmt: skip
def test_a_turn_naming_the_same_family_keeps_its_place(
    catalogue: Catalogue, same_family: str
) -> None:
    _, same = talk(catalogue, BABY_CASE, same_family)
    assert same.request.place == "bergkamen-ruenthe"
    assert same.request.age is not None and same.request.age.low == 144  # her own age, 12
    assert same.question is None


def test_a_child_of_its_own_without_the_same_family_is_still_a_new_case(
    catalogue: Catalogue,
) -> None:
    _, other = talk(catalogue, BABY_CASE, "Junge 12 schwänzt seit Wochen die Schule, Lünen")
    assert other.request.place == "luenen"


@pytest.mark.parametrize(("wish", "language"), [
    ("Am liebsten auf Englisch, falls das geht.", "en"),
    ("am liebsten auf arabisch wenn möglich", "ar"),
    ("Am allerliebsten auf Türkisch, das wäre super", "tr"),
])  # fmt: skip
def test_a_preferred_language_keeps_the_need(catalogue: Catalogue, wish: str,
                                             language: str) -> None:
    first, wished = talk(catalogue, "Schwangere, 25. SSW, sucht Geburtsvorbereitung in Unna", wish)
    assert wished.request.languages == (language,)
    assert wished.request.topics[0] == first.request.topics[0] == "schwangerschaft_geburt"
    assert "sexualpaedagogik" not in wished.request.topics  # "liebsten" is no "erste Liebe"


def test_a_preference_in_a_request_names_no_love(catalogue: Catalogue) -> None:
    request = understand("Schwimmkurs für Junge 6 in Kamen, am liebsten samstags", catalogue)
    assert "sexualpaedagogik" not in request.topics
    assert "sexualpaedagogik" in understand("Aufklärung, erste Liebe, 14, Unna", catalogue).topics


@pytest.mark.parametrize(("first", "parents"), [
    ("Junge 16 in Bergkamen kifft jeden Tag", "und für die Eltern?"),
    ("Sohn 15 in Selm zockt nächtelang, die Schule leidet", "gibt es was für die Eltern?"),
    ("Mädchen 17 in Lünen trinkt jedes Wochenende bis zum Filmriss",
     "eher was für die Mutter, die weiß nicht weiter"),
])  # fmt: skip
def test_help_for_the_parents_keeps_the_need_whose_offers_also_address_them(
    catalogue: Catalogue, first: str, parents: str
) -> None:
    opened, moved = talk(catalogue, first, parents)
    assert opened.request.topics == ("medien_sucht",)
    assert moved.request.topics[0] != "medien_sucht"  # the parents' own needs rank first
    assert "medien_sucht" in moved.request.main_topics  # counselling for youths and parents
    assert {"KRS-013", "KRS-014"} & {hit.offer.id for hit in moved.offers}


def test_a_need_with_offers_for_the_child_alone_stays_context_for_the_parents(
    catalogue: Catalogue,
) -> None:
    # at 14 in Unna the media scouts are for the young people themselves
    _, moved = talk(catalogue, "Tochter 14 in Unna trinkt am Wochenende viel Alkohol",
                    "eher was für die Mutter")
    assert "medien_sucht" in moved.request.topics
    assert "medien_sucht" not in moved.request.main_topics
    assert "UNA-033" not in {hit.offer.id for hit in moved.offers}

"""Conversation classes found in h11ab's conversations (round 22), told by the turn's form.

A new case announced after an ordinal or "weitere" question ("eine zweite Frage zu einer anderen
Klientin: …") inherits nothing of the last family; a turn that names the same family ("noch was
zur selben BG: …") keeps its place whatever child it speaks of; a preference ("am liebsten auf
Englisch") names a language, no need. Every sentence here is new, written for this file (none
from a conversation set).
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

"""Conversation classes found in h10ab's conversations (round 21), told by the turn's form.

A place corrected with the reason the wrong one was named ("… war nur der Einsatzort", "in Kamen
ist nur die Schule") takes the place lived in, and it stays; a follow-up about a parent ("und die
Mutter selbst? …") moves the help to the parent, in the form it names and the language the parent
speaks; giving up a language wish is read in the languages the foreign rules know; a language
asked for the help shown keeps the case's need even when it was only a stage's; words apologising
for a fact left out name no need; a pregnancy's needs give way when the born children are asked
about. Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.turns import waives_language
from tests.test_conversation_turn_forms import talk

GRIEF = "Mädchen 10 in Fröndenberg, seit dem Tod des Opas sehr still und zurückgezogen, Hilfe?"


@pytest.mark.parametrize(("first", "correction", "place"), [
    ("Junge 6 in Kamen, sehr unruhig, Eltern suchen Erziehungsberatung",
     "nein, die leben gar nicht in Kamen, sondern in Bönen, Kamen war nur der Ort der Kita",
     "boenen"),
    ("Junge 6 in Unna, sehr unruhig, Eltern suchen Erziehungsberatung",
     "Korrektur: die Familie wohnt in Holzwickede, in Unna wohnt nur die Tante", "holzwickede"),
    ("Boy, 12, in Selm, bullied at school, parents want advice",
     "Sorry, they actually live in Lünen – Selm is just where his club is.", "luenen"),
    ("Mädchen 8 in Schwerte, Schulangst, Mutter sucht Beratung",
     "stimmt nicht ganz, die wohnen nicht in Schwerte sondern in Fröndenberg, "
     "in Schwerte ist lediglich die Praxis", "froendenberg"),
])  # fmt: skip
def test_a_place_corrected_with_its_reason_takes_the_place_lived_in(
    catalogue: Catalogue, first: str, correction: str, place: str
) -> None:
    opened, corrected, later = talk(catalogue, first, correction, "gibt es das auch auf Polnisch?")
    assert corrected.request.place == place
    assert corrected.request.age == opened.request.age
    assert corrected.request.topics == opened.request.topics
    assert later.request.place == place  # the corrected place stays for the next turns


@pytest.mark.parametrize("follow_up", [
    "und der vater selbst? der ist 45 und braucht beratung, wie er mit ihr reden soll",
    "und die mama selber? sie ist 29, bräuchte jemanden zur beratung wegen der tochter",
    "What about mum herself? She's 35 and would like counselling on how to handle her daughter",
])  # fmt: skip
def test_a_follow_up_about_the_parent_asks_counselling_and_keeps_the_childs_age(
    catalogue: Catalogue, follow_up: str
) -> None:
    opened, parent = talk(catalogue, GRIEF, follow_up)
    assert parent.request.age == opened.request.age  # the parent's age is no child's age
    assert parent.request.topics[0] == "erziehungsberatung"
    assert parent.request.place == "froendenberg"


@pytest.mark.parametrize(("follow_up", "language"), [
    ("die mutter möchte auch für sich beratung, sie spricht arabisch", "ar"),
    ("der papa will auch selbst beratung, spricht nur polnisch", "pl"),
])  # fmt: skip
def test_the_language_of_the_parent_to_be_helped_is_wished(
    catalogue: Catalogue, follow_up: str, language: str
) -> None:
    _, parent = talk(catalogue, GRIEF, follow_up)
    assert parent.request.languages == (language,)
    assert "erziehungsberatung" in parent.request.topics


@pytest.mark.parametrize(("wish", "waiver"), [
    ("și în română?", "Bine, atunci germană merge 👍"),
    ("Türkçe var mı?", "Tamam, Almanca da olur"),
    ("a po polsku?", "Dobrze, po niemiecku może być"),
    ("gibt es das auch auf Englisch?", "ok dann halt deutsch"),
])  # fmt: skip
def test_giving_up_the_language_in_any_language_keeps_the_case(
    catalogue: Catalogue, wish: str, waiver: str
) -> None:
    opened, wished, waived = talk(
        catalogue, "Junge 5 in Bergkamen, spricht kaum, Sprachförderung gesucht", wish, waiver)
    assert wished.request.languages
    assert waived.request.languages == ()
    assert waived.request.topics == opened.request.topics
    assert waived.request.place == opened.request.place


@pytest.mark.parametrize("refusal", [
    "nu, germană nu e ok", "Deutsch lernen wäre ok", "Almanca değil, Türkçe lütfen",
])  # fmt: skip
def test_a_negated_german_or_german_lessons_is_no_waiver(refusal: str) -> None:
    assert waives_language(refusal, ("tr",)) is None


def test_german_with_a_word_of_assent_gives_up_only_a_wished_language() -> None:
    assert waives_language("Mama spricht gut Deutsch", ("ar",)) is not None
    assert waives_language("Mama spricht gut Deutsch") is None


def test_a_language_asked_for_the_help_shown_keeps_a_stage_need(catalogue: Catalogue) -> None:
    opened, english = talk(
        catalogue, "Hi, 4-year-old boy in Unna, family new here, anything for him?",
        "Is any of that in English? Dad is from Nigeria and his German is still poor.")
    assert english.request.languages == ("en",)
    assert english.request.topics[:len(opened.request.topics)] == opened.request.topics
    assert set(english.request.main_topics) <= set(opened.request.topics)


@pytest.mark.parametrize("answer", [
    "Entschuldigung, das Alter fehlte noch: sie ist 7.",
    "Pardon, das Alter hab ich vergessen – sie ist 7",
    "Oops, forgot the age: she is 7.",
])  # fmt: skip
def test_an_apology_for_a_fact_left_out_names_no_need(catalogue: Catalogue, answer: str) -> None:
    opened, answered = talk(
        catalogue, "Guten Tag, eine Mutter aus Kamen sucht für ihre Tochter eine Tanzgruppe.",
        answer)
    assert opened.question is not None and opened.question.kind == "age"
    assert answered.request.age is not None and answered.request.age.low == 84
    assert answered.request.topics == opened.request.topics


def test_the_born_children_asked_about_drop_the_pregnancys_needs(catalogue: Catalogue) -> None:
    opened, children = talk(
        catalogue, "Schwangere, 30. SSW, in Bönen, alleinerziehend, zwei Kleinkinder daheim",
        "die beiden daheim sind 2 und 3, gibt es eher was für die?")
    assert "schwangerschaft_geburt" in opened.request.topics
    assert children.request.age is not None and children.request.age.low >= 0
    assert "schwangerschaft_geburt" not in children.request.topics
    assert "alleinerziehende_entlastung" in children.request.topics


def test_a_newborn_keeps_the_midwifes_aftercare(catalogue: Catalogue) -> None:
    _, born = talk(catalogue, "Schwangere 38. SSW in Werne sucht eine Hebamme",
                   "Update: das Baby ist da, 10 Tage alt")
    assert "schwangerschaft_geburt" in born.request.topics


def test_the_form_named_for_the_parent_holds_beside_her_language(catalogue: Catalogue) -> None:
    _, parent = talk(catalogue, "Junge 4 in Selm, spricht noch kaum, Logopädie läuft",
                     "der papa selbst will beratung, wie er mit ihm umgehen soll, spricht türkisch")
    assert parent.request.topics[0] == "erziehungsberatung"
    assert parent.request.languages == ("tr",)


def test_born_children_with_no_fitting_need_get_their_stages_offers(catalogue: Catalogue) -> None:
    _, children = talk(catalogue, "Schwangere 25. SSW in Kamen, sucht Geburtsvorbereitung",
                       "und die zwei Großen sind 2 und 4 – gibt es eher was für die?")
    assert children.request.age is not None and children.request.age.low >= 0
    assert "schwangerschaft_geburt" not in children.request.topics
    assert children.request.topics

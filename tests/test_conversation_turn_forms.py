"""How a turn relates to the open case, told by its form (issue 8, conv6's dialogue classes).

A refinement that says why ("geht das auch auf Russisch? der Vater versteht sonst wenig") keeps
the need; "und wenn Arabisch?" switches the language; a sibling or a move is the same family; "eben
am Telefon: eine Mutter fragt für ihre Tochter" is another family; a changed need does not carry
the language that refined the one before; "für die Pflegeeltern" shifts the help to the parents.
Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue import Session, respond
from bot.dialogue.turns import (
    about_the_family,
    introduces_family,
    named_language,
    refines_case,
    waives_language,
)
from bot.models import Answer


def talk(catalogue: Catalogue, *turns: str) -> list[Answer]:
    """The answers to a conversation's turns, in order."""
    session, answers = Session(), []
    for text in turns:
        answer, session = respond(text, catalogue, session)
        answers.append(answer)
    return answers


# --- A: a refinement with its reason keeps the need --------------------------------------------

@pytest.mark.parametrize(("first", "refinement", "field", "value"), [
    ("Erziehungsberatung für Sohn, 9, in Unna",
     "geht das auch auf russisch? der vater versteht sonst wenig", "languages", ("ru",)),
    ("Lernförderung für Tochter, 10, in Kamen",
     "und in Bergkamen? da wohnt der papa, sie ist jedes zweite wochenende dort", "place",
     "bergkamen"),
    ("Krabbelgruppe für Baby 7 Monate in Werne",
     "eher nachmittags, morgens hat die mama deutschkurs", "place", "werne"),
    ("Suchtberatung für Tochter 15 in Schwerte",
     "gibts das auch in Unna? die schule ist da, sie ist jeden tag dort", "place", "unna"),
])  # fmt: skip
def test_a_refinement_with_its_reason_keeps_the_need(
    catalogue: Catalogue, first: str, refinement: str, field: str, value: object
) -> None:
    before, after = talk(catalogue, first, refinement)
    assert getattr(after.request, field) == value
    # the reason (a relative, a German course, school) is context, never the need searched
    assert set(after.request.main_topics or after.request.topics) == set(before.request.topics)
    assert after.request.age == before.request.age and after.question is None


@pytest.mark.parametrize(("correction", "age"), [
    ("Korrektur: er ist inzwischen 7, hab aus dem alten Bericht abgeschrieben", (84, 95)),
    ("nein sorry, er ist 5, hab die akte verwechselt", (60, 71)),
    ("sorry, er ist schon 8, stand falsch im Hilfeplan", (96, 107)),
])  # fmt: skip
def test_a_corrected_age_with_its_reason_keeps_the_need(
    catalogue: Catalogue, correction: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, "Ergotherapie für Sohn 6 in Kamen", correction)
    assert after.request.age is not None
    assert (after.request.age.low, after.request.age.high) == age
    assert set(after.request.main_topics or after.request.topics) == set(before.request.topics)
    assert after.request.place == "kamen"


def test_a_reason_that_asks_for_other_help_changes_the_need(catalogue: Catalogue) -> None:
    _, after = talk(catalogue, "Lernförderung für Tochter, 10, in Kamen",
                    "und in Unna? sie braucht dort auch einen Kitaplatz")
    assert after.request.place == "unna"
    assert "kita_betreuung" in after.request.topics
    assert "lernfoerderung" not in after.request.topics


@pytest.mark.parametrize(("second", "third", "language"), [
    ("auf türkisch?", "und wenn arabisch? das versteht die mutter auch", "ar"),
    ("gibt es das auf polnisch?", "und vielleicht russisch?", "ru"),
    ("in english?", "und wo französisch gesprochen wird?", "fr"),
])  # fmt: skip
def test_a_language_named_alone_switches_the_language(
    catalogue: Catalogue, second: str, third: str, language: str
) -> None:
    first, _, switched = talk(catalogue, "Erziehungsberatung für Sohn, 9, in Unna", second, third)
    assert switched.request.languages == (language,)
    assert switched.request.topics[0] == first.request.topics[0]


@pytest.mark.parametrize("waiver", [
    "ach egal, deutsch geht auch", "ok, deutsch ist auch ok", "Sprache ist egal", "german is fine",
    # the waiver said as a decision, with who will translate
    "gut, dann halt deutsch, die schwägerin dolmetscht", "then German, her neighbour translates",
])  # fmt: skip
def test_giving_up_the_language_keeps_the_need_without_it(
    catalogue: Catalogue, waiver: str
) -> None:
    first, asked, given_up = talk(catalogue, "Hebamme gesucht, schwanger, wohnt in Kamen",
                                  "auf arabisch?", waiver)
    assert asked.request.languages == ("ar",)
    assert given_up.request.languages == ()
    assert given_up.request.topics == first.request.topics  # "deutsch" is no German course
    assert given_up.offers


# --- B: more about the same family keeps its place or the child's age --------------------------

@pytest.mark.parametrize("sibling", [
    "ihr bruder, 7, hat probleme beim lesen",
    "hat noch ne kleine, 1, die schläft nie",
    "die große schwester, 12, wird in der schule gemobbt",
    "Sie hat auch noch einen Sohn, 4, der hustet ständig",
])  # fmt: skip
def test_another_child_of_the_family_keeps_the_place(catalogue: Catalogue, sibling: str) -> None:
    _, after = talk(catalogue, "Sprachförderung für Tochter 3 in Fröndenberg", sibling)
    assert after.request.place == "froendenberg"
    assert after.question is None or after.question.kind != "place"


@pytest.mark.parametrize("move", [
    "die ziehen im Sommer nach Selm. gibt es dort auch Tagesmütter?",
    "Familie zieht bald um nach Schwerte, gibt es da auch Tagesmütter?",
    "they are moving to Werne soon, is there a childminder there?",
])  # fmt: skip
def test_a_move_keeps_the_childs_age(catalogue: Catalogue, move: str) -> None:
    first, after = talk(catalogue, "Tagesmutter für Sohn, 1, in Bönen", move)
    assert after.request.age == first.request.age
    assert after.request.place in {"selm", "schwerte", "werne"}
    assert after.question is None


@pytest.mark.parametrize(("first", "correction", "age"), [
    ("Kita für Kinder 2 und 5 in Kamen", "sorry, die große ist schon 6", (24, 83)),
    ("Kita für Kinder 2 und 5 in Kamen", "ah nee, der kleine ist erst 18 monate", (18, 71)),
    ("Kita für Kinder 2 und 5 in Kamen", "sorry, die jüngste ist 3", (36, 71)),
])  # fmt: skip
def test_correcting_one_of_several_children_moves_one_end_of_the_span(
    catalogue: Catalogue, first: str, correction: str, age: tuple[int, int]
) -> None:
    _, corrected = talk(catalogue, first, correction)
    assert corrected.request.age is not None
    assert (corrected.request.age.low, corrected.request.age.high) == age
    assert corrected.request.place == "kamen"


# --- C: someone introduced anew is another family ----------------------------------------------

@pytest.mark.parametrize("other", [
    "Noch was anderes, gerade am Telefon: eine Mutter fragt für ihre Tochter, 8, nach Nachhilfe",
    "eben war eine Oma hier, ihr Enkel, 12, sucht einen Sportverein",
    "Something else: a father asks for his son, 10, who is bullied at school",
])  # fmt: skip
def test_someone_introduced_anew_does_not_inherit_the_place(
    catalogue: Catalogue, other: str
) -> None:
    _, new = talk(catalogue, "Schwimmkurs für Tochter 6 in Kamen", other)
    assert new.request.place is None
    assert new.question is not None and new.question.kind == "place"


# --- D: a changed need does not carry the language that refined the last one ------------------

def test_a_changed_need_drops_the_refined_language(catalogue: Catalogue) -> None:
    *_, kita = talk(catalogue, "Hebamme in Kamen, schwanger", "auf arabisch?",
                    "und ihr sohn, 3, braucht einen kitaplatz")
    assert kita.request.languages == ()
    assert kita.offers and kita.gap is None  # no language gap for a need nobody asked it of


def test_a_changed_need_that_restates_the_language_keeps_it(catalogue: Catalogue) -> None:
    *_, kita = talk(catalogue, "Hebamme in Kamen, schwanger", "auf arabisch?",
                    "und eine Kita für ihren Sohn, 3, auch auf arabisch?")
    assert kita.request.languages == ("ar",)


# --- E: help for the (foster) parents ----------------------------------------------------------

@pytest.mark.parametrize("for_them", [
    "und für die Pflegeeltern, gibt es Austausch mit anderen Pflegefamilien?",
    "Und für die PE selbst, Austausch mit anderen Pflegefamilien?",
])  # fmt: skip
def test_help_for_the_foster_parents_is_their_need(catalogue: Catalogue, for_them: str) -> None:
    _, after = talk(catalogue, "Pflegekind 7 mit ADHS in Schwerte, Lernförderung", for_them)
    assert "hilfen_zur_erziehung" in after.request.topics
    assert "lernfoerderung" not in after.request.topics
    assert after.request.place == "schwerte"


# --- the forms themselves ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("geht das auch auf türkisch? die mutter kommt mit", True),
    ("und in Selm? der papa wohnt dort", True),
    ("lieber am wochenende, unter der woche arbeitet sie", True),
    ("und in Selm? braucht sie da auch eine Hebamme?", False),  # the reason asks for help
    ("und in Selm?", False),  # nothing follows: an ordinary follow-up
    ("Kind 4, Kita in Selm? die mutter arbeitet", False),  # an age of its own
    ("und in Selm, die Tochter 3 braucht eine Kita", False),  # a child of its own follows
])  # fmt: skip
def test_refines_case_reads_the_opening_and_the_reason(
    catalogue: Catalogue, text: str, expected: bool
) -> None:
    assert refines_case(text, catalogue) is expected


@pytest.mark.parametrize(("text", "code"), [
    ("und wenn englisch?", "en"), ("oder polnisch? das kann er auch", "pl"),
    ("Nachhilfe in Englisch?", None), ("und deutsch?", None), ("die Mutter spricht Arabisch", None),
])  # fmt: skip
def test_named_language_only_with_words_of_refinement(text: str, code: str | None) -> None:
    assert named_language(text) == code


def test_forms_of_family_and_waiver() -> None:
    assert about_the_family("der ältere Bruder, 14, kifft")
    assert about_the_family("Die ziehen im März nach Lünen")
    assert not about_the_family("Junge, 13, zieht sich zurück")
    assert introduces_family("Was anderes: ein Vater fragt für seinen Sohn, 10")
    assert introduces_family("ne Familie aus Selm, Kind 3, Kita")
    assert not introduces_family("Sie hat eine Oma in Unna")
    assert waives_language("ok dann egal, deutsch ist ok") is not None
    assert waives_language("Kita auf Deutsch") is None
    assert waives_language("ok dann deutsch, ne freundin übersetzt") is not None
    assert waives_language("dann Deutsch lernen mit der Mama?") is None


# --- F: a word of manner ("konkret") is no need, even where an offer's text uses it -------------

@pytest.mark.parametrize(("first", "narrowing", "place"), [
    ("Krabbelgruppe für Mutter mit Baby, 7 Monate, im Kreis Unna", "Es geht konkret um Werne.",
     "werne"),
    ("Hausaufgabenhilfe für Sohn, 9, irgendwo im Kreis", "Konkret: Bergkamen-Rünthe",
     "bergkamen-ruenthe"),
    ("Schwimmkurs für Tochter, 6, Kreis Unna", "Ganz konkret wäre Holzwickede gut", "holzwickede"),
])  # fmt: skip
def test_a_place_said_concretely_keeps_the_need_and_the_age(
    catalogue: Catalogue, first: str, narrowing: str, place: str
) -> None:
    before, after = talk(catalogue, first, narrowing)
    assert after.request.place == place
    assert after.request.topics == before.request.topics
    assert after.request.age == before.request.age
    assert after.question is None


# --- G: English "is there …?" asks, it names no therapy (a stem "ther" is no offer word) -------

@pytest.mark.parametrize("refinement", [
    "is there something in arabic? the father speaks no german",
    "and is there anything in english? mum is from nigeria, no german yet",
    "is there also something in russian? the parents understand little german",
])  # fmt: skip
def test_is_there_in_a_language_keeps_the_need(catalogue: Catalogue, refinement: str) -> None:
    before, after = talk(catalogue, "Hebamme für Schwangere, 6. Monat, in Kamen", refinement)
    assert after.request.topics == before.request.topics
    assert "inklusion_behinderung" not in after.request.topics
    assert after.request.place == "kamen"

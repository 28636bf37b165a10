"""Turns that change the case in ways read by form (session 35's class, `tests/data/conv35/`).

A need the writer tells to forget goes; another family told of as living at the same place keeps
the case's place although it is a new case; a child named as the parent's ("ihr Sohn") belongs to
the family spoken of; an apology in the family's language before a correction or a move names
no need; a child named in Russian chat Latin is a child with an age.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange, Answer
from tests.talking import talk


def _needs(answer: Answer) -> tuple[str, ...]:
    return answer.request.main_topics or answer.request.topics


DISMISSED = [
    # (case, turn, a need that must lead or remain, the need given up)
    ("schüler 4. klasse in selm ständig in prügeleien, gibts da anti-gewalt-training?",
     "ach vergiss die prügelei, eigentlich gehts der mutter ums geld, sie kann den ogs beitrag "
     "nich mehr zahlen", "but_finanzen", "gewaltpraevention"),
    ("Kind 4 J., Sprachförderung in Kamen-Methler",
     "vergiss die Sprachförderung, die Mutter braucht eigentlich einen Kitaplatz",
     "kita_betreuung", "sprachfoerderung"),
    ("Kind 4 J., Sprachförderung in Kamen-Methler",
     "forget the speech therapy, the mother needs a Kita place", "kita_betreuung",
     "sprachfoerderung"),
    # a turn that names only what it gives up asks for none of it: the case's need stays
    ("Kind 4 J., Sprachförderung in Kamen-Methler", "der Kitaplatz hat sich erledigt, danke",
     "sprachfoerderung", "kita_betreuung"),
]


@pytest.mark.parametrize(("case", "turn", "kept", "gone"), DISMISSED)
def test_a_need_told_to_forget_goes(catalogue: Catalogue, case: str, turn: str, kept: str,
                                    gone: str) -> None:
    first = talk(catalogue, case)
    answer = talk(catalogue, case, turn)
    assert kept in answer.request.topics
    assert gone not in answer.request.topics
    assert answer.request.age == first.request.age
    assert answer.request.place == first.request.place
    assert answer.question is None


SAME_PLACE = [
    # (first case, a new family told of at the same place, its age)
    (("Salam, eine Mutter fragt: Kinderarzt nimmt keine neue Patienten, Baby muss U-Untersuchung "
      "machen. Wir sind in Massen.", "6 Wochen"),
     "Andere Familie, gleiche Unterkunft: Vater allein mit 3 Kinder (1, 4 und 7), Mutter liegt "
     "lange im Krankenhaus, er schafft das nicht.", (12, 95)),
    (("Kind 4 J., Sprachförderung in Kamen-Methler",),
     "Nächster Fall, die Nachbarin: Junge 6, sucht einen Schwimmkurs", (72, 83)),
    (("Kind 4 J., Sprachförderung in Kamen-Methler",),
     "Noch eine Familie aus dem selben Haus: Baby 4 Monate, Mutter sucht Krabbelgruppe", (4, 4)),
]


@pytest.mark.parametrize(("before", "turn", "age"), SAME_PLACE)
def test_a_new_family_at_the_same_place_keeps_the_place(
    catalogue: Catalogue, before: tuple[str, ...], turn: str, age: tuple[int, int],
) -> None:
    place = talk(catalogue, *before).request.place
    answer = talk(catalogue, *before, turn)
    assert answer.request.place == place
    assert answer.request.age == AgeRange(*age)  # its own child, nothing of the last one's
    assert answer.question is None
    assert "sprachfoerderung" not in answer.request.topics


@pytest.mark.parametrize("turn", [
    "Neuer Fall: Junge 6, Schwimmkurs gesucht",  # no place said: asked, never inherited
    "Nächster Fall: Junge 6, Schwimmkurs gesucht, wohnt im Nachbarort",  # another place
])
def test_a_new_family_elsewhere_is_asked_where_it_lives(catalogue: Catalogue, turn: str) -> None:
    answer = talk(catalogue, "Kind 4 J., Sprachförderung in Kamen-Methler", turn)
    assert answer.request.place is None
    assert answer.question is not None and answer.question.kind == "place"


@pytest.mark.parametrize(("before", "turn", "age", "need"), [
    (("merhaba, eine anne fragt nach kita platz für kızı, 2 yaşında.", "bönen",
      "ah pardon, nicht bönen, die wohnen seit letzte woche in werne."),
     "tamam, und ihr oğlu ist 8, für den sucht sie hausaufgabenhilfe.", (96, 107),
     "lernfoerderung"),
    (("Mutter sucht Kitaplatz für ihre Tochter, 2 Jahre, in Selm",),
     "und ihr Sohn ist 8, für den sucht sie Hausaufgabenhilfe", (96, 107), "lernfoerderung"),
    (("Vater sucht für seinen Sohn, 4, Sprachförderung in Bönen",),
     "seine große Tochter, 12, bräuchte Nachhilfe in Mathe", (144, 155), "lernfoerderung"),
])
def test_a_child_named_as_the_parents_stays_with_the_family(
    catalogue: Catalogue, before: tuple[str, ...], turn: str, age: tuple[int, int], need: str,
) -> None:
    place = talk(catalogue, *before).request.place
    answer = talk(catalogue, *before, turn)
    assert answer.request.place == place
    assert answer.request.age == AgeRange(*age)
    assert need in answer.request.topics
    assert answer.question is None


@pytest.mark.parametrize(("before", "turn", "age", "place"), [
    (("Dzień dobry, Kundin w ciąży, braucht Beratung zu Erstausstattung und Elterngeld.",
      "w Kamen"),
     "Przepraszam, sie ist letzte Woche umgezogen, wohnt jetzt in Bergkamen-Mitte.", (-9, -1),
     "bergkamen-mitte"),
    (("merhaba, kızım için Sprachförderung lazım, Kamen-Mitte, 4 yaşında",),
     "özür dilerim, 5 yaşında", (60, 71), "kamen-mitte"),
    (("Привет, мальчик 7 лет, нужна логопед, Lünen",), "извините, ему 8 лет", (96, 107),
     "luenen"),
])
def test_an_apology_in_the_familys_language_names_no_need(
    catalogue: Catalogue, before: tuple[str, ...], turn: str, age: tuple[int, int], place: str,
) -> None:
    needs = _needs(talk(catalogue, *before))
    answer = talk(catalogue, *before, turn)
    assert answer.request.age == AgeRange(*age)
    assert answer.request.place == place
    assert _needs(answer)[0] == needs[0]
    assert answer.question is None


@pytest.mark.parametrize(("text", "age"), [
    ("privet, devochka 16, Ladendiebstahl, wohnt in Brambauer, Mama alleinerziehend. Was gibt "
     "es da für die Familie?", (192, 203)),
    ("Kamen-Mitte: mal'chik 13, zündelt dauernd, Eltern getrennt, Mama schafft es nicht mehr",
     (156, 167)),
    ("malchik 5 let, logoped, Unna", (60, 71)),
])
def test_a_child_in_russian_chat_latin_has_its_age(catalogue: Catalogue, text: str,
                                                    age: tuple[int, int]) -> None:
    answer = talk(catalogue, text)
    assert answer.request.age == AgeRange(*age)
    assert answer.question is None


ASIDES = [
    "hab ich notiert 👍",
    "ist notiert",
    "schreib ich mir auf",
    "ich schicke das der Mutter",
    "ich melde mich wenn die Mutter sich entschieden hat",
    "super, ich schreib der Mama eine Nachricht",
    "die Mutter ist einverstanden",
    "ok, ich kläre das mit der Kita-Leitung",
    "gut, dann besprech ich das im Team",
    "prima, mehr brauche ich nicht",
]


@pytest.mark.parametrize("case", [
    "Kind 4 J., Sprachförderung in Kamen-Methler",
    "Baby 3 Monate, Mutter erschöpft, schreit viel, Bergkamen",
    "Junge 8, Nachhilfe Mathe, Unna",
])
@pytest.mark.parametrize("aside", ASIDES)
def test_the_askers_own_next_step_leaves_the_case_alone(catalogue: Catalogue, case: str,
                                                        aside: str) -> None:
    before = talk(catalogue, case).request
    answer = talk(catalogue, case, aside)
    assert (answer.request.age, answer.request.place) == (before.age, before.place)
    assert answer.request.topics == before.topics
    assert answer.question is None


@pytest.mark.parametrize(("turn", "place", "language"), [
    # the asker's step is left out, what the turn says besides counts
    ("ich schreib der Mutter eine Nachricht, die wohnen übrigens in Heeren",
     "kamen-heeren-werve", None),
    ("die Mutter ist einverstanden, aber lieber auf Türkisch", "kamen-methler", "tr"),
])
def test_an_asides_fact_still_counts(catalogue: Catalogue, turn: str, place: str,
                                     language: str | None) -> None:
    answer = talk(catalogue, "Kind 4 J., Sprachförderung in Kamen-Methler", turn)
    assert answer.request.place == place
    assert answer.request.languages == ((language,) if language else ())
    assert _needs(answer)[0] == "sprachfoerderung"


@pytest.mark.parametrize("answer_text", ["ein Kita-Kind, 4", "ein Schulkind, 7", "Kita-Kind, 4"])
def test_a_stage_with_its_article_answers_the_age_question(catalogue: Catalogue,
                                                          answer_text: str) -> None:
    answer = talk(catalogue, "Sprachförderung in Kamen-Methler gesucht", answer_text)
    assert answer.request.place == "kamen-methler"
    assert _needs(answer)[0] == "sprachfoerderung"
    assert answer.question is None


@pytest.mark.parametrize(("before", "turn", "language"), [
    (("Guten Tag, eine Familie in Südkamen: Mutter 26, Zwillinge 5 Monate, das große Kind ist 3. "
      "Die Mutter wünscht sich Entlastung im Alltag, etwa durch Familienpaten.",),
     "Nachtrag: Die Familie spricht zu Hause Russisch. Gäbe es die Begleitung auch mit "
     "russischsprachigen Ehrenamtlichen?", "ru"),
    (("Mädchen 4 J., Sprachförderung in Unna",), "Gäbe es die Förderung auch auf Arabisch?",
     "ar"),
    (("Mädchen 4 J., Sprachförderung in Unna",), "Gibt es den Kurs auch auf Arabisch?", "ar"),
])
def test_the_help_asked_for_in_a_language_stays_the_cases(
    catalogue: Catalogue, before: tuple[str, ...], turn: str, language: str,
) -> None:
    needs = _needs(talk(catalogue, *before))
    answer = talk(catalogue, *before, turn)
    assert answer.request.languages == (language,)
    assert _needs(answer) == needs


@pytest.mark.parametrize(("case", "turn", "asked"), [
    ("hab hier nen 16jährigen, kifft, kein Bock auf Schule, sucht Jugendzentrum in Werne",
     "und Suchtberatung?", "medien_sucht"),
    ("Mädchen 9 in Unna, Mama depressiv, sie sucht einen Sportverein für die Kleine",
     "und was für Kinder psychisch kranker Eltern?", "belastete_eltern"),
])
def test_a_need_the_case_only_told_is_asked_when_named(
    catalogue: Catalogue, case: str, turn: str, asked: str,
) -> None:
    """A need the first turn only told as its story is asked now, not restated (stop 33)."""
    before = talk(catalogue, case)
    assert asked in before.request.topics and asked not in before.request.main_topics
    answer = talk(catalogue, case, turn)
    assert _needs(answer)[0] == asked
    assert any(asked in hit.offer.topics for hit in answer.offers[:3])

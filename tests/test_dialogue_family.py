"""Follow-ups about the family of the case: a child named again by its kin word, a parent's age,
a language offered beside the one asked for. Each class is shown on sentences of its own."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue import Session, respond
from bot.dialogue.turns import added_languages
from bot.models import AgeRange
from tests.talking import talk


@pytest.mark.parametrize(("turns", "age"), [
    (("Vater war da, Tochter ist 9 und kommt in der Schule nicht mit, Lernförderung in Kamen.",
      "Der jüngere Bruder ist 3 und braucht einen Kitaplatz.",
      "Und gibt es für die Tochter auch Zuschüsse für den Schulbedarf?"), AgeRange(108, 119)),
    (("Sohn geht in die 3. Klasse und braucht Betreuung nach der Schule, wohnen in Unna.",
      "Die Schwester ist 4 und spricht kaum Deutsch, Sprachförderung?",
      "Und Ferienfreizeit für den Sohn, was kostet das?"), AgeRange(96, 107)),
    (("My daughter is 12 and gets bullied at school, we live in Lünen.",
      "Her brother is 6 and needs a football club.",
      "Anything for my daughter in the holidays?"), AgeRange(144, 155)),
])  # fmt: skip
def test_a_child_named_again_by_its_kin_word_keeps_its_own_age(
    catalogue: Catalogue, turns: tuple[str, ...], age: AgeRange
) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age == age  # not the age of the child spoken of last
    assert answer.question is None


def test_a_new_case_forgets_the_children_of_the_last_one(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Sohn 10 braucht Nachhilfe in Kamen.",
                   "Neuer Fall: Sohn braucht einen Schwimmkurs in Werne.")  # fmt: skip
    assert answer.request.age != AgeRange(120, 131)


@pytest.mark.parametrize(("turns", "age"), [
    (("Baby 6 Monate schreit sehr viel, Mutter erschöpft, wohnen in Unna.",
      "die Mutter ist übrigens erst 19 und allein"), AgeRange(6, 6)),
    (("Kleinkind 2 Jahre, spricht noch gar nicht, Familie in Holzwickede.",
      "der Vater ist 45 und arbeitslos, falls das wichtig ist"), AgeRange(24, 35)),
    (("Junge 8 hat Wutanfälle, Erziehungsberatung in Bergkamen gesucht.",
      "die Mama ist selbst erst zwanzig"), AgeRange(96, 107)),
])  # fmt: skip
def test_a_parents_age_keeps_the_childs_and_asks_nothing(
    catalogue: Catalogue, turns: tuple[str, ...], age: AgeRange
) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age == age
    assert answer.question is None


@pytest.mark.parametrize(("turns", "languages"), [
    (("Sohn 7 hat Wutausbrüche, Erziehungsberatung in Lünen gesucht.", "gibt es das auf Türkisch?",
      "Arabisch wäre auch okay"), ("tr", "ar")),
    (("Elternkurs in Kamen für Eltern eines 5-Jährigen?", "am liebsten auf Polnisch",
      "Russisch ginge notfalls auch"), ("pl", "ru")),
    (("Parenting course in Unna, child is 4", "in English please", "French works too"),
     ("en", "fr")),
])  # fmt: skip
def test_a_language_offered_as_well_joins_the_one_asked_for(
    catalogue: Catalogue, turns: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert talk(catalogue, *turns).request.languages == languages


@pytest.mark.parametrize(("text", "added"), [
    ("Englisch geht zur Not auch", ("en",)),
    ("gibt es das auch auf Türkisch?", ()),  # "auch" is about the offer: Turkish instead
    ("und wenn englisch? das kann sie auch ganz gut", ()),  # "auch" in another clause
])  # fmt: skip
def test_only_an_auch_after_the_language_adds_it(text: str, added: tuple[str, ...]) -> None:
    assert added_languages(text) == added


def test_the_children_survive_a_restart(catalogue: Catalogue) -> None:
    session = Session()
    for text in ("Sohn 10 braucht Nachhilfe in Kamen.", "Die Tochter ist 4, Kitaplatz?"):
        _answer, session = respond(text, catalogue, session)
    restored = Session.from_json(session.to_json())
    assert restored.children == session.children == (("sohn", 120, 131), ("tochter", 48, 59))
    answer, _session = respond("und Schwimmkurs für den Sohn?", catalogue, restored)
    assert answer.request.age == AgeRange(120, 131)


@pytest.mark.parametrize(("turns", "age"), [
    (("Junge 15 hängt nur rum, Jugendtreff in Kamen?",
      "der raucht auch, 4-5 joints am tag. suchtberatung?"), AgeRange(180, 191)),
    (("Tochter 16 schwänzt die Schule, Hilfe in Unna?",
      "die kifft 2-3 joints am tag. suchtberatung?"), AgeRange(192, 203)),
    (("Mädchen 13 ritzt sich, Beratung in Lünen?",
      "sie kifft 3-4 joints pro tag. suchtberatung?"), AgeRange(156, 167)),
])  # fmt: skip
def test_an_unsure_count_without_a_child_named_keeps_the_age_and_asks_nothing(
    catalogue: Catalogue, turns: tuple[str, ...], age: AgeRange
) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age == age and answer.question is None


def test_an_unsure_number_with_a_child_named_is_still_another_child(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Kind 4, Kitaplatz in Selm gesucht", "hat noch einen Jungen von 2")
    assert answer.request.age != AgeRange(48, 59)  # the boy is not the 4-year-old


@pytest.mark.parametrize(("turns", "place", "topic"), [
    (("Sohn 4 braucht Sprachförderung in Kamen.", "Die ziehen in den Herbstferien nach Unna."),
     "unna", "sprachfoerderung"),
    (("Junge 10 braucht Nachhilfe in Bergkamen", "die ziehen nach den Osterferien um, nach Lünen"),
     "luenen", "lernfoerderung"),
    (("Tochter 2, Krabbelgruppe in Werne?", "Nachtrag: die Familie zieht in den Pfingstferien "
      "nach Selm."), "selm", "eltern_kind_gruppen"),
    (("Baby 5 Monate, Babyschwimmen in Unna?", "Die ziehen im Sommer nach Kamen. Gibt es dort "
      "eine Krabbelgruppe?"), "kamen", "eltern_kind_gruppen"),  # a need asked beside the move
])  # fmt: skip
def test_a_move_keeps_the_need_its_time_words_are_when(
    catalogue: Catalogue, turns: tuple[str, ...], place: str, topic: str
) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.place == place and topic in answer.request.topics


@pytest.mark.parametrize(("turns", "age"), [
    # several children named each with their age: the one named again is that one
    (("Klient hat Sohn 7 und Tochter 13, wohnen in Kamen, Erziehungsberatung?",
      "und für die Tochter, gibt es eine Jugendgruppe?"), AgeRange(156, 167)),
    (("Mutter mit Tochter 3 und Sohn 11 in Unna, sucht Beratung",
      "der Sohn wird gemobbt, was gibt es da?"), AgeRange(132, 143)),
    (("two kids, son 5 and daughter 9, we live in Werne and need family counselling",
      "my daughter also needs tutoring"), AgeRange(108, 119)),
    # a correction that negates a young adult's age: the negated one is dropped
    (("Kundin, 22, sucht eine Ausbildung, wohnt in Unna", "Korrektur: sie ist 19, nicht 22"),
     AgeRange(228, 239)),
    (("junger Mann 24 sucht Ausbildung in Kamen", "sorry, er ist 21 nicht 24"),
     AgeRange(252, 263)),
    (("Kunde 25 hat Schulden, wohnt in Bergkamen", "vertippt, er ist 18, nicht 25"),
     AgeRange(216, 227)),
    # help chosen for one end of the family: that child alone, not the family's span
    (("drei Kinder 2, 5 und 9 in Unna, Vater gestorben, Trauerbegleitung?",
      "vor allem für die Große, die ist neun"), AgeRange(108, 119)),
    (("Kinder 1 und 6, Familie in Kamen braucht Erziehungsberatung",
      "eher für den Kleinen, der ist 1"), AgeRange(12, 23)),
    (("kids 3 and 10 in Lünen, the family needs counselling",
      "mostly for the older one, he is 10"), AgeRange(120, 131)),
])  # fmt: skip
def test_the_child_a_follow_up_is_about_has_its_own_age(
    catalogue: Catalogue, turns: tuple[str, ...], age: AgeRange
) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.age == age and answer.question is None


@pytest.mark.parametrize("turns", [
    ("Tochter 13 hat Angst vor der Schule, wohnen in Bergkamen",
     "und was für die Mama, die ist völlig fertig?"),
    ("Sohn 16 kifft, Suchtberatung in Werne?", "und für die Mutter, die ist auch völlig fertig"),
    ("Mädchen 12 wird gemobbt, Familie in Selm",
     "gibt es für die Mutter Beratung? die ist völlig fertig mit den Nerven"),
])  # fmt: skip
def test_help_for_a_parent_is_for_parents_of_this_child(
    catalogue: Catalogue, turns: tuple[str, ...]
) -> None:
    """Early help (0–3) read from "völlig fertig" has nothing for parents of a teenager."""
    answer = talk(catalogue, *turns)
    assert "erziehungsberatung" in answer.request.main_topics
    assert "fruehe_hilfen" not in answer.request.main_topics


@pytest.mark.parametrize(("turns", "place"), [
    (("Kind 4 braucht Sprachförderung, Kita in Kamen",
      "Korrektur: die Familie wohnt in Bergkamen, nur die Kita ist in Kamen"), "bergkamen"),
    (("Sohn 9, Lerntherapie gesucht, Schule in Unna",
      "die wohnen aber in Holzwickede, die Schule liegt in Unna"), "holzwickede"),
    (("Tochter 14 braucht Beratung in Lünen",
      "sorry: sie lebt in Selm, nur der Verein ist in Lünen"), "selm"),
])  # fmt: skip
def test_the_place_lived_in_wins_over_where_the_child_is_met(
    catalogue: Catalogue, turns: tuple[str, ...], place: str
) -> None:
    assert talk(catalogue, *turns).request.place == place

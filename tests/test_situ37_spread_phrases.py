"""Needs told as a situation in words inflected, spread out by fillers, or closed by a particle
(situ37).

People rarely name the help; they tell what happens, and the words of a known phrase stand in
another person of the verb ("die Eltern trinken" beside "trinkt"), apart from each other with
modal particles and time adverbials between ("das Geld reicht echt schon lange vorne und hinten
nicht"), or closed by a separable particle at the end of the clause ("haut … ab"). Each table holds
one mechanism; the sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.normalise import filler_ranks, stem, within_window
from bot.understanding.topic_words import _same_verb


def _topics(text: str, catalogue: Catalogue) -> tuple[str, ...]:
    return understand(text, catalogue).topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # an idiom spread out by intensifiers and time adverbials
        ("Bei denen reicht das Geld echt schon lange vorne und hinten nicht, Tochter 6, Kamen",
         "but_finanzen"),
        ("Das Geld reicht ehrlich gesagt seit Monaten hinten und vorne nicht. Sohn 9, Werne",
         "but_finanzen"),
        # a phrase of four words with a pronoun, an age and fillers between
        ("Die Eltern kommen mit dem Jungen (13) einfach gar nicht mehr klar. Lünen",
         "erziehungsberatung"),
        # a symptom with a time adverbial inside it
        ("Die Tochter (14) isst seit Wochen nichts mehr, Schwerte", "psychische_gesundheit"),
    ],
)
def test_fillers_take_no_room_in_a_phrase(catalogue: Catalogue, text: str, need: str) -> None:
    """A phrase told with "echt", "seit Monaten", "hinten und vorne" in between is the phrase."""
    assert need in _topics(text, catalogue)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Die Eltern trinken, Junge 8, Unna", "belastete_eltern"),
        ("Mama und Papa kiffen, die Kinder (5 und 7) sind oft allein. Bergkamen",
         "belastete_eltern"),
    ],
)
def test_a_verb_in_the_plural_is_the_verb(catalogue: Catalogue, text: str, need: str) -> None:
    """"Die Eltern trinken" is what "die Mutter trinkt" is: a family's burden of addiction."""
    assert need in _topics(text, catalogue)


@pytest.mark.parametrize(
    ("word", "term", "same"),
    [
        ("trinken", "trinkt", True),
        ("kiffen", "kifft", True),
        ("klauen", "klaut", True),
        ("minuten", "minus", False),  # two rounds of endings meet at "minu": no verb
        ("kinder", "kind", False),  # "-er" is a noun's plural, not a person of a verb
    ],
)
def test_persons_of_one_verb(word: str, term: str, same: bool) -> None:
    assert _same_verb(word, term) is same


@pytest.mark.parametrize(
    ("text", "need", "not_need"),
    [
        # "haut … ab" at the end of the clause runs away; "haut" alone hits
        ("Er haut ständig von zu Hause ab, 14 Jahre, Selm", "hilfen_zur_erziehung",
         "gewaltpraevention"),
        ("Sie haut immer wieder nachts von daheim ab. 15 J., Kamen", "hilfen_zur_erziehung",
         "gewaltpraevention"),
    ],
)
def test_a_particle_closing_the_clause_makes_a_particle_verb(
        catalogue: Catalogue, text: str, need: str, not_need: str) -> None:  # fmt: skip
    topics = _topics(text, catalogue)
    assert need in topics
    assert not_need not in topics


def test_a_particle_of_another_clause_leaves_the_verb_alone(catalogue: Catalogue) -> None:
    """"haut andere … und holt sie nicht ab": the particle is the second verb's."""
    assert "gewaltpraevention" in _topics(
        "Er haut ständig andere Kinder und die Mutter holt ihn nie pünktlich ab, 8, Unna",
        catalogue)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "need", "not_need"),
    [
        # "mitkommen" in German lessons is language support, no migration help
        ("Der Junge (8) kommt in Deutsch überhaupt nicht mit. Lünen", "sprachfoerderung",
         "migration_integration"),
        ("Tochter 8 kommt im Deutschunterricht nicht hinterher, Bönen", "sprachfoerderung",
         "migration_integration"),
        # … past the age of language support, learning support
        ("Er ist 13 und kommt in Deutsch nicht mit, Kamen", "lernfoerderung",
         "migration_integration"),
        # … in school or maths, learning support
        ("Sohn 11 kommt in der Schule einfach nicht mehr mit, Unna", "lernfoerderung",
         "migration_integration"),
        ("Sie kommt in Mathe schon lange nicht mehr mit, 13 Jahre, Kamen", "lernfoerderung",
         "sprachfoerderung"),
    ],
)
def test_not_keeping_up_in_class(catalogue: Catalogue, text: str, need: str,
                                 not_need: str) -> None:  # fmt: skip
    topics = _topics(text, catalogue)
    assert need in topics
    assert not_need not in topics


def test_not_coming_along_is_no_learning_need(catalogue: Catalogue) -> None:
    """A parent who does not come along to an appointment tells no child's learning."""
    assert "lernfoerderung" not in _topics(
        "Die Mutter kommt zum Termin nicht mit, Sohn 9, Kamen", catalogue)


def test_window_counts_meaningful_words_only() -> None:
    words = ("das", "geld", "reicht", "echt", "schon", "lange", "nicht")
    stems = tuple(stem(w) for w in words)
    phrase = tuple(stem(w) for w in ("geld", "reicht", "nicht"))
    assert within_window(stems, phrase, range(len(words)), slack=2) is None
    ranks = filler_ranks(words, frozenset({"echt"}), (("schon", "lange"),))
    assert within_window(stems, phrase, range(len(words)), 2, ranks) == (1, 2, 6)

"""Classes of need sentences in words nobody had used (tests/data/needs4): verb prefixes and
participles, derivations inside compounds, a need told as a picture of several situation words,
short terms inside compounds, strong verb forms, compounds that are no typos, and a need taken
back before "aber"/"sondern". Each class is held by sentences of its own, none from a set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import indexes, understand
from bot.understanding.normalise import stem, verb_roots
from bot.understanding.topic_missing import contrasted
from bot.understanding.topic_parts import Credit


def _topics(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    return understand(text, catalogue).topics


# -- a prefixed verb form or participle means its root term ---------------------------------

@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Sohn 15 hat sein ganzes Taschengeld verzockt, Unna", "medien_sucht"),
        ("Tochter 13 wird in der Klasse ständig gehänselt, Kamen", "gewaltpraevention"),
        ("Schüler 14 wurde auf dem Schulhof verprügelt, Lünen", "gewaltpraevention"),
    ],
)
def test_a_prefixed_verb_form_names_its_roots_need(catalogue: Catalogue, text: str,
                                                   topic: str) -> None:  # fmt: skip
    assert topic in _topics(catalogue, text)


def test_verb_roots_strip_prefixes_and_the_participles_ge() -> None:
    assert "zockt" in verb_roots("verzockt")
    assert "hauen" in verb_roots("abgehauen")
    assert "haenselt" in verb_roots("gehaenselt")
    assert verb_roots("abbau") == ()  # what remains must be a word of its own


# -- a derivation ending between a term and a generic head adds nothing unknown --------------

@pytest.mark.parametrize(
    "text",
    ["Fütterungsprobleme bei Säugling 3 Monate, Unna", "Baby 4 Monate, Fütterungsstörung. Kamen"],
)
def test_a_derived_compound_of_a_term_is_understood(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert "schreibaby_schlaf" in request.topics
    assert not request.need_unexplained


# -- several different words of one situation name its need ---------------------------------

@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Mädchen 15 hat vor Klassenarbeiten Herzrasen und Atemnot, Unna", "psychische_gesundheit"),
        ("Sohn 14 ist einsam, zurückgezogen und antriebslos, Selm", "psychische_gesundheit"),
        ("Junge 9 wird im Klassenchat beschimpft und ausgelacht, Werne", "gewaltpraevention"),
        ("Tochter 5 nuschelt, die Aussprache ist kaum zu verstehen, Selm", "sprachfoerderung"),
    ],
)
def test_a_picture_of_a_situation_names_its_need(catalogue: Catalogue, text: str,
                                                 topic: str) -> None:  # fmt: skip
    assert _topics(catalogue, text)[:1] == (topic,)


# -- a short term inside a compound of it and an everyday word -------------------------------

@pytest.mark.parametrize(
    ("word", "parts"),
    [("impfpass", ["impfen"]), ("handyvertraege", ["handy"]), ("heimlich", []), ("pausenbrot", [])],
)
def test_compounds_split_into_a_term_and_a_known_word(catalogue: Catalogue, word: str,
                                                      parts: list[str]) -> None:  # fmt: skip
    assert indexes(catalogue).topics._split(word) == parts


def test_a_compound_of_two_known_words_is_no_typo(catalogue: Catalogue) -> None:
    index = indexes(catalogue).topics
    assert index._spelt_right("klassenchat")  # not "Klassenrat" with one slip
    assert not index._spelt_right("elterntrainig")  # a real typo of a term stays one


# -- strong verb forms meet their lemma's stem -----------------------------------------------

@pytest.mark.parametrize(
    ("form", "lemma"),
    [("isst", "essen"), ("spricht", "sprechen"), ("nimmt", "nehmen"), ("hilft", "helfen")],
)
def test_strong_verb_forms_share_their_lemmas_stem(form: str, lemma: str) -> None:
    assert stem(form) == stem(lemma)


def test_words_spelt_like_a_noun_or_an_article_keep_their_own_stem() -> None:
    assert stem("bett") != stem("beten")  # "macht ins Bett" is no prayer
    assert stem("die") == "die"


# -- a need taken back before "aber"/"sondern" yields to the need after it ------------------

@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Junge 8, kein Mobbing, aber er kann sich nicht konzentrieren. Kamen",
         "gewaltpraevention", "lernfoerderung"),
        ("Kind 4, keine Sprachprobleme, sondern motorisch sehr ungeschickt, Unna",
         "sprachfoerderung", "fruehfoerderung"),
    ],
)
def test_a_need_taken_back_before_a_contrast_yields(catalogue: Catalogue, text: str, gone: str,
                                                    kept: str) -> None:  # fmt: skip
    topics = _topics(catalogue, text)
    assert kept in topics
    assert gone not in topics


def test_a_missing_service_before_a_contrast_is_not_taken_back() -> None:
    words = ["kind", "hat", "keinen", "kitaplatz", "aber", "mutter", "ueberfordert"]
    credits = [Credit(3, "kitaplatz", "kita_betreuung", 1.0, True),
               Credit(6, "ueberfordert", "erziehungsberatung", 1.0, False)]  # fmt: skip
    kept = contrasted(credits, words, frozenset({3}), frozenset({"aber"}), frozenset({"hat"}))
    assert kept == credits
    without_lack = contrasted(credits, words, frozenset({3}), frozenset({"aber"}), frozenset())
    assert [c.topic for c in without_lack] == ["erziehungsberatung"]


# -- a loose phrase of another life phase leaves its words to this child's need --------------

def test_a_loose_phrase_of_another_phase_leaves_its_words(catalogue: Catalogue) -> None:
    topics = _topics(catalogue, "Kind 7, Eltern überfordert, nässt wieder ein, Lünen")
    assert topics[:1] == ("erziehungsberatung",)


# -- an adjective made from a need noun names it ---------------------------------------------

@pytest.mark.parametrize("word", ["spielsuechtig", "spielsuechtigen"])
def test_an_adjective_means_the_noun_it_is_made_from(catalogue: Catalogue, word: str) -> None:
    assert indexes(catalogue).topics._root(word) == "spielsucht"

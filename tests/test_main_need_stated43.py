"""A statement about the family in unpunctuated text is the story, not the ask (gaps43).

Dictated or hastily typed messages run the asked sentence into the story ("… eine
hausaufgabenhilfe gibt für ein mädchen neun jahre die mutter hat krebs"). A definite article, a
family word and a verb of telling start a statement; its topics are why the asked kind of offer
is sought. Where no offer of that kind fits, the request is an honest gap and the story's offers
are marked alternatives, never shown as fitting.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.main_need_story import told_statements
from bot.understanding.normalise import words_of


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("die chefin fragt ob es in cappenberg eine hausaufgabenhilfe gibt für ein mädchen neun "
         "jahre dritte klasse die mutter hat krebs und liegt viel im krankenhaus",
         "lernfoerderung"),
        ("gibt es in bork nachhilfe für einen jungen acht jahre der vater sitzt in haft",
         "lernfoerderung"),
        ("suche krabbelgruppe in werne für ein baby fünf monate die mutter hat eine "
         "wochenbettdepression", "eltern_kind_gruppen"),
    ],
)
def test_a_stated_story_leaves_the_asked_kind_alone(catalogue: Catalogue, text: str,
                                                     asked: str) -> None:
    request = understand(text, catalogue)
    assert request.main_topics == (asked,)
    answer = match(request, catalogue)
    assert all(asked in hit.offer.topics for hit in answer.offers)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("hausaufgabenhilfe gibt für ein mädchen die mutter hat krebs", True),
        ("gibt es hilfe für eine mutter die krebs hat", False),  # a relative clause asks
        ("die mutter braucht eine beratung", False),  # a verb that asks is no statement
        ("die mutter fragt nach nachhilfe", False),
        ("suche eine Trauerbegleitung. Der Vater ist verstorben.", False),  # its own sentence
    ],
)
def test_what_starts_a_statement(text: str, stated: bool) -> None:
    assert bool(told_statements(words_of(text))) is stated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the asking verb's object behind a phrase of articles and prepositions
        ("Sie möchte mit dem Kleinen in eine Krabbelgruppe in Werne.", "krabbelgruppe"),
        ("Die Mutter sucht für ihren Sohn in der Nähe eine Nachhilfe.", "nachhilfe"),
    ],
)
def test_the_reach_of_an_asking_verb_skips_joining_words(text: str, word: str) -> None:
    words = words_of(text)
    assert words.folded.index(word) in asked_positions(words)


def test_an_asked_kind_behind_a_long_phrase_is_a_gap_where_none_fits(
        catalogue: Catalogue) -> None:
    """A 5-month-old's single mother short of money wants a toddler group in Werne: the group
    is asked (no offer for that age there), the burden is why — a gap, not single-parent
    offers shown as fitting."""
    request = understand("Baby 5 Monate, Mutter alleinerziehend und knapp bei Kasse. Sie möchte "
                         "mit dem Kleinen in eine Krabbelgruppe in Werne.", catalogue)
    assert request.main_topics == ("eltern_kind_gruppen",)
    assert match(request, catalogue).gap is not None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("erster hausbesuch in westhofen junge mutter mit einem baby von acht monaten und schon "
         "wieder schwanger sie möchte mit dem kleinen in eine krabbelgruppe",
         "eltern_kind_gruppen"),
        ("kind sieben jahre adhs familie zieht nach werne sie suchen einen ogs platz ab sommer",
         "ogs_ganztag"),
    ],
)
def test_a_pronoun_and_an_asking_verb_begin_the_ask_in_unmarked_text(
        catalogue: Catalogue, text: str, asked: str) -> None:
    """What the run-on text told before "sie möchte" is the story: the asked kind decides."""
    assert understand(text, catalogue).main_topics == (asked,)

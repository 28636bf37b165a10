"""Needs read too narrowly (issue 8, session 24, needs24): a gap called where a neighbouring
need's offers meet the request too, with sentences written for these tests (none from a
labelled set).

Two mechanisms. The gap decision (`bot.matching.match`): when the asked needs have no fitting
offer, the examples' guess (`Request.suggested_topics`) is the neighbouring need and fills the
gap with its offers, except a guess of money, which pays for a help but is none. The suggestion is
set by hand here, so the tests hold whatever the rebuilt topic model guesses. And the vocabulary
of situations that name the neighbour (`bot/data/topic_lexicon.toml`): cooking and chewing,
water familiarisation, a child falling silent, Italian low mood.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        # a toddler's feeding trouble: no feeding clinic for a two-year-old, child health meets it
        ("Kind 2 J., Fütterstörung, Kamen", "kindergesundheit"),
    ],
)
def test_the_guessed_neighbour_fills_a_gap_of_the_asked_need(catalogue: Catalogue, text: str,
                                                             guess: str) -> None:
    request = understand(text, catalogue)
    assert match(request, catalogue).gap is not None  # the asked need alone has no offer here
    answer = match(replace(request, suggested_topics=(guess,)), catalogue)
    assert answer.gap is None
    assert answer.offers and all(guess in hit.offer.topics for hit in answer.offers[:3])
    assert guess in answer.request.main_topics  # the answer says which need it met


@pytest.mark.parametrize(
    ("text", "guess", "reason"),
    [
        # money pays for tutoring but is none: the gap of tutoring stays
        ("Nachhilfe Mathe für Schülerin 16 in Schwerte-Villigst", "but_finanzen",
         GapReason.NOT_HERE),
        # nor does who the family is: single parents' relief is no tutoring
        ("Nachhilfe Mathe für Schülerin 16 in Schwerte-Villigst", "alleinerziehende_entlastung",
         GapReason.NOT_HERE),
        # the need's offers are here, only none in Turkish: the catalogue's gap, not the reading's
        ("Frühförderung auf Türkisch für ein Kind 2 J. in Unna", "sprachfoerderung",
         GapReason.LANGUAGE),
        # a parents' course asked for by name (gaps30): no course there for parents of toddlers
        # is the gap, a parent-child group answers another question
        ("Elternkurs für Eltern von Zweijährigen in Selm-Bork", "eltern_kind_gruppen",
         GapReason.AGE),
        # a guess with no offer here either leaves the asked need's own gap and its reason
        ("Kind 2 J., Fütterstörung, Kamen", "sexualpaedagogik", GapReason.AGE),
        ("Nachhilfe Mathe für Schülerin 16 in Schwerte-Villigst", "eltern_kind_gruppen",
         GapReason.NOT_HERE),
    ],
)
def test_no_guess_hides_an_honest_gap(catalogue: Catalogue, text: str, guess: str,
                                      reason: GapReason) -> None:
    request = understand(text, catalogue)
    assert match(request, catalogue).gap == reason
    request = replace(request, suggested_topics=(guess,))
    answer = match(request, catalogue)
    assert not answer.offers
    assert answer.gap == reason


def test_a_guess_beside_fitting_offers_still_joins_them(catalogue: Catalogue) -> None:
    request = understand("Krabbelgruppe für Baby 8 Monate in Lünen", catalogue)
    plain = match(request, catalogue)
    joined = match(replace(request, suggested_topics=("fruehe_hilfen",)), catalogue)
    assert plain.offers and joined.offers
    assert "fruehe_hilfen" in joined.request.main_topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Kochkurs für Eltern, wie man gesund für Kleinkinder kocht? Nur Süßkram in der Brotdose. "
         "Kamen", "kindergesundheit"),
        ("Zwillinge 2 J. können noch kaum kauen, essen nur Brei. Beratung in Bergkamen?",
         "kindergesundheit"),
        ("Wassergewöhnung für Kinder ab 2 in Unna?", "freizeit_sport_kultur"),
        ("Unser Sohn (9) verstummt seit dem Tod der Oma. Gesprächsangebot in Werne?",
         "psychische_gesundheit"),
        ("mia figlia di 15 anni è depressa, cerchiamo aiuto a Lünen", "psychische_gesundheit"),
        ("Ragazzo 13 con ansia forte, non va più a scuola. Kamen", "psychische_gesundheit"),
    ],
)
def test_a_situation_names_the_neighbouring_need(catalogue: Catalogue, text: str,
                                                 topic: str) -> None:
    assert topic in understand(text, catalogue).topics

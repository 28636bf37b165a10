"""The kind of offer asked for decides what is "passend"; the story tells why (issue 8,
`bot.understanding.main_need_story`). Sentences of our own, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AlternativeWhy
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "asked", "story"),
    [
        # a club, a group, tutoring, a care place or housing asked by its own word: the story's
        # strong words in other clauses are why it is sought
        ("Fußballverein für einen 7-Jährigen in Kamen? Er spricht kaum Deutsch zu Hause.",
         "freizeit_sport_kultur", "sprachfoerderung"),
        ("Kind 10 in Bergkamen, ADHS festgestellt. Gesucht wird Nachhilfe in Mathe.",
         "lernfoerderung", "psychische_gesundheit"),
        ("Die Mutter hat eine Depression. Für den Sohn (7) brauchen wir einen OGS-Platz in Unna.",
         "ogs_ganztag", "belastete_eltern"),
        ("Junge Frau 20, Ausbildung abgebrochen. Betreutes Wohnen für junge Erwachsene in Lünen?",
         "junge_volljaehrige", "schule_beruf"),
    ],
)
def test_the_story_is_why_a_kind_of_offer_is_sought(catalogue: Catalogue, text: str,
                                                     asked: str, story: str) -> None:
    request = understand(text, catalogue)
    assert request.main_topics == (asked,)
    assert story in request.topics  # kept as context: its offers become marked alternatives


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the asked clause asks for help with the story: counselling, help, a helping verb
        ("Mädchen 13 ritzt sich. Wer hilft ihr, gibt es auch einen Jugendtreff in Kamen?",
         "psychische_gesundheit"),
        # the story's word in the asked clause itself
        ("Gibt es in Unna einen Jugendtreff für einen 15-Jährigen mit ADHS?",
         "psychische_gesundheit"),
        # how the help must be held: the child's own disability
        ("Kind 4 sitzt im Rollstuhl. Wir suchen eine Kita in Lünen.", "inklusion_behinderung"),
        # a minor's place to live is granted as a Hilfe zur Erziehung
        ("Mädchen 17, Streit mit dem Stiefvater, Jugendamt informiert. Betreutes Wohnen in Kamen?",
         "hilfen_zur_erziehung"),
    ],
)
def test_the_story_stays_a_need_where_the_request_says_so(catalogue: Catalogue, text: str,
                                                          kept: str) -> None:
    assert kept in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    "text",
    [
        # no club for a two-year-old in Werne; speech offers exist there
        "Kinderturnen für unseren Zweijährigen in Werne? Er sagt bisher kaum ein Wort.",
        # no tutoring in Selm; offers for the mother's illness serve Selm
        "Die Mama ist psychisch krank. Der Junge (11) braucht Hausaufgabenhilfe in Selm.",
        # no Babyschwimmen in Selm; a crawling group or early support is no swimming
        "Babyschwimmen in Selm für unsere Tochter (5 Monate), sie kam als Frühchen zur Welt.",
    ],
)
def test_a_missing_kind_of_offer_is_an_honest_gap(catalogue: Catalogue, text: str) -> None:
    answer = match(understand(text, catalogue), catalogue)
    assert not answer.offers
    assert answer.gap is not None
    assert all(hit.why != AlternativeWhy.CONTEXT or hit.score == 0.0
               for hit in answer.alternatives)

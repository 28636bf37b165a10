"""A gap is decided by the need asked for, not by needs only told beside it (gaps44).

The asking words may name a kind of help ("PEKiP-Gruppe" after "wünschen sich zusätzlich eine
Babymassage- oder …": the reach counts words that carry meaning) or a need itself ("Gruppe für
Kinder von suchtkranken Eltern"); the story's needs told in other sentences (prematurity,
physiotherapy, the mother's drinking) then do not make their offers „passend“. Counselling asked
for, a help noun alone, or a told need that says how the help is held (a disability) keep the
story's needs beside the asked one (`main_need_slot`). Sentences of their own, none taken from
an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Baby 6 Monate, Frühchen aus der 30. Woche, bekommt Physiotherapie. Die Eltern wünschen "
         "sich außerdem eine Babymassage- oder PEKiP-Gruppe in Schwerte.", "eltern_kind_gruppen"),
    ],
)
def test_a_help_asked_beyond_a_short_reach_is_a_gap(catalogue: Catalogue, text: str,
                                                    asked: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.asked_topics == (asked,)
    answer = match(request, catalogue)
    assert answer.gap is not None
    assert not answer.offers


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Ich bin die Oma von Jannik, 14. Meine Tochter ist alkoholkrank, Jannik wohnt jetzt bei "
         "mir in Kamen. Gibt es eine Gruppe für Kinder von suchtkranken Eltern, wo er mit anderen "
         "reden kann?", "belastete_eltern"),
    ],
)
def test_a_need_named_by_the_asking_words_is_the_asked_one(catalogue: Catalogue, text: str,
                                                           asked: str) -> None:  # fmt: skip
    assert understand(text, catalogue).asked_topics == (asked,)


@pytest.mark.parametrize(
    "text",
    [
        # counselling asked for is help with what the story tells
        "A 15-year-old boy smokes weed every day before class. Any counselling for teens in Werne?",
        # two needs asked together
        "Mutter einer Vierjährigen in Selm, frisch getrennt, braucht Beratung und eine Gruppe für "
        "Alleinerziehende.",
        # a language wish the catalogue meets for the asked need
        "Krabbelgruppe auf Türkisch für eine Zweijährige in Lünen gesucht, die Oma betreut sie.",
    ],
)
def test_look_alikes_keep_their_answers(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert answer.gap is None
    assert answer.offers

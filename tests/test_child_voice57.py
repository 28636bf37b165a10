"""The child's own words, passed on in quotes, read in the report's grammar (voice57).

A professional quotes what a child said: „ich kiff jeden tag“, „ich ritz mich wieder“, „Mama weint
immer … steht gar nicht auf“. The need vocabulary is written as reports tell of a child and its
parents ("kifft", "ritzt sich", "Mutter weint"), so the quote's first person and the child's names
for its parents are read in that grammar (`child_voice`). And a child who will not go home
*because nobody is there* tells a care need, not a fear of someone at home (`safety.toml`,
`afraid_to_go_home` / `refuses_home` `ordinary`). Sentences written for these tests, none from an
evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.child_voice import reported_voice, third_person

KNOWN = frozenset({"kifft", "ritzt", "zockt", "kotzt", "weint", "geht", "redet", "traut"})

REWRITES = [
    ("Er sagt: „ich kiff jeden Tag“", "Er sagt: „ich kifft jeden Tag“"),
    ("„ich ritz mich wieder“", "„ich ritzt sich wieder“"),
    ("„manchmal hab ich Angst“", "„manchmal hat ich Angst“"),
    ("„Mama weint immer“", "„Mutter weint immer“"),
    ("„ich will nicht, ich auch nicht“", "„ich will nicht, ich auch nicht“"),
    ("„kann ich nich pennen“", "„kann ich nich pennen“"),  # "nich" is no verb, "nicht" though known
    ("ich kiff nicht, sagt die Mutter", "ich kiff nicht, sagt die Mutter"),  # no quote: as written
]


@pytest.mark.parametrize(("text", "expected"), REWRITES)
def test_quote_in_report_grammar(text: str, expected: str) -> None:
    assert reported_voice(text, KNOWN.__contains__) == expected


def test_third_person_needs_a_known_word() -> None:
    assert third_person("zock", KNOWN.__contains__) == "zockt"
    assert third_person("schlaf", KNOWN.__contains__) == "schläft"  # a strong verb: the table
    assert third_person("auch", KNOWN.__contains__) is None


NEEDS = [
    # (text, a topic that must be found, whether child protection leads)
    ("Schulsozialarbeit Kamen, Schülerin 15: „ich ritz mich wieder, aber nur ein bisschen“",
     "psychische_gesundheit", False),
    ("Jugendtreff Unna, Junge 16: „ich kiff jeden abend, sonst krieg ich kein auge zu“",
     "medien_sucht", False),
    ("Grundschule Bönen, Mädchen 8: „Mama weint jeden Abend und steht morgens nicht auf“",
     "belastete_eltern", False),
    ("Hort Lünen, Junge 7: „ich geh nach der Schule nicht nach Hause, weil da niemand ist“",
     "ogs_ganztag", False),
    ("Hort Lünen, Junge 7: „ich will nicht nach Hause, wenn Papa da ist, der haut mich“",
     "kinderschutz", True),
]


@pytest.mark.parametrize(("text", "topic", "protection"), NEEDS)
def test_needs_of_the_childs_words(catalogue: Catalogue, text: str, topic: str,
                                   protection: bool) -> None:
    request = understand(text, catalogue)
    assert topic in request.topics
    assert request.child_protection is protection

"""The topic decision by the age of the person and by the kind of negation (young69).

A young adult's family conflict is the young adults' help, not a minor's upbringing help; a
parent gone to work is no parent gone from the household; "will nicht bleiben" is no "keine
Bleibe". The sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a young adult: the help for upbringing goes on as § 41's
        ("Meine Tochter ist 20 und will raus von zu Hause, wir streiten nur noch. Wohnen in Unna.",
         "junge_volljaehrige", None),
        ("Sohn der Nachbarin, 21, keine Arbeit, die Mutter will ihn raus haben. Ideen? Kamen",
         "junge_volljaehrige", None),
        # look-alike: a minor keeps the youth office's help
        ("Mädchen 15 will raus aus der Familie, es eskaliert ständig zuhause. Fröndenberg.",
         "hilfen_zur_erziehung", None),
        # a parent gone to work comes back
        ("Die Mutter ist weg zur Arbeit, der Sohn (8) braucht Hilfe bei den Hausaufgaben. Unna.",
         "lernfoerderung", "alleinerziehende_entlastung"),
        ("Papa ist weg zum Einkaufen, gibt es in Selm Schwimmkurse für 6-Jährige?",
         "freizeit_sport_kultur", "alleinerziehende_entlastung"),
        # look-alike: a parent gone from the household
        ("Kind 8, die Mutter ist weg, keiner weiß wo, der Vater ist allein mit allem. Unna.",
         "alleinerziehende_entlastung", None),
    ],
)
def test_phase_and_errand(catalogue: Catalogue, text: str, wanted: str,
                          unwanted: str | None) -> None:  # fmt: skip
    """The need of the person's phase leads; a parent on an errand is no parent gone."""
    request = understand(text, catalogue)
    assert wanted in request.topics[:3]
    if unwanted:
        assert unwanted not in request.topics


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Freund zieht mit ein, will aber nicht bleiben. Mieterin 19", False),
        ("Jugendlicher, 17, hat keine Bleibe mehr", True),
    ],
)
def test_a_verb_negated_is_no_noun_missing(catalogue: Catalogue, text: str,
                                           matched: bool) -> None:  # fmt: skip
    """"nicht bleiben" negates staying; only "keine Bleibe" is a home missing."""
    from bot.understanding import indexes

    found = indexes(catalogue).topics.find(text, None)
    assert any(c.term == "keine bleibe" for c in found.credits) is matched

"""Child protection first on a sign of danger to the child — and only then (stop 40, alarm57).

A story told around the help asked borrows the words of danger: a father "alone with 3 kids"
since his wife left, refugees who do not know "wo sie sich melden sollen", a girl afraid "of
school" whose parents let her stay home. They ask for relief, a guide or counselling first; the
same words said of an endangered child keep child protection first with the emergency numbers.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.safety_text import tokens
from bot.understanding.safety_whom import _rules, feared_things, registering, single_carer
from bot.vocabulary.lexicon import _load
from tests.protection import check_protection

PROTECTION = ("kinderschutz", "hilfen_zur_erziehung")

# (request, a need it asks for that must be understood and shown among the first three)
ASKED_FIRST = [
    (
        "His wife left three weeks ago, now he is alone with 2 kids (3 and 7) and works "
        "night shifts. Is there support for single fathers in Kamen?",
        "alleinerziehende_entlastung",
    ),
    (
        "Mutter allein mit drei Kindern (1, 4, 6), der Partner ist vor einem Monat ausgezogen. "
        "Sie braucht Entlastung im Alltag, Bergkamen.",
        "alleinerziehende_entlastung",
    ),
    (
        "Partner left last month, the mum is alone with the twins (10 months) now and needs "
        "Entlastung, Werne.",
        "alleinerziehende_entlastung",
    ),
    (
        "Das Pflegekind (2 J. 10 Mon.) soll ab Sommer in die Kita, wo müssen die Eltern sich "
        "melden? Unna.",
        "kita_betreuung",
    ),
]

# the same words said of an endangered child: protection first, with the emergency numbers
REAL_DANGER = [
    "Mutter ist weg, die Kinder (2 und 5) sind allein mit dem Baby zu Hause, keiner versorgt "
    "sie. Lünen.",
    "Der Vater lässt die Kinder (3 und 6) nachts allein, seit die Mutter weg ist. Kamen.",
    "Muss ich das melden? Der Junge (6) hat Striemen auf dem Rücken und sagt, Papa war das. Unna.",
    "Meine Schülerin (13) hat Angst vor dem Stiefvater und will nicht nach Hause. Lünen.",
    "Das Kind (8) hat Angst vor der Schule und vor dem Vater, der es schlägt. Selm.",
    "Der Vater schlägt die Kinder (5 und 8), wenn er getrunken hat, die Mutter traut sich nicht "
    "weg. Kamen.",
    "Seit die Mutter weg ist, sind die Kinder (3 und 6) nachts allein, weil der Vater "
    "Nachtschicht hat, und bekommen oft nichts zu essen. Unna.",
]

READINGS = [
    (single_carer, "now he is alone with 3 kids", True),
    (single_carer, "die allein sind mit de kinder", True),
    (single_carer, "die kinder sind allein mit dem baby", False),
    (single_carer, "mutter allein mit den kindern, laesst sie nachts allein", False),
    (registering, "wo muessen die sich melden?", True),
    (registering, "muss ich das melden?", False),
    (feared_things, "angst vor der schule, eltern lassen sie zuhause", True),
    (feared_things, "angst vor der schule und vor dem vater", False),
    (feared_things, "angst vor dem vater", False),
]


@pytest.mark.parametrize(("text", "asked"), ASKED_FIRST)
def test_story_around_the_help_keeps_it_first(assistant: Assistant, text: str, asked: str) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert not request.child_protection
    assert request.topics[0] not in PROTECTION
    assert asked in request.topics
    shown = [t for hit in answer.offers[:3] for t in hit.offer.topics]
    assert asked in shown


@pytest.mark.parametrize("text", REAL_DANGER)
def test_real_danger_keeps_child_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize(("reader", "folded", "expected"), READINGS)
def test_whose_words(reader: object, folded: str, expected: bool) -> None:
    assert reader(tokens(fold(folded)), _rules()) is expected  # type: ignore[operator]


def test_words_load() -> None:
    data = _load("safety_whom.toml")
    assert data["single_carer"]["alone"] and data["registering"]["verbs"]
    assert data["feared_thing"]["things"]

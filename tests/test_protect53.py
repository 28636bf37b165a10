"""A protective measure in force makes the danger history (stop 39, round 3: `safety_measure`).

A Kontaktverbot that holds, a Wegweisung done, the violent partner in U-Haft, the mother with the
children in the Frauenhaus: the police or the court have met the danger, so the help asked now
(a Familienhebamme, a Kitaplatz, tutoring) leads and child protection is listed after it. A
measure asked for ("wie bekommt sie eine Schutzanordnung"), broken ("hält sich nicht dran",
"trotz Näherungsverbot") or about to end ("kommt morgen aus der U-Haft") keeps child protection
first, with the emergency numbers.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from bot.understanding.safety_measure import measure_in_force
from bot.understanding.safety_text import tokens
from bot.vocabulary.lexicon import _load
from tests.protection import check_protection

PROTECTION = ("kinderschutz", "hilfen_zur_erziehung")

IN_FORCE = [
    (
        "Tel. 19:10 – Fr. K., Neugeborenes (10 Tage) + 4 Geschwister, KV hat seit 3 Wo. "
        "Kontaktverbot (häusl. Gewalt), Selm-Bork. Familienhebamme + Willkommensbesuch.",
        "fruehe_hilfen",
    ),
    (
        "Polizei war vor drei Wochen da, der Ex hat seitdem ein Kontaktverbot. Frau S. sucht für "
        "ihre Tochter (2) einen Kitaplatz in Kamen-Methler.",
        "kita_betreuung",
    ),
    (
        "Der Vater sitzt seit Oktober in U-Haft wegen Gewalt gegen die Mutter. Sohn 8 braucht "
        "Nachhilfe, Bergkamen.",
        "lernfoerderung",
    ),
    (
        "Mutter ist mit den Kindern (3 und 5) seit zwei Wochen im Frauenhaus in Unna. Die Kinder "
        "brauchen einen Kitaplatz.",
        "kita_betreuung",
    ),
    (
        "KV wegen häusl. Gewalt aus der Whg. weggewiesen, Kontaktverbot besteht. KM mit Sohn (5) "
        "sucht Sprachförderung, er spricht kaum. Bönen.",
        "sprachfoerderung",
    ),
    (
        "Kontaktverbot gegen den Vater besteht seit März. Sohn (15) zockt nächtelang. Gibt es "
        "Beratung zu Mediensucht in Bergkamen?",
        "medien_sucht",
    ),
]

MEASURE_NOT_IN_FORCE = [
    "Der Vater hat seit zwei Wochen ein Kontaktverbot, hält sich aber nicht daran und stand "
    "gestern wieder vor der Tür. Die Kinder (4 und 7) haben Angst. Kamen. Was kann die Mutter tun?",
    "Mutter wird seit Monaten vom Partner geschlagen, das Baby (8 Monate) ist immer dabei. Wie "
    "bekommt sie eine Schutzanordnung oder ein Kontaktverbot? Lünen.",
    "Trotz Näherungsverbot lauert der Ex der Mutter vor der Kita in Unna-Mitte auf und bedroht "
    "sie vor der Tochter (3). Wen schalten wir ein?",
    "Der Vater kommt morgen aus der U-Haft und will die Kinder (6 und 10) sehen, die Mutter hat "
    "Angst vor neuer Gewalt. Selm. Braucht sie ein Kontaktverbot, wer hilft?",
]

READINGS = [
    ("kv hat seit 3 wo. kontaktverbot", True),
    ("die wegweisung ist erfolgt", True),
    ("mutter ist mit den kindern im frauenhaus", True),
    ("sie braucht ein kontaktverbot", False),
    ("wie bekommt sie eine schutzanordnung", False),
    ("kontaktverbot beantragen?", False),
    ("er haelt sich nicht dran, kontaktverbot hin oder her", False),
    ("trotz naeherungsverbot steht er vor der tuer", False),
    ("der vater kommt morgen aus der haft", False),
    ("hat uns an die beratungsstelle verwiesen", False),  # a referral is no measure
    ("kita sucht einen platz", False),
]


@pytest.mark.parametrize(("text", "asked"), IN_FORCE)
def test_measure_in_force_leaves_the_asked_need_first(
    assistant: Assistant, text: str, asked: str
) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert not request.child_protection
    assert request.topics[0] not in PROTECTION
    assert asked in request.topics
    shown = [t for hit in answer.offers[:3] for t in hit.offer.topics]
    assert asked in shown


@pytest.mark.parametrize("text", MEASURE_NOT_IN_FORCE)
def test_measure_asked_or_broken_keeps_child_protection_first(
    catalogue: Catalogue, text: str
) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize(("folded", "expected"), READINGS)
def test_measure_reading(folded: str, expected: bool) -> None:
    assert measure_in_force(tokens(folded)) is expected


def test_measure_words_load() -> None:
    data = _load("safety_measure.toml")
    assert data["measures"] and data["asked"] and data["broken"]

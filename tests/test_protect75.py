"""Protect75: child protection first, without burying the help that was asked.

A sign of danger puts child protection first with the emergency numbers, every time. But a
professional who asks for a concrete help beside the sign ("Nachsorge zuhause" for a baby his
mother "fast geschüttelt" hat, drug counselling for a granddaughter who "riecht nach Gras") must
still find that help among the first three: places one and two stay protection, the third is the
best offer of a need understood beside it — also when the request names no main need, where every
topic read counts. A request that asks protection alone keeps protection in the first places, and
look-alikes (training on child protection, a teenager's weekend drinking) raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.safety import PROTECTION_TOPICS
from tests.protection import check_protection_then_help

# (request with a sign of danger, the help asked beside it: one of these topics in the first 3)
SIGN_AND_HELP = [
    (
        "Meine Enkelin (15) kifft wohl regelmäßig und kommt tagelang nicht heim, die Mutter "
        "kümmert sich nicht. Wo gibt es Beratung zu Drogen in Bergkamen?",
        {"medien_sucht"},
    ),
]

# wanted, not built (asked76): "will" is no asking word ("will nicht mehr allein aus dem Haus"),
# and once the youth office is informed an asked help reads as the sign handled
# (`safety_handled`: "bittet um" now asks like "sucht", which drops the alarm there too)
SIGN_AND_HELP_OPEN = [
    (
        "Baby 5 Wochen, die Mutter hat ihn laut eigener Aussage geschüttelt, weil er die ganze "
        "Nacht schrie. Sie will Unterstützung zuhause. Fröndenberg",
        {"schreibaby_schlaf", "fruehe_hilfen"},
    ),
    (
        "Baby 10 Wochen hat ungeklärte Hämatome, der Kinderarzt hat das Jugendamt informiert. "
        "Die Mutter bittet um eine Familienhebamme, Bergkamen",
        {"fruehe_hilfen"},
    ),
]

SIGN_AND_NAMED_HELP = [
    (
        "15-Jähriger ritzt sich, der Vater schlägt ihn, wenn er betrunken ist. Suche "
        "Jugendpsychiatrie oder Beratung in Unna",
        {"psychische_gesundheit", "erziehungsberatung"},
    ),
]

# a sign and nothing asked but protection: protection fills the first places
PROTECTION_ONLY = [
    "Kita-Kind 4 J. hat wiederholt blaue Flecken am Rücken, die Mutter erklärt es nicht. "
    "An wen wende ich mich in Schwerte?",
]

# no sign: the asked help leads, no emergency numbers
LOOKALIKES = [
    (
        "Ich mache eine Fortbildung zu Kinderschutz und suche für meine Kita in Kamen einen "
        "Elternkurs für Eltern von 3-Jährigen",
        "elternkurse",
    ),
    (
        "17-Jähriger trinkt am Wochenende mit Freunden, die Eltern machen sich Sorgen. "
        "Suchtprävention in Unna?",
        "medien_sucht",
    ),
    (
        "Mein Sohn 10 zockt jede Nacht bis 4 Uhr, ich komme nicht mehr an ihn ran. "
        "Medienberatung in Lünen?",
        "medien_sucht",
    ),
]


def _protection(hit_topics: tuple[str, ...]) -> bool:
    return bool(set(hit_topics) & set(PROTECTION_TOPICS))


@pytest.mark.parametrize(("text", "helps"), SIGN_AND_HELP)
def test_sign_keeps_protection_first_and_the_help_third(
    assistant: Assistant, text: str, helps: set[str]
) -> None:
    answer, _session = assistant.respond(text)
    check_protection_then_help(answer, helps)


@pytest.mark.xfail(strict=True, reason="see SIGN_AND_HELP_OPEN")
@pytest.mark.parametrize(("text", "helps"), SIGN_AND_HELP_OPEN)
def test_sign_with_a_help_asked_open(assistant: Assistant, text: str, helps: set[str]) -> None:
    test_sign_keeps_protection_first_and_the_help_third(assistant, text, helps)


@pytest.mark.parametrize(("text", "helps"), SIGN_AND_NAMED_HELP)
def test_sign_with_a_help_asked_by_name_keeps_it_third(
    assistant: Assistant, text: str, helps: set[str]
) -> None:
    test_sign_keeps_protection_first_and_the_help_third(assistant, text, helps)


@pytest.mark.parametrize("text", PROTECTION_ONLY)
def test_protection_alone_fills_the_first_places(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.child_protection
    assert all(_protection(hit.offer.topics) for hit in answer.offers[:3])


@pytest.mark.parametrize(("text", "asked"), LOOKALIKES)
def test_lookalikes_raise_no_alarm(assistant: Assistant, text: str, asked: str) -> None:
    answer, _session = assistant.respond(text)
    assert not answer.request.child_protection
    assert answer.emergency == ()
    assert any(asked in hit.offer.topics for hit in answer.offers[:3])

"""Asked76: what counts as asking for a help beside a sign of danger.

Child protection comes first, with the emergency numbers, every time; a help the writer asks
for beside the sign keeps its best offer among the first three (`safety.protection_order`).
Professionals ask by the shape of a sentence as often as with a verb ("suche", "gibt es"): a
help noun leading to its object ("Bitte Angebot für Sprachförderung"), a question about a help
("Therapie für Jugendliche möglich?"), "bittet um …" — a need named where it asks. A request
that asks no help — a setting told, "Was tun?", "An wen wende ich mich?", "Bitte um Rückruf" —
keeps protection in all of the first places.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.safety import PROTECTION_TOPICS, emergency_numbers
from tests.protection import check_protection_then_help

# a sign of danger and a help asked by shape only: (request, one of these topics in the first 3)
ASKED_BY_SHAPE = [
    (
        "Tochter 13 ritzt sich und erzählt, dass der Stiefvater sie anfasst. Anbindung an "
        "Therapie für Jugendliche in Lünen möglich?",
        {"psychische_gesundheit"},
    ),
    (
        "Mädchen 8 mit Striemen am Rücken, spricht kaum Deutsch, Familie erst seit 3 Monaten "
        "hier. Bitte Angebot für Sprachförderung in Kamen.",
        {"sprachfoerderung"},
    ),
    (
        "Junge 12 zockt nächtelang, Vater schlägt ihn deswegen. Bitte um Beratung zur "
        "Mediensucht, Kamen.",
        {"medien_sucht"},
    ),
    (
        "Baby 10 Monate, die Eltern streiten mit Gewalt, Baby schläft kaum. Beratung zu "
        "Schlafproblemen für die Mama? Selm",
        {"schreibaby_schlaf"},
    ),
    (
        "Baby 10 Wochen hat ungeklärte Hämatome. Die Mutter bittet um eine Familienhebamme, "
        "Bergkamen",
        {"fruehe_hilfen"},
    ),
]

# wanted, not built: a help noun whose object names no need read ("Nachsorge" is read as
# pregnancy care, dropped for a 9-week baby) would ask help with the story; taking the story's
# needs put a teller's setting or a misread need third in ~70 protection-only requests of all9
# (tests/data/asked76/README.md)
ASKED_FOR_THE_STORY = [
    (  # holdout35 h36b-014
        "Pat. 9 Wo., Aufn. wg. Trinkschwäche, Entl. morgen. KM äußert: „Er schreit ab 18 Uhr "
        "durch bis Mitternacht, ich kann nicht mehr, ich hab ihn schon mal fast geschüttelt.“ "
        "Wohnort Lünen-Gahmen. Bitte Angebot für Nachsorge zuhause.",
        {"schreibaby_schlaf", "fruehe_hilfen"},
    ),
]

# a sign and no help asked: protection fills the first three places
NOTHING_ASKED = [
    "Mädchen 9 erzählt in der OGS, dass Papa Mama schlägt",
    "Junge 7 hat Angst nach Hause zu gehen, sagt Papa haut ihn mit dem Gürtel. Was tun? Bönen",
    "Baby 2 Monate mit Hämatomen an beiden Oberarmen, Eltern schweigen. Bitte um Rückruf, Lünen.",
    "Kita-Kind 4 J. hat wiederholt blaue Flecken am Rücken, die Mutter erklärt es nicht. "
    "An wen wende ich mich in Schwerte?",
]


def _protection(topics: tuple[str, ...]) -> bool:
    return bool(set(topics) & set(PROTECTION_TOPICS))


@pytest.mark.parametrize(("text", "helps"), ASKED_BY_SHAPE)
def test_a_help_asked_by_shape_keeps_its_place_beside_protection(
    assistant: Assistant, text: str, helps: set[str]
) -> None:
    answer, _session = assistant.respond(text)
    check_protection_then_help(answer, helps)


@pytest.mark.xfail(strict=True, reason="see ASKED_FOR_THE_STORY")
@pytest.mark.parametrize(("text", "helps"), ASKED_FOR_THE_STORY)
def test_a_help_asked_for_the_story(assistant: Assistant, text: str, helps: set[str]) -> None:
    test_a_help_asked_by_shape_keeps_its_place_beside_protection(assistant, text, helps)


@pytest.mark.parametrize("text", NOTHING_ASKED)
def test_no_help_asked_keeps_protection_in_every_first_place(
    assistant: Assistant, text: str
) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.child_protection
    assert answer.emergency == emergency_numbers()
    assert all(_protection(hit.offer.topics) for hit in answer.offers[:3])

"""Child protection by class, round 25: sexual violence against young people, and blows that are
no threat at home.

Sexual harassment, pressure and assault of a child or a teenager under 18 — "sexuell bedrängt",
"von einem viel älteren Typen bedrängt", "sexually assaulted", "pressured her into sex", an adult
who sends a boy pictures, a man who tries to lure a girl into his car — are child protection,
whoever does it and whether or not the young person goes to the police. A blow among peers at
school, on the way to school or in a match is violence prevention and school social work; an
English exclusion ("OGS kicked him out"), a punishment or a defeat is no blow. Each row is written
for this table (none is taken from an evaluation set); `tests/data/safety25/tune.jsonl` holds the
tuned half of the class set that led here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding import understand
from bot.understanding.agency import Agent, violent_acts
from bot.understanding.safety import read_signs
from bot.understanding.safety_anchors import joined_acts
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

TUNED = Path(__file__).parent / "data" / "safety25" / "tune.jsonl"

# (text, is a sign)
CLASSES: list[tuple[str, bool]] = [
    # sexual violence named with its adverb, German and English
    ("Schülerin (15) wurde nach dem Schützenfest sexuell belästigt und redet mit niemandem "
     "darüber. Wer berät in Unna?", True),
    ("Meine Tochter ist 16 und wurde auf der Klassenfahrt sexuell bedrängt, Anzeige will sie "
     "nicht. Werne", True),
    ("my son (14) was sexually assaulted at a sleepover, he won't talk to us. help in Kamen?",
     True),
    ("Jugendliche, 17, sexuelle Nötigung durch Bekannten, braucht Unterstützung. Selm", True),
    # a grown man who presses or harasses a young person
    ("Mädchen 13 wird auf dem Heimweg von einem fremden Mann belästigt, traut sich nicht mehr "
     "raus. Bönen", True),
    ("daughter 15 keeps being harassed by an older guy from the gym. who can we talk to, "
     "Schwerte?", True),
    # sex a young person was pushed into
    ("Tochter (14) sagt, ihr 'Freund' hat sie zum Sex gedrängt. Beratung in Lünen?", True),
    ("girl 15 was pressured into sex by a man she met online, no police. Bergkamen", True),
    # pictures an adult sends, a child lured
    ("Sohn 12 bekommt auf Snapchat Dickpics von einem erwachsenen Mann. Fröndenberg", True),
    ("Ein Mann hat versucht, die Kleine (8) auf dem Spielplatz in sein Auto zu locken. Kamen",
     True),
    # blows at home stay signs, joined verbs too
    ("Junge (9) wird zuhause geschlagen und geschubst. Holzwickede", True),
    ("boy 7 is being hit and kicked by his stepdad. Unna", True),
    ("dad kicked him out of the house, he's 15 and sleeps at friends. Lünen", True),
    # the older one hit, or an older sibling who hits, is no peer at school
    ("Der neue Partner der Mutter brüllt die Jungs (5 und 8) an und hat den Älteren gehauen. "
     "Werne", True),
    ("Mädchen 7 wird vom älteren Bruder (17) verprügelt, Eltern schauen weg. Unna", True),
    # blows among peers: violence prevention, not child protection
    ("my son (8) is being hit and pushed by older kids at school every break. Lünen?", False),
    ("Mädchen 8 wird gehauen und von Älteren geschubst, jeden Tag in der Pause. Kamen", False),
    ("Junge, 3. Klasse, wird auf dem Schulweg von Älteren verprügelt. Fröndenberg", False),
    ("Junge 10 wird beim Spiel oft getreten und gefoult, braucht Selbstbewusstsein. Kamen",
     False),
    ("son 13 got beaten in the football match 5-0 and is devastated. friendlier club in Unna?",
     False),
    # exclusion and punishment are no blows
    ("pt 8, OGS kicked him out last week, parents both work. after-school care in Werne?", False),
    ("they kicked my son out of the football club for swearing. another club in Selm?", False),
    ("sohn 9 wurde vom lehrer bestraft und musste vor der tür stehen. schulsozialarbeit "
     "bergkamen?", False),
    # look-alikes of the new signs
    ("Workshop zu sexueller Belästigung für die 9. Klassen, Kreis Unna", False),
    ("Mutter (30) wurde am Arbeitsplatz sexuell belästigt, Kinder 2 und 4. Beratung Kamen?",
     False),
    ("Sohn 14 wird von einem älteren Schüler im Bus bedrängt. Unna", False),
    ("Tochter 16 hatte ihren ersten Sex und fragt nach Verhütung. Frauenarzt in Unna?", False),
    ("my daughter 15 feels pressure from her friends to have sex. sex ed in Lünen?", False),
]


@pytest.mark.parametrize(("text", "sign"), CLASSES)
def test_class(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


@pytest.mark.parametrize(("text", "agents"), [
    # a passive verb takes the agent named with the verb joined to it
    ("my son is being hit and pushed by older kids", {"hit": Agent.CHILD}),
    ("er wird gehauen und von aelteren geschubst", {"gehauen": Agent.CHILD}),
    ("boy is being hit and kicked by his stepdad", {"hit": Agent.ADULT, "kicked": Agent.ADULT}),
    # a participle joined to a passive one is passive: the boy does not push
    ("junge wird in der schule gehauen und geschubst", {"geschubst": Agent.UNKNOWN}),
    # a child who hits stays the one who hits
    ("sohn 4 schlaegt und beisst andere kinder", {"schlaegt": Agent.CHILD,
                                                   "beisst": Agent.CHILD}),
])
def test_joined_verbs_share_their_agent(text: str, agents: dict[str, Agent]) -> None:
    words = tokens(fold(text))
    found = {words[a.at]: a.agent for a in joined_acts(violent_acts(words), words)}
    assert {w: found[w] for w in agents} == agents


@pytest.mark.parametrize("text", [
    "ogs kicked him out last week",
    "they kicked my son out of the club",
])
def test_an_english_particle_after_the_object_is_no_blow(text: str) -> None:
    assert not read_signs(fold(text)).names


def _tuned() -> list[dict[str, object]]:
    return [json.loads(line) for line in TUNED.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("row", _tuned(), ids=lambda row: str(row["id"]))
def test_the_tuned_half_of_the_class_set(row: dict[str, object], catalogue: Catalogue) -> None:
    """Child protection comes first exactly where the label asks for it."""
    request = understand(str(row["q"]), catalogue)
    topics = row["topics"]
    assert isinstance(topics, list)
    assert request.child_protection is ("kinderschutz" in topics)
    assert request.place == row["place"]


@pytest.mark.parametrize(("text", "first"), [
    # a child hit by peers: violence prevention first, no child protection
    ("und ihr Großer (7) hat Stress in der Schule, wird gehauen. Gibt's da was in Unna?",
     "gewaltpraevention"),
    ("girl 10 gets punched by older girls on the school bus. anything in Kamen?",
     "gewaltpraevention"),
    ("Sohn 9 wird in der Pause von Größeren geboxt und getreten. Hilfe in Werne?",
     "gewaltpraevention"),
    # a toddler bitten in the Krippe, a defeat in a match: no matter of prevention
    ("Kind 3 wird in der Kita von anderen Kindern gebissen, Mama ist sauer. Kamen", None),
    ("son 12 got beaten 6-0 in the football match, he's gutted. friendlier club in Selm?", None),
])
def test_blows_among_peers_name_violence_prevention(text: str, first: str | None,
                                                    catalogue: Catalogue) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert not request.child_protection
    if first:
        assert request.topics[0] == first
    else:
        assert "gewaltpraevention" not in request.topics[:1]

"""Child protection by class, round 22: sexual abuse in everyday words, image-based abuse, and the
child at risk named by the one who tells.

Touching is a sign by who touches whom: an adult who "fasst ihre kleine Schwester an", "fummelt
an ihr rum", "geht ihr an die Wäsche" — not a toddler who touches everything, a child who will
not be touched, a girl who asks who may touch her. A young person filmed or photographed
undressed ("in der Umkleide gefilmt", "Fotos unter den Rock") is a case; a boy filming himself
for TikTok or a school play on video is none. The child's age is the child at risk, not the
older pupil, trainee or client who tells of it. Each row is written for this table (none is
taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.agency import Agent
from bot.understanding.safety_anchors import touching_acts
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

# (text, is a sign, the child's age in years or None)
CLASSES: list[tuple[str, bool, int | None]] = [
    # sexual abuse in everyday words, decided by who touches whom
    ("Azubine (19) erzählt, dass der Nachbar ihren kleinen Bruder (6) im Keller anfasst. "
     "Bergkamen, was tun?", True, 6),
    ("Kita Unna: der neue Partner der Mutter fasst die Kleine (4) beim Wickeln an, sagt sie.",
     True, 4),
    ("mädchen 12 sagt der onkel fummelt abends an ihr rum, wohnen in lünen", True, 12),
    ("Der Hausmeister geht der Achtjährigen an die Wäsche, erzählt die Mutter. Selm", True, 8),
    ("Junge (9): der Trainer hat sich an ihm vergriffen, sagt der Vater. Werne", True, 9),
    ("Kind (2) fasst in der Krippe alles an und steckt es in den Mund. Entwicklung normal? "
     "Kamen", False, 2),
    ("Mein Sohn (5) lässt sich nicht anfassen, nicht mal von mir. Ergotherapie in Unna?",
     False, 5),
    ("Tochter (7) fragt, wer ihren Körper anfassen darf – Buch oder Kurs zur Aufklärung in "
     "Schwerte?", False, 7),
    ("Die Oma fasst ihn an der Hand an und er schreit, Junge 3, Autismus? Diagnostik in Lünen",
     False, 3),
    # image-based abuse
    ("Schülerin, 13, wurde beim Umziehen in der Sporthalle gefilmt, das Video ist in der "
     "Klassengruppe. Holzwickede", True, 13),
    ("Zwei Jungs haben einer 12-Jährigen heimlich unter den Rock fotografiert. Bönen, wer "
     "berät sie?", True, 12),
    ("Der Stiefvater fotografiert die Tochter (8) nackt im Bad, sagt die Oma. Fröndenberg", True,
     8),
    ("Ein Junge (14) hat Nacktfotos seiner Freundin (14) in den Klassenchat gestellt. Kamen",
     True, 14),
    ("Tochter (11) bekommt über Snapchat Nacktbilder von einem Fremden. Lünen", True, 11),
    ("Unser Sohn (11) filmt sich beim Zocken für YouTube, zu viel Bildschirmzeit? Werne", False,
     11),
    ("Die Klasse 3b hat ihr Theaterstück gefilmt und will es schneiden, Videokurs für Kinder "
     "(8-9) in Kamen?", False, None),
    # the child at risk, told of by an older young person
    ("Ein Schüler (18) erzählt, seine Halbschwester (5) wird zuhause eingesperrt. Unna", True, 5),
    ("Praktikantin, 19, sagt, der Nachbarsjunge, etwa 6, wird vom Vater verprügelt. Lünen",
     True, 6),
    ("Eine 17-Jährige berichtet, dass ihr Cousin (10) vom Onkel begrapscht wird. Kamen", True,
     10),
    ("Schülerin (16) erzählt, ihr kleiner Bruder (9) wird in der Schule gehänselt. Selm", False,
     9),
]


@pytest.mark.parametrize(("text", "sign", "years"), CLASSES)
def test_class(text: str, sign: bool, years: int | None, catalogue: Catalogue) -> None:
    request, _ = check_protection(text, catalogue, sign)
    if years is not None:
        assert request.age == AgeRange(12 * years, 12 * years + 11)


@pytest.mark.parametrize(("text", "agent"), [
    ("dass ihr stiefvater ihre kleine schwester anfasst", Agent.ADULT),
    ("der onkel fasst sie abends an", Agent.ADULT),
    ("junge 4 fasst alles an", Agent.CHILD),
])
def test_who_touches_decides(text: str, agent: Agent) -> None:
    acts = touching_acts(tokens(fold(text)))
    assert [a.agent for a in acts] == [agent]


@pytest.mark.parametrize("text", ["er fasst mut", "sie fasst den plan zusammen",
                                  "papa fummelt am handy"])
def test_a_separable_verb_without_its_particle_is_no_touching(text: str) -> None:
    assert touching_acts(tokens(fold(text))) == []

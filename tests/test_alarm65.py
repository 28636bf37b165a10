"""Child protection first for a danger to the child now, not for a problem that is no danger
(stop 42, alarm65).

A carer who drinks is a sign; a baby who "trinkt schlecht" at the breast is a feed. A knife a
bullied boy took along "zum Schutz" is his own, no carer's weapon. A man shouting at night while a
child cries, as the neighbours hear it, is a sign though nobody knows who he is; so is a father on
the rampage with the children there, a child dragged off by the arm, a small child left to
itself. The reflexive of the next clause ("eingesperrt, bis sie sich eingenässt haben") does not
take a lock back.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

DANGER_NOW = [
    # a man shouting, a child crying, at night — heard by neighbours (English and German)
    "Neighbours keep calling us: screaming at night, a toddler crying for hours, a man shouting. "
    "Who handles this in Unna?",
    "Nebenan hört man jede Nacht, wie ein Mann brüllt und das Kind (4) schreit und weint. "
    "Bergkamen",
    # a carer on the rampage with the children there
    "Mutter randaliert ständig in der Wohnung, die Kinder (2 und 5) sind dabei. "
    "Wer hilft in Werne?",
    # a child dragged off by the arm
    "Die Mutter hat das Mädchen (5) heute an der Kita am Arm weggezerrt und angeschrien. Selm",
    # a small child left to itself, the carer's state told far before
    "Der Vater ist drogenabhängig und liegt den ganzen Tag nur auf der Couch und schläft, der "
    "Kleine (2) ist sich selbst überlassen. Ich bin die Nachbarin. Kamen",
    # a lock, the next clause's reflexive
    "Sie hat den Jungen (4) heute wieder im Keller eingesperrt, bis er sich eingenässt hat. Unna",
]

NO_DANGER = [
    # a baby's feeding, told with "trinkt"
    "Mama sagt, das Baby (2 Monate) trinkt schlecht an der Brust. Stillberatung in Kamen?",
    "Unser Sohn (5 Monate) trinkt nur 120 ml pro Flasche. Wer berät in Unna?",
    # a knife a bullied boy took along himself
    "Junge 12 wird gemobbt, hat deshalb ein Messer mitgenommen. Vater ratlos. "
    "Selbstbehauptungskurs in Lünen?",
    # a youth rampage, a scene at an office without a child there
    "Jugendliche randalieren abends am Bahnhof in Schwerte, gibt es Streetwork?",
    # a child who shut himself in
    "Mein Sohn (13) hat sich nach dem Streit im Zimmer eingeschlossen. Erziehungsberatung Unna?",
    # an older child left to himself after school
    "Die Jungs (11 und 14) sind nachmittags sich selbst überlassen, weil ich Schicht arbeite. "
    "OGS oder Jugendtreff in Kamen?",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", NO_DANGER)
def test_no_danger_raises_no_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)

"""Child protection where it belongs, round 27: raised for every real sign, never for its
look-alikes, which must keep their own need first.

The child as the actor — "er" after "Mama" is the boy, whoever hits *his own* mother is her
child, and a clause joined by "und" that opens with "hat" keeps the subject of the clause before —
is a matter of parenting; blows beside peers' mockery ("geschubst und ausgelacht") are bullying;
one parent gone while the other is named ("Mama weint, Papa ist weg") is a separation; a father
with dementia who "findet nicht nach Hause" is lost, not afraid. A punishment done to the child's
body ("zur Strafe die Haare abgeschnitten") is a sign. Each row is written for this table;
`tests/data/safety27b/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.agency import Agent, violent_acts
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

# (text, is a sign)
SIGNS: list[tuple[str, bool]] = [
    ("Oma erzählt, der Vater hat dem Jungen (7) zur Strafe eine Glatze geschoren. Unna", True),
    ("Mädchen 8 muss zur Strafe kalt duschen, sagt sie der Lehrerin nicht. Kamen", True),
    ("Kind 6 bekommt als Bestrafung tagelang kein Abendessen. Lünen", True),
    ("Die Tochter (9) wird von der Mutter in die Kammer gesperrt, stundenlang. Selm", True),
    ("Mama hat einen neuen Freund, er schlägt die Kleine (4). Werne", True),
    ("Papa trinkt abends und hat die Kinder (5 und 8) geschlagen. Bergkamen", True),
    ("Der Stiefvater brüllt die Kinder an und hat den Großen getreten. Schwerte", True),
    ("Nachbarin hört, wie er seine Frau schlägt, das Baby (1) schreit dabei. Bönen", True),
    ("Baby 5 Monate, Gedeihstörung, war bei keiner Vorsorge. Holzwickede", True),
    # one parent gone and no other named: the baby is left
    ("Säugling 3 Monate schreit seit Stunden, die Mutter ist weg. Fröndenberg", True),
]

CONTROLS: list[tuple[str, bool]] = [
    # the child is the actor
    ("Mutter von einem 5-Jährigen ist ratlos, er haut und kratzt bei jedem Nein. Kamen", False),
    ("er (6) schlägt seine Mama, wenn das Tablet aus ist. Unna. Elternkurs?", False),
    ("Tochter 14 schreit zu Hause rum und hat ihre Mutter gestoßen. Beratung in Lünen?", False),
    # peers
    ("Junge 9 wird gehänselt und geschubst, weil er stottert. Was hilft in Selm?", False),
    ("Mädchen 11 wird ausgelacht und getreten, seit sie eine Zahnspange hat. Werne", False),
    # a parent's distress, a separation
    ("Baby 4 Monate, die Mama weint viel, der Papa ist weg. Unterstützung in Bergkamen?", False),
    ("Mutter ist überfordert, Vater ist weg, Zwillinge 8 Monate. Frühe Hilfen Schwerte?", False),
    # lost, not afraid
    ("Opa hat Alzheimer und findet nicht nach Hause, der Enkel (10) sucht ihn. Unna", False),
    # ordinary punishment
    ("Sohn 12 kriegt zur Strafe Handyverbot und meckert. Elternkurs in Kamen?", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS + CONTROLS)
def test_class(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


@pytest.mark.parametrize(("text", "need"), [
    ("Mutter von einem 5-Jährigen ist ratlos, er haut und kratzt bei jedem Nein. Kamen",
     "elternkurse"),
    ("Junge 9 wird gehänselt und geschubst, weil er stottert. Was hilft in Selm?",
     "gewaltpraevention"),
    ("Baby 4 Monate, die Mama weint viel, der Papa ist weg. Unterstützung in Bergkamen?",
     "fruehe_hilfen"),
])  # fmt: skip
def test_a_look_alike_keeps_its_own_need_first(text: str, need: str,
                                               catalogue: Catalogue) -> None:  # fmt: skip
    request, _ = check_protection(text, catalogue, False)
    assert need in request.topics[:3]


@pytest.mark.parametrize(("text", "agent"), [
    # the pronoun's gender rules out the mother named before: the child named before her
    ("mama von nem 4 jährigen weiß nicht weiter, er tritt und schreit", Agent.CHILD),
    # … but not a man named before
    ("Mama hat einen neuen Freund, er schlägt die Kleine", Agent.ADULT),
    # nobody named before: whoever hits his own parent is her child
    ("er tritt seine Mama, wenn er nichts bekommt", Agent.CHILD),
    # "und hat …" left out its subject: the first person of the clause before
    ("Sohn knallt Türen und hat seine Mutter geschubst", Agent.CHILD),
    ("Papa trinkt und hat die Kinder geschlagen", Agent.ADULT),
    ("Der Lebensgefährte schreit die Kinder an und hat den Älteren geschlagen", Agent.ADULT),
])  # fmt: skip
def test_who_hits(text: str, agent: Agent) -> None:
    acts = violent_acts(tokens(fold(text)))
    assert [a.agent for a in acts] == [agent]

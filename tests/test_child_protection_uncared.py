"""Children nobody looks after: "unversorgt", "niemand versorgt", "Eltern weg", said tersely.

Sentences written for this table (none from an evaluation set). The catalogue conventions count
children left without carers as child protection (holdout4 class 5, holdout6 "a toddler left
alone at night"); a planned absence with someone else caring, or a single parent, is none.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

UNCARED: list[tuple[str, bool]] = [
    ("Zwillinge (3) seit gestern unversorgt, Nachbarn haben angerufen, Werne", True),
    ("Die Kleine (1) ist tagsüber unversorgt, Mutter im Rausch, Lünen", True),
    ("keiner versorgt die drei Kinder (2, 4, 7), Vater in Haft, Mutter unauffindbar, Selm", True),
    ("niemand schaut nach dem Säugling (6 Wochen), Unna-Massen", True),
    ("Geschwister 5 und 8, Eltern weg, Kinder stehen vor der Tür, Bergkamen", True),
    ("Kinder (2 und 4), Eltern seit dem Wochenende verschwunden, Fröndenberg", True),
    # the same words, no case
    ("Tagesmutter gesucht, damit das Kind (1) nicht unversorgt ist, wenn die Mutter arbeitet, "
     "Kamen", False),
    ("Wer betreut die Kinder (3 und 6), wenn die Eltern abends weg sind? Holzwickede", False),
    ("Eltern weg zur Kur, Oma versorgt die Kinder (4 und 8), Entlastung gesucht, Unna", False),
    ("Vater ist seit der Trennung allein mit Sohn (5) und Tochter (2), Kamen", False),
    ("Kind 9, nachmittags betreut niemand, OGS-Platz gesucht in Lünen", False),
]


@pytest.mark.parametrize(("text", "sign"), UNCARED)
def test_children_nobody_looks_after_are_a_sign(catalogue: Catalogue, text: str,
                                                sign: bool) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.child_protection is sign
    assert ("kinderschutz" in request.topics) is sign


# who the pronoun is: its gender rules out the adult who reports (sentences of this table)
REPORTED: list[tuple[str, bool]] = [
    ("Die Erzieherin sagt, der Junge (4) erzählt, er sei abends oft allein zuhause, Kamen", True),
    ("Die Lehrerin berichtet, dass ein Schüler (7) sagt, er sei nachts allein in der Wohnung, "
     "Unna", True),
    # a man reporting: "er" may be him, nothing is guessed
    ("Der Vater sagt, der Sohn (6) meint, er sei abends oft allein zuhause, Selm", False),
]


@pytest.mark.parametrize(("text", "sign"), REPORTED)
def test_a_pronoun_that_cannot_mean_the_reporter_is_the_child(catalogue: Catalogue, text: str,
                                                              sign: bool) -> None:  # fmt: skip
    assert understand(text, catalogue).child_protection is sign

"""A parent's illness told as an attribute of the parent is the family's burden (gapkeep69).

"Kinder mit psychisch kranken Eltern" names the group for children of ill parents: the illness
word stands before an adjective that qualifies the parent ("psychisch kranken Eltern"), so it is
the parent's, not the child's own mental health — which would bring a child psychiatry clinic as
„passend“ and hide the gap where no such group takes a child of this age. The sentences are
written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Unna etwas, wo Kinder mit psychisch kranken Eltern Halt finden? Tochter 7.",
        "vater, allein, sohn 6, sucht was für kinder mit psychisch kranken eltern in kamen",
        "Für Kinder von psychisch kranker Mutter, gibt es da eine Gruppe in Schwerte? Sohn 5",
    ],
)
def test_the_parents_illness_is_the_familys_burden(catalogue: Catalogue, text: str) -> None:
    """The group for children of ill parents is the need; the child's own mental health is not."""
    request = understand(text, catalogue)
    assert request.topics[0] == "belastete_eltern"
    assert "psychische_gesundheit" not in (request.main_topics or request.topics)
    answer = match(request, catalogue)
    assert all("psychische_gesundheit" not in hit.offer.topics or
               "belastete_eltern" in hit.offer.topics for hit in answer.offers)


@pytest.mark.parametrize(
    "text",
    [
        "Sohn 14, psychisch sehr belastet, ritzt sich. Wo gibt es Hilfe in Unna?",
        "Meine Tochter (15) ist depressiv, gibt es eine psychologische Beratung in Kamen?",
    ],
)
def test_the_childs_own_illness_stays_the_childs(catalogue: Catalogue, text: str) -> None:
    """Look-alikes: the child is ill; mental health help is what is asked."""
    request = understand(text, catalogue)
    assert "psychische_gesundheit" in (request.main_topics or request.topics)

"""Everyday words of people around families (issue 8, session 24), with sentences written for
these tests: parents named by their addiction in colloquial speech are a burdened family, and a
letter's closing greeting carries no need of its own.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Bönen was für Kinder von Alkis?",
        "Der Vater ist ein Säufer, die Tochter (9) kümmert sich um alles. Unna",
        "Junkie-Eltern, Sohn 11, wer hilft in Kamen?",
    ],
)
def test_a_parent_named_by_an_addiction_is_a_burdened_family(catalogue: Catalogue,
                                                            text: str) -> None:
    assert "belastete_eltern" in understand(text, catalogue).topics


@pytest.mark.parametrize("closing", ["Herzliche Grüße", "herzlich grüsse", "Herzlichst, Ihre"])
def test_a_closing_greeting_adds_no_need(catalogue: Catalogue, closing: str) -> None:
    text = ("Der große Bruder, 11, verstummt seit dem Unfall der Schwester. "
            "Gesprächsangebot in Kamen?")
    assert understand(f"{text} {closing}", catalogue).topics == understand(text, catalogue).topics

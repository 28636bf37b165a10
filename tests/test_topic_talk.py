"""A child who keeps silent about something, or whose speech stopped, is no language need."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load(ROOT / "catalogue.db")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # silence about a separation or a loss: the story, not the child's language
    ("Gruppen für Kinder von getrennten Eltern? Der Sohn ist 8 und redet gar nicht über die "
     "Trennung", "erziehungsberatung", "sprachfoerderung"),
    ("Kind 6 J., Vater ist gestorben, seitdem sagt sie in der Schule kein Wort mehr. "
     "Trauerbegleitung in Lünen?", "psychische_gesundheit", "sprachfoerderung"),
    ("Junge 7 spricht nicht mehr seit dem Umzug", "psychische_gesundheit", "sprachfoerderung"),
    # how a child speaks stays a language need
    ("Kind 3 spricht kaum, wohnen in Methler", "sprachfoerderung", None),
    ("Junge 4 spricht kein Wort, nur Gesten. Logopädie in Kamen?", "sprachfoerderung", None),
    ("Kind 4 spricht kaum mehr als drei Wörter, Unna", "sprachfoerderung", None),
])
def test_talk_is_read_by_its_clause(catalogue: Catalogue, text: str, present: str,
                                    absent: str | None) -> None:
    topics = understand(text, catalogue).topics
    assert present in topics
    if absent:
        assert absent not in topics

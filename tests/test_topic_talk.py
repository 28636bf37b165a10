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


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a young person's own state, no parent in the story: no parents' offers
    ("probant 19, psychisch total durch, hört stimmen?, will aber keine klinik. gibts ambulant "
     "was für junge erwachsene im kreis unna?", "psychische_gesundheit", "belastete_eltern"),
    ("Jugendliche 16 ist psychisch am Ende, ritzt sich. Therapie in Unna?",
     "psychische_gesundheit", "alleinerziehende_entlastung"),
    # a parent in the story keeps the parents' need
    ("Jugendlicher 15, Mutter psychisch krank, total durch. Hilfe in Kamen?",
     "belastete_eltern", None),
])
def test_young_persons_own_state(catalogue: Catalogue, text: str, present: str,
                                 absent: str | None) -> None:
    topics = understand(text, catalogue).topics
    assert present in topics
    if absent:
        assert absent not in topics

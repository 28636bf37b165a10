"""Two things planners noticed in the gap report: fractional count axes, a false "no entries"."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.figure import Figure

from bot.catalogue import Catalogue
from bot.gaps import charts
from bot.gaps.log import record_gap
from bot.gaps.report import render_html
from bot.gaps.view import build_view
from bot.i18n import use_locale
from bot.models import Answer, GapReason, Request
from bot.state import StateStore


def _store(path: Path, catalogue: Catalogue, requests: list[Request]) -> StateStore:
    store = StateStore(path)
    for request in requests:
        record_gap(store, Answer(request, gap=GapReason.NO_OFFER), catalogue.gazetteer)
    return store


@pytest.fixture
def two_different(tmp_path: Path, catalogue: Catalogue):  # type: ignore[no-untyped-def]
    """Two gap entries that share nothing: they cannot form a group of similar requests."""
    store = _store(tmp_path / "state.db", catalogue, [
        Request("Reitgruppe für 5-Jährige in Selm", place="selm", topics=("freizeit",)),
        Request("Schreiambulanz Baby in Kamen", place="kamen", topics=("schreibaby",)),
    ])  # fmt: skip
    yield store
    store.close()


def test_count_charts_have_whole_number_ticks(two_different, catalogue, monkeypatch) -> None:
    drawn: list[Figure] = []
    monkeypatch.setattr(charts, "_png", lambda figure: drawn.append(figure) or b"")
    view = build_view(two_different, catalogue)
    charts.topics_png(view)
    charts.reasons_png(view)
    charts.trend_png(view)
    topics, reasons, trend = (figure.axes[0] for figure in drawn)
    for axis in (topics.xaxis, reasons.xaxis, trend.yaxis):
        ticks = [t for t in axis.get_ticklocs() if t >= 0]
        assert ticks and all(float(t).is_integer() for t in ticks), ticks


def test_entries_without_a_group_are_not_called_no_entries(two_different, catalogue) -> None:
    view = build_view(two_different, catalogue)
    assert len(view.entries) == 2 and view.clusters == []
    with use_locale("de"):
        html = render_html(view)
    clusters = html.split('id="clusters"', 1)[1].split("</p>", 1)[0]
    assert "Keine Einträge" not in clusters
    assert "2 Anfragen in diesem Zeitraum" in clusters


def test_an_empty_period_still_says_no_entries(tmp_path: Path, catalogue: Catalogue) -> None:
    store = _store(tmp_path / "state.db", catalogue, [])
    try:
        with use_locale("de"):
            html = render_html(build_view(store, catalogue))
    finally:
        store.close()
    assert "Keine Einträge in diesem Zeitraum" in html.split('id="clusters"', 1)[1][:200]

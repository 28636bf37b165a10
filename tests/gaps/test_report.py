"""The HTML gap report: finds the planted gaps, is self-contained, escapes, speaks German."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.catalogue import Catalogue
from bot.gaps.log import record_gap
from bot.gaps.report import render_html, write_report
from bot.gaps.view import build_view
from bot.i18n import use_locale
from bot.models import AgeRange, Answer, GapReason, Request
from bot.state import StateStore

ROW = re.compile(r'<tr data-phase="(P\d)" data-place="([^"]+)" data-topic="([^"]+)" '
                 r'data-count="(\d+)">')  # fmt: skip


def test_report_finds_the_five_planted_gaps_in_order(synthetic, catalogue: Catalogue, tmp_path):
    store, planted = synthetic
    path = write_report(build_view(store, catalogue), tmp_path)
    html = path.read_text(encoding="utf-8")
    found = [(phase, place, topic) for phase, place, topic, _n in ROW.findall(html)][:5]
    assert found == [(h.phase, h.place, h.topic) for h in planted]


def test_report_groups_similar_requests_and_names_them(synthetic, catalogue: Catalogue):
    store, planted = synthetic
    view = build_view(store, catalogue)
    biggest = view.clusters[0]
    assert biggest.count >= planted[0].count
    with use_locale("de"):
        label = view.cluster_label(biggest)
    assert "Schreiambulanz" in label and "Selm" in label and "Monate" in label
    assert 1 <= len(biggest.examples) <= 3
    # requests nobody understood are grouped by wording, across places
    debts = [c for c in view.clusters if c.topic == "?" and "Schulden" in " ".join(c.examples)]
    assert debts and debts[0].count >= 20


def test_report_is_self_contained_german_and_has_all_charts(synthetic, catalogue: Catalogue):
    store, _planted = synthetic
    with use_locale("de"):
        html = render_html(build_view(store, catalogue))
    assert "Lücken in der Präventionskette" in html
    assert "Schwangerschaft" in html and "kein Angebot vorhanden" in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html), "no external assets"
    assert "<link" not in html
    assert html.count('<img src="data:image/png;base64,') == 4


def test_report_escapes_request_texts(tmp_path: Path, catalogue: Catalogue):
    store = StateStore(tmp_path / "state.db")
    request = Request(text='<script>alert("x")</script> Hilfe & "Rat"', place="kamen",
                      age=AgeRange(48, 59), topics=("sprachfoerderung",))  # fmt: skip
    for _ in range(2):
        record_gap(store, Answer(request, gap=GapReason.NO_OFFER), catalogue.gazetteer)
    html = render_html(build_view(store, catalogue))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Hilfe &amp; &quot;Rat&quot;" in html
    store.close()


def test_empty_log_still_gives_a_report(tmp_path: Path, catalogue: Catalogue):
    store = StateStore(tmp_path / "state.db")
    with use_locale("de"):
        html = render_html(build_view(store, catalogue))
    assert "Keine Einträge in diesem Zeitraum." in html
    store.close()


def test_scope_filters_by_municipality_and_dates(synthetic, catalogue: Catalogue):
    store, _planted = synthetic
    view = build_view(store, catalogue, municipality="selm", since=dt.date(2026, 4, 1),
                      until=dt.date(2026, 4, 30))  # fmt: skip
    assert view.entries
    assert {e.municipality for e in view.entries} == {"selm"}
    assert all(e.created_at.startswith("2026-04") for e in view.entries)
    # one municipality: the heat map shows its districts
    assert "selm-bork" in view.places and "kamen" not in view.places

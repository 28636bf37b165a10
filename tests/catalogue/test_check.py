"""`catalogue check` finds what erodes trust: stale, duplicate and incomplete offers, and gaps."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.catalogue import Catalogue
from bot.exchange.check import (
    coverage,
    incomplete_offers,
    likely_duplicates,
    months_before,
    render_check,
    stale_offers,
)


def _with(catalogue: Catalogue, offers) -> Catalogue:
    return Catalogue(catalogue.gazetteer.places.values(), catalogue.topics.values(), offers)


def test_stale_offers_are_those_not_verified_within_twelve_months(catalogue: Catalogue) -> None:
    today = dt.date(2026, 6, 30)
    stale = stale_offers(catalogue, today)
    cutoff = months_before(today, 12).isoformat()
    assert stale and all(o.last_checked < cutoff for o in stale)
    fresh = set(catalogue.offers) - set(stale)
    assert all(o.last_checked >= cutoff for o in fresh)


def test_an_offer_entered_twice_by_two_lists_is_a_likely_duplicate(catalogue: Catalogue) -> None:
    original = catalogue.by_id["KAM-001"]
    twin = replace(
        original, id="KAM-999", name=original.name.upper() + " ", provider=original.provider + "."
    )
    found = likely_duplicates(_with(catalogue, [*catalogue.offers, twin]))
    assert [(d.first.id, d.second.id) for d in found] == [("KAM-001", "KAM-999")]


def test_the_sample_has_no_false_duplicates(catalogue: Catalogue) -> None:
    assert likely_duplicates(catalogue) == []


def test_offers_missing_topic_age_or_area_are_listed(catalogue: Catalogue) -> None:
    blank = replace(
        catalogue.offers[0], id="X-1", topics=(), age_min=None, age_max=None, service_area=()
    )
    found = dict((o.id, missing) for o, missing in incomplete_offers(_with(catalogue, [blank])))
    assert found == {"X-1": ["Thema", "Alter", "Gebiet"]}


def test_coverage_counts_offers_serving_each_place_per_life_phase(catalogue: Catalogue) -> None:
    rows = dict(coverage(catalogue))
    gazetteer = catalogue.gazetteer
    expected = sum(
        1
        for o in catalogue.offers
        if gazetteer.serves(o.service_area, "kamen-methler")
        and (o.age_min is None or o.age_min <= -1)
        and (o.age_max is None or o.age_max >= -9)
    )
    assert rows["kamen-methler"]["P0"] == expected
    assert set(rows) == {p.key for p in gazetteer.places.values() if p.kind != "kreis"}


def test_the_report_lists_findings_and_the_matrix(catalogue: Catalogue) -> None:
    report, findings = render_check(catalogue, dt.date(2026, 6, 30))
    assert findings == len(stale_offers(catalogue, dt.date(2026, 6, 30))) + len(
        incomplete_offers(catalogue)
    )
    assert "Methler" in report and "16–21" in report


def test_the_check_is_an_object_the_command_line_only_prints(catalogue: Catalogue) -> None:
    from bot.exchange.check import check_catalogue, format_check

    report = check_catalogue(catalogue, dt.date(2026, 6, 30))
    assert report.findings == len(report.stale) + len(report.duplicates) + len(report.incomplete)
    assert [o.id for o in report.stale] == [o.id for o in stale_offers(catalogue,
                                                                        dt.date(2026, 6, 30))]
    text = format_check(report, catalogue)
    assert (text, report.findings) == render_check(catalogue, dt.date(2026, 6, 30))

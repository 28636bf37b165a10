"""The benchmark: synthetic catalogues are realistic and valid, the command reports figures."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bot.bench.core import (
    dev_queries,
    format_table,
    naive_match,
    parse_sizes,
    percentile,
    spread_sample,
    targets_met,
)
from bot.bench.synthetic import build_catalogue, sample_sources, synthetic_sources
from bot.catalogue import Catalogue
from bot.cli import main
from bot.models import AgeRange, Request
from bot.understanding import understand
from bot.vocabulary.units import AGE_MAX, AGE_MIN


@pytest.fixture(scope="module")
def grown() -> Catalogue:
    sample = sample_sources()
    sources = synthetic_sources(2000, sample, seed=7)
    return Catalogue(sources.places, sources.topics, sources.offers)


def test_synthetic_offers_are_unique_valid_and_spread_over_the_kreis(grown: Catalogue) -> None:
    offers = grown.offers
    assert len(offers) == 2000 and len({o.id for o in offers}) == 2000
    gazetteer = grown.gazetteer
    municipalities = Counter(o.municipality for o in offers)
    assert set(municipalities) == {p.key for p in gazetteer.municipalities}
    assert len({o.district for o in offers if o.district}) > 50
    today = dt.date.today().isoformat()
    for offer in offers:
        assert offer.topics and all(t in grown.topics for t in offer.topics)
        assert all(key in gazetteer for key in offer.service_area)
        assert offer.district is None or gazetteer[offer.district].parent == offer.municipality
        for age in (offer.age_min, offer.age_max):
            assert age is None or AGE_MIN <= age <= AGE_MAX
        if offer.age_min is not None and offer.age_max is not None:
            assert offer.age_min <= offer.age_max
        assert offer.last_checked <= today
        assert offer.name and len(offer.description) >= 40


def test_the_same_seed_grows_the_same_catalogue() -> None:
    sample = sample_sources()
    first = synthetic_sources(300, sample, seed=3).offers
    assert first == synthetic_sources(300, sample, seed=3).offers
    assert first != synthetic_sources(300, sample, seed=4).offers


def test_a_synthetic_catalogue_is_a_real_catalogue_database(tmp_path: Path) -> None:
    path = build_catalogue(500, tmp_path)
    loaded = Catalogue.load(path)
    assert len(loaded) == 500
    request = understand("Sprachförderung für ein Kind, 4 Jahre, in Kamen", loaded)
    assert request.topics and request.place == "kamen"


def test_the_naive_baseline_only_returns_offers_that_fit(grown: Catalogue) -> None:
    request = Request(text="Hebamme für eine Schwangere in Lünen, auf Türkisch",
                      age=AgeRange(-9, -1), place="luenen", topics=("schwangerschaft_geburt",),
                      languages=("tr",))  # fmt: skip
    found = naive_match(request, grown)
    assert found
    for offer in found:
        assert grown.gazetteer.serves(offer.service_area, request.place)
        assert "tr" in offer.languages
        assert offer.age_min is None or offer.age_min <= -1


def test_percentiles_and_sizes() -> None:
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 0.5) == 50.0
    assert percentile(samples, 0.99) == 99.0
    assert parse_sizes("10000, 100000") == [10000, 100000]
    with pytest.raises(ValueError):
        parse_sizes("0")


def test_bench_core_prints_figures_for_every_catalogue() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["bench", "core", "--sizes", "400", "--repeat", "1", "--requests", "40",
                     "--naive-every", "10", "--json"])  # fmt: skip
    results = json.loads(out.getvalue())
    assert code == (0 if targets_met(results) else 1)  # speed itself is not asserted here
    assert [r["catalogue"] for r in results] == ["shipped", "synthetic 400"]
    assert results[1]["offers"] == 400
    for figures in results:
        assert figures["requests"] == 40 and figures["naive_requests"] == 4
        assert 0 < figures["p50_ms"] <= figures["p99_ms"] <= figures["max_ms"]
        assert figures["match_p50_ms"] > 0 and figures["understand_p50_ms"] > 0
        assert figures["rss_peak_mb"] >= figures["rss_before_mb"] > 0
        assert figures["speedup_p50"] > 0
        assert 0 < figures["cpu_p50_ms"] <= figures["cpu_p99_ms"]
    table = format_table(results)
    assert "synthetic 400" in table and "p99 ms" in table and "CPU p99" in table


def test_a_quick_run_samples_requests_over_the_whole_set() -> None:
    queries = dev_queries()
    sample = spread_sample(queries, 40)
    assert len(sample) == 40 and len(set(sample)) == 40
    assert sample[0] == queries[0] and queries.index(sample[-1]) >= len(queries) * 9 // 10
    assert spread_sample(queries, 0) == queries == spread_sample(queries, 10_000)


def test_bench_without_a_sub_command_is_bench_core() -> None:
    from bot.cli import build_parser

    args = build_parser().parse_args(["bench", "--sizes", "10"])
    assert args.sizes == "10" and args.bench is None
    assert build_parser().parse_args(["bench", "telegram"]).updates == 5000


def test_a_missed_target_is_a_failing_exit_for_scripts() -> None:
    shipped = {"offers": 120, "p99_ok": True, "speedup_p50": 1.0}
    large = {"offers": 100_000, "p99_ok": True, "speedup_p50": 150.0}
    assert targets_met([shipped, large])
    assert not targets_met([{**shipped, "p99_ok": False}, large])
    assert not targets_met([shipped, {**large, "speedup_p50": 3.0}])
    assert targets_met([shipped])  # no large catalogue measured: no speed-up to judge

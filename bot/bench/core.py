"""`python -m bot bench core`: how fast the core answers, at the shipped size, 10k and 100k offers.

For each catalogue the development requests (tests/data/dev.jsonl) are understood and matched
several times; the figures are per request (p50/p99 of understanding, matching and both), peak
memory, and the same requests answered by a naive baseline that scans every offer's text with
rapidfuzz. Each catalogue is measured in a fresh process, so that its peak resident memory is its
own and not the high-water mark of a bigger catalogue measured before.

The targets are judged on wall-clock time, what a user waits. The same requests' CPU time of the
measuring thread is printed beside it: on a shared machine the wall clock also counts the time the
process waited for a core, and the CPU figure says how much of a p99 is the code's own.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import resource
import sys
import tempfile
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.bench.synthetic import build_catalogue, sample_sources
from bot.catalogue import Catalogue
from bot.i18n import _
from bot.matching import MAX_OFFERS, match
from bot.models import Offer, Request
from bot.settings import PROJECT_ROOT, Settings
from bot.text import fold
from bot.understanding import understand

DEV_REQUESTS = PROJECT_ROOT / "tests" / "data" / "dev.jsonl"
# p99 targets per request (understand + match) in milliseconds, by catalogue size
TARGET_P99_MS = ((1_000, 5.0), (10_000, 15.0), (100_000, 50.0))
TARGET_SPEEDUP = 20.0
NAIVE_LIMIT = 500  # the naive scan keeps this many best texts before filtering them


def dev_queries(path: Path = DEV_REQUESTS) -> list[str]:
    return [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]  # fmt: skip


def spread_sample(queries: list[str], count: int) -> list[str]:
    """`count` queries taken evenly over the whole set, so a quick run still meets its short
    and long, German and foreign requests rather than only the first ones written."""
    if count <= 0 or count >= len(queries):
        return queries
    return [queries[index * len(queries) // count] for index in range(count)]


def percentile(samples: list[float], share: float) -> float:
    """Nearest-rank percentile: the value below which `share` of the samples lie."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else math.nan


def target_for(offers: int) -> float:
    for size, milliseconds in TARGET_P99_MS:
        if offers <= size:
            return milliseconds
    return TARGET_P99_MS[-1][1]


def _fits(offer: Offer, request: Request, catalogue: Catalogue) -> bool:
    languages = set(request.languages)
    return (
        (request.age is None or request.age.overlaps(offer.age_min, offer.age_max))
        and catalogue.gazetteer.serves(offer.service_area, request.place)
        and (not languages or bool(languages.intersection(offer.languages)))
    )


def naive_match(request: Request, catalogue: Catalogue) -> list[Offer]:
    """The obvious approach: fuzzy-score every offer's text against the request, then filter."""
    best = process.extract(fold(request.text), catalogue.search_text, scorer=fuzz.token_set_ratio,
                           limit=NAIVE_LIMIT)  # fmt: skip
    offers = (catalogue.offers[index] for _text, _score, index in best)
    return [offer for offer in offers if _fits(offer, request, catalogue)][:MAX_OFFERS]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _maxrss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # kB on Linux


def measure(path: str, queries: list[str], repeat: int, naive_every: int) -> dict[str, object]:
    """Measure one catalogue (run in a fresh process: peak RSS is then this catalogue's)."""
    rss_before = _maxrss_mb()
    started = time.perf_counter()
    catalogue = Catalogue.load(Path(path))
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    understand(queries[0], catalogue)  # builds the vocabulary indexes
    _ = catalogue.offer_index
    index_s = time.perf_counter() - started
    requests = [understand(q, catalogue) for q in queries]
    for request in requests:  # warm-up: caches per place and per day
        match(request, catalogue)
    understanding, matching, total, cpu = [], [], [], []
    for _round in range(repeat):
        for query in queries:
            c0, t0 = time.thread_time(), time.perf_counter()
            request = understand(query, catalogue)
            t1 = time.perf_counter()
            match(request, catalogue)
            t2, c2 = time.perf_counter(), time.thread_time()
            understanding.append(t1 - t0)
            matching.append(t2 - t1)
            total.append(t2 - t0)
            cpu.append(c2 - c0)
    tracemalloc.start()
    request_peak = 0
    for query in queries:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        match(understand(query, catalogue), catalogue)
        request_peak = max(request_peak, tracemalloc.get_traced_memory()[1] - before)
    tracemalloc.stop()
    naive = []
    for query in queries[::naive_every]:
        t0 = time.perf_counter()
        naive_match(understand(query, catalogue), catalogue)
        naive.append(time.perf_counter() - t0)
    rss_peak = _maxrss_mb()
    return {
        "offers": len(catalogue),
        "load_s": round(load_s, 2),
        "index_s": round(index_s, 2),
        "requests": len(total),
        "understand_p50_ms": _ms(percentile(understanding, 0.5)),
        "understand_p99_ms": _ms(percentile(understanding, 0.99)),
        "match_p50_ms": _ms(percentile(matching, 0.5)),
        "match_p99_ms": _ms(percentile(matching, 0.99)),
        "p50_ms": _ms(percentile(total, 0.5)),
        "p99_ms": _ms(percentile(total, 0.99)),
        "max_ms": _ms(max(total)),
        "cpu_p50_ms": _ms(percentile(cpu, 0.5)),
        "cpu_p99_ms": _ms(percentile(cpu, 0.99)),
        "request_peak_kb": round(request_peak / 1024, 1),
        "rss_before_mb": rss_before,
        "rss_peak_mb": rss_peak,
        "naive_requests": len(naive),
        "naive_p50_ms": _ms(percentile(naive, 0.5)),
        "naive_p99_ms": _ms(percentile(naive, 0.99)),
    }


def _in_fresh_process(path: Path, queries: list[str], repeat: int,
                      naive_every: int) -> dict[str, object]:  # fmt: skip
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(measure, str(path), queries, repeat, naive_every).result()


def _finish(figures: dict[str, object]) -> dict[str, object]:
    """Add the speed-up over the naive scan and whether the targets are met."""
    p50, p99 = float(figures["p50_ms"]), float(figures["p99_ms"])  # type: ignore[arg-type]
    naive_p50 = float(figures["naive_p50_ms"])  # type: ignore[arg-type]
    target = target_for(int(figures["offers"]))  # type: ignore[call-overload]
    figures["speedup_p50"] = round(naive_p50 / p50, 1) if p50 else None
    figures["target_p99_ms"] = target
    figures["p99_ok"] = p99 <= target
    return figures


def run_benchmark(sizes: list[int], repeat: int, naive_every: int, shipped: Path,
                  queries: list[str] | None = None,
                  report=None) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]  # fmt: skip
    """Measure the shipped catalogue and one synthetic catalogue per size."""
    queries = queries or dev_queries()
    results = []
    report = report or (lambda message: None)
    report(_("Measuring the shipped catalogue ({path}) …").format(path=shipped))
    shipped_figures = _in_fresh_process(shipped, queries, repeat, naive_every)
    results.append(_finish({"catalogue": "shipped", "build_s": None, **shipped_figures}))
    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as folder:
        sample = sample_sources()
        for size in sizes:
            report(_("Building a synthetic catalogue of {size} offers …").format(size=size))
            started = time.perf_counter()
            path = build_catalogue(size, Path(folder), sample)
            build_s = round(time.perf_counter() - started, 2)
            report(_("Measuring {size} offers …").format(size=size))
            figures = _in_fresh_process(path, queries, repeat, naive_every)
            results.append(_finish({"catalogue": f"synthetic {size}", "build_s": build_s,
                                    **figures}))  # fmt: skip
    return results


COLUMNS = (
    ("catalogue", "catalogue"), ("offers", "offers"), ("build_s", "build s"),
    ("load_s", "load s"), ("understand_p50_ms", "und p50"), ("understand_p99_ms", "und p99"),
    ("match_p50_ms", "match p50"), ("match_p99_ms", "match p99"), ("p50_ms", "p50 ms"),
    ("p99_ms", "p99 ms"), ("cpu_p50_ms", "CPU p50"), ("cpu_p99_ms", "CPU p99"),
    ("target_p99_ms", "target"), ("rss_peak_mb", "RSS MB"),
    ("request_peak_kb", "req kB"), ("naive_p50_ms", "naive p50"), ("naive_p99_ms", "naive p99"),
    ("speedup_p50", "speed-up"),
)  # fmt: skip


def format_table(results: list[dict[str, object]]) -> str:
    """Render the figures as an aligned plain-text table (one row per catalogue)."""
    def cell(value: object) -> str:
        if value is None:
            return "–"
        if isinstance(value, float):
            return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
        return f"{value:,}" if isinstance(value, int) else str(value)

    rows = [[label for _key, label in COLUMNS]]
    rows += [[cell(r.get(key)) for key, _label in COLUMNS] for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                       enumerate(zip(row, widths, strict=True))) for row in rows]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def verdicts(results: list[dict[str, object]]) -> list[str]:
    lines = []
    for r in results:
        ok = _("met") if r["p99_ok"] else _("MISSED")
        line = _("{catalogue}: p99 {p99} ms, target ≤ {target} ms: {ok}")
        lines.append(line.format(catalogue=r["catalogue"], p99=r["p99_ms"],
                                 target=r["target_p99_ms"], ok=ok))  # fmt: skip
    largest = max(results, key=lambda r: int(r["offers"]))  # type: ignore[call-overload]
    if int(largest["offers"]) >= 100_000:  # type: ignore[call-overload]
        speedup = largest["speedup_p50"] or 0.0
        ok = _("met") if float(speedup) >= TARGET_SPEEDUP else _("MISSED")  # type: ignore[arg-type]
        lines.append(_("speed-up over the naive scan at {offers} offers: {speedup}×, target "
                       "≥ {target}×: {ok}").format(offers=largest["offers"], speedup=speedup,
                                                   target=TARGET_SPEEDUP, ok=ok))  # fmt: skip
    return lines


def parse_sizes(text: str) -> list[int]:
    sizes = [int(part) for part in text.replace(" ", "").split(",") if part]
    if any(size < 1 for size in sizes):
        raise ValueError(text)
    return sizes


def run_core(args: argparse.Namespace, settings: Settings) -> int:
    """The `bench core` command: measure, then print a table (or JSON with --json)."""
    try:
        sizes = parse_sizes(getattr(args, "sizes", "10000,100000"))
    except ValueError:
        print(_("--sizes expects numbers separated by commas, e.g. 10000,100000"),
              file=sys.stderr)  # fmt: skip
        return 2
    repeat = max(1, int(getattr(args, "repeat", 3)))
    naive_every = max(1, int(getattr(args, "naive_every", 6)))
    as_json = bool(getattr(args, "json", False))
    queries = spread_sample(dev_queries(), int(getattr(args, "requests", 0) or 0))

    def report(message: str) -> None:
        if not as_json:
            print(message, file=sys.stderr, flush=True)

    results = run_benchmark(sizes, repeat, naive_every, Path(settings.catalogue), queries,
                            report=report)  # fmt: skip
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(format_table(results))
        print()
        print("\n".join(verdicts(results)))
    return 0 if targets_met(results) else 1


def targets_met(results: list[dict[str, object]]) -> bool:
    """Every p99 within its target and, at 100k offers, the speed-up over the naive scan: a
    script or CI job can then act on the exit code, as with `bench telegram`."""
    largest = max(results, key=lambda r: int(r["offers"]))  # type: ignore[call-overload]
    speedup_ok = (int(largest["offers"]) < 100_000  # type: ignore[call-overload]
                  or float(largest["speedup_p50"] or 0.0) >= TARGET_SPEEDUP)  # type: ignore[arg-type]
    return speedup_ok and all(bool(r["p99_ok"]) for r in results)

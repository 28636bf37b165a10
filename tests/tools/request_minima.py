"""Per-request minimum wall time of understanding + matching, for comparing two revisions.

Why: function calls per request (cProfile) fell 18 % in stop 41 while the time did not move — the
calls cut were cheap Python ones, and regular-expression passes run in C as a single call each.
On a shared machine the minimum of several passes per request is the steadiest wall-clock figure;
run it for both revisions back to back (cwd = the revision's root) and compare.

    .venv/bin/python tests/tools/request_minima.py [--every 17] [--passes 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from bot.bench.core import Catalogue, match, understand  # noqa: E402


def labelled_requests(every: int) -> list[str]:
    """Every `every`-th request of the labelled sets in tests/data, in a fixed order."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "data").glob("*/requests.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["q"])
    return texts[::every]


def minima(texts: list[str], catalogue: Catalogue, passes: int) -> list[float]:
    """The fastest of `passes` timings of each request, after one warm-up pass."""
    for text in texts:
        match(understand(text, catalogue), catalogue)
    best = [float("inf")] * len(texts)
    for _ in range(passes):
        for index, text in enumerate(texts):
            began = time.perf_counter()
            match(understand(text, catalogue), catalogue)
            best[index] = min(best[index], time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=17)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    texts = labelled_requests(args.every)
    catalogue = Catalogue.load(ROOT / "catalogue.db")
    best = sorted(minima(texts, catalogue, args.passes))
    p50, p99 = best[len(best) // 2] * 1000, best[int(len(best) * 0.99)] * 1000
    print(f"requests {len(best)}  sum of minima {sum(best):.3f} s  p50 {p50:.2f}  p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()

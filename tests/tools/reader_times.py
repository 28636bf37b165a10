"""Inclusive perf_counter time of `understand`'s top readers over every n-th request of a corpus.

Why: cProfile inflates cheap Python calls; the clock around each reader says where a request's
wall time goes. The readers are wrapped where `bot.understanding` looks them up, so the figures
are inclusive (a reader's own readers count in it).

    .venv/bin/python tests/tools/reader_times.py CORPUS.jsonl [--every 18]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd()))

import bot.understanding as understanding
from bot.bench.core import Catalogue, match, understand

READERS = ("find_needs", "read_age", "resolve_place", "germanise", "parse_languages",
           "family_text", "undictate", "restore_marks")
SPENT: dict[str, float] = defaultdict(float)


def _timed(name: str, reader: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return reader(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - began
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--every", type=int, default=18)
    args = parser.parse_args()
    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["q"] for line in lines if line.strip()][:: args.every]
    catalogue = Catalogue.load(Path("catalogue.db"))
    for text in texts:  # warm-up: caches and lazy tables
        match(understand(text, catalogue), catalogue)
    for name in READERS:
        if hasattr(understanding, name):
            setattr(understanding, name, _timed(name, getattr(understanding, name)))
    began = time.perf_counter()
    for text in texts:
        SPENT["understand"] -= time.perf_counter()
        understood = understand(text, catalogue)
        SPENT["understand"] += time.perf_counter()
        match(understood, catalogue)
    total = time.perf_counter() - began
    print(f"requests {len(texts)}  total {total * 1000:.0f} ms")
    for name, spent in sorted(SPENT.items(), key=lambda item: -item[1]):
        print(f"| {name} | {spent * 1000:,.0f} | {spent / total:.0%} |")


if __name__ == "__main__":
    main()

"""Benchmark: write the gap report from a generated gap log and print the time it takes.

    python -m bot.gaps.bench [--total 2000] [--out DIR]

The target is ≤ 10 s for 2,000 entries including CSV and XLSX; a benchmark prints figures instead
of failing a unit test on a slow machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bot.catalogue import Catalogue
from bot.gaps.export import write_csv, write_xlsx
from bot.gaps.report import write_report
from bot.gaps.synthetic import generate
from bot.gaps.view import build_view
from bot.settings import SHIPPED_CATALOGUE
from bot.state import StateStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.gaps.bench")
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--out", type=Path, help="keep the report here (default: a temp folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "report"
        catalogue = Catalogue.load(SHIPPED_CATALOGUE)
        store = StateStore(Path(tmp) / "state.db")
        started = time.perf_counter()
        generate(store, catalogue, total=args.total)
        generated = time.perf_counter()
        view = build_view(store, catalogue)
        html = write_report(view, out)
        reported = time.perf_counter()
        write_csv(view, out)
        write_xlsx(view, out)
        exported = time.perf_counter()
        store.close()
        print(f"entries:         {len(view.entries)}")
        print(f"generate:        {generated - started:6.2f} s")
        print(
            f"HTML report:     {reported - generated:6.2f} s  ({html.stat().st_size // 1024} KiB)"
        )
        print(f"CSV + XLSX:      {exported - reported:6.2f} s")
        print(f"report + export: {exported - generated:6.2f} s  (target ≤ 10 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Imports every list of a folder as a newcomer would and says what came out.

Why: the import is judged on lists nobody tuned it on; this runs the README's commands
(`catalogue places`, `catalogue import --dry-run`, the import itself, `--skip-invalid`) on each
list in a temporary folder and asks the list's questions (``questions.jsonl``: list, text,
expected offer name) against the new catalogue.

    python tests/tools/import_lists.py tests/data/lists2 [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

SKIP = {"SOURCE.md", "questions.jsonl", "build_binary.py", "build_xlsx.py"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, check=False
    )


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM offers").fetchone()[0])


def _names(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, name FROM offers").fetchall())


def measure(folder: Path, verbose: bool) -> None:
    questions = [
        json.loads(line)
        for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    whole = kept_total = hits = asked = placed = 0
    lists = sorted(
        p for p in folder.iterdir() if p.name not in SKIP and not p.name.endswith("-places.csv")
    )
    for source in lists:
        with tempfile.TemporaryDirectory() as tmp:
            places, db = Path(tmp) / "places.csv", Path(tmp) / "new.db"
            derived = _run("catalogue", "places", str(source), "--out", str(places))
            n_places = (
                max(0, len(places.read_text(encoding="utf-8").splitlines()) - 1)
                if places.exists()
                else 0
            )
            opts = ["--places", str(places)] if places.exists() else []
            state = ["--state", str(Path(tmp) / "state.db")]
            done = _run("catalogue", "import", str(source), *opts, "--catalogue", str(db), *state)
            kept = _count(db)
            ok = done.returncode == 0
            if not ok:
                skipped = _run(
                    "catalogue",
                    "import",
                    str(source),
                    *opts,
                    "--skip-invalid",
                    "--catalogue",
                    str(db),
                    *state,
                )
                kept = _count(db)
                out = skipped.stdout + skipped.stderr
            else:
                out = done.stdout + done.stderr
            whole += ok
            kept_total += kept
            print(
                f"== {source.name}: places rc={derived.returncode} ({n_places} places), "
                f"import {'whole' if ok else 'REFUSED'}, {kept} offers kept"
            )
            if verbose:
                print(
                    "   " + (derived.stdout + derived.stderr).strip().replace("\n", "\n   ")[:1500]
                )
                print("   " + out.strip().replace("\n", "\n   ")[:3000])
            for q in (q for q in questions if q["list"] == source.name):
                asked += 1
                if not kept:
                    print(f"   miss (no catalogue): {q['text']}")
                    continue
                names = _names(db)
                res = _run("ask", "--json", "--no-log", "--catalogue", str(db), *state, q["text"])
                answer = json.loads(res.stdout)
                top = [names.get(o["id"], o["id"]) for o in answer["offers"][:3]]
                hit = any(q["expect"] in name for name in top)
                hits += hit
                placed += hit and answer["understood"]["place"] is not None
                asked_back = (answer.get("question") or {}).get("kind")
                print(
                    f"   {'hit ' if hit else 'MISS'} {q['text']!r}"
                    f" understood={answer['understood']}"
                    f" gap={answer['gap_reason']} question={asked_back}"
                    + ("" if hit else f" top={top}")
                )
    print(
        f"\n{whole} of {len(lists)} lists imported whole; {kept_total} offers kept "
        f"(with --skip-invalid where refused); {hits} of {asked} questions answered "
        f"with the expected offer in the top 3, {placed} of them with the place understood"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    measure(args.folder, args.verbose)

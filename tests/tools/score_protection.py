"""Score a labelled set on child protection: does a request whose topics include `kinderschutz`
(and that names a case, not training) get the child-protection answer — the flag, the emergency
numbers and a kinderschutz offer among the first three — and does every other request stay free
of it? Run from the worktree: python tests/tools/score_protection.py --set FILE [--details]."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path


def _offer_topics() -> dict[str, list[str]]:
    import sqlite3

    db = sqlite3.connect(Path(__file__).resolve().parents[2] / "catalogue.db")
    rows = db.execute("select id, topics from offers").fetchall()
    return {i: (json.loads(t) if t.startswith("[") else t.split(";")) for i, t in rows}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", required=True)
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.set).read_text().splitlines() if line.strip()]
    stdin = "".join(r["q"].replace("\n", " ") + "\n" for r in rows)  # as score.py sends them
    command = [sys.executable, "-m", "bot", "ask", "--json", "--no-log", "-"]
    out = subprocess.run(command, input=stdin, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    topics = _offer_topics()
    signs = flagged = first3 = numbers = looks = false_flags = 0
    for row, line in zip(rows, out, strict=True):
        got = json.loads(line)
        case = "kinderschutz" in row["topics"] and "training" not in row["tags"]
        top = [o["id"] for o in got["offers"][:3]]
        ks = any("kinderschutz" in topics.get(i, ()) for i in top)
        if case:
            signs += 1
            flagged += got["child_protection"]
            first3 += ks
            numbers += bool(got["emergency"])
            ok = got["child_protection"] and ks and got["emergency"]
        else:
            looks += 1
            false_flags += got["child_protection"]
            ok = not got["child_protection"]
        if args.details and not ok:
            print(f"MISS {row['id']} case={case} flag={got['child_protection']} ks3={ks} "
                  f"topics={got['understood']['topics']} :: {row['q'][:110]}")
    cases = max(signs, 1)  # a set without signs still reports its false flags
    print(f"signs {signs}: flagged {flagged / cases:.3f}, "
          f"kinderschutz in top3 {first3 / cases:.3f}, numbers {numbers / cases:.3f}; "
          f"look-alikes {looks}: false flags {false_flags}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure the project on the fresh data in tests/data/fresh/ (written without reading the code).

Three figures, all through the public entries the README documents:

* ages     – ``python -m bot ask --json --no-log -`` on every line of age_phrasings.jsonl;
             ``understood.age_months`` against the label (exact, and the scorer's rule:
             overlap / union >= 0.5, null only matches null).
* audience – every text of audience_texts.jsonl as the age cell of a planner's CSV list,
             imported with ``python -m bot catalogue import`` into a throw-away catalogue
             (once in an ``Alter`` column, once in a ``Zielgruppe`` column with no age column);
             rows the import refuses are taken out one round at a time and counted as refused.
* privacy  – ``bot.privacy.redact.redact`` on every dictated message: share of planted personal
             strings that are gone, share of keep strings that survive.

Run from the project root:  .venv/bin/python tests/tools/measure_fresh2.py [--details]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRESH = ROOT / "tests" / "data" / "fresh"
PY = sys.executable


def load(name: str) -> list[dict]:
    """Read one JSONL file of the fresh set."""
    with open(FRESH / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def scorer_match(label: list[int] | None, got: list[int] | None) -> bool:
    """The dev scorer's age rule: overlap / union >= 0.5; a null label wants a null answer."""
    if not label:
        return not got
    if not got:
        return False
    lo, hi = max(label[0], got[0]), min(label[1], got[1])
    if lo > hi:
        return False
    return (hi - lo + 1) / (max(label[1], got[1]) - min(label[0], got[0]) + 1) >= 0.5


def measure_ages(details: bool) -> dict:
    """Feed every age phrasing to `bot ask` and compare the understood age with the label."""
    rows = load("age_phrasings.jsonl")
    text = "".join(r["text"].replace("\n", " ") + "\n" for r in rows)
    out = subprocess.run([PY, "-m", "bot", "ask", "--json", "--no-log", "-"], input=text,
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    answers = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(answers) == len(rows), (len(answers), len(rows))
    tally = {"n": 0, "exact": 0, "scorer": 0, "null_n": 0, "null_ok": 0, "age_n": 0,
             "age_exact": 0, "preg_n": 0, "preg_any": 0}
    misses = []
    for r, a in zip(rows, answers, strict=True):
        label, got = r["age"], a["understood"].get("age_months")
        got = list(got) if got else None
        exact = label == got
        tally["n"] += 1
        tally["exact"] += exact
        tally["scorer"] += scorer_match(label, got)
        if label is None:
            tally["null_n"] += 1
            tally["null_ok"] += got is None
        else:
            tally["age_n"] += 1
            tally["age_exact"] += exact
            if label[1] < 0:
                tally["preg_n"] += 1
                tally["preg_any"] += bool(got) and got[1] < 0
        if not exact:
            misses.append((r["text"], label, got, r["note"]))
    if details:
        print("\n# age misses (text | label | understood | note)")
        for m in misses:
            print(f"  {m[0]!r} | {m[1]} | {m[2]} | {m[3]}")
    return tally


def _import_rounds(texts: list[str], column: str, work: Path) -> tuple[dict, dict]:
    """Import the texts as planner rows; drop refused rows and retry until the import passes.

    Returns (read: index -> (lo, hi)), (refused: index -> reason).
    """
    shipped = ROOT / "catalogue.db"
    alive = list(range(len(texts)))
    refused: dict[int, str] = {}
    for _ in range(len(texts) + 1):
        cat, csv_path = work / "cat.db", work / "angebote.csv"
        shutil.copyfile(shipped, cat)
        with open(csv_path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["Angebot", "Themen", "Ort/Kommune", "Einzugsgebiet", column])
            for i in alive:
                w.writerow([f"Frisch {i:03d}", "sprachfoerderung", "Kamen", "Kamen", texts[i]])
        proc = subprocess.run([PY, "-m", "bot", "catalogue", "import", str(csv_path),
                               "--catalogue", str(cat), "--state", str(work / "state.db")],
                              capture_output=True, text=True, cwd=ROOT)
        if proc.returncode == 0:
            con = sqlite3.connect(cat)
            got = {int(name.split()[1]): (lo, hi) for name, lo, hi in con.execute(
                "SELECT name, age_min_months, age_max_months FROM offers "
                "WHERE name LIKE 'Frisch %'")}
            con.close()
            return got, refused
        bad = {}
        for m in re.finditer(r"Zeile (\d+), Spalte „([^“]*)“[^:]*: ?(.*)", proc.stderr):
            line = int(m.group(1))
            if 2 <= line <= len(alive) + 1:
                bad[alive[line - 2]] = f"{m.group(2)}: {m.group(3)[:80]}"
        if not bad:
            raise RuntimeError("import failed without a row to blame:\n" + proc.stderr[-2000:])
        refused.update(bad)
        alive = [i for i in alive if i not in bad]
    raise RuntimeError("import never passed")


def measure_audience(details: bool) -> dict:
    """Audience texts through the planner import, as an age column and as a Zielgruppe column."""
    rows = load("audience_texts.jsonl")
    texts = [r["text"] for r in rows]
    result = {}
    for column in ("Alter", "Zielgruppe"):
        with tempfile.TemporaryDirectory() as tmp:
            read, refused = _import_rounds(texts, column, Path(tmp))
        t = {"n": len(rows), "as_labelled": 0, "open": 0, "refused": 0,
             "refused_but_readable": 0, "read_but_should_refuse": 0, "silently_open": 0,
             "as_labelled_26": 0}
        misses = []
        for i, r in enumerate(rows):
            label = r["age"]
            if i in refused:
                t["refused"] += 1
                ok = label == "refuse"
                t["refused_but_readable"] += not ok
                shown = f"refused ({refused[i]})"
            else:
                lo, hi = read[i]
                t["open"] += lo is None and hi is None
                if label == "open":
                    ok = lo is None and hi is None
                elif label == "refuse":
                    ok = False
                    t["read_but_should_refuse"] += 1
                else:
                    ok = [lo, hi] == label
                    t["silently_open"] += lo is None and hi is None
                shown = f"[{lo}, {hi}]"
            t["as_labelled"] += ok
            # the project README reads an upper bound beyond 26 years as "no limit"
            t["as_labelled_26"] += ok or (
                isinstance(label, list) and i not in refused and label[1] is not None
                and label[1] >= 312 and list(read[i]) == [label[0], None])
            if not ok:
                misses.append((r["text"], label, shown))
        result[column] = t
        if details:
            print(f"\n# audience misses in column {column} (text | label | read)")
            for m in misses:
                print(f"  {m[0]!r} | {m[1]} | {m[2]}")
    return result


def _present(value: str, text: str) -> bool:
    """True when value still stands in text as a whole word sequence (case-insensitive)."""
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE) is not None


def measure_privacy(details: bool) -> dict:
    """Redact every dictated message; count planted strings removed and keep strings kept."""
    sys.path.insert(0, str(ROOT))
    from bot.privacy.redact import redact

    rows = load("dictated_privacy.jsonl")
    t = {"messages": len(rows), "planted": 0, "removed": 0, "keep": 0, "kept": 0,
         "messages_clean": 0}
    by_kind: dict[str, list[int]] = {}
    lines = []
    for r in rows:
        out = redact(r["text"])
        clean = True
        for kind, value in r["planted"]:
            gone = not _present(value, out)
            t["planted"] += 1
            t["removed"] += gone
            k = by_kind.setdefault(kind, [0, 0])
            k[0] += 1
            k[1] += gone
            clean &= gone
            if not gone:
                lines.append(f"  LEAK {kind} {value!r}: {out}")
        t["messages_clean"] += clean
        for value in r["keep"]:
            kept = value.lower() in out.lower()
            t["keep"] += 1
            t["kept"] += kept
            if not kept:
                lines.append(f"  LOST {value!r}: {out}")
    t["by_kind"] = {k: f"{v[1]}/{v[0]}" for k, v in sorted(by_kind.items())}
    if details:
        print("\n# privacy misses")
        print("\n".join(lines))
    return t


def pct(a: int, b: int) -> str:
    """A share as a percentage with its counts."""
    return f"{100 * a / b:.1f} % ({a}/{b})" if b else "n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--details", action="store_true", help="print every miss")
    ap.add_argument("--only", choices=["ages", "audience", "privacy"])
    args = ap.parse_args()
    if args.only in (None, "ages"):
        a = measure_ages(args.details)
        print("\nAGES (age_phrasings.jsonl)")
        print(f"  exact match            {pct(a['exact'], a['n'])}")
        print(f"  scorer rule (IoU>=.5)  {pct(a['scorer'], a['n'])}")
        print(f"  labelled with an age   exact {pct(a['age_exact'], a['age_n'])}")
        print(f"  labelled null          null answered {pct(a['null_ok'], a['null_n'])}")
        print(f"  pregnancy              read as pregnancy {pct(a['preg_any'], a['preg_n'])}")
    if args.only in (None, "audience"):
        res = measure_audience(args.details)
        print("\nAUDIENCE (audience_texts.jsonl through the planner import)")
        for column, t in res.items():
            print(f"  column {column}: as labelled {pct(t['as_labelled'], t['n'])}; "
                  f"read open {pct(t['open'], t['n'])}; refused {pct(t['refused'], t['n'])} "
                  f"(of them readable by label: {t['refused_but_readable']}); "
                  f"read although label says refuse: {t['read_but_should_refuse']}")
            print(f"      labelled with an age but read as open (no limit): {t['silently_open']}; "
                  f"as labelled when >26 years counts as open: "
                  f"{pct(t['as_labelled_26'], t['n'])}")
    if args.only in (None, "privacy"):
        p = measure_privacy(args.details)
        print("\nPRIVACY (dictated_privacy.jsonl through bot.privacy.redact.redact)")
        print(f"  planted removed (recall) {pct(p['removed'], p['planted'])}  "
              f"by kind {p['by_kind']}")
        print(f"  messages fully clean     {pct(p['messages_clean'], p['messages'])}")
        print(f"  keep strings survive     {pct(p['kept'], p['keep'])}")


if __name__ == "__main__":
    main()

"""Build `bot/data/topic_examples.jsonl`, the labelled requests the topic model learns from, and
the model trained on them, `bot/data/topic_model.npz` (`bot.understanding.topic_model`).

Every labelled request set of the project (`tests/data/**/requests.jsonl`, `tests/data/dev.jsonl`)
and, when given, further files (the released `dev2.jsonl`) contribute their request text and
topic labels, each text once. A set that is to stay an honest measure is left out with
`--exclude` (a part of its path) until it has been scored.

    python tests/tools/topic_examples.py [--also FILE ...] [--exclude PART ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import sqlite_utils

from bot.understanding.topic_model import TopicModel, examples

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "bot" / "data" / "topic_examples.jsonl"
MODEL = ROOT / "bot" / "data" / "topic_model.npz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--also", nargs="*", default=[], help="further labelled JSONL files")
    parser.add_argument("--exclude", nargs="*", default=[], help="leave out paths containing")
    args = parser.parse_args()
    files = sorted((ROOT / "tests" / "data").glob("**/requests.jsonl"))
    files += [ROOT / "tests" / "data" / "dev.jsonl", *map(Path, args.also)]
    known = {row["key"] for row in sqlite_utils.Database(ROOT / "catalogue.db")["topics"].rows}
    seen: set[str] = set()
    rows = []
    for path in files:
        if any(part in str(path) for part in args.exclude):
            continue
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            request = json.loads(line)
            text = request.get("q")
            topics = [t for t in request.get("topics") or () if t in known]
            if not text or not topics or text in seen:
                continue
            seen.add(text)
            rows.append({"q": text, "topics": sorted(topics)})
    TARGET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    TopicModel.trained(examples(TARGET)).save(MODEL)
    print(f"{len(rows)} labelled requests from {len(files)} files → {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

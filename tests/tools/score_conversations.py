#!/usr/bin/env python3
"""Score the assistant on labelled multi-turn conversations (a dev tool, standard library only).

Runs the project's chat command once for the whole set (by default
``python -m bot chat --json --no-log`` in the current folder, which must be the project root),
feeds one JSON line per turn, ``{"conversation": "<id>", "text": "..."}``, and reads one JSON
answer line per input line. An answer is the batch format of ../shared/eval/README.md plus
``conversation``, ``question`` (what the assistant asks back, or null) and ``missing`` (a list
of "age" / "place").

Each turn of tests/data/fresh/conversations.jsonl carries ``expect``: what the assistant should
have understood after that turn. A key that is absent makes no claim. Scored per turn:

* age / place / topics / languages understood (age: overlap ≥ 50 % of the union, as score.py),
* question: asked back when expected (and about the expected thing), not asked when not expected,
* carried-over state: on a turn that starts a new case, age or place kept from the previous
  case although the new request says something else or nothing,
* for turns with full labels (age, place and topics, and no question expected): hit@3,
  unsuitable offers shown and gap honesty, by the relevance rules of the catalogue README,
  against the catalogue the project ships (bot/data/catalogue/{offers,places}.csv).

Why it exists: the single-request scorer cannot see whether a follow-up such as "17" or
"in Lünen" completes the open case, or whether a new family inherits the last family's place.

    python tests/tools/score_conversations.py                 # summary
    python tests/tools/score_conversations.py --details       # every wrong turn
    python tests/tools/score_conversations.py --interleave    # turns of all conversations mixed
"""

from __future__ import annotations

import argparse
import csv
import json
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
DEFAULT_SET = ROOT / "tests" / "data" / "fresh" / "conversations.jsonl"
DEFAULT_CATALOGUE = ROOT / "bot" / "data" / "catalogue"
DEFAULT_CMD = f"{shlex.quote(sys.executable)} -m bot chat --json --no-log"
SHOWN = 5
FULL = ("age", "place", "topics")


class Failure(Exception):
    """The command could not be run or its output could not be read."""


# --- catalogue and relevance (the rules at the end of the catalogue README) -------------------

def load_places(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as f:
        return {row["key"]: row for row in csv.DictReader(f)}


def load_offers(path: Path) -> dict[str, dict]:
    offers = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            row["topics"] = set(filter(None, row["topics"].split(";")))
            row["languages"] = set(filter(None, row["languages"].split(";")))
            row["service_area"] = [a for a in row["service_area"].split(";") if a]
            lo, hi = row["age_min_months"].strip(), row["age_max_months"].strip()
            row["age"] = (int(lo) if lo else -10**6, int(hi) if hi else 10**6)
            offers[row["id"]] = row
    return offers


class Rules:
    def __init__(self, places: dict[str, dict], offers: dict[str, dict]):
        self.places, self.offers = places, offers

    def ancestors(self, key: str) -> list[str]:
        out, seen = [], set()
        parent = self.places.get(key, {}).get("parent")
        while parent and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.places.get(parent, {}).get("parent")
        return out

    def serves(self, offer: dict, place: str | None) -> bool:
        if not place:
            return True
        whole = self.places.get(place, {}).get("kind") in ("municipality", "kreis")
        above = set(self.ancestors(place))
        for area in offer["service_area"]:
            if area == place or area in above or (whole and place in self.ancestors(area)):
                return True
        return False

    @staticmethod
    def age_fits(offer: dict, age: list[int] | None) -> bool:
        if not age:
            return True
        lo, hi = offer["age"]
        return lo <= age[1] and age[0] <= hi

    def suitable(self, offer: dict, req: dict) -> bool:
        return self.age_fits(offer, req.get("age")) and self.serves(offer, req.get("place"))

    def relevant_ids(self, req: dict) -> set[str]:
        langs = set(req.get("languages") or [])
        return {
            oid for oid, o in self.offers.items()
            if self.suitable(o, req) and o["topics"] & set(req["topics"])
            and (not langs or o["languages"] & langs)
        }


# --- running the chat command -----------------------------------------------------------------

def schedule(conversations: list[dict], interleave: bool) -> list[tuple[int, int]]:
    """(conversation index, turn index) in the order the turns are sent."""
    if not interleave:
        return [(c, t) for c, conv in enumerate(conversations) for t in range(len(conv["turns"]))]
    order, depth = [], max(len(c["turns"]) for c in conversations)
    for t in range(depth):
        order += [(c, t) for c, conv in enumerate(conversations) if t < len(conv["turns"])]
    return order


def run_chat(cmd: str, lines: list[str], timeout: float) -> tuple[list[dict], float]:
    stdin = "".join(line + "\n" for line in lines)
    start = time.perf_counter()
    try:
        proc = subprocess.run(shlex.split(cmd), input=stdin, capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT)
    except FileNotFoundError as e:
        raise Failure(f"cannot start `{cmd}`: {e}") from e
    except subprocess.TimeoutExpired as e:
        raise Failure(f"`{cmd}` did not finish within {timeout:.0f} s") from e
    elapsed = time.perf_counter() - start
    err = (proc.stderr or "").strip()
    if proc.returncode != 0:
        raise Failure(f"`{cmd}` exited with status {proc.returncode}\n--- stderr (end) ---\n"
                      f"{err[-3000:] or '(empty)'}")
    out = [line for line in proc.stdout.splitlines() if line.strip()]
    if len(out) != len(lines):
        raise Failure(f"sent {len(lines)} lines, got {len(out)} answer lines from `{cmd}`\n"
                      f"--- first output lines ---\n{chr(10).join(out[:5])[:2000]}\n"
                      f"--- stderr (end) ---\n{err[-2000:] or '(empty)'}")
    answers = []
    for i, line in enumerate(out, 1):
        try:
            ans = json.loads(line)
        except json.JSONDecodeError as e:
            raise Failure(f"answer line {i} is not JSON ({e}): {line[:300]}") from e
        if not isinstance(ans, dict):
            raise Failure(f"answer line {i} is not a JSON object: {line[:300]}")
        answers.append(ans)
    return answers, elapsed


# --- scoring ----------------------------------------------------------------------------------

def age_ok(label: list[int] | None, got) -> bool:
    if not label:
        return not got
    if not got:
        return False
    if isinstance(got, (int, float)):
        got = [got, got]
    lo, hi = max(label[0], got[0]), min(label[1], got[1])
    if lo > hi:
        return False
    return (hi - lo + 1) / (max(label[1], got[1]) - min(label[0], got[0]) + 1) >= 0.5


def asked(ans: dict) -> tuple[bool, set[str]]:
    """Whether the answer asks back, and about what ("age", "place")."""
    q = ans.get("question")
    kinds = {m for m in ans.get("missing") or [] if m in ("age", "place")}
    if isinstance(q, str) and q in ("age", "place"):
        kinds.add(q)
    if isinstance(q, dict):
        kinds |= {v for v in q.values() if v in ("age", "place")}
    return bool(q), kinds


def same(a, b) -> bool:
    return (a or None) == (b or None) if not isinstance(a, list) else list(a) == list(b or [])


class Metric:
    def __init__(self, name: str):
        self.name, self.ok, self.n = name, 0, 0

    def add(self, good: bool) -> None:
        self.n += 1
        self.ok += bool(good)

    def line(self) -> str:
        rate = f"{self.ok / self.n:.3f}" if self.n else "  n/a"
        return f"{self.name:<40} {rate}  ({self.ok}/{self.n})"


def score(conversations: list[dict], order: list[tuple[int, int]], answers: list[dict],
          rules: Rules | None, details: bool) -> dict[str, Metric]:
    m = {k: Metric(v) for k, v in [
        ("age", "age understood"), ("place", "place understood"),
        ("topics", "topics overlap"), ("languages", "languages understood"),
        ("ask", "asked back when expected"), ("quiet", "did not ask back when not expected"),
        ("carry", "new case without carried-over state"),
        ("hit3", "hit@3 (full-label turns with offers)"),
        ("suitable", "shown offers suitable (1 - unsuitable)"),
        ("gap", "gap recall (full-label gap turns)"),
        ("false_gap", "no false gap (turns with offers)"),
    ]}
    by_turn = {key: ans for key, ans in zip(order, answers, strict=True)}
    for c, conv in enumerate(conversations):
        prev_und: dict = {}
        for t, turn in enumerate(conv["turns"]):
            ans = by_turn[(c, t)]
            exp = turn.get("expect") or {}
            und = ans.get("understood") or {}
            problems = []
            if ans.get("conversation") not in (None, conv["id"]):
                problems.append(f"answer is for conversation {ans.get('conversation')!r}")
            if "age" in exp:
                good = age_ok(exp["age"], und.get("age_months"))
                m["age"].add(good)
                good or problems.append(f"age {und.get('age_months')} ≠ {exp['age']}")
            if "place" in exp:
                good = (und.get("place") or None) == (exp["place"] or None)
                m["place"].add(good)
                good or problems.append(f"place {und.get('place')} ≠ {exp['place']}")
            if exp.get("topics"):
                good = bool(set(und.get("topics") or []) & set(exp["topics"]))
                m["topics"].add(good)
                good or problems.append(f"topics {und.get('topics')} ∩ {exp['topics']} = ∅")
            if "languages" in exp:
                good = set(und.get("languages") or []) == set(exp["languages"] or [])
                m["languages"].add(good)
                good or problems.append(f"languages {und.get('languages')} ≠ {exp['languages']}")
            if "question" in exp:
                did, kinds = asked(ans)
                if exp["question"]:
                    good = did and (not kinds or exp["question"] in kinds)
                    m["ask"].add(good)
                    good or problems.append(
                        f"should ask for {exp['question']}, asked {ans.get('question')!r} "
                        f"missing={ans.get('missing')}")
                else:
                    m["quiet"].add(not did)
                    did and problems.append(f"asked back without need: {ans.get('question')!r}")
            if exp.get("new_case") and t > 0:
                carried = []
                for key, got_key in (("age", "age_months"), ("place", "place")):
                    before, now = prev_und.get(got_key), und.get(got_key)
                    if key in exp and before and same(now, before) and not same(exp[key], before):
                        carried.append(key)
                m["carry"].add(not carried)
                carried and problems.append(f"carried over from the last case: {carried}")
            full = all(k in exp for k in FULL) and exp["topics"] and not exp.get("question")
            if full and rules is not None:
                req = {k: exp.get(k) for k in (*FULL, "languages")}
                relevant = rules.relevant_ids(req)
                shown = [o["id"] if isinstance(o, dict) else o
                         for o in ans.get("offers") or []][:SHOWN]
                for oid in shown:
                    offer = rules.offers.get(oid)
                    good = offer is not None and rules.suitable(offer, req)
                    m["suitable"].add(good)
                    good or problems.append(f"unsuitable offer shown: {oid}")
                if relevant:
                    hit = any(oid in relevant for oid in shown[:3])
                    m["hit3"].add(hit)
                    m["false_gap"].add(not ans.get("gap"))
                    hit or problems.append(f"no relevant offer in the first three {shown[:3]}")
                    ans.get("gap") and problems.append("called a gap, but relevant offers exist")
                else:
                    m["gap"].add(bool(ans.get("gap")))
                    ans.get("gap") or problems.append("a gap, but not called one")
            if details and problems:
                print(f"{conv['id']}.{t + 1} [{conv.get('persona', '')}] {turn['text']}")
                print(f"    understood: age={und.get('age_months')} place={und.get('place')} "
                      f"topics={und.get('topics')} languages={und.get('languages')} "
                      f"question={ans.get('question')!r} missing={ans.get('missing')}")
                for p in problems:
                    print(f"    - {p}")
            prev_und = und
    return m


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=str(DEFAULT_SET), help="labelled conversations (JSONL)")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help="chat command, run in the project root")
    ap.add_argument("--catalogue", default=str(DEFAULT_CATALOGUE),
                    help="folder with offers.csv and places.csv for the relevance rules")
    ap.add_argument("--interleave", action="store_true",
                    help="send turn 1 of every conversation, then turn 2 …")
    ap.add_argument("--details", action="store_true", help="print every wrong turn")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()

    try:
        with open(args.set, encoding="utf-8") as f:
            conversations = [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        print(f"score_conversations: cannot read {args.set}: {e}", file=sys.stderr)
        return 2
    rules = None
    cat = Path(args.catalogue)
    try:
        rules = Rules(load_places(cat / "places.csv"), load_offers(cat / "offers.csv"))
    except (OSError, KeyError, ValueError) as e:
        print(f"score_conversations: no relevance scoring, catalogue unreadable ({e})",
              file=sys.stderr)

    order = schedule(conversations, args.interleave)
    lines = [json.dumps({"conversation": conversations[c]["id"],
                         "text": conversations[c]["turns"][t]["text"]}, ensure_ascii=False)
             for c, t in order]
    try:
        answers, elapsed = run_chat(args.cmd, lines, args.timeout)
    except Failure as e:
        print(f"score_conversations: FAILED – {e}", file=sys.stderr)
        return 2

    metrics = score(conversations, order, answers, rules, args.details)
    if args.json:
        print(json.dumps({k: {"ok": v.ok, "n": v.n} for k, v in metrics.items()}))
        return 0
    if args.details:
        print()
    print(f"{len(conversations)} conversations, {len(lines)} turns in {elapsed:.2f} s"
          f"{' (interleaved)' if args.interleave else ''}")
    for metric in metrics.values():
        print(metric.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())

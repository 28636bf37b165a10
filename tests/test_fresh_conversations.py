"""Conversation quality on the fresh set written by someone who never saw the code.

Runs tests/tools/score_conversations.py (its own scorer) against `python -m bot chat --json`,
turns of all conversations interleaved, so state must be kept per conversation id. The gates
are the conversation classes of issue 8: asking back exactly when something is missing, no
question after thanks or an emoji, a new case without the last family's age or place, never an
unsuitable offer. Understanding figures (topics, ages) are owned elsewhere and not gated here.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SCORER = ROOT / "tests" / "tools" / "score_conversations.py"


def test_the_fresh_conversations_keep_their_classes() -> None:
    command = f"{shlex.quote(sys.executable)} -m bot chat --json --no-log"
    arguments = [sys.executable, str(SCORER), "--cmd", command, "--json", "--interleave"]
    done = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=True)  # fmt: skip
    metrics = {k: v["ok"] / v["n"] for k, v in json.loads(done.stdout).items() if v["n"]}
    assert metrics["ask"] >= 0.95  # asked back when age or place was missing
    assert metrics["quiet"] >= 0.95  # no question after "danke 👍", a bare answer, a follow-up
    assert metrics["carry"] == 1.0  # a new family inherits nothing
    assert metrics["place"] >= 0.98  # bare places complete the open case
    assert metrics["suitable"] == 1.0


def test_the_conv4_conversations_keep_their_turn_kinds(tmp_path: Path) -> None:
    """The conv helper's own sets (written before tuning; first figures in the report): bare
    answers, questions about offers, corrections, a parent's needs, new cases. The three sets
    go through one chat process (each process start costs seconds of CI), their ids prefixed
    with the set's name so that interleaved turns never share a conversation."""
    merged = tmp_path / "conv4.jsonl"
    with merged.open("w", encoding="utf-8") as out:
        for name in ("conversations", "second", "third"):
            path = ROOT / "tests" / "data" / "conv4" / f"{name}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    conversation = json.loads(line)
                    conversation["id"] = f"{name}-{conversation['id']}"
                    out.write(json.dumps(conversation, ensure_ascii=False) + "\n")
    command = f"{shlex.quote(sys.executable)} -m bot chat --json --no-log"
    arguments = [sys.executable, str(SCORER), "--cmd", command, "--json", "--interleave",
                 "--set", str(merged)]  # fmt: skip
    done = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=True)  # fmt: skip
    metrics = {k: v["ok"] / v["n"] for k, v in json.loads(done.stdout).items() if v["n"]}
    assert metrics["quiet"] == 1.0  # no question after thanks, answers, offer questions
    assert metrics["carry"] == 1.0
    assert metrics["place"] == 1.0
    assert metrics["suitable"] == 1.0
    assert metrics["ask"] >= 0.9  # a context stage ("Kita-Umgebung") still guesses

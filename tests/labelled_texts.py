"""Samples of the labelled requests, and what a regex match says, for equivalence tests.

A speed change that rewrites a pattern or prunes a scan must find what the old way found on the
texts users really write: every labelled set of `tests/data` is such a text source, sampled
evenly so that a test stays seconds long while the sets grow.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"


def sampled_requests(limit: int, with_dev: bool = True) -> list[str]:
    """About `limit` request texts, every n-th of the development set (`with_dev`) and every
    `tests/data/*/requests.jsonl`, in a stable order."""
    paths = sorted(DATA.glob("*/requests.jsonl"))
    texts = []
    for path in [DATA / "dev.jsonl", *paths] if with_dev else paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["q"])
    return texts[:: max(1, len(texts) // limit)]


def match_facts(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    """All a caller can read off matches: spans, groups by number and name, the last group."""
    return [(m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup) for m in matches]

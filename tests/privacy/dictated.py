"""Recall of `redact` on dictated (speech-to-text, lowercase, number words) messages.

tests/data/fresh/dictated_privacy.jsonl was written by someone who had not read the redaction
rules: each line holds the text, the planted personal data (kind, value) and the words that must
survive. A planted value counts as
removed when it no longer stands in the output as a whole word sequence; a keep value must still
be there. Run `python -m tests.privacy.dictated` to print the figures and every miss.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.privacy.redact import redact

CORPUS = Path(__file__).resolve().parents[1] / "data" / "fresh" / "dictated_privacy.jsonl"


def present(value: str, text: str) -> bool:
    """True when value still stands in text as a whole word sequence (case-insensitive)."""
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE) is not None


@dataclass
class Figures:
    planted: int = 0
    removed: int = 0
    keep: int = 0
    kept: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.removed / self.planted if self.planted else 1.0


def measure(path: Path = CORPUS) -> Figures:
    figures = Figures()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out = redact(row["text"])
        for kind, value in row["planted"]:
            gone = not present(value, out)
            figures.planted += 1
            figures.removed += gone
            counts = figures.by_kind.setdefault(kind, [0, 0])
            counts[0] += 1
            counts[1] += gone
            if not gone:
                figures.misses.append(f"LEAK {kind} {value!r}: {out}")
        for value in row["keep"]:
            kept = value.lower() in out.lower()
            figures.keep += 1
            figures.kept += kept
            if not kept:
                figures.misses.append(f"LOST {value!r}: {out}")
    return figures


if __name__ == "__main__":
    result = measure()
    print(f"recall {result.removed}/{result.planted} = {result.recall:.3f}; "
          f"kept {result.kept}/{result.keep}")  # fmt: skip
    print({k: f"{v[1]}/{v[0]}" for k, v in sorted(result.by_kind.items())})
    print("\n".join(result.misses))

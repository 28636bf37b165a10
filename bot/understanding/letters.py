"""The words of letters of a text, read once for all the readers that ask for them.

Seven readers split a message into its words of letters (`[^\\W\\d_]+`): the softened-consonant
and swapped-letter repairs, the spoken place names, the language reader three times. On a long
message each scan costs 10–20 µs, and most of them read the same text (a repair that changes
nothing hands its text on as it is). `letter_tokens` scans a text once and keeps the last few
texts' words; a reader asking about a text already read gets the same tuple back.
"""

from __future__ import annotations

import re
from functools import lru_cache

LETTERS = re.compile(r"[^\W\d_]+")
_KEPT = 16  # texts kept: one request reads a handful (the message, its repairs, its fold)


@lru_cache(maxsize=_KEPT)
def letter_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every word of letters of the text as (start, end, word), in order."""
    return tuple([(*m.span(), m.group()) for m in LETTERS.finditer(text)])  # no generator


@lru_cache(maxsize=_KEPT)
def letter_words(text: str) -> tuple[str, ...]:
    """Every word of letters of the text, in order (`LETTERS.findall`)."""
    return tuple([word for _start, _end, word in letter_tokens(text)])


__all__ = ["LETTERS", "letter_tokens", "letter_words"]

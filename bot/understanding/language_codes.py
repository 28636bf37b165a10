"""Spell out languages written as their ISO code ("auf PL", "Sprache: TR/DE", "Beratung (AR)").

Professionals in a hurry write the code their case files use. The frames of `languages` read
names, so a code in a language frame is replaced by its German name (from Babel) before they
run. A code outside such a frame, or in lower case, stays what it is: "Kamen/EN" names no
English, "pl." no Polish.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from bot.vocabulary.lexicon import language_frames

_CODE = re.compile(r"(?<![\w-])([A-Z]{2})(?![\w-])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*:?\s*$")


@cache
def _codes() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    data = language_frames()["written_codes"]
    german = Locale("de").languages
    names = {code: german[code] for code in data["codes"] if code in german}
    return names, frozenset(data["before"]), frozenset(data["joins"])


def spell_out_codes(text: str) -> str:
    """Return `text` with framed language codes replaced by their German names."""
    if not _CODE.search(text):
        return text
    names, before, joins = _codes()
    pieces: list[str] = []
    done = 0
    chain_end = -1  # where the last framed code ended: a code joined to it is framed too
    for match in _CODE.finditer(text):
        code = match.group(1).lower()
        lead = text[max(0, match.start() - 30) : match.start()]  # the frame stands right before
        word = _WORD_BEFORE.search(lead)
        framed = (word is not None and word.group(1).lower() in before) or (
            lead.rstrip().endswith("(") and text[match.end() : match.end() + 1] == ")") or (
            chain_end >= 0 and text[chain_end : match.start()].strip().lower() in joins)
        if not framed or (code not in names and code != "de"):
            continue
        chain_end = match.end()
        if code != "de":  # German is never a wish, but it may join a pair: "TR/DE"
            pieces += [text[done : match.start()], names[code]]
            done = match.end()
    return "".join(pieces) + text[done:] if pieces else text

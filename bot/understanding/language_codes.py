"""Spell out languages written as their ISO code ("auf PL", "Sprache: TR/DE", "Beratung (AR)").

Professionals in a hurry write the code their case files use. The frames of `languages` read
names, so a code in a language frame is replaced by its German name (from Babel) before they
run. A code outside such a frame stays what it is: "Kamen/EN" names no English, "pl." no Polish.
A code that files also write as a noun ("in BG", the Bedarfsgemeinschaft) is that noun after
its frame word. A code in brackets right after who the family is ("Familie (RO)", "KM (BG)",
"FZ-berechtigt (RO)") is where the family comes from, the way case files note a nationality: no
offer must be held in it. In lower case ("auf tr", "Beratung in ar", "Sprache: bn oder en") only
the codes that are no word of their own count, and only right after a frame word or joined to a
framed code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from bot.text import fold
from bot.understanding.origins import PEOPLE
from bot.vocabulary.lexicon import language_frames

_CODE = re.compile(r"(?<![\w-])([A-Za-z]{2})(?![\w-])")
_UPPER = re.compile(r"(?<![\w-])[A-Z]{2}(?![\w-])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*:?\s*$")
_WORD_BEFORE_BRACKET = re.compile(r"([^\W\d_]+)\.?\s*\(\s*$")  # "Familie (", "Fam. ("


@dataclass(frozen=True)
class _Codes:
    names: dict[str, str]  # code → German name
    before: frozenset[str]
    joins: frozenset[str]
    lower_before: frozenset[str]
    lower: frozenset[str]
    file_nouns: dict[str, frozenset[str]]  # code → frame words after which it is a file's noun
    origin_before: frozenset[str]  # folded words after which a bracketed code is a nationality


@cache
def _codes() -> _Codes:
    data = language_frames()["written_codes"]
    nouns = {code: frozenset(words) for code, words in data["file_nouns"].items()}
    german = Locale("de").languages
    names = {code: german[code] for code in data["codes"] if code in german}
    return _Codes(names, frozenset(data["before"]), frozenset(data["joins"]),
                  frozenset(data["lower_before"]), frozenset(data["lower_codes"]),
                  nouns, frozenset(PEOPLE) | frozenset(data["origin_before"]))  # fmt: skip


@cache
def _lower_frame() -> re.Pattern[str]:
    """A frame word before a code in lower case ("auf tr"): the cheap test before the loop."""
    data = language_frames()["written_codes"]
    words = "|".join(map(re.escape, data["lower_before"]))
    codes = "|".join(data["lower_codes"])
    return re.compile(rf"(?i:\b(?:{words}))\s*:?\s*(?:{codes})(?![\w-])")


def _of_family(lead: str, codes: _Codes) -> bool:
    """Tell whether a bracketed code follows a word for the family or one of its people."""
    word = _WORD_BEFORE_BRACKET.search(lead)
    return word is not None and fold(word.group(1)) in codes.origin_before


def spell_out_codes(text: str) -> str:
    """Return `text` with framed language codes replaced by their German names."""
    if not _UPPER.search(text) and not _lower_frame().search(text):
        return text  # most requests: Babel's names are not even loaded
    codes = _codes()
    names = codes.names
    pieces: list[str] = []
    done = 0
    chain_end = -1  # where the last framed code ended: a code joined to it is framed too
    for match in _CODE.finditer(text):
        typed = match.group(1)
        code = typed.lower()
        if not typed.isupper() and (not typed.islower() or code not in codes.lower):
            continue  # "Es", "am": a word; only the codes that are no word count in lower case
        if typed.islower() and re.match(r"\.\s*\w", text[match.end() : match.end() + 3]):
            continue  # "auf pl. Anfrage": an abbreviation with its dot, no language
        lead = text[max(0, match.start() - 30) : match.start()]  # the frame stands right before
        word = _WORD_BEFORE.search(lead)
        frames = codes.before if typed.isupper() else codes.lower_before
        framed = (word is not None and word.group(1).lower() in frames) or (
            typed.isupper() and lead.rstrip().endswith("(")
            and text[match.end() : match.end() + 1] == ")") or (
            chain_end >= 0 and text[chain_end : match.start()].strip().lower() in codes.joins)
        if not framed or (code not in names and code != "de"):
            continue
        if word is not None and word.group(1).lower() in codes.file_nouns.get(code, ()):
            continue  # "Kinder in BG": the file's Bedarfsgemeinschaft, no Bulgarian
        if word is None and _of_family(lead, codes):
            continue  # "Familie (RO) in Rünthe": the family's nationality, no Romanian
        chain_end = match.end()
        if code != "de":  # German is never a wish, but it may join a pair: "TR/DE"
            pieces += [text[done : match.start()], names[code]]
            done = match.end()
    return "".join(pieces) + text[done:] if pieces else text

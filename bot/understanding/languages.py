"""Find the languages an offer must be held in ("auf Türkisch", "arabischsprachig")."""

from __future__ import annotations

import re
from functools import cache

from bot.vocabulary.lexicon import language_lexicon


@cache
def _compiled() -> tuple[dict[str, str], list[re.Pattern[str]], tuple[str, ...], tuple[str, ...]]:
    data = language_lexicon()
    codes: dict[str, str] = dict(data["codes"])
    stems = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    patterns = [
        re.compile(p.replace("{lang}", f"(?P<lang>{stems})"))
        for p in data["patterns"]["need"]
        if "{lang}" in p
    ]
    return (codes, patterns, tuple(data["patterns"]["family_language"]),
            tuple(data["patterns"]["self_naming"]))  # fmt: skip


def _code(word: str, codes: dict[str, str]) -> str | None:
    for stem in sorted(codes, key=len, reverse=True):
        if word.startswith(stem):
            return codes[stem]
    return None


def _waived(folded: str, at: int, negations: frozenset[str], fillers: frozenset[str]) -> bool:
    """Tell whether a negation waives the language right after it, across filler words only
    ("doesn't need to be in English", "muss nicht auf Türkisch sein", "not necessarily in
    Arabic"; not "weiß nicht mehr weiter, Elternkurs auf Türkisch")."""
    before = re.split(r"[,.;:!?()]", folded[:at])[-1]
    for word in reversed(re.findall(r"[a-z']+", before)):
        if word in negations:
            return True
        if word not in fillers:
            return False
    return False


def parse_languages(folded: str) -> tuple[str, ...]:
    """Return ISO 639-1 codes the request asks the offer to be held in, in order of mention."""
    codes, patterns, family_words, self_naming = _compiled()
    found: dict[str, int] = {}
    negations = frozenset(language_lexicon().get("negations", ()))
    fillers = frozenset(language_lexicon().get("waiving_fillers", ()))
    # every pattern names a language by one of its stems: without any, none can match
    named = any(stem in folded for stem in codes)
    for pattern in patterns if named else ():
        for match in pattern.finditer(folded):
            if _waived(folded, match.start(), negations, fillers):
                continue
            window = folded[max(0, match.start() - 40) : match.end() + 10]
            if any(word in window for word in family_words):
                continue
            code = _code(match.group("lang"), codes)
            if code and code != "de":
                found.setdefault(code, match.start())
            # "auf Ukrainisch oder Russisch": the coordinated language is asked for too
            tail = folded[match.end() : match.end() + 40]
            for other in re.finditer(r"^\s*(?:oder|und|or|and|/|,)\s*([a-z]+)", tail):
                other_code = _code(other.group(1), codes)
                if other_code and other_code != "de":
                    found.setdefault(other_code, match.start() + 1)
    for word in self_naming:
        at = folded.find(word)
        if at >= 0:
            found.setdefault(codes.get(word, "tr"), at)
    return tuple(sorted(found, key=found.__getitem__))

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


def parse_languages(folded: str) -> tuple[str, ...]:
    """Return ISO 639-1 codes the request asks the offer to be held in, in order of mention."""
    codes, patterns, family_words, self_naming = _compiled()
    found: dict[str, int] = {}
    for pattern in patterns:
        for match in pattern.finditer(folded):
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

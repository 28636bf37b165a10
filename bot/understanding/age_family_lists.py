"""A list of a family's children whose ages the writer half-knows: each item is still a child's.

Professionals who are unsure write the family as they know it: "Kinder 13, ca. 10 und 7",
"Geschwister 3 und knapp 6", "Kinder (1 und ~3)", "die beiden Kinder (8 und vermutlich 10)",
"2 Töchter, 13 (?) und 15", "Kinder lt. Ausweis 7 und 9, lt. Mutter eher 8 und 10". The hedge
qualifies one item; it does not end the list. The readers of `age_mentions` read a list of ages
after a child noun as every child's, and a hedge before a lone age as that age, but a hedge
inside a list broke it: the items after it became loose numbers nobody's, or were lost, and the
family's span shrank to the first child.

So, before the mentions are read, a hedge standing inside such a list (between the plural noun's
list of numbers, in brackets or after a colon) is blanked out, its characters turned to spaces so
that every position stays where it was; an "almost" hedge ("knapp 6", "fast 4") is blanked too,
and its number's start is returned, so that the mention read there becomes "just under" that age.
Only a list with two items or more, one of them hedged, is touched: a lone hedged age is the
single child's reader's. The words are data (`bot/data/age_family_lists.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import almost
from bot.vocabulary.lexicon import _load

_QUOTE = r"['\"„“”‚‘’«»]"
_UNIT = r"(?:\s*(?:j\b\.?|jahre?n?\b|jr\b\.?|mon\b\.?|monate?n?\b|years?\b))?"
_NUMBER = r"\d{1,2}(?:,5)?(?![\d.,]\d)"
# between two items: a comma, "und", "&", "+", "/", and a spoken "dann" ("16, dann 11")
_SEP = re.compile(r"\s*(?:,|;|\bund\b|\bu\.|\bu\b|&|\+|/|\band\b)\s*(?:dann\s+|then\s+)?")
_REACH = 3  # words between the plural noun and its list ("Stiefkinder am WE (…)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The plural noun heading a list, and one item of the list with its hedges."""
    data = _load("age_family_lists.toml")
    heads = "|".join(data["heads"])
    head = re.compile(rf"\b(?:{heads})(?![a-z])")
    before = "|".join(data["before"])
    after = "|".join(data["after"])
    item = re.compile(
        rf"(?:(?:{'|'.join(data['ranks'])})\s+)?"
        rf"(?P<pre>(?:{_QUOTE}\s*|(?:{before})(?![a-z])\s*)*)"
        rf"(?P<almost>(?:{'|'.join(data['almost'])})\s+)?"
        rf"(?P<num>{_NUMBER}){_UNIT}"
        rf"(?P<post>(?:\s*{_QUOTE}|\s*\(\s*(?:{after})\s*\)|\s*(?:{after})(?![a-z]))*)")
    return head, item


_WORD = re.compile(r"\s+(?!und\b|oder\b|and\b|or\b)[a-z.]+")
_OPEN = re.compile(r"\s*[(:,]?\s*(?:\d\s*\(\s*)?")


def _openings(text: str, end: int) -> list[int]:
    """Return where a plural noun's list may start: right after it, or after a few words
    ("Stiefkinder am WE (…"), each time past a bracket, a colon or a count ("Kinder: 3 (…")."""
    starts = []
    for _ in range(_REACH + 1):
        starts.append(_OPEN.match(text, end).end())
        word = _WORD.match(text, end)
        if not word:
            break
        end = word.end()
    return starts


def hedges_in_lists(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the folded text with the hedges inside lists of the family's children's ages
    blanked out, and the starts and years of the numbers an "almost" hedge stood before."""
    head, item = _patterns()
    if not any(c.isdigit() for c in text):
        return text, ()
    chars = list(text)
    almost_at: list[tuple[int, int]] = []
    for h in head.finditer(text):
        at = next((at for at in _openings(text, h.end()) if item.match(text, at)), -1)
        items: list[re.Match[str]] = []
        while at >= 0 and (m := item.match(text, at)):
            items.append(m)
            sep = _SEP.match(text, m.end())
            if not sep or sep.end() == m.end():
                break
            at = sep.end()
        hedged = [m for m in items if m.group("pre").strip() or m.group("almost")
                  or m.group("post").strip()]
        if len(items) < 2 or not hedged:
            continue
        for m in hedged:
            for part in ("pre", "almost", "post"):
                if m.group(part):
                    chars[m.start(part) : m.end(part)] = " " * (m.end(part) - m.start(part))
            if m.group("almost") and "," not in m.group("num"):
                almost_at.append((m.start("num"), int(m.group("num"))))
    return "".join(chars), tuple(almost_at)


def almost_items(found: list[Mention], starts: tuple[tuple[int, int], ...]) -> list[Mention]:
    """Make the mentions read at the numbers an "almost" hedge stood before "just under" that
    age ("Geschwister 3 und knapp 6": the second child is five and a half)."""
    if not starts:
        return found
    out = []
    for h in found:
        # a list's numbers share one mention's span: the one read at that number is of its value
        if any(h.start <= at < h.end and h.low == years * 12 for at, years in starts) and (
                h.high - h.low == 11):
            low, high = almost(h.low / 12)
            h = replace(h, low=low, high=high)
        out.append(h)
    return out


__all__ = ["almost_items", "hedges_in_lists"]

"""Spans of time the families' languages tell after their number ("mibu 2 eleki", "2 yıl önce").

The word rules of `bot.understanding.foreign` rewrite a number and its unit into "2 Jahre", which
the age parser reads as an age. Many languages put the marker of a span after the unit — Lingala
"mibu 2 eleki" (two years ago), Turkish "2 yıl önce", Polish "2 lata temu", Russian "2 года
назад", Kurmancî "4 meh li Kamenê" (four months in Kamen) — where German puts it before ("vor 2
Jahren", "seit 4 Monaten"), and the age parser reads the German form as a span, not an age. This
pass runs after the word rules and moves each marker of `foreign.toml [xx] span_after` before its
number; the marker word itself is dropped. Only a marker right after a German unit the rules
wrote counts, so the same word elsewhere ("li" as a relative, "тому" as "that") is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.foreign_after_unit import is_hedge
from bot.understanding.foreign_rules import fold_foreign
from bot.understanding.foreign_scripts import data as _data

# the German dative a span takes after "vor" / "seit"
_DATIVE = {"jahr": "Jahr", "jahre": "Jahren", "jahren": "Jahren", "monat": "Monat",
           "monate": "Monaten", "monaten": "Monaten", "woche": "Woche", "wochen": "Wochen",
           "tag": "Tag", "tage": "Tagen", "tagen": "Tagen"}  # fmt: skip
MARKERS = ("vor", "seit")  # what a `span_after` word may stand for


@cache
def _pattern() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The markers of every section by their folded form, and one pattern that finds them after
    a number and a German unit."""
    markers: dict[str, str] = {}
    for section in _data().values():
        for word, german in section.get("span_after", {}).items():
            if german not in MARKERS:
                raise ValueError(f"span_after {word!r}: {german!r} is none of {MARKERS}")
            markers[fold_foreign(word)] = german
    if not markers:
        return None, markers
    words = "|".join(sorted(map(re.escape, markers), key=len, reverse=True))
    units = "|".join(sorted(_DATIVE, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w.,])(?P<n>\d{{1,2}}(?:,5)?)\s+(?P<unit>{units})\s+(?P<marker>{words})(?!\w)",
        re.IGNORECASE,
    )
    return pattern, markers


@cache
def _before() -> re.Pattern[str] | None:
    """Markers of `[xx] span_before` ("od"), each only before a number and a unit of its own
    section ("od 3 miesięcy", "prije tri sedmice"): the same word in another language may mean
    "of" ("od 6 mjeseci")."""
    alternatives = []
    for section in _data().values():
        markers = section.get("span_before", {})
        # also the units read only after the section's own number words: "duela bi aste"
        units = [fold_foreign(u) for u in (*section.get("units", {}),
                                           *section.get("spelt_units", {}))]
        if not markers or not units:
            continue
        words = "|".join(map(re.escape, (fold_foreign(m) for m in markers)))
        unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
        # the number in digits or as a word of its own section ("prije tri sedmice")
        said = sorted((re.escape(fold_foreign(n)) for n in section.get("numbers", {})), key=len,
                      reverse=True)
        number = "|".join([r"\d{1,2}", *said])
        alternatives.append(rf"(?:{words})(?=\s+(?:{number})\s+(?:{unit})(?!\w))")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")") if alternatives else None


@cache
def _before_words() -> dict[str, str]:
    """The German word of every `span_before` marker, by its folded form."""
    return {fold_foreign(marker): german for section in _data().values()
            for marker, german in section.get("span_before", {}).items()}  # fmt: skip


def spans_before(text: str) -> str:
    """Return `text` with the markers of `span_before` written in German before the rules run
    ("od 3 miesięcy" → "seit 3 miesięcy", which the rules make "seit 3 Monate")."""
    pattern = _before()
    if pattern is None:
        return text
    folded = fold_foreign(text)
    pieces: list[str] = []
    done = 0
    for found in pattern.finditer(folded):
        pieces += [text[done : found.start()], _before_words()[found.group().lower()]]
        done = found.end()
    return "".join(pieces) + text[done:] if pieces else text


def spans_after(text: str) -> str:
    """Return `text` with every foreign marker after a span written before it the German way
    ("2 Jahre eleki" → "vor 2 Jahren", "4 Monate li" → "seit 4 Monaten")."""
    pattern, markers = _pattern()
    if pattern is None:
        return text
    folded = fold_foreign(text)  # same length: positions map back onto `text`
    pieces: list[str] = []
    done = 0
    for found in pattern.finditer(folded):
        unit = _DATIVE[found["unit"].lower()]
        marker = markers[found["marker"].lower()]
        pieces += [text[done : found.start()], f"{marker} {found['n']} {unit}"]
        done = found.end()
    if not pieces:
        return text
    return "".join(pieces) + text[done:]


@cache
def _range_links() -> dict[str, frozenset[str]]:
    """Each section's `range_links`, folded: its conjunctions that join a range's two ends."""
    return {code: frozenset(fold_foreign(w) for w in section.get("range_links", ()))
            for code, section in _data().items() if isinstance(section, dict)}  # fmt: skip


def range_joiner(code: str, between: str) -> str:
    """The German word between two numbers a rule of section `code` reads as one list: "bis"
    where the words between them are one of the section's `range_links` — Icelandic "átta til
    tólf ára", Sindhi "ٽن کان ڇهن سالن", Fula "duuɓi jeeɗiɗi haa sappo" are one child's or
    group's span, which German reads from "8 bis 12 Jahre" (after a group noun "und" would be
    two ages of which the reader may keep one) —, else "und"."""
    if is_hedge(code, between):  # "naoi no deich bliadhna": two guesses, "9 oder 10 Jahre"
        return "oder"
    links = _range_links().get(code)
    return "bis" if links and fold_foreign(between.strip()) in links else "und"


__all__ = ["range_joiner", "spans_after", "spans_before"]

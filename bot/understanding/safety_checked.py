"""Child-protection words the writer has already dealt with: a check done with a negative finding
("§8a geprüft, kein Anhalt") and a court's order told as the reason for the help asked ("nach
§ 1666 BGB eine SPFH auferlegt").

Specialists name the procedures of child protection as the file's history, not as the case: the
check was done and found nothing, or the court has already ordered the help they now look for.
Such a word, like a negated one ("kein Verdacht auf KWG"), fires no sign; a report that starts a
procedure, or a check still to be done ("§8a prüfen"), stays a case. Kept apart from the signs
module, which is full; the words are data (`bot/data/safety_checked.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.understanding.cue_typos import near
from bot.understanding.safety_text import Words, matches
from bot.vocabulary.lexicon import _load

SENTENCE_END = frozenset({".", "!", "?", ";"})


@dataclass(frozen=True)
class _Checked:
    checks: Words
    between: frozenset[str]
    reach: int
    negations: frozenset[str]
    evidence: Words
    clearing: Words
    ordered_signs: frozenset[str]
    orders: Words


@cache
def _data() -> _Checked:
    data = _load("safety_checked.toml")
    return _Checked(
        Words.of(data["checks"]), frozenset(data["between"]), int(data["reach"]),
        frozenset(data["negations"]), Words.of(data["evidence"]), Words.of(data["clearing"]),
        frozenset(data["ordered_signs"]), Words.of(data["orders"]))  # fmt: skip


def _is(word: str, patterns: Words) -> bool:
    """A cue word, or one typed with a slip ("gepürft", "kein Anahlt", "afuerlegt")."""
    return matches(word, patterns) or near(word, patterns.exact, patterns.prefixes)


def _sentence(words: list[str], at: int) -> tuple[int, int]:
    """The bounds of the sentence around `at` (punctuation that ends one: . ! ? ;)."""
    start = at
    while start > 0 and words[start - 1] not in SENTENCE_END:
        start -= 1
    end = at
    while end + 1 < len(words) and words[end + 1] not in SENTENCE_END:
        end += 1
    return start, end + 1


def _checked_clear(words: list[str], at: int, data: _Checked) -> bool:
    """Tell whether the sign at `at` is a check done that found nothing ("8a geprüft, kein
    Anhalt"): a check word right after it (words of `between` skipped), then a denying finding."""
    _, end = _sentence(words, at)
    i = at + 1
    while i < end and words[i] in data.between:
        i += 1
    if _is(words[at], data.checks):  # the sign names the check ("Gefährdungseinschätzung")
        i = at
    elif i >= end or not _is(words[i], data.checks):
        return False
    tail = [w for w in words[i + 1 : end] if w[0].isalnum()][: data.reach + 1]
    for j, word in enumerate(tail):
        if _is(word, data.clearing):
            return True
        if word in data.negations and any(
                _is(w, data.evidence) for w in tail[j + 1 : j + 3]):  # fmt: skip
            return True
    return False


def _court_ordered(words: list[str], at: int, data: _Checked) -> bool:
    """Tell whether the sign at `at` is a court procedure whose order is told in its sentence
    ("nach § 1666 BGB … eine SPFH auferlegt"): the court already acts, the help is asked."""
    if words[at] not in data.ordered_signs:
        return False
    start, end = _sentence(words, at)
    return any(_is(w, data.orders) for w in words[start:end])


def dealt_with(words: list[str], at: int) -> bool:
    """Tell whether the child-protection word at `at` is one the writer has already dealt with:
    a check with a negative finding, or a court order told as the reason for the help."""
    data = _data()
    return _checked_clear(words, at, data) or _court_ordered(words, at, data)

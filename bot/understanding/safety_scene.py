"""A child without a carer now, told as a scene: the youth office's emergency duty.

Police, rescue workers, teachers and Kita staff seldom write "Kindeswohlgefährdung" when a child
has nobody tonight. They tell a scene — the mother was arrested, lies unconscious, was taken to
hospital after an accident — and ask where the child goes now ("Wer nimmt das Kind heute Nacht
auf?", "Wohin mit dem Baby?", "Who from youth services is on call tonight?"). Either half alone
is ordinary trouble: a father in hospital whose son sleeps badly asks for counselling, a mother
before an operation asks who looks after the children. A carer out of action *and* the child's
care asked for now, neither told as a plan or a condition, is a child to be taken into care
(§ 42 SGB VIII): child protection first, with the emergency numbers. The phrases are data
(`bot/data/safety_scene.toml`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.safety_text import Words, matches, sentence_of
from bot.vocabulary.lexicon import _load

SCENE = "child_without_carer"  # the sign's name
WIDE = "…"
_BREAKS = frozenset(".!?;•")  # a phrase does not reach over a sentence
ABBREVIATION = 3  # letters of a word whose dot is an abbreviation's ("ca.", "Std.")
Negation = Callable[[list[str], int], bool]
Phrase = tuple[tuple[Words, int], ...]  # each word's patterns and how many words may precede it


@dataclass(frozen=True, slots=True)
class _Scene:
    out: tuple[Phrase, ...]
    care: tuple[Phrase, ...]
    planned: Words
    until_months: int


def _phrase(text: str, gap: int, wide: int) -> Phrase:
    steps: list[tuple[Words, int]] = []
    pending = gap
    for part in text.split():
        if part == WIDE:
            pending = wide
            continue
        steps.append((Words.of([fold(part)]), pending))
        pending = gap
    return tuple(steps)


@cache
def _scene() -> _Scene:
    data = _load("safety_scene.toml")
    gap, wide = int(data.get("gap", 1)), int(data.get("wide_gap", 5))
    return _Scene(
        tuple(_phrase(p, gap, wide) for p in data["out"]),
        tuple(_phrase(p, gap, wide) for p in data["care"]),
        Words.of(fold(w) for w in data.get("planned", ())), int(data.get("until_months", 216)),
    )  # fmt: skip


def _ends(words: list[str], at: int) -> bool:
    """Whether the word at `at` ends a sentence: a mark, but not the dot of a short
    abbreviation ("seit ca. 6 Std. weg")."""
    return words[at] in _BREAKS and not (
        words[at] == "." and at and words[at - 1].isalnum() and len(words[at - 1]) <= ABBREVIATION)


def _found(words: list[str], phrase: Phrase) -> list[int]:
    """The positions where the phrase starts, its words in order within their gaps."""
    starts = []
    first, rest = phrase[0][0], phrase[1:]
    # the first word is tried at every position: its exact words and prefixes inline, the rarer
    # kinds (suffixes, ages) through `matches` (speed: the scene is read on every message)
    exact, prefixes = first.exact, first.prefixes
    rare = bool(first.suffixes) or first.adult_age or first.minor_age
    for start, word in enumerate(words):
        if not (word in exact or word.startswith(prefixes) or (rare and matches(word, first))):
            continue
        at = start
        for patterns, gap in rest:
            nxt = next((i for i in range(at + 1, min(len(words), at + 2 + gap))
                        if matches(words[i], patterns) or _ends(words, i)), None)  # fmt: skip
            if nxt is None or _ends(words, nxt):
                break
            at = nxt
        else:
            starts.append(start)
    return starts


def _before(words: list[str], at: int) -> list[str]:
    """The words of the sentence around `at` up to it."""
    start = at
    while start > 0 and not _ends(words, start - 1):
        start -= 1
    return words[start:at]


def _told_now(words: list[str], phrases: tuple[Phrase, ...], planned: Words,
              negated: Negation, asked: bool = False) -> bool:  # fmt: skip
    """Whether a phrase stands in a sentence that tells neither a plan nor a condition, and no
    negation takes it back ("nicht festgenommen"). The question for the child's care (`asked`)
    is read only up to itself: a condition after it ("wen ruf ich an, wenn keiner kommt?") is
    the scene going on, and the carer's absence is told apart, as a fact."""
    return any(
        not negated(words, at)
        and not any(matches(w, planned)
                    for w in (_before(words, at) if asked else sentence_of(words, at)))
        for phrase in phrases for at in _found(words, phrase)
    )  # fmt: skip


def scene_told(words: list[str], negated: Negation, age: AgeRange | None) -> bool:
    """Whether the words tell a carer out of action now and ask where the child goes now."""
    scene = _scene()
    if age is not None and age.low >= scene.until_months:
        return False
    return (_told_now(words, scene.out, scene.planned, negated)
            and _told_now(words, scene.care, scene.planned, negated, asked=True))  # fmt: skip

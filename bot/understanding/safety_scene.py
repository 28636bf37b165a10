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
from functools import cache, lru_cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.safety_index import WordIndex
from bot.understanding.safety_text import Words, matches, sentence_of
from bot.vocabulary.lexicon import _load

SCENE = "child_without_carer"  # the sign's name
WIDE = "…"
_BREAKS = frozenset(".!?;•")  # a phrase does not reach over a sentence
OUT, CARE = 0, 1  # the halves of the scene: a carer out of action, the child's care asked for
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


@cache
def _first_words() -> tuple[WordIndex, WordIndex]:
    """The first words of the carer-out and the care phrases, indexed (`safety_index`)."""
    scene = _scene()
    return (WordIndex([phrase[0][0] for phrase in scene.out]),
            WordIndex([phrase[0][0] for phrase in scene.care]))  # fmt: skip


@lru_cache(maxsize=1 << 16)
def _opens(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The carer-out and the care phrases (by their place in the lists) whose first word this
    word is, decided once per word: the scene is read on every message, and a long one used to
    try each of its words against the first word of every phrase, phrase by phrase."""
    out, care = _first_words()
    return tuple(out.positions(word)), tuple(care.positions(word))


def _openings(words: list[str], half: int, phrases: int) -> list[list[int]]:
    """Per phrase of one half (`OUT` or `CARE`), the positions where its first word stands,
    in the text's order: what `_found` tried at every position."""
    opened: list[list[int]] = [[] for _ in range(phrases)]
    for i, word in enumerate(words):
        for n in _opens(word)[half]:
            opened[n].append(i)
    return opened


def _found(words: list[str], phrase: Phrase, starts_at: list[int]) -> list[int]:
    """The positions where the phrase starts, its words in order within their gaps; `starts_at`
    holds the positions of its first word (`_openings`)."""
    starts = []
    rest = phrase[1:]
    for start in starts_at:
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


def _told_now(words: list[str], half: int, planned: Words, negated: Negation) -> bool:
    """Whether a phrase stands in a sentence that tells neither a plan nor a condition, and no
    negation takes it back ("nicht festgenommen"). The question for the child's care (`CARE`)
    is read only up to itself: a condition after it ("wen ruf ich an, wenn keiner kommt?") is
    the scene going on, and the carer's absence is told apart, as a fact."""
    phrases, asked = (_scene().out, _scene().care)[half], half == CARE
    opened = _openings(words, half, len(phrases))
    return any(
        not negated(words, at)
        and not any(matches(w, planned)
                    for w in (_before(words, at) if asked else sentence_of(words, at)))
        for phrase, starts_at in zip(phrases, opened, strict=True) if starts_at
        for at in _found(words, phrase, starts_at)
    )  # fmt: skip


def scene_told(words: list[str], negated: Negation, age: AgeRange | None) -> bool:
    """Whether the words tell a carer out of action now and ask where the child goes now."""
    scene = _scene()
    if age is not None and age.low >= scene.until_months:
        return False
    return (_told_now(words, OUT, scene.planned, negated)
            and _told_now(words, CARE, scene.planned, negated))  # fmt: skip

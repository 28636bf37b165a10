"""Everyday cues of neglect: two different kinds of them in one request are a sign.

People around a family rarely write "Vernachlässigung". A crèche worker writes that the little one
comes in yesterday's nappy and smells, and that the mother cannot be reached; a neighbour that a
child screams for hours behind a door nobody opens; a coach that a girl comes without food and
says her mother sleeps all day. Each of these alone is ordinary trouble (a hungry boy after
training, a smelly football kit, a mother nobody reaches today); two different kinds together —
hunger, dirt, a carer away or unable, distress nobody answers, a small child exposed or alone at
night, a child who looks after the family — are a threat to the child's welfare. The cues are data
(`[cues]` in `bot/data/safety.toml`); a cue whose sentence tells ordinary trouble ("Koliken",
"zum ersten Mal vergessen") gives way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.agency_alone import alone_children
from bot.understanding.safety_ages import alone_words
from bot.understanding.safety_fluids import fluid_intake
from bot.understanding.safety_index import WordIndex
from bot.understanding.safety_text import Words, matches, sentence_of
from bot.vocabulary.lexicon import safety_lexicon

ALONE = "#alone"  # a young child alone, decided by who is alone (`agency_alone.alone_children`)
WIDE = "…"  # a wider gap before the next word of a phrase: "Mutter liegt seit Tagen nur im Bett"
_BREAKS = frozenset(",.;:!?")  # a phrase does not reach over a clause or a sentence
Negation = Callable[[list[str], int], bool]  # whether a negation takes back the word at a position


@dataclass(frozen=True, slots=True)
class _Step:
    """One word of a cue phrase, and how many words may stand before it."""

    words: Words
    gap: int
    group: int = -1  # which of the distinct word patterns of all steps (`_later`) this one is


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    phrases: tuple[tuple[_Step, ...], ...]
    alone: bool  # the kind also counts a young child alone
    ordinary: Words
    until_months: int | None  # no cue for a child known to be this old (twelve may stay alone)


@cache
def _kinds() -> tuple[int, tuple[_Kind, ...]]:
    data = safety_lexicon().get("cues", {})
    slots = {name: Words.of(fold(w) for w in words)
             for name, words in data.get("slots", {}).items()}  # fmt: skip
    gap, wide = int(data.get("gap", 2)), int(data.get("wide_gap", 5))
    groups: dict[Words, int] = {}  # each distinct word pattern once (a slot serves many phrases)

    def phrase(text: str) -> tuple[_Step, ...]:
        steps: list[_Step] = []
        pending = gap
        for part in text.split():
            if part == WIDE:
                pending = wide
                continue
            slot = part[1:-1] if part.startswith("{") and part.endswith("}") else None
            words = slots[slot] if slot else Words.of([fold(part)])
            steps.append(_Step(words, pending, groups.setdefault(words, len(groups))))
            pending = gap
        return tuple(steps)

    kinds = tuple(
        _Kind(k["name"], tuple(phrase(c) for c in k["cues"] if c != ALONE), ALONE in k["cues"],
              Words.of(fold(w) for w in k.get("ordinary", ())), k.get("until_months"))
        for k in data.get("kind", ())
    )  # fmt: skip
    return int(data.get("kinds_needed", 2)), kinds


@lru_cache(maxsize=1 << 16)
def _opening(word: str) -> frozenset[tuple[int, int]]:
    """The (kind, phrase) pairs a word opens, decided once per word: a request is read in one
    pass, not once per phrase."""
    pairs, index = _openings()
    return frozenset(pairs[i] for i in index.positions(word))


@lru_cache(maxsize=1 << 16)
def _ordered_opening(word: str) -> tuple[tuple[int, int], ...]:
    """The (kind, phrase) pairs a word opens, in the order a scan over the set finds them."""
    return tuple(_opening(word))


@cache
def _openings() -> tuple[tuple[tuple[int, int], ...], WordIndex]:
    """The (kind, phrase) pairs in order, and their first words indexed (`safety_index`): a new
    word is tested against the few phrases it can open, not against every one."""
    pairs = tuple((k, p) for k, kind in enumerate(_kinds()[1]) for p in range(len(kind.phrases)))
    kinds = _kinds()[1]
    return pairs, WordIndex([kinds[k].phrases[p][0].words for k, p in pairs])


@cache
def _later() -> WordIndex:
    """Every distinct word pattern of the phrases' steps, in the order of `_Step.group`, indexed
    (`safety_index`): which of them a word matches is then decided once per word."""
    steps = {step.group: step.words for kind in _kinds()[1] for phrase in kind.phrases
             for step in phrase}  # fmt: skip
    return WordIndex([steps[group] for group in range(len(steps))])


@lru_cache(maxsize=1 << 16)
def _goes_on(word: str) -> frozenset[int]:
    """The step patterns (`_Step.group`) a word matches: a long request tried the words after
    each opening against each later step with `matches`, dozens of Python calls per phrase;
    now a set membership test, each word's set decided once."""
    return frozenset(_later().positions(word))


def _phrase_at(steps: tuple[_Step, ...], words: list[str], start: int,
               later: list[frozenset[int]]) -> bool:  # fmt: skip
    """Whether the phrase that opens at `start` goes on: each later word within its gap, in one
    clause (`later[i]`: the step patterns word i matches, `_goes_on`)."""
    at = start
    for step in steps[1:]:
        for i in range(at + 1, min(len(words), at + step.gap + 2)):
            if words[i] in _BREAKS:
                return False
            if step.group in later[i] and not fluid_intake(words, i):  # "trinkt kaum": fluids
                at = i
                break
        else:
            return False
    return True


@cache
def _steps_needed() -> tuple[tuple[frozenset[int], ...], ...]:
    """Per kind and phrase, the step patterns (`_Step.group`) its later words need."""
    return tuple(tuple(frozenset(step.group for step in phrase[1:]) for phrase in kind.phrases)
                 for kind in _kinds()[1])  # fmt: skip


def _starts(k: int, kind: _Kind, words: list[str], opened: list[tuple[int, int]],
            later: list[frozenset[int]], present: frozenset[int]) -> list[int]:  # fmt: skip
    """Where a phrase of the kind opens and goes on; `opened` holds the (position, phrase) pairs
    of the kind's phrases whose first word stands there (most words open none). A phrase one of
    whose later words matches no word of the text (`present`: every step pattern some word
    matches) cannot go on anywhere, and is not followed word by word."""
    needed = _steps_needed()[k]
    found = [i for i, p in opened
             if needed[p] <= present and _phrase_at(kind.phrases[p], words, i, later)]
    if kind.alone:
        found += alone_children(alone_words(words))
    return found


def neglect_kinds(words: list[str], negated: Negation | None = None,
                  age: AgeRange | None = None) -> tuple[str, ...]:  # fmt: skip
    """Return the kinds of everyday neglect cues the words show, each once, leaving out a cue
    whose sentence tells ordinary trouble or that a negation takes back (`negated(words, at)`),
    and a kind the child's known age makes ordinary (a girl of twelve alone at home)."""
    _, kinds = _kinds()
    opened: list[list[tuple[int, int]]] = [[] for _ in kinds]  # per kind, in the text's order
    for i, w in enumerate(words):
        for k, p in _ordered_opening(w):
            opened[k].append((i, p))
    shown: list[str] = []
    later = [_goes_on(w) for w in words] if any(opened) else []
    present = frozenset().union(*later)
    for k, kind in enumerate(kinds):
        if kind.until_months is not None and age is not None and age.low >= kind.until_months:
            continue
        for at in _starts(k, kind, words, opened[k], later, present):
            if negated is not None and negated(words, at):
                continue
            if any(matches(w, kind.ordinary) for w in sentence_of(words, at)):
                continue
            shown.append(kind.name)
            break
    return tuple(shown)


def neglect_told(words: list[str], negated: Negation | None = None,
                 age: AgeRange | None = None) -> bool:  # fmt: skip
    """Whether cues of enough different kinds of neglect are told to be a sign."""
    needed, _ = _kinds()
    return len(set(neglect_kinds(words, negated, age))) >= needed  # a kind read apart counts once

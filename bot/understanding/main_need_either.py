"""Helps asked as alternatives: each one named is asked, and any of them meets the need.

"sucht für Ostern Ferienspiele oder Ferienbetreuung in Werne" asks for either. Asking by name
(`main_need_asked`) weighs the help words of the asked slot and keeps the needs near the
strongest: "Ferienbetreuung" is a help noun and "Ferienspiele" is not, so only the childcare
would be asked, and where Werne holds no after-school care the request became a gap — though
the holiday games it offered as a choice are held there. An alternative is a choice the asker
gives: whatever stands joined by "oder", "bzw.", "alternativ", "or" or a slash to a help asked by
name is asked as well, and where one of them is held the request is answered.

Only choices between helps join: the words between them may be the alternative word and
articles or hedges ("eine Krabbelgruppe oder auch eine Familienhebamme"), nothing else. So "oder"
joining ages ("Kinder 6 oder 7"), places, times ("vormittags oder ganztags"), school subjects
after a help ("Nachhilfe in Mathe oder Deutsch") or a doubt ("ob Nachhilfe sinnvoll ist oder
nicht") adds no need: a word that is no strong need word of the slot, or one that stands after
other words, is never joined. The words are data (`help_alternatives.toml`).

Counselling offered as the other choice ("Jugendtreff oder Beratung wegen Zocken", "Spielgruppe
oder Beratung?") names no need of its own: it is help with what the story tells. Then no kind of
help is asked by name alone (`main_need_asked`), and the story's needs the readers of context
set apart stay main needs (`story_kept`): the gaming is asked about, not only why a club is
sought.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.text import fold
from bot.understanding.main_need_positions import asked_positions, help_noun, need_vocabulary
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _load("help_alternatives.toml")[key])


@cache
def _marks() -> str:
    """The marks of choice between two typed words ("/"), as one alternation."""
    return "|".join(re.escape(m) for m in _load("help_alternatives.toml")["marks"])


def _end(words: Words, credit: Credit) -> int:
    """The last word position of the credit's term ("eltern kind gruppe" spans three) and of
    the help nouns it names ("queere Jugendgruppe oder Beratung")."""
    end = credit.position + max(len(credit.term.split()), 1) - 1
    while (end + 1 < len(words.folded) and words.clause[end + 1] == words.clause[end]
           and help_noun(words.folded[end + 1])):
        end += 1
    return end


def _marked(words: Words, text: str, left: int, right: int) -> bool:
    """Two neighbouring typed words set apart by a mark of choice ("Einstieg / Eingewöhnung")."""
    if not text:
        return False
    pattern = rf"{re.escape(words.raw[left])}\s*(?:{_marks()})\s*{re.escape(words.raw[right])}"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _listed_questions(words: Words, left: int, right: int) -> bool:
    """Two helps typed as questions one after the other ("Was zuerst – Tagespflege?
    Nachhilfe?"): the writer lists the choices, as "Autismus? ADHS?" lists what it may be."""
    question, sentence = words.question, words.sentence
    return (len(question) == len(words.folded) and question[left] and question[right]
            and sentence[right] == sentence[left] + 1)


def _joined(words: Words, text: str, first: Credit, second: Credit) -> bool:
    """Whether two need words stand as alternatives: only an alternative word and fillers
    between them, or a slash; at most across one comma, when the alternative word leads the
    next clause ("Lernförderung, alternativ Hausaufgabenhilfe")."""
    if first.position > second.position:
        first, second = second, first
    left, right = _end(words, first), second.position
    if left >= right:
        return False
    between = words.folded[left + 1 : right]
    clause = words.clause
    if not between:
        return ((clause[left] == clause[right] and _marked(words, text, left, right))
                or _listed_questions(words, left, right))
    alternative, filler = _words("alternative"), _words("filler")
    if not all(w in alternative or w in filler for w in between):
        return False
    if not any(w in alternative for w in between):
        return False
    if clause[left] == clause[right]:
        return True
    crossing = [i for i in range(left + 1, right + 1) if clause[i] != clause[i - 1]]
    return (len(crossing) == 1 and clause[right] - clause[left] == 1
            and words.folded[crossing[0]] in alternative)  # fmt: skip


def alternatives_asked(words: Words, asked: Iterable[str], candidates: Iterable[Credit],
                       text: str = "") -> tuple[str, ...]:
    """The asked needs (`asked`) with every need whose word (among `candidates`: strong need
    words of the asked slot) stands as an alternative to a word of an asked need, in turn."""
    found = list(dict.fromkeys(asked))
    candidates = list(candidates)
    grew = True
    while grew:
        grew = False
        seeds = [c for c in candidates if c.topic in found]
        for c in candidates:
            if c.topic not in found and any(_joined(words, text, s, c) for s in seeds):
                found.append(c.topic)
                grew = True
    return tuple(found)


def open_alternative(words: Words, credits: Iterable[Credit], asked: frozenset[int],
                     open_help: tuple[str, ...]) -> bool:
    """Whether counselling, therapy or help (`open_help`, how such words begin) is offered as
    another choice beside a kind of help asked ("eine queere Jugendgruppe oder Beratung",
    "Jugendtreff oder Beratung wegen Zocken", "Spielgruppe oder Beratung?"): counselling is
    help with what the story tells, so the story's needs are asked as well and stay main
    needs beside the kind of offer (`main_need_story.told_why` does not set them apart)."""
    if not open_help:
        return False
    named = [c for c in credits if c.position in asked and c.strong]
    for i, word in enumerate(words.folded):
        if not word.startswith(open_help):
            continue
        helper = Credit(i, word, "", 0.0, False)
        if any(c.position != i and _joined(words, "", c, helper) for c in named):
            return True
    return False


def story_kept(words: Words, credits: Iterable[Credit], story: tuple[str, ...],
               main: tuple[str, ...], ordered: tuple[str, ...]
               ) -> tuple[tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """`main` and `ordered` with the story's needs (`story`: the main needs before the readers
    that set the story apart) kept as main needs when counselling is offered as another choice
    beside the kind of help asked (`open_alternative`): "Jugendtreff oder Beratung wegen
    Zocken" asks about the gaming too, not only for a youth club."""
    vocabulary = need_vocabulary()
    open_help = vocabulary.open_help
    if not main or not open_help or not any(w.startswith(open_help) for w in words.folded):
        return main, ordered  # no counselling word at all: most messages (speed)
    if not open_alternative(words, credits, asked_positions(words), open_help):
        return main, ordered
    back = tuple(t for t in story if t not in main and t in ordered)
    if not back:
        return main, ordered
    kept = (*main, *back)
    return kept, tuple(dict.fromkeys((*kept, *ordered)))

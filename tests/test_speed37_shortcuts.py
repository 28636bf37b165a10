"""The shortcuts of stop 34's speed work find exactly what the computations they replace found.

The language screen's factored alternation (`alternation.factored`) matches at the same positions
as the plain alternation of the same rules; the neglect cues' per-word step sets (`_goes_on`)
hold exactly the steps `matches` accepts; the age reader's typo pass returns the text the plain
substitution returned. A difference would change an answer, so each is checked against the plain
computation on the development requests and on random texts.
"""

from __future__ import annotations

import json
import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding import age_typos, safety_cues
from bot.understanding.alternation import factored, pieces
from bot.understanding.foreign import vocabulary
from bot.understanding.foreign_rules import WORD, fold_foreign
from bot.understanding.foreign_vocabulary import _UNNAMED
from bot.understanding.safety_text import matches


@cache
def _requests() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    extra = ("3, 5 und 7 años", "2 yaşında ve 4 aylık", "7 mesi e 2 anni", "I-Dötzchen, Kalsse 3",
             "Jähirger Suägling 4 Wochen", "ein 12jaehriger", "bebé de 8 meses y 2 semanas")
    return (*(json.loads(line)["q"] for line in lines if line.strip()), *extra)


def _plain(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def test_pieces_rebuild_the_pattern() -> None:
    for rules in vocabulary().rules.values():
        for rule in rules:
            found = pieces(rule.pattern.pattern)
            assert found is None or "".join(found) == rule.pattern.pattern


def test_factored_screens_match_where_the_plain_alternation_does() -> None:
    vocab = vocabulary()
    plain: dict[str, re.Pattern[str]] = {}
    for text in _requests():
        key = fold_foreign(text)
        for word in WORD.finditer(key):
            token = word.group()
            for index_key in {token[:3], "#" if token[0].isdigit() else token[:3]}:
                if index_key not in vocab.rules:
                    continue
                if index_key not in plain:
                    plain[index_key] = _plain([_UNNAMED.sub("(?:", r.pattern.pattern)
                                               for r in vocab.rules[index_key]])  # fmt: skip
                expected = plain[index_key].match(key, word.start()) is not None
                assert (vocab.screen(index_key).match(key, word.start()) is not None) == expected


_PATTERNS = [r"\d{1,2}(?:[.,]5)?\s*jahre?", r"\d{1,2}(?:[.,]5)?\s*(?:monate?|mon\.)",
             r"\d{1,2}\s*,\s*\d{1,2}(?!\w)", r"\d+", r"ab[cd]+?e", r"ab", r"(a|b)c*",
             r"[\]a-]+x{2,3}", r"(?=a)ab|ba", r"\bkind\w*", r"x?", r"(?:\s+(?:und|y)\s+)\d"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PATTERNS), min_size=1, max_size=6),
       st.text(alphabet="abcdex]- ,.1235jahremontkindy", max_size=40))  # fmt: skip
def test_factored_matches_at_every_position_as_the_plain_alternation(
        patterns: list[str], text: str) -> None:  # fmt: skip
    plain, one = _plain(patterns), re.compile(factored(patterns))
    for at in range(len(text) + 1):
        assert (one.match(text, at) is None) == (plain.match(text, at) is None)


def test_neglect_step_sets_hold_the_steps_matches_accepts() -> None:
    steps = [s for kind in safety_cues._kinds()[1] for phrase in kind.phrases for s in phrase]
    words = {w for text in _requests() for w in re.findall(r"[a-z0-9]+", fold(text))}
    words |= {"", "25", "40s", "30er", "16", "windeln", "vermuellt", "kuehlschrank"}
    for word in words:
        found = safety_cues._goes_on(word)
        for step in steps:
            assert (step.group in found) == matches(word, step.words), (word, step)


def _plain_typos(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        word = age_typos._corrected(m.group(0))
        head = re.search(r"([a-z]+)-$", text[max(0, m.start() - 12) : m.start()])
        if head and word == head.group(1) + m.group(0):
            return m.group(0)
        return word

    return re.sub(r"[a-z]{6,}", fix, text)


def test_typo_pass_returns_what_the_plain_substitution_did() -> None:
    for text in _requests():
        folded = fold(text)
        assert age_typos.correct_typos(folded) == _plain_typos(folded)

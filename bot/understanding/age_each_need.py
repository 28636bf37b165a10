"""Several children of one family, each with a need of their own: the age is their span.

"Kita-Platz für die Kleine (2) • OGS für den Großen (9)", "Der Kleine braucht OGS, der Große hat
Ärger in der Schule", "n Junge neun braucht Hilfe mit LRS und sein Bruder fünf spricht kaum",
"Junge acht braucht Lernhilfe, die Schwester zwölf auch": help is asked for every child whose own
clause tells a need or a trouble, so the age asked about runs from the youngest of them to the
eldest. The pointer readers (`age_focus`) keep the one child a need is aimed at, and the choice
among mentions (`age._choose`) drops a brother or sister as another person; this reader gives
back each child that is the subject of a clause of its own telling what it needs or what troubles
it. A child told only as context stays out: "die Mutter ist mit dem Baby völlig überfordert" has
the mother as its subject, and a child listed without a clause of its own ("3 Kinder (2, 5, 9)")
is asked for only where a need names it.

A clause runs to the next sentence mark, bullet, slash or dash, or to a comma or "und" before an
article or possessive; its head is its first words after conjunctions, articles and ranks. The
need signs are the topic words of `topic_lexicon.toml` and the verbs and troubles of
`age_each_need.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from bot.understanding.age_focus import aimed_by_need
from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import ADULT
from bot.understanding.word_signs import WordSigns
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import age_vocabulary, topic_lexicon

_HEAD_REACH = 3  # a child's number stands within this many words of its clause's head
_REST_WORDS = 6  # a need told of a clause's child follows its head within this many words
_LISTED = 8  # a further number this close after a child's is of a list told at once
_LONG = 6  # a topic word this long also names a need inside a compound ("Mathenachhilfe")

# where a clause ends: a sentence mark, a bullet, a form's bar, a slash, a dash between words,
# a colon; or a comma or "und" before the article or possessive that opens another child's clause
_BOUNDARY = re.compile(r"[.!?;•|/\n:]|\s[–-]\s|,|\b(?:und|un|and|while|waehrend)\b"
                       r"(?=\s+(?:der|die|den|dem|das|the|sein|seine|ihr|ihre|his|her)\b)")
# a need aimed at one child by its noun: "Suchtberatung für den Sohn", "for her daughter"
_FOR_CHILD = re.compile(r"\b(?:fuer|for)\s+(?:den|die|das|dem|ihren|ihre|seinen|seine|her|his|the)"
                        r"\s+(?:sohn|tochter|jungen|maedchen|bruder|schwester|son|daughter|brother"
                        r"|sister|boy|girl)\b")
# ages (two or more) in brackets after a need, told as whose it is: "Mittagessen (8 und 12)"
_BRACKET = re.compile(r"\(\s*\d{1,2}(?:\s*(?:,|und|u\.?|\+|&|and)\s*\d{1,2})+\s*\)")


@cache
def _words() -> dict[str, frozenset[str]]:
    words = {key: frozenset(values) for key, values in load_toml("age_each_need.toml").items()}
    words["ranks"] = words["elder"] | words["younger"]
    words["openers"] = words["head_words"] | words["ranks"]
    return words


@cache
def _settled() -> re.Pattern[str]:
    """A clause's child already has the help ("geht schon in die OGS")."""
    return re.compile(r"\b(?:" + "|".join(_words()["settled"]) + r")\b")


def _phrases(section: dict[str, object]) -> set[str]:
    return {p for values in section.values() if isinstance(values, list)
            for p in values if isinstance(p, str) and p}  # fmt: skip


@cache
def _need_sign() -> WordSigns:
    """The words that tell a need or a trouble: topic words, need verbs, troubles (a long one
    also inside a compound), read word by word (`word_signs`: one alternation of ~2,000 phrases
    cost ~0.1 ms a word)."""
    lexicon = topic_lexicon()
    phrases = _phrases(lexicon["strong"])  # not the weak: "allein zu Hause" is a situation
    phrases |= _words()["need_verbs"] | _words()["troubles"]
    return WordSigns((p for p in phrases if " " not in p and len(p) >= _LONG),
                     (p for p in phrases if " " in p or len(p) < _LONG))


def clauses(text: str) -> list[tuple[int, int]]:
    """Return the spans of the clauses of a text, outside brackets."""
    cuts: list[int] = []
    opened = closed = last = 0  # brackets counted once, up to each boundary in turn
    for m in _BOUNDARY.finditer(text):
        opened += text.count("(", last, m.start())
        closed += text.count(")", last, m.start())
        last = m.start()
        if opened <= closed:
            cuts.append(m.start())
    edges = [0, *cuts, len(text)]
    return [(a, b) for a, b in pairwise(edges) if b > a]


def _head(text: str, start: int, end: int, pool: list[Mention]) -> tuple[list[Mention], int]:
    """Return the children a clause's head names, and where the head ends: a child's number
    or noun among its first words, else the rank it is told by ("die Kleine braucht …")."""
    words = _words()
    rank = ""
    tokens = list(re.finditer(r"[a-z0-9]+", text[start:end]))
    at = 0
    while at < len(tokens) and tokens[at].group(0) in words["openers"]:
        rank = tokens[at].group(0) if tokens[at].group(0) in words["ranks"] else rank
        at += 1
    reach = tokens[at : at + _HEAD_REACH]
    if at < len(tokens) and tokens[at].group(0) == "one":  # "the older one (12)", not "one of"
        reach = [] if at + 1 < len(tokens) and tokens[at + 1].group(0) == "of" else tokens[
            at + 1 : at + _HEAD_REACH + 1]
    for token in reach:
        here = start + token.start()
        named = [h for h in pool if h.start <= here < h.end or (
            len(h.noun) >= 5 and token.group(0)[:5] == h.noun[:5])]
        if named:  # one child: a group at the head ("die drei Großen (4, 7, 9)") is a story's,
            first = min(named, key=lambda h: h.start)  # and a genitive is no subject ("Bruders")
            group = [h for h in pool if first.start <= h.start <= first.end + _LISTED]
            alone = len({(h.low, h.high) for h in group}) == 1
            subject = first.noun not in words["genitives"]
            told = [h.end for h in group if h.start >= start]  # else named again by its noun
            return [first] if alone and subject else [], max(told or [start + token.end()])
        if _need_sign().fullmatch(token.group(0)):
            break  # the need is told before any child: the head is a rank, or nobody
    if rank and at < len(tokens):
        pick = max if rank in words["elder"] else min
        key = (lambda h: h.high) if pick is max else (lambda h: h.low)
        return [pick(pool, key=key)], start + tokens[at].start()
    return [], start


def _asked(text: str, pool: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Return the children of the pool that a clause of their own tells a need of, and those
    whose ages a need names in brackets."""
    asked: list[Mention] = []
    bracketed: list[Mention] = []
    for start, end in clauses(text):
        named, after = _head(text, start, end, pool)
        rest = " ".join(text[after:end].strip(" ,)(").split()[:_REST_WORDS])
        settled = _settled().search(rest)
        if named and not settled and (_need_sign().search(rest) or rest in _words()["shared"]):
            asked += named
        for m in _BRACKET.finditer(text, start, end):
            before = re.search(r"([a-z]+)\.?\s*$", text[start : m.start()])  # not "Kinder (1, 4)"
            if before and not before.group(1).endswith(age_vocabulary().child_nouns) and (
                    _need_sign().search(text, start, m.start())):  # "Mittagessen (8 und 12)"
                bracketed += [h for h in pool if m.start() <= h.start < m.end()]
    return asked, bracketed


def each_with_need(text: str, chosen: list[Mention], found: list[Mention]) -> list[Mention]:
    """Add to the children chosen every other minor found whom a clause of its own asks for."""
    pool = [h for h in found if h.kind in ("child", "other") and 0 <= h.low < ADULT]
    if len({(h.low, h.high) for h in pool}) < 2:
        return chosen
    asked, bracketed = _asked(text, pool)
    if aimed_by_need(text, pool) or _FOR_CHILD.search(text):  # "Suchtberatung für den Sohn":
        asked = []  # the need says whose it is
    asked += bracketed
    if not any(h in asked for h in chosen):
        return chosen  # the chosen child's need is told otherwise: no clause reading to join
    return chosen + [h for h in asked if h not in chosen]

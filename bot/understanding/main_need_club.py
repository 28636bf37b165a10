"""A club writes about a child: the club's fee or kit the family cannot pay is the need
(`club.toml`).

Coaches and youth wardens write in their club's words ("aus der F-Jugend", "Beitrag 96 Euro im
Jahr", "keine Schuhe keine Beiträge, wer fördert sowas"). The child already plays or wants to, so
the club — leisure — is the setting, not a help to find; and a family that cannot pay the fee or
the kit asks for what pays it, the Bildung-und-Teilhabe fund. The office the money is asked from
("gibts da was vom Amt") is the payer, no matter of its own: only needs a word names outright
(the child's own trouble told beside the fee) stay beside the fund.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load as load_toml

_AGE_TEAM = re.compile(r"u\d{1,2}")  # "U13": a team by its age limit
_COMPOUND = 5  # a word this long counts as the start or end of a compound


@dataclass(frozen=True, slots=True)
class _Club:
    fund: str
    leisure: str
    words: frozenset[str]
    team_nouns: frozenset[str]
    team_letters: frozenset[str]
    items: frozenset[str]
    negations: frozenset[str]
    pay: frozenset[str]
    asks: frozenset[str]
    reach: int


@cache
def _club() -> _Club:
    data = load_toml("club.toml")["club"]

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(v) for v in data[key])

    return _Club(fund=str(data["fund"]), leisure=str(data["leisure"]), words=words("words"),
                 team_nouns=words("team_nouns"), team_letters=words("team_letters"),
                 items=words("items"), negations=words("negations"), pay=words("pay"),
                 asks=words("asks"), reach=int(data["reach"]))  # fmt: skip


@lru_cache(maxsize=16384)
def _part_of(word: str, table: frozenset[str]) -> bool:
    """Whether `word` is one of `table`, or a compound starting or ending with a long one.

    Asked for every word of every message (is a club writing?): the prefix and suffix tests
    over the table cost a quarter of a millisecond a message, a word's answer never changes."""
    return word in table or any(
        len(t) >= _COMPOUND and (word.startswith(t) or word.endswith(t)) for t in table)


def _team_at(folded: tuple[str, ...], i: int, club: _Club) -> bool:
    """Whether the word at `i` names a team ("U13", the "Jugend" of "F-Jugend"): no need."""
    word = folded[i]
    return bool(_AGE_TEAM.fullmatch(word)) or (
        word in club.team_nouns and i > 0 and folded[i - 1] in club.team_letters)


def _club_told(folded: tuple[str, ...], club: _Club) -> bool:
    """Whether the request is written from a club or about a child playing in one. "U9" alone
    is the check-up, no team: a club word must say so ("U11 Trainerin")."""
    return any(_part_of(w, club.words) or (_team_at(folded, i, club) and w in club.team_nouns)
               for i, w in enumerate(folded))  # fmt: skip


def is_club_word(word: str) -> bool:
    """Whether a typed word is one of the club's own ("Fußballabteilung"): the writer's setting,
    explained by this reader even where no topic word knows its parts."""
    return _part_of(fold(word), _club().words)


def _short(folded: tuple[str, ...], item: int, club: _Club) -> bool:
    """Whether the money for the club item at `item` is short: "keine Schuhe", a negated pay verb
    near it ("den Beitrag … nich zahlen"), or the money asked from someone ("wer fördert sowas")."""
    if item and folded[item - 1] in club.negations:
        return True
    near = range(max(0, item - club.reach), min(len(folded), item + club.reach + 1))
    for k in near:
        if folded[k] in club.asks:
            return True
        if folded[k] in club.pay and any(
                folded[j] in club.negations for j in range(max(0, k - 4), min(len(folded), k + 3))):
            return True
    return False


def club_fee(words: Words) -> bool:
    """Whether a club writes that a family cannot pay the club's fee or kit."""
    club = _club()
    folded = words.folded
    if not _club_told(folded, club):
        return False
    return any(_part_of(w, club.items) and _short(folded, i, club) for i, w in enumerate(folded))


def club_fee_needs(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                   ordered: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The main and ordered needs of a club-fee request (`club_fee`): the fund first; the club's
    own leisure, and the needs no word named outright (the office asked, "vom Amt") or only a
    team's name did ("U11" is no check-up), left out."""
    club = _club()
    folded = words.folded
    named = {c.topic for c in credits if c.strong and not _team_at(folded, c.position, club)}
    kept = tuple(t for t in main if t != club.fund and t != club.leisure and t in named)
    dropped = {club.leisure} | {t for t in main if t not in kept and t != club.fund}
    new_main = (club.fund, *kept)
    rest = tuple(t for t in ordered if t not in dropped and t not in new_main)
    return new_main, (*new_main, *rest)


def teams_dropped(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                  ordered: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Main and ordered needs without the topics only a team's name credited ("U11 Trainerin":
    no check-up; "aus der F-Jugend": no youth work), in a request a club writes."""
    club = _club()
    folded = words.folded
    credits = tuple(credits)
    teams = {c.topic for c in credits if _team_at(folded, c.position, club)}
    if not teams or not _club_told(folded, club):
        return main, ordered
    only = {t for t in teams
            if all(_team_at(folded, c.position, club) for c in credits if c.topic == t)}
    if not only or not set(main) - only:
        return main, ordered
    return (tuple(t for t in main if t not in only),
            tuple(t for t in ordered if t not in only))


def club_leisure() -> str:
    """The topic of the club itself, never suggested beside a club's fee."""
    return _club().leisure

"""A turn that ranks the family's needs anew: the need put first leads the case.

"Der Mutter geht es inzwischen vor allem um einen OGS-Platz ab dem Sommer, die Lernförderung ist
zweitrangig" after a request for Lernförderung: merged as an addendum, both needs were asked and
the old one still led, so the first three offers were all Lernförderung (holdout20 h21a-c02).
Such a turn says which need comes first and which later, clause by clause; the words are data
(`[priority]` of `dialogue_turns.toml`). A clause that puts back or gives up a need without
naming one ("der Kurs ist zweitrangig", "das kann warten") means the case's need.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.turns import vocabulary, word_pattern
from bot.models import Request
from bot.text import fold
from bot.understanding import understand

__all__ = ["reprioritised"]

TIME_WORD = 12  # letters: "nachmittags", "wochenenden"; a longer word is a compound of a need

# Where a clause ends: punctuation, a dash, or a conjunction between two statements.
_CLAUSES = re.compile(r"[,;.!?()]|\s[–—-]\s|\s(?:und|aber|sondern|waehrend|and|but|while)\s")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    section = vocabulary()["priority"]
    patterns = {kind: word_pattern(section[kind])
                for kind in ("first", "later", "dropped", "instead")}
    patterns["time"] = word_pattern(vocabulary()["time"]["words"])
    return patterns


def _needs(words: str, catalogue: Catalogue) -> tuple[str, ...]:
    """The needs a clause names; a time of day ("vor allem nachmittags") names none."""
    untimed = _patterns()["time"].sub(lambda m: " " if len(m.group()) <= TIME_WORD else m.group(),
                                      words)  # "Nachmittagsbetreuung" is a need, no time
    said = understand(untimed, catalogue)
    return () if said.general else said.main_topics or said.topics


def reprioritised(merged: Request, previous: Request, text: str, catalogue: Catalogue) -> Request:
    """`merged` with its needs ranked as the turn ranks them; unchanged when it ranks none.

    Only a need some clause puts first changes the order: a turn that only puts one back ("die
    Lernförderung kann warten") names nothing to lead instead; one that gives a need up ("vergiss
    die Prügelei") leaves it out.
    """
    folded = fold(text)
    patterns = _patterns()
    if not any(patterns[kind].search(folded) for kind in ("first", "later", "dropped", "instead")):
        return merged
    first: list[str] = []
    later: list[str] = []
    dropped: list[str] = []
    case_needs = tuple(previous.main_topics or previous.topics)
    for clause in _CLAUSES.split(folded):
        given_up = patterns["instead"].search(clause)
        if given_up is not None:  # "statt eines Kurses lieber einen Kitaplatz"
            after = clause[given_up.end():].split()
            dropped += _needs(" ".join(after[:3]), catalogue) or case_needs
            first += _needs(clause[:given_up.start()] + " " + " ".join(after[3:]), catalogue)
            continue
        for kind, bucket in (("dropped", dropped), ("later", later), ("first", first)):
            if patterns[kind].search(clause):
                named = _needs(patterns[kind].sub(" ", clause), catalogue)
                bucket += named or (() if kind == "first" else case_needs)
                break
    first = [t for t in dict.fromkeys(first) if t not in dropped]
    if not first:
        return _without(merged, previous, dropped)
    put_back = set(later) | set(dropped)
    main = [*first, *(t for t in (merged.main_topics or merged.topics)
                      if t not in first and t not in put_back)]
    topics = [*main, *(t for t in (*merged.topics, *later)
                       if t not in main and t not in dropped)]
    return replace(merged, topics=tuple(dict.fromkeys(topics)), main_topics=tuple(main))


def _without(merged: Request, previous: Request, dropped: list[str]) -> Request:
    """`merged` without the needs a turn gives up.

    "ach vergiss die Prügelei, eigentlich geht's der Mutter ums Geld, den OGS-Beitrag": read as
    a whole the turn names the fight too, and the anti-violence offers kept leading although the
    writer took them back (holdout22 h23b-c09). A turn that names only what it gives up ("der
    Kitaplatz hat sich erledigt") asks for none of it: the case's other needs stay. When nothing
    would be left the case stays as it was.
    """
    if not dropped:
        return merged
    for source in (merged, previous):
        kept = tuple(t for t in source.topics if t not in dropped)
        if kept:
            break
    else:
        return merged
    if kept == merged.topics:
        return merged
    main = tuple(t for t in (source.main_topics or source.topics) if t not in dropped) or kept
    return replace(merged, topics=kept, main_topics=main)

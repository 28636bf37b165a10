"""The one who tells is not the child at risk: a teller's age gives way to the child she tells of.

"Eine Schülerin (18) hat mir erzählt, dass ihr Stiefvater ihre kleine Schwester (9) anfasst",
"Kunde, 22, erzählt, seine Schwester (12) wird … bedrängt", "Meine Praktikantin, 20, macht sich
Sorgen: die Tochter der Nachbarin, etwa 3, …": the person named with her age right before a word
of telling (`telling_words` in lexicon.toml) only passes the news on; a younger person named
with an age in what she tells is the child the request is about. The teller's mention becomes
kind `teller` (nobody's age to choose), the younger one the child's — unless she names herself
first in what she tells ("dass sie nichts zu essen kriegt und ihre Schwester (2) auch nicht"):
then both are children at risk. Kept apart from the mention
reader, which classifies each number on its own: this judges two mentions of one sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.age_mentions import Mention
from bot.understanding.age_spans import child_word
from bot.understanding.age_values import ADULT
from bot.vocabulary.lexicon import age_vocabulary

TELLING_REACH = 6  # words after a teller's age within which she tells ("hat mir heute erzählt")
# a sentence ends at "!" or "?", or at a full stop after a word longer than an abbreviation
# ("ca. 3", "Kl. 4" end none)
_SENTENCE_END = re.compile(r"[!?]|(?<=[a-z]{4})\.(?!\d)|(?<=\d)\.\s+(?=[a-z]{4})")
_WORD = re.compile(r"[a-z]+")
_TELLERS = ("child", "role")  # whose number may be the teller's own age
# whose number may be the age of the child told of ("unexplained": typed without commas)
_TOLD = ("child", "role", "other", "loose", "unexplained")
# the children as a whole end their phrase ("schlägt die Kinder, auch …"); "die Kinder jüngere
# brother" (a rewrite of "hits her younger brother") names one child after them
_ALL_CHILDREN = re.compile(r"\b(?:die|alle|uns|the|all|us)\s+(?:kinder|kids|children|geschwister)"
                           r"(?=\s*(?:[,.;:!?)]|$|(?:und|and|auch|too|also)\b))")


def _told_from(text: str, end: int) -> int | None:
    """Return where what a person tells begins: after a word of telling among the first words
    after her age, in the same sentence ("(18) hat mir heute erzählt, dass …"), or None."""
    telling = age_vocabulary().telling_words
    stop = _SENTENCE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    for n, word in enumerate(_WORD.finditer(text, end, limit)):
        if n >= TELLING_REACH:
            return None
        if word.group(0) in telling:
            return word.end()
    return None


def _a_person(text: str, mention: Mention) -> bool:
    """Tell whether a number names a person told of: after a noun of its own ("Schwester (9)"),
    or standing alone after a person named in the clause before ("die Tochter der Nachbarin,
    etwa 3"); not a time in her life ("mit 14", "als sie 12 war")."""
    if mention.kind not in ("loose", "unexplained"):
        return True
    before = _WORD.findall(text[max(0, mention.start - 60) : mention.start])
    if before and before[-1] in ("mit", "als", "seit", "bis", "with", "since", "until", "at"):
        return False
    vocab = age_vocabulary()
    return any(child_word(w, vocab) or w in vocab.other_person_nouns for w in before[-6:])


def tellers(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with each teller's age set aside and the younger child she tells of
    made the child's: the request is about the child at risk, not about the one who tells."""
    kinds = [h.kind for h in found]
    for at, teller in enumerate(found):
        if teller.kind not in _TELLERS:
            continue
        start = _told_from(text, teller.end)
        if start is None:
            continue
        stop = _SENTENCE_END.search(text, start)
        limit = stop.start() if stop else len(text)
        told = [i for i, h in enumerate(found) if i != at and start <= h.start < limit
                and h.kind in _TOLD and h.high < teller.low and h.low < ADULT
                and _a_person(text, h)]  # fmt: skip
        if told:  # the teller set aside, unless she tells of herself first: both children
            first = min(found[i].start for i in told)
            # "sagt, Papa schlägt die Kinder, auch die kleine Schwester (5)": the children as a
            # whole told first, the teller among them
            said = text[start:first]
            own = (set(_WORD.findall(said)) & age_vocabulary().teller_pronouns
                   or _ALL_CHILDREN.search(said))
            kinds[at] = kinds[at] if own else "teller"
            for i in told:
                kinds[i] = "child" if kinds[i] in ("other", "loose", "unexplained") else kinds[i]
    return [h if h.kind == kind else replace(h, kind=kind)
            for h, kind in zip(found, kinds, strict=True)]  # fmt: skip

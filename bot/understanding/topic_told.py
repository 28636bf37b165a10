"""What a request tells about the family is background; the words of the help it asks decide.

Two readings keep a told situation from being taken for a need:
- a noun-verb homograph at a sentence start ("Sucht") is capitalised by its position, so the
  capital does not make it the noun: followed by an object it is the verb ("Mutter tagsüber
  allein. Sucht Babymassage oder PEKiP" seeks a baby group; it tells of no addiction);
- a crying word is the baby's only when the baby cries: "she's lonely & cries a lot", "Mutter
  weint viel" tell how the carer feels, which names no crying baby (`schreibaby_schlaf`).
The word classes are data (`bot/data/topic_told.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.text import fold
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

CRYING_TOPIC = "schreibaby_schlaf"
_START = re.compile(r"(?:^|[.!?]\s*)([A-ZÄÖÜ][a-zäöüß]+)\s+(\S+)")


@cache
def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _load("topic_told.toml")[section][key])


def sentence_verbs(text: str, raw: Sequence[str], nouns: list[bool],
                   homographs: frozenset[str]) -> list[bool]:  # fmt: skip
    """`nouns` with each homograph that opens a sentence and takes an object marked as no noun.

    The n-th sentence-initial occurrence in `text` is matched to the n-th occurrence of the same
    typed word in `raw`, the words `words_of` read from the same text."""
    starts: dict[str, list[bool]] = {}  # per typed form, in order: is that occurrence a verb
    followers = _words("homograph", "verb_followers")
    # typed without any sentence mark ("Mutter tagsüber allein Sucht Babymassage"): a sentence
    # may open at any word, the noun is told by its article or preposition before it
    unmarked = not re.search(r"[.!?]", text)
    determiners = _words("homograph", "noun_before")
    for match in re.finditer(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", text):
        typed = match.group()
        if fold(typed) not in homographs:
            continue
        before = text[: match.start()].rstrip()
        opens = not before or before[-1] in ".!?" or (unmarked and fold(
            before.split()[-1]) not in determiners)
        after = re.match(r"\s+(\S+)", text[match.end():])
        follower = after.group(1) if after else ""
        verb = opens and bool(follower) and (
            fold(re.sub(r"\W", "", follower)) in followers
            or (follower[:1].isupper() and follower[1:2].islower()))
        starts.setdefault(typed, []).append(verb)
    if not any(any(found) for found in starts.values()):
        return nouns
    out = list(nouns)
    seen: dict[str, int] = {}
    for i, typed in enumerate(raw):
        if typed in starts:
            n = seen.get(typed, 0)
            seen[typed] = n + 1
            if n < len(starts[typed]) and starts[typed][n]:
                out[i] = False
    return out


def carers_crying(credits: list[Credit], words: Sequence[str], clause: Sequence[int]
                  ) -> list[Credit]:  # fmt: skip
    """`credits` without a crying baby read from a carer's crying (see the module)."""
    verbs = _words("crying", "verbs")
    if not any(c.topic == CRYING_TOPIC and words[c.position] in verbs for c in credits):
        return credits
    adults, children = _words("crying", "adults"), _words("crying", "children")
    states = _words("crying", "states")

    reach = int(_load("topic_told.toml")["crying"]["reach"])  # type: ignore[call-overload]

    def carers(position: int) -> bool:
        for j in range(position - 1, max(position - 1 - reach, -1), -1):
            if clause[j] != clause[position]:
                return False
            if words[j] in children:
                return False
            if words[j] in adults or words[j] in states:
                return True
        return False

    return [c for c in credits if not (
        c.topic == CRYING_TOPIC and words[c.position] in verbs and carers(c.position))]

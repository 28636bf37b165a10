"""Helps named by their own word: the words the catalogue's offers are named by.

"Gibt es in Uelzen einen Jugendtreff?", "soll in die OGS", "zur musikalischen Früherziehung",
"Logopädie … any alternative?", "Huckepack o.ä. für ihn?": the asker names the help itself, by
the word its offers are called — not a help noun with a need before it ("Erziehungsberatung",
which `main_need_positions.help_noun` reads), and not a situation the need is read from ("Papa
trinkt", "schläft schlecht"). Such a need was asked for, so where it has no offer here the
missing help is the gap, and the examples' guess of a neighbouring need must not stand in for it
(`topic_model.guess_may_fill`, `Request.named_topics`).

The vocabulary is the catalogue's own: the words of its offers' names, by the topics of those
offers ("Jugendzentrum Bönen", "OGS an der Grundschule Methler", "Praxis für Logopädie"), so a
real catalogue brings its own kinds of help. A word of the request names a help when a name
word of an offer of its topic is that word, inflected ("Jugendtreffs"), the head of a name's
compound ("Treff" of "Jugendtreff") or a compound's head in the request ("Mädchentreff"). Only
a need the topic vocabulary credits firmly counts, or a help noun it credits at all to a kind of
offer a family takes part in (`[story] kinds`: "einen Treff" is a youth club or a parents' group
by the child's age, either way a help named; "eine Gruppe" for a young mother names no home
visit), so a situation word an offer's name happens to use ("Gelassen durch die Pubertät") names
no help. An offer's own name, used by one or two offers only ("Huckepack"), names its help where
no vocabulary reads the word. Place names and ordinary words of the names ("Kinder", "Familien")
name no kind of help.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from bot.text import fold
from bot.understanding.main_need_positions import help_noun, need_vocabulary
from bot.understanding.normalise import Words
from bot.understanding.situation_data import situations
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon

MIN_WORD = 3  # "OGS", "JuZ": the shortest names of a kind of help
MIN_HEAD = 5  # a compound's head this long names the compound's kind ("treff", "zentrum")
MIN_PROPER = 6  # an offer's own name this long is no abbreviation or ordinary word ("Huckepack")
MAX_PROPER = 2  # a name word in this many offers' names at most is their own name, not a kind
# a word of a name, not a compound's first part left for the next word ("Schrei- und
# Schlafsprechstunde": "Schrei-" is no offer's name, and "schreit nachts" names no help)
_WORD = re.compile(r"[a-z]+(?!-\s)\b")
_NOUN_ENDINGS = ("en", "er", "es", "e", "n", "s")  # "Jugendtreffs", "Elternabende"
MIN_STEM = 3


def everyday_names() -> frozenset[str]:
    """Words of offers' names that name the family's world, no help (`[help] name_everyday`), and
    the family's people ("Mutter-Kind-Kuren" is no help named by "Mutter")."""
    people = situations()["people"]
    words = [*main_need_lexicon()["help"].get("name_everyday", ()), *people["parents"],
             *people["children"]]
    return frozenset(fold(w) for w in words)


class OfferNames:
    """The topics of the offers each word of an offer's name belongs to."""

    def __init__(self, names: Iterable[tuple[str, tuple[str, ...]]],
                 stop: Iterable[str] = ()) -> None:  # fmt: skip
        # "Schulen" is as everyday as "Schule", and so is the head of "Realschule" in a request
        self.stop = stop = frozenset(_noun_stem(w) for w in stop)
        self.by_stem: dict[str, set[str]] = defaultdict(set)
        self.offers: dict[str, int] = defaultdict(int)  # how many offers' names use the stem
        for name, topics in names:
            for word in set(_WORD.findall(fold(name))):
                if len(word) >= MIN_WORD and _noun_stem(word) not in stop:
                    self.by_stem[_noun_stem(word)].update(topics)
                    self.offers[_noun_stem(word)] += 1
        # the name words by their ends, to find a compound's head on either side quickly
        self.by_end: dict[str, list[str]] = defaultdict(list)
        for name_stem in self.by_stem:
            self.by_end[name_stem[-MIN_HEAD:]].append(name_stem)

    def topics(self, word: str) -> frozenset[str]:
        """The topics of the offers a folded word of a request names: the name word itself or
        inflected, a name's compound head ("treff" of "jugendtreff") or a request compound whose
        head is a name word ("maedchentreff")."""
        own = _noun_stem(word)
        if own in self.stop:
            return frozenset()
        found = set(self.by_stem.get(own, ()))
        if len(own) >= MIN_HEAD:
            for name_stem in self.by_end.get(own[-MIN_HEAD:], ()):
                if name_stem.endswith(own) or (len(name_stem) >= MIN_HEAD
                                               and own.endswith(name_stem)):
                    found |= self.by_stem[name_stem]
        return frozenset(found)

    def proper(self, word: str) -> frozenset[str]:
        """The topics of the offers a word is the own name of ("huckepack"), or none."""
        if len(word) < MIN_PROPER:  # asked of every word not read: the cheap test first
            return frozenset()
        own = _noun_stem(word)
        if not 0 < self.offers.get(own, 0) <= MAX_PROPER:
            return frozenset()
        return frozenset(self.by_stem[own])


def named_by_own_word(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                      demoted: frozenset[str], names: OfferNames | None,
                      guessed: tuple[str, ...] = ()) -> tuple[str, ...]:  # fmt: skip
    """The main needs a word of the request names by the word the catalogue's offers of that
    need are named by (see the module doc): a word credited firmly, or a help noun credited at
    all, not a demoted one; or an offer's own name, credited or not. Not when a word of the
    request names the examples' guess (`guessed`), however weakly: then the guess confirms what
    the rules half read ("kommt ohne Frühstück … Schulsozialarbeit?": a sign of neglect), as
    `main_need_slot.named_alone` has it."""
    credits = list(credits)
    if names is None or not main:
        return ()
    folded, kinds = words.folded, need_vocabulary().kinds
    found: set[str] = set()
    for c in credits:
        if c.topic not in main or c.term in demoted or c.topic in found:
            continue
        span = folded[c.position : c.position + len(c.term.split())]
        firm = c.strong or c.topic in kinds  # "einen Treff": a youth club or a group, by age
        if any(c.topic in names.topics(word) and (c.strong or help_noun(word) == 1) and firm
               for word in span):
            found.add(c.topic)
    told = {i for c in credits for i in range(c.position, c.position + len(c.term.split()))}
    for i, word in enumerate(folded):  # a word the vocabulary reads ("junge Mütter") is no name
        if i not in told:
            found.update(names.proper(word) & set(main))
    return tuple(t for t in main if t in found)


@lru_cache(maxsize=1 << 14)  # the same request words are stemmed for every credit and name
def _noun_stem(word: str) -> str:
    """A noun without its plural or case ending, so "Jugendtreffs" is "Jugendtreff"; a verb's
    ending stays ("schreit" is no "Schrei"), for a help is named by a noun."""
    for ending in _NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word

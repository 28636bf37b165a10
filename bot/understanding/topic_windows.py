"""Phrases of the topic vocabulary found spread out in a clause, as people tell a situation.

German spreads a phrase over its clause: the finite verb stands early, its separable particle
closes the clause ("haut ständig von zu Hause ab"), and modal particles, intensifiers and time
adverbials stand in between ("das Geld reicht echt schon lange vorne und hinten nicht"). A window
finds a phrase's words in any order within a few words counted without such fillers
(`normalise.filler_ranks`); a particle that closes its clause makes a particle verb of the verb
before it, and these are read before any other phrase takes the verb ("haut" alone hits).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.understanding.normalise import within_window
from bot.understanding.shortcuts import phrase_windows
from bot.understanding.topic_negation_kind import negation_kind_agrees

if TYPE_CHECKING:
    from bot.understanding.topics import TopicIndex

WINDOW_SLACK = 2  # phrase words may stand this many words apart ("schläft nachts nicht")
# a verb and its particle may stand this far apart in one clause ("hängt nur noch am Bahnhof rum")
PARTICLE_SLACK = 7

Found = tuple[tuple[str, ...], tuple[int, ...]]  # a phrase, and the positions of its words


class SpreadPhrases:
    """The phrases a request's clauses hold spread out, read against one index."""

    def __init__(self, index: TopicIndex, words: list[str], stems: tuple[str, ...],
                 clause: tuple[int, ...], ranks: tuple[int, ...],
                 matched: list[bool]) -> None:  # fmt: skip
        self.index, self.words, self.stems, self.clause = index, words, stems, clause
        self.ranks, self.matched = ranks, matched

    def closing(self) -> frozenset[int]:
        """The positions of particles that close their clause (the right verb bracket)."""
        words, clause = self.words, self.clause
        return frozenset(j for j, w in enumerate(words) if w in self.index.particles and (
            j + 1 == len(words) or clause[j + 1] != clause[j]))  # fmt: skip

    def found(self, closing: frozenset[int], bracket: bool) -> Iterator[Found]:
        """Yield the phrases found, each before the words it uses are marked by the caller.

        With `bracket`, only particle verbs whose particle closes the clause, the tightest
        first where two compete for one particle ("kommt im Deutschunterricht nicht hinterher"
        is the lesson's, not the household's "kommt nicht hinterher"); otherwise every phrase,
        in the index's order."""
        if not bracket:
            for i, candidates in phrase_windows(self.index, self.stems):
                for phrase_stems, phrase in candidates:
                    if self.matched[i]:
                        break
                    used = self._match(i, phrase_stems, phrase, closing, False)
                    if used:
                        yield phrase, used
            return
        matches: list[Found] = []
        for i, candidates in phrase_windows(self.index, self.stems):
            for phrase_stems, phrase in candidates:
                if phrase[-1] in self.index.particles:
                    used = self._match(i, phrase_stems, phrase, closing, True)
                    if used:
                        matches.append((phrase, used))
        ranks = self.ranks
        matches.sort(key=lambda m: (ranks[max(m[1])] - ranks[min(m[1])] - len(m[0]),
                                    -len(m[0]), min(m[1])))  # fmt: skip
        for phrase, used in matches:
            if not any(self.matched[j] for j in used):
                yield phrase, used

    def _match(self, i: int, phrase_stems: tuple[str, ...], phrase: tuple[str, ...],
               closing: frozenset[int], bracket: bool) -> tuple[int, ...] | None:  # fmt: skip
        index, words, stems, clause, ranks = (self.index, self.words, self.stems, self.clause,
                                              self.ranks)  # fmt: skip
        # German puts a verb's particle at the end of its clause ("driftet … ab")
        slack = PARTICLE_SLACK if phrase[-1] in index.particles else WINDOW_SLACK
        # fillers take no room: the window is counted in words that carry meaning
        free = [j for j in range(bisect_left(ranks, ranks[i] - len(phrase) - WINDOW_SLACK),
                                 bisect_left(ranks, ranks[i] + len(phrase) + slack))
                if not self.matched[j] and words[j] not in index.ignore
                and clause[j] == clause[i]]  # fmt: skip
        used = within_window(stems, phrase_stems, free, slack, ranks)
        if not used or not negation_kind_agrees(phrase, (words[j] for j in used)):
            return None  # "will nicht bleiben" is no "keine Bleibe"
        if index.ordered & set(phrase) and tuple(stems[j] for j in used) != phrase_stems:
            return None  # "spricht kaum noch" (no longer) is no "spricht noch kaum" (not yet)
        between = set(words[min(used) : max(used)])
        if bracket and (max(used) not in closing or index.clause_words & between
                        or (index.negations & between) - set(phrase)):  # fmt: skip
            return None  # a negation between is read with its own phrase ("will nicht mehr")
        if (phrase[-1] in index.bracket_only and max(used) not in closing
                and max(used) - min(used) >= len(phrase)):  # fmt: skip
            return None  # "mit" elsewhere is a preposition: "wie das mit der Schule läuft"
        return used


__all__ = ["PARTICLE_SLACK", "WINDOW_SLACK", "SpreadPhrases"]

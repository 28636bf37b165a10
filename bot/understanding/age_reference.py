"""A child of a told list pointed at again by the noun it was told with: "Zwillinge fünf Jahre
und Baby drei Wochen … Vorlesestunde für die Zwillinge", "twins (15) … mom alone with them and a
baby. one twin is vaping", "Sohn 14, Tochter 3 … einer der Söhne".

`age_focus` resolves ranks ("die Jüngste") and the noun a mention carries itself ("Sohn 14").
A number after a unit ("Zwillinge 5 Jahre") or in brackets after a plural carries no noun of its
own; the child word right before it names it all the same. A pointer — "für/for/um" with an
article, or "one/einer/eine" (of the) — that names the same noun again picks that child out of
the list, when it picks fewer than all of them.
"""

from __future__ import annotations

import re

from bot.understanding import age_patterns as ap
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import age_vocabulary

_POINTER = re.compile(
    r"(?:\b(?:fuer|for|um|wegen|about)|\bf\.)\s+(?:den|die|das|dem|the|ihren|ihre|seinen|seine"
    r"|her|his)\s+(?P<n>[a-z]+)"
    # "one twin is vaping", "one of the twins", "einer der Zwillinge", "eins von den Kindern"
    # (German "einer/eine" only with its partitive: alone it is the article, "mit einem Säugling")
    r"|\bone\s+(?:of\s+(?:the|her|his)\s+)?(?P<o>[a-z]+)"
    r"|\b(?:einer|eine|eins|einem)\s+(?:der|von\s+den|von\s+ihren|seiner|ihrer)\s+(?P<g>[a-z]+)")


# the ages told right after a pointer: "für die Großen (10 und 12)", "für ihre Großen, 6 und 9"
_LIST_AFTER = re.compile(r"[\s(,:]*(?:\d{1,2}(?:\s*(?:jahre|j\.|years|monate))?\s*"
                         r"(?:,|und|and|u\.|&|/|\+)?\s*)+")

# children born together, told once with one age for all of them
_MULTIPLES = frozenset({"zwilling", "twin", "drilling", "triplet"})


def _stem(word: str) -> str:
    """Return a noun without its inflection or plural ("Zwillingen", "twins" → "zwilling",
    "twin")."""
    return re.sub(r"(?:en|er|es|e|n|s)$", "", word)


def _noun(text: str, mention: Mention, nouns: tuple[str, ...]) -> str:
    """Return the child word a mention is told with: its own noun, or the child word right
    before its number ("Zwillinge 5 Jahre", "twins (15)")."""
    noun = mention.noun
    if not noun:
        before = ap.words_before(text, mention.start, 1)
        noun = before[0] if before and before[0].endswith(nouns) else ""
    first = re.match(r"\D*(\d{1,2})", text[mention.start : mention.end])
    if _stem(noun) in _MULTIPLES and first and not any(
            mention.low <= int(first.group(1)) * unit <= mention.high for unit in (12, 1)):
        # "4 kids (twins 8, 12, 15)": the twins are the first number of the list, in years or
        # in months ("Zwillinge 9 Monate und Bruder 4 Jahre")
        return ""
    return noun


def pointed_again(text: str, chosen: list[Mention]) -> list[Mention] | None:
    """Return the children of a list a later pointer names by the noun they were told with, or
    None when no pointer picks fewer than all of them."""
    nouns = age_vocabulary().child_nouns
    told = [(h, _stem(noun)) for h in chosen if (noun := _noun(text, h, nouns))]
    if not told:
        return None
    # every pointer counts: "OGS für die Großen (7, 9) und Kitaplatz für den Kleinen (2)" asks
    # for all three, each group with a need of its own
    hits: list[Mention] = []
    for m in _POINTER.finditer(text):
        if own := _LIST_AFTER.match(text, m.end()):
            # "Hausaufgabenhilfe für die Großen (10 und 12)": the ages right after the pointer
            after = [h for h in chosen if m.end() <= h.start < own.end()]
            if after and len(after) < len(chosen):
                hits += [h for h in after if h not in hits]
            continue  # "Ferienprogramm für ihre Großen, 6 und 9 Jahre": the list itself
        word = _stem(m.group("n") or m.group("o") or m.group("g"))
        named = [h for h, stem in told if stem == word and not h.start <= m.start() < h.end]
        if named and len(named) < len(chosen):
            hits += [h for h in named if h not in hits]
    return [h for h in chosen if h in hits] or None


def told_again(chosen: list[Mention]) -> list[Mention] | None:
    """Return the child of a list told again with its noun and the same age ("3 Kinder (5, 9,
    16). Der Sohn (16) trinkt"), or None: a second telling of one listed age names the child the
    request turns to; two children told again ("Sohn 7 …, Tochter 4 …") point at nobody."""
    again = set()
    for h in chosen:
        earlier = [g for g in chosen if g.end <= h.start]
        if h.noun and len({(g.low, g.high) for g in earlier}) > 1 and any(
                (g.low, g.high) == (h.low, h.high) and g.noun != h.noun for g in earlier):
            again.add((h.low, h.high))  # the list told it under another word ("Kinder")
    if len(again) != 1:
        return None
    named = [h for h in chosen if (h.low, h.high) in again]
    return named if len(named) < len(chosen) else None


__all__ = ["pointed_again", "told_again"]

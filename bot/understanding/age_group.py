"""Children listed together after a plural child word ("2 neue Geschwister, 4 und 6 Jahre",
"zwei Kinder (5, 11)", "3 Kinder: 1, 3, 4 J."): one group the request names as such.

A rank a story tells of afterwards in a story of danger to the family ("der Große hatte blaue
Flecken", "die Kleine stand barfuß im Treppenhaus") leaves the group whole: the writers of the
labelled sets give such a family the span of all the children's ages, since child protection
is asked for every child of the home. A rank told with a problem of its own ("die Große kommt
in Mathe nicht mit", "der Älteste schwänzt") points at that child, as does a need aimed at one
("für die Kleine eine Kita"), in `age_focus`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.understanding.age_mentions import Mention
from bot.understanding.age_patterns import PLURAL_CHILDREN

# what stands between two listed ages: a join, with an optional unit on the first
_JOIN = re.compile(r"\s*(?:j\b\.?|jahre?n?\b)?\s*(?:,|und\b|un\b|u\b\.?|&|\+|/|and\b|e\b|i\b|y\b"
                   r"|ve\b)\s*$")
# the plural child word before the list, with a count, a colon, a dash or a bracket between,
# or a short phrase closed by a comma ("2 neue Geschwister im Judotraining, 4 u 6 Jahre")
_HEAD = re.compile(rf"\b(?:{'|'.join(PLURAL_CHILDREN)}|brueder|schwestern)\b"
                   r"(?:\s+[a-z]+){0,3}?[\s:(–-]*(?:(?<=[a-z]),\s*)?(?:\d\s*[:(]\s*)?"
                   # an estimate before the ages: "kids (about 5 and 7)", "Kinder (ca. 4, 6)"
                   r"(?:(?:about|around|approx|ca|circa|etwa|ungefaehr)\.?\s+)?$")


def listed_group(text: str, chosen: list[Mention]) -> bool:
    """Tell whether the chosen ages are one list right after a plural child word."""
    ordered = sorted(chosen, key=lambda h: h.start)
    if len(ordered) < 2 or not _HEAD.search(text[max(0, ordered[0].start - 40) : ordered[0].start]):
        return False
    # two ages read from one span ("about 5 and 7") are joined already
    return all(b.start < a.end or _JOIN.match(text[a.end : b.start]) for a, b in pairwise(ordered))


def listed_runs(text: str, found: list[Mention]) -> list[list[Mention]]:
    """Return the runs of ages listed one after another right after a plural child word
    ("2 Töchter (13, 18)", "Brüder 16 und 18"): the children of one family, however old."""
    ordered = sorted(found, key=lambda h: h.start)
    runs: list[list[Mention]] = []
    for h in ordered:
        if runs and (h.start < runs[-1][-1].end or _JOIN.match(text[runs[-1][-1].end : h.start])):
            runs[-1].append(h)
        else:
            runs.append([h])
    return [run for run in runs if len(run) > 1
            and _HEAD.search(text[max(0, run[0].start - 40) : run[0].start])]


def grown_siblings(text: str, found: list[Mention], adult: int) -> set[int]:
    """Return the starts of the grown children listed with a minor after a plural child word
    ("Mutter mit 2 Töchtern (13, 18)", "Geschwister 15 und 19"): a sibling of 18 asked about
    together with one of 13 is one of the children, not the parent an adult's age usually is."""
    return {h.start for run in listed_runs(text, found) if any(g.low < adult for g in run)
            for h in run}


def danger_to_group(text: str, chosen: list[Mention]) -> bool:
    """Tell whether the chosen ages are one listed group in a text that tells a danger to a
    child (the signs `safety` reads): then a rank the story names is one of them, not the one
    the request is about."""
    from bot.understanding.safety import protection_signs  # the safety reader reads ages too

    return listed_group(text, chosen) and bool(protection_signs(text))


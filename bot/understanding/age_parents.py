"""Grown-ups told beside a child: a client who is a parent, a grown sibling, older youths.

A Jobcenter or a practice names its client with her age ("Kunde 25, Vater von Luca", "Kundin,
31, hat eine Tochter"), a file names the grown sister who cares for a boy ("Die Schwester (21)
kümmert sich um den Bruder, 7"), a school names the older youths who rob a pupil ("von drei
Älteren (17, 18) abgezogen"). None of these ages is the child's: the client is the parent, the
sister and the robbers are other people. The child's age is then the one named for the child,
or none — and the assistant asks, instead of offering a 25-year-old's help for a Kita place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.models import AgeRange
from bot.understanding.age_time import time_words
from bot.understanding.age_values import ADULT
from bot.vocabulary.lexicon import age_vocabulary

if TYPE_CHECKING:
    from bot.understanding.age_mentions import Mention

_PARENT = r"(?:vater|mutter|papa|mama|vati|mutti|father|mother|dad|mum|mom|parent|elternteil)"
_CHILD = (r"(?:kind\w*|tochter|toechter\w*|sohn|soehne\w*|baby\w*|kids?|nachwuchs|child\w*"
          r"|son|sons|daughters?|zwillinge\w*|twins)")  # fmt: skip
# the client named as a parent: "alleinerziehender Vater", "Vater von Luca", "ist Mutter",
# "Vater eines Babys", "sucht Betreuung für sein Kind", "hat eine Tochter", "her son"
PARENT_OF = re.compile(
    rf"\b(?:alleinerziehend\w*|allein\s+erziehend\w*|junge[rn]?|single)\s+{_PARENT}\b"
    rf"|\b{_PARENT}\s+(?:von|vom|eines|einer|zweier|dreier|of)\b"
    rf"|\b(?:ist|is|als)\s+(?:\w+\s+)?{_PARENT}\b"
    rf"|\b(?:sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|his|her)\s+"
    rf"(?:\w+\s+)?{_CHILD}\b"
    rf"|\b(?:hat|haben|has|have)\s+(?:ein|eine|einen|zwei|drei|\d|a|an|two|three)\s+(?:\w+\s+)?"
    rf"{_CHILD}\b"
    # "Kunde 25 mit Sohn", "Kundin mit ihren zwei Kindern", "client with her baby"
    rf"|\b(?:mit|with)\s+(?:(?:sein|ihr|his|her)\w*\s+)?(?:\d\s+|zwei\s+|drei\s+|two\s+)?"
    rf"{_CHILD}\b"
    # a form's child field holding only who the child is ("Kundin: 23 J. | Kind: Sohn |"): the
    # client's own field told her age, the child's tells none; a single parent is a parent
    rf"|\b(?:kind|child)\s*:\s*(?:(?:ein|eine|einen|1|a|one)\s+)?(?:tochter|sohn|son|daughter"
    rf"|junge|maedchen|boy|girl)\s*(?:[|;,.]|$)"
    rf"|\b(?:alleinerziehend|allein\s+erziehend|single\s+parent)\b")
# older youths counted or come from ("von drei Älteren (17, 18)", "mit zwei Größeren (15)"): other
# people, never the child — "für den Älteren (12)" is the elder child and stays his
OLDER_ONES = re.compile(r"(?:\b(?:von|mit|vom|by)\s+(?:\d{1,2}\s+|zwei\s+|drei\s+|ein\s+paar\s+"
                        r"|mehreren\s+)?|\b\d{1,2}\s+)(?:aelteren|groesseren|older\s+ones)\s*$")


# a client this old who is a parent asks for the child; younger ones may still ask for themselves
# ("Kundin 19, hat eine Tochter, sucht eine Ausbildung in Teilzeit": her own age matters)
PARENT_YEARS = 21


def parents_named(text: str, found: list[Mention], own: tuple[str, ...]) -> list[Mention]:
    """Return the mentions with a grown-up client's age made an adult's when the text names the
    client as a parent and names no child's age: the request is about the client's child."""
    if not PARENT_OF.search(text) or any(h.kind in own and h.low < ADULT for h in found):
        return found
    roles = age_vocabulary().role_nouns
    return [replace(h, kind="adult") if h.kind in own and h.low >= PARENT_YEARS * 12 and (
        h.kind == "role" or h.noun in roles) else h for h in found]  # fmt: skip


def minors_first(others: list[Mention]) -> list[Mention]:
    """Return other people's ages with the grown ones dropped beside a minor: "Die Schwester
    (21) kümmert sich um den Bruder, 7" is about the brother. Ages told as one list ("Geschwister
    15 und 19") stay together."""
    minors = [h for h in others if h.low < ADULT]
    if not minors:
        return others
    lists = {h.start for h in minors}
    return [h for h in others if h.low < ADULT or h.start in lists]


_TO_BE = re.compile(r"\b(?:wird|werden|will\s+be(?:come)?)\s+((?:[a-z0-9]+\s+){1,4})"
                    r"(?:vater|mutter|papa|mama|eltern|a\s+(?:dad|mum|mom|father|mother))\b")


def parent_to_be(text: str) -> AgeRange | None:
    """Return the unborn child's range when the text tells of a parent to be with the time in
    between ("wird im März Vater", "werden nächsten Monat Eltern"): as "wird Vater" is, a
    pregnancy — the 17-year-old father's own age is not the child's."""
    tw = time_words()
    timely = tw.glue | tw.coming | tw.time_nouns
    for m in _TO_BE.finditer(text):
        words = m.group(1).split()
        if all(w in timely or w.isdigit() for w in words) and any(
                w in tw.coming or w in tw.time_nouns for w in words):  # fmt: skip
            return AgeRange(-9, -1)
    return None

"""A fact told as an addendum about the family: one need more, the case's need stays.

"Nachtrag: KM hat Alkoholproblem." after a neglected 5-year-old, "Mutter hat auch Verdacht auf
Wochenbettdepression." after a crying baby, "ergänzung komma das kind wirkt verwahrlost": such a
turn asks for nothing new, it tells what else weighs on the same family. Read as a request of
its own, its need replaced the one asked for — the help asked for vanished from the list, and
where the fact's need has no offer nearby the case was called a gap although the asked help
exists. So both needs are asked: the case's first, the fact's after it (danger to the child
leads, as it does in a single request). A turn about another child (a sibling, an age of its
own) or a move is about someone or somewhere else.

A turn that asks for one more help with "auch" ("Mama fragt auch: gibt Elternkurs?", "Gibt es
auch finanzielle Hilfen?", "Die Mutter trinkt wohl auch. Gibt es was für Kinder suchtkranker
Eltern?") wants that help besides the one asked for before, not instead of it: the new need
leads, the case's follows. Replacing it made the case a gap wherever the added help has no offer
nearby, although the help first asked for still has (holdout19 h20b-c12, conv31-c13).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.dialogue.connectives import in_german
from bot.dialogue.turns import vocabulary, word_pattern
from bot.models import Request
from bot.text import fold
from bot.understanding.safety import PROTECTION_TOPICS

__all__ = ["asks_more", "tells_more", "with_more"]


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The additive words and the words of asking (`[told_more]`, `[asks]` of
    `dialogue_turns.toml`)."""
    words = vocabulary()
    told = words["told_more"]
    return word_pattern(told["additive"]), word_pattern((*words["asks"]["words"], *told["asks"]))


@cache
def _children() -> re.Pattern[str]:
    family = vocabulary()["family"]
    return re.compile(f"{family['siblings']}|{family['children']}")


def _another_child(text: str) -> bool:
    """Tell a turn about another child of the family ("hat noch n Großen", "ihr Sohn").

    A move told without where to ("ist neu hergezogen, kennt niemanden") is the same family
    here, and says why the help is asked; a move to a named place sets the place, and a turn
    that names a place asks for the help there (`asks_more`).
    """
    return bool(_children().search(fold(text)))


def tells_more(previous: Request, new: Request, text: str) -> bool:
    """Tell a turn that adds a fact with a need to the same child's case and asks nothing."""
    if not (previous.topics and new.topics) or new.general or new.age is not None:
        return False
    if previous.required_words or new.required_words or "?" in text:
        return False
    additive, asks = _words()
    folded = in_german(fold(text))  # "Nachtrag: …", "by the way, …" read as "außerdem"
    return (bool(additive.search(folded)) and not asks.search(folded)
            and not _another_child(text))  # fmt: skip


def asks_more(previous: Request, new: Request, text: str) -> bool:
    """Tell a turn that asks with an additive word for one more help for the same child.

    The additive word comes in or before the sentence that asks ("Der Vater trinkt auch. Gibt
    es was …?"); after it, it tells about something else ("Und nen Jugendtreff in Schwerte? Hab
    da auch ne Truppe"). A language asked for ("geht das auch auf Türkisch?") is the same help;
    a place named asks for the help there.
    """
    if not (previous.topics and new.topics) or new.general or new.age is not None:
        return False
    if previous.required_words or new.required_words or new.languages or _another_child(text):
        return False
    if new.place or new.place_candidates:  # "und in Unna? sie braucht dort auch einen Kitaplatz"
        return False  # the help asked for where the case moves
    additive, asks = _words()
    added = False
    # the addendum's opening and foreign "also" read as "außerdem", as `tells_more` reads them
    # ("ach ja und sie hat eine LRS, gibt es da Förderung", "e anche: … Schulden, wer hilft da?")
    for sentence in re.split(r"(?<=[.!?])\s+", in_german(fold(text))):
        added = added or bool(additive.search(sentence))
        if added and (sentence.rstrip().endswith("?") or asks.search(sentence)):
            return True
    return False


def with_more(merged: Request, previous: Request, new: Request, asked: bool = False) -> Request:
    """The case's needs with the new ones added; protection first when told.

    A fact's need follows the case's; a help asked for (`asked`) leads them.
    """
    lead, then = (new, previous) if asked else (previous, new)
    topics = lead.topics + tuple(t for t in then.topics if t not in lead.topics)
    main = lead.main_topics or lead.topics
    main += tuple(t for t in (then.main_topics or then.topics) if t not in main)
    if new.child_protection:  # "ergänzung: das kind wirkt verwahrlost": protection leads
        first = tuple(t for t in PROTECTION_TOPICS if t in topics)
        topics = first + tuple(t for t in topics if t not in first)
        main = first + tuple(t for t in main if t not in first)
    return replace(merged, topics=topics, main_topics=main,
                   keywords=lead.keywords + tuple(k for k in then.keywords
                                                  if k not in lead.keywords))  # fmt: skip

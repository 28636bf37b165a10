"""Which need the topic model suggests for a later turn: the case's, the turn's own, or none.

The topic model read whole requests, not a follow-up's fragment: while the case's needs stay, the
case's suggested need stays with them, and a fragment ("Kita?", "und in Unna?") suggests none of
its own. A turn that tells of another child of the family with its own age and its own need
("und ihr großer (6) hat stress in der schule, wird gehauen, gibts da auch was?") is a whole
request, though: only its place comes from the case. Its own suggestion ("gehauen": violence
prevention beside school social work) stands in where its need has no offer for that child, as it
would had the turn been sent alone with the family's town; without it the turn was called a gap.
"""

from __future__ import annotations

import re

from bot.models import Request

__all__ = ["suggested_need"]

MIN_WORDS = 6  # a whole request about a child: an age, a need and how it shows


def suggested_need(previous: Request, merged: Request, said: Request, text: str) -> tuple[str, ...]:
    """The suggested needs of the merged turn (`said` is what the turn alone was read as)."""
    guess = set(previous.suggested_topics)
    kept = set(merged.main_topics or merged.topics) - guess == set(
        previous.main_topics or previous.topics) - guess
    if kept:
        return previous.suggested_topics
    own = said.age is not None and bool(said.topics) and not said.general
    whole = len(re.findall(r"\w+", text)) >= MIN_WORDS
    replaced = set(merged.main_topics or merged.topics) == set(said.main_topics or said.topics)
    return said.suggested_topics if own and whole and replaced else ()

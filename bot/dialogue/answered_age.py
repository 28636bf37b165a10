"""The danger read in a case without an age, looked at again once the age asked for is answered.

Some signs are danger only at some ages: "ist ständig allein und hat keine Freunde" is neglect of
a small child and loneliness of a 14-year-old. Read without an age, a first message takes the
sign as danger and puts child protection first; when the bare answer "er ist 14" follows, the
case must read as the same case written in one message: no danger, and the protection needs
that only the danger brought go. Every other need read before stays as it was (the reading with
the age may miss what the first reading got right).
"""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue import Catalogue
from bot.models import Request
from bot.understanding import understand
from bot.understanding.safety import PROTECTION_TOPICS

__all__ = ["read_at_age"]


def read_at_age(previous: Request, merged: Request, new: Request, asked: str | None,
                catalogue: Catalogue) -> Request:  # fmt: skip
    """`merged` without the danger its text shows no more once read with the answered age.

    Only for an answer to the age question that names no need of its own, after a case without
    an age that was read as danger; the reading must find the same age.
    """
    if asked != "age" or previous.age is not None or merged.age is None:
        return merged
    if (new.topics and not new.general) or new.unexplained or not merged.child_protection:
        return merged
    said = understand(f"{previous.text.replace(' | ', '. ')}. {new.text}", catalogue)
    if said.age != merged.age or said.child_protection:
        return merged
    gone = set(PROTECTION_TOPICS) - set(said.topics)
    topics = tuple(t for t in merged.topics if t not in gone) or said.topics
    main = tuple(t for t in merged.main_topics if t not in gone)
    return replace(merged, topics=topics, main_topics=main if main or not merged.main_topics
                   else said.main_topics, child_protection=False)  # fmt: skip

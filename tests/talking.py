"""A conversation told turn by turn, as one chat would: the dialogue tests' shared driver."""

from __future__ import annotations

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from bot.dialogue import Session, respond
from bot.models import Answer


def talk(catalogue: Catalogue, *turns: str) -> Answer:
    """Answer each turn in one session and return the answer to the last one."""
    session, answer = Session(), None
    for text in turns:
        answer, session = respond(text, catalogue, session)
    assert answer is not None
    return answer


def talk_to(assistant: Assistant, turns: list[str]) -> Answer:
    """The same through the `Assistant`, the one door every channel uses."""
    session, answer = Session(), None
    for text in turns:
        answer, session = assistant.respond(text, session)
    assert answer is not None
    return answer

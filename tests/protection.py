"""The check every child-protection table shares: a sign puts child protection first, with the
emergency numbers; a look-alike raises neither."""

from __future__ import annotations

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import Answer, Request
from bot.understanding import understand
from bot.understanding.safety import PROTECTION_TOPICS, emergency_numbers


def check_protection(text: str, catalogue: Catalogue, sign: bool) -> tuple[Request, Answer]:
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert request.child_protection is sign
    assert answer.emergency == (emergency_numbers() if sign else ())
    if sign:
        assert request.topics[0] == "kinderschutz"
    return request, answer


def check_protection_then_help(answer: Answer, helps: set[str]) -> None:
    """A sign beside an asked help: child protection first and second, with the emergency
    numbers, and the asked help among the first three (`protection_order`)."""
    assert answer.request.child_protection
    assert answer.emergency == emergency_numbers()
    first_three = [hit.offer.topics for hit in answer.offers[:3]]
    assert "kinderschutz" in first_three[0]
    assert set(first_three[1]) & set(PROTECTION_TOPICS)
    assert any(helps & set(topics) for topics in first_three)

"""The check every child-protection table shares: a sign puts child protection first, with the
emergency numbers; a look-alike raises neither."""

from __future__ import annotations

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import Answer, Request
from bot.understanding import understand
from bot.understanding.safety import emergency_numbers


def check_protection(text: str, catalogue: Catalogue, sign: bool) -> tuple[Request, Answer]:
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert request.child_protection is sign
    assert answer.emergency == (emergency_numbers() if sign else ())
    if sign:
        assert request.topics[0] == "kinderschutz"
    return request, answer

"""A language wished later in a case: the family's situation is met in it.

"Familie aus der Ukraine, Tochter 6, kommt in die erste Klasse" understands integration help as
what the request *tells* (context), the school entry as what it *asks*; only the asked need
finds the offers. When a later turn asks for the family's language ("Die Mutter spricht
Ukrainisch.", "Gibt es das auch auf Russisch?") and no offer for the asked need is held in it,
the help for what the case told about the family is, and it is what a professional passes on:
the integration service that counsels in Ukrainian, not "no offer in Ukrainian". A gap stays a
gap where the told situation has no offer in the language either.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Answer, GapReason, Request


def language_newly_wished(previous: Request | None, request: Request) -> bool:
    """The turn asks for a language the case did not ask for before."""
    return previous is not None and bool(set(request.languages) - set(previous.languages))


def told_needs_in_language(request: Request, answer: Answer) -> Request | None:
    """The request with what it tells about the family joined to its asked needs, when the
    asked needs have no offer in the wished language; None where nothing is to widen."""
    if answer.gap != GapReason.LANGUAGE or not request.languages or not request.main_topics:
        return None
    told = tuple(t for t in request.topics if t not in request.main_topics)
    if not told:
        return None
    return replace(request, main_topics=(*request.main_topics, *told))

"""The words for offers shown while the family's place is still open (`bot.unplaced`).

One place for them, so that the console, Telegram and the web say the same: a headline that the
place is open and which offers are called fitting (those for the whole Kreis), and a mark on every
town-bound offer that its place must be checked.
"""

from __future__ import annotations

from bot.i18n import _, ngettext
from bot.models import Answer, Hit


def place_mark(hit: Hit, where: str) -> str:
    """The "where" of a short-list line, with the check asked for a town-bound example."""
    if not hit.place_unchecked:
        return where
    return _("{place} – check the place").format(place=where)


def place_note() -> str:
    """The line a full card of a town-bound example carries."""
    return _("Only for part of the Kreis: check whether it serves the family's place.")


def open_place_heading(answer: Answer) -> str | None:
    """The headline over a list whose place is open and that holds town-bound examples, else
    None (the ordinary headline: every offer shown fits wherever the family lives)."""
    offers = answer.offers
    rest = sum(hit.place_unchecked for hit in offers)
    if not rest:
        return None
    page = answer.page
    span = f"({page.start + 1}–{min(len(offers), page.start + page.size)})"  # fmt: skip
    wide = len(offers) - rest
    if not wide:
        return ngettext(
            "Place still open: no offer for the whole Kreis fits; {count} offer tied to one town "
            "as an example – check its place {span}:",
            "Place still open: no offer for the whole Kreis fits; {count} offers tied to one "
            "town as examples – check their place {span}:", rest).format(count=rest, span=span)
    return ngettext(
        "Place still open: {count} offer for the whole Kreis fits, then {rest} tied to one town "
        "as examples – check their place {span}:",
        "Place still open: {count} offers for the whole Kreis fit, then {rest} tied to one town "
        "as examples – check their place {span}:", wide).format(count=wide, rest=rest, span=span)


def ask_first(answer: Answer) -> bool:
    """Every offer of this page depends on a place not yet known: a channel asks for the place
    before the list, not after it."""
    hits = answer.page_offers
    return answer.question is not None and bool(hits) and all(h.place_unchecked for h in hits)

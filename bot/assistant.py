"""The assistant every channel talks to: catalogue, conversation and gap log in one place.

Channels only collect input and render answers; they call `Assistant.respond` and never touch
understanding, matching or the gap log themselves.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.catalogue import Catalogue
from bot.catalogue.holder import CatalogueHolder, CatalogueUnavailable
from bot.dialogue import Session, refine, respond
from bot.gaps.log import record_gap
from bot.models import AgeRange, Answer, GapReason, Hit, Prompt, Request
from bot.reports import doubtful_offers
from bot.settings import Settings
from bot.state import StateStore


class Assistant:
    def __init__(self, settings: Settings, *, log_gaps: bool = True) -> None:
        self.settings = settings
        self.log_gaps = log_gaps
        self.holder = CatalogueHolder(Path(settings.catalogue))
        self._store: StateStore | None = None

    @property
    def catalogue(self) -> Catalogue:
        return self.holder.current()

    @property
    def catalogue_or_empty(self) -> Catalogue:
        """What channels render an answer with: an empty catalogue while none could be loaded.

        The answer then is the `CATALOGUE_UNAVAILABLE` notice, which names no offer or place.
        """
        try:
            return self.holder.current()
        except CatalogueUnavailable:
            return Catalogue((), (), ())

    @property
    def store(self) -> StateStore:
        """The state database, opened on first use (asking never needs it with --no-log)."""
        if self._store is None:
            self._store = StateStore(self.settings.state)
        return self._store

    def respond(
        self, text: str, session: Session | None = None, *, channel: str = "cli",
        user: str | None = None,
    ) -> tuple[Answer, Session]:  # fmt: skip
        """Answer a message; a gap is recorded once, on the first page of an answer."""
        try:
            catalogue = self.catalogue
        except CatalogueUnavailable:
            return unavailable(text), session or Session()
        answer, session = respond(text, catalogue, session)
        if answer.is_gap and answer.page.number == 0:
            self._record(answer, catalogue, channel, user)
        return self._mark_doubtful(answer), session

    def refine(
        self, session: Session, *, age: AgeRange | None = None, place: str | None = None,
        channel: str = "cli", user: str | None = None,
    ) -> tuple[Answer, Session]:  # fmt: skip
        try:
            catalogue = self.catalogue
        except CatalogueUnavailable:
            return unavailable(session.request.text if session.request else ""), session
        answer, session = refine(session, catalogue, age=age, place=place)
        if answer.is_gap:
            self._record(answer, catalogue, channel, user)
        return self._mark_doubtful(answer), session

    def _mark_doubtful(self, answer: Answer) -> Answer:
        """Flag offers that several users reported as outdated, until a curator resolves them."""
        if not self.log_gaps or not (answer.offers or answer.alternatives or answer.details):
            return answer
        doubtful = doubtful_offers(self.store)
        if not doubtful:
            return answer

        def flag(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
            return tuple(replace(h, doubtful=h.offer.id in doubtful) for h in hits)

        details = flag((answer.details,))[0] if answer.details else None
        return replace(answer, offers=flag(answer.offers), alternatives=flag(answer.alternatives),
                       details=details)  # fmt: skip

    def not_helpful(self, session: Session, *, channel: str, user: str | None = None) -> None:
        """Record that an answer did not help: evidence of a gap even though offers were shown."""
        if session.request is None:
            return
        answer = Answer(session.request, gap=GapReason.NOT_HELPFUL)
        self._record(answer, self.catalogue, channel, user)

    def _record(
        self, answer: Answer, catalogue: Catalogue, channel: str, user: str | None
    ) -> None:
        """Write a gap to the log unless logging is off (`--no-log`: nothing is written)."""
        if not self.log_gaps:
            return
        record_gap(self.store, answer, catalogue.gazetteer, channel=channel, user=user)


    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def unavailable(text: str) -> Answer:
    """The answer while no catalogue is loaded: a notice, no gap row.

    Not a gap: the catalogue may well hold an offer, and without it the request cannot even be
    understood (places, topics), so a row would be evidence of an outage, not of a missing offer.
    """
    return Answer(Request(text=text.strip()), prompt=Prompt.CATALOGUE_UNAVAILABLE)

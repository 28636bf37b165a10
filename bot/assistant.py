"""The assistant every channel talks to: catalogue, conversation and gap log in one place.

Channels only collect input and render answers; they call `Assistant.respond` and never touch
understanding, matching or the gap log themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.catalogue import Catalogue
from bot.catalogue.holder import CatalogueHolder
from bot.dialogue import Session, refine, respond
from bot.gaps.log import record_gap
from bot.models import AgeRange, Answer, GapReason, Hit, Offer
from bot.privacy import pseudonymise
from bot.reports import doubtful_offers, has_open_report, open_reports, record_report
from bot.settings import Settings
from bot.state import StateStore

# A location farther than this from every place of the Kreis is outside our catalogue.
MAX_LOCATION_KM = 25.0


@dataclass(frozen=True, slots=True)
class Nearby:
    """The offers nearest to a position, with their distances, around the nearest place."""

    place: str
    place_name: str
    hits: tuple[tuple[Hit, float], ...]


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
        catalogue = self.catalogue
        answer, session = respond(text, catalogue, session)
        if answer.is_gap and answer.page.number == 0:
            answer = self._record(answer, catalogue, channel, user)
        return self._mark_doubtful(answer), session

    def refine(
        self, session: Session, *, age: AgeRange | None = None, place: str | None = None,
        channel: str = "cli", user: str | None = None,
    ) -> tuple[Answer, Session]:  # fmt: skip
        catalogue = self.catalogue
        answer, session = refine(session, catalogue, age=age, place=place)
        if answer.is_gap:
            answer = self._record(answer, catalogue, channel, user)
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
    ) -> Answer:
        """Write a gap to the log unless logging is off (`--no-log`: nothing is written), and
        return the answer marked as recorded only when it was."""
        if not self.log_gaps:
            return answer
        record_gap(self.store, answer, catalogue.gazetteer, channel=channel, user=user)
        return replace(answer, recorded=True)


    # --- what the web channel needs (written thinly here; see bot/web) ---------------------

    def pseudonym(self, user_id: int | str) -> str:
        """The keyed pseudonym a channel stores instead of its user id."""
        return str(pseudonymise(user_id, self.settings.secret))

    def nearest_place(self, lat: float, lon: float) -> str | None:
        """The district or municipality nearest to a position, None outside the Kreis."""
        gazetteer = self.catalogue.gazetteer
        best: tuple[str | None, float] = (None, float("inf"))
        for place in gazetteer.places.values():
            if place.kind == "kreis":
                continue
            km = gazetteer.distance_km((lat, lon), (place.lat, place.lon))
            if km < best[1]:
                best = (place.key, km)
        return best[0] if best[1] <= MAX_LOCATION_KM else None

    def nearby(self, lat: float, lon: float, count: int = 5) -> Nearby | None:
        """The `count` offers nearest to a position, or None when it is outside the Kreis."""
        place = self.nearest_place(lat, lon)
        if place is None:
            return None
        catalogue = self.catalogue
        gazetteer = catalogue.gazetteer
        distances = sorted(
            (
                (offer, gazetteer.distance_km((lat, lon), (offer.lat, offer.lon)))
                for offer in catalogue.offers
                if offer.lat is not None and offer.lon is not None
            ),
            key=lambda pair: pair[1],
        )[:count]
        hits = self._flag([Hit(offer, 1.0) for offer, _km in distances])
        pairs = tuple((hit, km) for hit, (_offer, km) in zip(hits, distances, strict=True))
        return Nearby(place, catalogue.place_name(place), pairs)

    def offer(self, offer_id: str) -> Hit | None:
        """One offer by id, flagged when users reported it as outdated; None when it is gone."""
        offer = self.catalogue.by_id.get(offer_id)
        if offer is None:
            return None
        return self._flag([Hit(offer, 1.0)])[0]

    def report(self, offer_id: str, user: str | None, *, note: str = "") -> bool:
        """Queue a report for the curators, once per user and offer; return whether it is new."""
        if user is not None and has_open_report(self.store, offer_id, user):
            return False
        record_report(self.store, offer_id, user, note=note)
        return True

    def redeem_invite(self, code: str, user: str) -> bool:
        """Spend a one-time code from `python -m bot invite` for a channel's user (pseudonym)."""
        from bot.invites import spend_invite

        return spend_invite(self.store, code, user)

    def _flag(self, hits: Iterable[Hit]) -> list[Hit]:
        hits = list(hits)
        doubtful = doubtful_offers(self.store) if hits and self.log_gaps else set()
        return [replace(h, doubtful=h.offer.id in doubtful) for h in hits]

    def open_reports(self) -> list[dict[str, object]]:
        """Reports from the field waiting for a curator, oldest first."""
        return open_reports(self.store)

    def stale_offers(self, today: dt.date | None = None) -> list[Offer]:
        """Offers not verified for a long time, oldest first (the curators' to-do list)."""
        from bot.exchange.check import stale_offers

        return stale_offers(self.catalogue, today)

    def gap_report_html(self, *, municipality: str | None = None, since: dt.date | None = None,
                        until: dt.date | None = None) -> str:  # fmt: skip
        """The planners' gap report as one HTML document."""
        from bot.gaps.report import render_html
        from bot.gaps.view import build_view

        view = build_view(self.store, self.catalogue, municipality=municipality, since=since,
                          until=until)  # fmt: skip
        return render_html(view, self.settings.retention_days)

    def gap_csv(self, *, municipality: str | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> dict[str, bytes]:  # fmt: skip
        """The gap report's tables as CSV files (name → bytes), as `gaps report --csv` writes."""
        import tempfile

        from bot.gaps.export import write_csv
        from bot.gaps.view import build_view

        view = build_view(self.store, self.catalogue, municipality=municipality, since=since,
                          until=until)  # fmt: skip
        with tempfile.TemporaryDirectory() as folder:
            return {path.name: path.read_bytes() for path in write_csv(view, Path(folder))}

    def gap_workbook(self, *, municipality: str | None = None, since: dt.date | None = None,
                     until: dt.date | None = None) -> bytes:  # fmt: skip
        """The gap log of a scope as an XLSX workbook."""
        from bot.gaps.export import xlsx_bytes

        return xlsx_bytes(self.store, self.catalogue, municipality=municipality, since=since,
                          until=until)  # fmt: skip

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

"""The assistant every channel talks to: catalogue, conversation, reports and gap log in one place.

Channels (Telegram, the console, the batch mode, the web) only collect input and render answers.
Everything they need from the core goes through `Assistant`, so that a new channel needs no change
in understanding, matching, the dialogue or the gap log, and no channel writes SQL of the core's
tables. `Session` (every channel keeps one per conversation) and `Scope` (a part of the gap log:
municipality and period) are re-exported here for the channels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalogue import Catalogue
from bot.catalogue.holder import CatalogueHolder, CatalogueUnavailable
from bot.dialogue import Session, refine, respond
from bot.gaps.aggregate import Scope
from bot.gaps.log import flush_pending, record_gap
from bot.models import AgeRange, Answer, GapReason, Hit, Offer, Prompt, Request
from bot.privacy import pseudonymise
from bot.reports import doubtful_offers, has_open_report, open_reports, record_report
from bot.settings import Settings
from bot.state import StateStore
from bot.understanding import Context, understand
from bot.understanding import warm as warm_understanding

if TYPE_CHECKING:
    from bot.gaps.view import GapView

__all__ = ["Assistant", "CatalogueUnavailable", "Nearby", "PlaceChoice", "Scope", "Session"]

# One request that reaches every part of understanding (foreign words, an age, a place, a need,
# a language, a word nothing explains), so that `warm` builds all of it.
WARM_UP = ("Merhaba, Kind 3 yaşında in Kamen-Methler, spricht kaum, Sprachförderung auf Türkisch? "
           "Oder ein Kinderhospiz?")
# A location farther than this from every place of the Kreis is outside our catalogue.
MAX_LOCATION_KM = 25.0
# Modules whose import builds what every assistant of the package shares and no catalogue or
# setting changes (the foreign rules): a process that forks assistants preloads them once.
SHARED_WARM_MODULES = ("bot.understanding.prewarmed",)
WHOLE_LOG = Scope()  # the whole Kreis, all time


@dataclass(frozen=True, slots=True)
class PlaceChoice:
    """What a place typed in words resolved to: one place, or the places it may mean."""

    key: str | None
    name: str | None
    candidates: tuple[str, ...] = ()


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
    def catalogue_ready(self) -> bool:
        """Tell whether offers can be answered now (the file exists and loads); health checks
        report a missing catalogue instead of calling the service healthy."""
        try:
            self.holder.current()
        except CatalogueUnavailable:
            return False
        return True

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

    def pseudonym(self, user_id: int | str) -> str:
        """The keyed pseudonym a channel stores instead of its user id."""
        return str(pseudonymise(user_id, self.settings.secret))

    def warm(self) -> None:
        """Build the vocabulary indexes and compiled patterns before the first user waits.

        The first request otherwise pays for them (about a second of CPU), and in a channel that
        answers in worker threads the first few requests each built them at once.
        """
        try:
            catalogue = self.catalogue
        except CatalogueUnavailable:
            return
        warm_understanding(catalogue)
        respond(WARM_UP, catalogue, Session())  # nothing is recorded

    # --- conversation -----------------------------------------------------------------------

    def respond(
        self, text: str, session: Session | None = None, *, channel: str = "cli",
        user: str | None = None,
    ) -> tuple[Answer, Session]:  # fmt: skip
        """Answer a message; a gap is recorded once, on the first page of an answer.

        A reply to thanks or unreadable text carries the open case's gap but records nothing.
        """
        try:
            catalogue = self.catalogue
        except CatalogueUnavailable:
            return unavailable(text), session or Session()
        answer, session = respond(text, catalogue, session)
        if answer.is_gap and answer.page.number == 0 and answer.prompt is None:
            answer = self._record(answer, catalogue, channel, user)
        return self._mark_doubtful(answer), session

    def refine(
        self, session: Session, *, age: AgeRange | None = None, place: str | None = None,
        channel: str = "cli", user: str | None = None,
    ) -> tuple[Answer, Session]:  # fmt: skip
        """Apply a button's choice (an age, a place) to the session's last request."""
        try:
            catalogue = self.catalogue
        except CatalogueUnavailable:
            return unavailable(session.request.text if session.request else ""), session
        answer, session = refine(session, catalogue, age=age, place=place)
        if answer.is_gap:
            answer = self._record(answer, catalogue, channel, user)
        return self._mark_doubtful(answer), session

    def search(self, query: str, *, default_place: str | None = None) -> list[Hit]:
        """Offers for a query without recording anything (inline mode: every keystroke asks).

        An offer id finds that offer; words are answered like a first message of a conversation.
        """
        query = query.strip()
        catalogue = self.catalogue
        offer = catalogue.by_id.get(query.upper())
        if offer is not None:
            return self._flag([Hit(offer, 1.0)])
        answer, _session = respond(query, catalogue, Session(default_place=default_place))
        return self._flag([*answer.offers, *answer.alternatives])

    def not_helpful(self, session: Session, *, channel: str, user: str | None = None) -> None:
        """Record that an answer did not help: evidence of a gap even though offers were shown."""
        if session.request is None:
            return
        answer = Answer(session.request, gap=GapReason.NOT_HELPFUL)
        self._record(answer, self.catalogue, channel, user)

    # --- places and offers ------------------------------------------------------------------

    def resolve_place(self, text: str) -> PlaceChoice:
        """Read a place from words (`/ort Methler`): its key and name, or the candidates."""
        catalogue = self.catalogue
        request = understand(text, catalogue, Context(None))
        if request.place is None:
            return PlaceChoice(None, None, request.place_candidates)
        return PlaceChoice(request.place, catalogue.place_name(request.place))

    def place_name(self, key: str) -> str:
        return self.catalogue.place_name(key)

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

    def open_reports(self) -> list[dict[str, object]]:
        """Reports from the field waiting for a curator, oldest first."""
        return open_reports(self.store)

    def stale_offers(self, today: dt.date | None = None) -> list[Offer]:
        """Offers not verified for a long time, oldest first (the curators' to-do list)."""
        from bot.exchange.check import stale_offers

        return stale_offers(self.catalogue, today)

    def redeem_invite(self, code: str, user: str) -> bool:
        """Spend a one-time code from `python -m bot invite` for a channel's user (pseudonym)."""
        from bot.invites import spend_invite

        return spend_invite(self.store, code, user)

    def doubtful(self) -> set[str]:
        """Ids of offers several users reported as outdated, until a curator resolves them.

        The one place that decides whether an offer is shown as doubtful; with `--no-log` the
        state database is not opened and nothing is doubtful.
        """
        return doubtful_offers(self.store) if self.log_gaps else set()

    def _flag(self, hits: Iterable[Hit], doubtful: set[str] | None = None) -> list[Hit]:
        hits = list(hits)
        if doubtful is None:
            doubtful = self.doubtful() if hits else set()
        return [replace(h, doubtful=h.offer.id in doubtful) for h in hits]

    def _mark_doubtful(self, answer: Answer) -> Answer:
        if not (answer.offers or answer.alternatives or answer.details):
            return answer
        doubtful = self.doubtful()
        if not doubtful:
            return answer
        details = self._flag([answer.details], doubtful)[0] if answer.details else None
        return replace(answer, offers=tuple(self._flag(answer.offers, doubtful)),
                       alternatives=tuple(self._flag(answer.alternatives, doubtful)),
                       details=details)  # fmt: skip

    # --- the user's data (subject rights) ---------------------------------------------------

    def user_data(self, user: str) -> dict[str, list[dict[str, object]]]:
        """Every stored row about a user, table by table (`/meine_daten`)."""
        from bot.privacy.subject import user_data

        return user_data(self.store, user)

    def delete_user_data(self, user: str) -> int:
        """Delete everything about a user; gap counts stay without the link (`/loeschen`)."""
        from bot.privacy.subject import delete_user_data

        return delete_user_data(self.store, user)

    def privacy_notice(self) -> str:
        """What is stored, why, for how long, and the user's rights."""
        from bot.privacy.subject import describe_storage

        return describe_storage(self.settings.retention_days)

    # --- the planning team's gap report -----------------------------------------------------

    def gap_summary(self, scope: Scope = WHOLE_LOG) -> str:
        """The gap summary in a few lines, for a municipality and period."""
        from bot.gaps.summary import summary_text

        return summary_text(self._gap_view(scope))

    def gap_heatmap(self, scope: Scope = WHOLE_LOG) -> bytes:
        """The demand heat map (life phase × place) as PNG."""
        from bot.gaps.charts import demand_png

        return demand_png(self._gap_view(scope))

    def gap_workbook(self, scope: Scope = WHOLE_LOG) -> bytes:
        """The gap log of a scope as an XLSX workbook."""
        from bot.gaps.export import workbook_bytes

        return workbook_bytes(self._gap_view(scope))

    def gap_report_html(self, scope: Scope = WHOLE_LOG) -> str:
        """The planners' gap report as one HTML document."""
        from bot.gaps.report import render_html

        return render_html(self._gap_view(scope), self.settings.retention_days)

    def gap_csv(self, scope: Scope = WHOLE_LOG) -> dict[str, bytes]:
        """The gap report's tables as CSV files (name → bytes), as `gaps report --csv` writes."""
        import tempfile

        from bot.gaps.export import write_csv

        view = self._gap_view(scope)
        with tempfile.TemporaryDirectory() as folder:
            return {path.name: path.read_bytes() for path in write_csv(view, Path(folder))}

    def _gap_view(self, scope: Scope) -> GapView:
        from bot.gaps.view import build_view

        return build_view(self.store, self.catalogue, municipality=scope.municipality,
                          since=scope.since, until=scope.until)  # fmt: skip

    def purge_gaps(self) -> int:
        """Delete gap texts past the retention period; return the number of rows touched."""
        from bot.gaps.retention import purge

        return int(purge(self.store, self.settings.retention_days))

    def flush_gaps(self) -> int:
        """Write the gap rows the state database refused earlier (read-only, full, locked)."""
        return flush_pending(self.store) if self.log_gaps else 0

    def _record(
        self, answer: Answer, catalogue: Catalogue, channel: str, user: str | None
    ) -> Answer:
        """Write a gap to the log unless logging is off (`--no-log`: nothing is written), and
        return the answer marked as recorded only when it was."""
        if not self.log_gaps:
            return answer
        record_gap(self.store, answer, catalogue.gazetteer, channel=channel, user=user)
        return replace(answer, recorded=True)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def unavailable(text: str) -> Answer:
    """The answer while no catalogue is loaded: a notice, no gap row.

    Not a gap: the catalogue may well hold an offer, and without it the request cannot even be
    understood (places, topics), so a row would be evidence of an outage, not of a missing offer.
    """
    return Answer(Request(text=text.strip()), prompt=Prompt.CATALOGUE_UNAVAILABLE)

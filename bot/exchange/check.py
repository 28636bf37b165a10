"""Keep the catalogue true: what a curator should look at before professionals stop trusting it.

Offers not verified for a year, likely duplicates (the same offer entered twice by two Träger
lists), offers that cannot be found because topic, age or area is missing, and the coverage of
life phases per municipality and district, which shows planners where the Präventionskette breaks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.catalogue.index import Catalogue
from bot.i18n import _
from bot.models import PHASE_LABELS, PHASES, AgeRange, Offer
from bot.text import fold

STALE_MONTHS = 12
DUPLICATE_SCORE = 90.0  # rapidfuzz token_sort_ratio of the names, in one place
PROVIDER_SCORE = 80.0  # … and of the providers


def months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def stale_offers(
    catalogue: Catalogue, today: dt.date | None = None, months: int = STALE_MONTHS
) -> list[Offer]:
    """Offers last verified before the cut-off (or never), oldest first."""
    cutoff = months_before(today or dt.date.today(), months).isoformat()
    stale = [o for o in catalogue.offers if not o.last_checked or o.last_checked < cutoff]
    return sorted(stale, key=lambda o: (o.last_checked or "", o.id))


@dataclass(frozen=True, slots=True)
class Duplicate:
    first: Offer
    second: Offer
    score: float


def likely_duplicates(catalogue: Catalogue, threshold: float = DUPLICATE_SCORE) -> list[Duplicate]:
    """Pairs in one place whose names and providers are both nearly the same.

    Names and providers are compared separately: one Träger's many offers in a town share the
    provider, and one programme ("Elternstart NRW") runs under many providers.
    """
    by_place: dict[tuple[str, str], list[Offer]] = {}
    for offer in catalogue.offers:
        by_place.setdefault((offer.municipality, offer.district or ""), []).append(offer)
    found: list[Duplicate] = []
    for offers in by_place.values():
        names = [fold(o.name) for o in offers]
        providers = [fold(o.provider) for o in offers]
        for i in range(len(offers)):
            for j in range(i + 1, len(offers)):
                name = fuzz.token_sort_ratio(names[i], names[j], score_cutoff=threshold)
                if not name:
                    continue
                provider = fuzz.token_sort_ratio(providers[i], providers[j])
                if provider >= PROVIDER_SCORE or not (providers[i] and providers[j]):
                    found.append(Duplicate(offers[i], offers[j], round(name, 1)))
    return sorted(found, key=lambda d: -d.score)


def incomplete_offers(catalogue: Catalogue) -> list[tuple[Offer, list[str]]]:
    """Offers missing what matching needs: a topic, an age range, a service area."""
    result = []
    for offer in catalogue.offers:
        missing = []
        if not offer.topics:
            missing.append(_("topic"))
        if offer.age_min is None and offer.age_max is None:
            missing.append(_("age"))
        if not offer.service_area:
            missing.append(_("area"))
        if missing:
            result.append((offer, missing))
    return result


def coverage(catalogue: Catalogue) -> list[tuple[str, dict[str, int]]]:
    """Offers per life phase for every municipality and district (rows in gazetteer order)."""
    gazetteer = catalogue.gazetteer
    rows: list[tuple[str, dict[str, int]]] = []
    ranges = [(key, AgeRange(low, high)) for key, low, high in PHASES]
    for municipality in gazetteer.municipalities:
        for place in (municipality, *gazetteer.districts_of(municipality.key)):
            serving = [o for o in catalogue.offers if gazetteer.serves(o.service_area, place.key)]
            counts = {
                key: sum(1 for o in serving if span.overlaps(o.age_min, o.age_max))
                for key, span in ranges
            }
            rows.append((place.key, counts))
    return rows


def render_coverage(catalogue: Catalogue) -> list[str]:
    width = max(len(p.name) for p in catalogue.gazetteer.places.values()) + 2
    head = "".join(f"{PHASE_LABELS[k]:>16}" for k, _lo, _hi in PHASES)
    lines = [f"{'':<{width}}{head}"]
    for key, counts in coverage(catalogue):
        place = catalogue.gazetteer[key]
        name = place.name if place.kind == "municipality" else f"  {place.name}"
        cells = "".join(f"{(str(n) if n else '– 0'):>16}" for n in counts.values())
        lines.append(f"{name:<{width}}{cells}")
    return lines


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `catalogue check` found; the command line prints it, other front ends may show it."""

    months: int
    stale: list[Offer]
    duplicates: list[Duplicate]
    incomplete: list[tuple[Offer, list[str]]]

    @property
    def findings(self) -> int:
        """How many things a curator should look at (coverage is no finding)."""
        return len(self.stale) + len(self.duplicates) + len(self.incomplete)


def check_catalogue(
    catalogue: Catalogue, today: dt.date | None = None, months: int = STALE_MONTHS
) -> CheckReport:
    return CheckReport(months, stale_offers(catalogue, today, months),
                       likely_duplicates(catalogue), incomplete_offers(catalogue))  # fmt: skip


def render_check(
    catalogue: Catalogue, today: dt.date | None = None, months: int = STALE_MONTHS
) -> tuple[str, int]:
    """Return the check report and the number of findings (coverage is no finding)."""
    report = check_catalogue(catalogue, today, months)
    return format_check(report, catalogue), report.findings


def format_check(report: CheckReport, catalogue: Catalogue) -> str:
    """The check report as text, with the coverage table of life phases per place."""
    lines: list[str] = []
    stale, months = report.stale, report.months
    lines.append(
        _("Not verified for more than {months} months: {count}").format(
            months=months, count=len(stale)
        )
    )
    for offer in stale:
        lines.append(
            f"  {offer.id:<12} {offer.last_checked or _('never'):<11} "
            f"{offer.name} ({offer.provider})"
        )
    duplicates = report.duplicates
    lines.append("")
    lines.append(_("Likely duplicates: {count}").format(count=len(duplicates)))
    for pair in duplicates:
        lines.append(
            f"  {pair.first.id} ~ {pair.second.id} ({pair.score:.0f}): "
            f"{pair.first.name} / {pair.second.name}"
        )
    incomplete = report.incomplete
    lines.append("")
    lines.append(_("Offers without topic, age or area: {count}").format(count=len(incomplete)))
    for offer, missing in incomplete:
        lines.append(
            f"  {offer.id:<12} "
            + _("missing: {what}").format(what=", ".join(missing))
            + f" – {offer.name}"
        )
    lines.append("")
    lines.append(_("Coverage: offers per life phase and place (– 0: no offer)"))
    lines.extend(render_coverage(catalogue))
    return "\n".join(lines)

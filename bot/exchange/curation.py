"""The curators' view of "Angaben veraltet/falsch melden": open reports grouped by offer.

An offer reported by DOUBTFUL_AFTER different users is shown as doubtful in answers until a
curator confirms it (`catalogue confirm`) or imports a changed entry, so this list is sorted with
those offers first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.i18n import _
from bot.reports import DOUBTFUL_AFTER, open_reports
from bot.state import StateStore


@dataclass
class OfferReports:
    offer_id: str
    name: str
    reports: int = 0
    users: set[str] = field(default_factory=set)
    first: str = ""
    last: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def doubtful(self) -> bool:
        return len(self.users) >= DOUBTFUL_AFTER


def grouped_reports(store: StateStore, names: dict[str, str]) -> list[OfferReports]:
    """Open reports per offer, doubtful offers first, then the most reported."""
    groups: dict[str, OfferReports] = {}
    for row in open_reports(store):
        offer_id = str(row["offer_id"])
        group = groups.setdefault(offer_id, OfferReports(offer_id, names.get(offer_id, "?")))
        group.reports += 1
        group.users.add(str(row["user"] or f"#{row['id']}"))
        created = str(row["created_at"])
        group.first = min(group.first or created, created)
        group.last = max(group.last, created)
        if row["note"]:
            group.notes.append(str(row["note"]))
    return sorted(groups.values(), key=lambda g: (not g.doubtful, -g.reports, g.offer_id))


def render_reports(catalogue: Path, state: Path) -> str:
    if not Path(state).exists():
        return _("No open reports.")
    names: dict[str, str] = {}
    if Path(catalogue).exists():
        from bot.catalogue.store import read_rows

        names = {o.id: o.name for o in read_rows(Path(catalogue))[2]}
    store = StateStore(state)
    try:
        groups = grouped_reports(store, names)
    finally:
        store.close()
    if not groups:
        return _("No open reports.")
    lines = [_("Open reports: {count} offers").format(count=len(groups))]
    for group in groups:
        flag = _("DOUBTFUL") if group.doubtful else ""
        lines.append(
            _(
                "{offer} {flag} – {name}: {reports} reports from {users} users, {first} … {last}"
            ).format(
                offer=group.offer_id,
                flag=flag,
                name=group.name,
                reports=group.reports,
                users=len(group.users),
                first=group.first[:10],
                last=group.last[:10],
            )
        )
        for note in group.notes[-5:]:
            lines.append(f"    „{note}“")
    lines.append(
        _("Confirm a checked entry with: python -m bot catalogue confirm OFFER_ID [--fixed]")
    )
    return "\n".join(lines)

"""What an import changes: new, changed, removed and unchanged offers, as data.

The command line prints it, a web form could show it; computing it belongs to the library, not to
a command handler.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.models import Offer


@dataclass(frozen=True, slots=True)
class ImportDiff:
    """Offer ids an import adds, changes and removes compared with the current catalogue."""

    read: int
    new: frozenset[str]
    changed: frozenset[str]
    removed: frozenset[str]
    unchanged: frozenset[str]


def import_diff(current: Iterable[Offer], imported: Iterable[Offer], read: int) -> ImportDiff:
    """Compare the offers before and after an import (`read`: rows the source file held)."""
    old = {o.id: o for o in current}
    new = {o.id: o for o in imported}
    both = old.keys() & new.keys()
    changed = frozenset(i for i in both if old[i] != new[i])
    return ImportDiff(
        read=read,
        new=frozenset(new.keys() - old.keys()),
        changed=changed,
        removed=frozenset(old.keys() - new.keys()),
        unchanged=frozenset(both - changed),
    )

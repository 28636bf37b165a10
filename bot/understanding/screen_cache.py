"""The foreign rules' screens as read once, kept on disk for every later process of the package.

Why: each foreign rule key's screen is read off its patterns by Python's own `re` parser — the
strings a match opens with, the strings every match needs — about two minutes of CPU for all
keys at stop 56 (it grows with every language). Every start of the bot, of the web channel and
of a core process paid them again, and a core process that replaced a dead one kept its first
user waiting that long (long enough, on a loaded machine, for the fake Bot API's tests to give
up). What is read is a pure function
of the package's code and data, so it is written to a file named by a digest of both and read
back by every later process: a changed package gets a new file, and a missing, unreadable or
foreign file costs only the reading. The file is JSON (nothing in it is executed) and holds
patterns of the shipped rules only, never a user's text.

Where: `LOTSE_CACHE_DIR`, else `$XDG_CACHE_HOME/praeventionslotse`, else
`~/.cache/praeventionslotse`; `LOTSE_CACHE_DIR=off` keeps nothing on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parents[1]
FORMAT = 1
_SKIPPED = {"__pycache__"}
STALE_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True, slots=True)
class Analysis:
    """One rule key's screen as `foreign_vocabulary.Vocabulary` uses it."""

    openings: tuple[str, ...]
    source: str
    needed: tuple[frozenset[str], ...]


def directory() -> Path | None:
    """The cache directory, or None when caching is switched off."""
    chosen = os.environ.get("LOTSE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "praeventionslotse"


@cache
def package_digest() -> str:
    """A digest of every file of the package (code and data) and of the Python version: the
    `re` parser the analysis uses changes between versions."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and not _SKIPPED & set(path.parts) and path.suffix != ".pyc":
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def path() -> Path | None:
    found = directory()
    return None if found is None else found / f"screens-{package_digest()}.json"


def written() -> bool:
    """Whether an earlier process left this package's analyses (or caching is off, so there
    is nothing to prepare)."""
    file = path()
    return file is None or file.exists()


def load() -> dict[str, Analysis]:
    """The analyses an earlier process wrote for this package (empty when there are none)."""
    file = path()
    if file is None or not file.exists():
        return {}
    try:
        rows = json.loads(file.read_text(encoding="utf-8"))
        return {key: Analysis(tuple(opening), source, tuple(frozenset(s) for s in needed))
                for key, (opening, source, needed) in rows.items()}  # fmt: skip
    except (OSError, ValueError, TypeError, AttributeError) as error:
        log.warning("screen cache unreadable, read again file=%s reason=%s", file.name,
                    type(error).__name__)  # fmt: skip
        return {}


def save(analyses: dict[str, Analysis]) -> None:
    """Write the analyses for later processes, whole or not at all (a temporary file renamed
    into place: a process reading at the same time finds the old file or the new one)."""
    file = path()
    if file is None:
        return
    rows = {key: [list(a.openings), a.source, [sorted(s) for s in a.needed]]
            for key, a in analyses.items()}  # fmt: skip
    temporary: str | None = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=file.parent,
                                         prefix=".screens-", delete=False) as out:  # fmt: skip
            temporary = out.name
            json.dump(rows, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, file)
    except OSError as error:  # a read-only home: every process reads the screens itself
        log.info("screen cache not written reason=%s", type(error).__name__)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return
    _forget_old(file)


def _forget_old(kept: Path) -> None:
    """Remove the files of other package versions nobody wrote for a week (a checkout that is
    still used rewrites its own when it finds it gone)."""
    for other in kept.parent.glob("screens-*.json"):
        with contextlib.suppress(OSError):
            if other != kept and time.time() - other.stat().st_mtime > STALE_SECONDS:
                other.unlink()


__all__ = ["Analysis", "directory", "load", "package_digest", "save", "written"]

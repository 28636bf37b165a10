"""The foreign rules' screens as read once, kept on disk for every later process of the package.

Why: each foreign rule key's screen is read off its patterns by Python's own `re` parser — the
strings a match opens with, the strings every match needs — about two minutes of CPU for all
keys at stop 56 (it grows with every language). Every start of the bot, of the web channel and
of a core process paid them again, and a core process that replaced a dead one kept its first
user waiting that long (long enough, on a loaded machine, for the fake Bot API's tests to give
up). What is read is a pure function
of a key's rules and of the code that reads them, so each key's analysis is stored under a digest
of its rules (`Vocabulary.entry`), in a file named by a digest of that code (`code_digest`):
an edited rule file costs the reading of the keys it changed, not of all 5,500 (a developer's
every test run paid two minutes for a one-line change); changed reading code gets a new file; a
missing, unreadable or foreign file costs only the reading. The file is JSON (nothing in it is
executed) and holds patterns of the shipped rules only, never a user's text.

Where: `LOTSE_CACHE_DIR`, else `$XDG_CACHE_HOME/praeventionslotse`, else
`~/.cache/praeventionslotse`; `LOTSE_CACHE_DIR=off` keeps nothing on disk.
"""

from __future__ import annotations

import ast
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
FORMAT = 2  # 2: entries by a digest of their rules, file by a digest of the reading code
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


# The reading's code is `foreign_vocabulary` and what it imports of the package (found by
# `_code_files`); the only data it reads are the everyday words that rank a screen's strings.
_READING_ROOT = "bot.understanding.foreign_vocabulary"
_DATA_READ = ("data/common_words.txt", "data/frequent_words.txt")


def _module_file(name: str) -> Path | None:
    """The file of a module of the package (a package's own `__init__` only when it is the one
    imported: importing a submodule does not make its package's code part of the reading)."""
    top, *inner = name.split(".")
    if top != PACKAGE.name:
        return None
    place = PACKAGE.joinpath(*inner)
    module = place.parent / f"{place.name}.py"
    if inner and module.is_file():
        return module
    package = place / "__init__.py"
    return package if package.is_file() else None


def _imported(file: Path) -> list[str]:
    """The package's modules a file imports (from `from X import a`: X.a when it is a module)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules = [f"{node.module}.{alias.name}" for alias in node.names]
            named = [m for m in modules if _module_file(m) is not None]
            found += named if len(named) == len(modules) else [node.module, *named]
    return [name for name in found if _module_file(name) is not None]


def _code_files() -> list[Path]:
    """The files whose content decides what the reading returns: its modules, found by their
    imports, and the data files it reads."""
    seen: dict[str, Path] = {}
    waiting = [_READING_ROOT]
    while waiting:
        name = waiting.pop()
        file = _module_file(name)
        if name in seen or file is None:
            continue
        seen[name] = file
        waiting += _imported(file)
    return sorted({*seen.values(), *(PACKAGE / data for data in _DATA_READ)})


@cache
def code_digest() -> str:
    """A digest of the reading's code and data and of the Python version: the `re` parser the
    reading uses changes between versions."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for file in _code_files():
        digest.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()[:24]


def path() -> Path | None:
    found = directory()
    return None if found is None else found / f"screens-{code_digest()}.json"


def written() -> bool:
    """Whether an earlier process left analyses for this reading code (or caching is off, so
    there is nothing to prepare). Some keys may still be missing after an edit of the rules:
    they are read where they are first needed, a few at a time."""
    file = path()
    return file is None or file.exists()


def load() -> dict[str, Analysis]:
    """The analyses earlier processes wrote, by entry (empty when there are none)."""
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


def save(analyses: dict[str, Analysis], earlier: dict[str, Analysis] | None = None) -> None:
    """Write the analyses for later processes, whole or not at all (a temporary file renamed
    into place: a process reading at the same time finds the old file or the new one).

    Entries of `earlier` (the file as loaded) that this process did not use are kept, up to as
    many as it used: two checkouts of different rules sharing the cache (branches, worktrees)
    then do not read each other's keys again after every switch, and the file stays bounded."""
    file = path()
    if file is None:
        return
    earlier = earlier or {}
    unused = [key for key in earlier if key not in analyses][: len(analyses)]
    kept = {**{key: earlier[key] for key in unused}, **analyses}
    rows = {key: [list(a.openings), a.source, [sorted(s) for s in a.needed]]
            for key, a in kept.items()}  # fmt: skip
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
    """Remove the files of other versions of the reading code nobody wrote for a week (a
    checkout that is still used rewrites its own when it finds it gone)."""
    for other in kept.parent.glob("screens-*.json"):
        with contextlib.suppress(OSError):
            if other != kept and time.time() - other.stat().st_mtime > STALE_SECONDS:
                other.unlink()


__all__ = ["Analysis", "code_digest", "directory", "load", "save", "written"]

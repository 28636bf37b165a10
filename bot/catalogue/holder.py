"""Hot reload: a running bot picks up a newly imported catalogue without a restart.

Imports replace `catalogue.db` by renaming a complete new file into place, so a changed inode or
modification time means a whole new catalogue. The holder loads it into a new `Catalogue` object
and swaps one reference: a request that already holds the old object finishes on the old one,
the next one sees the new one, and none ever sees half of each.

A missing or broken file at start does not stop the bot: the holder starts empty, `current()`
raises `CatalogueUnavailable` (channels answer with a notice instead of offers) and every call
at most `check_every` seconds apart tries the file again, so the first good file is used at once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

from bot.catalogue.index import Catalogue

log = logging.getLogger(__name__)
CHECK_EVERY_SECONDS = 2.0
# What a missing, unreadable, non-SQLite or empty file raises; anything else is a bug.
LOAD_ERRORS = (OSError, sqlite3.Error, ValueError)


class CatalogueUnavailable(RuntimeError):
    """No catalogue has been loaded yet: the file is missing or broken (retried on each use)."""


class CatalogueHolder:
    def __init__(self, path: Path, check_every: float = CHECK_EVERY_SECONDS) -> None:
        self.path = Path(path)
        self.check_every = check_every
        self._lock = threading.Lock()
        self._catalogue: Catalogue | None = None
        self._signature: tuple[int, int, int] | None = None
        self._failed: tuple[int, int, int] | None = None  # a broken file is tried only once
        self._checked = time.monotonic()
        try:
            signature = self._stat()
            self._catalogue = _load(self.path)
            self._signature = signature
        except LOAD_ERRORS as error:
            log.error("catalogue unavailable path=%s reason=%s retry_every_s=%.0f: answering "
                      "with a notice until a good file is in place", self.path,
                      type(error).__name__, check_every)  # fmt: skip

    def _stat(self) -> tuple[int, int, int]:
        info = os.stat(self.path)
        return (info.st_ino, info.st_mtime_ns, info.st_size)

    @property
    def available(self) -> bool:
        return self._catalogue is not None

    def current(self) -> Catalogue:
        """Return the catalogue to answer with, reloading it if the file was replaced."""
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self.reload_if_changed()
        catalogue = self._catalogue
        if catalogue is None:
            raise CatalogueUnavailable(str(self.path))
        return catalogue

    def reload_if_changed(self) -> bool:
        with self._lock:
            self._checked = time.monotonic()
            try:
                signature = self._stat()
            except FileNotFoundError:
                return False
            if signature in (self._signature, self._failed):
                return False
            try:
                fresh = _load(self.path)
            except Exception as error:  # a broken file must not take the bot down: keep the old
                if self._catalogue is None:
                    log.error("catalogue still unavailable path=%s reason=%s", self.path,
                              type(error).__name__)  # fmt: skip
                else:
                    log.exception("catalogue reload failed; keeping the loaded catalogue")
                self._failed = signature
                return False
            first = self._catalogue is None
            self._catalogue, self._signature = fresh, signature
            log.info("catalogue %s: %d offers", "loaded" if first else "reloaded", len(fresh))
            return True


def _load(path: Path) -> Catalogue:
    fresh = Catalogue.load(path)
    if not fresh.offers:
        raise ValueError("the catalogue has no offers")
    return fresh

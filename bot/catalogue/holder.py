"""Hot reload: a running bot picks up a newly imported catalogue without a restart.

Imports replace `catalogue.db` by renaming a complete new file into place, so a changed inode or
modification time means a whole new catalogue. The holder loads it into a new `Catalogue` object
and swaps one reference: a request that already holds the old object finishes on the old one,
the next one sees the new one, and none ever sees half of each.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from bot.catalogue.index import Catalogue

log = logging.getLogger(__name__)
CHECK_EVERY_SECONDS = 2.0


class CatalogueHolder:
    def __init__(self, path: Path, check_every: float = CHECK_EVERY_SECONDS) -> None:
        self.path = Path(path)
        self.check_every = check_every
        self._lock = threading.Lock()
        self._signature = self._stat()
        self._catalogue = Catalogue.load(self.path)
        self._checked = time.monotonic()
        self._failed: tuple[int, int, int] | None = None  # a broken file is tried only once

    def _stat(self) -> tuple[int, int, int]:
        info = os.stat(self.path)
        return (info.st_ino, info.st_mtime_ns, info.st_size)

    def current(self) -> Catalogue:
        """Return the catalogue to answer with, reloading it if the file was replaced."""
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self.reload_if_changed()
        return self._catalogue

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
                fresh = Catalogue.load(self.path)
                if not fresh.offers:
                    raise ValueError("the new catalogue has no offers")
            except Exception:  # a broken file must not take the bot down: keep the old one
                log.exception("catalogue reload failed; keeping the loaded catalogue")
                self._failed = signature
                return False
            self._catalogue, self._signature = fresh, signature
            log.info("catalogue reloaded: %d offers", len(fresh))
            return True

"""The state database: everything the assistant writes (gap log, preferences, sessions, reports).

It is a separate file from `catalogue.db`, so that replacing the catalogue never touches evidence.
Its tables are declared in `bot.storage`; opening a store creates all of them.
SQLite in WAL mode with a generous busy timeout and `BEGIN IMMEDIATE` transactions lets several
processes and threads write at once without losing a row; each thread gets its own connection.

A state database the bot cannot write at start (read-only file or mount, full disk, not a
database) does not stop it: the store falls back to an in-memory copy (sessions, settings and
invitations keep working until the restart), says so once in the log, and `durable_write`
refuses, so the gap log spools its rows (bot/gaps/log.py) instead of acknowledging rows that a
restart would lose. Every `durable_write` at most `reopen_every` seconds apart tries the file
again; once it takes writes the store goes back to it (what only memory held is dropped).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from bot.storage import create_tables

T = TypeVar("T")
log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 30_000
REOPEN_SECONDS = 10.0


class StateStore:
    """Thread-safe access to the state database; writes are serialised and retried."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            with contextlib.suppress(OSError):  # unwritable: opening fails below, memory serves
                self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        # Why the file could not be written at start (None: it can); then `_memory` serves.
        self.fallback: str | None = None
        self._memory: sqlite_utils.Database | None = None
        self.reopen_every = REOPEN_SECONDS
        self._tried = time.monotonic()
        try:
            with self.write() as db:
                _create_schemas(db)
        except sqlite3.DatabaseError as error:  # read-only, full, unopenable, not a database
            if str(path) == ":memory:":
                raise
            self.close()
            self._fall_back(error)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)  # fmt: skip
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _fall_back(self, error: sqlite3.Error) -> None:
        """Serve from memory: a copy of the file when it can still be read, else empty."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        copied = False
        for mode in ("ro", "ro&immutable=1"):  # immutable: no -shm file can be created
            try:
                source = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode={mode}", uri=True)
                try:
                    source.backup(memory)
                    copied = True
                finally:
                    source.close()
                break
            except sqlite3.Error:
                continue
        memory.execute("PRAGMA foreign_keys = ON")
        self._memory = sqlite_utils.Database(memory)
        with self.write() as db:
            _create_schemas(db)
        self.fallback = str(error).split(":")[0][:80]
        log.error("state database unwritable path=%s reason=%s copied=%s: answering on; sessions "
                  "and settings kept in memory, gap rows spooled, retry_every_s=%.0f", self.path,
                  self.fallback, copied, self.reopen_every)  # fmt: skip

    def _reopen(self) -> bool:
        """Go back to the file if it takes writes now (tried at most every `reopen_every` s)."""
        if time.monotonic() - self._tried < self.reopen_every:
            return False
        self._tried = time.monotonic()
        try:
            probe = sqlite_utils.Database(self._connect())
        except sqlite3.Error:
            return False
        try:
            probe.execute("BEGIN IMMEDIATE")
            _create_schemas(probe)
            probe.execute("COMMIT")
        except sqlite3.Error:
            probe.close()
            return False
        with self._write_lock:
            memory, self._memory, self.fallback = self._memory, None, None
            self._local = threading.local()
            self._local.db = probe
        if memory is not None:
            memory.close()
        log.warning("state database writable again path=%s: what only memory held meanwhile "
                    "(sessions, settings) is dropped", self.path)  # fmt: skip
        return True

    @property
    def durable(self) -> bool:
        """Whether a write reaches the file (False while serving from memory after a fault)."""
        return self.fallback is None

    @contextmanager
    def durable_write(self) -> Iterator[sqlite_utils.Database]:
        """Like `write`, but raise `sqlite3.OperationalError` rather than write only to memory.

        For what must survive a restart or must really be gone (gap rows, deletions).
        """
        if self.fallback is not None and not self._reopen():
            raise sqlite3.OperationalError(f"state database unwritable: {self.fallback}")
        with self.write() as db:
            yield db

    @property
    def db(self) -> sqlite_utils.Database:
        """The calling thread's connection, for reads."""
        if self._memory is not None:
            return self._memory
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite_utils.Database(self._connect())
            self._local.db = db
        return db

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """Run a block as one immediate transaction, retried while another process writes."""
        db = self.db
        with self._write_lock:
            for attempt in range(50):
                try:
                    db.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) and "busy" not in str(error):
                        raise
                    time.sleep(min(0.01 * (attempt + 1), 0.2))
            else:
                db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            else:
                db.execute("COMMIT")

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
        if self._memory is not None:
            self._memory.close()
            self._memory = None


def _create_schemas(db: sqlite_utils.Database) -> None:
    """Create the tables; and write once, since with existing tables that would read only."""
    create_tables(db)
    db.execute("CREATE TABLE IF NOT EXISTS _write_probe (x)")  # fails on a read-only file
    db.execute("DROP TABLE _write_probe")

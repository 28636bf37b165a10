"""The state database: everything the assistant writes (gap log, preferences, sessions, reports).

It is a separate file from `catalogue.db`, so that replacing the catalogue never touches evidence.
Its tables are declared in `bot.storage`; opening a store creates all of them.
SQLite in WAL mode with a generous busy timeout and `BEGIN IMMEDIATE` transactions lets several
processes and threads write at once without losing a row; each thread gets its own connection.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from bot.storage import create_tables

BUSY_TIMEOUT_MS = 30_000


class StateStore:
    """Thread-safe access to the state database; writes are serialised and retried."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        with self.write() as db:
            create_tables(db)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)  # fmt: skip
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @property
    def db(self) -> sqlite_utils.Database:
        """The calling thread's connection, for reads."""
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

"""Findings of a collection kept on disk until someone looks at them.

10,000 files × their findings would otherwise be the bulk of the memory a collection
holds; the summary only needs counts, the window one township at a time, the exports
one pass. A temporary SQLite file, removed when the collection is dropped.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
import weakref
from pathlib import Path

from .entry import FindingRow

_COLUMNS = ("severity", "rule", "message", "location", "quote", "verified_reason")
BATCH = 256  # entries per transaction while reading


class FindingSpool:
    def __init__(self):
        fd, name = tempfile.mkstemp(prefix="township-collect-", suffix=".db")
        os.close(fd)
        self.path = Path(name)
        self.conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute(f"CREATE TABLE findings (entry INTEGER NOT NULL, "
                          f"{', '.join(_COLUMNS)})")
        self.conn.execute("CREATE INDEX idx_entry ON findings (entry)")
        self._pending = 0
        self._next = 0
        self._finalizer = weakref.finalize(self, _remove, self.conn, self.path)

    def put(self, findings: list[FindingRow]) -> int:
        """Store one entry's findings; returns the key to get them back."""
        key = self._next
        self._next += 1
        if self._pending == 0:
            self.conn.execute("BEGIN")
        self.conn.executemany(
            f"INSERT INTO findings VALUES (?, {', '.join('?' * len(_COLUMNS))})",
            [(key, f.severity, f.rule, f.message, f.location, f.quote, f.verified_reason)
             for f in findings])
        self._pending += 1
        if self._pending >= BATCH:
            self.flush()
        return key

    def flush(self) -> None:
        if self._pending:
            self.conn.execute("COMMIT")
            self._pending = 0

    def get(self, key: int) -> list[FindingRow]:
        self.flush()
        return [FindingRow(*row) for row in self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM findings WHERE entry = ? ORDER BY rowid", (key,))]

    def close(self) -> None:
        self._finalizer()


def _remove(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.close()
    finally:
        try:
            path.unlink()
        except OSError:
            pass

"""The county's 汇总.db: every collected submission's indicators and findings by township and
period, the 应报乡镇 list and the indicator-name mapping. Its schema is docs/collection_schema.md.

Plain tables, numbers as the townships wrote them (TEXT), so a province can load many
counties' files into PostgreSQL or DuckDB with plain SQL. Collecting a period again
replaces that period; other periods stay, so the next collection finds its 上期.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from .entry import CollectedFile
from .states import normalize_period, period_key

APPLICATION_ID = 0x5453434C  # "TSCL": a county collection, never mistaken for a report
FORMAT_VERSION = 1

SCHEMA = """
CREATE TABLE collection_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE expected_townships (township TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL);
CREATE TABLE indicator_aliases (alias TEXT PRIMARY KEY NOT NULL, canonical TEXT NOT NULL);
CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    county TEXT NOT NULL,
    year TEXT NOT NULL,
    period TEXT NOT NULL,
    period_order INTEGER NOT NULL,
    collected_at TEXT NOT NULL,
    folder TEXT NOT NULL,
    UNIQUE (year, period)
);
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    file_path TEXT NOT NULL,
    township TEXT NOT NULL,
    county TEXT NOT NULL,
    report_type TEXT NOT NULL,
    year TEXT NOT NULL,
    period TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    used INTEGER NOT NULL,
    errors_now INTEGER NOT NULL,
    warnings_now INTEGER NOT NULL,
    errors_declared INTEGER,
    warnings_declared INTEGER
);
CREATE INDEX idx_submissions_collection ON submissions (collection_id);
CREATE TABLE indicator_values (
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    value TEXT NOT NULL,
    target TEXT NOT NULL,
    previous TEXT NOT NULL,
    formula TEXT NOT NULL
);
CREATE INDEX idx_indicator_values_submission ON indicator_values (submission_id);
CREATE TABLE findings (
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    severity TEXT NOT NULL,
    rule TEXT NOT NULL,
    message TEXT NOT NULL,
    location TEXT NOT NULL,
    quote TEXT NOT NULL,
    verified_reason TEXT
);
CREATE INDEX idx_findings_submission ON findings (submission_id);
"""


class CountyStoreError(Exception):
    """A collection file that cannot be used; the message is for the user."""


class CountyStore:
    """An open 汇总.db; created on first use."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if self.path.is_dir():
            raise CountyStoreError(f"“{self.path}”是文件夹，请给出汇总文件名（如 汇总.db）。")
        if not self.path.parent.is_dir():
            raise CountyStoreError(f"保存汇总文件的文件夹不存在：{self.path.parent}")
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA trusted_schema = OFF")
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            objects = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.Error as exc:
            raise CountyStoreError(f"“{self.path.name}”不是汇总文件或已损坏（{exc}）。") from exc
        if objects == 0:
            self._create()
        elif app_id != APPLICATION_ID:
            self.conn.close()
            raise CountyStoreError(f"“{self.path.name}”不是汇总文件（可能是某个乡镇的报告或上报文件），"
                                   "请另选或新建汇总文件。")
        else:
            version = int(self.info().get("format_version", "0") or 0)
            if version > FORMAT_VERSION:
                self.conn.close()
                raise CountyStoreError(f"“{self.path.name}”由更新版本的程序生成，请升级本程序。")

    def _create(self) -> None:
        with self._transaction():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
            self.conn.execute("INSERT INTO collection_info VALUES ('format_version', ?)",
                              (str(FORMAT_VERSION),))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """All or nothing; a file that cannot be written (read-only, full disk, open in another
        program) becomes a CountyStoreError with the reason."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise CountyStoreError(f"无法写入汇总文件“{self.path.name}”（{exc}）。"
                                   "请确认它没有在其他程序中打开、磁盘未满且可写。") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "CountyStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def info(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM collection_info"))

    # ---- the 应报乡镇 list and the name mapping -------------------------------------------------
    def expected_townships(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT township FROM expected_townships ORDER BY position")]

    def set_expected_townships(self, townships: list[str]) -> None:
        seen: list[str] = []
        for t in townships:
            t = t.strip()
            if t and t not in seen:
                seen.append(t)
        with self._transaction():
            self.conn.execute("DELETE FROM expected_townships")
            self.conn.executemany("INSERT INTO expected_townships VALUES (?, ?)",
                                  [(t, k) for k, t in enumerate(seen)])

    def aliases(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT alias, canonical FROM indicator_aliases"))

    def set_aliases(self, aliases: dict[str, str]) -> None:
        with self._transaction():
            self.conn.execute("DELETE FROM indicator_aliases")
            self.conn.executemany("INSERT INTO indicator_aliases VALUES (?, ?)",
                                  sorted(aliases.items()))

    # ---- collections ------------------------------------------------------------------------
    def save_collection(self, period: tuple[str, str], county: str, folder: str,
                        entries: list[CollectedFile]) -> int:
        """Replace this period's collection with these entries; returns its id."""
        year, name = normalize_period(*period)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._transaction():
            self.conn.execute("DELETE FROM collections WHERE year = ? AND period = ?",
                              (year, name))
            cur = self.conn.execute(
                "INSERT INTO collections (county, year, period, period_order, collected_at, folder)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (county, year, name, _order(year, name), now, folder))
            collection_id = cur.lastrowid
            for e in entries:
                sub = self.conn.execute(
                    "INSERT INTO submissions (collection_id, file_path, township, county,"
                    " report_type, year, period, exported_at, state, reason, used, errors_now,"
                    " warnings_now, errors_declared, warnings_declared)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (collection_id, str(e.path), e.township, e.county, e.report_type, e.year,
                     e.period, e.exported_at, e.state, e.reason, int(e.used), e.errors_now,
                     e.warnings_now, e.errors_declared, e.warnings_declared)).lastrowid
                self.conn.executemany(
                    "INSERT INTO indicator_values VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(sub, k, r.section, r.name, r.unit, r.value, r.target, r.previous, r.formula)
                     for k, r in enumerate(e.indicators)])
                self.conn.executemany(
                    "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(sub, k, f.severity, f.rule, f.message, f.location, f.quote,
                      f.verified_reason) for k, f in enumerate(e.finding_rows())])
        return collection_id

    def periods(self) -> list[tuple[str, str]]:
        return [(y, p) for y, p in self.conn.execute(
            "SELECT year, period FROM collections ORDER BY period_order")]

    def previous_period(self, period: tuple[str, str]) -> tuple[str, str] | None:
        """The latest collected period before this one (上期)."""
        row = self.conn.execute(
            "SELECT year, period FROM collections WHERE period_order < ?"
            " ORDER BY period_order DESC LIMIT 1", (_order(*normalize_period(*period)),)).fetchone()
        return (row[0], row[1]) if row else None

    def used_values(self, period: tuple[str, str]) -> dict[tuple[str, str], tuple[str, str]]:
        """(township, written name) → (value, unit) of the files used in that period."""
        year, name = normalize_period(*period)
        out: dict[tuple[str, str], tuple[str, str]] = {}
        for township, ind, value, unit in self.conn.execute(
                "SELECT s.township, v.name, v.value, v.unit FROM indicator_values v"
                " JOIN submissions s ON s.id = v.submission_id"
                " JOIN collections c ON c.id = s.collection_id"
                " WHERE c.year = ? AND c.period = ? AND s.used = 1"
                " ORDER BY s.id, v.position", (year, name)):
            out.setdefault((township, ind), (value, unit))
        return out


def _order(year: str, period: str) -> int:
    y, rank = period_key(year, period)
    return y * 10 + rank

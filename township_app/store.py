"""One report = one SQLite file. Every method that changes data commits before returning.

The store is the only code that speaks SQL. It keeps sibling positions dense
(0..n-1) so the tree read back is the tree written, and hands out plain
dataclasses from :mod:`township_app.model`.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from .model import NUMBERING_AUTO, TABLE_CAPTION_FIELDS, Indicator, Report, ReportProperties, Section
from .numbers import normalize_number
from .report_schema import (  # noqa: F401  (APPLICATION_ID, MIGRATIONS re-exported for callers)
    APPLICATION_ID, MAX_FIELD_CHARS, MAX_REPORT_CHARS, MAX_TREE_DEPTH, MIGRATIONS, SCHEMA_VERSION,
    ReportFileError, check_connection, check_header, connect_read_only, harden, text_characters,
)


class StoreError(Exception):
    """A file the program cannot use; the message is for the user."""


class NewerFileError(StoreError):
    """Written by a newer version of the program: it may be opened read-only."""


class ReadOnlyFileError(StoreError):
    """The file cannot be written here (read-only medium or file, a received submission);
    it may be opened read-only. The message says why."""


class TextInputError(ValueError):
    """Text SQLite cannot hold (an unpaired surrogate from a broken paste); message for the user."""


def _check_text(values: dict) -> None:
    for value in values.values():
        if isinstance(value, str):
            if len(value) > MAX_FIELD_CHARS:
                raise TextInputError(
                    f"这段文字有 {len(value):,} 字，超过一处文字的上限 {MAX_FIELD_CHARS:,} 字，"
                    "无法保存。请分成几个章节。")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise TextInputError(
                    f"文字中第 {exc.start + 1} 个字符（U+{ord(value[exc.start]):04X}）是残缺字符，"
                    "无法保存（多为复制粘贴带来），请删除后重试。") from None


def validate_text(text: str) -> None:
    """Raise TextInputError for text the file cannot hold; the GUI asks before pushing an edit."""
    _check_text({"text": text})


_SECTION_COLUMNS = ("id", "parent_id", "position", "title", "body", "numbering",
                    "print_table") + TABLE_CAPTION_FIELDS
#: columns a schema version added → (that version, what an older file opened read-only reads)
_COLUMNS_SINCE = {"numbering": (2, f"'{NUMBERING_AUTO}'"), "print_table": (2, "1"),
                  "formula": (2, "''"), "table_title": (5, "''"), "table_unit": (5, "''")}


def _select(columns: tuple[str, ...], version: int) -> str:
    """NULL in a text column (a file written by another tool) reads as empty text."""
    def expression(c: str) -> str:
        since, default = _COLUMNS_SINCE.get(c, (1, ""))
        if since > version:
            return default
        return c if c in ("id", "parent_id", "section_id", "position", "print_table") \
            else f"coalesce({c}, '')"
    return ", ".join(expression(c) for c in columns)


_INDICATOR_COLUMNS = ("id", "section_id", "position") + Indicator.EDITABLE  # model.INDICATOR_COLUMNS


def _row_to_section(row: dict) -> Section:
    return Section(**{**row, "numbering": row["numbering"] or NUMBERING_AUTO,
                      "print_table": bool(row["print_table"])})


def _identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def why_not_writable(path: Path) -> str:
    """Empty when the report can be written where it is, else why not (for the user)."""
    name = path.name
    if not os.access(path.parent, os.W_OK):
        return (f"“{name}”所在的位置不能写入（光盘、写保护的U盘或只读文件夹），只能以只读方式打开；"
                "如需修改，请用“另存为”保存到可写的位置。")
    if not os.access(path, os.W_OK):
        return (f"“{name}”是只读文件（文件属性设为只读），只能以只读方式打开；"
                "如需修改，请先取消文件的只读属性，或用“另存为”保存一份。")
    return ""


def _open_failure(name: str, exc: sqlite3.Error) -> str:
    """Why SQLite could not open a file that passed the header check; permission is not damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return f"“{name}”已损坏，无法读取（{exc}）。"
    return f"无法打开“{name}”：{os_reason(exc)}"


class ReportStore:
    """An open report file."""

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, create: bool = False,
                 before_write: Callable[[Path], None] | None = None, snapshot: bool = False):
        """Open (or create) a report file; StoreError with a message when it cannot be used.

        The file is checked (report_schema.check_connection) before anything reads or
        writes it; before_write(path) runs after that check and before the first change
        to the file (the window makes its backup copy there). snapshot: a one-time read
        (the commands) that leaves no -wal/-shm beside a file nobody has open.
        """
        self.path = Path(path)
        self.read_only = read_only or snapshot
        self._snapshot = snapshot
        read_only = self.read_only
        self.read_only_reason = ""  # set when the medium forced a read-only open
        self._conn: sqlite3.Connection | None = None
        name = self.path.name
        if create:
            self._open_new()
            return
        try:
            check_header(self.path)
        except ReportFileError as exc:
            raise StoreError(str(exc)) from exc
        if not read_only:
            reason = why_not_writable(self.path)
            if reason:
                raise ReadOnlyFileError(reason)
        try:
            self._conn = self._connect_read_only() if read_only else harden(sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False))
            facts = check_connection(self._conn, name)
        except ReportFileError as exc:
            self.close()
            raise StoreError(str(exc)) from exc
        except sqlite3.Error as exc:
            self.close()
            raise StoreError(_open_failure(name, exc)) from exc
        if facts.newer and not read_only:
            self.close()
            raise NewerFileError(
                f"“{name}”由更新版本的程序保存（格式版本 {facts.version}，本程序支持到 "
                f"{SCHEMA_VERSION}），只能以只读方式打开。")
        if facts.is_submission and not read_only:
            self.close()
            raise ReadOnlyFileError(
                f"“{name}”是收到的上报文件，为保持原样只能以只读方式打开；"
                "如需修改，请用“另存为”保存一份。")
        self.db = sqlite_utils.Database(self._conn)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            try:
                if before_write is not None:
                    before_write(self.path)
            except BaseException:
                self.close()
                raise
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = FULL")
                self._migrate(facts.version)
            except sqlite3.Error as exc:
                self.close()
                raise StoreError(_open_failure(name, exc)) from exc
        self.schema_version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        self._section_select = _select(_SECTION_COLUMNS, self.schema_version)
        self._indicator_select = _select(_INDICATOR_COLUMNS, self.schema_version)
        self._identity = _identity(self.path)

    def _open_new(self) -> None:
        """A new, empty report file (the name must be free or an empty file).

        Anything else under the name (someone's database, a .docx, one of our reports)
        is refused before SQLite opens it, so that file is left exactly as it was."""
        name = self.path.name
        try:
            occupied = self.path.stat().st_size > 0
        except FileNotFoundError:
            occupied = False
        except OSError as exc:
            raise StoreError(f"无法建立“{name}”：{os_reason(exc)}") from exc
        if occupied:
            raise StoreError(f"“{name}”已存在且不是空文件，不能在其上新建报告。")
        try:
            conn = harden(sqlite3.connect(str(self.path), isolation_level=None,
                                          check_same_thread=False))
            self._conn = conn
            self.db = sqlite_utils.Database(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            self._migrate(0)
        except sqlite3.Error as exc:
            self.close()
            raise StoreError(_open_failure(name, exc)) from exc
        self.schema_version = SCHEMA_VERSION
        self._section_select = _select(_SECTION_COLUMNS, SCHEMA_VERSION)
        self._indicator_select = _select(_INDICATOR_COLUMNS, SCHEMA_VERSION)
        self._identity = _identity(self.path)

    def _connect_read_only(self) -> sqlite3.Connection:
        """mode=ro; on media nobody can write (a CD, a write-protected stick) immutable=1,
        since a WAL file there cannot get the -shm SQLite needs even for reading."""
        if self._snapshot and not Path(f"{self.path}-wal").exists():
            # nobody writes it now (a writer keeps a -wal): read it as it is, creating nothing
            return connect_read_only(self.path, immutable=True)
        conn = connect_read_only(self.path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error:
            conn.close()
            if os.access(self.path.parent, os.W_OK):
                raise
        conn = connect_read_only(self.path, immutable=True)
        self.read_only_reason = (f"“{self.path.name}”所在的位置不能写入（光盘、写保护的U盘或只读文件夹），"
                                 "以只读方式打开。")
        return conn

    def location_problem(self) -> str:
        """Empty while the file is where it was opened; else why not (a USB stick pulled,
        a folder unmounted or deleted): edits would then go into nowhere."""
        try:
            if _identity(self.path) == self._identity:
                return ""
        except OSError:
            pass
        if not self.path.parent.is_dir():
            where = "所在的文件夹已不存在（U盘可能已拔出）"
        elif not self.path.exists():
            where = "已不在原处（被删除、移走或U盘已拔出）"
        else:
            where = "已被另一个同名文件替换"
        return (f"报告文件“{self.path.name}”{where}。之后的修改无法保存到该文件；"
                "请立即用“另存为”把报告保存到其他位置。")

    # ---- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, report: Report | None = None) -> "ReportStore":
        store = cls(path, create=True)
        if report is not None:
            try:
                store.write_report(report)
            except BaseException:
                store.close()  # the caller never gets the store to close
                raise
        return store

    def _migrate(self, version: int) -> None:
        for target in range(version, SCHEMA_VERSION):
            with self.transaction():
                MIGRATIONS[target](self.db)
                self._conn.execute(f"PRAGMA user_version = {target + 1}")
                self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                if target == 0:
                    self.db["report"].insert({"id": 1})

    def close(self) -> None:
        if self._conn is not None:
            try:
                if not self.read_only:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "ReportStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing for multi-step edits; nested use joins the outer one."""
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException:
            # a failed COMMIT (disk full, stick pulled) must not leave the transaction open:
            # every later edit would join it and be lost at close
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def save_copy(self, target: str | os.PathLike) -> None:
        """A self-contained copy (no -wal beside it) through SQLite's backup API, put in place
        under the target's lock with the target's leftover -wal/-shm removed (report_replace)."""
        from .report_replace import write_report_file

        write_report_file(Path(target), self.copy_into)

    def copy_into(self, staged: Path) -> None:
        """Write this report, as it is now, into the new file `staged` (rollback journal)."""
        open(staged, "wb").close()  # an OSError with errno, not SQLite's bare "unable to open"
        dest = sqlite3.connect(str(staged))
        try:
            self._conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()

    # ---- properties ------------------------------------------------------------------------
    def properties(self) -> ReportProperties:
        names = ReportProperties.field_names()
        row = self._conn.execute(f"SELECT {', '.join(names)} FROM report WHERE id = 1").fetchone()
        return ReportProperties(**{k: v or "" for k, v in zip(names, row)})

    def set_properties(self, **values: str) -> None:
        unknown = set(values) - set(ReportProperties.field_names())
        if unknown:
            raise KeyError(f"unknown report properties: {sorted(unknown)}")
        _check_text(values)
        self._check_total(values)
        with self.transaction():
            self.db["report"].update(1, values)

    # ---- sections --------------------------------------------------------------------------
    def sections(self) -> list[Section]:
        rows = self._conn.execute(
            f"SELECT {self._section_select} FROM sections ORDER BY parent_id, position"
        )
        return [_row_to_section(dict(zip(_SECTION_COLUMNS, r))) for r in rows]

    def section(self, section_id: int) -> Section:
        row = self._conn.execute(
            f"SELECT {self._section_select} FROM sections WHERE id = ?", (section_id,)
        ).fetchone()
        if row is None:
            raise KeyError(section_id)
        return _row_to_section(dict(zip(_SECTION_COLUMNS, row)))

    def child_ids(self, parent_id: int | None) -> list[int]:
        if parent_id is None:
            rows = self._conn.execute(
                "SELECT id FROM sections WHERE parent_id IS NULL ORDER BY position")
        else:
            rows = self._conn.execute(
                "SELECT id FROM sections WHERE parent_id = ? ORDER BY position", (parent_id,))
        return [r[0] for r in rows]

    def add_section(self, parent_id: int | None, position: int | None = None, *, title: str = "",
                    body: str = "", numbering: str = NUMBERING_AUTO, print_table: bool = True,
                    table_title: str = "", table_unit: str = "",
                    section_id: int | None = None) -> int:
        texts = {"title": title, "body": body, "table_title": table_title,
                 "table_unit": table_unit}
        _check_text(texts)
        self._check_total(texts)
        with self.transaction():
            if parent_id is not None:
                self._check_depth(parent_id, 1)
            siblings = self.child_ids(parent_id)
            if position is None or position > len(siblings):
                position = len(siblings)
            self._shift(parent_id, position, +1)
            record = {"parent_id": parent_id, "position": position, "title": title,
                      "body": body, "numbering": numbering, "print_table": int(print_table),
                      "table_title": table_title, "table_unit": table_unit}
            if section_id is not None:
                record["id"] = section_id
            return self.db["sections"].insert(record).last_pk

    def update_section(self, section_id: int, **values) -> None:
        allowed = {"title", "body", "numbering", "print_table", *TABLE_CAPTION_FIELDS}
        if set(values) - allowed:
            raise KeyError(f"not editable: {sorted(set(values) - allowed)}")
        if "print_table" in values:
            values["print_table"] = int(values["print_table"])
        _check_text(values)
        self._check_total(values)
        if not values:
            return
        assignments = ", ".join(f"{name} = ?" for name in values)  # names checked above
        with self.transaction():
            self._conn.execute(f"UPDATE sections SET {assignments} WHERE id = ?",
                               (*values.values(), section_id))

    def subtree_ids(self, section_id: int) -> list[int]:
        rows = self._conn.execute(
            """WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL
                   SELECT s.id FROM sections s JOIN sub ON s.parent_id = sub.id)
               SELECT id FROM sub""",
            (section_id,),
        )
        return [r[0] for r in rows]

    def delete_section(self, section_id: int) -> "SubtreeSnapshot":
        """Remove a section with its descendants and indicators; returns what undo needs."""
        with self.transaction():
            snapshot = self.snapshot_subtree(section_id)
            root = snapshot.sections[0]
            ids = [s.id for s in snapshot.sections]
            marks = ",".join("?" * len(ids))
            self._conn.execute(f"DELETE FROM indicators WHERE section_id IN ({marks})", ids)
            # children first so the parent foreign key never dangles
            for sid in reversed(ids):
                self._conn.execute("DELETE FROM sections WHERE id = ?", (sid,))
            self._shift(root.parent_id, root.position + 1, -1)
        return snapshot

    def snapshot_subtree(self, section_id: int) -> "SubtreeSnapshot":
        ids = self.subtree_ids(section_id)
        sections = [self.section(i) for i in ids]
        indicators = [ind for sid in ids for ind in self.indicators(sid)]
        return SubtreeSnapshot(sections, indicators)

    def restore_subtree(self, snapshot: "SubtreeSnapshot") -> None:
        """Put a deleted subtree back where it was, with its ids (undo of delete)."""
        with self.transaction():
            root = snapshot.sections[0]
            self._shift(root.parent_id, root.position, +1)
            for s in snapshot.sections:
                record = asdict(s)
                record["print_table"] = int(s.print_table)
                self.db["sections"].insert(record)
            for ind in snapshot.indicators:
                self.db["indicators"].insert(asdict(ind))

    def move_section(self, section_id: int, new_parent_id: int | None, new_position: int) -> None:
        """Move a subtree; new_position counts among the new siblings without the moved one."""
        with self.transaction():
            if new_parent_id is not None and new_parent_id in self.subtree_ids(section_id):
                raise ValueError("cannot move a section into its own subtree")
            if new_parent_id is not None:
                self._check_depth(new_parent_id, self._height(section_id))
            current = self.section(section_id)
            self._shift(current.parent_id, current.position + 1, -1)
            self._conn.execute("UPDATE sections SET position = -1 WHERE id = ?", (section_id,))
            siblings = [i for i in self.child_ids(new_parent_id) if i != section_id]
            new_position = max(0, min(new_position, len(siblings)))
            self._shift(new_parent_id, new_position, +1, exclude=section_id)
            self._conn.execute(
                "UPDATE sections SET parent_id = ?, position = ? WHERE id = ?",
                (new_parent_id, new_position, section_id),
            )

    def _check_depth(self, parent_id: int, height: int) -> None:
        """A file deeper than model.MAX_TREE_DEPTH would not open again: refuse it."""
        depth = self._conn.execute(
            """WITH RECURSIVE up(id, n) AS (SELECT ?, 1 UNION ALL
                   SELECT s.parent_id, n + 1 FROM sections s JOIN up ON s.id = up.id
                   WHERE s.parent_id IS NOT NULL AND n <= ?)
               SELECT max(n) FROM up""", (parent_id, MAX_TREE_DEPTH)).fetchone()[0]
        if depth + height > MAX_TREE_DEPTH:
            raise StoreError(f"章节最多 {MAX_TREE_DEPTH} 层，不能再往下加层级。")

    def _height(self, section_id: int) -> int:
        return self._conn.execute(
            """WITH RECURSIVE down(id, n) AS (SELECT ?, 1 UNION ALL
                   SELECT s.id, n + 1 FROM sections s JOIN down ON s.parent_id = down.id
                   WHERE n <= ?)
               SELECT max(n) FROM down""", (section_id, MAX_TREE_DEPTH)).fetchone()[0]

    def _check_total(self, values: dict) -> None:
        """A big paste must not make a report the next open refuses (MAX_REPORT_CHARS)."""
        added = sum(len(v) for v in values.values() if isinstance(v, str))
        if added < 100_000:  # only big pastes pay for the count
            return
        if text_characters(self._conn) + added > MAX_REPORT_CHARS:
            raise TextInputError(f"加上这段文字，报告将超过 {MAX_REPORT_CHARS:,} 字的上限，无法保存。")

    def _shift(self, parent_id: int | None, from_position: int, delta: int,
               exclude: int | None = None) -> None:
        where = "parent_id IS NULL" if parent_id is None else "parent_id = ?"
        params: list = [] if parent_id is None else [parent_id]
        sql = f"UPDATE sections SET position = position + ? WHERE {where} AND position >= ?"
        params = [delta, *params, from_position]
        if exclude is not None:
            sql += " AND id != ?"
            params.append(exclude)
        self._conn.execute(sql, params)

    # ---- indicators ------------------------------------------------------------------------
    def indicators(self, section_id: int | None = None) -> list[Indicator]:
        cols = self._indicator_select
        if section_id is None:
            rows = self._conn.execute(
                f"SELECT {cols} FROM indicators ORDER BY section_id, position")
        else:
            rows = self._conn.execute(
                f"SELECT {cols} FROM indicators WHERE section_id = ? ORDER BY position",
                (section_id,))
        return [Indicator(**dict(zip(_INDICATOR_COLUMNS, r))) for r in rows]

    def indicator(self, indicator_id: int) -> Indicator:
        row = self._conn.execute(f"SELECT {self._indicator_select} FROM indicators WHERE id = ?",
                                 (indicator_id,)).fetchone()
        if row is None:
            raise KeyError(indicator_id)
        return Indicator(**dict(zip(_INDICATOR_COLUMNS, row)))

    def add_indicator(self, section_id: int, position: int | None = None, *,
                      indicator_id: int | None = None, **values: str) -> int:
        values = self._clean_indicator_values(values)
        self._check_total(values)
        with self.transaction():
            count = self._conn.execute(
                "SELECT count(*) FROM indicators WHERE section_id = ?", (section_id,)
            ).fetchone()[0]
            if position is None or position > count:
                position = count
            self._conn.execute(
                "UPDATE indicators SET position = position + 1 "
                "WHERE section_id = ? AND position >= ?", (section_id, position))
            record = {"section_id": section_id, "position": position, **values}
            if indicator_id is not None:
                record["id"] = indicator_id
            return self.db["indicators"].insert(record).last_pk

    def update_indicator(self, indicator_id: int, **values: str) -> None:
        """Numeric columns are normalized; a bad number raises NumberInputError, nothing written."""
        values = self._clean_indicator_values(values)
        self._check_total(values)
        with self.transaction():
            self.db["indicators"].update(indicator_id, values)

    def delete_indicator(self, indicator_id: int) -> Indicator:
        with self.transaction():
            ind = self.indicator(indicator_id)
            self._conn.execute("DELETE FROM indicators WHERE id = ?", (indicator_id,))
            self._conn.execute(
                "UPDATE indicators SET position = position - 1 "
                "WHERE section_id = ? AND position > ?", (ind.section_id, ind.position))
        return ind

    def move_indicator(self, indicator_id: int, new_position: int) -> None:
        with self.transaction():
            ind = self.indicator(indicator_id)
            ids = [i.id for i in self.indicators(ind.section_id) if i.id != indicator_id]
            new_position = max(0, min(new_position, len(ids)))
            ids.insert(new_position, indicator_id)
            for pos, iid in enumerate(ids):
                self._conn.execute("UPDATE indicators SET position = ? WHERE id = ?", (pos, iid))

    @staticmethod
    def _clean_indicator_values(values: dict) -> dict:
        unknown = set(values) - set(Indicator.EDITABLE)
        if unknown:
            raise KeyError(f"not editable: {sorted(unknown)}")
        _check_text(values)
        return {k: normalize_number(v) if k in Indicator.NUMERIC else v
                for k, v in values.items()}

    # ---- verified findings (已核实) -----------------------------------------------------------
    def verified_findings(self) -> dict[str, dict]:
        return {r["fingerprint"]: r for r in self.db["verified_findings"].rows}

    def set_verified(self, fingerprint: str, rule: str, reason: str, verified_at: str) -> None:
        with self.transaction():
            self.db["verified_findings"].upsert(
                {"fingerprint": fingerprint, "rule": rule, "reason": reason,
                 "verified_at": verified_at}, pk="fingerprint")

    def unset_verified(self, fingerprint: str) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM verified_findings WHERE fingerprint = ?",
                               (fingerprint,))

    # ---- 检查设置 ---------------------------------------------------------------------------
    def families_off(self) -> frozenset[str]:
        """The rule families this report switched off (report_check decides what they mean)."""
        if self.schema_version < 4:  # an older file opened read-only: nothing switched off
            return frozenset()
        return frozenset(r[0] for r in self._conn.execute(
            "SELECT family FROM check_families_off"))

    def set_families_off(self, families: Iterable[str]) -> None:
        families = sorted(set(families))
        if not all(isinstance(f, str) and f for f in families):
            raise ValueError(f"family names are non-empty text: {families!r}")
        with self.transaction():
            self._conn.execute("DELETE FROM check_families_off")
            self._conn.executemany("INSERT INTO check_families_off (family) VALUES (?)",
                                   [(f,) for f in families])

    # ---- whole reports ---------------------------------------------------------------------
    def load_report(self) -> Report:
        return Report(self.properties(), self.sections(), self.indicators(),
                      self.families_off())

    def write_report(self, report: Report) -> dict[int, int]:
        """Add a whole report (from a template or an importer); returns old id → new id."""
        id_map: dict[int, int] = {}
        with self.transaction():
            self.set_properties(**report.properties.as_dict())
            for view in report.walk():
                s = view.section
                parent = id_map.get(s.parent_id) if s.parent_id is not None else None
                new_id = self.add_section(parent, title=s.title, body=s.body,
                                          numbering=s.numbering, print_table=s.print_table,
                                          table_title=s.table_title, table_unit=s.table_unit)
                if s.id is not None:
                    id_map[s.id] = new_id
            for ind in sorted(report.indicators, key=lambda i: (i.section_id, i.position)):
                self.add_indicator(id_map[ind.section_id],
                                   **{k: getattr(ind, k) for k in Indicator.EDITABLE})
            if report.families_off:
                self.set_families_off(report.families_off)
        return id_map

    def total_characters(self) -> int:
        from .model import count_characters
        return count_characters(self.load_report().plain_text())


class SubtreeSnapshot:
    """A deleted section with its descendants (parents first) and their indicators."""

    def __init__(self, sections: list[Section], indicators: Iterable[Indicator]):
        self.sections = sections
        self.indicators = list(indicators)


def os_reason(exc: BaseException) -> str:
    import errno

    code = getattr(exc, "errno", None)
    sqlite_code = getattr(exc, "sqlite_errorcode", None)  # extended code; low byte = primary
    primary = sqlite_code & 0xFF if sqlite_code is not None else None
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) \
            or primary == sqlite3.SQLITE_FULL:
        return "磁盘空间不足。"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) \
            or primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return "没有写入权限（文件夹只读或被占用）。"
    if code == errno.ENOENT:
        return "目标文件夹不存在（U盘可能已拔出）。"
    if code == errno.ENOTDIR:
        return "目标路径无效：其中有一段是文件而不是文件夹。"
    if code == errno.EIO or primary == sqlite3.SQLITE_IOERR:
        return "读写出错（磁盘或U盘可能已断开或损坏）。"
    if primary == sqlite3.SQLITE_CANTOPEN:
        return "无法建立文件（文件夹不存在、只读，或U盘已拔出）。"
    return str(exc)

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

from .model import NUMBERING_AUTO, Indicator, Report, ReportProperties, Section
from .numbers import normalize_number

APPLICATION_ID = 0x54534150  # "TSAP": marks a file as ours in the SQLite header


class StoreError(Exception):
    """A file the program cannot use; the message is for the user."""


class NewerFileError(StoreError):
    pass


class TextInputError(ValueError):
    """Text SQLite cannot hold (an unpaired surrogate from a broken paste); message for the user."""


def _check_text(values: dict) -> None:
    for value in values.values():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise TextInputError(
                    f"文字中第 {exc.start + 1} 个字符（U+{ord(value[exc.start]):04X}）是残缺字符，"
                    "无法保存（多为复制粘贴带来），请删除后重试。") from None


def validate_text(text: str) -> None:
    """Raise TextInputError for text the file cannot hold; the GUI asks before pushing an edit."""
    _check_text({"text": text})


def _migrate_1(db: sqlite_utils.Database) -> None:
    """The first layout: properties, the section tree and indicator rows."""
    db["report"].create(
        {"id": int, **{name: str for name in _V1_PROPERTIES}}, pk="id", not_null={"id"}
    )
    db["sections"].create(
        {"id": int, "parent_id": int, "position": int, "title": str, "body": str},
        pk="id",
        foreign_keys=[("parent_id", "sections", "id")],
        defaults={"title": "", "body": "", "position": 0},
    )
    db["indicators"].create(
        {
            "id": int,
            "section_id": int,
            "position": int,
            "name": str,
            "value": str,
            "unit": str,
            "target": str,
            "previous": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("section_id", "sections", "id")],
        defaults={k: "" for k in ("name", "value", "unit", "target", "previous", "note")},
    )


def _migrate_2(db: sqlite_utils.Database) -> None:
    """Numbering style and table printing per section; check formulas; verified findings."""
    db["sections"].add_column("numbering", str, not_null_default=NUMBERING_AUTO)
    db["sections"].add_column("print_table", int, not_null_default=1)
    db["indicators"].add_column("formula", str, not_null_default="")
    db["verified_findings"].create(
        {"fingerprint": str, "rule": str, "reason": str, "verified_at": str},
        pk="fingerprint",
    )


def _migrate_3(db: sqlite_utils.Database) -> None:
    """Indexes for sibling and row order: adding row 10,000 costs what adding row 10 does."""
    db["sections"].create_index(["parent_id", "position"], index_name="idx_sections_parent")
    db["indicators"].create_index(["section_id", "position"], index_name="idx_indicators_section")


_V1_PROPERTIES = ("report_type", "township", "county", "year", "period", "title", "issuer",
                  "doc_date", "template")

#: index i migrates a file from user_version i to i + 1
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migrate_1, _migrate_2, _migrate_3]
SCHEMA_VERSION = len(MIGRATIONS)

_SECTION_COLUMNS = ("id", "parent_id", "position", "title", "body", "numbering", "print_table")
_INDICATOR_COLUMNS = ("id", "section_id", "position", "name", "value", "unit", "target",
                      "previous", "note", "formula")


def _row_to_section(row: dict) -> Section:
    return Section(**{**row, "print_table": bool(row["print_table"])})


class ReportStore:
    """An open report file."""

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, create: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if not create and not self.path.exists():
            raise StoreError(f"文件不存在：{self.path}")
        try:
            if read_only:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(self.path), isolation_level=None,
                                       check_same_thread=False)
            self._conn = conn
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"无法打开“{self.path.name}”：文件已损坏或不是报告文件（{exc}）。") from exc
        self.db = sqlite_utils.Database(conn)
        if create:
            if version != 0 or conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"“{self.path.name}”已存在且不是空文件，不能在其上新建报告。")
        elif app_id != APPLICATION_ID:
            self.close()
            raise StoreError(f"“{self.path.name}”不是本程序的报告文件。")
        if version > SCHEMA_VERSION:
            if not read_only:
                self.close()
                raise NewerFileError(
                    f"“{self.path.name}”由更新版本的程序保存（格式版本 {version}，本程序支持到 "
                    f"{SCHEMA_VERSION}），只能以只读方式打开。"
                )
        elif not create:
            self._validate_schema()
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            self._migrate(version)
        self.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]

    def _validate_schema(self) -> None:
        """Refuse a file with triggers, views or tables we did not make, before any read."""
        from .schema_check import ReportFileError, validate_report_schema
        from .submission import META_SQL, META_TABLE

        has_meta = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (META_TABLE,)
        ).fetchone() is not None
        try:
            validate_report_schema(self._conn, extra_tables=(META_SQL,) if has_meta else (),
                                   name=self.path.name)
        except ReportFileError as exc:
            self.close()
            raise StoreError(str(exc)) from exc

    # ---- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, report: Report | None = None) -> "ReportStore":
        store = cls(path, create=True)
        if report is not None:
            store.write_report(report)
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
        """A self-contained copy (no -wal beside it) through SQLite's backup API."""
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        try:
            if tmp.exists():
                tmp.unlink()
            open(tmp, "wb").close()  # an OSError with errno, not SQLite's bare "unable to open"
            dest = sqlite3.connect(str(tmp))
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.DatabaseError) as exc:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise StoreError(f"无法写入“{target}”：{os_reason(exc)}") from exc

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
        with self.transaction():
            self.db["report"].update(1, values)

    # ---- sections --------------------------------------------------------------------------
    def sections(self) -> list[Section]:
        rows = self._conn.execute(
            f"SELECT {', '.join(_SECTION_COLUMNS)} FROM sections ORDER BY parent_id, position"
        )
        return [_row_to_section(dict(zip(_SECTION_COLUMNS, r))) for r in rows]

    def section(self, section_id: int) -> Section:
        row = self._conn.execute(
            f"SELECT {', '.join(_SECTION_COLUMNS)} FROM sections WHERE id = ?", (section_id,)
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
                    section_id: int | None = None) -> int:
        _check_text({"title": title, "body": body})
        with self.transaction():
            siblings = self.child_ids(parent_id)
            if position is None or position > len(siblings):
                position = len(siblings)
            self._shift(parent_id, position, +1)
            record = {"parent_id": parent_id, "position": position, "title": title,
                      "body": body, "numbering": numbering, "print_table": int(print_table)}
            if section_id is not None:
                record["id"] = section_id
            return self.db["sections"].insert(record).last_pk

    def update_section(self, section_id: int, **values) -> None:
        allowed = {"title", "body", "numbering", "print_table"}
        if set(values) - allowed:
            raise KeyError(f"not editable: {sorted(set(values) - allowed)}")
        if "print_table" in values:
            values["print_table"] = int(values["print_table"])
        _check_text(values)
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
        cols = ", ".join(_INDICATOR_COLUMNS)
        if section_id is None:
            rows = self._conn.execute(
                f"SELECT {cols} FROM indicators ORDER BY section_id, position")
        else:
            rows = self._conn.execute(
                f"SELECT {cols} FROM indicators WHERE section_id = ? ORDER BY position",
                (section_id,))
        return [Indicator(**dict(zip(_INDICATOR_COLUMNS, r))) for r in rows]

    def indicator(self, indicator_id: int) -> Indicator:
        try:
            row = self.db["indicators"].get(indicator_id)
        except sqlite_utils.db.NotFoundError:
            raise KeyError(indicator_id) from None
        return Indicator(**{k: row[k] for k in _INDICATOR_COLUMNS})

    def add_indicator(self, section_id: int, position: int | None = None, *,
                      indicator_id: int | None = None, **values: str) -> int:
        values = self._clean_indicator_values(values)
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

    # ---- whole reports ---------------------------------------------------------------------
    def load_report(self) -> Report:
        return Report(self.properties(), self.sections(), self.indicators())

    def write_report(self, report: Report) -> dict[int, int]:
        """Add a whole report (from a template or an importer); returns old id → new id."""
        id_map: dict[int, int] = {}
        with self.transaction():
            self.set_properties(**report.properties.as_dict())
            for view in report.walk():
                s = view.section
                parent = id_map.get(s.parent_id) if s.parent_id is not None else None
                new_id = self.add_section(parent, title=s.title, body=s.body,
                                          numbering=s.numbering, print_table=s.print_table)
                if s.id is not None:
                    id_map[s.id] = new_id
            for ind in sorted(report.indicators, key=lambda i: (i.section_id, i.position)):
                self.add_indicator(id_map[ind.section_id],
                                   **{k: getattr(ind, k) for k in Indicator.EDITABLE})
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

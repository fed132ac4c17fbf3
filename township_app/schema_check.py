"""Is this SQLite file a report of ours, and safe to read? Decided before any data is read.

A file from a USB stick may be broken, from another program, from a newer
version, or built to attack the reader (a trigger, a view, a generated column
that runs a function). The expected layout is not written out by hand: it is
whatever the store's own migrations create, so the check follows the store.
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache

import sqlite_utils

from .store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


class ReportFileError(Exception):
    """A file that cannot be opened as a report; the message is for the user."""


#: table name → its PRAGMA table_xinfo rows and foreign keys: the structure that matters
Schema = dict[str, list[tuple]]


def _table_shape(conn: sqlite3.Connection, table: str) -> list[tuple]:
    quoted = '"' + table.replace('"', '""') + '"'
    columns = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_xinfo({quoted})")]
    keys = [tuple(r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list({quoted})")]
    return columns + [("fk",) + k for k in keys]


def _schema_of(conn: sqlite3.Connection) -> tuple[Schema, set[str]]:
    tables: Schema = {}
    indexes: set[str] = set()
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
        if kind == "table":
            tables[name] = _table_shape(conn, name)
        elif kind == "index":
            indexes.add(name)
    return tables, indexes


@lru_cache(maxsize=None)
def _expected(version: int, extra_sql: tuple[str, ...]) -> tuple[Schema, frozenset[str]]:
    """What the store's migrations up to `version` create, plus the extra tables."""
    conn = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(conn)
    for migrate in MIGRATIONS[:version]:
        migrate(db)
    for sql in extra_sql:
        conn.execute(sql)
    tables, indexes = _schema_of(conn)
    conn.close()
    return tables, frozenset(indexes)


def validate_report_schema(conn: sqlite3.Connection, *, extra_tables: tuple[str, ...] = (),
                           name: str = "文件") -> int:
    """Raise ReportFileError unless conn holds exactly a report's tables; return its version.

    extra_tables: CREATE TABLE statements of tables that must also be there (a
    submission's meta table). No triggers, views or unknown objects are allowed.
    """
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        raise ReportFileError(f"“{name}”已损坏，无法读取（{exc}）。") from exc
    if app_id != APPLICATION_ID or version == 0:
        raise ReportFileError(f"“{name}”不是本程序的报告文件。")
    if version > SCHEMA_VERSION:
        raise ReportFileError(
            f"“{name}”由更新版本的程序生成（格式版本 {version}，本程序支持到 {SCHEMA_VERSION}），"
            "请升级本程序后再打开。")
    kinds = {kind for kind, *_ in objects}
    if "trigger" in kinds or "view" in kinds:
        what = "触发器" if "trigger" in kinds else "视图"
        raise ReportFileError(f"“{name}”含有{what}，不是本程序生成的文件，为安全起见拒绝打开。")
    for kind, obj, _, sql in objects:
        if kind == "table" and sql and not sql.lstrip().upper().startswith("CREATE TABLE"):
            raise ReportFileError(f"“{name}”含有特殊表“{obj}”，不是本程序生成的文件，为安全起见拒绝打开。")
    expected_tables, expected_indexes = _expected(version, tuple(extra_tables))
    try:
        tables, indexes = _schema_of(conn)
    except sqlite3.DatabaseError as exc:
        raise ReportFileError(f"“{name}”的表结构无法读取，文件已损坏或被改动（{exc}）。") from exc
    missing = sorted(set(expected_tables) - set(tables))
    unexpected = sorted(set(tables) - set(expected_tables)) + sorted(indexes - expected_indexes)
    if unexpected:
        shown = "、".join(unexpected[:5])
        raise ReportFileError(f"“{name}”含有本程序不认识的内容（{shown}），为安全起见拒绝打开。")
    if missing:
        raise ReportFileError(f"“{name}”缺少数据表（{'、'.join(missing)}），不是完整的报告文件。")
    for table, shape in expected_tables.items():
        if tables[table] != shape:
            raise ReportFileError(f"“{name}”中数据表“{table}”的结构与本程序不符，文件已被改动或损坏。")
    return version

"""The report file's layout and the one check every open goes through, before anything else.

A report file may come from a USB stick: broken, from another program, from a
newer version, or built to attack the reader (a view that never ends, a trigger,
a CHECK that makes every edit fail, a 1 GB body). Whatever opens a file — the
window, every command, the backup list, the county reading a submission — calls
:func:`open_checked`: cheap checks on the bytes first (size, header, permission),
then a hardened read-only look (``quick_check``, the exact schema the migrations
below make, value types, sizes, the section tree), and only then does the caller
read, copy or write anything.

The store and the submission code both build on this module; it imports neither.
The expected layout is not written out by hand: it is whatever the migrations
create. Later versions of the program only ever add plain tables, columns and
plain indexes, so a newer file is readable (read-only) when it holds nothing else.
"""
from __future__ import annotations

import errno
import re
import sqlite3
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import sqlite_utils

# the size limits are defined with the model, which needs no database to say them
from .model import MAX_FIELD_CHARS, MAX_FILE_BYTES, MAX_REPORT_CHARS, MAX_TREE_DEPTH, NUMBERING_AUTO  # noqa: F401

APPLICATION_ID = 0x54534150  # "TSAP": marks a file as ours in the SQLite header

# ---- size limits: MAX_FILE_BYTES, MAX_FIELD_CHARS, MAX_REPORT_CHARS, MAX_TREE_DEPTH (model.py) ---
MAX_ROWS = 200_000  # sections, and indicator rows, per report


class ReportFileError(Exception):
    """A file that cannot be opened as a report; the message is for the user."""


# ---- the layout: migrations ---------------------------------------------------------------------
_V1_PROPERTIES = ("report_type", "township", "county", "year", "period", "title", "issuer",
                  "doc_date", "template")


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


def _migrate_4(db: sqlite_utils.Database) -> None:
    """检查设置: the rule families a report switched off, one row each (no row: all on)."""
    db["check_families_off"].create({"family": str}, pk="family", not_null={"family"})


def _migrate_5(db: sqlite_utils.Database) -> None:
    """表题 and 单位 line above a section's indicator table (empty: none printed)."""
    db["sections"].add_column("table_title", str, not_null_default="")
    db["sections"].add_column("table_unit", str, not_null_default="")


#: index i migrates a file from user_version i to i + 1
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migrate_1, _migrate_2, _migrate_3,
                                                              _migrate_4, _migrate_5]
SCHEMA_VERSION = len(MIGRATIONS)

#: the table a submission file (上报文件) adds: who sent what when
META_TABLE = "submission_meta"
META_SQL = f'CREATE TABLE "{META_TABLE}" ("key" TEXT PRIMARY KEY NOT NULL, "value" TEXT NOT NULL)'


# ---- connections --------------------------------------------------------------------------------
_PRAGMA_DENIED = {"writable_schema"}


def _authorize(action, arg1, _arg2, _db, _trigger):
    """No ATTACH (reaching other files) and no writable_schema, whatever SQL runs later."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _PRAGMA_DENIED:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Defensive settings for every connection to a report file (ours or a received one)."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    if hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):  # Python 3.12+
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    conn.set_authorizer(_authorize)
    return conn


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """Read-only; immutable for media nobody can write (a CD) or a file that must not change."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return harden(sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False))


# ---- cheap checks on the bytes ----------------------------------------------------------------
def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size < 1024 ** 3 else f"{size / 1024 ** 3:.1f} GB"


def check_header(path: Path, what: str = "报告文件") -> None:
    """Size, permission and SQLite header, before SQLite sees the file."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError as exc:
        raise ReportFileError(f"文件不存在：{path}") from exc
    except IsADirectoryError as exc:
        raise ReportFileError(f"“{path}”是文件夹，不是{what}。") from exc
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ReportFileError(f"没有读取“{name}”的权限（请检查文件属性或让管理员开放权限）。") from exc
        raise ReportFileError(f"无法读取“{name}”：{exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise ReportFileError(
            f"“{name}”有 {_megabytes(size)}，超过报告文件的上限 {_megabytes(MAX_FILE_BYTES)}，"
            "不像是一份工作报告，请确认选择的文件。")
    if not header.startswith(b"SQLite format 3\x00"):
        raise ReportFileError(f"“{name}”不是{what}（不是本程序的数据文件格式）。")
    if len(header) < 100:
        raise ReportFileError(f"“{name}”不完整（文件被截断，可能复制时中断），请重新拷贝。")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise ReportFileError(f"“{name}”的文件头已损坏，无法打开。")
    if pages and size < pages * page_size:
        raise ReportFileError(f"“{name}”不完整（文件被截断，可能复制时中断），请重新拷贝。")


# ---- the schema --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Layout:
    tables: dict[str, list[tuple]]  # name → table_xinfo rows + foreign keys (with actions)
    indexes: dict[str, tuple]  # name → (table, unique, origin, partial, columns)
    words: frozenset[str]  # every bare word the CREATE statements use


_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]")
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9$]*")


def _bare_words(sql: str) -> set[str]:
    """Keywords and unquoted names of a CREATE statement (quoted names and strings removed)."""
    return {w.upper() for w in _WORD.findall(_QUOTED.sub(" ", sql or ""))}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _layout_of(conn: sqlite3.Connection) -> _Layout:
    tables: dict[str, list[tuple]] = {}
    indexes: dict[str, tuple] = {}
    words: set[str] = set()
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"):
        words |= _bare_words(sql)
        if kind == "table":
            columns = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_xinfo({_quote(name)})")]
            keys = [("fk",) + tuple(r[2:8])
                    for r in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})")]
            tables[name] = columns + keys
        elif kind == "index":
            info = {r[1]: r for r in conn.execute(f"PRAGMA index_list({_quote(table)})")}
            row = info.get(name)
            columns = tuple(tuple(r[1:]) for r in conn.execute(
                f"PRAGMA index_xinfo({_quote(name)})"))
            indexes[name] = (table, *(row[2:5] if row else (None, None, None)), columns)
    return _Layout(tables, indexes, frozenset(words))


@lru_cache(maxsize=None)
def _expected(version: int, with_meta: bool) -> _Layout:
    """What the migrations up to `version` create (plus the submission table)."""
    conn = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(conn)
    for migrate in MIGRATIONS[:version]:
        migrate(db)
    if with_meta:
        conn.execute(META_SQL)
    layout = _layout_of(conn)
    names = {w.upper() for w in (*layout.tables, *layout.indexes)} | {
        str(col[0]).upper() for shape in layout.tables.values() for col in shape
        if col and col[0] != "fk"}  # names may also be written unquoted
    conn.close()
    return _Layout(layout.tables, layout.indexes, layout.words | frozenset(names))


@dataclass(frozen=True)
class FileFacts:
    """What the check learned: enough for the caller to decide how to open."""

    version: int
    is_submission: bool  # has the submission meta table: a 上报文件 received from a township

    @property
    def newer(self) -> bool:
        """Written by a newer version: may be read, never written."""
        return self.version > SCHEMA_VERSION


def _refuse_odd_objects(objects: list[tuple], name: str) -> None:
    kinds = {kind for kind, *_ in objects}
    if "trigger" in kinds or "view" in kinds:
        what = "触发器" if "trigger" in kinds else "视图"
        raise ReportFileError(f"“{name}”含有{what}，不是本程序生成的文件，为安全起见拒绝打开。")
    for kind, obj, _, sql in objects:
        if kind == "table" and sql and not sql.lstrip().upper().startswith("CREATE TABLE"):
            raise ReportFileError(
                f"“{name}”含有特殊表“{obj}”，不是本程序生成的文件，为安全起见拒绝打开。")


def _check_layout(conn: sqlite3.Connection, version: int, has_meta: bool, name: str) -> None:
    newer = version > SCHEMA_VERSION
    expected = _expected(min(version, SCHEMA_VERSION), has_meta)
    found = _layout_of(conn)
    missing = sorted(set(expected.tables) - set(found.tables))
    if missing:
        raise ReportFileError(f"“{name}”缺少数据表（{'、'.join(missing)}），不是完整的报告文件。")
    altered = "“{0}”中数据表“{1}”的结构与本程序不符，文件已被改动或损坏。"
    for table, shape in expected.tables.items():
        have = found.tables[table]
        columns = [c for c in have if c[0] != "fk"]
        if newer:  # a later version may add columns after ours, nothing else
            ok = columns[:len([c for c in shape if c[0] != "fk"])] == [
                c for c in shape if c[0] != "fk"] and all(c[-1] == 0 for c in columns)
        else:
            ok = have == shape
        if not ok:
            raise ReportFileError(altered.format(name, table))
    unknown_tables = sorted(set(found.tables) - set(expected.tables))
    unknown_indexes = sorted(set(found.indexes) - set(expected.indexes))
    if not newer and (unknown_tables or unknown_indexes):
        shown = "、".join((unknown_tables + unknown_indexes)[:5])
        raise ReportFileError(f"“{name}”含有本程序不认识的内容（{shown}），为安全起见拒绝打开。")
    for index, shape in found.indexes.items():
        plain = shape[3] == 0 and all(col[0] >= 0 for col in shape[4]
                                      if col[-1])  # not partial; key columns are real columns
        if index in expected.indexes and shape != expected.indexes[index] or not plain:
            raise ReportFileError(f"“{name}”中的索引“{index}”与本程序不符，文件已被改动或损坏。")
    if not newer:
        odd = sorted(found.words - expected.words)
        if odd:  # CHECK, ON CONFLICT, CASCADE, COLLATE, GENERATED, STRICT … that we never write
            raise ReportFileError(f"“{name}”的表定义含有本程序不用的约束（{'、'.join(odd[:3])}），"
                                  "文件已被改动，为安全起见拒绝打开。")


# ---- the data ------------------------------------------------------------------------------------
_TEXT = "typeof({0}) NOT IN ('text', 'null')"
_INT = "typeof({0}) != 'integer'"
_TYPE_RULES = {
    "report": (["id"], [], list(_V1_PROPERTIES)),
    "sections": (["id", "position"], ["parent_id"], ["title", "body"]),
    "indicators": (["id", "section_id", "position"], [],
                   ["name", "value", "unit", "target", "previous", "note"]),
}
_TYPE_RULES_2 = {"sections": (["print_table"], [], ["numbering"]),
                 "indicators": ([], [], ["formula"])}
_TYPE_RULES_5 = {"sections": ([], [], ["table_title", "table_unit"])}
#: the columns a version added, with the version that added them
_TYPE_RULES_SINCE = ((2, _TYPE_RULES_2), (5, _TYPE_RULES_5))
_WHAT = {"report": "报告属性", "sections": "章节", "indicators": "指标"}
#: 检查设置 names a handful of families; more rows, or longer names, are a crafted file
MAX_FAMILY_ROWS = 64
MAX_FAMILY_CHARS = 64


def _rules(table: str, version: int) -> tuple[list[str], list[str], list[str]]:
    """(integer, optional integer, text) columns of a table in a file of this version."""
    ints, optional_ints, texts = _TYPE_RULES[table]
    for since, rules in _TYPE_RULES_SINCE:
        if version >= since and table in rules:
            more = rules[table]
            ints, optional_ints, texts = ints + more[0], optional_ints + more[1], texts + more[2]
    return ints, optional_ints, texts


def _check_values(conn: sqlite3.Connection, version: int, name: str) -> None:
    """Types the program relies on, and sizes it can hold in memory; one scan per table, in C."""
    total = 0
    for table in _TYPE_RULES:
        ints, optional_ints, texts = _rules(table, version)
        wrong = " OR ".join([_INT.format(c) for c in ints]
                            + [f"typeof({c}) NOT IN ('integer', 'null')" for c in optional_ints]
                            + [_TEXT.format(c) for c in texts])
        longest = "max(" + ", ".join(f"coalesce(length({c}), 0)" for c in texts) + ", 0)"
        summed = " + ".join(f"coalesce(length({c}), 0)" for c in texts)
        bad, widest, chars = conn.execute(
            f"SELECT coalesce(sum({wrong}), 0), coalesce(max({longest}), 0), "
            f"coalesce(sum({summed}), 0) FROM {table}").fetchone()
        if bad:
            raise ReportFileError(f"“{name}”中{_WHAT[table]}的数据类型不对，文件已被改动或损坏。")
        if widest > MAX_FIELD_CHARS:
            raise ReportFileError(
                f"“{name}”中有一段{_WHAT[table]}文字长达 {widest:,} 字，超过上限 "
                f"{MAX_FIELD_CHARS:,} 字，不像是一份工作报告，为安全起见拒绝打开。")
        total += chars
    if total > MAX_REPORT_CHARS:
        raise ReportFileError(f"“{name}”共有 {total:,} 字，超过一份报告的上限 {MAX_REPORT_CHARS:,} 字，"
                              "为安全起见拒绝打开。")
    for table in ("sections", "indicators"):
        rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if rows > MAX_ROWS:
            raise ReportFileError(f"“{name}”有 {rows:,} 个{_WHAT[table]}，超过上限 {MAX_ROWS:,}，"
                                  "不像是一份工作报告，为安全起见拒绝打开。")
    if version >= 4:
        rows, bad, longest = conn.execute(
            "SELECT count(*), coalesce(sum(typeof(family) != 'text'), 0), "
            "coalesce(max(length(family)), 0) FROM check_families_off").fetchone()
        if bad or rows > MAX_FAMILY_ROWS or longest > MAX_FAMILY_CHARS:
            raise ReportFileError(f"“{name}”中的检查设置数据不对，文件已被改动或损坏。")
    count, first = conn.execute("SELECT count(*), min(id) FROM report").fetchone()
    if count != 1 or first != 1:
        raise ReportFileError(f"“{name}”中的报告属性缺失或重复，文件已被改动或损坏。")
    orphans = conn.execute(
        "SELECT count(*) FROM indicators WHERE section_id NOT IN (SELECT id FROM sections)"
    ).fetchone()[0]
    if orphans:
        raise ReportFileError(f"“{name}”中有 {orphans} 行指标不属于任何章节，文件已被改动或损坏。")
    _check_tree(conn, name)


def text_characters(conn: sqlite3.Connection) -> int:
    """All characters of a (checked) report's text, counted in SQLite."""
    total = 0
    version = min(conn.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION)
    for table in _TYPE_RULES:
        texts = _rules(table, version)[2]
        summed = " + ".join(f"coalesce(length({c}), 0)" for c in texts)
        total += conn.execute(f"SELECT coalesce(sum({summed}), 0) FROM {table}").fetchone()[0]
    return total


def _check_tree(conn: sqlite3.Connection, name: str) -> None:
    """Every section reachable from the top, no cycles, not absurdly deep: nothing vanishes."""
    children: dict[int | None, list[int]] = {}
    count = 0
    for sid, parent in conn.execute("SELECT id, parent_id FROM sections"):
        children.setdefault(parent, []).append(sid)
        count += 1
    reached = 0
    level, depth = children.get(None, []), 0
    while level:
        reached += len(level)
        depth += 1
        if depth > MAX_TREE_DEPTH:
            raise ReportFileError(
                f"“{name}”的章节层级超过 {MAX_TREE_DEPTH} 层，文件已被改动或损坏。")
        level = [child for sid in level for child in children.pop(sid, ())]
    if reached == count:
        return
    children.pop(None, None)
    lost = sorted(sid for kids in children.values() for sid in kids)
    titles = conn.execute(
        f"SELECT id, substr(coalesce(title, ''), 1, 20) FROM sections WHERE id IN "
        f"({','.join('?' * min(len(lost), 5))}) ORDER BY id", lost[:5]).fetchall()
    shown = "、".join(f"“{t}”" if t else f"第 {i} 号章节" for i, t in titles)
    more = f"等 {len(lost)} 个章节" if len(lost) > 5 else ""
    raise ReportFileError(
        f"“{name}”的章节结构已损坏：{shown}{more}的上级章节缺失或互为上级，"
        "打开会漏掉这些内容，因此拒绝打开。请从备份恢复，或把文件交给技术人员修复。")


# ---- the one entry point --------------------------------------------------------------------------
def check_connection(conn: sqlite3.Connection, name: str, *,
                     require_meta: bool = False, what: str = "报告文件") -> FileFacts:
    """Raise ReportFileError unless conn is a report (or submission) safe to read."""
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError as exc:
            raise ReportFileError(f"“{name}”已损坏或不是{what}，无法读取（{exc}）。") from exc
        if app_id != APPLICATION_ID or version == 0:
            raise ReportFileError(f"“{name}”不是本程序的{what}。")
        _refuse_odd_objects(objects, name)
        verdict = conn.execute("PRAGMA quick_check").fetchall()
        if verdict != [("ok",)]:
            raise ReportFileError(f"“{name}”已损坏（完整性检查未通过），请从备份恢复或重新拷贝。")
        has_meta = any(kind == "table" and obj == META_TABLE for kind, obj, *_ in objects)
        if require_meta and not has_meta:
            raise ReportFileError(
                f"“{name}”是报告文件，不是上报文件：请在程序中用“导出上报文件”生成。")
        _check_layout(conn, version, has_meta, name)
        _check_values(conn, version, name)
    except sqlite3.DatabaseError as exc:
        raise ReportFileError(f"“{name}”已损坏，无法读取（{exc}）。") from exc
    except RecursionError as exc:
        raise ReportFileError(f"“{name}”的结构嵌套过深，文件已被改动或损坏。") from exc
    return FileFacts(version, has_meta)

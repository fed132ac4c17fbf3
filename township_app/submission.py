"""The submission file (上报文件) for the county: one self-contained SQLite file.

It is the report file itself (same tables, so the county opens it with this
program) plus a `submission_meta` table saying who sent what when: township,
period, program and schema version, a hash over the report data, the check
findings at export time and whether the user was asked about unresolved errors.
Opening one is read-only and refuses anything that is not exactly that.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlite_utils

from . import __version__
from . import model
from .model import Indicator, Report, ReportProperties, Section
from .report_replace import write_report_file
from .report_schema import (
    META_SQL, META_TABLE, MIGRATIONS, SCHEMA_VERSION, ReportFileError,
    check_connection, check_header, connect_read_only,
)
from .store import ReportStore, StoreError


class SubmissionError(Exception):
    """A submission that cannot be written or opened; the message is for the user."""


META_KEYS = ("township", "county", "year", "period", "report_type", "title", "exported_at",
             "program_version", "schema_version", "content_hash", "findings_summary",
             "asked_about_errors")
_UNSAFE_NAME_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass
class SubmissionMeta:
    township: str
    county: str
    year: str
    period: str
    report_type: str
    title: str
    exported_at: str  # ISO 8601, local time with its UTC offset (older files: UTC)
    program_version: str
    schema_version: int
    content_hash: str
    findings_summary: dict | None
    asked_about_errors: bool


@dataclass
class Submission:
    report: Report
    meta: SubmissionMeta
    content_matches: bool  # False: the report data was changed after export


# ---- naming and hashing -------------------------------------------------------------------
def suggest_submission_name(properties: ReportProperties, today: date | None = None) -> str:
    """晓坪乡_2018年度工作总结_20190110.db: who, what, and the date it was signed (or today)."""
    township = properties.township.strip() or "未填乡镇"
    kind = properties.report_type.strip()
    year = properties.year.strip()
    if kind:
        period = properties.period.strip()
        if year and kind.startswith("年度"):
            what = f"{year}{kind}"
        elif year and period and kind.startswith(period):
            what = f"{year}年{kind}"
        elif year and period in ("全年", ""):
            what = f"{year}年度{kind}"
        else:
            what = f"{year}年{period}{kind}" if year else kind
    else:
        what = properties.title.strip()[:30] or (f"{year}年工作报告" if year else "工作报告")
    stamp = (properties.doc_date.replace("-", "") if re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                                  properties.doc_date)
             else (today or date.today()).strftime("%Y%m%d"))
    name = _UNSAFE_NAME_CHARS.sub("", f"{township}_{what}_{stamp}").strip(" .")
    return f"{name}.db"


def report_content_hash(report: Report, columns_version: int | None = None) -> str:
    """SHA-256 over the report's properties, tree (by position, not id) and indicator rows.

    The rows are hashed with the fields of `columns_version` (model.INDICATOR_COLUMNS), so a
    column added later leaves the hash of an older submission as it was; hashes of later
    versions carry their version ("v2:…"), see hash_columns_version.
    """
    columns_version = columns_version or model.INDICATOR_COLUMNS_VERSION  # None: this program's
    fields = model.indicator_fields(columns_version)
    ids_to_path: dict[int, tuple[int, ...]] = {}
    sections = []
    for view in report.walk():
        s = view.section
        parent = ids_to_path.get(s.parent_id, ()) if s.parent_id is not None else ()
        path = parent + (s.position,)
        ids_to_path[s.id] = path
        hashed = {
            "path": list(path), "title": s.title, "body": s.body, "numbering": s.numbering,
            "print_table": bool(s.print_table),
            "indicators": [{k: getattr(i, k) for k in fields}
                           for i in report.indicators_of(s.id)],
        }
        # 表题 / 单位 (schema 5) only where set: a report without them hashes as it always did
        hashed.update({k: getattr(s, k) for k in model.TABLE_CAPTION_FIELDS if getattr(s, k)})
        sections.append(hashed)
    canonical = json.dumps({"properties": report.properties.as_dict(), "sections": sections},
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return digest if columns_version == 1 else f"v{columns_version}:{digest}"


def hash_columns_version(content_hash: str) -> int:
    """The indicator-columns version a stored content hash was computed with (bare hex: 1)."""
    head, sep, _ = content_hash.partition(":")
    return int(head[1:]) if sep and head[:1] == "v" and head[1:].isdigit() else 1


def summarize_findings(check_run) -> dict:
    """The JSON-able findings summary of a checks.CheckRun (open findings; verified counted)."""
    return {
        "by_severity": dict(check_run.counts_by_severity),
        "by_rule": dict(sorted(check_run.counts_by_rule.items())),
        "verified": int(check_run.verified_count),
    }


# ---- export -------------------------------------------------------------------------------
def export_submission(store_path: str | os.PathLike, out_path_or_dir: str | os.PathLike,
                      findings_summary: dict | None, asked_about_errors: bool) -> Path:
    """Write the submission file; returns its path. The source report is only read.

    A folder as target gets the suggested name. The file is complete (no -wal/-shm),
    checked by opening it as the county will, and only then moved into place, under the
    target's lock; a half-written file of a killed earlier export is cleared first.
    """
    try:
        with ReportStore(store_path, snapshot=True) as store:
            report = store.load_report()
            target = Path(out_path_or_dir)
            if target.is_dir():
                target = target / suggest_submission_name(report.properties)
            if target.resolve() == Path(store_path).resolve():
                raise SubmissionError("上报文件不能覆盖正在导出的报告文件本身，请另选文件名。")

            def build(staged: Path) -> None:
                store.copy_into(staged)
                _finish_copy(staged, report, findings_summary, asked_about_errors)
                open_submission(staged)  # what the county will do; a failure here is our bug

            return write_report_file(target, build)
    except StoreError as exc:
        raise SubmissionError(str(exc)) from exc


def _finish_copy(path: Path, report: Report, findings_summary: dict | None,
                 asked_about_errors: bool) -> None:
    props = report.properties
    meta = {
        "township": props.township, "county": props.county, "year": props.year,
        "period": props.period, "report_type": props.report_type, "title": props.title,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),  # local + offset
        "program_version": __version__, "schema_version": str(SCHEMA_VERSION),
        "content_hash": report_content_hash(report),
        "findings_summary": json.dumps(findings_summary, ensure_ascii=False, sort_keys=True),
        "asked_about_errors": "1" if asked_about_errors else "0",
    }
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        conn.execute(META_SQL)
        conn.executemany(f'INSERT INTO "{META_TABLE}" (key, value) VALUES (?, ?)', meta.items())
        conn.execute("COMMIT")
        conn.execute("VACUUM")  # compact, and no free pages holding deleted text
    finally:
        conn.close()


# ---- opening (the county side) --------------------------------------------------------------
def open_submission(path: str | os.PathLike) -> Submission:
    """Read a submission file without changing a byte of it; SubmissionError otherwise.

    The file goes through the same check as every report open (report_schema), on an
    immutable read-only connection, and is then read from a copy in memory.
    """
    path = Path(path)
    name = path.name
    try:
        check_header(path, what="上报文件")
        conn = connect_read_only(path, immutable=True)
    except ReportFileError as exc:
        raise SubmissionError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise SubmissionError(f"无法打开“{name}”：{exc}") from exc
    try:
        try:
            facts = check_connection(conn, name, require_meta=True, what="上报文件")
        except ReportFileError as exc:
            raise SubmissionError(str(exc)) from exc
        if facts.newer:
            raise SubmissionError(
                f"“{name}”由更新版本的程序生成（格式版本 {facts.version}，本程序支持到 "
                f"{SCHEMA_VERSION}），请升级本程序后再打开。")
        memory = sqlite3.connect(":memory:", isolation_level=None)
        memory.execute("PRAGMA trusted_schema = OFF")
        try:
            conn.backup(memory)
            _migrate_in_memory(memory, facts.version)
            report = _read_report(memory, name)
            meta = _read_meta(memory, name)
        finally:
            memory.close()
    except sqlite3.DatabaseError as exc:
        raise SubmissionError(f"“{name}”已损坏，无法读取（{exc}）。") from exc
    finally:
        conn.close()
    # hashed with the indicator columns of the version it was exported with
    fresh = report_content_hash(report, hash_columns_version(meta.content_hash))
    return Submission(report, meta, meta.content_hash == fresh)


def _migrate_in_memory(memory: sqlite3.Connection, version: int) -> None:
    """An older submission read as today's layout, without touching the file."""
    db = sqlite_utils.Database(memory)
    for migrate in MIGRATIONS[version:]:
        migrate(db)


def _text(value, what: str, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SubmissionError(f"“{name}”中{what}的数据类型不对，文件已被改动或损坏。")
    return value


def _int(value, what: str, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int):
        raise SubmissionError(f"“{name}”中{what}的数据类型不对，文件已被改动或损坏。")
    return value


def _read_report(conn: sqlite3.Connection, name: str) -> Report:
    fields = ReportProperties.field_names()
    row = conn.execute(f"SELECT {', '.join(fields)} FROM report WHERE id = 1").fetchone()
    if row is None:
        raise SubmissionError(f"“{name}”中没有报告属性，不是完整的上报文件。")
    props = ReportProperties(**{k: _text(v, "报告属性", name) for k, v in zip(fields, row)})
    sections = []
    for sid, parent, pos, title, body, numbering, print_table, table_title, table_unit in \
            conn.execute("SELECT id, parent_id, position, title, body, numbering, print_table, "
                         "table_title, table_unit FROM sections"):
        sections.append(Section(
            id=_int(sid, "章节编号", name), parent_id=_int(parent, "章节编号", name),
            position=_int(pos, "章节顺序", name) or 0, title=_text(title, "章节标题", name),
            body=_text(body, "章节正文", name), numbering=_text(numbering, "编号方式", name),
            print_table=bool(_int(print_table, "打印设置", name)),
            table_title=_text(table_title, "表题", name),
            table_unit=_text(table_unit, "表格单位", name)))
    known = {s.id for s in sections}
    indicators = []
    columns = ("id", "section_id", "position") + Indicator.EDITABLE
    for row in conn.execute(f"SELECT {', '.join(columns)} FROM indicators"):
        values = dict(zip(columns, row))
        if values["section_id"] not in known:
            raise SubmissionError(f"“{name}”中有指标不属于任何章节，文件已被改动或损坏。")
        indicators.append(Indicator(
            id=_int(values["id"], "指标编号", name), section_id=values["section_id"],
            position=_int(values["position"], "指标顺序", name) or 0,
            **{k: _text(values[k], "指标内容", name) for k in Indicator.EDITABLE}))
    # 检查设置 (schema 4; an older file was migrated in memory, so the table is there, empty)
    families_off = frozenset(_text(f, "检查设置", name) for (f,) in
                             conn.execute("SELECT family FROM check_families_off"))
    return Report(props, sections, indicators, families_off)


def _read_meta(conn: sqlite3.Connection, name: str) -> SubmissionMeta:
    rows = dict(conn.execute(f'SELECT key, value FROM "{META_TABLE}"').fetchall())
    missing = [k for k in META_KEYS if not isinstance(rows.get(k), str)]
    if missing:
        raise SubmissionError(f"“{name}”的上报信息不完整（缺少 {'、'.join(missing)}）。")
    try:
        summary = json.loads(rows["findings_summary"])
        schema_version = int(rows["schema_version"])
    except ValueError as exc:
        raise SubmissionError(f"“{name}”的上报信息已损坏。") from exc
    if summary is not None and not isinstance(summary, dict):
        raise SubmissionError(f"“{name}”的上报信息已损坏。")
    return SubmissionMeta(
        township=rows["township"], county=rows["county"], year=rows["year"],
        period=rows["period"], report_type=rows["report_type"], title=rows["title"],
        exported_at=rows["exported_at"], program_version=rows["program_version"],
        schema_version=schema_version, content_hash=rows["content_hash"],
        findings_summary=summary, asked_about_errors=rows["asked_about_errors"] == "1")

"""Submission file: export then open read-only; broken and hostile files refused with a message."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import date

import pytest

from conftest import ROOT
from township_app import __version__
from township_app.model import ReportProperties
from township_app.report_schema import ReportFileError, check_connection
from township_app.store import SCHEMA_VERSION, ReportStore
from township_app.submission import (
    SubmissionError, export_submission, open_submission, report_content_hash,
    suggest_submission_name,
)
from township_app.templates import report_from_tree

SUMMARY = {"by_severity": {"error": 1, "warning": 2, "info": 0},
           "by_rule": {"placeholder": 2, "sum": 1}, "verified": 1}


def demo_report():
    data = json.loads((ROOT / "resources" / "demo" / "xiaoping_2018.json").read_text("utf-8"))
    return report_from_tree(ReportProperties(**data["properties"]), data["sections"])


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "report.db"
    ReportStore.create(path, demo_report()).close()
    return path


@pytest.fixture
def submission(store_path, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    return export_submission(store_path, out, SUMMARY, True)


def test_export_then_open_read_only(submission, store_path):
    assert submission.name == "晓坪乡_2018年度工作总结_20190110.db"
    assert sorted(p.name for p in submission.parent.iterdir()) == [submission.name]  # no -wal/-shm
    before = submission.read_bytes()
    opened = open_submission(submission)
    assert submission.read_bytes() == before
    assert sorted(p.name for p in submission.parent.iterdir()) == [submission.name]
    with ReportStore(store_path, read_only=True) as store:
        original = store.load_report()
    assert opened.report.plain_text() == original.plain_text()
    assert len(opened.report.indicators) == len(original.indicators)
    assert opened.content_matches
    meta = opened.meta
    assert (meta.township, meta.county, meta.year, meta.period) == ("晓坪乡", "芷江县", "2018", "全年")
    assert meta.program_version == __version__ and meta.schema_version == SCHEMA_VERSION
    assert meta.content_hash == report_content_hash(original)
    assert meta.findings_summary == SUMMARY and meta.asked_about_errors is True
    assert meta.exported_at[:4].isdigit()


def test_a_change_after_export_shows_as_content_mismatch(submission):
    conn = sqlite3.connect(submission)
    conn.execute("UPDATE indicators SET value = '9999' WHERE id = 1")
    conn.commit()
    conn.close()
    assert open_submission(submission).content_matches is False


def test_suggested_names():
    props = ReportProperties(township="晓坪乡", year="2019", period="上半年",
                             report_type="上半年工作情况", doc_date="2019-07-05")
    assert suggest_submission_name(props) == "晓坪乡_2019年上半年工作情况_20190705.db"
    props = ReportProperties(township="城关镇", year="2020", period="全年", report_type="民生实事完成情况")
    assert suggest_submission_name(props, today=date(2021, 1, 3)) == \
        "城关镇_2020年度民生实事完成情况_20210103.db"
    props = ReportProperties(title='a/b:c*报告"', doc_date="bad")
    name = suggest_submission_name(props, today=date(2021, 1, 3))
    assert name == "未填乡镇_abc报告_20210103.db"


def test_export_refuses_unwritable_target(store_path, tmp_path):
    target = tmp_path / "missing" / "x.db"
    with pytest.raises(SubmissionError) as err:
        export_submission(store_path, target, None, False)
    assert str(err.value) == f"无法写入“{target}”：目标文件夹不存在（U盘可能已拔出）。"
    data = store_path.read_bytes()
    with pytest.raises(SubmissionError) as err:
        export_submission(store_path, store_path, None, False)
    assert str(err.value) == "上报文件不能覆盖正在导出的报告文件本身，请另选文件名。"
    assert store_path.read_bytes() == data


# ---- the folder of broken and hostile files ----------------------------------------------------
def _copy(submission, tmp_path, name):
    target = tmp_path / "bad" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copy(submission, target)
    return target


def _edit(path, *statements, user_version=None):
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    if user_version is not None:
        conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


def hostile_files(submission, tmp_path):
    files = {}
    truncated = _copy(submission, tmp_path, "truncated.db")
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    files["truncated"] = (truncated, "不完整")
    tiny = _copy(submission, tmp_path, "tiny.db")
    tiny.write_bytes(data[:50])
    files["tiny"] = (tiny, "")
    random_bytes = tmp_path / "bad" / "random.db"
    random_bytes.write_bytes(os.urandom(8192))
    files["random"] = (random_bytes, "不是上报文件")
    empty = tmp_path / "bad" / "empty.db"
    empty.write_bytes(b"")
    files["empty"] = (empty, "")
    trigger = _copy(submission, tmp_path, "trigger.db")
    _edit(trigger, "CREATE TRIGGER t AFTER INSERT ON sections BEGIN DELETE FROM indicators; END")
    files["trigger"] = (trigger, "触发器")
    view = _copy(submission, tmp_path, "view.db")
    _edit(view, "CREATE VIEW v AS SELECT * FROM sections")
    files["view"] = (view, "视图")
    extra = _copy(submission, tmp_path, "extra_table.db")
    _edit(extra, "CREATE TABLE payload (x TEXT)")
    files["extra table"] = (extra, "不认识")
    index = _copy(submission, tmp_path, "extra_index.db")
    _edit(index, "CREATE INDEX sneaky ON sections (lower(title))")
    files["extra index"] = (index, "不认识")
    altered = _copy(submission, tmp_path, "altered.db")
    _edit(altered, "ALTER TABLE sections ADD COLUMN evil TEXT GENERATED ALWAYS AS (upper(title))")
    files["generated column"] = (altered, "结构")
    dropped = _copy(submission, tmp_path, "dropped.db")
    _edit(dropped, "DROP TABLE verified_findings")
    files["missing table"] = (dropped, "缺少")
    newer = _copy(submission, tmp_path, "newer.db")
    _edit(newer, user_version=SCHEMA_VERSION + 1)
    files["newer"] = (newer, "更新版本")
    foreign = tmp_path / "bad" / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    files["foreign sqlite"] = (foreign, "不是本程序")
    cycle = _copy(submission, tmp_path, "cycle.db")
    _edit(cycle, "UPDATE sections SET parent_id = id WHERE id = 2")
    files["cycle"] = (cycle, "章节结构")
    wrong_type = _copy(submission, tmp_path, "blob.db")
    _edit(wrong_type, "UPDATE sections SET title = x'00ff' WHERE id = 2")
    files["blob text"] = (wrong_type, "数据类型")
    no_meta = _copy(submission, tmp_path, "no_meta.db")
    _edit(no_meta, "DROP TABLE submission_meta")
    files["plain report"] = (no_meta, "不是上报文件")
    broken_meta = _copy(submission, tmp_path, "broken_meta.db")
    _edit(broken_meta, "DELETE FROM submission_meta WHERE key = 'content_hash'")
    files["incomplete meta"] = (broken_meta, "不完整")
    corrupt = _copy(submission, tmp_path, "corrupt_page.db")
    raw = bytearray(corrupt.read_bytes())
    page = 4096 if len(raw) > 8192 else 1024
    raw[page + 8: page + 200] = os.urandom(192)
    corrupt.write_bytes(bytes(raw))
    files["corrupt page"] = (corrupt, "")
    directory = tmp_path / "bad" / "folder.db"
    directory.mkdir()
    files["folder"] = (directory, "文件夹")
    return files


def test_broken_and_hostile_files_are_refused_cleanly(submission, tmp_path):
    for label, (path, expected) in hostile_files(submission, tmp_path).items():
        before = path.read_bytes() if path.is_file() else None
        with pytest.raises(SubmissionError) as err:
            open_submission(path)
        message = str(err.value)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message), label
        assert expected in message, (label, message)
        if before is not None:
            assert path.read_bytes() == before, label  # never written to
        leftovers = {p.name for p in path.parent.iterdir()} - {p.name for p in
                                                                 path.parent.glob("*.db")}
        assert not leftovers, (label, leftovers)


def test_check_connection_accepts_a_report_and_rejects_a_trigger(store_path, tmp_path):
    conn = sqlite3.connect(f"{store_path.as_uri()}?mode=ro", uri=True)
    assert check_connection(conn, "r.db").version == SCHEMA_VERSION
    conn.close()
    copy = tmp_path / "copy.db"
    with ReportStore(store_path, read_only=True) as store:
        store.save_copy(copy)
    _edit(copy, "CREATE TRIGGER t AFTER DELETE ON sections BEGIN SELECT 1; END")
    conn = sqlite3.connect(copy)
    with pytest.raises(ReportFileError):
        check_connection(conn, "copy.db")
    conn.close()


def test_older_schema_submission_is_read_with_defaults(tmp_path):
    """A version-1 file (no numbering/print_table/formula columns) opens as today's layout."""
    import sqlite_utils

    from township_app.store import APPLICATION_ID, MIGRATIONS
    from township_app.submission import META_SQL

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    MIGRATIONS[0](db)
    db["report"].insert({"id": 1, "township": "晓坪乡", "title": "旧报告"})
    db["sections"].insert({"id": 1, "parent_id": None, "position": 0, "title": "概况",
                           "body": "正文"})
    conn.execute(META_SQL)
    meta = {k: "" for k in ("township", "county", "year", "period", "report_type", "title",
                            "exported_at", "program_version", "content_hash")}
    meta.update(schema_version="1", findings_summary="null", asked_about_errors="0")
    conn.executemany("INSERT INTO submission_meta VALUES (?, ?)", meta.items())
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    opened = open_submission(path)
    assert [(s.title, s.numbering, s.print_table) for s in opened.report.sections] == [
        ("概况", "auto", True)]
    assert opened.meta.findings_summary is None and opened.content_matches is False

"""The one check every open goes through, the connection's defences, and limits on writing."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from township_app.report_schema import MAX_TREE_DEPTH, SCHEMA_VERSION
from township_app.store import (
    NewerFileError, ReadOnlyFileError, ReportStore, StoreError, TextInputError,
)


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "报告.db"
    with ReportStore.create(path) as s:
        s.set_properties(title="晓坪乡2018年工作总结")
        s.add_section(None, title="一、总体情况", body="正文")
    return path


def _edit(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()


def test_connection_refuses_attach_and_writable_schema(report, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    with ReportStore(report) as s:
        with pytest.raises(sqlite3.DatabaseError):
            s._conn.execute(f"ATTACH DATABASE '{other}' AS o")
        with pytest.raises(sqlite3.DatabaseError):
            s._conn.execute("PRAGMA writable_schema = ON")
        assert s._conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_newer_file_with_a_view_is_refused_even_read_only(report):
    _edit(report, "CREATE VIEW v AS SELECT 1", f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError) as err:
        ReportStore(report, read_only=True)
    assert "视图" in str(err.value)


def test_newer_file_with_added_columns_and_tables_reads_read_only(report):
    _edit(report, "ALTER TABLE sections ADD COLUMN color TEXT",
          "CREATE TABLE attachments (id INTEGER PRIMARY KEY, name TEXT)",
          "CREATE INDEX idx_attachments_name ON attachments (name)",
          f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    with pytest.raises(NewerFileError):
        ReportStore(report)
    with ReportStore(report, read_only=True) as s:
        assert s.load_report().sections[0].title == "一、总体情况"
    assert hashlib.sha256(report.read_bytes()).hexdigest() == digest


def test_newer_file_with_an_expression_index_is_refused(report):
    _edit(report, "CREATE INDEX idx_x ON sections (length(body))",
          f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError) as err:
        ReportStore(report, read_only=True)
    assert "索引" in str(err.value)


def test_submission_file_opens_only_read_only_and_unchanged(report, tmp_path):
    from township_app.submission import export_submission, open_submission

    sent = export_submission(report, tmp_path / "上报.db", None, False)
    data = sent.read_bytes()
    with pytest.raises(ReadOnlyFileError) as err:
        ReportStore(sent)
    assert "上报文件" in str(err.value)
    with ReportStore(sent, read_only=True) as s:
        assert s.properties().title == "晓坪乡2018年工作总结"
    open_submission(sent)
    assert sent.read_bytes() == data
    assert sorted(p.name for p in tmp_path.glob("*.db*")) == ["上报.db", "报告.db"]


def test_store_refuses_a_tree_deeper_than_the_file_may_be(report):
    with ReportStore(report) as s:
        parent = s.sections()[0].id
        with s.transaction():
            for _ in range(MAX_TREE_DEPTH - 1):
                parent = s.add_section(parent, title="层")
        with pytest.raises(StoreError) as err:
            s.add_section(parent, title="再深一层")
        assert str(MAX_TREE_DEPTH) in str(err.value)
        top = s.add_section(None, title="顶层")
        child = s.add_section(top, title="带子节")
        s.add_section(child, title="孙节")
        with pytest.raises(StoreError):  # moving a 3-level subtree under the deepest level
            s.move_section(top, parent, 0)
    with ReportStore(report) as s:  # what was written opens again
        assert len(s.sections()) == MAX_TREE_DEPTH + 3


def test_store_refuses_text_the_next_open_would_refuse(report, monkeypatch):
    import township_app.store as store_module

    monkeypatch.setattr(store_module, "MAX_REPORT_CHARS", 300_000)
    with ReportStore(report) as s:
        sid = s.sections()[0].id
        s.update_section(sid, body="字" * 200_000)
        with pytest.raises(TextInputError) as err:
            s.add_section(None, body="字" * 150_000)
        assert "上限" in str(err.value)
        assert len(s.sections()) == 1


def test_damaged_tree_message_names_the_sections(report):
    _edit(report, "PRAGMA foreign_keys = OFF",
          "INSERT INTO sections (id, parent_id, position, title) VALUES (7, 8, 0, '扶贫工作')",
          "INSERT INTO sections (id, parent_id, position, title) VALUES (8, 7, 0, '产业发展')")
    with pytest.raises(StoreError) as err:
        ReportStore(report, read_only=True)
    assert "扶贫工作" in str(err.value) and "产业发展" in str(err.value)

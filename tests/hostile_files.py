"""A folder of damaged and hostile report files, one per way a file can attack or break us.

Each maker gets a folder and returns (path, a piece of the message the user must see).
The files start as real reports written by the store and are then changed with plain
SQLite, the way another program (or an attacker) would.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from township_app.report_schema import MAX_FIELD_CHARS, MAX_FILE_BYTES
from township_app.store import ReportStore


def _report(path: Path) -> Path:
    with ReportStore.create(path) as s:
        s.set_properties(title="晓坪乡2018年工作总结", township="晓坪乡")
        first = s.add_section(None, title="一、总体情况", body="全年完成投资1.2亿元。")
        second = s.add_section(None, title="二、主要工作", body="修路12公里。")
        s.add_indicator(first, name="投资", value="1.2", unit="亿元")
        s.add_section(second, title="（一）交通", body="新建桥梁2座。")
    return path


def _edit(path: Path, *sql: str, writable_schema: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in sql:
        conn.execute(statement)
    conn.close()


def _rebuild(path: Path, table: str, new_sql: str) -> None:
    """Replace a table by one with the same columns and a different definition."""
    _edit(path, "PRAGMA foreign_keys = OFF", "PRAGMA legacy_alter_table = ON", "BEGIN",
          f'ALTER TABLE "{table}" RENAME TO old_{table}', new_sql,
          f'INSERT INTO "{table}" SELECT * FROM old_{table}', f"DROP TABLE old_{table}",
          "COMMIT")


def endless_view(folder: Path):
    p = _report(folder / "无尽视图.db")
    _edit(p, "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
             "SELECT x + 1 FROM c) SELECT x FROM c", "PRAGMA user_version = 99")
    return p, "视图"


def huge_title_view(folder: Path):
    p = _report(folder / "视图标题.db")
    _edit(p, "ALTER TABLE report RENAME TO real_report",
          "CREATE VIEW report AS SELECT id, report_type, township, county, year, period, "
          "printf('%.*c', 900000000, 'x') AS title, issuer, doc_date, template FROM real_report",
          "PRAGMA user_version = 99")
    return p, "视图"


def fts5_table(folder: Path):
    p = _report(folder / "全文索引.db")
    _edit(p, "CREATE VIRTUAL TABLE search USING fts5(x)")
    return p, "特殊表"


def trigger(folder: Path):
    p = _report(folder / "触发器.db")
    _edit(p, "CREATE TRIGGER t AFTER UPDATE ON report BEGIN "
             "INSERT INTO sections (title) VALUES ('触发器写入'); END")
    return p, "触发器"


def check_constraint(folder: Path):
    p = _report(folder / "约束.db")
    _rebuild(p, "sections", 'CREATE TABLE "sections" ("id" INTEGER PRIMARY KEY, '
             '"parent_id" INTEGER REFERENCES "sections"("id"), "position" INTEGER DEFAULT 0, '
             "\"title\" TEXT DEFAULT '', \"body\" TEXT DEFAULT '', "
             "\"numbering\" TEXT NOT NULL DEFAULT 'auto', \"print_table\" INTEGER NOT NULL "
             "DEFAULT 1, \"table_title\" TEXT NOT NULL DEFAULT '', "
             "\"table_unit\" TEXT NOT NULL DEFAULT '', CHECK (length(body) < 1000000))")
    _edit(p, 'CREATE INDEX "idx_sections_parent" ON "sections" ("parent_id", "position")')
    return p, "约束"


def expression_index(folder: Path):
    p = _report(folder / "表达式索引.db")
    _edit(p, "DROP INDEX idx_sections_parent",
          "CREATE INDEX idx_sections_parent ON sections (parent_id, printf('%.*c', 1000, body))")
    return p, "索引"


def cascade(folder: Path):
    p = _report(folder / "级联删除.db")
    _rebuild(p, "indicators", 'CREATE TABLE "indicators" ("id" INTEGER PRIMARY KEY, '
             '"section_id" INTEGER REFERENCES "sections"("id") ON DELETE CASCADE, '
             '"position" INTEGER, "name" TEXT DEFAULT \'\', "value" TEXT DEFAULT \'\', '
             '"unit" TEXT DEFAULT \'\', "target" TEXT DEFAULT \'\', "previous" TEXT DEFAULT \'\', '
             '"note" TEXT DEFAULT \'\', "formula" TEXT NOT NULL DEFAULT \'\')')
    _edit(p, 'CREATE INDEX "idx_indicators_section" ON "indicators" ("section_id", "position")')
    return p, "不符"


def wrong_rootpage(folder: Path):
    p = _report(folder / "根页错乱.db")
    _edit(p, "UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM sqlite_master "
             "WHERE name = 'indicators') WHERE name = 'sections'", writable_schema=True)
    return p, "损坏"


def blob_body(folder: Path):
    p = _report(folder / "二进制正文.db")
    _edit(p, "UPDATE sections SET body = X'00FF00FF' WHERE id = 1")
    return p, "数据类型"


def text_position(folder: Path):
    p = _report(folder / "文字序号.db")
    _edit(p, "UPDATE sections SET position = '第一' WHERE id = 1")
    return p, "数据类型"


def empty_report_table(folder: Path):
    p = _report(folder / "无属性.db")
    _edit(p, "DELETE FROM report")
    return p, "报告属性"


def deep_nesting(folder: Path):
    p = _report(folder / "嵌套过深.db")
    conn = sqlite3.connect(p)
    conn.executemany("INSERT INTO sections (id, parent_id, position, title, body) "
                     "VALUES (?, ?, 0, '层', '')",
                     [(100 + i, 99 + i if i else 1, ) for i in range(1500)])
    conn.commit()
    conn.close()
    return p, "层级"


def parent_cycle(folder: Path):
    p = _report(folder / "上级成环.db")
    _edit(p, "PRAGMA foreign_keys = OFF",
          "INSERT INTO sections (id, parent_id, position, title) VALUES (50, 51, 0, '环中甲')",
          "INSERT INTO sections (id, parent_id, position, title) VALUES (51, 50, 0, '环中乙')")
    return p, "环中甲"


def missing_parent(folder: Path):
    p = _report(folder / "上级缺失.db")
    _edit(p, "PRAGMA foreign_keys = OFF",
          "INSERT INTO sections (id, parent_id, position, title) VALUES (60, 999, 0, '孤儿章节')")
    return p, "孤儿章节"


def too_large_file(folder: Path):
    p = _report(folder / "超大文件.db")
    os.truncate(p, MAX_FILE_BYTES + 1024 * 1024)  # sparse: costs no disk
    return p, "超过报告文件的上限"


def too_long_body(folder: Path):
    p = _report(folder / "正文超长.db")
    _edit(p, f"UPDATE sections SET body = printf('%.*c', {MAX_FIELD_CHARS + 10}, 'x') "
             "WHERE id = 1")
    return p, "超过上限"


def truncated(folder: Path):
    p = _report(folder / "截断.db")
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p, "不完整"


def not_sqlite(folder: Path):
    p = folder / "乱码.db"
    p.write_bytes(os.urandom(8192))
    return p, "不是"


def empty_file(folder: Path):
    p = folder / "空文件.db"
    p.write_bytes(b"")
    return p, "不是"


def huge_text_file(folder: Path):
    p = folder / "超大文本.txt"
    with open(p, "wb") as fh:
        fh.truncate(70 * 1024 * 1024)  # sparse
    return p, "上限"


HOSTILE_REPORTS = {f.__name__: f for f in (
    endless_view, huge_title_view, fts5_table, trigger, check_constraint, expression_index,
    cascade, wrong_rootpage, blob_body, text_position, empty_report_table, deep_nesting,
    parent_cycle, missing_parent, too_large_file, too_long_body, truncated, not_sqlite,
    empty_file)}

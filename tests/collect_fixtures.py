"""A county's incoming folder made from the five samples: what the collection tests read.

Each sample becomes one township's submission, with an indicator table a township
would type (names and units differing on purpose); plus a second, older copy from
one township, a copy changed after export, a file of another period and hostile files.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from township_app.checks import run_checks
from township_app.model import Indicator
from township_app.sources import load_report
from township_app.store import ReportStore
from township_app.submission import export_submission, summarize_findings

EXPECTED = ["城关镇", "龙井乡", "碧涌镇", "罗旧镇", "晓坪乡", "新店乡"]
ALIASES = {"低保户": "低保户数", "城乡低保户数": "低保户数"}

#: sample file → (township, year, period, indicator rows: name, value, unit, formula)
TOWNSHIPS = {
    "000": ("城关镇", "2018", "全年", [
        ("低保户数", "212", "户", ""), ("安排资金", "50", "万元", ""),
        ("已拨付资金", "45", "万元", ""), ("拨付率", "90.0", "%", ""),
        ("耕地面积", "1200", "亩", ""), ("农民人均纯收入", "5100", "元", "")]),
    "001": ("龙井乡", "2018", "上半年", [("低保户数", "77", "户", "")]),
    "002": ("碧涌镇", "2018", "全年", [
        ("低保户", "131", "户", ""), ("安排资金", "174", "万元", ""),
        ("已拨付资金", "152.81", "万元", ""),
        ("拨付率", "87.82", "%", "={已拨付资金}/{安排资金}"),
        ("耕地面积", "80", "公顷", ""), ("农民人均纯收入", "4800", "元", "")]),
    "003": ("罗旧镇", "2018", "全年", [("低保户数", "96", "户", ""),
                                       ("农民人均纯收入", "4650.5", "元", "")]),
    "004": ("晓坪乡", "2018", "全年", [
        ("城乡低保户数", "128", "户", ""), ("安排资金", "1200000", "元", ""),
        ("已拨付资金", "960000", "元", ""), ("拨付率", "80", "%", ""),
        ("耕地面积", "2500", "亩", ""), ("农民人均纯收入", "4400", "元", "")]),
}


def make_submission(sample: Path, township: str, year: str, period: str, rows, work: Path,
                    out: Path) -> Path:
    report = load_report(sample)
    p = report.properties
    p.township, p.county, p.year, p.period = township, "芷江县", year, period
    p.report_type = p.report_type or "工作总结"
    first = report.walk().__next__().section.id
    for k, (name, value, unit, formula) in enumerate(rows):
        report.indicators.append(Indicator(section_id=first, position=k, name=name, value=value,
                                           unit=unit, formula=formula))
    store_path = work / f"{out.stem}.db"
    ReportStore.create(store_path, report).close()
    summary = summarize_findings(run_checks(report))
    return export_submission(store_path, out, summary, bool(summary["by_severity"]["error"]))


def set_meta(path: Path, **values: str) -> None:
    """Change what the file says about itself (not the report data: the hash still matches)."""
    conn = sqlite3.connect(path)
    for key, value in values.items():
        conn.execute("UPDATE submission_meta SET value = ? WHERE key = ?", (value, key))
    conn.commit()
    conn.close()


def build_incoming_folder(samples_dir: Path, root: Path) -> Path:
    """root/收件 with every kind of file the county receives; returns that folder."""
    work = root / "township_work"
    work.mkdir()
    incoming = root / "收件"
    incoming.mkdir()
    paths = {}
    for stem, (township, year, period, rows) in TOWNSHIPS.items():
        sample = next(samples_dir.glob(f"{stem}_*.txt"))
        paths[stem] = make_submission(sample, township, year, period, rows, work,
                                      incoming / f"{township}.db")
    set_meta(paths["000"], exported_at="2019-01-12T08:00:00+00:00")
    # 城关镇 sent an earlier version first (other 低保户数); the newer one must be used
    older_rows = [("低保户数", "200", "户", "")] + TOWNSHIPS["000"][3][1:]
    sample = next(samples_dir.glob("000_*.txt"))
    older = make_submission(sample, "城关镇", "2018", "全年", older_rows, work,
                            incoming / "城关镇_初稿.db")
    set_meta(older, exported_at="2019-01-05T08:00:00+00:00")
    # someone "corrected" 罗旧镇's figure in the file after export
    changed = incoming / "罗旧镇_改.db"
    shutil.copy(paths["003"], changed)
    conn = sqlite3.connect(changed)
    conn.execute("UPDATE indicators SET value = '999' WHERE name = '低保户数'")
    conn.commit()
    conn.close()
    set_meta(changed, exported_at="2019-01-20T08:00:00+00:00")
    # hostile and foreign files, in a subfolder
    other = incoming / "其他"
    other.mkdir()
    data = paths["002"].read_bytes()
    (other / "截断.db").write_bytes(data[: len(data) // 2])
    (other / "文本.db").write_text("这不是数据库", encoding="utf-8")
    trigger = other / "触发器.db"
    shutil.copy(paths["004"], trigger)
    conn = sqlite3.connect(trigger)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON sections BEGIN DELETE FROM sections; END")
    conn.commit()
    conn.close()
    newer = other / "新版本.db"
    shutil.copy(paths["004"], newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    view = other / "视图.db"
    shutil.copy(paths["004"], view)
    conn = sqlite3.connect(view)
    conn.execute("CREATE VIEW v AS SELECT * FROM sections")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(other / "别的程序.db")  # a foreign SQLite file
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")
    conn.commit()
    conn.close()
    (other / "说明.txt").write_text("not a .db, not collected", encoding="utf-8")
    return incoming

"""docs/collection_schema.md: its schema is the one CountyStore writes, and its queries run
with plain sqlite3 on a real 汇总.db and give the numbers a county expects."""
from __future__ import annotations

import re
import sqlite3

import pytest

from collect_fixtures import ALIASES, EXPECTED, build_incoming_folder
from conftest import ROOT, SAMPLES
from township_app.collect import CountyStore, collect_folder
from township_app.collect.county_store import SCHEMA

DOC = ROOT / "docs" / "collection_schema.md"


def documented_queries() -> dict[str, str]:
    text = DOC.read_text("utf-8")
    return {m.group(1): m.group(0)
            for m in (re.match(r"-- 查询：(\w+)\n.*", block, re.S)
                      for block in re.findall(r"```sql\n(.*?)```", text, re.S)) if m}


def _statements(sql: str) -> list[str]:
    return [" ".join(s.split()) for s in sql.split(";") if s.strip() and
            not s.strip().startswith("--")]


def test_the_documented_schema_is_the_one_written(tmp_path):
    doc = " ".join(DOC.read_text("utf-8").split())
    for statement in _statements(SCHEMA):
        assert statement in doc
    with CountyStore(tmp_path / "汇总.db"):
        pass
    conn = sqlite3.connect(tmp_path / "汇总.db")
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    conn.close()
    documented = set(re.findall(r"CREATE (?:TABLE|INDEX) (\w+)", SCHEMA))
    assert names == documented
    assert {"collections", "submissions", "indicator_values", "findings",
            "expected_townships", "indicator_aliases"} <= names


@pytest.fixture
def county_db(samples, tmp_path):
    incoming = build_incoming_folder(SAMPLES, tmp_path)
    path = tmp_path / "汇总.db"
    with CountyStore(path) as store:
        store.set_expected_townships(EXPECTED)
        store.set_aliases(ALIASES)
        collect_folder(incoming, store=store)
    return path


def test_documented_queries_run_with_sqlite3(county_db):
    queries = documented_queries()
    assert set(queries) == {"figures", "missing", "states", "money_total", "open_errors"}
    conn = sqlite3.connect(f"{county_db.as_uri()}?mode=ro", uri=True)
    results = {name: conn.execute(sql).fetchall() for name, sql in queries.items()}
    conn.close()
    assert results["missing"] == [("龙井乡",), ("新店乡",)]
    assert results["states"] == [
        ("2018", "全年", "完好", 3), ("2018", "全年", "导出后被修改", 1),
        ("2018", "全年", "无法读取", 6), ("2018", "全年", "期间不符", 1),
        ("2018", "全年", "重复报送", 2)]
    assert results["money_total"] == [(pytest.approx(344.0),)]  # 50 + 174 + 1200000元
    figures = results["figures"]
    assert ("碧涌镇", "已拨付资金", "万元", "152.81") in figures
    assert ("晓坪乡", "安排资金", "元", "1200000") in figures
    assert ("城关镇", "低保户数", "户", "212") in figures  # the newer of its two files
    assert ("城关镇", "低保户数", "户", "200") not in figures
    assert {t for t, *_ in figures} == {"城关镇", "碧涌镇", "罗旧镇", "晓坪乡"}
    errors = dict(results["open_errors"])
    assert set(errors) == {"城关镇", "碧涌镇", "晓坪乡"}  # 罗旧镇 has warnings only
    assert all(n > 0 for n in errors.values())

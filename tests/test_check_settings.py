"""检查设置: which rule families a report runs, kept in its file and honoured by check_report."""
from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils

from township_app.checks.registry import DocRule, Hit, TextAnchor
from township_app.model import Report, ReportProperties, Section
from township_app.report_check import check_report
from township_app.store import MIGRATIONS, ReportStore, StoreError

HALF_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])")


def _half_commas(doc):
    for m in HALF_COMMA.finditer(doc.text):
        yield Hit(TextAnchor(doc.key, m.start(), 1), "中文之间用了半角逗号", fix="，")


#: a rule of the punctuation family, defined here so the test does not depend on the real ones
COMMA_RULE = DocRule("test-half-comma", "info", "半角逗号（测试）", _half_commas,
                     failing=("甲,乙",), passing=("1,234",), family="punctuation")


def _placeholders(doc):
    for m in re.finditer("xx", doc.text):
        yield Hit(TextAnchor(doc.key, m.start(), 2), "占位符")


XX_RULE = DocRule("test-xx", "error", "占位符（测试）", _placeholders,
                  failing=("xx户",), passing=("3户",))  # the figures family
RULES = (COMMA_RULE, XX_RULE)


def _report(body: str, families_off=frozenset()) -> Report:
    return Report(ReportProperties(title="测试报告"),
                  [Section(id=1, parent_id=None, position=0, title="基本情况", body=body)],
                  [], families_off)


def _rules_hit(run):
    return sorted(f.rule for f in run.findings)


def test_new_file_runs_every_family_and_keeps_a_choice(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path, _report("全乡新建xx户,改造危房3户。")) as store:
        assert store.families_off() == frozenset()
        report = store.load_report()
        assert report.families_off == frozenset()
        assert _rules_hit(check_report(report, rules=RULES)) == ["test-half-comma", "test-xx"]
        store.set_families_off(["punctuation", "dates"])
    with ReportStore(path) as store:  # reopened: the same choice
        assert store.families_off() == {"punctuation", "dates"}
        report = store.load_report()
    assert report.families_off == {"punctuation", "dates"}
    assert _rules_hit(check_report(report, rules=RULES)) == ["test-xx"]
    with ReportStore(path) as store:
        store.set_families_off([])
        assert _rules_hit(check_report(store.load_report(), rules=RULES)) == \
            ["test-half-comma", "test-xx"]


def test_the_figures_stay_on_whatever_the_file_says(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path, _report("全乡新建xx户,改造危房3户。")) as store:
        store.set_families_off(["figures", "punctuation", "某个以后的新类"])
        report = store.load_report()
    assert _rules_hit(check_report(report, rules=RULES)) == ["test-xx"]


def test_only_switched_off_families_run_nothing_rather_than_everything():
    report = _report("甲,乙xx", families_off=frozenset({"punctuation"}))
    assert check_report(report, rules=(COMMA_RULE,)).findings == []


def test_a_new_report_from_a_report_keeps_its_choice(tmp_path):
    with ReportStore.create(tmp_path / "a.db",
                            _report("正文", frozenset({"headings"}))) as store:
        assert store.families_off() == {"headings"}


def _version_3_file(path):
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for migrate in MIGRATIONS[:3]:
        migrate(db)
    db["report"].insert({"id": 1, "title": "旧报告"})
    db["sections"].insert({"id": 1, "parent_id": None, "position": 0, "title": "一节",
                           "body": "甲,乙"})
    conn.execute("PRAGMA user_version = 3")
    conn.execute("PRAGMA application_id = 1414742352")
    conn.commit()
    conn.close()


def test_older_file_read_only_has_everything_on_and_gains_the_setting_when_written(tmp_path):
    path = tmp_path / "old.db"
    _version_3_file(path)
    with ReportStore(path, read_only=True) as store:
        assert store.schema_version == 3
        assert store.load_report().families_off == frozenset()
    with ReportStore(path) as store:  # opened for writing: migrated
        assert store.schema_version >= 4
        assert store.families_off() == frozenset()
        store.set_families_off(["numbering"])
    with ReportStore(path, read_only=True) as store:
        assert store.families_off() == {"numbering"}


@pytest.mark.parametrize("values", [
    [(b"\x00punctuation",)],  # not text (a number would be stored as text: the column's type)
    [(f"f{i}",) for i in range(65)],  # more rows than families could ever be
    [("长" * 65,)],  # a name longer than any family's
])
def test_a_crafted_setting_is_refused_with_a_message(tmp_path, values):
    path = tmp_path / "r.db"
    ReportStore.create(path, _report("正文")).close()
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO check_families_off (family) VALUES (?)", values)
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="检查设置数据不对"):
        ReportStore(path, read_only=True)


# ---- the command line reads the same choice (check and export go through check_report) ------------
def _cli(*args: str):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "township_app", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=root, env=env, timeout=120)


def test_check_and_export_leave_out_what_the_file_switched_off(tmp_path):
    import json

    from township_app.submission import open_submission

    path = tmp_path / "r.db"
    ReportStore.create(path, _report("全乡新建道路3条,修缮校舍2所。新建xx户。")).close()
    on = json.loads(_cli("check", str(path), "--format", "json").stdout)["findings"]
    assert {f.get("family", "figures") for f in on} >= {"figures", "punctuation"}
    assert [f["quote"] for f in on if f["rule"] == "halfwidth-punctuation"] == [","]
    with ReportStore(path) as store:
        store.set_families_off(["punctuation"])
    result = _cli("check", str(path), "--format", "json")
    off = json.loads(result.stdout)["findings"]
    assert result.returncode == 1  # the placeholder is still an error
    assert [f for f in off if f.get("family") == "punctuation"] == []
    assert [f["rule"] for f in off] == [f["rule"] for f in on
                                        if f.get("family", "figures") != "punctuation"]
    out = tmp_path / "sub.db"
    result = _cli("export", str(path), "-o", str(out), "--allow-errors")
    assert result.returncode == 0, result.stderr
    by_rule = open_submission(out).meta.findings_summary["by_rule"]
    assert "placeholder" in by_rule and "halfwidth-punctuation" not in by_rule

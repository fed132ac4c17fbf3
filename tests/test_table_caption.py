"""Issue 12 · 5/7: a section's indicator table may carry a 表题 and a 单位 line (schema 5).

Kept in the report file (older files read as without them), carried by a submission
(whose content hash for a report without them is what it always was), by templates and
by 以上年报告新建; a crafted file with a non-text caption is refused like any column.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
import sqlite_utils

from township_app.carryover import carry_over
from township_app.model import Indicator, Report, ReportProperties, Section, table_unit_line
from township_app.report_schema import APPLICATION_ID, MIGRATIONS
from township_app.store import ReportStore, StoreError
from township_app.submission import export_submission, open_submission, report_content_hash
from township_app.templates import report_from_tree

TITLE = "2018年上半年脱贫攻坚主要指标完成情况表"


def _report(table_title: str = "", table_unit: str = "") -> Report:
    return Report(
        ReportProperties(township="晓坪乡", year="2018", title="晓坪乡2018年上半年工作总结"),
        [Section(id=1, parent_id=None, position=0, title="脱贫攻坚", body="全乡脱贫426户。",
                 table_title=table_title, table_unit=table_unit),
         Section(id=2, parent_id=1, position=0, title="产业发展", body="", print_table=False)],
        [Indicator(section_id=1, position=0, name="脱贫户数", value="426", unit="户")])


def _captions(store: ReportStore) -> list[tuple[str, str, str]]:
    return [(s.title, s.table_title, s.table_unit) for s in store.sections()]


# ---- the file ----------------------------------------------------------------------------------
def test_captions_are_kept_in_the_file_and_read_back_after_reopening(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path, _report(TITLE, "万元")) as store:
        assert _captions(store) == [("脱贫攻坚", TITLE, "万元"), ("产业发展", "", "")]
        store.update_section(2, table_title="产业项目表", table_unit="亩")
    with ReportStore(path) as store:
        assert _captions(store) == [("脱贫攻坚", TITLE, "万元"), ("产业发展", "产业项目表", "亩")]
        report = store.load_report()
        assert (report.section(1).table_title, report.section(1).table_unit) == (TITLE, "万元")
        store.update_section(1, table_title="", table_unit="")
    with ReportStore(path, read_only=True) as store:
        assert _captions(store)[0] == ("脱贫攻坚", "", "")


def test_a_deleted_section_comes_back_with_its_captions(tmp_path):
    with ReportStore.create(tmp_path / "r.db", _report(TITLE, "万元")) as store:
        snapshot = store.delete_section(1)
        assert store.sections() == []
        store.restore_subtree(snapshot)
        assert _captions(store) == [("脱贫攻坚", TITLE, "万元"), ("产业发展", "", "")]


def test_a_caption_is_checked_like_any_text(tmp_path):
    from township_app.store import TextInputError

    with ReportStore.create(tmp_path / "r.db", _report()) as store:
        with pytest.raises(TextInputError):
            store.update_section(1, table_title="表\ud800题")
        with pytest.raises(KeyError):
            store.update_section(1, table_caption="x")
        assert _captions(store)[0] == ("脱贫攻坚", "", "")


def _version_4_file(path):
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for migrate in MIGRATIONS[:4]:
        migrate(db)
    db["report"].insert({"id": 1, "title": "旧报告"})
    db["sections"].insert({"id": 1, "parent_id": None, "position": 0, "title": "一节",
                           "body": "正文。"})
    db["indicators"].insert({"id": 1, "section_id": 1, "position": 0, "name": "户数",
                             "value": "3"})
    conn.execute("PRAGMA user_version = 4")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()


def test_a_version_4_file_reads_without_captions_read_only_and_gains_them_when_opened(tmp_path):
    path = tmp_path / "old.db"
    _version_4_file(path)
    with ReportStore(path, read_only=True) as store:  # not migrated: the columns are not there
        assert store.schema_version == 4
        assert _captions(store) == [("一节", "", "")]
        assert store.load_report().section(1).table_title == ""
    with ReportStore(path) as store:  # opened for writing: migrated
        assert store.schema_version == 5
        assert _captions(store) == [("一节", "", "")]
        store.update_section(1, table_title="表一", table_unit="户")
    with ReportStore(path, read_only=True) as store:
        assert _captions(store) == [("一节", "表一", "户")]


@pytest.mark.parametrize("column", ["table_title", "table_unit"])
def test_a_crafted_file_with_a_caption_that_is_not_text_is_refused(tmp_path, column):
    path = tmp_path / "r.db"
    ReportStore.create(path, _report()).close()
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE sections SET {column} = x'00ff' WHERE id = 1")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="章节的数据类型不对"):
        ReportStore(path)


def test_a_crafted_caption_too_long_to_be_a_report_is_refused(tmp_path):
    from township_app.report_schema import MAX_FIELD_CHARS

    path = tmp_path / "r.db"
    ReportStore.create(path, _report()).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sections SET table_unit = ? WHERE id = 1", ("元" * (MAX_FIELD_CHARS + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="超过上限"):
        ReportStore(path)


# ---- the submission ------------------------------------------------------------------------------
#: the content hash of _report() as the program computed it before schema 5 (commit 78e5856)
OLD_HASH = "dec658479bb0a2ccc8bc79172853963cf621c7a865f06db1295d06ce8bb8cc8d"


def _canonical(sections: list[dict]) -> str:
    props = {"report_type": "", "township": "晓坪乡", "county": "", "year": "2018",
             "period": "", "title": "晓坪乡2018年上半年工作总结", "issuer": "", "doc_date": "",
             "template": ""}
    text = json.dumps({"properties": props, "sections": sections}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hashed_sections(**captions) -> list[dict]:
    row = {"name": "脱贫户数", "value": "426", "unit": "户", "target": "", "previous": "",
           "note": "", "formula": ""}
    return [{"path": [0], "title": "脱贫攻坚", "body": "全乡脱贫426户。", "numbering": "auto",
             "print_table": True, "indicators": [row], **captions},
            {"path": [0, 0], "title": "产业发展", "body": "", "numbering": "auto",
             "print_table": False, "indicators": []}]


def test_a_report_without_captions_hashes_as_before_schema_5():
    assert _canonical(_hashed_sections()) == OLD_HASH
    assert report_content_hash(_report()) == OLD_HASH


def test_captions_are_part_of_the_hash_where_set():
    with_both = report_content_hash(_report(TITLE, "万元"))
    assert with_both == _canonical(_hashed_sections(table_title=TITLE, table_unit="万元"))
    assert report_content_hash(_report("", "万元")) == _canonical(
        _hashed_sections(table_unit="万元"))
    assert len({OLD_HASH, with_both, report_content_hash(_report(TITLE))}) == 3


def test_a_submission_carries_the_captions_and_its_hash_holds(tmp_path):
    path = tmp_path / "r.db"
    ReportStore.create(path, _report(TITLE, "万元")).close()
    out = export_submission(path, tmp_path / "s.db", None, False)
    opened = open_submission(out)
    assert opened.content_matches
    assert [(s.table_title, s.table_unit) for s in opened.report.sections] == [
        (TITLE, "万元"), ("", "")]


def test_a_submission_from_a_version_4_file_opens_with_an_unchanged_hash(tmp_path):
    """Exported before the file was ever opened for writing: the copy is a version-4 file."""
    path = tmp_path / "old.db"
    _version_4_file(path)
    out = export_submission(path, tmp_path / "s.db", None, False)
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA user_version").fetchone() == (4,)
    conn.close()
    opened = open_submission(out)
    assert opened.content_matches
    assert [(s.title, s.table_title, s.table_unit) for s in opened.report.sections] == [
        ("一节", "", "")]


def test_a_submission_with_a_non_text_caption_is_refused(tmp_path):
    from township_app.submission import SubmissionError

    path = tmp_path / "r.db"
    ReportStore.create(path, _report(TITLE, "万元")).close()
    out = export_submission(path, tmp_path / "s.db", None, False)
    conn = sqlite3.connect(out)
    conn.execute("UPDATE sections SET table_title = x'01' WHERE id = 1")
    conn.commit()
    conn.close()
    with pytest.raises(SubmissionError, match="数据类型不对"):
        open_submission(out)


# ---- templates, the next year's report, the unit line ------------------------------------------
def test_a_template_node_may_name_the_captions():
    report = report_from_tree(ReportProperties(), [
        {"title": "主要指标", "table_title": "{year}年主要指标完成情况表", "table_unit": "万元",
         "indicators": [{"name": "总产值", "value": "1"}]},
        {"title": "其他"}], {"year": "2019"})
    assert [(s.table_title, s.table_unit) for s in report.sections] == [
        ("2019年主要指标完成情况表", "万元"), ("", "")]


def test_next_years_report_moves_the_year_in_the_table_title():
    new = carry_over(_report(TITLE, "万元"))
    assert (new.section(1).table_title, new.section(1).table_unit) == (
        "2019年上半年脱贫攻坚主要指标完成情况表", "万元")


@pytest.mark.parametrize("typed, printed", [
    ("万元", "单位：万元"), (" 万元 ", "单位：万元"), ("单位：万元", "单位：万元"),
    ("单位:亩", "单位：亩"), ("户、人", "单位：户、人"), ("", ""), ("单位：", ""),
])
def test_the_unit_line(typed, printed):
    assert table_unit_line(typed) == printed

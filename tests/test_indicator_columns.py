"""One indicator column spec: the same headers in the window, the PDF and the .docx, read back
by the importer; the submission hash covers the columns of its version."""
from __future__ import annotations

import dataclasses

import docx

from township_app import model
from township_app.formats.docx_export import export_docx
from township_app.importer import import_path
from township_app.model import Indicator, Report, ReportProperties, Section
from township_app.printing import PrintOptions, find_fonts, render_pdf
from township_app.submission import hash_columns_version, report_content_hash

HEADERS = ["指标名称", "数值", "单位", "目标/任务数", "上年同期", "备注"]


def full_row_report() -> Report:
    return Report(ReportProperties(title="指标", township="晓坪乡"),
                  [Section(id=1, position=0, title="主要指标")],
                  [Indicator(section_id=1, position=0, name="户数", value="3718", unit="户",
                             target="3700", previous="3650", note="含外出户")])


def test_window_pdf_and_docx_show_the_same_headers(demo_window, tmp_path):
    import pdfplumber
    from PySide6.QtCore import Qt

    table = demo_window.indicatorTable  # the window's own table, as the user sees it
    header = table.model()
    window = [header.headerData(k, Qt.Horizontal, Qt.DisplayRole)
              for k in range(header.columnCount())]

    report = full_row_report()
    document = docx.Document(str(export_docx(report, tmp_path / "r.docx")))
    word = [c.text for c in document.tables[0].rows[0].cells]

    result = render_pdf(report, tmp_path / "r.pdf", PrintOptions(fonts=find_fonts()))
    with pdfplumber.open(result.path) as pdf:
        text = "".join(pdf.pages[0].extract_text().split())
    assert window == HEADERS and word == HEADERS
    for header in HEADERS:  # a heading may wrap in its cell (目标/ 任务数): compare unwrapped
        assert header in text or header.replace("/", "") in text.replace("/", ""), header

    back = import_path(tmp_path / "r.docx")
    assert [(i.name, i.value, i.unit, i.target, i.previous, i.note) for i in back.indicators] == \
        [("户数", "3718", "户", "3700", "3650", "含外出户")]


def test_a_column_added_later_leaves_older_hashes_unchanged(monkeypatch):
    report = full_row_report()
    v1 = report_content_hash(report)
    assert len(v1) == 64 and hash_columns_version(v1) == 1  # bare hex, as before versions

    later = model.INDICATOR_COLUMNS + (model.IndicatorColumn("source", "数据来源", since=2),)
    monkeypatch.setattr(model, "INDICATOR_COLUMNS", later)
    monkeypatch.setattr(model, "INDICATOR_COLUMNS_VERSION", 2)
    row = report.indicators[0]
    row.source = "统计站"  # the new field, as a newer program would fill it
    assert model.indicator_fields(1) == ("name", "value", "unit", "target", "previous", "note",
                                         "formula")
    assert report_content_hash(report, 1) == v1  # an older submission still verifies
    v2 = report_content_hash(report, 2)
    assert v2.startswith("v2:") and hash_columns_version(v2) == 2 and v2[3:] != v1
    row.source = "民政办"
    assert report_content_hash(report, 2) != v2 and report_content_hash(report, 1) == v1


def test_numeric_columns_and_editable_fields_come_from_the_spec():
    assert Indicator.NUMERIC == ("value", "target", "previous")
    assert Indicator.EDITABLE == ("name", "value", "unit", "target", "previous", "note", "formula")
    assert {f.name for f in dataclasses.fields(Indicator)} >= set(Indicator.EDITABLE)
    assert [c.header for c in model.INDICATOR_COLUMNS] == HEADERS


def test_a_fresh_table_with_empty_values_prints_its_value_column_in_both_writers(tmp_path):
    import pdfplumber
    report = Report(ReportProperties(title="表"), [Section(id=1, position=0, title="主要指标")],
                    [Indicator(section_id=1, position=k, name=name, unit=unit)
                     for k, (name, unit) in enumerate([("户数", "户"), ("总人口", "人")])])
    document = docx.Document(str(export_docx(report, tmp_path / "e.docx")))
    assert [c.text for c in document.tables[0].rows[0].cells] == ["指标名称", "数值", "单位"]
    result = render_pdf(report, tmp_path / "e.pdf", PrintOptions(fonts=find_fonts()))
    with pdfplumber.open(result.path) as pdf:
        text = "".join(pdf.pages[0].extract_text().split())
    assert "指标名称数值单位" in text and "目标" not in text and "备注" not in text
    back = import_path(tmp_path / "e.docx")  # the rows come back, to be filled in
    assert [(i.name, i.value, i.unit) for i in back.indicators] == [("户数", "", "户"),
                                                                     ("总人口", "", "人")]


def test_a_submission_exported_before_a_new_column_still_verifies(tmp_path, monkeypatch):
    from township_app.demo import create_demo_file
    from township_app.submission import export_submission, open_submission

    out = export_submission(create_demo_file(tmp_path), tmp_path / "sub.db", None, False)
    assert open_submission(out).content_matches
    # a later program with one more indicator column opens the same file
    later = model.INDICATOR_COLUMNS + (model.IndicatorColumn("source", "数据来源", since=2),)
    monkeypatch.setattr(model, "INDICATOR_COLUMNS", later)
    monkeypatch.setattr(model, "INDICATOR_COLUMNS_VERSION", 2)
    monkeypatch.setattr(Indicator, "source", "", raising=False)  # the field it would read back
    opened = open_submission(out)
    assert opened.content_matches and hash_columns_version(opened.meta.content_hash) == 1

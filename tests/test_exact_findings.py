"""Finding, Location and CheckRun as the window, the PDF and the CLI read them: exact wording,
exact JSON, exact counts (expected values written here by hand)."""
import hashlib

from township_app.checks.findings import (COLUMN_LABELS, RULE_FAMILIES, SEVERITY_LABELS,
                                          SEVERITY_ORDER, CheckRun, Finding, Location,
                                          make_fingerprint, quoted)


def _section(start=11, length=3, field="body"):
    return Location("section", section_id=7, field=field, start=start, length=length,
                    section_path="二、（一）产业发展")


def _indicator(field="value"):
    return Location("indicator", section_id=7, field=field, indicator_id=42,
                    section_path="二、（一）产业发展", indicator_name="拨付率")


def _text():
    return Location("text", start=30, length=4, line=3, column=5)


def test_labels_and_order():
    assert SEVERITY_LABELS == {"error": "错误", "warning": "警告", "info": "提示"}
    assert SEVERITY_ORDER == ("error", "warning", "info")
    assert list(RULE_FAMILIES.items()) == [
        ("figures", "数字与占位符"), ("punctuation", "标点"), ("numbering", "序号"),
        ("headings", "标题与层次"), ("dates", "成文日期与落款")]
    assert COLUMN_LABELS == {"name": "名称", "value": "数值", "unit": "单位", "target": "目标/任务数",
                             "previous": "上年同期", "note": "备注", "formula": "公式"}


def test_location_key_has_no_offsets():
    assert _section().key() == "section:7:body"
    assert _section(start=99, length=1).key() == "section:7:body"
    assert _section(field="title").key() == "section:7:title"
    assert _indicator().key() == "indicator:42:value"
    assert _indicator("target").key() == "indicator:42:target"
    assert _text().key() == "text"


def test_location_json():
    assert _text().to_json() == {"line": 3, "column": 5, "length": 4}
    assert _section().to_json() == {"section_id": 7, "section_path": "二、（一）产业发展",
                                    "field": "body", "start": 11, "length": 3}
    assert _indicator().to_json() == {"section_id": 7, "section_path": "二、（一）产业发展",
                                      "field": "value", "indicator_id": 42, "column": "value",
                                      "indicator_name": "拨付率"}


def test_location_described_for_people():
    assert _text().describe() == "第3行第5列"
    assert _section().describe() == "二、（一）产业发展 · 正文第12字"  # offsets are 0-based
    assert _section(start=0, field="title").describe() == "二、（一）产业发展 · 标题第1字"
    assert Location("section", section_id=1, field="body").describe() == "（无标题） · 正文第1字"
    assert _indicator().describe() == "二、（一）产业发展 · 指标“拨付率”数值"
    assert _indicator("previous").describe() == "二、（一）产业发展 · 指标“拨付率”上年同期"
    assert _indicator("name").describe() == "二、（一）产业发展 · 指标“拨付率”名称"
    assert _indicator("formula").describe() == "二、（一）产业发展 · 指标“拨付率”公式"
    unnamed = Location("indicator", section_id=7, field="odd", indicator_id=1)
    assert unnamed.describe() == "（无标题） · 指标“”odd"


def _finding(severity="error", verified=None, rule="rate", **kw):
    return Finding(rule, severity, "拨付率填写为 85%", "85%", _section(), verified_reason=verified,
                   **kw)


def test_finding_json_minimal():
    # the family is always written: a consumer filtering on "figures" finds the figure findings
    assert _finding().to_json() == {
        "rule": "rate", "family": "figures", "severity": "error", "message": "拨付率填写为 85%", "quote": "85%",
        "location": {"section_id": 7, "section_path": "二、（一）产业发展", "field": "body",
                     "start": 11, "length": 3}}


def test_finding_json_with_everything():
    f = _finding(verified="上级文件口径", related=[_text()], family="punctuation", fix="87.82%")
    data = f.to_json()
    assert data["related"] == [{"line": 3, "column": 5, "length": 4}]
    assert data["verified_reason"] == "上级文件口径"
    assert data["family"] == "punctuation"
    assert data["fix"] == "87.82%"
    assert _finding(fix="").to_json()["fix"] == ""  # an empty replacement deletes: still a fix


def test_verified_and_labels():
    assert _finding().verified is False
    assert _finding(verified="").verified is True  # marked without a reason is still marked
    assert _finding("warning").severity_label == "警告"
    assert _finding("info").severity_label == "提示"
    assert _finding().severity_label == "错误"
    assert _finding().family == "figures" and _finding().fix is None


def test_quoted_never_doubles_quotes():
    assert quoted("拨付率") == "“拨付率”"
    assert quoted("  拨付率 ") == "“拨付率”"
    assert quoted("“雪亮工程”建设") == "“雪亮工程”建设"
    assert quoted("雪亮工程”") == "雪亮工程”"


def test_fingerprint_is_sha1_of_rule_place_quote_and_sentence():
    raw = "rate\x1fsection:7:body\x1f85%\x1f拨付率为85%。"
    expected = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]
    assert make_fingerprint("rate", _section(), "85%", "拨付率为85%。") == expected
    assert len(expected) == 20
    # moving the text keeps it; another quote or sentence changes it
    assert make_fingerprint("rate", _section(start=200), "85%", "拨付率为85%。") == expected
    assert make_fingerprint("rate", _section(), "86%", "拨付率为85%。") != expected
    assert make_fingerprint("share", _section(), "85%", "拨付率为85%。") != expected


def test_check_run_counts_open_findings_only():
    run = CheckRun([
        _finding("error"), _finding("error", verified="已核实"), _finding("warning"),
        _finding("warning", rule="sum"), _finding("info", rule="sum"), _finding("error", rule="sum"),
    ])
    assert len(run.open_findings) == 5
    assert run.counts_by_rule == {"rate": 2, "sum": 3}
    assert run.counts_by_severity == {"error": 2, "warning": 2, "info": 1}
    assert list(run.counts_by_severity) == ["error", "warning", "info"]
    assert run.errors == 2
    assert run.verified_count == 1


def test_empty_run():
    run = CheckRun()
    assert run.counts_by_severity == {"error": 0, "warning": 0, "info": 0}
    assert (run.errors, run.verified_count, run.counts_by_rule, run.open_findings) == (0, 0, {}, [])

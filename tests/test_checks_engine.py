"""Public API: run_checks / check_section / check_text, locations, fingerprints, 已核实."""
from township_app.checks import SEVERITY_LABELS, CheckRun, Finding, Location, check_section, check_text, run_checks
from township_app.model import Indicator, Report, Section
from township_app.store import ReportStore


def _report():
    r = Report()
    r.sections = [
        Section(id=1, parent_id=None, position=0, title="基本情况",
                body="总人口3718户11440人，其中建档立卡贫困户共615户2096人。"),
        Section(id=2, parent_id=None, position=1, title="工作开展情况", body=""),
        Section(id=3, parent_id=2, position=0, title="脱贫攻坚",
                body="全乡建档立卡贫困户共615户2196人。\n*村新建文化广场。"),
        Section(id=4, parent_id=2, position=1, title="资金",
                body="安排资金174万元，已拨付资金152.81万元，拨付率为87.82%。"),
    ]
    r.indicators = [
        Indicator(id=1, section_id=4, position=0, name="衔接资金安排", value="174", unit="万元"),
        Indicator(id=2, section_id=4, position=1, name="衔接资金已拨付", value="152.81", unit="万元"),
        Indicator(id=3, section_id=4, position=2, name="拨付率", value="85", unit="%",
                  formula="={衔接资金已拨付}/{衔接资金安排}"),
    ]
    return r


def test_run_checks_locations_and_counts():
    run = run_checks(_report())
    assert isinstance(run, CheckRun)
    rules = [(f.rule, f.location.kind, f.location.section_id, f.quote) for f in run.findings]
    assert ("repeated-fact", "section", 3, "2196人") in rules
    assert ("placeholder", "section", 3, "*") in rules
    assert ("indicator-formula", "indicator", 4, "85") in rules
    placeholder = next(f for f in run.findings if f.rule == "placeholder")
    body = _report().section(3).body
    loc = placeholder.location
    assert body[loc.start:loc.start + loc.length] == "*"
    assert loc.field == "body" and loc.section_path == "二、工作开展情况 / （一）脱贫攻坚"
    repeated = next(f for f in run.findings if f.rule == "repeated-fact")
    assert repeated.related[0].section_id == 1 and repeated.related[0].section_path == "一、基本情况"
    # repeated fact, placeholder, formula row, and the body's 87.82% against the table's 85%
    assert run.errors == run.counts_by_severity["error"] == 4
    assert run.counts_by_rule["placeholder"] == 1
    assert SEVERITY_LABELS == {"error": "错误", "warning": "警告", "info": "提示"}


def test_location_json_shapes():
    run = run_checks(_report())
    cell = next(f for f in run.findings if f.location.kind == "indicator")
    assert cell.location.to_json() == {
        "section_id": 4, "section_path": "二、工作开展情况 / （二）资金", "field": "value",
        "indicator_id": 3, "column": "value", "indicator_name": "拨付率"}
    [text_finding] = check_text("第一行\n投入资金xx万元")
    assert text_finding.location.to_json() == {"line": 2, "column": 5, "length": 2}


def test_check_section_restricts_to_that_section():
    report = _report()
    only3 = check_section(report, 3)
    assert {f.rule for f in only3} == {"repeated-fact", "placeholder"}
    only1 = check_section(report, 1)
    assert [f.rule for f in only1] == ["repeated-fact"]  # the cross-section slip touches it too
    assert [f.rule for f in check_section(report, 4)] == ["text-table", "indicator-formula"]


def test_fingerprint_holds_until_the_text_changes():
    report = _report()
    before = {f.rule: f.fingerprint for f in run_checks(report).findings}
    report.section(3).body = "前面加了一句话。\n" + report.section(3).body
    after = {f.rule: f.fingerprint for f in run_checks(report).findings}
    assert before["placeholder"] == after["placeholder"]  # moved, same sentence
    report.section(3).body = report.section(3).body.replace("*村新建", "*村改建")
    changed = {f.rule: f.fingerprint for f in run_checks(report).findings}
    assert changed["placeholder"] != after["placeholder"]


def test_verified_findings_from_the_store(tmp_path):
    store = ReportStore.create(tmp_path / "r.db", _report())
    report = store.load_report()
    first = run_checks(report, store.verified_findings())
    target = next(f for f in first.findings if f.rule == "indicator-formula")
    store.set_verified(target.fingerprint, target.rule, "县里口径不同", "2026-11-23T10:00:00")
    again = run_checks(store.load_report(), store.verified_findings())
    marked = [f for f in again.findings if f.verified]
    assert [(f.rule, f.verified_reason) for f in marked] == [("indicator-formula", "县里口径不同")]
    assert again.errors == first.errors - 1
    store.close()


def test_finding_types_are_plain_data():
    loc = Location("text", start=0, length=1, line=1, column=1)
    f = Finding("placeholder", "error", "m", "*", loc)
    assert f.to_json()["location"] == {"line": 1, "column": 1, "length": 1}
    assert not f.verified


def test_demo_report_findings():
    from township_app.demo import demo_report

    run = run_checks(demo_report())
    rules = sorted({f.rule for f in run.findings})
    assert "repeated-fact" in rules and "indicator-formula" in rules
    formula = next(f for f in run.findings if f.rule == "indicator-formula")
    assert "5.21%" in formula.message and formula.location.indicator_name == "贫困发生率"


def _touches(finding, section_id):
    return any(loc.section_id == section_id for loc in [finding.location, *finding.related])


def test_check_section_agrees_with_a_full_run():
    """Re-checking one section gives exactly the full run's findings that concern it."""
    from township_app.demo import demo_report

    bodies = [
        "东门村：建档立卡贫困户共30户95人，已脱贫20户60人，未脱贫10户35人。青光村197亩蔬菜大棚。",
        "西门村：建档立卡贫困户共40户120人。全乡共有低保128户231人。",
        "东门村：建档立卡贫困户共30户98人。青光村基地建棚28栋194亩。全乡共有低保128户213人。",
        "西门村：建档立卡贫困户共41户120人。其中县城集中安置16户53人。",
        "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人，三类低保38户95人。",
    ]
    villages = Report(sections=[Section(id=i + 1, parent_id=None, position=i, title=f"第{i + 1}节", body=b)
                                for i, b in enumerate(bodies)])
    for report in (_report(), demo_report(), villages):
        full = run_checks(report).findings
        for view in report.walk():
            sid = view.section.id
            expected = sorted(f.fingerprint for f in full if _touches(f, sid))
            assert sorted(f.fingerprint for f in check_section(report, sid)) == expected, sid


def test_one_slip_in_text_and_table_is_one_finding_naming_both_places():
    from township_app.checks import run_checks
    from township_app.checks.registry import SectionExample, report_from_example

    report = report_from_example((SectionExample(
        title="资金拨付", body="今年下达资金200万元，已拨付资金150万元，拨付率为80%。",
        indicators=({"name": "下达资金", "value": "200", "unit": "万元"},
                    {"name": "已拨付资金", "value": "150", "unit": "万元"},
                    {"name": "拨付率", "value": "80", "unit": "%", "formula": "={已拨付资金}/{下达资金}"})),))
    findings = run_checks(report).findings
    assert len(findings) == 1
    [f] = findings
    assert (f.severity, f.quote, f.location.kind) == ("error", "80", "indicator")
    assert "75.00%" in f.message and "另见" in f.message and "正文第28字" in f.message
    assert any(r.kind == "section" and r.field == "body" and r.start == 27 for r in f.related)
    # a different figure in the text: its own slip, its disagreement with the table, the table's slip
    report.sections[0].body = "今年下达资金200万元，已拨付资金150万元，拨付率为85%。"
    findings = run_checks(report).findings
    assert sorted(f.rule for f in findings) == ["indicator-formula", "rate", "text-table"]
    assert not any("另见" in f.message for f in findings)

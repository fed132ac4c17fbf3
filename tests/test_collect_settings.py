"""The county counts a township's findings as the township's own check does, 检查设置 included."""
from township_app.collect.entry import read_collected_file
from township_app.model import Report, ReportProperties, Section
from township_app.report_check import check_report
from township_app.store import ReportStore
from township_app.submission import export_submission, open_submission, summarize_findings

BODY = "全镇共有低保户131户,其中一类低保27户,二类低保63户;三类低保41户."


def _submission(tmp_path, off: frozenset) -> tuple:
    report = Report(ReportProperties(township="城关镇", year="2024", period="全年", title="工作总结"),
                    [Section(id=1, parent_id=None, position=0, title="民生保障", body=BODY)],
                    [], off)
    path = tmp_path / f"r{len(off)}.db"
    with ReportStore.create(path, report) as store:
        loaded = store.load_report()
    out = export_submission(path, tmp_path / f"s{len(off)}.db",
                            summarize_findings(check_report(loaded)), True)
    return loaded, out


def test_switched_off_families_travel_with_the_submission(tmp_path):
    loaded, out = _submission(tmp_path, frozenset({"punctuation"}))
    assert loaded.families_off == frozenset({"punctuation"})
    assert open_submission(out).report.families_off == frozenset({"punctuation"})


def test_county_counts_what_the_township_counts(tmp_path):
    on, out_on = _submission(tmp_path, frozenset())
    off, out_off = _submission(tmp_path, frozenset({"punctuation"}))
    collected_on, collected_off = read_collected_file(out_on), read_collected_file(out_off)
    # the half-width , ; . are 提示 (info); the figures' finding (27+63+41 = 131) is the same in both
    assert collected_on.errors_now == collected_off.errors_now == 0
    rules_on = {f.rule for f in check_report(on).findings}
    rules_off = {f.rule for f in check_report(off).findings}
    assert "halfwidth-punctuation" in rules_on and "halfwidth-punctuation" not in rules_off
    halfwidth = sum(1 for f in check_report(on).findings if f.rule == "halfwidth-punctuation")
    assert halfwidth == 4  # , , ; . in BODY
    rows_on = [r for r in collected_on.finding_rows() if r.rule == "halfwidth-punctuation"]
    # a county reads 提示 of proofreading as one count per rule, not a row per comma
    assert [(r.severity, r.location, r.message) for r in rows_on] == [
        ("info", "全文", "半角标点：共 4 处（逐条见该乡镇报告的检查结果）")]
    assert not [r for r in collected_off.finding_rows() if r.rule == "halfwidth-punctuation"]

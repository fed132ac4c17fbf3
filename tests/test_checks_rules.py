"""Every rule's declared examples: each failing example is flagged by that rule, each passing one is not."""
import pytest

from township_app.checks import check_text, default_rules, run_checks
from township_app.checks.registry import CorpusRule, DocRule, ReportRule, report_from_example


def _cases(kind):
    for rule in default_rules():
        examples = rule.failing if kind == "failing" else rule.passing
        for n, example in enumerate(examples):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{n}")


def _findings(rule, example):
    if isinstance(rule, ReportRule):
        return run_checks(report_from_example(example), rules=(rule,)).findings
    return check_text(example, rules=(rule,))


@pytest.mark.parametrize("rule,example", list(_cases("failing")))
def test_failing_example_is_flagged(rule, example):
    findings = _findings(rule, example)
    assert findings, f"{rule.id} should flag: {example}"
    assert all(f.rule == rule.id for f in findings)


@pytest.mark.parametrize("rule,example", list(_cases("passing")))
def test_passing_example_is_not_flagged(rule, example):
    findings = _findings(rule, example)
    assert findings == [], f"{rule.id} flagged {[(f.quote, f.message) for f in findings]} in: {example}"


def test_every_rule_has_examples_both_ways():
    ids = set()
    for rule in default_rules():
        assert isinstance(rule, (DocRule, CorpusRule, ReportRule))
        assert rule.failing and rule.passing, rule.id
        assert rule.severity in ("error", "warning", "info")
        assert rule.id not in ids
        ids.add(rule.id)


def test_placeholder_quote_and_span_are_exact():
    text = "松林溪村学校路段总路程*公里，打造幸福x。"
    findings = check_text(text)
    assert [(f.quote, f.location.column, f.location.length) for f in findings] == [
        ("*", 12, 1), ("x", 20, 1)]


def test_rate_message_shows_the_numbers():
    text = "安排资金174万元，已拨付资金152.81万元，拨付率为85%。"
    [finding] = check_text(text)
    assert finding.rule == "rate" and finding.severity == "error"
    assert finding.message == "拨付率填写为 85%，按 已拨付 152.81 万元 ÷ 安排 174 万元 计算应为 87.82%"
    assert finding.quote == "85%"


def test_approximate_numbers_never_give_errors():
    text = ("共完成易地搬迁约65户，其中县城集中安置16户，集镇集中安置25户。"
            "安排资金约174万元，已拨付资金152.81万元，拨付率为85%。")
    assert [f for f in check_text(text) if f.severity == "error"] == []


def test_rounding_within_stated_decimals_is_consistent():
    # 174万元 stands for 173.5–174.5万元, so 152.81 ÷ 174 lies in 87.57%–88.08%
    for stated in ("87.8", "88", "87.82", "87.9"):
        assert check_text(f"安排资金174万元，已拨付资金152.81万元，拨付率为{stated}%。") == []
    [finding] = check_text("安排资金174万元，已拨付资金152.81万元，拨付率为88.2%。")
    assert (finding.rule, finding.severity, finding.quote) == ("rate", "error", "88.2%")
    assert "87.82%" in finding.message
    # counts are exact: 2124 ÷ 9907 = 21.4394% is 21.44%, so a truncated 21.43% is a slip
    [finding] = check_text("全乡9907人，其中贫困人口2124人，占21.43%。")
    assert (finding.rule, finding.severity, finding.quote) == ("share", "error", "21.43%")
    assert "21.44%" in finding.message
    # a count is exact: 243人 is 243, so parts of 242 are a real slip
    assert check_text("共搬迁243人，分别为甲村120人，乙村122人。")


def test_a_name_stated_over_and_over_is_a_category_not_one_fact():
    from township_app.checks.rules.repeats import GENERIC_NAME_COUNT

    def text(n):
        return "\n".join(f"共搬迁{i + 30}户，其中县城集中安置11户{i + 40}人。" for i in range(n))

    def repeated(n):
        return [f for f in check_text(text(n)) if f.rule == "repeated-fact"]

    assert repeated(2)  # stated twice: one subject, two different figures
    assert repeated(GENERIC_NAME_COUNT + 1) == []  # in every village's breakdown: a category


def test_table_findings_name_columns_as_headed_and_quote_names_once():
    from township_app.checks import run_checks
    from township_app.checks.registry import SectionExample, report_from_example

    report = report_from_example((SectionExample(indicators=(
        {"name": "“雪亮工程”建设", "value": "", "unit": "个", "target": "10"},
        {"name": "拨付率", "value": "80", "unit": "%", "formula": "={下达}"},
    )),))
    messages = [f.message for f in run_checks(report).findings]
    assert "指标“雪亮工程”建设未填写数值" in messages
    assert not any("““" in m or "目标数" in m or "完成数" in m for m in messages)

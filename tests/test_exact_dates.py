"""成文日期与落款 rules, each finding whole: the exact characters quoted and where, the message,
the severity and the date the fix writes (expected values written by hand)."""
import pytest

from township_app.checks import check_text, run_checks
from township_app.checks.engine import check_section
from township_app.checks.fixes import fixed_text
from township_app.checks.proofread.dates import PADDED_DATE_RULE, REPORT_DATE_RULE, TEXT_DATE_RULE
from township_app.checks.registry import SectionExample, report_from_example
from township_app.model import ReportProperties

#: 38 characters, six times: 228, a whole 公文's length (200 and more)
BODY = "全乡干部群众攻坚克难，埋头苦干，较好地完成了县委、县政府交办的各项工作任务。" * 6
PADDED = "日期的月、日不编虚位，应去掉前面的零"
NO_DATE = "未见成文日期：落款处应用阿拉伯数字写明年、月、日"
IN_CHINESE = "成文日期用汉字书写：GB/T 9704 规定用阿拉伯数字写明年、月、日"
WITH_DOTS = "成文日期用点号或横线分隔：GB/T 9704 规定用阿拉伯数字写明年、月、日"
SHORT_YEAR = "成文日期的年份应写全（四位）"


def found(text, rule):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.location.length, f.message, f.fix)
            for f in check_text(text, rules=(rule,))]


def test_the_rules_are_named_as_the_settings_show_them():
    assert [(r.id, r.severity, r.title, r.family) for r in (PADDED_DATE_RULE, TEXT_DATE_RULE, REPORT_DATE_RULE)] == [
        ("padded-date", "info", "日期编虚位", "dates"),
        ("text-doc-date", "info", "成文日期", "dates"),
        ("report-doc-date", "info", "成文日期与落款", "dates")]


def test_date_failing_examples_finding_by_finding():
    assert [found(example, TEXT_DATE_RULE) for example in TEXT_DATE_RULE.failing] == [
        [doc_date("府", 3, 6, NO_DATE)],
        [doc_date("二〇二四年三月五日", 4, 1, IN_CHINESE, "2024年3月5日")],
        [doc_date("2024.3.5", 4, 1, WITH_DOTS, "2024年3月5日")],
        [doc_date("24年3月5日", 4, 1, SHORT_YEAR, severity="warning")]]
    assert [report_findings(*example) for example in REPORT_DATE_RULE.failing] == [
        [at_end("。", 1, "body", 11, NO_DOC_DATE)], [at_end("。", 1, "body", 11, NO_ISSUER)]]


def padded(quote, column, fix, line=1):
    return ("padded-date", "info", quote, line, column, len(quote), PADDED, fix)


@pytest.mark.parametrize("text,expected", [
    ("2024年03月05日", [padded("03月", 6, "3月"), padded("05日", 9, "5日")]),
    ("于2019年01月召开会议", [padded("01月", 7, "1月")]),
    ("3月05日完成验收", [padded("05日", 3, "5日")]),
    ("03月15日完成验收", [padded("03月", 1, "3月")]),
    ("于09月5号完成", [padded("09月", 2, "9月")]),
    ("10月05号", [padded("05号", 4, "5号")]),
    ("2024 年 03月", [padded("03月", 8, "3月")]),
    ("12月 07日", [padded("07日", 5, "7日")]),
    ("24年\t06月", [padded("06月", 5, "6月")]),
    ("会议\n于2024年3月08日召开", [padded("08日", 9, "8日", line=2)]),
    ("2024年3月5日", []),
    ("2019年10月召开", []),
    ("编号03号", []),
    ("完成03户", []),
    ("投入资金0.5万元", []),
    ("13月05日", []),
    ("2024年003月", []),
    ("共03月", []),
])
def test_padded_months_and_days(text, expected):
    assert found(text, PADDED_DATE_RULE) == expected


def test_padded_dates_are_fixed():
    text = "于2024年03月05日召开，12月07日完成"
    assert fixed_text(text, check_text(text, rules=(PADDED_DATE_RULE,))) == ("于2024年3月5日召开，12月7日完成", 3)


def doc_date(quote, line, column, message, fix=None, severity="info"):
    return ("text-doc-date", severity, quote, line, column, len(quote), message, fix)


def document(*last_lines):
    return "\n".join(("工作总结", BODY, *last_lines))


@pytest.mark.parametrize("date,expected", [
    ("2024年3月5日", []),
    ("2024 年 3 月 5 日", []),
    ("24年3月5日", [doc_date("24年3月5日", 4, 1, SHORT_YEAR, severity="warning")]),
    ("二〇二四年三月五日", [doc_date("二〇二四年三月五日", 4, 1, IN_CHINESE, "2024年3月5日")]),
    ("二零二四年十二月三十一日", [doc_date("二零二四年十二月三十一日", 4, 1, IN_CHINESE, "2024年12月31日")]),
    ("二○二四年十月二十日", [doc_date("二○二四年十月二十日", 4, 1, IN_CHINESE, "2024年10月20日")]),
    ("二四年三月五日", [doc_date("二四年三月五日", 4, 1, IN_CHINESE)]),
    ("二〇二四年十三月五日", [doc_date("二〇二四年十三月五日", 4, 1, IN_CHINESE)]),
    ("二〇二四年三月三十二日", [doc_date("二〇二四年三月三十二日", 4, 1, IN_CHINESE)]),
    ("2024.3.5", [doc_date("2024.3.5", 4, 1, WITH_DOTS, "2024年3月5日")]),
    ("2024-03-05", [doc_date("2024-03-05", 4, 1, WITH_DOTS, "2024年3月5日")]),
    ("2024/3/5日", [doc_date("2024/3/5日", 4, 1, WITH_DOTS, "2024年3月5日")]),
    ("2024．12．31", [doc_date("2024．12．31", 4, 1, WITH_DOTS, "2024年12月31日")]),
    ("2024 － 3 － 5", [doc_date("2024 － 3 － 5", 4, 1, WITH_DOTS, "2024年3月5日")]),
    ("2024.13.5", [doc_date("2024.13.5", 4, 1, WITH_DOTS)]),
    ("2024.3.32", [doc_date("2024.3.32", 4, 1, WITH_DOTS)]),
    ("2024.0.5", [doc_date("2024.0.5", 4, 1, WITH_DOTS)]),
    ("2024.3.0", [doc_date("2024.3.0", 4, 1, WITH_DOTS)]),
    ("  2024.3.15  ", [doc_date("2024.3.15", 4, 3, WITH_DOTS, "2024年3月15日")]),
    # not a date alone: the 成文日期 is missing
    ("2024.3-5", [doc_date("5", 4, 8, NO_DATE)]),
    ("日期：2024年3月5日", [doc_date("日", 4, 12, NO_DATE)]),
])
def test_the_date_line_of_a_plain_text(date, expected):
    assert found(document("某乡人民政府", date), TEXT_DATE_RULE) == expected


def test_the_date_line_is_among_the_last_three():
    assert found(document("某乡人民政府", "2024年3月5日", "附件：名单"), TEXT_DATE_RULE) == []
    assert found(document("2024.3.5", "附件1", "附件2"), TEXT_DATE_RULE) == [
        doc_date("2024.3.5", 3, 1, WITH_DOTS, "2024年3月5日")]
    assert found(document("2024.3.5", "附件1", "附件2", "附件3"), TEXT_DATE_RULE) == [doc_date("件", 6, 2, NO_DATE)]
    # the last date line is the 成文日期
    assert found(document("2024.3.5", "2024年3月5日"), TEXT_DATE_RULE) == []
    assert found(document("2024年3月5日", "2024.3.5"), TEXT_DATE_RULE) == [
        doc_date("2024.3.5", 4, 1, WITH_DOTS, "2024年3月5日")]


@pytest.mark.parametrize("last,expected", [
    ("某乡人民政府", doc_date("府", 3, 6, NO_DATE)),
    ("某乡人民政府（盖章）", doc_date("章", 3, 9, NO_DATE)),
    ("乡 Tel 12345", doc_date("乡", 3, 1, NO_DATE)),
    ("Tel 12345", doc_date("5", 3, 9, NO_DATE)),
    ("  某乡人民政府  \n\n", doc_date("府", 3, 8, NO_DATE)),
])
def test_a_missing_date_points_at_the_last_line(last, expected):
    assert found(document(last), TEXT_DATE_RULE) == [expected]


@pytest.mark.parametrize("date", ["20xx年12月20日", "XXXX年XX月XX日", "20××年×月×日", "2023 年 x 月 x 日"])
def test_a_masked_date_is_the_date_line(date):
    assert found(document("某乡人民政府", date), TEXT_DATE_RULE) == []


def test_the_date_is_looked_for_above_a_web_pages_furniture():
    assert found(document("某乡人民政府", "2024.3.5", "（责任编辑：张三）", "第1页"), TEXT_DATE_RULE) == [
        doc_date("2024.3.5", 4, 1, WITH_DOTS, "2024年3月5日")]
    assert found(document("某乡人民政府", "（责任编辑：张三）"), TEXT_DATE_RULE) == [doc_date("府", 3, 6, NO_DATE)]
    assert found(BODY + "\n第1页", TEXT_DATE_RULE) == [doc_date("务", 1, len(BODY) - 1, NO_DATE)]
    # a text of nothing but furniture keeps its first line to point at
    notice = "（责任编辑：" + "张" * 50 + "）"
    assert found("\n".join([notice] * 4), TEXT_DATE_RULE) == [doc_date("张", 1, 56, NO_DATE)]
    # no Chinese character in the last line of the text proper: its last character, not the furniture's
    assert found("a" * 200 + "\n第1页", TEXT_DATE_RULE) == [doc_date("a", 1, 200, NO_DATE)]


def test_a_passage_has_no_date_to_miss():
    assert found("", TEXT_DATE_RULE) == []
    assert found("今年以来，我乡稳步推进。\n某乡人民政府", TEXT_DATE_RULE) == []
    first = "根据安排，我乡取得成效。"  # 12 characters
    assert found(first + "\n" + "甲" * 188, TEXT_DATE_RULE) == [doc_date("甲", 2, 188, NO_DATE)]  # 200
    assert found(first + "\n" + "甲" * 187 + "   \n\n", TEXT_DATE_RULE) == []  # 199 besides spaces and breaks


def test_a_reports_sections_are_not_a_plain_text():
    report = report_from_example((SectionExample(title="", body="工作总结\n" + BODY + "\n某乡人民政府"),))
    assert run_checks(report, rules=(TEXT_DATE_RULE,)).findings == []


def test_the_date_fix_writes_arabic_digits():
    text = document("某乡人民政府", "二〇二四年三月五日")
    assert fixed_text(text, check_text(text, rules=(TEXT_DATE_RULE,))) == (document("某乡人民政府", "2024年3月5日"), 1)


NO_DOC_DATE = "报告未填成文日期：请在报告属性中填写（打印在落款处）"
NO_ISSUER = "报告未填落款单位：请在报告属性中填写（打印在文末）"


def report_findings(props, *sections, section=None):
    report = report_from_example((props, *sections))
    findings = (run_checks(report, rules=(REPORT_DATE_RULE,)).findings if section is None
                else check_section(report, section, rules=(REPORT_DATE_RULE,)))
    return [(f.rule, f.severity, f.quote, f.location.section_id, f.location.field, f.location.start, f.message,
             f.fix) for f in findings]


def at_end(quote, section, field, start, message):
    return ("report-doc-date", "info", quote, section, field, start, message, None)


def test_a_report_without_its_date_or_issuer():
    body = SectionExample(body="今年以来，我乡稳步推进。")
    assert report_findings(ReportProperties(title="工作总结", issuer="某乡人民政府"), body) == [
        at_end("。", 1, "body", 11, NO_DOC_DATE)]
    assert report_findings(ReportProperties(title="工作总结", doc_date="2024-03-05"), body) == [
        at_end("。", 1, "body", 11, NO_ISSUER)]
    assert report_findings(ReportProperties(title="工作总结", doc_date="  ", issuer=" "), body) == [
        at_end("。", 1, "body", 11, NO_DOC_DATE), at_end("。", 1, "body", 11, NO_ISSUER)]
    assert report_findings(ReportProperties(title="工作总结", issuer="某乡人民政府", doc_date="2024-03-05"), body) == []


def test_the_finding_points_at_the_reports_last_text():
    props = ReportProperties(title="工作总结", issuer="某乡人民政府")
    assert report_findings(props, SectionExample(title="基本情况", body="甲"),
                           SectionExample(title="保障措施", body="")) == [at_end("施", 2, "title", 3, NO_DOC_DATE)]
    assert report_findings(props, SectionExample(title="基本情况", body="今年以来。  \n")) == [
        at_end("。", 1, "body", 4, NO_DOC_DATE)]
    assert report_findings(props, SectionExample(title="基本情况", body="  \n ")) == []
    assert report_findings(props, SectionExample(title="基本情况", body="完")) == [at_end("完", 1, "body", 0, NO_DOC_DATE)]
    assert report_findings(props, SectionExample(title="", body="")) == []


def test_a_bare_report_has_no_date_to_miss():
    assert report_findings(ReportProperties(), SectionExample(title="基本情况", body="今年以来。")) == []
    assert report_findings(ReportProperties(), SectionExample(title="基本情况", body="甲" * 196)) == [
        at_end("甲", 1, "body", 195, NO_DOC_DATE), at_end("甲", 1, "body", 195, NO_ISSUER)]


def test_checking_one_section_reports_what_concerns_it():
    props = ReportProperties(title="工作总结", issuer="某乡人民政府")
    sections = (SectionExample(title="基本情况", body="全乡下辖八个村。"), SectionExample(title="保障措施", body="加强领导。"))
    assert report_findings(props, *sections, section=1) == []
    assert report_findings(props, *sections, section=2) == [at_end("。", 2, "body", 4, NO_DOC_DATE)]


def test_a_padded_month_after_a_space_is_found():
    assert found("会议定于 03月15日召开", PADDED_DATE_RULE) == [padded("03月", 6, "3月")]


# the examples last: engine._hits_in_text caches a text's hits, and scripts/mutate.py credits a line only to the
# tests that ran it, so the exact tests above must be the ones to compute each shared text first
@pytest.mark.parametrize("rule", [PADDED_DATE_RULE, TEXT_DATE_RULE], ids=lambda r: r.id)
def test_each_failing_text_example_is_flagged_and_each_passing_one_is_not(rule):
    for example in rule.failing:
        assert [f.rule for f in check_text(example, rules=(rule,))] != [], example
    for example in rule.passing:
        assert check_text(example, rules=(rule,)) == [], example


def test_report_date_examples():
    for example in REPORT_DATE_RULE.failing:
        assert run_checks(report_from_example(example), rules=(REPORT_DATE_RULE,)).findings, example
    for example in REPORT_DATE_RULE.passing:
        assert run_checks(report_from_example(example), rules=(REPORT_DATE_RULE,)).findings == [], example

"""标题与层次 rules, each finding whole: the exact characters quoted and where, the message, the
severity and the fix (expected values written by hand)."""
import pytest

from township_app.checks import check_text, run_checks
from township_app.checks.engine import check_section
from township_app.checks.fixes import fixed_text
from township_app.checks.proofread.headings import HEADING_STOP_RULE, REPORT_TITLE_RULE, TEXT_TITLE_RULE
from township_app.checks.registry import SectionExample, report_from_example
from township_app.model import ReportProperties

#: 38 characters, six times: 228, a whole 公文's length (200 and more)
BODY = "全乡干部群众攻坚克难，埋头苦干，较好地完成了县委、县政府交办的各项工作任务。" * 6
HEADING_STOP = "单独成行的标题末尾不用句号"
NO_TITLE = "未见标题：公文首行应为标题（发文机关、事由、文种）"


def found(text, rule):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.location.length, f.message, f.fix)
            for f in check_text(text, rules=(rule,))]


def test_the_rules_are_named_as_the_settings_show_them():
    assert [(r.id, r.severity, r.title, r.family) for r in (HEADING_STOP_RULE, TEXT_TITLE_RULE,
                                                            REPORT_TITLE_RULE)] == [
        ("heading-full-stop", "info", "标题末尾句号", "headings"),
        ("text-title", "info", "标题", "headings"),
        ("report-headings", "info", "报告标题与小标题", "headings")]


def test_text_title_failing_examples_finding_by_finding():
    assert [found(example, TEXT_TITLE_RULE) for example in TEXT_TITLE_RULE.failing] == [
        [title("根", 1, 1, NO_TITLE)],
        [title("乡镇年度民生工作总结", 3, 1, "标题重复：第二行又是标题", severity="warning")],
        [title("，", 1, 13, marks("，"))]]


def test_report_title_failing_examples_finding_by_finding():
    expected = [
        [("info", "基", 1, "title", 0, NO_REPORT_TITLE, None)],
        [("info", "基", 1, "title", 0, report_marks("，"), None)],
        [("warning", "乡2022年工作汇报材料", 1, "body", 0, "标题重复：与报告标题相同", None)],
        [("info", "。", 1, "title", 8, "标题末尾不用句号", "")]]
    assert [report_findings(*example) for example in REPORT_TITLE_RULE.failing] == expected


def stop(line, column):
    return ("heading-full-stop", "info", "。", line, column, 1, HEADING_STOP, "")


@pytest.mark.parametrize("text,expected", [
    ("（一）求真务实。\n2018年，全乡预计实现增收。", [stop(1, 8)]),
    ("1、城乡居民低保水平。", [stop(1, 11)]),
    ("（一）求真务实。  \n正文。", [stop(1, 8)]),
    ("（一）求真务实。 \n正文。", [stop(1, 8)]),
    ("正文。\n  二、基本情况。", [stop(2, 9)]),
    ("（一）" + "甲" * 36 + "。", [stop(1, 40)]),
    ("（一）" + "甲" * 37 + "。", []),
    ("（一）增收3.5万元。", [stop(1, 11)]),
    ("（一）增收３．５万元。", [stop(1, 11)]),
    ("（一）2018年增收3.5万元。", []),
    ("（一）求真。务实。", []),
    ("（一）求真；务实。", []),
    ("（一）求真!务实。", []),
    ("（一）求真务实", []),
    ("（一）求真；务实\n正文。", []),
    ("工作。（一）求真务实。", []),
    ("一是加强领导。", []),
    ("全乡预计实现增收。", []),
    # one-sentence numbered lines in a row are a list of items, not headings
    ("1.完成低保审核。\n2.完成危房改造。", []),
    ("1.完成低保审核。\n\n2.完成危房改造。\n3.完成厕所改造。", []),
    ("1.完成低保审核。\n正文一段。\n2.完成危房改造。", [stop(1, 9), stop(3, 9)]),
    ("（一）完成审核。\n1.完成改造。", [stop(1, 8), stop(2, 7)]),
    ("1.完成低保审核。\n2.完成危房改造，共计改造。全部完成。", [stop(1, 9)]),
])
def test_heading_ending_in_a_full_stop(text, expected):
    assert found(text, HEADING_STOP_RULE) == expected


def test_heading_full_stop_is_removed_by_the_fix():
    text = "（一）求真务实。\n全乡增收。\n（二）以人为本。\n全乡稳定。"
    assert fixed_text(text, check_text(text, rules=(HEADING_STOP_RULE,))) == (
        "（一）求真务实\n全乡增收。\n（二）以人为本\n全乡稳定。", 2)


def title(quote, line, column, message, severity="info"):
    return ("text-title", severity, quote, line, column, len(quote), message, None)


def marks(mark):
    return f"标题中有标点“{mark}”：公文标题除书名号外一般不用标点"


@pytest.mark.parametrize("first,expected", [
    ("根据县委的工作安排，我乡取得了良好成效。", [title("根", 1, 1, NO_TITLE)]),
    ("2023年，我乡取得成效。", [title("年", 1, 5, NO_TITLE)]),
    ("一、全乡概况", [title("一", 1, 1, NO_TITLE)]),
    ("一、基本情况", []),
    ("甲" * 60, []),
    ("甲" * 61, [title("甲", 1, 1, NO_TITLE)]),
    ("总结" + "甲" * 118 + "。", []),
    ("总结" + "甲" * 119 + "。", [title("总", 1, 1, NO_TITLE)]),
    ("乡镇委员会上半年主要工作情况与下一步工作打算今年以来,我乡紧紧围绕目标。", []),
    ("关于2023年工作的总结，请审阅", [title("，", 1, 13, marks("，"))]),
    ("关于“三农”工作的总结，请审阅，谢谢", [title("“", 1, 3, marks("“")), title("”", 1, 6, marks("”")),
                                   title("，", 1, 12, marks("，"))]),
    ("某乡工作总结(2023)", [title("(", 1, 7, marks("(")), title(")", 1, 12, marks(")"))]),
    ("(2023)某乡工作总结", [title("(", 1, 1, marks("(")), title(")", 1, 6, marks(")"))]),
    ("关于贯彻《中华人民共和国劳动法》的工作报告", []),
    ("某乡2023—2024年工作计划", []),
    ("某乡16:20会议纪要", []),
    ("关于5:3比例的报告", []),
    # a 序号 inside the line does not make it a heading
    ("关于工作：1.加强领导", [title("：", 1, 5, marks("："))]),
    ("关于www.gov.cn/#!/home网站建设的报告", []),
    ("某乡工作。", [title("某", 1, 1, NO_TITLE)]),
    ("某乡工作、", [title("某", 1, 1, NO_TITLE)]),
    # a first line ending its first clause with a title word runs into the text
    ("工作总结。", []),
    ("工作总结：", []),
])
def test_a_plain_texts_first_line_is_its_title(first, expected):
    assert found(first + "\n" + BODY, TEXT_TITLE_RULE) == expected


def test_the_title_is_the_first_line_with_text():
    assert found("\n  关于工作的总结，请审阅\n" + BODY, TEXT_TITLE_RULE) == [title("，", 2, 10, marks("，"))]


def test_a_title_printed_twice():
    assert found("乡镇年度民生工作总结\n\n乡镇年度民生工作总结\n" + BODY, TEXT_TITLE_RULE) == [
        title("乡镇年度民生工作总结", 3, 1, "标题重复：第二行又是标题", severity="warning")]
    assert found("乡镇年度民生工作总结\n乡镇年度民生工作\n" + BODY, TEXT_TITLE_RULE) == []


def test_a_passage_has_no_title_to_miss():
    first = "根据安排，我乡取得成效。"  # 12 characters
    assert found(first + "\n" + "甲" * 188, TEXT_TITLE_RULE) == [title("根", 1, 1, NO_TITLE)]  # 200
    # 199 characters besides spaces and line breaks
    assert found(first + "\n" + "甲" * 187 + "   \n\n", TEXT_TITLE_RULE) == []


def test_a_reports_sections_are_not_a_plain_text():
    report = report_from_example((SectionExample(title="", body="根据县委的工作安排，我乡取得了良好成效。\n" + BODY),))
    assert [f for f in run_checks(report, rules=(TEXT_TITLE_RULE,)).findings if f.rule == "text-title"] == []


def report_findings(props, *sections, section=None):
    report = report_from_example((props, *sections))
    findings = (run_checks(report, rules=(REPORT_TITLE_RULE,)).findings if section is None
                else check_section(report, section, rules=(REPORT_TITLE_RULE,)))
    return [(f.severity, f.quote, f.location.section_id, f.location.field, f.location.start, f.message, f.fix)
            for f in findings]


NO_REPORT_TITLE = "报告未填标题：请在报告属性中填写标题"


def report_marks(mark):
    return f"报告标题中有标点“{mark}”：公文标题除书名号外一般不用标点"


def test_a_report_without_a_title():
    assert report_findings(ReportProperties(township="某乡"), SectionExample(title="基本情况", body="全乡下辖八个村。")) == [
        ("info", "基", 1, "title", 0, NO_REPORT_TITLE, None)]
    # the first text of the report, wherever it is
    assert report_findings(ReportProperties(township="某乡"), SectionExample(title="", body=""),
                           SectionExample(title="", body="全乡下辖八个村。")) == [
        ("info", "全", 2, "body", 0, NO_REPORT_TITLE, None)]
    assert report_findings(ReportProperties(township="某乡"), SectionExample(title="", body="")) == []


def test_a_report_is_set_up_by_its_properties_or_its_length():
    assert report_findings(ReportProperties(), SectionExample(title="基本情况", body="今年以来。")) == []
    assert report_findings(ReportProperties(township="  "), SectionExample(title="基本情况", body="今年以来。")) == []
    assert report_findings(ReportProperties(), SectionExample(title="基本情况", body="甲" * 196)) == [
        ("info", "基", 1, "title", 0, NO_REPORT_TITLE, None)]
    assert report_findings(ReportProperties(), SectionExample(title="基本情况", body="甲" * 195)) == []
    assert report_findings(ReportProperties(), SectionExample(title="基本情况", body="甲" * 96),
                           SectionExample(title="工作开展", body="乙" * 96)) == [
        ("info", "基", 1, "title", 0, NO_REPORT_TITLE, None)]


def test_a_punctuated_report_title():
    assert report_findings(ReportProperties(title="关于“三农”工作的总结，请审阅，谢谢"), SectionExample(title="基本情况")) == [
        ("info", "基", 1, "title", 0, report_marks("“"), None),
        ("info", "基", 1, "title", 0, report_marks("”"), None),
        ("info", "基", 1, "title", 0, report_marks("，"), None)]
    assert report_findings(ReportProperties(title="关于贯彻《中华人民共和国劳动法》的报告"), SectionExample(title="基本情况")) == []


def test_a_report_title_printed_again_in_the_text():
    props = ReportProperties(title=" 乡2022年工作汇报材料 ")
    assert report_findings(props, SectionExample(title="", body="  乡2022年工作汇报材料  \n今年以来，我乡稳步推进。")) == [
        ("warning", "乡2022年工作汇报材料", 1, "body", 2, "标题重复：与报告标题相同", None)]
    assert report_findings(props, SectionExample(title="", body="乡2022年工作汇报\n今年以来，我乡稳步推进。")) == []
    assert report_findings(props, SectionExample(title="", body="   \n")) == []


def test_a_section_title_ending_in_a_full_stop():
    props = ReportProperties(title="乡2022年工作汇报材料")
    assert report_findings(props, SectionExample(title="城乡居民低保水平。")) == [
        ("info", "。", 1, "title", 8, "标题末尾不用句号", "")]
    assert report_findings(props, SectionExample(title="低保水平。  ")) == [
        ("info", "。", 1, "title", 4, "标题末尾不用句号", "")]
    # a typed 序号 before one sentence: heading-full-stop says so, not twice
    assert report_findings(props, SectionExample(title="1.城乡居民低保水平。")) == []
    assert report_findings(props, SectionExample(title=" 1.城乡居民低保水平。")) == [
        ("info", "。", 1, "title", 11, "标题末尾不用句号", "")]
    assert report_findings(props, SectionExample(title="1.城乡低保。全面完成。")) == [
        ("info", "。", 1, "title", 11, "标题末尾不用句号", "")]
    assert report_findings(props, SectionExample(title="城乡居民低保水平")) == []
    # even in a bare example report
    assert report_findings(ReportProperties(), SectionExample(title="低保水平。", body="甲")) == [
        ("info", "。", 1, "title", 4, "标题末尾不用句号", "")]


def test_checking_one_section_reports_what_concerns_it():
    props = ReportProperties(township="某乡")
    sections = (SectionExample(title="基本情况", body="全乡下辖八个村。"), SectionExample(title="工作开展情况。"))
    assert report_findings(props, *sections, section=2) == [("info", "。", 2, "title", 6, "标题末尾不用句号", "")]
    assert report_findings(props, *sections, section=1) == [("info", "基", 1, "title", 0, NO_REPORT_TITLE, None)]


# the examples last: engine._hits_in_text caches a text's hits, and scripts/mutate.py credits a line only to the
# tests that ran it, so the exact tests above must be the ones to compute each shared text first
@pytest.mark.parametrize("rule", [HEADING_STOP_RULE, TEXT_TITLE_RULE], ids=lambda r: r.id)
def test_each_failing_text_example_is_flagged_and_each_passing_one_is_not(rule):
    for example in rule.failing:
        assert [f.rule for f in check_text(example, rules=(rule,))] != [], example
    for example in rule.passing:
        assert check_text(example, rules=(rule,)) == [], example


def test_report_title_examples():
    for example in REPORT_TITLE_RULE.failing:
        assert run_checks(report_from_example(example), rules=(REPORT_TITLE_RULE,)).findings, example
    for example in REPORT_TITLE_RULE.passing:
        assert run_checks(report_from_example(example), rules=(REPORT_TITLE_RULE,)).findings == [], example

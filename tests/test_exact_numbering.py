"""序号 rules, each finding whole: the 序号 quoted with its line and column, the message naming
both numbers, the fix (expected values written by hand)."""
import pytest

from township_app.checks import check_text, run_checks
from township_app.checks.engine import check_section
from township_app.checks.fixes import apply_edits, fixed_text, fixes_by_field
from township_app.checks.proofread.numbering import NUMBER_SEQUENCE_RULE, NUMBER_STYLE_RULE, TITLE_NUMBER_RULE
from township_app.checks.registry import SectionExample, report_from_example
from township_app.model import NUMBERING_NONE


def found(text, rule):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.location.length, f.message, f.fix)
            for f in check_text(text, rules=(rule,))]


def test_the_rules_are_named_as_the_settings_show_them():
    assert [(r.id, r.severity, r.title, r.family) for r in (NUMBER_STYLE_RULE, NUMBER_SEQUENCE_RULE,
                                                            TITLE_NUMBER_RULE)] == [
        ("number-style", "info", "序号写法", "numbering"),
        ("number-sequence", "warning", "序号顺序", "numbering"),
        ("typed-title-number", "info", "标题中重复的序号", "numbering")]


ARABIC_DUN = "序号“1、”按 GB/T 9704 应为“1.”"
CN_DOT = "序号“一.”按 GB/T 9704 应为“一、”"


@pytest.mark.parametrize("text,expected", [
    ("一、全年工作任务完成情况\n1、城乡居民低保水平。", [("、", 2, 2, ARABIC_DUN, ".")]),
    ("现将有关情况汇报如下：1、加强领导。", [("、", 1, 13, ARABIC_DUN, ".")]),
    ("12、加强领导", [("、", 1, 3, ARABIC_DUN, ".")]),
    ("一.基本情况\n全乡下辖八个村。", [(".", 1, 2, CN_DOT, "、")]),
    ("十一．基本情况", [("．", 1, 3, CN_DOT, "、")]),
    ("1.加强领导。2．落实责任。", []),
    ("一、基本情况", []),
    ("分别于1、2月份完成", []),
    ("（一）加强领导", []),
])
def test_number_style(text, expected):
    assert found(text, NUMBER_STYLE_RULE) == [
        ("number-style", "info", quote, line, column, 1, message, fix) for quote, line, column, message, fix in expected]


def test_number_style_fixes():
    text = "一.基本情况\n1、加强领导。2、落实责任。"
    assert fixed_text(text, check_text(text, rules=(NUMBER_STYLE_RULE,))) == ("一、基本情况\n1.加强领导。2.落实责任。", 3)


JUMP = "，按 GB/T 9704 层次依次为“一、”“（一）”“1.”“（1）”"


@pytest.mark.parametrize("text,expected", [
    ("一、基本情况\n二、工作开展情况\n二、下一步工作计划", [("二、", 3, 1, "序号重复：“二、”之后又是“二、”")]),
    ("一、基本情况\n（一）经济\n（三）民生", [("（三）", 3, 1, "序号跳号：“（一）”之后为“（三）”")]),
    ("（一）经济\n1.增收。\n2.修路。\n4.建房。", [("4.", 4, 1, "序号跳号：“2.”之后为“4.”")]),
    ("（一）经济\n1.增收。\n3.修路。\n2.建房。", [("3.", 3, 1, "序号跳号：“1.”之后为“3.”"),
                                          ("2.", 4, 1, "序号顺序颠倒：“3.”之后为“2.”")]),
    ("存在的问题：一是基础薄弱；二是人才不足；四是资金短缺。", [("四是", 1, 21, "序号跳号：“二是”之后为“四是”")]),
    ("第一，巩固成果。\n第三，提升环境。", [("第三", 2, 1, "序号跳号：“第一”之后为“第三”")]),
    ("第一部分 概况\n第三部分 成效", [("第三部分", 2, 1, "序号跳号：“第一部分”之后为“第三部分”")]),
    ("一、甲\n三、乙", [("三、", 2, 1, "序号跳号：“一、”之后为“三、”")]),
    ("1.人口\n（1）男性\n（3）女性", [("（3）", 3, 1, "序号跳号：“（1）”之后为“（3）”")]),
    ("（一）甲\n(3)乙", [("(3)", 2, 1, "序号“(3)”之前没有“（1）”")]),
    # a level skipped: only the first 序号 of the sequence says so
    ("一、基本情况\n（1）人口。", [("（1）", 2, 1, "层次越级：“一、”之下直接用“（1）”" + JUMP)]),
    ("一、基本情况\n（1）人口\n（2）经济", [("（1）", 2, 1, "层次越级：“一、”之下直接用“（1）”" + JUMP)]),
    ("第一部分 基本情况\n1.人口。", [("1.", 2, 1, "层次越级：“第一部分”之下直接用“1.”" + JUMP)]),
    # a sequence starting at two: its first is named as the text writes that level
    ("人人皆知。三是深入开展线索摸排工作。", [("三是", 1, 6, "序号“三是”之前没有“一是”")]),
    ("工作如下。第二，加强领导。", [("第二", 1, 6, "序号“第二”之前没有“第一”")]),
    ("一、基本情况\n（二）经济", [("（二）", 2, 1, "序号“（二）”之前没有“（一）”")]),
    ("（一）经济\n2.修路。", [("2.", 2, 1, "序号“2.”之前没有“1.”")]),
    ("（一）经济\n2、修路。", [("2、", 2, 1, "序号“2、”之前没有“1、”")]),
    ("第一部分 概况\n二、人口", [("二、", 2, 1, "序号“二、”之前没有“一、”")]),
    ("1.人口\n（2）男性", [("（2）", 2, 1, "序号“（2）”之前没有“（1）”")]),
    ("（一）经济\n12.修路。", [("12.", 2, 1, "序号“12.”之前没有“1.”")]),
    # 0. in 10.5 is no 序号 typed; nor is the 1. of 1.5 the missing 2.
    ("（一）经济增长10.5%\n2.修路。", [("2.", 2, 1, "序号“2.”之前没有“1.”")]),
    ("（一）甲\n1.投入1.5万元。\n3.修路。", [("3.", 3, 1, "序号跳号：“1.”之后为“3.”")]),
    ("（一）甲\n1.乙。\n12.丙。", [("12.", 3, 1, "序号跳号：“1.”之后为“12.”")]),
    # each heading starts its children's count over
    ("（一）经济\n1.增收。\n2.修路。\n（二）民生\n2.低保。", [("2.", 5, 1, "序号“2.”之前没有“1.”")]),
    ("一、甲\n一是乙；二是丙。\n二、丁\n三是戊。", [("三是", 4, 1, "序号“三是”之前没有“一是”")]),
    ("一、甲\n一是乙；二是丙。\n二、丁\n一是戊；三是己。", [("三是", 4, 5, "序号跳号：“一是”之后为“三是”")]),
    # a number inside a word or a figure is no 序号 typed
    ("一、基本情况\n全乡二十个村。\n三、保障措施", [("三、", 3, 1, "序号跳号：“一、”之后为“三、”")]),
    ("（一）经济：村（二十个）组(二十三个)户(十二)人（十二）\n（三）民生",
     [("（三）", 2, 1, "序号跳号：“（一）”之后为“（三）”")]),
    ("（一）甲\n1.投入2万元。\n3.修路。", [("3.", 3, 1, "序号跳号：“1.”之后为“3.”")]),
    ("1.甲\n（1）乙（20户）丙(25人)丁（12）戊(12)\n（3）己", [("（3）", 3, 1, "序号跳号：“（1）”之后为“（3）”")]),
    ("第一，巩固二十个村的成果。\n第三，提升环境。", [("第三", 2, 1, "序号跳号：“第一”之后为“第三”")]),
    ("存在的问题：一是基础薄弱，二十个村缺人；三是资金短缺。", [("三是", 1, 21, "序号跳号：“一是”之后为“三是”")]),
    ("第一部分 概况，分二部分介绍\n第三部分 成效", [("第三部分", 2, 1, "序号跳号：“第一部分”之后为“第三部分”")]),
    ("第一部分 概况\n第二，加强领导。\n第三部分 成效", [("第二", 2, 1, "序号“第二”之前没有“第一”"),
                                          ("第三部分", 3, 1, "序号跳号：“第一部分”之后为“第三部分”")]),
    # only what was typed after the heading counts as typed
    ("工作一是好。\n二、基本情况\n三是加强领导。", [("三是", 3, 1, "序号“三是”之前没有“一是”")]),
])
def test_number_sequence(text, expected):
    assert found(text, NUMBER_SEQUENCE_RULE) == [
        ("number-sequence", "warning", quote, line, column, len(quote), message, None)
        for quote, line, column, message in expected]


@pytest.mark.parametrize("text", [
    # a text's first heading may go on from elsewhere
    "二、下一步工作打算\n三、保障措施",
    # a number typed inside a line (run into a heading) counts as written
    "一、基本情况（一）人口\n（二）经济",
    "一、基本情况(一)人口\n（二）经济",
    "一、甲\n二、乙三、丙\n四、丁",
    "（一）甲\n1.乙丙2.丁\n3.戊",
    "（一）甲\n1.乙丙2、丁\n3.戊",
    "（一）甲\n1.乙丙2．丁\n3.戊",
    "1.甲\n（1）乙（2）丙\n（3）丁",
    "1.甲\n（1）乙(2)丙\n（3）丁",
    "第一，甲第二，乙。第三，丙。",
    "一是甲，丁二是乙。三是丙。",
    "第一部分 甲第二部分乙\n第三部分 丙",
    # 第一次 at the text's start reads as 第一 typed
    "第一次会议后。第二，加强领导。",
    # a sequence starts over at 1; one level skipped is common usage
    "1.甲。\n2.乙。\n1.丙。",
    "一、基本情况\n1.人口。\n2.经济。",
    "一、甲\n（一）乙\n（1）丙",
])
def test_number_sequence_quiet(text):
    assert found(text, NUMBER_SEQUENCE_RULE) == []


def title_findings(titles, numbering_none=(), section=None):
    report = report_from_example(tuple(SectionExample(title=t) for t in titles))
    for s in report.sections:
        if s.id in numbering_none:
            s.numbering = NUMBERING_NONE
    findings = (run_checks(report, rules=(TITLE_NUMBER_RULE,)).findings if section is None
                else check_section(report, section, rules=(TITLE_NUMBER_RULE,)))
    return [(f.rule, f.severity, f.quote, f.location.section_id, f.location.field, f.location.start,
             f.message, f.fix) for f in findings]


def test_a_number_typed_in_a_numbered_title():
    assert title_findings(["基本情况", "（二）\u3000 工作开展情况", "三、\t保障措施", "一是加强领导", "第一，落实"]) == [
        ("typed-title-number", "info", "（二）\u3000 ", 2, "title", 0, "标题前又输入了序号“（二）”：本节已自动编号为“二、”", ""),
        ("typed-title-number", "info", "三、\t", 3, "title", 0, "标题前又输入了序号“三、”：本节已自动编号为“三、”", "")]


def test_a_title_that_is_only_a_number_or_not_numbered_is_left():
    assert title_findings(["二、", "二、 ", " 一、基本情况", "一、基本情况"], numbering_none={4}) == []


def test_a_number_typed_in_a_title_is_found_for_the_section_checked():
    assert title_findings(["一、基本情况", "二、工作开展情况"], section=2) == [
        ("typed-title-number", "info", "二、", 2, "title", 0, "标题前又输入了序号“二、”：本节已自动编号为“二、”", "")]


def test_the_fix_removes_the_typed_number():
    report = report_from_example((SectionExample(title="1.加强领导"), SectionExample(title="（二） 落实责任")))
    edits = fixes_by_field(run_checks(report, rules=(TITLE_NUMBER_RULE,)).findings)
    assert apply_edits("1.加强领导", edits[(1, "title")]) == ("加强领导", 1)
    assert apply_edits("（二） 落实责任", edits[(2, "title")]) == ("落实责任", 1)


# the examples last: engine._hits_in_text caches a text's hits, and scripts/mutate.py credits a line only to the
# tests that ran it, so the exact tests above must be the ones to compute each shared text first
@pytest.mark.parametrize("rule", [NUMBER_STYLE_RULE, NUMBER_SEQUENCE_RULE], ids=lambda r: r.id)
def test_each_failing_example_is_flagged_and_each_passing_one_is_not(rule):
    for example in rule.failing:
        assert [f.rule for f in check_text(example, rules=(rule,))] != [], example
    for example in rule.passing:
        assert check_text(example, rules=(rule,)) == [], example


def test_title_number_examples():
    for example in TITLE_NUMBER_RULE.failing:
        assert run_checks(report_from_example(example), rules=(TITLE_NUMBER_RULE,)).findings, example
    for example in TITLE_NUMBER_RULE.passing:
        assert run_checks(report_from_example(example), rules=(TITLE_NUMBER_RULE,)).findings == [], example

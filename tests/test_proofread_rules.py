"""The 公文 proofreading rules, finding by finding: severity, the exact span quoted, the fix."""
import pytest

from township_app.checks import check_text, default_rules, run_checks
from township_app.checks.fixes import fixed_text
from township_app.checks.proofread import PROOFREAD_RULES
from township_app.checks.registry import SectionExample, report_from_example
from township_app.model import ReportProperties

#: a body long enough for a text to be a whole 公文 (shorter passages have no title or date to miss)
BODY = "全乡干部群众攻坚克难，埋头苦干，较好地完成了县委、县政府交办的各项工作任务。" * 6


def proofread(text):
    return [(f.rule, f.severity, f.quote, f.fix, f.location.line, f.location.column)
            for f in check_text(text, rules=PROOFREAD_RULES)]


def messages(text):
    return [f.message for f in check_text(text, rules=PROOFREAD_RULES)]


def test_no_proofreading_rule_is_an_error_and_each_has_its_family():
    families = {r.id: r.family for r in PROOFREAD_RULES}
    assert {r.severity for r in PROOFREAD_RULES} <= {"warning", "info"}
    assert set(families.values()) == {"punctuation", "numbering", "headings", "dates"}
    assert all(r in default_rules() for r in PROOFREAD_RULES)
    assert not any(r.family == "punctuation" for r in default_rules(["punctuation"]))


def test_halfwidth_comma_quotes_only_the_mark_and_fixes_it():
    [finding] = check_text("2018年,我乡在县委的领导下", rules=PROOFREAD_RULES)
    assert (finding.rule, finding.severity, finding.family) == ("halfwidth-punctuation", "info", "punctuation")
    assert (finding.quote, finding.fix, finding.location.column, finding.location.length) == (",", "，", 6, 1)
    assert finding.message == "半角逗号“,”，中文行文应为全角“，”"


def test_halfwidth_marks_beside_figures_are_chinese_but_never_inside_them():
    assert proofread("下辖8个村,127个村民小组,增长1.1%,农民增收") == [
        ("halfwidth-punctuation", "info", ",", "，", 1, 6),
        ("halfwidth-punctuation", "info", ",", "，", 1, 15),
        ("halfwidth-punctuation", "info", ",", "，", 1, 22)]
    # a comma followed by spaces: the fix takes the spaces with it
    assert proofread("下辖8个村,  共127个村民小组") == [("halfwidth-punctuation", "info", ",  ", "，", 1, 6)]


@pytest.mark.parametrize("text", [
    "全乡1,234户，人均3.5亩。", "上午8:30召开，比例为3:2。", "按(3+2)×4计算。",
    "详见http://www.gov.cn/a,b;c?x=1，请查阅。", "联系邮箱abc.def@qq.com。",
    "Hello, world; OK! (see note)", "依据《中华人民共和国劳动法》规定，", "依据《村民委员会选举规程(试行)》，", "共?户，待补。"])
def test_numbers_times_formulas_urls_english_and_law_names_are_left_alone(text):
    assert proofread(text) == []


def test_bracket_pairs_follow_their_partner():
    assert proofread("(一)求真务实") == [
        ("halfwidth-punctuation", "info", "(", "（", 1, 1), ("halfwidth-punctuation", "info", ")", "）", 1, 3)]
    # half of the pair already full-width: the other half is Chinese too
    assert proofread("残疾人(含精神残疾）") == [("halfwidth-punctuation", "info", "(", "（", 1, 4)]


def test_ascii_quotes_become_chinese_quotes_in_pairs():
    assert proofread('开展"雪亮工程"建设') == [
        ("halfwidth-punctuation", "info", '"', "“", 1, 3), ("halfwidth-punctuation", "info", '"', "”", 1, 8)]
    assert proofread('他说"好') == [("halfwidth-punctuation", "info", '"', None, 1, 3)]


def test_half_width_full_stop_between_chinese_characters():
    assert proofread("有很多实际困难.残疾人家庭") == [("halfwidth-punctuation", "info", ".", "。", 1, 8)]


def test_unpaired_marks_are_warnings_without_a_fix():
    assert proofread("开展“雪亮工程建设。") == [("unpaired-mark", "warning", "“", None, 1, 3)]
    assert messages("完成改造）任务") == ["“）”前面没有与之成对的“（”"]
    assert messages("依据《劳动法的规定") == ["“《”后面没有与之成对的“》”"]
    assert proofread("1）加强领导。2）落实责任。") == []


def test_doubled_marks_quote_the_run_and_keep_one():
    assert proofread("加强领导，，落实责任。。") == [
        ("doubled-punctuation", "warning", "，，", "，", 1, 5), ("doubled-punctuation", "warning", "。。", "。", 1, 11)]
    assert proofread("等等……——县委") == []


def test_a_mark_after_a_bracketed_number_is_removed():
    assert proofread("（一）、求真务实") == [("bracket-number-mark", "info", "、", "", 1, 4)]
    assert proofread("按照第（一）、（二）款执行") == []


def test_arabic_number_with_dun_becomes_a_full_stop():
    assert proofread("一、基本情况\n1、城乡居民低保水平。低保工作…") == [("number-style", "info", "、", ".", 2, 2)]
    assert messages("1、加强领导，落实责任") == ["序号“1、”按 GB/T 9704 应为“1.”"]
    assert proofread("一.基本情况") == [("number-style", "info", ".", "、", 1, 2)]
    assert proofread("分别于1、2月份完成，共计3、4户。") == []


def test_sequences_name_both_numbers():
    assert messages("一、基本情况\n二、工作开展情况\n二、下一步工作计划") == ["序号重复：“二、”之后又是“二、”"]
    assert messages("问题有三：一是基础薄弱；二是人才不足；四是资金短缺。") == ["序号跳号：“二是”之后为“四是”"]
    assert messages("（一）经济\n1.增收。\n3.修路。\n2.建房。") == [
        "序号跳号：“1.”之后为“3.”", "序号顺序颠倒：“3.”之后为“2.”"]
    assert messages("第一，巩固成果。\n第三，提升环境。") == ["序号跳号：“第一”之后为“第三”"]
    assert messages("人人皆知。三是深入开展线索摸排工作。") == ["序号“三是”之前没有“一是”"]
    [finding] = check_text("一、基本情况\n（1）人口", rules=PROOFREAD_RULES)
    assert (finding.rule, finding.severity, finding.quote) == ("number-sequence", "warning", "（1）")
    assert finding.message.startswith("层次越级：“一、”之下直接用“（1）”")
    # each heading starts its children's count over; a run-in （一） after a heading still counts
    assert messages("一、甲\n（一）乙\n1.丙。丙丙。\n2.丁。丁丁。\n（二）戊\n1.己。己己。\n二、庚") == []
    assert [f.rule for f in check_text("一、主要工作情况(一)多方联动。(二)积极谋划。", rules=PROOFREAD_RULES)
            ] == ["halfwidth-punctuation"] * 4


def test_standalone_heading_ending_in_full_stop():
    assert proofread("（一）求真务实。\n全乡增收。") == [("heading-full-stop", "info", "。", "", 1, 8)]
    assert proofread("1.经济实力增强。全乡增收。") == []
    assert proofread("1.完成低保审核。\n2.完成危房改造。\n3.完成厕所改造。") == []


def test_plain_text_title_missing_punctuated_or_repeated():
    assert proofread("根据县委的工作安排，我乡取得了成效。\n" + BODY) == [("text-title", "info", "根", None, 1, 1),
                                                           ("text-doc-date", "info", "务", None, 2, len(BODY) - 1)]
    found = check_text("乡镇年度民生工作总结\n\n乡镇年度民生工作总结\n" + BODY + "\n2024年3月5日", rules=PROOFREAD_RULES)
    assert [(f.rule, f.severity, f.quote, f.location.line, f.message) for f in found] == [
        ("text-title", "warning", "乡镇年度民生工作总结", 3, "标题重复：第二行又是标题")]
    found = check_text("关于工作的总结，请审阅\n" + BODY + "\n2024年3月5日", rules=PROOFREAD_RULES)
    assert [(f.quote, f.message) for f in found] == [("，", "标题中有标点“，”：公文标题除书名号外一般不用标点")]
    # a passage is not a whole 公文: nothing about title or date
    assert proofread("我乡取得了成效。") == []


def test_dates_padded_or_in_chinese_numerals():
    assert proofread("于2024年03月05日召开") == [("padded-date", "info", "03月", "3月", 1, 7),
                                              ("padded-date", "info", "05日", "5日", 1, 10)]
    assert proofread("于2019年10月召开，编号03号，完成03户。") == []
    found = check_text("工作总结\n" + BODY + "\n某乡人民政府\n二〇二四年三月五日", rules=PROOFREAD_RULES)
    assert [(f.rule, f.quote, f.fix, f.location.line) for f in found] == [
        ("text-doc-date", "二〇二四年三月五日", "2024年3月5日", 4)]
    found = check_text("工作总结\n" + BODY + "\n某乡人民政府\n  2024.3.15  ", rules=PROOFREAD_RULES)
    assert [(f.quote, f.fix, f.location.column) for f in found] == [("2024.3.15", "2024年3月15日", 3)]
    found = check_text("工作总结\n" + BODY + "\n某乡人民政府", rules=PROOFREAD_RULES)
    assert [(f.rule, f.quote, f.message) for f in found] == [
        ("text-doc-date", "府", "未见成文日期：落款处应用阿拉伯数字写明年、月、日")]


def test_report_title_date_and_headings():
    def findings(props, *sections):
        report = report_from_example((props, *sections))
        return [(f.rule, f.severity, f.quote, f.fix, f.message, f.location.field)
                for f in run_checks(report, rules=PROOFREAD_RULES).findings]

    done = dict(issuer="某乡人民政府", doc_date="2024-03-05")
    assert findings(ReportProperties(title="乡工作汇报材料", **done), SectionExample(title="基本情况")) == []
    assert findings(ReportProperties(township="某乡", **done), SectionExample(title="基本情况")) == [
        ("report-headings", "info", "基", None, "报告未填标题：请在报告属性中填写标题", "title")]
    assert findings(ReportProperties(title="乡工作汇报材料", **done),
                    SectionExample(title="", body="乡工作汇报材料\n今年以来稳步推进。")) == [
        ("report-headings", "warning", "乡工作汇报材料", None, "标题重复：与报告标题相同", "body")]
    assert findings(ReportProperties(title="乡工作汇报材料", **done), SectionExample(title="低保水平。")) == [
        ("report-headings", "info", "。", "", "标题末尾不用句号", "title")]
    assert findings(ReportProperties(title="乡工作汇报材料", issuer="某乡人民政府"),
                    SectionExample(title="基本情况", body="今年以来稳步推进。")) == [
        ("report-doc-date", "info", "。", None, "报告未填成文日期：请在报告属性中填写（打印在落款处）", "body")]
    # a bare report (an example, nothing set up, a few words) has no title or date to miss
    assert findings(ReportProperties(), SectionExample(title="基本情况", body="今年以来。")) == []


def test_every_fix_of_a_messy_paragraph_at_once():
    text = "(一)求真务实\n2018年,我乡于2019年03月05日召开会议;1、加强领导，，落实责任.全乡共1,234户"
    fixed, count = fixed_text(text, check_text(text, rules=PROOFREAD_RULES))
    assert fixed == "（一）求真务实\n2018年，我乡于2019年3月5日召开会议；1.加强领导，落实责任。全乡共1,234户"
    assert count == 9


def test_a_number_typed_in_a_numbered_title_is_removed():
    report = report_from_example((SectionExample(title="基本情况"), SectionExample(title="（二） 工作开展情况"),
                                  SectionExample(title="1、加强领导")))
    findings = run_checks(report, rules=PROOFREAD_RULES).findings
    assert [(f.rule, f.severity, f.quote, f.fix, f.message) for f in findings if f.rule == "typed-title-number"] == [
        ("typed-title-number", "info", "（二） ", "", "标题前又输入了序号“（二）”：本节已自动编号为“二、”"),
        ("typed-title-number", "info", "1、", "", "标题前又输入了序号“1、”：本节已自动编号为“三、”")]
    from township_app.checks.fixes import apply_edits, fixes_by_field
    edits = fixes_by_field(findings)
    assert apply_edits("1、加强领导", edits[(3, "title")]) == ("加强领导", 1)  # 1、 → 1. overlaps: skipped

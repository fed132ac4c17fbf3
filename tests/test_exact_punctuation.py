"""标点 rules, each finding whole: rule, severity, the exact characters quoted and their line and
column, the message and the fix 修正 writes (expected values written by hand)."""
import pytest

from township_app.checks import check_text
from township_app.checks.fixes import fixed_text
from township_app.checks.proofread.punctuation import (BRACKET_NUMBER_MARK_RULE, DOUBLED_RULE, HALFWIDTH_RULE,
                                                       UNPAIRED_RULE)

RULES = (HALFWIDTH_RULE, UNPAIRED_RULE, DOUBLED_RULE, BRACKET_NUMBER_MARK_RULE)


def found(text, rule):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.location.length, f.message, f.fix)
            for f in check_text(text, rules=(rule,))]


HALF_MESSAGE = {
    ",": "半角逗号“,”，中文行文应为全角“，”",
    ";": "半角分号“;”，中文行文应为全角“；”",
    ":": "半角冒号“:”，中文行文应为全角“：”",
    "!": "半角叹号“!”，中文行文应为全角“！”",
    "?": "半角问号“?”，中文行文应为全角“？”",
    "(": "半角括号“(”，中文行文应为全角“（”",
    ")": "半角括号“)”，中文行文应为全角“）”",
}
HALF_FIX = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}


def half(quote, column, line=1):
    mark = quote[0]
    return ("halfwidth-punctuation", "info", quote, line, column, len(quote), HALF_MESSAGE[mark], HALF_FIX[mark])


def stop(column, line=1):
    return ("halfwidth-punctuation", "info", ".", line, column, 1, "半角句点“.”，中文行文句末应为句号“。”", "。")


def quote_open(column, line=1):
    return ("halfwidth-punctuation", "info", '"', line, column, 1, '英文双引号"，中文行文应为前引号“', "“")


def quote_close(column, line=1):
    return ("halfwidth-punctuation", "info", '"', line, column, 1, '英文双引号"，中文行文应为后引号”', "”")


def quote_alone(column, line=1):
    return ("halfwidth-punctuation", "info", '"', line, column, 1, '英文双引号"未成对，中文行文应为成对的“”', None)


def test_the_rules_are_named_as_the_settings_show_them():
    assert [(r.id, r.severity, r.title, r.family) for r in RULES] == [
        ("halfwidth-punctuation", "info", "半角标点", "punctuation"),
        ("unpaired-mark", "warning", "标点不成对", "punctuation"),
        ("doubled-punctuation", "warning", "标点重复", "punctuation"),
        ("bracket-number-mark", "info", "括号序号后的标点", "punctuation")]


@pytest.mark.parametrize("text,expected", [
    ("2018年,我乡在县委的领导下", [half(",", 6)]),
    ("现将有关情况汇报如下:", [half(":", 11)]),
    ("完成既定任务;全乡稳定", [half(";", 7)]),
    ("真正做到了零上访!", [half("!", 9)]),
    ("真的完成了吗?", [half("?", 7)]),
    # the ASCII spaces typed after a mark go with it, when Chinese follows them
    ("村, 下辖", [half(", ", 2)]),
    ("村,\t 下辖", [half(",\t ", 2)]),
    ("村, abc", [half(",", 2)]),
    ("完成, ", [half(",", 3)]),
    # a digit on one side only is no number
    ("截至2018,全乡", [half(",", 7)]),
    # a comma before a unit is no blank (only a question mark is)
    ("全村共5户,人均收入", [half(",", 6)]),
    # Chinese on the right only
    ("OK,下一步", [half(",", 3)]),
    ("OK,甲", [half(",", 3)]),
])
def test_halfwidth_marks_in_chinese_text(text, expected):
    assert found(text, HALFWIDTH_RULE) == expected


@pytest.mark.parametrize("text", [
    "全乡1,234户", "上午8:30召开", "Hello, world。", "共?户", "投入??万元", "完成数量为??。", "完成率?%。", "a,b，c",
    "详见http://www.gov.cn/a,b;c，", "Hello, world; OK!"])
def test_halfwidth_marks_left_alone(text):
    assert found(text, HALFWIDTH_RULE) == []


@pytest.mark.parametrize("text,expected", [
    ("(一)求真务实", [half("(", 1), half(")", 3)]),
    # pairs are found within a line: the ( of line 1 has no partner on line 2
    ("甲(ab\ncd)", [half("(", 2)]),
    # one half already full-width: the other is Chinese too
    ("（含精神残疾)", [half(")", 7)]),
    ("(abc）", [half("(", 1)]),
    ("（abc)", [half(")", 5)]),
    ("a(含)b，", [half("(", 2), half(")", 4)]),
    ("甲(abc)", [half("(", 2), half(")", 6)]),
    ("(abc)乙", [half("(", 1), half(")", 5)]),
    ("x(乙", [half("(", 2)]),
    ("乙)x", [half(")", 2)]),
    ("a(abc)b，", []),
    ("按(3+2)×4计算", []),
    ("完成(\n3+2)", [half("(", 3)]),
    # a line break closes nothing: both ( of line 1 stay open, the ) of line 2 has no partner
    ("x(甲(\ny)z", [half("(", 2), half("(", 4)]),
])
def test_halfwidth_brackets(text, expected):
    assert found(text, HALFWIDTH_RULE) == expected


@pytest.mark.parametrize("text,expected", [
    ('开展"雪亮工程"建设', [quote_open(3), quote_close(8)]),
    ('甲"乙"丙"丁', [quote_open(2), quote_close(4), quote_alone(6)]),
    ('甲"乙"丙"丁"', [quote_open(2), quote_close(4), quote_open(6), quote_close(8)]),
    ('a"乙"b，', [quote_open(2), quote_close(4)]),
    ('ab"乙', [quote_alone(3)]),
    ('x"ok"好', [quote_open(2), quote_close(5)]),
    ('"乙"b，', [quote_open(1), quote_close(3)]),
    # quotes pair within a line
    ('甲"乙\n丙"丁', [quote_alone(2), quote_alone(2, line=2)]),
    ('say "ok" 好', [quote_open(5), quote_close(8)]),
    ('他说 "OK"', [quote_open(4), quote_close(7)]),
    ('version "1.0" released，完成', []),
    ('"OK" is fine，好', []),
    ('a"b，', []),
    ('依据《关于"三农"工作的意见》开展', []),
    ('说明\n依据《关于"三农"工作的意见》开展', []),
])
def test_ascii_double_quotes(text, expected):
    assert found(text, HALFWIDTH_RULE) == expected


@pytest.mark.parametrize("text,expected", [
    ("残疾人有很多实际困难.残疾人家庭", [stop(11)]),
    ("任务已完成.", [stop(6)]),
    ("任务已完成.\n下一步", [stop(6)]),
    ("实现统一.全乡", [stop(5)]),
    ("统一.全乡", [stop(3)]),
    ("任务完成。好.全乡", [stop(7)]),
    ("完成A.全乡", []),
    ("一.基本情况", []),
    ("工作。二.基本", []),
    ("概述\n十二.基本", []),
    ("工作 二.基本", []),
    (".甲乙", []),
    ("a.乙", []),
    ("甲.b", []),
    ("增长1.5乙", []),
])
def test_halfwidth_full_stop(text, expected):
    assert found(text, HALFWIDTH_RULE) == expected


def test_halfwidth_fixes_make_the_text_chinese():
    text = '2018年,我乡 完成: 任务!开展"雪亮工程"建设(一期)完成.全乡1,234户'
    fixed, count = fixed_text(text, check_text(text, rules=(HALFWIDTH_RULE,)))
    assert fixed == "2018年，我乡 完成：任务！开展“雪亮工程”建设（一期）完成。全乡1,234户"
    assert count == 8


def unpaired(mark, column, message, line=1):
    return ("unpaired-mark", "warning", mark, line, column, 1, message, None)


@pytest.mark.parametrize("text,expected", [
    ("开展“雪亮工程建设。", [unpaired("“", 3, "““”后面没有与之成对的“””")]),
    ("农村适龄（35-64岁“两癌”免费检查", [unpaired("（", 5, "“（”后面没有与之成对的“）”")]),
    ("依据《中华人民共和国劳动法的规定", [unpaired("《", 3, "“《”后面没有与之成对的“》”")]),
    ("完成改造）任务", [unpaired("）", 5, "“）”前面没有与之成对的“（”")]),
    ("劳动法》规定", [unpaired("》", 4, "“》”前面没有与之成对的“《”")]),
    ("他说：好”", [unpaired("”", 5, "“””前面没有与之成对的““”")]),
    ("共3）户", [unpaired("）", 3, "“）”前面没有与之成对的“（”")]),
    ("“甲”（乙）《丙》）", [unpaired("）", 10, "“）”前面没有与之成对的“（”")]),
    # each paragraph closes what it opens
    ("（甲\n乙）", [unpaired("（", 1, "“（”后面没有与之成对的“）”"),
                  unpaired("）", 2, "“）”前面没有与之成对的“（”", line=2)]),
    # a quotation over paragraphs opens each of them, and only those
    ("开展“雪亮\n“工程”", [unpaired("“", 3, "““”后面没有与之成对的“””")]),
    ("甲“第一段\n“第二段。”", [unpaired("“", 2, "““”后面没有与之成对的“””")]),
    ("甲\n乙“第二段\n“第三段。”", [unpaired("“", 2, "““”后面没有与之成对的“””", line=2)]),
    ("“第一段\n第二段。”", [unpaired("“", 1, "““”后面没有与之成对的“””"),
                       unpaired("”", 5, "“””前面没有与之成对的““”", line=2)]),
    ("“（甲）\n（乙", [unpaired("“", 1, "““”后面没有与之成对的“””"),
                   unpaired("（", 1, "“（”后面没有与之成对的“）”", line=2)]),
])
def test_unpaired_marks(text, expected):
    assert found(text, UNPAIRED_RULE) == expected


@pytest.mark.parametrize("text", [
    "完成(改造。", "完成改造)任务", "1）加强领导。2）落实责任。", "工作：1）加强", "　三）加强", "十二）加强",
    "“第一段\n“第二段。”", "甲\n“第二段\n“第三段。”", "“（甲）”", "残疾人(含精神残疾）", "依据《劳动法》（2018）"])
def test_paired_marks_and_list_numbers_are_quiet(text):
    assert found(text, UNPAIRED_RULE) == []


@pytest.mark.parametrize("text,expected", [
    ("加强领导，，落实责任。", [("，，", 5, "，")]),
    ("任务已完成。。。", [("。。。", 6, "。")]),
    ("县委、、县政府；；会议：：", [("、、", 3, "、"), ("；；", 8, "；"), ("：：", 12, "：")]),
    ("真好！！等等……——县委", []),
])
def test_doubled_marks(text, expected):
    assert found(text, DOUBLED_RULE) == [
        ("doubled-punctuation", "warning", quote, 1, column, len(quote), f"标点“{mark}”重复", mark)
        for quote, column, mark in expected]


def test_doubled_marks_keep_one():
    text = "加强领导，，，落实责任。。"
    assert fixed_text(text, check_text(text, rules=(DOUBLED_RULE,))) == ("加强领导，落实责任。", 2)


def bracket_mark(mark, column, line=1):
    return ("bracket-number-mark", "info", mark, line, column, 1,
            f"括号序号后不加“{mark}”（GB/T 9704：“（一）”“（1）”后不用标点）", "")


@pytest.mark.parametrize("text,expected", [
    ("（一）、求真务实", [bracket_mark("、", 4)]),
    ("二、工作情况\n(三)、以人为本", [bracket_mark("、", 4, line=2)]),
    ("（2）．加强领导", [bracket_mark("．", 4)]),
    ("（二十三）、加强", [bracket_mark("、", 6)]),
    ("(二十三)、加强", [bracket_mark("、", 6)]),
    ("工作。（二）,加强", [bracket_mark(",", 7)]),
    (" \u3000（一）、求真", [bracket_mark("、", 6)]),
    ("(12).加强", [bracket_mark(".", 5)]),
    ("按照第（一）、（二）款执行", []),
    ("详见（一）、附件", []),
    ("见 （一）、附件", []),
    ("（一）、（二）项", []),
    ("（a）、求真", []),
    ("（一二三四）、求真", []),
])
def test_mark_after_a_bracketed_number(text, expected):
    assert found(text, BRACKET_NUMBER_MARK_RULE) == expected


def test_mark_after_a_bracketed_number_is_removed_by_the_fix():
    text = "（一）、求真务实\n（二）、以人为本"
    assert fixed_text(text, check_text(text, rules=(BRACKET_NUMBER_MARK_RULE,))) == ("（一）求真务实\n（二）以人为本", 2)


def test_a_question_mark_opening_a_line_is_chinese():
    assert found("问题如下：\n?如何推进", HALFWIDTH_RULE) == [half("?", 1, line=2)]


# the examples last: engine._hits_in_text caches a text's hits, and scripts/mutate.py credits a line only to the
# tests that ran it, so the exact tests above must be the ones to compute each shared text first
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_failing_example_is_flagged_and_each_passing_one_is_not(rule):
    for example in rule.failing:
        assert [f.rule for f in check_text(example, rules=(rule,))], example
    for example in rule.passing:
        assert check_text(example, rules=(rule,)) == [], example

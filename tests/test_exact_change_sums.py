"""The changes of a breakdown (rule change-sum), each finding whole: severity, the quoted change
of the first part with its column, the total's change as the related place, and the sums in the
message. Every expected figure is worked out by hand in the comment beside it."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "change-sum"]

TOTAL_UP = "全年实现总产值9800万元，比上年增620万元。"  # 620 at column 19
TOTAL_DOWN = "全年实现总产值9800万元，比上年减少620万元。"  # 620 at column 20


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.location.length,
             [(r.line, r.column, r.length) for r in f.related], f.message)
            for f in check_text(text, rules=(RULE,))]


def slip(quote, column, total_column, total_length, shown, unit, terms, total_shown):
    return ("change-sum", "error", quote, 1, column, len(quote), [(1, total_column, total_length)],
            f"各分项的增减之和为 {shown} {unit}（{terms}），与总数的增减 {total_shown} "
            f"不符（各分项本身之和与总数相符）")


@pytest.mark.parametrize("text,expected", [
    # the rule's own example: 4300 + 5500 = 9800, so 210 + 400 = 610 should be 620
    (TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年增400万元。",
     [slip("210万元", 43, 19, 5, "610", "万元", "210 + 400", "620 万元")]),
    # decimals: 14520 + 8844 = 23364; 509.5 + 823.12 = 1332.62, not 1333.12
    ("总产值23364万元，比上年增1333.12万元。其中：农业产值14520万元，比上年增509.5万元，"
     "工业产值8844万元，比上年增823.12万元。",
     [slip("509.5万元", 45, 16, 9, "1332.62", "万元", "509.5 + 823.12", "1333.12 万元")]),
    # both parts fell: −210 − 400 = −610 against a fall of 620
    (TOTAL_DOWN + "其中：农业产值4300万元，比上年减少210万元，工业产值5500万元，比上年减少400万元。",
     [slip("210万元", 45, 20, 5, "-610", "万元", "-210 - 400", "620 万元")]),
    # one up, one down: 210 − 30 = 180, the total rose 190
    ("全年实现总产值9800万元，比上年增长190万元。其中：农业产值4300万元，比上年增长210万元，"
     "工业产值5500万元，比上年下降30万元。",
     [slip("210万元", 45, 20, 5, "180", "万元", "210 - 30", "190 万元")]),
    # three parts: 4300 + 3500 + 2000 = 9800; 210 + 300 + 100 = 610
    (TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值3500万元，比上年增300万元，"
     "服务业产值2000万元，比上年增100万元。",
     [slip("210万元", 43, 19, 5, "610", "万元", "210 + 300 + 100", "620 万元")]),
    # a share between a part and its change is passed over: the change still belongs to the part
    (TOTAL_UP + "其中：农业产值4300万元，占43.9%，比上年增210万元，工业产值5500万元，比上年增400万元。",
     [slip("210万元", 50, 19, 5, "610", "万元", "210 + 400", "620 万元")]),
    # a change opening the next sentence with a one-character verb (增) is still the part's
    (TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元。增400万元。",
     [slip("210万元", 43, 19, 5, "610", "万元", "210 + 400", "620 万元")]),
    # households: 300 + 680 = 980; the parts changed +50 and −20 = 30, the total by 40
    ("全镇共有市场主体980户，比上年增40户，其中当年新增300户，比上年增50户，原有680户，比上年减20户。",
     [slip("50户", 37, 18, 3, "30", "户", "50 - 20", "40 户")]),
])
def test_a_breakdown_whose_changes_do_not_add_up(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # the changes agree: 210 + 410 = 620
    TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年增410万元。",
    # the levels do not add up (4300 + 5400 = 9700): the parts may not be the whole
    TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5400万元，比上年增400万元。",
    # falls that agree: −210 − 410 = −620
    TOTAL_DOWN + "其中：农业产值4300万元，比上年减少210万元，工业产值5500万元，比上年减少410万元。",
    # 210 − 20 = 190, the total's rise
    "全年实现总产值9800万元，比上年增长190万元。其中：农业产值4300万元，比上年增长210万元，"
    "工业产值5500万元，比上年下降20万元。",
    # −210 + 20 = −190, the total's fall
    "全年实现总产值9800万元，比上年减少190万元。其中：农业产值4300万元，比上年减少210万元，"
    "工业产值5500万元，比上年增加20万元。",
    # 210 − 400 = −190, the total's fall
    "全年实现总产值9800万元，比上年减少190万元。其中：农业产值4300万元，比上年增加210万元，"
    "工业产值5500万元，比上年减少400万元。",
    # three parts that agree: 210 + 300 + 110 = 620
    TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值3500万元，比上年增300万元，"
    "服务业产值2000万元，比上年增110万元。",
    # 210.4 + 409.7 = 620.1, which rounds to the 620 stated
    TOTAL_UP + "其中：农业产值4300万元，比上年增210.4万元，工业产值5500万元，比上年增409.7万元。",
    # an approximate figure anywhere: nothing is certain
    "全年实现总产值约9800万元，比上年增620万元。其中：农业产值4300万元，比上年增210万元，"
    "工业产值5500万元，比上年增400万元。",
    TOTAL_UP + "其中：农业产值约4300万元，比上年增210万元，工业产值5500万元，比上年增400万元。",
    "全年实现总产值9800万元，比上年增约620万元。其中：农业产值4300万元，比上年增210万元，"
    "工业产值5500万元，比上年增400万元。",
    TOTAL_UP + "其中：农业产值4300万元，比上年增约210万元，工业产值5500万元，比上年增400万元。",
    TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年增约400万元。",
    # a part without a change of its own
    TOTAL_UP + "其中：农业产值4300万元，工业产值5500万元，比上年增400万元。",
    # the total without a change of its own (当年新增 names a part, not the total's change)
    "全镇共有市场主体980户，其中当年新增300户，比上年增50户，原有680户，比上年减20户。",
    "全年实现总产值9800万元。其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年增400万元。",
    # a change in another unit is not the part's change in 万元
    TOTAL_UP + "其中：农业产值4300万元，比上年增210人，工业产值5500万元，比上年增400万元。",
    # a change in the next sentence, opened by more than one character, is not the part's
    TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元。增加400万元。",
    TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元。比上年增400万元。",
])
def test_changes_that_agree_or_cannot_be_compared_stay_quiet(text):
    assert found(text) == []


def test_the_rule_is_named_for_the_user():
    assert (RULE.severity, RULE.title) == ("error", "分项增减之和与总数增减不符")


def test_a_fall_among_the_terms_is_shown_as_a_minus():
    text = (TOTAL_UP + "其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年下降400万元。")
    # 210 − 400 = −190 against a rise of 620
    assert found(text) == [slip("210万元", 43, 19, 5, "-190", "万元", "210 - 400", "620 万元")]

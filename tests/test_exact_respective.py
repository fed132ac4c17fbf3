"""Lists matched in order by 分别, each finding whole. Quotients worked out by hand:
1236 ÷ 2000 = 61.8%, 318 ÷ 500 = 63.6%, 87 ÷ 150 = 58.0%; 468 ÷ 1105 = 42.352% → 42.35,
213 ÷ 1105 = 19.276% → 19.28; 1.2 ÷ 2.3 = 52.17%, 1.1 ÷ 2.3 = 47.83%."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "respective"]


def found(text):
    return [(f.severity, f.quote, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("respective", "error", "“分别”对应的比例与数值不符")


@pytest.mark.parametrize("text,expected", [
    ("上半年新增城镇就业1236人、失业人员再就业318人，分别完成全年目标任务2000人、500人的61.8%和36.6%。",
     [("error", "36.6%", "“分别”对应的比例填写为 36.6%，按 318 人 ÷ 500 人 计算应为 63.60%（按列出的顺序一一对应）",
       ("318人", "500人"))]),
    # the targets in a list of their own before the rates
    ("新增就业1236人，再就业318人，困难人员就业87人，全年目标任务分别为2000人、500人、150人，"
     "分别完成全年目标任务的61.8%、63.6%和85.0%。",
     [("error", "85.0%", "“分别”对应的比例填写为 85.0%，按 87 人 ÷ 150 人 计算应为 58.00%（按列出的顺序一一对应）",
       ("87人", "150人"))]),
    ("低保对象1105人，其中老年人468人、残疾人213人，分别占42.35%和19.82%。",
     [("error", "19.82%", "“分别”对应的比例填写为 19.82%，按 213 人 ÷ 1105 人 计算应为 19.28%（按列出的顺序一一对应）",
       ("213人", "1105人"))]),
])
def test_a_pair_that_misses_while_another_holds(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "上半年新增城镇就业1236人、失业人员再就业318人，分别完成全年目标任务2000人、500人的61.8%和63.6%。",
    "新增就业1236人，再就业318人，困难人员就业87人，全年目标任务分别为2000人、500人、150人，"
    "分别完成全年目标任务的61.8%、63.6%和58.0%。",
    "低保对象1105人，其中老年人468人、残疾人213人，分别占42.35%和19.28%。",
    "全镇总人口2.3万人，其中男性1.2万人、女性1.1万人，分别占52.2%和47.8%。",
    # no pair holds: the lists are not what they seem
    "低保对象1105人，其中老年人468人、残疾人213人，分别占12.35%和9.28%。",
    # without 其中 the base is not said
    "低保对象1105人，老年人468人、残疾人213人，分别占42.35%和19.82%。",
    # more figures than targets: which are meant is unclear
    "新增就业1236人，再就业318人，困难人员就业87人，分别完成全年目标任务2000人、500人的61.8%和36.6%。",
    "两村分别增长12.5%和8.3%。",
])
def test_lists_that_hold_or_cannot_be_paired(text):
    assert found(text) == []


def test_the_target_rule_leaves_respective_lists_to_this_one():
    text = ("新增就业1236人，再就业318人，困难人员就业87人，全年目标任务分别为2000人、500人、150人，"
            "分别完成全年目标任务的61.8%、63.6%和58.0%。")
    assert [f for f in check_text(text) if f.family == "figures"] == []


def test_changes_matched_in_order_by_分别比():
    # 17200 − 16300 = 900; 900 ÷ 16300 = 5.52% (5.8 written); 28600 ÷ 27700 − 1 = 3.25% → 3.2 holds
    text = "生猪存栏28600头，出栏17200头，分别比上年同期的27700头、16300头增长3.2%和5.8%。"
    assert found(text) == [("error", "5.8%", "“分别”对应的增长幅度填写为 5.8%，按 17200 头 比 16300 头 计算应为增长 5.52%"
                            "（按列出的顺序一一对应）", ("17200头", "16300头"))]
    assert found(text.replace("5.8%", "5.5%")) == []
    # and the growth rule does not pair the list's figures by position
    assert [f for f in check_text(text.replace("5.8%", "5.5%")) if f.family == "figures"] == []


def test_last_years_levels_in_a_bracket_after_the_rates():
    # (2950 − 2709) ÷ 2709 = 8.90% (9.8 written: two digits swapped); 12.2% and 15.4% hold
    text = ("茶叶、蔬菜、水果产值分别为3860万元、2950万元、1720万元，分别比上年同期增长12.2%、9.8%和15.4%"
            "（上年同期分别为3440万元、2709万元、1490万元）。")
    assert found(text) == [("error", "9.8%", "“分别”对应的增长幅度填写为 9.8%，按 2950 万元 比 2709 万元 计算应为增长 8.90%"
                            "（按列出的顺序一一对应）", ("2950万元", "2709万元"))]
    assert found(text.replace("9.8%", "8.9%")) == []

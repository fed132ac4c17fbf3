"""由A增加到B with B below A (and 下降到 a higher figure), each finding whole: severity, the
quoted figure, its place, the message and the starting level it is set against."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "change-direction"]


def found(text):
    return [(f.severity, f.quote, f.location.column, f.message,
             tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("change-direction", "error", "增减方向与数值不符")


def test_a_rise_to_a_smaller_figure():
    text = "全市个体工商户达到23034户，从2015年的14503户增加到8531户。"
    assert found(text) == [(
        "error", "8531户", 33,
        "“增加到8531户”：由 14503 户 到 8531 户 实为减少，与“增加到”不符（方向或数字有误；"
        "若 8531 户 是增加的数量，应写作“增加了8531户”）",
        ("14503户",))]


def test_a_fall_to_a_higher_rate():
    text = "贫困发生率从5.2%降至6.1%。"
    assert found(text) == [(
        "error", "6.1%", 13, "“降至6.1%”：由 5.2% 到 6.1% 实为增加，与“降至”不符（方向或数字有误）", ("5.2%",))]


@pytest.mark.parametrize("text", [
    "农民人均可支配收入由上年的15200元提高到16800元。",
    "茶叶综合产值由2015年的1.4亿元增加到2020年的2.4亿元。",  # 万 and 亿 read in one unit
    "粮食产量由2.40万吨增长到2.4万吨。",  # 2.4万 may be 2.36–2.44万: no fall for certain
    "补助标准由每人每月520元调整到480元。",  # 调整 says no direction
    "贫困户由386户减少到120户，脱贫人口由1200人增加到2310人。",
])
def test_quiet(text):
    assert found(text) == []

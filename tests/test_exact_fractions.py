"""A percentage with its own fraction beside it. By hand: 166 ÷ 374 = 44.39%; 295 ÷ 3665 = 8.05%;
370 ÷ 1158 = 31.95% (32.0%, not 32.5%)."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "fraction"]


def found(text):
    return [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))]


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title, RULE.family) == ("fraction", "error", "百分比与所列分子分母不符", "figures")


def test_a_rate_and_its_fraction_in_a_bracket():
    assert found("有糖尿病史者374人,高血糖检出率47%(166/374)。") == [
        ("error", "47%", "百分比填写为 47%，按文中所列 166 ÷ 374 计算应为 44.39%")]
    assert [f[:2] for f in found("无高血压病史的2881人中，高血压检出率为32.5%（370/1158）。")] == [("error", "32.5%")]
    assert found("无高血压病史的2881人中，高血压检出率为32.0%（370/1158）。") == []


def test_a_fraction_worked_out_with_an_equals_sign():
    assert [f[:2] for f in found("检出率为166/374=47%。")] == [("error", "47%")]
    assert [f[:2] for f in found("检出率为166÷374＝47%。")] == [("error", "47%")]


@pytest.mark.parametrize("text", [
    "高血糖检出率44.4%(166/374)。",
    "高血糖检出率8.0%(295/3665)。",
    "检出率为166/374=44.4%。",
    "截至2023/5，完成率98%。",
    "完成率98%(2023/5/1统计)。",
    "占比为3/4（75%）。",
])
def test_quiet(text):
    assert found(text) == []


def test_a_growth_with_the_two_levels_as_its_fraction():
    # (15620 − 14396) ÷ 14396 = 8.50%
    assert found("人均可支配收入增长8.5%（15620/14396）。") == []
    assert found("人均可支配收入增长9.5%（15620/14396）。") == [
        ("error", "9.5%", "百分比填写为 9.5%，按文中所列 (15620 − 14396) ÷ 14396 计算应为 8.50%")]


@pytest.mark.parametrize("text", [
    "家庭医生签约率85.2%（6/30）。",  # a date
    "完成率98%（12/31）。",
    "增长12%(2024/2023)。",  # two years
])
def test_a_bracket_that_is_no_fraction_of_the_rate(text):
    assert found(text) == []

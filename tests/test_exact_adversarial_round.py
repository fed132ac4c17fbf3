"""Correct sentences an adversarial round wrote to trip the checks (every figure worked out by
hand in the comment), and the slips of the same shapes that must still be said."""
import pytest

from township_app.checks import check_text, default_rules

FIGURES = tuple(r for r in default_rules() if r.family == "figures")


def figures(text):
    return [(f.rule, f.severity, f.quote) for f in check_text(text, rules=FIGURES)]


@pytest.mark.parametrize("text", [
    # 960 × 100 × 12 + 160 × 200 × 12 = 1 536 000 元: one amount for both groups
    "80至89周岁老人960人，每人每月100元；90周岁以上老人160人，每人每月200元，全年共发放高龄津贴153.6万元。",
    # 218 × 80 × 12 + 264 × 90 × 12 = 494 400 元
    "一类218人，每人每月80元；二类264人，每人每月90元，全年共发放49.44万元。",
    # 2.4万亩 × 12元 = 28.8万元: × multiplies, it masks nothing
    "补贴面积2.4万亩×每亩12元，共计28.8万元。",
    # 0.42 ÷ 0.4 = 105%: the part's own task
    "完成粮食播种面积5.82万亩，其中大豆0.42万亩，完成任务0.4万亩的105%。",
    # a collective register holds many; people hurt are not the households' members
    "辖区内有集体户3户270人。",
    "房屋受损126户，3人轻伤，无人员死亡。",
    # a 、 inside quotation marks is in one item's name: 2 items
    "开展2项主题活动：“送温暖、献爱心”慰问活动、“我为群众办实事”实践活动。",
    # two masked villages
    "XX村：新修机耕道2.6公里，硬化道路3公里。\nXX村：新修机耕道1.8公里，硬化道路2公里。",
    "××村新建户厕126户。\n××村新建户厕98户。",
])
def test_correct_text_is_quiet(text):
    assert [f for f in figures(text) if f[0] != "placeholder"] == []
    assert [f for f in figures(text) if f[0] == "placeholder" and f[2] == "×"] == []


@pytest.mark.parametrize("text,rule,quote", [
    # 960 × 100 × 12 + 160 × 200 × 12 = 153.6万元, written 135.6
    ("80至89周岁老人960人，每人每月100元；90周岁以上老人160人，每人每月200元，全年共发放高龄津贴135.6万元。",
     "product", "135.6万元"),
    # 380 ÷ 400 = 95%
    ("改造380座，其中新建215座、提升165座，完成任务400座的96%。", "target", "96%"),
    ("共有低保户131户91人。", "household-size", "131户91人"),
    ("开展3项主题活动：慰问活动、实践活动。", "listed-count", "3"),
])
def test_the_slip_of_the_same_shape_is_said(text, rule, quote):
    assert any(r == rule and q.startswith(quote) for r, _s, q in figures(text))

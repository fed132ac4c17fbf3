"""An income per head written in 万元 (or 亿元) far beyond any township's: the unit is the slip."""
from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "per-head-magnitude"]


def found(text):
    return [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))]


def test_an_income_per_head_in_wan_yuan_is_named_with_the_figure_read_in_yuan():
    # 4805万元 a person: 48,050,000 yuan, no township's income per head
    assert found("全乡农民人均纯收入 4805 万元，比上年增长8.2%。") == [
        ("warning", "4805 万元", "人均收入填写为 4805 万元，一人一年的收入不会这么多，像是单位误写：应为 4805 元？")]


def test_a_plausible_income_in_wan_yuan_and_totals_are_left_alone():
    assert found("农村居民人均可支配收入达到1.86万元，全镇农民收入总额4805万元。") == []
    assert found("人均纯收入超万元的村达到12个，人均收入49万元的种植大户3户。") == []  # 49 < 50 万元

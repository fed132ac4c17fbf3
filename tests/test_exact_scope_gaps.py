"""A figure against a wider area's (高于全县平均水平N个百分点（全县Y%）): every finding whole."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "scope-gap"]


def found(text):
    return [(f.severity, f.quote, f.location.column, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("scope-gap", "error", "与全县（市）水平的差距与数值不符")


def test_a_gap_in_points_one_off():
    text = "义务教育巩固率99.2%，高于全县平均水平0.4个百分点（全县98.9%）。"
    # 99.2 − 98.9 = 0.3
    assert found(text) == [("error", "0.4个百分点", 22,
                            "“高于全县平均水平0.4个百分点”与前后数值不符：99.2% − 全县 98.9% = 0.3 个百分点，应为高于全县 0.3 个百分点",
                            ("99.2%", "98.9%"))]


def test_a_gap_in_yuan_worded_bi_quanxian_gao():
    text = "农村居民人均可支配收入15860元，比全县平均水平高1260元（全县14800元）。"
    # 15860 − 14800 = 1060
    assert found(text) == [("error", "1260元", 27,
                            "“比全县平均水平高1260元”与前后数值不符：15860 元 − 全县 14800 元 = 1060 元，应为高于全县 1060 元",
                            ("15860元", "14800元"))]


def test_a_gap_below_the_city():
    text = "参保率95.3%，低于全市平均水平1.5个百分点（全市平均为97.1%）。"
    # 95.3 − 97.1 = −1.8
    assert found(text) == [("error", "1.5个百分点", 18,
                            "“低于全市平均水平1.5个百分点”与前后数值不符：95.3% − 全市 97.1% = −1.8 个百分点，应为低于全市 1.8 个百分点",
                            ("95.3%", "97.1%"))]


def test_the_other_way_round_is_only_a_hint():
    text = "参保率95.3%，高于全县平均水平1.8个百分点（全县97.1%）。"
    # 95.3 − 97.1 = −1.8: below, not above — perhaps not these two figures
    assert found(text) == [("info", "1.8个百分点", 18,
                            "“高于全县平均水平1.8个百分点”与前后数值不符：95.3% − 全县 97.1% = −1.8 个百分点，应为低于全县 1.8 个百分点"
                            "（相差较大，可能比较的不是同一项，请核对）",
                            ("95.3%", "97.1%"))]


@pytest.mark.parametrize("text", [
    "义务教育巩固率99.2%，高于全县平均水平0.3个百分点（全县98.9%）。",
    "参保率95.3%，低于全市平均水平1.8个百分点（全市平均为97.1%）。",
    # no wider figure given
    "参保率95.3%，高于全县平均水平1.2个百分点。",
    # the bracket names another area than the gap
    "参保率95.3%，高于全县平均水平1.2个百分点（全市98.9%）。",
    # last year, not an area: the growth rule's
    "参保率95.3%，比上年提高1.2个百分点（上年94.1%）。",
    # the figure before is a change, not a level
    "参保率比上年提高1.3个百分点，高于全县平均水平0.4个百分点（全县0.8个百分点）。",
    # the bracket in another sentence
    "参保率95.3%，高于全县平均水平1.2个百分点。全县98.9%。",
])
def test_quiet(text):
    assert found(text) == []

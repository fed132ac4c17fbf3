"""是…的N倍 and 增长N倍, each finding whole: quote, place, message with the quotient worked out
by hand, severity; and the shapes that hold or give nothing to divide."""
import pytest

from township_app.checks import check_text, default_rules

#: what the engine adds after a far-off 提示's computation
FAR_OFF = "（相差较大，可能比较的不是同一项，请核对）"

[RULE] = [r for r in default_rules() if r.id == "multiple"]


def found(text):
    return [(f.severity, f.quote, f.location.column, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("multiple", "error", "倍数与数值不符")


def test_times_the_figure_inside_是的():
    # 5600 ÷ 1930 = 2.9016 → 2.9
    text = "全镇财政收入5600万元，是2015年1930万元的2.6倍。"
    assert found(text) == [("error", "2.6倍", 27, "“是…的2.6倍”与数值不符：按 5600 万元 ÷ 1930 万元 计算应为 2.90 倍",
                            ("5600万元", "1930万元"))]


def test_times_a_figure_named_by_the_words():
    # 186.2 ÷ 112.4 = 1.6566 → 1.66; 一季度 names the base, so a warning
    text = "其中一季度112.4万元、二季度186.2万元，二季度收入是一季度的1.56倍。"
    assert found(text) == [("warning", "1.56倍", 35, "“是…的1.56倍”与数值不符：按 186.2 万元 ÷ 112.4 万元 计算应为 1.66 倍",
                            ("186.2万元", "112.4万元"))]


def test_增长_n_倍_is_the_quotient_less_one():
    # (5600 − 1930) ÷ 1930 = 1.90; 3.9 is neither reading
    text = "全镇财政收入5600万元，比2015年1930万元增长3.9倍。"
    assert found(text) == [("info", "3.9倍", 28,
                            "“增长3.9倍”与数值不符：按 (5600 万元 − 1930 万元) ÷ 1930 万元 计算应为 1.90 倍" + FAR_OFF,
                            ("5600万元", "1930万元"))]


def test_增长_used_for_是的_is_named_as_such():
    text = "全镇财政收入5600万元，比2015年1930万元增长2.9倍。"
    assert found(text) == [("warning", "2.9倍", 28,
                            "“增长2.9倍”：5600 万元 ÷ 1930 万元 = 2.90，即“是…的2.9倍”；“增长…倍”应为 1.90 倍（增长倍数 = 倍数 − 1）",
                            ("5600万元", "1930万元"))]


@pytest.mark.parametrize("text", [
    "全镇财政收入5600万元，是2015年1930万元的2.9倍。",
    "其中一季度112.4万元、二季度186.2万元，二季度收入是一季度的1.66倍。",
    "全镇财政收入5600万元，比2015年1930万元增长1.9倍。",
    "全镇财政收入5600万元，是全县平均水平的1.5倍。",  # nothing in the text is 全县平均水平
    "粮食产量比十年前增长2倍，达到1.2万吨。",  # nothing before 比 to divide
    "全镇生产总值翻了两番，是2015年的4倍。",
])
def test_multiples_that_hold_or_cannot_be_divided(text):
    assert found(text) == []


def test_增长_n_倍_after_由a增加到b():
    text = "全镇规上企业由2018年的14家增加到2023年的42家，增长3倍。"
    # 42 ÷ 14 = 3: 是…的3倍, 增长2倍
    assert [(f[0], f[3]) for f in found(text)] == [(
        "warning", "“增长3倍”：42 家 ÷ 14 家 = 3.00，即“是…的3倍”；“增长…倍”应为 2.00 倍（增长倍数 = 倍数 − 1）")]
    assert found(text.replace("增长3倍", "增长2倍")) == []


def test_a_rates_bracketed_base_is_not_the_figure_compared():
    # 18346 ÷ 6115 = 3.0: 增长2倍 holds; 29978 is 注册率's base
    text = "注册人数达18346人，注册率61.2%（全镇常住人口29978人），较上年底的6115人增长2倍。"
    assert found(text) == []

"""均价 and 亩产, each finding whole: the quoted figure and its column, the two figures it was
computed from (and where they stand), the computed value — weights converted by hand
(1担 = 100斤, 1公斤 = 1千克 = 2斤, 1吨 = 2000斤)."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "average"]

TOBACCO = "全乡种植烤烟1850亩，产烟4620担，"
TEA = "全年收购茶叶38.5万公斤，收购金额1232万元，"


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.message,
             [r.column for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def col(text, part):
    """Column (1-based, in its line) of part's first appearance."""
    line = next(ln for ln in text.split("\n") if part in ln)
    return line.index(part) + 1


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("average", "error", "均价、亩产与总量不符")


# (text, stated, message, the two figures' quotes in the order the finding names them)
CASES = [
    # 6,125,400 元 ÷ 462,000 斤 = 13.2584 → 13.26
    (TOBACCO + "卖烟收入6125400元，均价13.62元/斤。", "13.62",
     "均价填写为 13.62元/斤，按 6125400 元 ÷ 4620 担 计算应为 13.26元/斤", ("4620担", "6125400元")),
    # per 担: 6,125,400 ÷ 4620 = 1325.844 → 1325.84
    (TOBACCO + "卖烟收入6125400元，均价1362元/担。", "1362",
     "均价填写为 1362元/担，按 6125400 元 ÷ 4620 担 计算应为 1325.84元/担", ("4620担", "6125400元")),
    # 462,000 斤 ÷ 1850 亩 = 249.7297 → 249.73
    (TOBACCO + "平均亩产达259.7斤。", "259.7",
     "亩产填写为 259.7斤，按 4620 担 ÷ 1850 亩 计算应为 249.73斤", ("4620担", "1850亩")),
    # the same in 公斤: 249.7297 ÷ 2 = 124.8649 → 124.86
    (TOBACCO + "平均亩产130公斤。", "130",
     "亩产填写为 130公斤，按 4620 担 ÷ 1850 亩 计算应为 124.86公斤", ("4620担", "1850亩")),
    # 12,320,000 元 ÷ 385,000 公斤 = 32
    (TEA + "收购均价30.2元/公斤。", "30.2",
     "均价填写为 30.2元/公斤，按 1232 万元 ÷ 38.5 万公斤 计算应为 32.00元/公斤", ("38.5万公斤", "1232万元")),
    (TEA + "收购均价30.2元/千克。", "30.2",
     "均价填写为 30.2元/千克，按 1232 万元 ÷ 38.5 万公斤 计算应为 32.00元/千克", ("38.5万公斤", "1232万元")),
    # 2,800,000 元 ÷ 140,000 斤 = 20; ÷ 70 吨 = 40,000
    ("产茶70吨，销售额280万元，平均价格21元/斤。", "21",
     "均价填写为 21元/斤，按 280 万元 ÷ 70 吨 计算应为 20.00元/斤", ("70吨", "280万元")),
    ("产茶70吨，销售额280万元，销售均价42000元/吨。", "42000",
     "均价填写为 42000元/吨，按 280 万元 ÷ 70 吨 计算应为 40000.00元/吨", ("70吨", "280万元")),
    # figures of other kinds beside them change nothing: money that is no income, a weight
    # that was not produced, land that was not sown
    (TOBACCO + "投入资金50万元，卖烟收入6125400元，均价13.62元/斤。", "13.62",
     "均价填写为 13.62元/斤，按 6125400 元 ÷ 4620 担 计算应为 13.26元/斤", ("4620担", "6125400元")),
    (TOBACCO + "施用化肥200吨，卖烟收入6125400元，均价13.62元/斤。", "13.62",
     "均价填写为 13.62元/斤，按 6125400 元 ÷ 4620 担 计算应为 13.26元/斤", ("4620担", "6125400元")),
    ("全乡种植烤烟1850亩，退耕还林300亩，产烟4620担，平均亩产达259.7斤。", "259.7",
     "亩产填写为 259.7斤，按 4620 担 ÷ 1850 亩 计算应为 249.73斤", ("4620担", "1850亩")),
    # the second paragraph: columns count from its line
    ("烤烟生产情况。\n" + TOBACCO + "卖烟收入6125400元，均价13.62元/斤。", "13.62",
     "均价填写为 13.62元/斤，按 6125400 元 ÷ 4620 担 计算应为 13.26元/斤", ("4620担", "6125400元")),
]


@pytest.mark.parametrize("text,stated,message,figures", CASES)
def test_findings(text, stated, message, figures):
    line = 2 if "\n" in text else 1
    assert found(text) == [("average", "error", stated, line, col(text, stated), message,
                            [col(text, figures[0]), col(text, figures[1])])]


@pytest.mark.parametrize("text", [
    TOBACCO + "卖烟收入6125400元，均价13.26元/斤。",
    TOBACCO + "平均亩产达249.7斤。",
    TEA + "收购均价32元/公斤。",
    "产烟4620担，卖烟收入6125400元，户均收入8254元，均价13.26元/斤。",
    # two quantities produced: which one the price is of cannot be told
    TOBACCO + "上年产烟4400担，卖烟收入6125400元，均价13.62元/斤。",
    TOBACCO + "卖烟收入6125400元，其他收入20万元，均价13.62元/斤。",
    "全乡种植烤烟1850亩，种植玉米3000亩，产烟4620担，平均亩产达259.7斤。",
    "全乡产烟4620担，均价13.62元/斤。",  # no income
    "产烟4620担，平均亩产达259.7斤。",  # no area
    "全乡种植烤烟1850亩，卖烟收入6125400元，均价13.62元/斤。",  # no quantity produced
    "全乡种植烤烟1850亩，产烟约4620担，卖烟收入6125400元，均价13.62元/斤。",  # about
])
def test_quiet(text):
    assert found(text) == []


def test_every_price_word_is_read():
    text = TEA + "平均收购价30.2元/公斤。"
    assert [f.quote for f in check_text(text, rules=(RULE,))] == ["30.2"]


@pytest.mark.parametrize("text", [
    # two areas listed: the yield may be of both (20万 ÷ 690 = 290 斤), so nothing is said
    "种植烤烟335亩、晒烟355亩，亩产300斤，产量20万斤。",
    # 可达: what it can reach, an estimate
    "共种植烤烟335亩。烟叶平均亩产量300斤，预计今年全镇烟叶产量可达20万斤。",
])
def test_yields_not_paired(text):
    assert [f for f in check_text(text) if f.rule == "average"] == []


def test_one_area_and_its_yield_still_checked():
    # 20万斤 ÷ 335 亩 = 597.01 斤
    assert [(f.severity, f.message) for f in check_text("种植烤烟335亩，亩产300斤，产量20万斤。") if f.rule == "average"] == [
        ("error", "亩产填写为 300斤，按 20 万斤 ÷ 335 亩 计算应为 597.01斤")]

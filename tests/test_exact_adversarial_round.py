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


@pytest.mark.parametrize("text", [
    # 12 + 8 + 5 + 10 = 35; 2.1 + 1.6 + 0.9 + 1.2 = 5.8: the bare list's last figure is one of three
    "三个重点村分别投入12、8、5万元，加上镇级配套资金10万元，合计35万元。",
    "三条主干道分别硬化2.1、1.6、0.9公里，另新修入户路1.2公里，共计5.8公里。",
    # the total is of more than the list
    "新坪、石桥等村分别投入12、8万元，全镇合计45万元。",
    "三个村分别投入12、8、5万元，全镇合计31万元（含镇本级6万元）。",
    "全镇道路硬化共计12.6公里，其中三个重点村分别为2.1、1.6、0.9公里。",
    "总投资共计250万元，分两期实施，一期、二期分别投入150、80万元，剩余20万元明年拨付。",
    "两个村分别为12、8万元，其余10个村共计25万元。",
    # 38 + 5 = 43: the bracket is an aside on 38
    "本村有党员38名（其中预备党员3名）、入党积极分子5名，共43名。",
    # a clause without figures between the parts and 共: more was counted
    "第一批检查68家，第二批检查57家，加上日常巡查，共检查186家。",
    # attributes among a group overlap
    "村干部中党员32名、女性18名，共56名。",
])
def test_correct_lists_and_totals_are_quiet(text):
    assert [f for f in figures(text) if f[0] == "sum"] == []


@pytest.mark.parametrize("text,quote", [
    ("三个片区分别种植玉米1200、860、540亩，合计2700亩。", "2700亩"),  # 2600
    ("2021、2022、2023年分别完成人工造林1200、1500、1800亩，三年合计4300亩。", "4300亩"),  # 4500
    ("三家企业分别完成产值1.25、0.8、0.45亿元，合计2.6亿元。", "2.6亿元"),  # 2.5
    ("三个村分别清理垃圾120、86、54吨，共计清理垃圾250吨。", "250吨"),  # 260
    ("2022、2023、2024年全镇分别新增市场主体86、102、125户，三年共计331户。", "331户"),  # 313
    ("东村改造危房12户，西村改造危房9户，共改造危房23户。", "23户"),  # 21
    ("本村有党员38名（其中预备党员3名）、入党积极分子5名，共45名。", "45名"),  # 43
])
def test_list_slips_are_said(text, quote):
    assert any(r == "sum" and q == quote for r, _s, q in figures(text))


def test_amounts_each_head_got_are_not_parts_of_the_total_paid():
    # 500/300/200 元 a student, 66 students, 25200 元 in all
    text = "对考上重点高中的学生分别奖励500元、300元、200元，共计奖励66人25200元。"
    assert [f for f in figures(text) if f[0] == "sum"] == []
    # no count of heads: the amounts are parts, and 500 + 300 + 200 = 1000
    assert any(r == "sum" for r, _s, _q in figures("对三个村分别奖励500元、300元、200元，共计奖励1100元。"))


@pytest.mark.parametrize("text", [
    # 265 is among the 712 holders, 3860万 among the 1.12亿: parts of a part
    "全乡残疾人854人，其中持证残疾人712人，持证残疾人中重度残疾人265人，占持证残疾人的37.2%。",
    "全镇财政支出1.48亿元，其中民生支出1.12亿元，民生支出中教育支出3860万元，占民生支出的34.5%。",
    # 612 ÷ 1826 = 33.52%: the village's own base, not the township's
    "李家村户籍人口1826人，全乡户籍人口14530人。李家村外出务工人员612人，占本村户籍人口的33.5%。",
    "城关社区常住人口8640人，全镇常住人口31250人。城关社区60岁以上老人1935人，占社区常住人口的22.4%。",
    # 20 + 13 + 5 + 1 = 39: an aside in brackets after a part, and 第二、三产业 one name
    "该村农村经济总收入39万元，其中：种植业收入20万元，占总收入的51.3%；畜牧业收入13万元，占总收入的33.3%"
    "（其中，年内出栏肉猪50头，肉羊5头）；第二、三产业收入5万元，占总收入的12.8%；工资性收入1万元，占总收入的2.6%。",
])
def test_correct_parts_and_bases_are_quiet(text):
    assert [f for f in figures(text) if f[0] in ("sum", "share")] == []


def test_a_per_head_level_in_yuan_after_a_total_in_wan():
    # (2818 − 312) = 2506: 312 ÷ 2506 = 12.45%, not 13% (not 312 元 against 3741 万元)
    assert [(r, s, q) for r, s, q in figures("全村经济总收入3741万元，人均收入2818元，增加312元，增幅为13%。")
            if r == "growth"] == [("growth", "error", "13%")]


def test_a_village_profile_s_stock_per_head_of_its_people():
    # 104 ÷ 54 = 1.93亩, not 1.96: 乡村人口 is the whole village's population in its profile
    text = "全村辖1个村民小组，有农户15户，有乡村人口54人，其中农业人口54人，劳动力30人。有耕地104亩，其中人均耕地1.96亩。"
    assert [(r, s, q) for r, s, q in figures(text) if r == "per-unit"] == [("per-unit", "warning", "1.96亩")]
    # over 农业人口 by convention: 179 ÷ 2376 = 0.08亩
    text = "全村现有农户569户，有乡村人口3386人，其中农业人口2376人。全村耕地面积179亩，人均耕地0.08亩。"
    assert [f for f in figures(text) if f[0] == "per-unit"] == []

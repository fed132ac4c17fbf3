"""The same fact stated twice with different numbers (rule repeated-fact), each finding whole:
severity, the quoted figure at the later place with its line and column, the earlier place as
the related one, and the two statements and figures in the message. Texts are realistic report
sentences; the expected places are counted in the test's own input (where()), never read back
from the rule."""
import os
import subprocess
import sys

import pytest

from township_app.checks import check_text, default_rules
from township_app.checks.registry import TextDoc
from township_app.checks.rules.repeats import (GENERIC_NAME_COUNT, _narrowed, _transposed,
                                               check_repeats, subject_key)

[RULE] = [r for r in default_rules() if r.id == "repeated-fact"]


def found(text):
    return [(f.severity, f.quote, f.location.line, f.location.column, f.message,
             [(r.line, r.column, r.length) for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def where(text, line, quote, after=""):
    """(line, column) of `quote` on line `line` of `text` (1-based), first after `after`."""
    row = text.split("\n")[line - 1]
    return line, row.index(quote, row.index(after) + len(after) if after else 0) + 1


def slip(text, severity, later, earlier, pairs, shown_later, shown_earlier, *, maybe=False,
         kind=""):
    """The finding: `later` and `earlier` are (line, quote[, after]) of the two figures quoted."""
    line, column = where(text, later[0], later[1], *later[2:])
    rline, rcolumn = where(text, earlier[0], earlier[1], *earlier[2:])
    head = "同一数据前后可能不一致" if maybe else "同一数据前后不一致"
    tail = "，另一数相同" if kind == "anchored" else ""
    if kind == "transposed":
        middle = f"{pairs[0][0]} 与 {pairs[0][1]} 两位数字前后颠倒"
    else:
        middle = "，".join(f"{a} ≠ {b}" for a, b in pairs) + tail
    return (severity, later[1], line, column,
            f"{head}：此处“{shown_later}”，另一处为“{shown_earlier}”（{middle}）",
            [(rline, rcolumn, len(earlier[1]))])


# ---------------------------------------------------------------- one subject, two numbers

LOW_INCOME = "全乡共有低保128户231人。\n今年全乡共有低保128户213人。"
POOR = "总人口3718户11440人，其中建档立卡贫困户共615户2096人。\n全乡建档立卡贫困户共615户2196人，已脱贫426户1506人。"


def test_a_shared_number_makes_the_slip_certain():
    # 128户 stated in both, 231人 then 213人: an error at the later place
    assert found(LOW_INCOME) == [slip(LOW_INCOME, "error", (2, "213人"), (1, "231人"),
                                      [("231 人", "213 人")], "今年全乡共有低保128户213人",
                                      "全乡共有低保128户231人")]
    assert found(POOR) == [slip(POOR, "error", (2, "2196人"), (1, "2096人"), [("2096 人", "2196 人")],
                                "全乡建档立卡贫困户共615户2196人", "其中建档立卡贫困户共615户2096人")]


def test_the_same_figures_again_or_in_one_sentence_are_no_slip():
    assert found("全乡共有低保128户231人。\n今年全乡共有低保128户231人。") == []
    assert found("全乡共有低保128户231人，今年全乡共有低保128户213人。") == []
    assert found(POOR.replace("2196", "2096")) == []


def test_a_later_statement_in_a_third_paragraph_is_compared_with_its_own_place():
    text = "西门村：建档立卡贫困户共40户120人。\n东门村：建档立卡贫困户共30户95人。\n东门村：建档立卡贫困户共30户98人。"
    assert found(text) == [slip(text, "error", (3, "98人"), (2, "95人"), [("95 人", "98 人")],
                                "建档立卡贫困户共30户98人", "建档立卡贫困户共30户95人")]


def test_without_a_shared_number_the_slip_is_a_warning():
    text = "全乡低保户共128户。\n全乡低保户共131户。"
    assert found(text) == [slip(text, "warning", (2, "131户"), (1, "128户"), [("128 户", "131 户")],
                                "全乡低保户共131户", "全乡低保户共128户")]
    text = "现有基层党组织9个，党员361名。\n全乡基层党组织共11个。"
    assert found(text) == [slip(text, "warning", (2, "11个"), (1, "9个"), [("9 个", "11 个")],
                                "全乡基层党组织共11个", "现有基层党组织9个")]


def test_an_activity_is_certain_only_never_but_compared_when_a_number_is_shared():
    # 开展培训 recurs once per campaign: with 6次 shared it is compared, as a warning only
    text = "开展技能培训6次300人次。\n开展技能培训6次200人次。"
    assert found(text) == [slip(text, "warning", (2, "200人次"), (1, "300人次"), [("300 人次", "200 人次")],
                                "开展技能培训6次200人次", "开展技能培训6次300人次")]
    assert found("开展技能培训6次。\n开展技能培训8次。") == []
    assert found("全乡发放宣传资料1000份。\n全乡发放宣传资料800份。") == []
    assert found("扫黑除恶：悬挂横幅12条。\n安全生产：悬挂横幅30条。") == []


@pytest.mark.parametrize("verb", ["发放", "悬挂", "开展", "组织", "举办", "召开", "培训", "投入",
                                  "新建", "新增", "建设", "改造", "修建", "制作", "张贴", "出动",
                                  "检查", "走访", "排查", "化解", "解决", "帮助", "慰问", "印发",
                                  "接待", "办理", "受理", "整治", "清理", "拆除", "种植", "发展",
                                  "带动", "建成", "打造", "引进", "争取", "安排", "落实", "申报",
                                  "签订", "查处", "维修", "硬化", "培育", "选聘", "设立", "配备",
                                  "添置", "聘请", "植树", "宣传", "收集", "展出", "使用", "挽救",
                                  "挽回", "拜访", "放养", "推送", "发动", "召集", "举行", "参加",
                                  "参与", "接受", "提供", "兑现", "拨付", "下达", "筹集", "整合",
                                  "惠及", "受益", "涉及", "覆盖", "服务", "帮扶", "救助", "吸纳",
                                  "辐射"])
def test_every_activity_verb_makes_a_name_recur_legitimately(verb):
    # without a shared number two statements of an activity are two campaigns
    assert found(f"全年{verb}重点对象12户。\n全年{verb}重点对象15户。") == []


def test_a_name_that_is_no_activity_is_compared_without_a_shared_number():
    text = "全年重点对象12户。\n全年重点对象15户。"
    assert found(text) == [slip(text, "warning", (2, "15户"), (1, "12户"), [("12 户", "15 户")],
                                "全年重点对象15户", "全年重点对象12户")]


@pytest.mark.parametrize("word", ["投入", "资金", "建设", "新建", "发放", "开展", "组织", "解决", "完成"])
def test_a_bare_generic_word_names_no_fact(word):
    # 投入128万元、31人 … 投入128万元、13人: the name is a verb or 资金 alone, which names nothing
    assert found(f"全乡{word}128户231人。\n今年全乡{word}128户213人。") == []


def test_a_short_name_is_compared_only_when_a_number_is_shared():
    assert found("全乡共有低保128户。\n今年全乡共有低保131户。") == []


def test_approximate_figures_shares_and_comparisons_are_not_restated_facts():
    assert found("共发放宣传资料1000余份。\n共发放宣传资料800余份。") == []
    assert found("全乡建档立卡贫困户共615户2096人。\n全乡建档立卡贫困户约615户2196人。") == []
    assert found("全乡森林覆盖率达65%。\n全乡森林覆盖率达68%。") == []
    assert found("实际完成与任务相比亏3亿元。\n实际完成与任务相比亏12.4亿元。") == []
    assert found("20__年企业个数6家，比去年减少1家。\n20__年企业个数5家，比去年减少2家。") == []


def test_different_years_or_places_are_different_facts():
    assert found("2017年已完成厚朴种植300亩。\n2018年已完成厚朴种植500亩。") == []
    assert found("东门村低保户共128户。\n西门村低保户共131户。") == []
    assert found("东门村：低保户共128户。\n西门村：低保户共131户。") == []
    assert found("仙坪村建档立卡贫困户共30户95人。\n东门村建档立卡贫困户共30户88人。") == []


def test_a_year_or_place_named_once_fits_a_statement_naming_none():
    text = "2017年全乡低保户共128户。\n全乡低保户共131户。"
    assert found(text) == [slip(text, "warning", (2, "131户"), (1, "128户"), [("128 户", "131 户")],
                                "全乡低保户共131户", "2017年全乡低保户共128户")]
    text = "东门村：低保户共128户。\n东门村：低保户共131户。"
    assert found(text) == [slip(text, "warning", (2, "131户"), (1, "128户"), [("128 户", "131 户")],
                                "低保户共131户", "低保户共128户")]


def test_a_blank_year_matches_no_year():
    assert found("20__年全乡低保户共128户。\n20__年全乡低保户共131户。") == []
    assert found("20xx年全乡低保户共128户。\n全乡低保户共131户。") == []
    assert found("全乡低保户共128户。\n20__年全乡低保户共131户。") == []


def test_a_generic_name_after_figures_about_different_things():
    assert found("烤烟播种面积1513亩，预计产量166.4吨。\n玉米制种面积3920亩，预计产量588吨。") == []
    text = "烤烟播种面积1513亩，预计产量166.4吨。\n烤烟播种面积1513亩，预计产量168.4吨。"
    assert found(text) == [slip(text, "warning", (2, "168.4吨"), (1, "166.4吨"), [("166.4 吨", "168.4 吨")],
                                "预计产量168.4吨", "预计产量166.4吨")]
    # the first figure of a sentence has no lead-in: compared
    text = "预计产量166.4吨。\n烤烟播种面积1513亩，预计产量168.4吨。"
    assert found(text) == [slip(text, "warning", (2, "168.4吨"), (1, "166.4吨"), [("166.4 吨", "168.4 吨")],
                                "预计产量168.4吨", "预计产量166.4吨")]


def test_two_items_of_a_list_each_with_their_own_total():
    assert found("主要项目如下：\n1.饲料加工项目，总投资3.2亿元，已完成投资1.6亿元；\n"
                 "2.新型墙体材料生产线项目，总投资2.8亿元，已完成投资0.95亿元。") == []
    text = "主要项目如下：\n1.饲料加工项目，总投资3.2亿元，已完成投资1.6亿元；\n1.饲料加工项目，总投资3.5亿元。"
    assert found(text) == [slip(text, "warning", (3, "3.5亿元"), (2, "3.2亿元"), [("3.2 亿元", "3.5 亿元")],
                                "总投资3.5亿元", "总投资3.2亿元")]


def test_parts_of_breakdowns_are_compared_only_with_a_shared_number():
    assert found("东村搬迁30户，其中县城集中安置24户32人。\n西村搬迁300户，其中县城集中安置275户649人。") == []
    assert found("全乡搬迁30户，其中县城集中安置24户。\n全乡县城集中安置25户。") == []
    assert found("全镇共有贫困户159户371人，其中未脱贫159户341人。") == []


def test_a_name_stated_in_every_village_is_a_category():
    def text(n):
        return "\n".join(f"全乡建档立卡贫困户共{10 + k}户。" for k in range(n))

    assert len(found(text(2))) == 1
    assert len(found(text(GENERIC_NAME_COUNT))) == GENERIC_NAME_COUNT - 1
    assert found(text(GENERIC_NAME_COUNT + 1)) == []


# ---------------------------------------------------------------- a place, then described more fully

def test_a_place_named_first_and_described_more_fully_later():
    text = "建设村118亩、青光村197亩蔬菜大棚，现已投入使用。\n青光村基地建棚28栋194亩，已定植辣椒苗。"
    assert found(text) == [slip(text, "warning", (2, "194亩"), (1, "197亩"), [("197 亩", "194 亩")],
                                "青光村基地建棚28栋194亩", "青光村197亩")]
    text = "青光村基地建棚28栋194亩。\n青光村197亩蔬菜大棚。"
    assert found(text) == [slip(text, "warning", (2, "197亩"), (1, "194亩"), [("194 亩", "197 亩")],
                                "青光村197亩", "青光村基地建棚28栋194亩")]
    assert found("建设村118亩蔬菜大棚。\n建设村基地建棚19栋共118.35亩。") == []
    assert found("青光村197亩蔬菜大棚。\n青光村新修公路3公里。") == []

"""Restatements told apart by what their sentences open with (宿舍项目，计划投资160万元 / 道路项目，
计划投资15万元) and by the words right after their figures (276起盗窃案件 / 1557起交通事故); and
the slips that stay said when those agree. Each finding whole: severity, quote, message."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "repeated-fact"]


def found(text):
    return [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))]


@pytest.mark.parametrize("text", [
    "宿舍项目，计划投资160万元。道路项目，计划投资15万元。",
    "一是宿舍楼改造项目，计划投资160万元。\n二是通村道路项目，计划投资15万元。",
    "吉安乡发生了276起盗窃案件。吉安乡发生了1557起交通事故。",
    "全乡总共发生了276起犯罪事件，吉安乡总共发生了1557起交通事件。",
])
def test_two_things_each_stated_once(text):
    assert found(text) == []


def test_the_same_project_restated_with_another_figure():
    assert found("宿舍项目，计划投资160万元。宿舍项目，计划投资150万元。") == [(
        "warning", "150万元",
        "同一数据前后不一致：此处“计划投资150万元”，另一处为“计划投资160万元”（160 万元 ≠ 150 万元）")]


def test_the_same_things_counted_again_with_swapped_digits():
    assert found("吉安乡发生了276起盗窃案件。吉安乡发生了267起盗窃案件。") == [(
        "warning", "267起",
        "同一数据前后不一致：此处“吉安乡发生了267起”，另一处为“吉安乡发生了276起”（276 起 与 267 起 两位数字前后颠倒）")]


@pytest.mark.parametrize("text", [
    # each project's name before the colon owns its 工程总投资
    "甲工程：工程总投资350.72万元。乙工程：工程总投资149.67万元。",
    "1. 东岳场镇污水管网工程:工程总投资350.72万元。\n2. 乙项目:包含两个子项。今年实施的丙项目,工程总投资149.67万元。",
    # a month and the months up to it are two periods
    "7月完成产值2440万元，同比增长0.4%；增加值408.89万元。1-7月完成产值22734.2万元，同比增长2.4%；增加值4041.92万元。",
    # far apart (more than twice): two facts that share a name, not one mistyped
    "第一批奖补项目个数179个，补贴贫困户资金25.0260万元。其次批申报已结束，补贴贫困户资金11.777万元。",
])
def test_more_statements_that_are_two_facts(text):
    assert found(text) == []


def test_the_first_half_however_written_is_one_period():
    # 1-6月 and 上半年 are one period: 2846 / 2864 is a swap
    text = "1-6月，全镇完成一般公共预算收入2846万元。\n上半年一般公共预算收入2864万元，税源基础薄弱。"
    assert [f[:2] for f in found(text)] == [("warning", "2864万元")]


def test_one_month_restated_with_swapped_digits():
    assert [f[:2] for f in found("7月完成产值2440万元。\n7月完成产值2404万元。")] == [("warning", "2404万元")]


def test_the_same_project_after_a_colon_restated():
    assert [f[:2] for f in found("甲工程：工程总投资350.72万元。甲工程：工程总投资305.72万元。")] == [
        ("warning", "305.72万元")]


def test_a_place_named_after_a_verb_opens_the_same_head():
    # 走访了东门村 / 东门村: one village, so the heads do not tell the statements apart
    assert [f[:2] for f in found("走访了东门村，低保户共128户。\n东门村：低保户共131户。")] == [("warning", "131户")]


@pytest.mark.parametrize("text", [
    # one school's teachers, after the township's (or another school's)
    "专任教师49人。初级中学1所，在校学生482人，专任教师67人。",
])
def test_a_statement_about_one_school(text):
    assert found(text) == []


def test_a_change_between_a_sector_and_its_per_head_figure():
    # each sector's own per-head income: the growth clause between does not hide the sector
    text = ("二产收入6759万元，比上年同期增加21.8%，人均纯收入608元。"
            "三产收入7610万元，比上年同期增加24.5%，人均纯收入685元。")
    assert found(text) == []


def test_items_of_two_groups_breakdowns():
    # each group's own age bands: 41至45岁5人 (of 16) and 41至45岁7人 (of 30)
    text = ("男教师共16人，平均年龄39.6岁，其中40岁以下11人，41至45岁5人。"
            "女教师30人，平均年龄36.7岁，其中40岁以下23人，41至45岁7人。")
    assert found(text) == []


def test_those_of_a_kind_among_a_new_total():
    # 35岁以下的201人 are of the 273 just named, not the 1470
    assert found("全县女党员1470人，其中35岁以下346人。今年发展党员273人。35岁以下的201人。") == []

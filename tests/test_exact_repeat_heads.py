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
        "同一数据前后不一致：此处“吉安乡发生了267起”，另一处为“吉安乡发生了276起”（276 起 ≠ 267 起）")]

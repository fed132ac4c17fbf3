"""What role a figure plays, read from the words before it: a change (比上年增4.35元), the level
reached (增长到), the earlier level (由…, 上年同期为), a comparison — each written by hand."""
import pytest

from township_app.checks.changes import (change_verb, is_change, is_comparison, is_down,
                                         is_from_level, is_level_after_change, is_previous_level,
                                         subject_words)

VERBS = ["增长", "增加", "提高", "提升", "上升", "上涨", "净增", "新增", "增幅", "增速", "增产",
         "下降", "减少", "降低", "下滑", "降幅", "回落", "减产", "减", "增", "降", "涨"]
DOWN = ["下降", "减少", "降低", "下滑", "降幅", "回落", "减产", "减", "降"]


@pytest.mark.parametrize("verb", VERBS)
def test_every_change_verb_is_read_whole(verb):
    assert change_verb(f"比上年{verb}") == verb
    assert is_change(f"比上年{verb}")


@pytest.mark.parametrize("label,verb", [
    ("同比增长了", "增长"),
    ("增幅达", "增幅"),
    ("比上年增加了约", "增加"),
    ("较上年减少仅", "减少"),
    ("比上年提高 ", "提高"),  # spaces before the figure
    ("比上年提高\u3000", "提高"),
    ("比上年多", "多"),
    ("较去年少", "少"),
    ("比上年多出", "多"),
    ("较去年少了", "少"),
    ("比计划多达", "多"),
    ("增长比例达", "增长"),  # the change named as a measure
    ("增长率为", "增长"),
    ("增长幅度为", "增长"),
    ("比上年增产", "增产"),
])
def test_change_verb(label, verb):
    assert change_verb(label) == verb


@pytest.mark.parametrize("label", [
    "全乡总人口",
    "全镇工业增加值为",  # 增加值 is a level, not a change
    "人口自然增长率为",  # a rate of its own (births less deaths), not a change of the figure before
    "多",  # 多 and 少 state a change only after a comparison
    "全村有少",
    "比上年多的是",
    "",
])
def test_no_change_verb(label):
    assert change_verb(label) is None
    assert not is_change(label)


@pytest.mark.parametrize("verb", DOWN + ["少"])
def test_down_verbs(verb):
    assert is_down(verb)


@pytest.mark.parametrize("verb", ["增长", "增加", "提高", "增", "涨", "多", "新增"])
def test_up_verbs(verb):
    assert not is_down(verb)


@pytest.mark.parametrize("label,expected", [
    ("比上年增加", True),
    ("增长", True),
    ("比上年多", True),
    ("增长到", False),  # the level reached
    ("提高至", False),
    ("增长到了", False),
    ("增长了到", False),
    ("比上年增加 ", True),  # spaces before the figure
    ("比上年增加\u3000", True),
    ("提高到上年的", False),
    ("全乡人口", False),
])
def test_is_change(label, expected):
    assert is_change(label) is expected


@pytest.mark.parametrize("label,expected", [
    ("增长到", True), ("提高至", True), ("增长到了", True), ("增加到 ", True),
    ("下降至上年的", True), ("增长", False), ("到", False), ("全乡人口达到", False),
])
def test_is_level_after_change(label, expected):
    assert is_level_after_change(label) is expected


@pytest.mark.parametrize("label,expected", [
    ("由", True), ("从", True), ("从上年的", True), ("由 ", True), ("由\u3000", True),
    ("由于", False), ("全乡人口", False), ("由上年的人口是", False),
])
def test_is_from_level(label, expected):
    assert is_from_level(label) is expected


@pytest.mark.parametrize("label,expected", [
    ("较去年的", True),
    ("上年同期为", True),
    ("去年同期为", True),
    ("上年为", True),
    ("去年为", True),
    ("上一年为", True),
    ("同期为", True),
    ("前一年为", True),
    ("由上年的", True),
    ("由", True),  # the level a change starts from
    ("比上年增加", False),  # a change, though it names 上年
    ("增长到上年的", False),  # the level reached
    ("全乡人口为", False),
    # the figure of a year it is compared with
    ("与2022年的", True),
    ("与2022年的 ", True),
    ("比2015年的" + "\u3000" * 6, True),  # spaces after it, however many
    ("比2015年财税收入", True),
    ("较二〇二〇年底的", True),
    ("同2019年末", True),
    ("2022年的", False),  # no comparison
    ("与2022年相比增加", False),  # a change
])
def test_is_previous_level(label, expected):
    assert is_previous_level(label) is expected


@pytest.mark.parametrize("label,expected", [
    ("比上年增加", True),
    ("与任务相比", True),
    ("同比", True),
    ("环比", True),
    ("相比", True),
    ("较去年的", False),  # the earlier level itself
    ("全乡人口", False),
])
def test_is_comparison(label, expected):
    assert is_comparison(label) is expected


@pytest.mark.parametrize("label,subject", [
    ("产值增长", "产值"),
    ("全镇2023年的工业产值实现增长", "工业产值"),
    ("xx年粮食产量", "粮食产量"),
    ("与上年相比，农业产值", "农业产值"),
    ("（农民人均收入）", "农民人均收入"),
    ("上年同期粮食", "粮食"),
    ("其中财政收入同比增长了", "财政收入"),
])
def test_subject_words(label, subject):
    assert subject_words(label) == subject


@pytest.mark.parametrize("label,level", [
    ("增长为", True), ("，增长为", True), ("提高为", True), ("下降为", True),
    # a comparison keeps 为 the change's own: 同比增长为12%, 比上年增长为12%
    ("，同比增长为", False), ("比上年增长为", False),
])
def test_wei_after_a_verb_names_the_level_reached_where_nothing_is_compared(label, level):
    assert is_level_after_change(label) is level
    assert is_change(label) is (not level)

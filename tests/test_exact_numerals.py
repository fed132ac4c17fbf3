"""Chinese numerals as exact integers with the place they are precise to, worked out by hand:
四十 is forty to the nearest ten, so it stands for 35 … 45."""
from decimal import Decimal as D

import pytest

from township_app.checks import check_text
from township_app.checks.numerals import chinese_interval_bounds, parse_chinese_numeral


@pytest.mark.parametrize("text,value", [
    ("零", 0), ("〇", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5),
    ("六", 6), ("七", 7), ("八", 8), ("九", 9),
])
def test_single_digits(text, value):
    assert parse_chinese_numeral(text) == (value, 1)


@pytest.mark.parametrize("text,expected", [
    ("二〇一八", (2018, 1)),  # digit by digit: a year
    ("二〇二〇", (2020, 1)),
    ("一九九八", (1998, 1)),
    ("二〇一", (201, 1)),
    ("四十", (40, 10)),
    ("十", (10, 10)),
    ("十五", (15, 1)),  # a leading 十 is 一十
    ("二十", (20, 10)),
    ("二百三十五", (235, 1)),
    ("三百", (300, 100)),
    ("六百", (600, 100)),
    ("七千", (7000, 1000)),
    ("八千零九", (8009, 1)),
    ("九百九十九", (999, 1)),
    ("一百零五", (105, 1)),  # 零 holds a place, it is no digit of its own
    ("一千零一", (1001, 1)),
    ("五万", (50000, 10000)),
    ("一万", (10000, 10000)),
    ("三十万", (300000, 100000)),  # precise to the 十 of 十万
    ("三万五千", (35000, 1000)),
    ("十二万五千", (125000, 1000)),
    ("一万零五", (10005, 1)),
    ("两亿", (200000000, 100000000)),
    ("一亿", (100000000, 100000000)),
])
def test_numerals(text, expected):
    assert parse_chinese_numeral(text) == expected


@pytest.mark.parametrize("text", [
    "",
    "三四",  # three or four: no single figure
    "两三百",  # two or three hundred
    "三百二三",
    "一百二一",
    "万",  # a big unit with nothing before it
    "零万",
    "三个",  # a character that is no numeral
    "百分",
    "abc",
])
def test_not_numerals(text):
    assert parse_chinese_numeral(text) is None


def test_wan_after_yi():
    assert parse_chinese_numeral("一亿五千万") == (150000000, 10000000)
    assert parse_chinese_numeral("三亿零五万") == (300050000, 10000)
    # what a user sees: 1.5亿 + 8000万 = 2.3亿 holds, yet the sum rule warns of 10001.3 亿元
    assert check_text("全年完成投资2.3亿元，其中基础设施投资一亿五千万元，产业投资8000万元。") == []


@pytest.mark.parametrize("value,place,lo,hi", [
    (40, 10, "35", "45"),
    (235, 1, "234.5", "235.5"),
    (50000, 10000, "45000", "55000"),
])
def test_interval_bounds(value, place, lo, hi):
    assert chinese_interval_bounds(value, place) == (D(lo), D(hi))


def test_a_last_digit_after_a_unit_is_of_the_place_below():
    assert parse_chinese_numeral("三百五") == (350, 10)
    assert parse_chinese_numeral("两千三") == (2300, 100)
    assert parse_chinese_numeral("一万五") == (15000, 1000)
    # what a user sees: 180 + 170 = 350 holds, yet the sum rule says the total is 305
    assert check_text("全村共有三百五人，其中男性一百八十人，女性一百七十人。") == []

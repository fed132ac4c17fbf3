"""Interval arithmetic on written numbers, value by value: what a written figure allows, the
operations the rules combine figures with, and how a computed value is shown.

Every expected value is worked out by hand in the comments (87.82 allows 87.815 … 87.825)."""
import dataclasses
from decimal import Decimal as D

import pytest

from township_app.checks import check_text
from township_app.checks.intervals import (Interval, decimals_of, format_decimal, format_plain,
                                           interval_sum, rounds_to)


def iv(lo, hi):
    return Interval(D(lo), D(hi))


@pytest.mark.parametrize("written,lo,hi", [
    ("87.82", "87.815", "87.825"),  # half a hundredth either side
    ("75", "74.5", "75.5"),  # an integer: half a unit
    ("0.8", "0.75", "0.85"),
    (".5", "0.45", "0.55"),  # the point first: one decimal all the same
    ("1.000000000001", "1.0000000000005", "1.0000000000015"),  # 12 decimals: ± 5e-13
    ("1.0000000000001", "1.00000000000005", "1.00000000000015"),  # 13 decimals: ± 5e-14
])
def test_a_written_number_allows_anything_that_rounds_to_it(written, lo, hi):
    assert Interval.from_written(written) == iv(lo, hi)


def test_a_scaled_written_number():
    # 1.5万 → 1.45 … 1.55 times 10000
    assert Interval.from_written("1.5", D(10000)) == iv("14500", "15500")
    # a scale of 2 is applied too (not taken for the unscaled case): 2.45 … 2.55 → 4.9 … 5.1
    assert Interval.from_written("2.5", D(2)) == iv("4.9", "5.1")
    assert Interval.from_written("3", D(1)) == iv("2.5", "3.5")


def test_exact_values():
    assert Interval.exact(3) == iv(3, 3)
    assert Interval.exact("2.5") == iv("2.5", "2.5")
    assert Interval.exact(D("0.1")) == iv("0.1", "0.1")


def test_an_interval_is_a_value_that_cannot_change():
    one = iv(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.lo = D(0)
    assert hash(one) == hash(iv(1, 2))


def test_mid():
    assert iv(1, 4).mid == D("2.5")
    assert iv("87.815", "87.825").mid == D("87.82")


@pytest.mark.parametrize("a,b,expected", [
    (iv(1, 2), iv(2, 3), True),  # touching ends: consistent
    (iv(2, 3), iv(1, 2), True),
    (iv(1, 2), iv("2.001", 3), False),
    (iv("2.001", 3), iv(1, 2), False),
    (iv(1, 5), iv(2, 3), True),
    (iv(2, 3), iv(1, 5), True),
])
def test_intersects(a, b, expected):
    assert a.intersects(b) is expected


@pytest.mark.parametrize("interval,expected", [
    (iv(0, 1), True), (iv(-1, 0), True), (iv(-1, 1), True), (iv(0, 0), True),
    (iv("0.1", 1), False), (iv(-1, "-0.1"), False), (iv("0.5", "1.5"), False),
])
def test_contains_zero(interval, expected):
    assert interval.contains_zero() is expected


def test_arithmetic():
    a, b = iv(1, 2), iv(10, 20)
    assert a + b == iv(11, 22)
    assert b - a == iv(8, 19)  # 10 − 2, 20 − 1
    assert a - b == iv(-19, -8)
    assert a * b == iv(10, 40)
    assert iv(-2, 3) * iv(4, 5) == iv(-10, 15)  # −2 × 5, 3 × 5
    assert b / a == iv(5, 20)  # 10 ÷ 2, 20 ÷ 1
    assert iv(-6, 3) / iv(2, 3) == iv(-3, "1.5")
    assert iv(1, 3).scaled(-2) == iv(-6, -2)
    assert iv(1, 3).scaled(100) == iv(100, 300)
    assert iv(1, 3).negated() == iv(-3, -1)


def test_division_keeps_34_digits():
    third = iv(1, 1) / iv(3, 3)
    assert third.lo == D("0." + "3" * 34)
    assert third.hi == third.lo


def test_no_division_by_an_interval_holding_zero():
    with pytest.raises(ZeroDivisionError, match="^divisor interval contains zero$"):
        iv(1, 2) / iv("-0.5", "0.5")


def test_interval_sum():
    assert interval_sum([]) == iv(0, 0)
    assert interval_sum([iv(1, 2), iv(3, 4), iv("0.5", "0.5")]) == iv("4.5", "6.5")


@pytest.mark.parametrize("value,decimals,shown", [
    (D("22.1607"), 2, "22.16"),
    (D("70"), 2, "70.00"),  # trailing zeros kept
    (D("5.6"), 0, "6"),
    (D("5.64"), 1, "5.6"),
    (D("0.00000012"), 8, "0.00000012"),  # fixed, never 1.2E-7
    (D("1E+3"), 0, "1000"),
])
def test_format_decimal(value, decimals, shown):
    assert format_decimal(value, decimals) == shown


def test_format_decimal_shows_two_decimals_by_default():
    assert format_decimal(D("5.2098")) == "5.21"


def test_format_decimal_rounds_half_up_like_rounds_to():
    assert format_decimal(D("0.125"), 2) == "0.13"
    # what a user sees: 1 ÷ 800 = 0.125% → 0.13%, and writing 0.12% is itself flagged
    [finding] = check_text("全乡共有农户800户，其中低保户1户，占0.2%。")
    assert finding.message == "占比填写为 0.2%，按 1 户 ÷ 800 户 计算应为 0.13%"


@pytest.mark.parametrize("value,shown", [
    (D("152.810"), "152.81"), (D("240"), "240"), (D("2.4E+2"), "240"), (D("238.00"), "238"),
])
def test_format_plain(value, shown):
    assert format_plain(value) == shown


@pytest.mark.parametrize("number,decimals", [("21.43", 2), ("75", 0), ("0.5", 1), ("100.000", 3)])
def test_decimals_of(number, decimals):
    assert decimals_of(number) == decimals


@pytest.mark.parametrize("value,stated,holds", [
    (D("21.4394"), "21.44", True),
    (D("21.4394"), "21.43", False),  # truncated, not rounded: a slip
    (D("0.125"), "0.13", True),  # half-up
    (D("0.125"), "0.12", False),
    (D("-5.5"), "6", True),  # signs are the words' business (下降), not the figure's
    (D("5.5"), "-6", True),
    (D("58.65"), "58.6", False),
    (D("58.65"), "58.7", True),
    (D("7"), "7", True),
])
def test_rounds_to(value, stated, holds):
    assert rounds_to(value, stated) is holds

"""The one verdict on a stated quotient, case by case, every quotient worked out by hand:
holds when it rounds half-up to the stated figure; nothing to say when the figures' own
rounding explains it (a warning when it has a slip's shape); a 提示 when it is more than twice or
less than half the computed value; else the rule's own severity."""
from decimal import Decimal as D

import pytest

from township_app.checks.intervals import Interval
from township_app.checks.rules.ratio_verdict import StatedNumber, judge_ratio, slip_pattern


def exact(v):
    return Interval.exact(v)


def written(v):
    return Interval.from_written(v)


def test_a_stated_number():
    s = StatedNumber("101.6")
    assert s.number == "101.6"
    assert s.interval == Interval(D("101.55"), D("101.65"))


@pytest.mark.parametrize("num,den,stated,verdict", [
    # 80 ÷ 361 × 100 = 22.1607: 22.2 and 22.16 hold
    (exact(80), exact(361), "22.2", None),
    (exact(80), exact(361), "22.16", None),
    # a slip within twice: the rule's severity, and the value to three decimals when stated so
    (exact(80), exact(361), "25.2", (None, "22.16")),
    (exact(80), exact(361), "25.213", (None, "22.161")),
    # far off: figures paired wrongly, a 提示
    (exact(80), exact(361), "50", ("info", "22.16")),  # 50 ÷ 22.16 = 2.26
    (exact(80), exact(361), "11", ("info", "22.16")),  # 0.496
    (exact(80), exact(361), "11.1", (None, "22.16")),  # 0.5009
    # the bounds themselves: 1 ÷ 4 = 25%, 50 is exactly twice and 12.5 exactly half
    (exact(1), exact(4), "50", (None, "25.00")),
    (exact(1), exact(4), "12.5", (None, "25.00")),
    (exact(1), exact(4), "0", ("info", "25.00")),  # nothing stated against 25
    (exact(0), exact(10), "5", ("info", "0.00")),  # 0 computed
    (exact(1), exact(100), "1.5", (None, "1.00")),  # 1 computed: not 0
    (exact(3), exact(200), "1", (None, "1.50")),  # 1 stated: not 0; 1.5 rounds half-up to 2
    # 1 ÷ 1 = 100%: a divisor of exactly 1 is a divisor
    (exact(1), exact(1), "50", (None, "100.00")),
    # 89 ÷ 400 = 22.25: 22.2 is its truncation, but exact figures leave no excuse
    (exact(89), exact(400), "22.2", (None, "22.25")),
])
def test_exact_figures(num, den, stated, verdict):
    assert judge_ratio(num, den, StatedNumber(stated)) == verdict


def test_the_scale():
    # an average: 300 ÷ 4 = 75 (scale 1), 7.5 stated
    assert judge_ratio(exact(300), exact(4), StatedNumber("80"), 1) == (None, "75.00")
    assert judge_ratio(exact(300), exact(4), StatedNumber("75"), 1) is None


@pytest.mark.parametrize("den", [Interval(D("-0.5"), D("0.5")), Interval(D(0), D(1)), exact(0)])
def test_no_verdict_when_the_divisor_may_be_zero(den):
    assert judge_ratio(exact(5), den, StatedNumber("10")) is None


@pytest.mark.parametrize("num,den,stated,verdict", [
    # 1.8万 ÷ 3.8万 may be 1.75 ÷ 3.85 = 45.45% … 1.85 ÷ 3.75 = 49.33%; exact 47.368%
    (written("1.8"), written("3.8"), "47", None),
    (written("1.8"), written("3.8"), "46", None),  # the figures' rounding explains it
    (written("1.8"), written("3.8"), "47.3", ("warning", "47.37")),  # 47.368 truncated
    (written("1.8"), written("3.8"), "74", (None, "47.37")),  # outside what rounding allows
    # 4.1 ÷ 4 = 102.5% (90% … 118.57%): 101.5 is a one-key slip of 102.5 → warning
    (written("4.1"), written("4"), "101.5", ("warning", "102.50")),
    (written("4.1"), written("4"), "102.4", None),  # only the last digit: rounding
    (written("4.1"), written("4"), "99.5", None),  # no slip's shape
    # 1 ÷ 8 = 12.5% (5.88% … 20%): 10.5 is a one-key slip of three digits
    (written("1"), written("8"), "10.5", ("warning", "12.50")),
    # 1 ÷ 104 = 0.9615% (0.478% … 1.449%): 0.964 against 0.962 is the last digit only
    (written("1"), written("104"), "0.964", None),
    (written("1"), written("104"), "0.95", None),
    # an exact part over a rounded whole: 100 ÷ 8 = 12.5% (11.76% … 13.33%)
    (exact(1), written("8"), "13.2", None),
    (written("1"), exact(8), "13.2", None),  # 0.5 ÷ 8 … 1.5 ÷ 8 = 6.25% … 18.75%
])
def test_rounded_figures(num, den, stated, verdict):
    assert judge_ratio(num, den, StatedNumber(stated)) == verdict


@pytest.mark.parametrize("value,stated,slip", [
    (D("2.353"), "2.3", True),  # truncated
    (D("47.368"), "47.3", True),
    (D("47.368"), "46", False),  # last digit
    (D("102.5"), "101.5", True),  # one digit changed
    (D("102.5"), "102.4", False),
    (D("102.5"), "120.5", True),  # two digits swapped
    (D("102.5"), "99.5", False),
    (D("12.5"), "10.5", True),
    (D("12.5"), "1.5", False),  # too short to judge
    (D("0.9615"), "0.964", False),
    (D("0.9615"), "0.95", False),
])
def test_slip_pattern(value, stated, slip):
    assert slip_pattern(value, stated) is slip


def test_a_zero_padded_onto_a_figure_that_holds_is_a_warning():
    # 164 ÷ 131 × 100 = 125.1908…: 125.2 holds, 125.20 says one more digit than it holds
    stated = StatedNumber("125.20")
    assert judge_ratio(Interval.exact("164"), Interval.exact("131"), stated, 100) == ("warning", "125.19")
    assert judge_ratio(Interval.exact("164"), Interval.exact("131"), StatedNumber("125.2"), 100) is None
    # a zero that is no padding: 125.30 is wrong at either precision
    assert judge_ratio(Interval.exact("164"), Interval.exact("131"), StatedNumber("125.30"), 100) == (None, "125.19")

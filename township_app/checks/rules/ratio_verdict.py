"""One verdict for every stated quotient (rates, shares, ratios), so they agree on severity.

A stated quotient holds when the exact quotient of the figures as written, rounded half-up
to the stated decimals, equals it (2124 ÷ 9907 = 21.4394% is 21.44%, and 21.43% is a slip).
When the rounding of the figures themselves could explain the difference (1.8万 ÷ 3.8万 may
be anything from 45.5% to 49.3%) nothing can be said, unless the stated figure has
the shape of a slip (see slip_pattern), which is a warning; when the computed value is far from the stated one (more than twice or less than
half) the figures were probably paired wrongly, so it is a 提示, never an error.
"""
from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ..intervals import Interval, decimals_of, format_decimal, rounds_to
from ..tokens import Quantity
from .slip_shapes import mistyped_from, typo_like

WILD_RATIO = Decimal(2)


class StatedNumber:
    """A stated figure that is not a token (性别比101.6, 13.13 in 13.13元/斤), as the verdict reads it."""

    def __init__(self, number: str):
        self.number = number
        self.interval = Interval.from_written(number)


def _half_up(value: Decimal, places: int) -> str:
    """value rounded half-up to the places a stated figure has, as it would be written."""
    return format_decimal(value, places) if places else str(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def slip_pattern(exact: Decimal, stated: str) -> bool:
    """The stated figure is the exact one truncated instead of rounded (2.353% → 2.3%), or
    the rounded one with a keyboard slip in a figure of three or more digits (102.5 → 101.5).
    Either shows the figures were used as written, so their own rounding does not excuse it."""
    places = decimals_of(stated)
    step = Decimal(1).scaleb(-places)
    if abs(exact).quantize(step, rounding=ROUND_DOWN) == abs(Decimal(stated)):
        return True
    rounded = _half_up(abs(exact), places)
    digits = stated.replace(".", "").lstrip("0")
    other = rounded.replace(".", "").lstrip("0")
    if len(digits) == len(other) and digits[:-1] == other[:-1]:
        return False  # only the last digit: what the figures' own rounding does
    return len(digits) >= 3 and typo_like(stated, rounded)


def judge_ratio(numerator: Interval, denominator: Interval, stated: Quantity,
                scale: int = 100) -> tuple[str | None, str] | None:
    """None when the stated quotient holds (or the figures' rounding explains it), else
    (severity or None for the rule's, expected)."""
    if denominator.contains_zero() or denominator.mid == 0:
        return None
    exact = numerator.mid / denominator.mid * scale
    if rounds_to(exact, stated.number):
        return None
    expected = format_decimal(exact, max(2, decimals_of(stated.number)))
    places = max(2, decimals_of(stated.number))
    while places < 6 and rounds_to(Decimal(expected), stated.number):
        # 55 ÷ 273 = 20.1465%: "20.15" would read as 20.2, the figure written; show a digit more
        places += 1
        expected = format_decimal(exact, places)
    exact_inputs = numerator.lo == numerator.hi and denominator.lo == denominator.hi
    if not exact_inputs and (numerator / denominator).scaled(scale).intersects(stated.interval):
        # the figures' own rounding explains it (2.34万 ÷ 4.62万 is 50.49%–50.81%: 50.60% holds):
        # nothing to say unless it has a slip's shape
        return ("warning", expected) if slip_pattern(exact, stated.number) else None
    if "." in stated.number and stated.number.endswith("0") \
            and rounds_to(exact, stated.number.rstrip("0").rstrip(".")):
        return "warning", expected  # 125.20 for 125.19: a zero padded onto 125.2, which holds
    value = Decimal(stated.number)
    if exact == 0 or value == 0:
        return "info", expected
    ratio = value / exact
    if 1 / WILD_RATIO <= ratio <= WILD_RATIO:
        return None, expected
    rounded = _half_up(exact, decimals_of(stated.number))
    if scale == 100 and len(stated.number.replace(".", "").lstrip("0")) >= 2 \
            and len(rounded.replace(".", "").lstrip("0")) >= 3 \
            and typo_like(stated.number, rounded):
        return "warning", expected  # 占农业总产值的2.7% for 32.7%: a digit dropped, far off as it leaves it
    return "info", expected


#: 万元 for 亿元, 元 for 万元: a figure written in the wrong one of these is off by 10⁴ or 10⁸
_UNIT_STEPS = (4, -4, 8, -8)


def unit_slip(part: Quantity, whole: Quantity, stated: Quantity, scale: int = 100) -> int | None:
    """The power of ten (±4, ±8) that makes part ÷ whole give the stated figure to its last
    digit, when one of the two is in 万 or 亿 (总投资0.7094万元 with parts of 1137万元 and
    5957万元, 占16.03%: 0.7094亿元 meant). Only a figure of three or more digits: its digits
    agreeing by chance is one in a thousand."""
    if not (part.exact and whole.exact) or whole.interval.mid == 0 or part.base_unit != whole.base_unit \
            or not ({part.unit[:1], whole.unit[:1]} & {"万", "亿"}):
        return None
    digits = stated.number.replace(".", "").lstrip("0")
    if len(digits) < 3:
        return None
    exact = part.interval.mid / whole.interval.mid * scale
    for k in _UNIT_STEPS:
        if rounds_to(exact.scaleb(k), stated.number):
            return k
    return None


#: a rate this near (relative) to the one the figures give is its own slip, not its base's
NEAR_ENOUGH = Decimal("0.05")


def mistyped_base(num: Quantity, den: Quantity, rate: Quantity, beside=()) -> str | None:
    """The base one keyboard slip away from the one the rate was computed on (争取1354.7万元,
    已到位1765.4万元, 到位率75.0%: 2354.7), when the stated rate has three digits or more — unless a
    figure stated beside them (`beside`) makes that base (计划352户，…，完成率94.9%（任务含上年结转
    40户）: 352 + 40 = 392 is the base, not 352 mistyped)."""
    meant = _one_keystroke_base(num, den, rate)
    if meant is None:
        return None
    gap = abs(Decimal(meant) - Decimal(den.number)) * den.factor
    if any(q is not den and q is not num and q.exact and q.base_unit == den.base_unit
           and Decimal(q.number) * q.factor == gap for q in beside):
        return None
    return meant


def _one_keystroke_base(num: Quantity, den: Quantity, rate: Quantity) -> str | None:
    if not (num.exact and den.exact) or len(rate.number.replace(".", "").lstrip("0")) < 3 or rate.interval.lo <= 0:
        return None
    scale = 1000 if rate.base_unit == "‰" else 100
    if den.interval.mid == 0 or abs(num.interval.mid / den.interval.mid * scale - rate.interval.mid) \
            < rate.interval.mid * NEAR_ENOUGH:
        return None  # 管理率77.1% for 77.20%: the rate is near; it, not the base, is the slip
    lo = num.interval.lo * scale / rate.interval.hi / den.factor
    hi = num.interval.hi * scale / rate.interval.lo / den.factor
    return mistyped_from(den.number, lo, hi)


#: how far (relative) a rate by convention may sit from the one over the stated population when the
#: county divides by the year's average or another register's count (出生率 9.19‰ for 9.17‰)
CONVENTION_SPREAD = Decimal("0.005")


def another_population_explains(numerator: Interval, den: Quantity, rate: Quantity, scale: int) -> bool:
    """A population rate a little off the stated population, without a slip's shape (no cut digits,
    no swapped ones): the base was another count of the same people, such as the average."""
    exact = numerator.mid / den.interval.mid * scale
    if exact == 0 or slip_pattern(exact, rate.number):
        return False
    return abs(Decimal(rate.number) - exact) / exact <= CONVENTION_SPREAD

"""Interval arithmetic on written numbers (XBRL Calculations 1.1 style).

A number written as 87.82 stands for anything that rounds to it: [87.815, 87.825].
Two statements of a fact are consistent when their intervals intersect, so rounding
never produces a finding and every reported mismatch is a real one.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext


_HALF_UNITS = tuple(Decimal(5).scaleb(-(d + 1)) for d in range(12))
_ONE = Decimal(1)


def _half_unit(decimals: int) -> Decimal:
    return _HALF_UNITS[decimals] if decimals < len(_HALF_UNITS) else Decimal(5).scaleb(-(decimals + 1))


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, value: Decimal | int | str) -> "Interval":
        v = value if isinstance(value, Decimal) else Decimal(value)
        return cls(v, v)

    @classmethod
    def from_written(cls, text: str, scale: Decimal = Decimal(1)) -> "Interval":
        """The interval a number written as `text` (ASCII digits, optional decimals) allows."""
        value = Decimal(text)
        dot = text.find(".")
        half = _half_unit(len(text) - dot - 1 if dot >= 0 else 0)
        if scale == _ONE:
            return cls(value - half, value + half)
        return cls((value - half) * scale, (value + half) * scale)

    @property
    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2

    def intersects(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains_zero(self) -> bool:
        return self.lo <= 0 <= self.hi

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: "Interval") -> "Interval":
        products = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval":
        if other.contains_zero():
            raise ZeroDivisionError("divisor interval contains zero")
        with localcontext() as ctx:
            ctx.prec = 34
            quotients = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(quotients), max(quotients))

    def scaled(self, factor: Decimal | int) -> "Interval":
        f = Decimal(factor)
        a, b = self.lo * f, self.hi * f
        return Interval(min(a, b), max(a, b))

    def negated(self) -> "Interval":
        return Interval(-self.hi, -self.lo)


def interval_sum(parts) -> Interval:
    total = Interval.exact(0)
    for p in parts:
        total = total + p
    return total


def format_decimal(value: Decimal, decimals: int = 2) -> str:
    """A computed value shown to the user: fixed decimals, trailing zeros kept (87.82, 5.21)."""
    q = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    text = f"{value.quantize(q, rounding=ROUND_HALF_UP):f}"  # as the verdict rounds (rounds_to)
    return text


def format_plain(value: Decimal) -> str:
    """A sum of written numbers shown without noise: 238, 152.81."""
    text = f"{value.normalize():f}"
    return text


def decimals_of(number: str) -> int:
    """Decimals as written: 21.43 → 2, 75 → 0."""
    return len(number.split(".", 1)[1]) if "." in number else 0


def rounds_to(value: Decimal, stated: str) -> bool:
    """Whether |value| rounded half-up to the decimals of `stated` gives the stated number.

    A report states a quotient rounded, never truncated: 2124 ÷ 9907 = 21.4394% is 21.44%,
    and 21.43% is a slip even though it is within a hundredth."""
    q = Decimal(1).scaleb(-decimals_of(stated))
    return abs(value).quantize(q, rounding=ROUND_HALF_UP) == abs(Decimal(stated))

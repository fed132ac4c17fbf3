"""How precisely a list of figures is written: when its parts add up as written, to the last digit,
rather than within the rounding each figure's written precision allows."""
from __future__ import annotations

from decimal import Decimal

from ..intervals import Interval
from ..tokens import Quantity


def read_as_written(total: Quantity, parts: list[Quantity]) -> bool:
    """公路96公里，其中县道18公里…; 总投资16281.61万元，其中中省财政8100万元…: the list adds up as written."""
    return _written_whole(total, parts) or _written_to_the_cent(total, parts)


def _written_whole(total: Quantity, parts: list[Quantity]) -> bool:
    """All written as whole numbers, in one written unit with no 万/亿, in a measured unit (km, 亩)."""
    return all("." not in q.number and q.unit == total.unit and not q.chinese
               and not any(m in q.unit for m in "万亿千") for q in [total, *parts]) \
        and total.interval.lo != total.interval.hi


def _written_to_the_cent(total: Quantity, parts: list[Quantity]) -> bool:
    """总投资16281.61万元，其中中省财政8100万元，…，投劳折资3814.94万元: a total and a part written to
    the same decimals, in one written unit, the other parts whole: those are whole to that place
    too (a writer who gives 3814.94 would not round 8100.37 to 8100), so the list adds up as written."""
    if "." not in total.number or total.chinese or total.factor > 10 ** 4:
        return False  # (12.35亿元 with 5亿元 among its parts: a round 亿 is as likely rounded)
    places = len(total.number) - total.number.index(".")
    if places < 3:
        return False  # (to the cent or finer: 16281.61万元; one decimal, a whole part may be rounded)
    decimal_parts = 0
    for p in parts:
        if p.unit != total.unit or p.chinese:
            return False
        if "." in p.number:
            if len(p.number) - p.number.index(".") != places:
                return False
            decimal_parts += 1
    return 0 < decimal_parts < len(parts)


class ExactQuantity:
    """A written figure read as exactly what it says (for a sum of whole figures)."""

    exact = True
    chinese = False

    def __init__(self, q: Quantity):
        self.number, self.unit, self.approx, self.factor = q.number, q.unit, q.approx, q.factor
        self.start, self.end, self.shown = q.start, q.end, q.shown
        self.interval = Interval.exact(Decimal(q.number) * q.factor)

"""The 合计 row: which indicators add up, and how a rate's 合计 is recomputed, never added.

A rate (拨付率 %) over the county is Σ已拨付 ÷ Σ安排, from the same townships. Its
formula is the one the townships wrote in the 公式 column ({已拨付资金}/{安排资金});
where none did, it is the one pair of amounts in the rate's own section that
reproduces every township's written rate.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from ..checks.formula import FormulaError, parse_formula, references
from ..checks.formula import evaluate as evaluate_expr
from ..checks.intervals import Interval
from .units import RATE_UNITS, clean_unit

KIND_SUM = "sum"  # counts and amounts: 合计 is the sum
KIND_RATE = "rate"  # 率, 比例, % …: 合计 recomputed from its formula
KIND_OTHER = "other"  # 人均, 平均, 排名 …: no 合计

_RATE_NAME = re.compile(r"率|比例|比重|占比|增幅|增速")
_NOT_ADDABLE_NAME = re.compile(r"人均|平均|均价|单价|指数|排名|名次|年份|年度|时间|日期|得分|分数")

def indicator_kind(name: str, unit: str) -> str:
    unit = clean_unit(unit)
    if unit in RATE_UNITS or _RATE_NAME.search(name):
        return KIND_RATE
    if _NOT_ADDABLE_NAME.search(name):
        return KIND_OTHER
    return KIND_SUM


class FormulaSyntaxError(ValueError):
    pass


Ref = tuple[str, str]  # (row name, "value" | "previous" | "target")


def _parsed(formula: str):
    """The formula read by the one formula language the townships' 公式 column uses."""
    try:
        return parse_formula(formula)
    except FormulaError as exc:
        raise FormulaSyntaxError(formula) from exc


def formula_refs(formula: str) -> list[Ref]:
    return [(ref.name, ref.column) for ref in references(_parsed(formula))]


def evaluate(formula: str, resolve: Callable[[Ref], Decimal | None]) -> Decimal | None:
    """The formula's value with refs resolved; None when a ref is missing or a divisor is 0.
    Summed amounts are exact, so the checks' interval arithmetic gives one exact value."""

    def exact(ref) -> Interval | None:
        value = resolve((ref.name, ref.column))
        return None if value is None else Interval.exact(value)

    result = evaluate_expr(_parsed(formula), exact)
    return None if result is None else result.lo


def percent_scale(formula: str, unit: str) -> Decimal:
    """A formula gives a fraction; a % column shows it ×100 unless the formula already does."""
    unit = clean_unit(unit)
    if unit == "%" and "100" not in formula:
        return Decimal(100)
    if unit == "‰" and "1000" not in formula:
        return Decimal(1000)
    return Decimal(1)


def round_to(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def reproduces(numerator: Decimal, denominator: Decimal, written: Decimal, scale: Decimal) -> bool:
    """numerator/denominator×scale rounds to the written rate at the precision written."""
    if denominator == 0:
        return False
    decimals = max(0, -written.as_tuple().exponent)
    return round_to(numerator / denominator * scale, decimals) == written

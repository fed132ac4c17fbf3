"""The 合计 row: which indicators add up, and how a rate's 合计 is recomputed, never added.

A rate (拨付率 %) over the county is Σ已拨付 ÷ Σ安排, from the same townships. Its
formula is the one the townships wrote in the 公式 column ({已拨付资金}/{安排资金});
where none did, it is the one pair of amounts in the rate's own section that
reproduces every township's written rate.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation
from typing import Callable

from .units import RATE_UNITS, clean_unit

KIND_SUM = "sum"  # counts and amounts: 合计 is the sum
KIND_RATE = "rate"  # 率, 比例, % …: 合计 recomputed from its formula
KIND_OTHER = "other"  # 人均, 平均, 排名 …: no 合计

_RATE_NAME = re.compile(r"率|比例|比重|占比|增幅|增速")
_NOT_ADDABLE_NAME = re.compile(r"人均|平均|均价|单价|指数|排名|名次|年份|年度|时间|日期|得分|分数")

#: how a formula names a column of a row (the same words the 公式 column accepts)
_COLUMN_WORDS = {"": "value", "完成数": "value", "本期": "value", "数值": "value", "实际": "value",
                 "上年同期": "previous", "上年": "previous", "去年同期": "previous",
                 "目标": "target", "目标数": "target", "任务数": "target", "任务": "target",
                 "计划": "target"}
_TOKEN = re.compile(r"\s*(?:(\{[^{}]*\})|([0-9]+(?:\.[0-9]+)?)|([-+*/()（）×÷]))")


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


def formula_refs(formula: str) -> list[Ref]:
    return [ref for kind, ref in _tokens(formula) if kind == "ref"]


def _tokens(formula: str) -> list[tuple[str, object]]:
    text = formula.strip().lstrip("=").strip()
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            if text[pos:].strip() == "":
                break
            raise FormulaSyntaxError(formula)
        ref, number, op = m.groups()
        if ref:
            inner = ref[1:-1].strip()
            name, _, column = inner.partition(".")
            if column.strip() not in _COLUMN_WORDS:
                name, column = inner, ""
            out.append(("ref", (name.strip(), _COLUMN_WORDS[column.strip()])))
        elif number:
            out.append(("num", Decimal(number)))
        else:
            out.append(("op", {"×": "*", "÷": "/", "（": "(", "）": ")"}.get(op, op)))
        pos = m.end()
    if not out:
        raise FormulaSyntaxError(formula)
    return out


def evaluate(formula: str, resolve: Callable[[Ref], Decimal | None]) -> Decimal | None:
    """The formula's value with refs resolved; None when a ref is missing or a divisor is 0."""
    tokens = _tokens(formula)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            right = term()
            value = None if value is None or right is None else (
                value + right if op == "+" else value - right)
        return value

    def term():
        value = factor()
        while peek() in (("op", "*"), ("op", "/")):
            op = take()[1]
            right = factor()
            if value is None or right is None:
                value = None
            elif op == "*":
                value = value * right
            else:
                value = None if right == 0 else value / right
        return value

    def factor():
        kind, item = take() if pos < len(tokens) else (None, None)
        if kind == "num":
            return item
        if kind == "ref":
            return resolve(item)
        if (kind, item) == ("op", "-"):
            inner = factor()
            return None if inner is None else -inner
        if (kind, item) == ("op", "("):
            inner = expr()
            if take() != ("op", ")"):
                raise FormulaSyntaxError(formula)
            return inner
        raise FormulaSyntaxError(formula)

    try:
        result = expr()
    except (InvalidOperation, DivisionByZero, IndexError) as exc:
        raise FormulaSyntaxError(formula) from exc
    if pos != len(tokens):
        raise FormulaSyntaxError(formula)
    return result


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

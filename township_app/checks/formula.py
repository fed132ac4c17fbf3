"""The formula language of Indicator.formula: ={已拨付}/{安排}, ={产值}/{产值.上年同期}-1.

{name} is the value of the row of that name in the same section; {name.上年同期} its
previous-year column and {name.目标} its target; numbers, + - * / and parentheses.
Evaluation is in intervals, so rounding in the table never makes a formula fail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable, Union

from .intervals import Interval

COLUMN_ALIASES = {
    "": "value", "完成数": "value", "本期": "value", "数值": "value", "实际": "value",
    "上年同期": "previous", "上年": "previous", "去年同期": "previous",
    "目标": "target", "目标数": "target", "任务数": "target", "任务": "target", "计划": "target",
}


class FormulaError(ValueError):
    """A formula that cannot be read; the message is for the user."""


@dataclass(frozen=True)
class Ref:
    name: str
    column: str  # "value" | "previous" | "target"
    written: str


@dataclass(frozen=True)
class Num:
    interval: Interval
    written: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class Neg:
    operand: "Expr"


Expr = Union[Ref, Num, BinOp, Neg]
_TOKEN = re.compile(r"\s*(?:(\{[^{}]*\})|([0-9]+(?:\.[0-9]+)?)|([-+*/()（）×÷]))")


def _tokens(text: str) -> list[str]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FormulaError(f"公式“{text}”第{pos + 1}个字符无法识别")
        tok = m.group(1) or m.group(2) or m.group(3)
        out.append({"（": "(", "）": ")", "×": "*", "÷": "/"}.get(tok, tok))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return out


def parse_formula(text: str) -> Expr:
    body = text.strip()
    if body.startswith(("=", "＝")):
        body = body[1:]
    if not body.strip():
        raise FormulaError("公式为空")
    toks = _tokens(body)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def expr():
        node = term()
        while peek() in ("+", "-"):
            op = take()
            node = BinOp(op, node, term())
        return node

    def term():
        node = factor()
        while peek() in ("*", "/"):
            op = take()
            node = BinOp(op, node, factor())
        return node

    def factor():
        tok = peek()
        if tok is None:
            raise FormulaError(f"公式“{text}”不完整")
        if tok == "-":
            take()
            return Neg(factor())
        if tok == "(":
            take()
            node = expr()
            if take_if(")") is None:
                raise FormulaError(f"公式“{text}”括号不配对")
            return node
        if tok.startswith("{"):
            take()
            return _ref(tok)
        if tok[0].isdigit():
            take()
            return Num(Interval.exact(Decimal(tok)), tok)
        raise FormulaError(f"公式“{text}”中“{tok}”的位置不对")

    def take_if(expected):
        if peek() == expected:
            return take()
        return None

    node = expr()
    if pos != len(toks):
        raise FormulaError(f"公式“{text}”在“{toks[pos]}”处多出内容")
    return node


def _ref(token: str) -> Ref:
    inner = token[1:-1].strip()
    name, _, column = inner.partition(".")
    if not name:
        raise FormulaError(f"公式中的“{token}”缺少指标名称")
    column = column.strip()
    if column not in COLUMN_ALIASES:
        raise FormulaError(f"公式中的“{token}”：不认识的列“{column}”（可用 上年同期、目标）")
    return Ref(name.strip(), COLUMN_ALIASES[column], token)


def references(expr: Expr) -> list[Ref]:
    if isinstance(expr, Ref):
        return [expr]
    if isinstance(expr, BinOp):
        return references(expr.left) + references(expr.right)
    if isinstance(expr, Neg):
        return references(expr.operand)
    return []


def evaluate(expr: Expr, resolve: Callable[[Ref], Interval | None]) -> Interval | None:
    """The interval the formula yields, or None when a referenced cell is empty or a divisor may be 0."""
    if isinstance(expr, Num):
        return expr.interval
    if isinstance(expr, Ref):
        return resolve(expr)
    if isinstance(expr, Neg):
        inner = evaluate(expr.operand, resolve)
        return None if inner is None else inner.negated()
    left = evaluate(expr.left, resolve)
    right = evaluate(expr.right, resolve)
    if left is None or right is None:
        return None
    if expr.op == "+":
        return left + right
    if expr.op == "-":
        return left - right
    if expr.op == "*":
        return left * right
    try:
        return left / right
    except (ZeroDivisionError, InvalidOperation):
        return None

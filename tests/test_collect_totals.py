"""The county's 合计 of a rate is computed with the townships' own formula language."""
from decimal import Decimal

import pytest

from township_app.collect.totals import FormulaSyntaxError, evaluate, formula_refs

SUMS = {("已拨付资金", "value"): Decimal("450"), ("安排资金", "value"): Decimal("600"),
        ("产值", "value"): Decimal("110"), ("产值", "previous"): Decimal("100"),
        ("任务", "target"): Decimal("0")}


def test_refs_name_row_and_column():
    assert formula_refs("={已拨付资金}/{安排资金}") == [("已拨付资金", "value"), ("安排资金", "value")]
    assert formula_refs("={产值}/{产值.上年同期}-1") == [("产值", "value"), ("产值", "previous")]


@pytest.mark.parametrize("formula,expected", [
    ("={已拨付资金}/{安排资金}", Decimal("0.75")),
    ("={已拨付资金}/{安排资金}*100", Decimal("75")),
    ("={产值}/{产值.上年同期}-1", Decimal("0.1")),
    ("=({产值}-{产值.上年同期})/{产值.上年同期}", Decimal("0.1")),
    ("={安排资金}-{已拨付资金}", Decimal("150")),
    ("=-{已拨付资金}+{安排资金}", Decimal("150")),
    ("={已拨付资金}×2÷{安排资金}", Decimal("1.5")),
])
def test_evaluate_exact(formula, expected):
    assert evaluate(formula, SUMS.get) == expected


def test_missing_ref_or_zero_divisor_gives_nothing():
    assert evaluate("={已拨付资金}/{没有的指标}", SUMS.get) is None
    assert evaluate("={已拨付资金}/{任务.目标}", SUMS.get) is None


@pytest.mark.parametrize("formula", ["={已拨付资金}/", "={已拨付资金}/({安排资金}", "=已拨付", "="])
def test_unreadable_formula_is_a_syntax_error(formula):
    with pytest.raises(FormulaSyntaxError):
        formula_refs(formula)

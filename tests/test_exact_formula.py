"""The formula language of an indicator row, operator by operator, with values computed by hand.

A `+` read as `-` would flag a correct `7 = {甲}+{乙}` row as "应为 -1.00": every operator, the
precedence, the columns and every error message are pinned here.
"""
from decimal import Decimal

import pytest

from township_app.checks import default_rules, run_checks
from township_app.checks.formula import (BinOp, FormulaError, Neg, Num, Ref, evaluate,
                                         parse_formula, references)
from township_app.checks.intervals import Interval
from township_app.checks.registry import SectionExample, report_from_example


def _num(text):
    return Num(Interval.exact(Decimal(text)), text)


def _value(formula, **cells):
    """Evaluate with exact cells: {name} → cells[name], {name.上年同期} → cells[name + '_previous']."""
    def resolve(ref):
        key = ref.name if ref.column == "value" else f"{ref.name}_{ref.column}"
        value = cells.get(key)
        return None if value is None else Interval.exact(Decimal(value))
    return evaluate(parse_formula(formula), resolve)


def test_a_rate_formula_parses_to_a_quotient_of_two_rows():
    assert parse_formula("={已拨付}/{安排}") == BinOp(
        "/", Ref("已拨付", "value", "{已拨付}"), Ref("安排", "value", "{安排}"))


def test_growth_formula_with_previous_year_column():
    assert parse_formula("＝{产值}/{产值.上年同期}-1") == BinOp(
        "-", BinOp("/", Ref("产值", "value", "{产值}"), Ref("产值", "previous", "{产值.上年同期}")),
        _num("1"))


def test_precedence_and_parentheses():
    assert parse_formula("1+2*3") == BinOp("+", _num("1"), BinOp("*", _num("2"), _num("3")))
    assert parse_formula("(1+2)*3") == BinOp("*", BinOp("+", _num("1"), _num("2")), _num("3"))
    assert parse_formula("（1+2）×3") == parse_formula("(1+2)*3")
    assert parse_formula("6÷3") == BinOp("/", _num("6"), _num("3"))
    assert parse_formula("8-2-1") == BinOp("-", BinOp("-", _num("8"), _num("2")), _num("1"))
    assert parse_formula("8/2/2") == BinOp("/", BinOp("/", _num("8"), _num("2")), _num("2"))
    assert parse_formula("-{A}") == Neg(Ref("A", "value", "{A}"))
    assert parse_formula("0.25*{A}") == BinOp("*", _num("0.25"), Ref("A", "value", "{A}"))
    assert parse_formula("  =  {A}  *  2  ") == BinOp("*", Ref("A", "value", "{A}"), _num("2"))
    assert parse_formula("{A} * 2") == BinOp("*", Ref("A", "value", "{A}"), _num("2"))
    assert parse_formula("{A} - {B} / 4") == BinOp(
        "-", Ref("A", "value", "{A}"), BinOp("/", Ref("B", "value", "{B}"), _num("4")))


@pytest.mark.parametrize("formula,expected", [
    ("{甲}+{乙}", "7"), ("{甲}-{乙}", "-1"), ("{甲}*{乙}", "12"), ("{甲}/{乙}", "0.75"),
    ("{乙}-{甲}", "1"), ("{乙}/{甲}*3", "4"), ("{甲}+{乙}*2", "11"), ("({甲}+{乙})*2", "14"),
    ("12-{乙}-{甲}", "5"), ("12/{乙}/{甲}", "1"), ("-{甲}+{乙}", "1"), ("-({甲}-{乙})", "1"),
    ("{甲}×{乙}÷2", "6"), ("{甲}*1.5", "4.5"),
])
def test_every_operator_computes(formula, expected):
    assert _value(formula, 甲="3", 乙="4") == Interval.exact(Decimal(expected))


def test_interval_operands():
    # 174 written as measured is 173.5–174.5, 152.81 is 152.805–152.815
    resolve = {"已拨付": Interval(Decimal("152.805"), Decimal("152.815")),
               "安排": Interval(Decimal("173.5"), Decimal("174.5"))}
    result = evaluate(parse_formula("={已拨付}/{安排}"), lambda ref: resolve[ref.name])
    assert result.lo.quantize(Decimal("1e-10")) == Decimal("0.8756733524")  # 152.805 ÷ 174.5
    assert result.hi.quantize(Decimal("1e-10")) == Decimal("0.8807780980")  # 152.815 ÷ 173.5
    diff = evaluate(parse_formula("={安排}-{已拨付}"), lambda ref: resolve[ref.name])
    assert diff == Interval(Decimal("20.685"), Decimal("21.695"))


def test_empty_cell_or_zero_divisor_gives_nothing():
    assert _value("{甲}+{乙}", 甲="3") is None
    assert _value("{乙}+{甲}", 甲="3") is None
    assert _value("-{乙}", 甲="3") is None
    assert _value("{甲}/{乙}", 甲="3", 乙="0") is None
    assert _value("{甲}/({乙}-4)", 甲="3", 乙="4") is None


@pytest.mark.parametrize("written,column", [
    ("", "value"), ("完成数", "value"), ("本期", "value"), ("数值", "value"), ("实际", "value"),
    ("上年同期", "previous"), ("上年", "previous"), ("去年同期", "previous"),
    ("目标", "target"), ("目标数", "target"), ("任务数", "target"), ("任务", "target"),
    ("计划", "target"),
])
def test_column_names(written, column):
    token = "{产值." + written + "}" if written else "{产值}"
    assert parse_formula(token) == Ref("产值", column, token)


def test_names_and_columns_are_trimmed():
    assert parse_formula("{ 拨付率 . 目标 }") == Ref("拨付率", "target", "{ 拨付率 . 目标 }")


def test_references_in_order():
    expr = parse_formula("=({A}+{B.上年同期})/-{C.目标}*2")
    assert [(r.name, r.column) for r in references(expr)] == [
        ("A", "value"), ("B", "previous"), ("C", "target")]
    assert references(parse_formula("1+2")) == []


@pytest.mark.parametrize("formula,message", [
    ("", "公式为空"),
    ("=", "公式为空"),
    ("＝  ", "公式为空"),
    ("={A}+", "公式“={A}+”不完整"),
    ("={A}+)", "公式“={A}+)”中“)”的位置不对"),
    ("=({A}+{B}", "公式“=({A}+{B}”括号不配对"),
    ("={A}{B}", "公式“={A}{B}”在“{B}”处多出内容"),
    ("={A}#", "公式“{A}#”第4个字符无法识别"),
    ("={收入", "公式“{收入”第1个字符无法识别"),
    ("={.目标}", "公式中的“{.目标}”缺少指标名称"),
    ("={A.明年}", "公式中的“{A.明年}”：不认识的列“明年”（可用 上年同期、目标）"),
])
def test_unreadable_formulas_say_why(formula, message):
    with pytest.raises(FormulaError) as caught:
        parse_formula(formula)
    assert str(caught.value) == message


# ---- the formula rule over a report's table, messages computed by hand --------------------------

def _formula_findings(*rows):
    [rule] = [r for r in default_rules() if r.id == "indicator-formula"]
    report = report_from_example((SectionExample(indicators=rows),))
    return run_checks(report, rules=(rule,)).findings


def _rows(total, formula):
    return ({"name": "甲", "value": "3", "unit": "个"}, {"name": "乙", "value": "4", "unit": "个"},
            {"name": "结果", "value": total, "unit": "个", "formula": formula})


@pytest.mark.parametrize("formula,right", [
    ("={甲}+{乙}", "7"), ("={甲}-{乙}", "-1"), ("={甲}*{乙}", "12"), ("={甲}/{乙}", "0.75"),
])
def test_a_correct_row_is_not_flagged(formula, right):
    assert _formula_findings(*_rows(right, formula)) == []


@pytest.mark.parametrize("formula,computed", [
    ("={甲}+{乙}", "7.00"), ("={甲}-{乙}", "-1.00"), ("={甲}*{乙}", "12.00"), ("={甲}/{乙}", "0.75"),
])
def test_a_wrong_row_says_what_the_formula_gives(formula, computed):
    [f] = _formula_findings(*_rows("9", formula))
    assert (f.rule, f.severity, f.quote) == ("indicator-formula", "error", "9")
    assert (f.location.kind, f.location.indicator_id, f.location.field) == ("indicator", 3, "value")
    assert f.message == (f"结果填写为 9 个，按公式 {formula[1:]} 计算应为 {computed} 个"
                         "（甲 3 个，乙 4 个）")
    assert [(r.indicator_id, r.field) for r in f.related] == [(1, "value"), (2, "value")]


def test_rate_row_in_percent():
    # 152.81 ÷ 174 = 0.87822… → 87.82%
    [f] = _formula_findings({"name": "安排", "value": "174", "unit": "万元"},
                            {"name": "已拨付", "value": "152.81", "unit": "万元"},
                            {"name": "拨付率", "value": "85", "unit": "%", "formula": "={已拨付}/{安排}"})
    assert (f.severity, f.quote) == ("error", "85")
    assert f.message == ("拨付率填写为 85%，按公式 {已拨付}/{安排} 计算应为 87.82%"
                         "（已拨付 152.81 万元，安排 174 万元）")


def test_growth_row_against_the_previous_year():
    # 9100 ÷ 8950 − 1 = 1.676% → 1.68%
    [f] = _formula_findings({"name": "产值", "value": "9100", "unit": "万元", "previous": "8950"},
                            {"name": "产值增长", "value": "2.5", "unit": "%",
                             "formula": "={产值}/{产值.上年同期}-1"})
    assert f.message == ("产值增长填写为 2.5%，按公式 {产值}/{产值.上年同期}-1 计算应为 1.68%"
                         "（产值 9100 万元，产值（上年同期） 8950 万元）")
    assert [(r.indicator_id, r.field) for r in f.related] == [(1, "value"), (1, "previous")]
    assert _formula_findings({"name": "产值", "value": "9100", "unit": "万元", "previous": "8950"},
                             {"name": "产值增长", "value": "1.68", "unit": "%",
                              "formula": "={产值}/{产值.上年同期}-1"}) == []


def test_unreadable_or_dangling_formula_is_a_warning_on_the_formula_cell():
    [f] = _formula_findings({"name": "人均", "value": "1", "unit": "元", "formula": "={收入"})
    assert (f.severity, f.location.field) == ("warning", "formula")
    assert f.message == "指标“人均”的公式无法使用：公式“{收入”第1个字符无法识别"
    [f] = _formula_findings({"name": "人口", "value": "50", "unit": "人"},
                            {"name": "人均", "value": "1", "unit": "元", "formula": "={收入}/{人口}"})
    assert (f.severity, f.location.field) == ("warning", "formula")
    assert f.message == "指标“人均”的公式引用了本节不存在的指标 “收入”"

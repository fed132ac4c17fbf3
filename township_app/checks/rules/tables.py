"""Indicator tables: formula rows, 完成率 rows, 合计 rows, growth rows, empty cells, and
numbers in a section's text that contradict its own table.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ...model import Indicator, indicator_column
from ...numbers import NumberInputError, normalize_number
from ..formula import FormulaError, Ref, evaluate, parse_formula, references
from ..intervals import Interval, format_decimal, format_plain
from ..findings import quoted
from ..passages import clauses
from ..registry import CellAnchor, Hit, ReportRule, ReportScope, SectionExample, TextAnchor
from ..tokens import tokenize, written_interval
from ..units import base_of, is_percent

TOTAL_NAMES = ("合计", "总计", "小计")
COMPLETION_SUFFIXES = ("完成率", "完成比例", "完成进度")
GROWTH_SUFFIXES = ("同比增长率", "同比增长", "同比增速", "增长率", "增速", "增幅", "增长")
#: how messages name the columns: as the table heads them (数值, 目标/任务数, 上年同期)
COLUMN_WORDS = {key: indicator_column(key).header for key in ("value", "previous", "target")}


def _interval(ind: Indicator, column: str) -> Interval | None:
    return written_interval(getattr(ind, column), ind.unit)


def _shown(ind: Indicator, column: str = "value") -> str:
    value = getattr(ind, column)
    return f"{value}{ind.unit}" if is_percent(ind.unit) else f"{value} {ind.unit}".strip()


def _expected(computed: Interval, ind: Indicator) -> str:
    base, factor = base_of(ind.unit) if ind.unit else ("", Decimal(1))
    decimals = max(2, len(ind.value.split(".", 1)[1]) if "." in ind.value else 0)
    return format_decimal(computed.mid / factor, decimals)


def _mismatch(ind: Indicator, computed: Interval) -> bool:
    stated = _interval(ind, "value")
    return stated is not None and not stated.intersects(computed)


def _rows(scope: ReportScope):
    for sid in scope.section_ids:
        rows = scope.rows(sid)
        if rows:
            yield sid, rows


# ---- formula rows ----------------------------------------------------------------------------

def check_formulas(scope: ReportScope):
    for _sid, rows in _rows(scope):
        by_name = {r.name.strip(): r for r in rows if r.name.strip()}
        for ind in rows:
            if not ind.formula.strip():
                continue
            try:
                expr = parse_formula(ind.formula)
            except FormulaError as exc:
                yield Hit(CellAnchor(ind, "formula"), f"指标{quoted(ind.name)}的公式无法使用：{exc}", "warning")
                continue
            missing = [r.name for r in references(expr) if r.name not in by_name]
            if missing:
                names = "、".join(f"“{n}”" for n in missing)
                yield Hit(CellAnchor(ind, "formula"),
                          f"指标{quoted(ind.name)}的公式引用了本节不存在的指标 {names}", "warning")
                continue
            if not ind.value:
                continue

            def resolve(ref: Ref) -> Interval | None:
                return _interval(by_name[ref.name], ref.column)

            computed = evaluate(expr, resolve)
            if computed is None:
                continue
            if is_percent(ind.unit):
                computed = computed.scaled(100)
            if not _mismatch(ind, computed):
                continue
            operands = "，".join(
                f"{r.name}{'' if r.column == 'value' else '（' + COLUMN_WORDS[r.column] + '）'} "
                f"{_shown(by_name[r.name], r.column)}" for r in references(expr))
            message = (f"{ind.name}填写为 {_shown(ind)}，按公式 {ind.formula.lstrip('=＝')} 计算应为 "
                       f"{_expected(computed, ind)}{'%' if is_percent(ind.unit) else (' ' + ind.unit if ind.unit else '')}"
                       f"（{operands}）")
            related = tuple(CellAnchor(by_name[r.name], r.column) for r in references(expr))
            yield Hit(CellAnchor(ind, "value"), message, None, related)


# ---- implicit rules: 完成率, 合计, growth --------------------------------------------------------

def _strip_suffix(name: str, suffixes) -> str | None:
    for s in suffixes:
        if name.endswith(s) and len(name) > len(s):
            return name[: -len(s)]
    return None


def check_implicit(scope: ReportScope):
    for _sid, rows in _rows(scope):
        by_name = {r.name.strip(): r for r in rows}
        with_target = [r for r in rows if r.value and r.target and not is_percent(r.unit)]
        for ind in rows:
            if ind.formula.strip() or not ind.value:
                continue
            name = ind.name.strip()
            if is_percent(ind.unit):
                stem = _strip_suffix(name, COMPLETION_SUFFIXES)
                if stem is not None or name in COMPLETION_SUFFIXES:
                    source = by_name.get(stem) if stem else None
                    if source is None and len(with_target) == 1:
                        source = with_target[0]
                    if source is not None and source.value and source.target:
                        hit = _ratio_hit(ind, source, "value", "target", f"{COLUMN_WORDS['value']} ÷ {COLUMN_WORDS['target']}")
                        if hit:
                            yield hit
                    continue
                stem = _strip_suffix(name, GROWTH_SUFFIXES)
                if stem is not None:
                    stem = stem.removesuffix("同比")
                    source = by_name.get(stem)
                    if source is not None and source.value and source.previous:
                        hit = _ratio_hit(ind, source, "value", "previous", "本期 ÷ 上年同期 − 1", minus_one=True)
                        if hit:
                            yield hit
                continue
            if name in TOTAL_NAMES or name.endswith(TOTAL_NAMES):
                yield from _total_hits(ind, rows)


def _ratio_hit(ind: Indicator, source: Indicator, num_col: str, den_col: str, how: str,
               minus_one: bool = False) -> Hit | None:
    num, den = _interval(source, num_col), _interval(source, den_col)
    if num is None or den is None or den.contains_zero():
        return None
    computed = num / den
    if minus_one:
        computed = computed - Interval.exact(1)
    computed = computed.scaled(100)
    if not _mismatch(ind, computed):
        return None
    message = (f"{ind.name}填写为 {_shown(ind)}，按“{source.name}”{how}"
               f"（{_shown(source, num_col)}，{_shown(source, den_col)}）计算应为 "
               f"{_expected(computed, ind)}%")
    return Hit(CellAnchor(ind, "value"), message, None,
               (CellAnchor(source, num_col), CellAnchor(source, den_col)))


def _total_hits(total: Indicator, rows: list[Indicator]):
    base = base_of(total.unit)[0] if total.unit else ""
    parts = [r for r in rows if r is not total and r.unit and base_of(r.unit)[0] == base
             and not r.formula.strip() and not r.name.strip().endswith(TOTAL_NAMES)]
    if len(parts) < 2:
        return
    for column in ("value", "target", "previous"):
        stated = _interval(total, column)
        values = [_interval(p, column) for p in parts]
        if stated is None or any(v is None for v in values):
            continue
        summed = values[0]
        for v in values[1:]:
            summed = summed + v
        if summed.intersects(stated):
            continue
        factor = base_of(total.unit)[1]
        shown_sum = format_plain(summed.mid / factor)  # a sum of written figures, exactly as it is
        message = (f"{quoted(total.name)}{COLUMN_WORDS[column]}填写为 {_shown(total, column)}，"
                   f"其余 {len(parts)} 项之和为 {shown_sum} {total.unit}")
        yield Hit(CellAnchor(total, column), message, None,
                  tuple(CellAnchor(p, column) for p in parts))


def check_cells(scope: ReportScope):
    """An unfilled value is a placeholder left in the table; a cell that is not a number
    (imported text such as 约85) cannot be checked and would print as typed."""
    for _sid, rows in _rows(scope):
        for ind in rows:
            if not ind.name.strip():
                continue
            if not ind.value.strip():
                yield Hit(CellAnchor(ind, "value"), f"指标{quoted(ind.name)}未填写{COLUMN_WORDS['value']}")
                continue
            for column in Indicator.NUMERIC:
                cell = getattr(ind, column)
                if not cell or (cell.isascii() and cell.isdigit()):
                    continue  # (plain digits, most cells: a number as they stand)
                try:
                    normalize_number(cell)
                except NumberInputError as exc:
                    yield Hit(CellAnchor(ind, column),
                              f"指标{quoted(ind.name)}的{COLUMN_WORDS[column]}：{exc}", "warning")


# ---- text versus table -----------------------------------------------------------------------

_WINDOW = 16
#: what may stand between an indicator's name and its value in running text
_LINK_RE = re.compile(r"(?:[为达到是了共计有：:\s]|达到|完成|实现|累计|合计|总计|预计|全年|今年|本年)*")


def _gaps(lo: int, hi: int, quantities) -> list[tuple[int, int]]:
    """[lo, hi) without the other figures in it (总人口3718户11440人: the 3718户 is skipped)."""
    spans, pos = [], lo
    for q in quantities:
        if lo <= q.start and q.end <= hi:
            spans.append((pos, q.start))
            pos = q.end
    spans.append((pos, hi))
    return spans


#: a row's name may carry a counting suffix the text leaves out (低保户数 / 低保户120户)
NAME_SUFFIXES = ("总数", "数量", "数")


def text_name(name: str, text: str) -> str | None:
    """The row's name as the text writes it: itself, or without 数/数量/总数."""
    name = name.strip().strip("“”\"")
    if len(name) >= 2 and name in text:
        return name
    for suffix in NAME_SUFFIXES:
        short = name.removesuffix(suffix)
        if short != name and len(short) >= 2 and short in text:
            return short
    return None


def check_text_table(scope: ReportScope):
    for sid, rows in _rows(scope):
        doc = scope.body_doc(sid)
        if doc is None:
            continue
        text = doc.text
        quantities = None
        clause_spans = None
        for ind in rows:
            name = text_name(ind.name, text)
            if name is None or not ind.unit:
                continue
            stated = _interval(ind, "value")
            if stated is None:
                continue
            if quantities is None:
                quantities = [q for q in tokenize(text) if q.is_quantity and q.unit]
                clause_spans = clauses(text)
            base = base_of(ind.unit)[0]
            for m in re.finditer(re.escape(name), text):
                clause = next((c for c in clause_spans if c.start <= m.start() < c.end), None)
                if clause is None:
                    continue
                after = [q for q in quantities if m.end() <= q.start < min(clause.end, m.end() + _WINDOW)]
                match = next((q for q in after if q.base_unit == base), None)
                if match is None or not match.exact:
                    continue
                gap = "".join(text[a:b] for a, b in _gaps(m.end(), match.start, after))
                if not _LINK_RE.fullmatch(gap):
                    continue  # 拨付率较上年提高5%: the number is not the indicator's value
                if match.interval.intersects(stated):
                    continue
                quote = text[m.start():match.end]
                message = f"正文写“{quote}”，本节指标表中{quoted(ind.name)}为 {_shown(ind)}"
                yield Hit(TextAnchor(doc.key, match.start, match.end - match.start), message, None,
                          (CellAnchor(ind, "value"),))


def _ex(body: str = "", *rows: dict) -> tuple[SectionExample, ...]:
    return (SectionExample(body=body, indicators=tuple(rows)),)


FORMULA_RULE = ReportRule(
    id="indicator-formula",
    severity="error",
    title="指标公式计算不符",
    check=check_formulas,
    failing=(
        _ex("", {"name": "衔接资金安排", "value": "174", "unit": "万元"},
            {"name": "衔接资金已拨付", "value": "152.81", "unit": "万元"},
            {"name": "拨付率", "value": "85", "unit": "%", "formula": "={衔接资金已拨付}/{衔接资金安排}"}),
        _ex("", {"name": "国民生产总值", "value": "9100", "unit": "万元", "previous": "8950"},
            {"name": "国民生产总值增长", "value": "2.5", "unit": "%",
             "formula": "={国民生产总值}/{国民生产总值.上年同期}-1"}),
        _ex("", {"name": "总人口", "value": "11440", "unit": "人"},
            {"name": "贫困发生率", "value": "0.8", "unit": "%", "formula": "={未脱贫人口}/{总人口}"}),
        _ex("", {"name": "人均", "value": "1", "unit": "元", "formula": "={收入"}),
    ),
    passing=(
        _ex("", {"name": "衔接资金安排", "value": "174", "unit": "万元"},
            {"name": "衔接资金已拨付", "value": "152.81", "unit": "万元"},
            {"name": "拨付率", "value": "87.82", "unit": "%", "formula": "={衔接资金已拨付}/{衔接资金安排}"}),
        _ex("", {"name": "国民生产总值", "value": "9100", "unit": "万元", "previous": "8950"},
            {"name": "国民生产总值增长", "value": "1.68", "unit": "%",
             "formula": "={国民生产总值}/{国民生产总值.上年同期}-1"}),
        _ex("", {"name": "衔接资金安排", "value": "", "unit": "万元"},
            {"name": "衔接资金已拨付", "value": "152.81", "unit": "万元"},
            {"name": "拨付率", "value": "87.82", "unit": "%", "formula": "={衔接资金已拨付}/{衔接资金安排}"}),
        _ex("", {"name": "收入", "value": "100", "unit": "万元"}, {"name": "人口", "value": "50", "unit": "人"},
            {"name": "人均收入", "value": "20000", "unit": "元", "formula": "={收入}/{人口}"}),
    ),
)

IMPLICIT_RULE = ReportRule(
    id="indicator-arithmetic",
    severity="error",
    title="指标表计算不符",
    check=check_implicit,
    failing=(
        _ex("", {"name": "易地搬迁", "value": "85", "target": "100", "unit": "户"},
            {"name": "易地搬迁完成率", "value": "80", "unit": "%"}),
        _ex("", {"name": "一类低保", "value": "27", "unit": "户"}, {"name": "二类低保", "value": "63", "unit": "户"},
            {"name": "合计", "value": "91", "unit": "户"}),
        _ex("", {"name": "财政收入", "value": "550", "previous": "500", "unit": "万元"},
            {"name": "财政收入增长率", "value": "12", "unit": "%"}),
    ),
    passing=(
        _ex("", {"name": "易地搬迁", "value": "85", "target": "100", "unit": "户"},
            {"name": "完成率", "value": "85", "unit": "%"}),
        _ex("", {"name": "一类低保", "value": "27", "unit": "户"}, {"name": "二类低保", "value": "63", "unit": "户"},
            {"name": "低保人数", "value": "136", "unit": "人"}, {"name": "合计", "value": "90", "unit": "户"}),
        _ex("", {"name": "财政收入", "value": "550", "previous": "500", "unit": "万元"},
            {"name": "财政收入增长率", "value": "10", "unit": "%"}),
        _ex("", {"name": "参保率", "value": "86", "unit": "%"}),
    ),
)

EMPTY_RULE = ReportRule(
    id="indicator-empty",
    severity="error",
    title="指标未填写或不是数字",
    check=check_cells,
    failing=(_ex("", {"name": "财政总收入", "value": "", "unit": "万元"}),
             _ex("", {"name": "财政总收入", "value": "约710", "unit": "万元"}),
             _ex("", {"name": "财政总收入", "value": "710", "previous": "7l0", "unit": "万元"})),
    passing=(_ex("", {"name": "财政总收入", "value": "710", "unit": "万元"}),
             _ex("", {"name": "财政总收入", "value": "710.50", "previous": "", "unit": "万元"}),
             _ex("", {"name": "", "value": "", "unit": ""})),
)

TEXT_TABLE_RULE = ReportRule(
    id="text-table",
    severity="error",
    title="正文与指标表不符",
    check=check_text_table,
    failing=(
        _ex("全乡预计实现国民生产总值9000万元，同比增长1.68%。",
            {"name": "国民生产总值", "value": "9100", "unit": "万元"}),
        _ex("拨付资金152.81万元，拨付率为85%。", {"name": "拨付率", "value": "87.82", "unit": "%"}),
        _ex("总人口3718户11400人。", {"name": "总人口", "value": "11440", "unit": "人"}),
        _ex("全乡共有低保户120户，已全部纳入动态管理。", {"name": "低保户数", "value": "125", "unit": "户"}),
        _ex("全镇参保人3820人。", {"name": "参保人数", "value": "3850", "unit": "人"}),
    ),
    passing=(
        _ex("全乡共有低保户125户，已全部纳入动态管理。", {"name": "低保户数", "value": "125", "unit": "户"}),
        _ex("全乡共有低保户120人。", {"name": "低保户数", "value": "125", "unit": "户"}),
        _ex("全乡预计实现国民生产总值9100万元，同比增长1.68%。",
            {"name": "国民生产总值", "value": "9100", "unit": "万元"}),
        _ex("总人口3718户11440人。", {"name": "总人口", "value": "11440", "unit": "人"}),
        _ex("国民生产总值约9000万元。", {"name": "国民生产总值", "value": "9100", "unit": "万元"}),
        _ex("国民生产总值91000000元。", {"name": "国民生产总值", "value": "9100", "unit": "万元"}),
        _ex("拨付率较上年提高5%。", {"name": "拨付率", "value": "87.82", "unit": "%"}),
    ),
)

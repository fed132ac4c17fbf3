"""The 乡镇 × 指标 table: columns matched by name (through the mapping) and unit family,
values converted to one unit per column, a 合计 row, and 上期 beside 本期.

Everything is exact Decimal arithmetic on the numbers as the townships wrote them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .entry import CollectedFile, IndicatorRow, period_label
from .mapping import IndicatorMapping
from .totals import (KIND_OTHER, KIND_RATE, KIND_SUM, FormulaSyntaxError, evaluate,
                     formula_refs, indicator_kind, percent_scale, reproduces, round_to)
from .units import UNIT_FAMILIES, clean_unit, convert, format_decimal, unit_family


@dataclass(slots=True)
class Cell:
    value: Decimal | None  # in the column's unit; None when the text is not a number
    text: str  # as shown: the written text, or the converted value
    written: str  # what the township wrote, with its unit ("1528100元")
    converted: bool
    row: IndicatorRow
    previous: Decimal | None = None  # 上期, in the column's unit

    @property
    def change(self) -> Decimal | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass
class Column:
    name: str  # canonical name
    family: str
    unit: str  # the unit the column is shown in
    kind: str  # KIND_SUM | KIND_RATE | KIND_OTHER
    formula: str = ""  # a rate's 合计 formula, in canonical names
    formula_inferred: bool = False
    total: Decimal | None = None
    total_previous: Decimal | None = None
    total_note: str = ""  # how the 合计 was made, or why there is none
    written_names: list[str] = field(default_factory=list)  # the spellings it gathers

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.family)

    @property
    def heading(self) -> str:
        return f"{self.name}（{self.unit}）" if self.unit else self.name


@dataclass
class Summary:
    period: tuple[str, str] | None
    county: str
    columns: list[Column]
    townships: list[str]  # row order
    cells: dict[tuple[str, int], Cell]  # (township, column index) → cell
    entries: list[CollectedFile]
    missing: list[str]  # 应报 but nothing usable came
    not_expected: list[str]  # sent a file but are not on the 应报 list
    previous_period: tuple[str, str] | None = None
    folder: str = ""  # the collected folder; files are shown relative to it

    @property
    def period_label(self) -> str:
        return period_label(*self.period) if self.period else ""

    @property
    def previous_label(self) -> str:
        return period_label(*self.previous_period) if self.previous_period else ""

    def cell(self, township: str, column: int) -> Cell | None:
        return self.cells.get((township, column))

    def entry_of(self, township: str) -> CollectedFile | None:
        return next((e for e in self.entries if e.used and e.township == township), None)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        return None
    return value if value.is_finite() else None


def _size(unit: str) -> Decimal:
    known = UNIT_FAMILIES.get(clean_unit(unit))
    return known[1] if known else Decimal(1)


def build_summary(entries: list[CollectedFile], period: tuple[str, str] | None,
                  mapping: IndicatorMapping | None = None, expected: list[str] | None = None,
                  previous: dict[tuple[str, str], tuple[str, str]] | None = None,
                  previous_period: tuple[str, str] | None = None) -> Summary:
    """previous: (township, written name) → (value, unit) of the 上期 collection."""
    mapping = mapping or IndicatorMapping()
    expected = [t.strip() for t in (expected or []) if t.strip()]
    used = [e for e in entries if e.used]
    order = {t: k for k, t in enumerate(expected)}
    townships = sorted({e.township for e in used},
                       key=lambda t: (order.get(t, len(order)), t))
    by_township = {e.township: e for e in used}

    # gather rows per column key, in first-seen order
    rows: dict[tuple[str, str], dict[str, IndicatorRow]] = {}
    names: dict[tuple[str, str], list[str]] = {}
    for township in townships:
        for row in by_township[township].indicators:
            key = (mapping.canonical(row.name), unit_family(row.unit))
            if not key[0]:
                continue
            per = rows.setdefault(key, {})
            per.setdefault(township, row)  # a name twice in one report: the first counts
            spellings = names.setdefault(key, [])
            if row.name not in spellings:
                spellings.append(row.name)

    columns: list[Column] = []
    cells: dict[tuple[str, int], Cell] = {}
    for index, (key, per) in enumerate(rows.items()):
        units = Counter(clean_unit(r.unit) for r in per.values())
        unit = max(units, key=lambda u: (units[u], -list(units).index(u)))
        column = Column(key[0], key[1], unit, indicator_kind(key[0], unit),
                        written_names=names[key])
        columns.append(column)
        for township, row in per.items():
            cells[(township, index)] = _make_cell(row, unit)

    previous_by_key: dict[tuple[str, tuple[str, str]], tuple[str, str]] = {}
    for (township, name), (value, unit) in (previous or {}).items():
        previous_by_key.setdefault((township, (mapping.canonical(name), unit_family(unit))),
                                   (value, unit))
    for index, column in enumerate(columns):
        _fill_previous(index, column, townships, cells, previous_by_key)
        if column.kind == KIND_SUM:
            _sum_total(index, column, townships, cells)
    for index, column in enumerate(columns):
        if column.kind == KIND_RATE:
            _rate_total(index, column, columns, townships, cells, mapping)
        elif column.kind == KIND_OTHER:
            # 人均 with a written formula ({总收入}/{总人口}) is recomputed like a rate
            if _written_formula(index, townships, cells, mapping) is not None:
                _rate_total(index, column, columns, townships, cells, mapping, infer=False)
            else:
                column.total_note = "此类指标（人均、平均、排名等）不宜相加，不列合计"

    counties = Counter(e.county for e in used if e.county)
    missing = [t for t in expected if t not in by_township]
    not_expected = [t for t in townships if expected and t not in order]
    return Summary(period, counties.most_common(1)[0][0] if counties else "", columns,
                   townships, cells, list(entries), missing, not_expected, previous_period)


def _make_cell(row: IndicatorRow, unit: str) -> Cell:
    value = _decimal(row.value)
    written = f"{row.value}{row.unit}"
    if value is None:
        return Cell(None, row.value, written, False, row)
    if clean_unit(row.unit) != unit:
        converted = convert(value, row.unit, unit)
        return Cell(converted, format_decimal(converted), written, True, row)
    return Cell(value, row.value, written, False, row)


def _fill_previous(index, column, townships, cells, previous_by_key) -> None:
    for township in townships:
        cell = cells.get((township, index))
        found = previous_by_key.get((township, column.key))
        if cell is None or found is None:
            continue
        value = _decimal(found[0])
        if value is not None:
            cell.previous = (convert(value, found[1], column.unit)
                             if clean_unit(found[1]) != column.unit else value)


def _sum_total(index, column, townships, cells) -> None:
    values = [c.value for t in townships if (c := cells.get((t, index))) and c.value is not None]
    if values:
        column.total = sum(values[1:], values[0])
        column.total_note = f"{len(values)} 个乡镇之和"
    # 上期 over the same townships as this 合计, so 增减 is not just who reported
    previous = [c.previous for t in townships
                if (c := cells.get((t, index))) and c.value is not None and c.previous is not None]
    if previous:
        column.total_previous = sum(previous[1:], previous[0])


def _rate_total(index, column, columns, townships, cells, mapping, infer=True) -> None:
    """Σ numerator ÷ Σ denominator over the townships that gave every amount the formula needs."""
    formula = _written_formula(index, townships, cells, mapping)
    if formula is None and infer:
        formula = _inferred_formula(index, column, columns, townships, cells)
        column.formula_inferred = formula is not None
    if formula is None:
        column.total_note = "比率不能相加；未找到其计算公式（可在报告“公式”列注明），不列合计"
        return
    column.formula = formula
    try:
        refs = formula_refs(formula)
    except FormulaSyntaxError:
        column.total_note = f"公式“{formula}”无法识别，不列合计"
        return
    by_name: dict[str, int] = {}
    for ref_name, _ in refs:
        candidates = [k for k, c in enumerate(columns) if c.name == ref_name and k != index]
        if not candidates:
            column.total_note = f"公式中的“{ref_name}”没有对应的汇总指标，不列合计"
            return
        by_name[ref_name] = max(candidates, key=lambda k: sum(1 for t in townships
                                                              if (t, k) in cells))
    sums: dict[tuple[str, str], Decimal] = {}
    counted = 0
    for township in townships:
        values = {}
        for ref in refs:
            ref_column = columns[by_name[ref[0]]]
            cell = cells.get((township, by_name[ref[0]]))
            raw = _decimal(getattr(cell.row, ref[1])) if cell else None
            if raw is None:
                break
            # in the unit the county table shows, which is the unit the townships' formulas
            # were mostly written for; an inferred a/b works in the family's base unit
            value = (convert(raw, cell.row.unit, ref_column.unit)
                     if clean_unit(cell.row.unit) != ref_column.unit else raw)
            values[ref] = value * _size(ref_column.unit) if column.formula_inferred else value
        else:
            counted += 1
            for ref, value in values.items():
                sums[ref] = sums.get(ref, Decimal(0)) + value
    result = evaluate(formula, sums.get) if counted else None
    if result is None:
        column.total_note = "参与计算的合计数缺失或为零，不列合计"
        return
    written = [c.value for t in townships if (c := cells.get((t, index))) and c.value is not None]
    decimals = max((max(0, -v.as_tuple().exponent) for v in written), default=2)
    column.total = round_to(result * percent_scale(formula, column.unit), decimals)
    how = "推定公式" if column.formula_inferred else "公式"
    what = "比率" if column.kind == KIND_RATE else "数值"
    column.total_note = f"按{how} {formula} 由 {counted} 个乡镇的合计数重算，不是各乡镇{what}相加"


def _written_formula(index, townships, cells, mapping) -> str | None:
    """The formula most townships wrote for this rate, refs in canonical names."""
    found = Counter()
    for township in townships:
        cell = cells.get((township, index))
        if cell is None or not cell.row.formula:
            continue
        try:
            refs = formula_refs(cell.row.formula)
        except FormulaSyntaxError:
            continue
        text = cell.row.formula.strip().lstrip("=").strip()
        for name, _ in refs:
            text = text.replace("{" + name, "{" + mapping.canonical(name))
        found[text] += 1
    return found.most_common(1)[0][0] if found else None


def _inferred_formula(index, column, columns, townships, cells) -> str | None:
    """The one pair of same-section amounts whose ratio is every township's written rate."""
    scale = percent_scale("", column.unit)
    pairs: set[tuple[int, int]] | None = None
    for township in townships:
        rate = cells.get((township, index))
        if rate is None or rate.value is None:
            continue
        section = rate.row.section
        amounts = []
        for k, other in enumerate(columns):
            cell = cells.get((township, k))
            if (k != index and other.kind == KIND_SUM and cell is not None
                    and cell.value is not None and cell.row.section == section):
                amounts.append((k, other.family, _decimal(cell.row.value) * _size(cell.row.unit)))
        here = {(a, b) for a, fa, va in amounts for b, fb, vb in amounts
                if a != b and fa == fb and reproduces(va, vb, rate.value, scale)}
        pairs = here if pairs is None else pairs & here
        if not pairs:
            return None
    if not pairs or len(pairs) != 1:
        return None
    a, b = next(iter(pairs))
    return f"{{{columns[a].name}}}/{{{columns[b].name}}}"

"""Formulas for an indicator table's rate rows, proposed from the rows' names.

A table pasted from Excel — 下达 200 / 已拨付 150 / 拨付率 80 % — holds a rate whose
parts are rows of the same table. A row named as a rate (拨付率, 完成率, 占比, 覆盖率,
参保率 …) gets a formula in the language of checks.formula when its numerator and its
denominator can be told from the other rows' names; growth rows (增长率, 增幅) compare a
row with its own 上年同期, completion rows (完成率) a row with its own 目标/任务数 when
no 任务 row is there. Once the user accepts a proposal the formula is the row's, and
the checks compute the rate from it.

The same module builds the formulas the 公式 editor offers: rate, sum, growth and
completion, each from rows the user picks.
"""
from __future__ import annotations

from dataclasses import dataclass

from .checks.formula import FormulaError, parse_formula, references
from .model import Indicator

#: rate words: the row's name ends with one of them
RATE_SUFFIXES = ("占比", "比重", "比例", "率")
GROWTH_SUFFIXES = ("增长率", "增幅", "增长", "同比增长", "增速")
#: what a denominator row is called: the base the rate is taken of
BASE_WORDS = ("下达", "安排", "计划", "任务", "预算", "应", "总", "全部", "合计", "目标", "到位")
#: the bases that are an amount set or handed down, as against a total of something
GIVEN_WORDS = ("下达", "安排", "计划", "任务", "预算", "应", "到位", "目标")
#: words dropped from a rate's stem before looking for its numerator: 资金拨付率 → 拨付
STEM_NOISE = ("资金", "项目", "全年", "年度", "累计", "实际", "的")


@dataclass(frozen=True)
class Proposal:
    indicator_id: int
    row_name: str
    formula: str  # as stored in Indicator.formula, e.g. ={已拨付}/{下达}
    reading: str  # how the window shows it: 拨付率 = 已拨付 ÷ 下达

    def as_text(self) -> str:
        return self.reading


def ref(name: str, column: str = "") -> str:
    """{name} or {name.上年同期} / {name.目标}: a reference in the formula language."""
    return "{" + name + (("." + column) if column else "") + "}"


def rate_formula(numerator: str, denominator: str) -> str:
    return f"={ref(numerator)}/{ref(denominator)}"


def sum_formula(names: list[str]) -> str:
    return "=" + "+".join(ref(n) for n in names)


def growth_formula(name: str) -> str:
    return f"={ref(name)}/{ref(name, '上年同期')}-1"


def completion_formula(done: str, task: str | None = None) -> str:
    """完成 ÷ 任务: a 任务 row, or the same row's 目标/任务数 column."""
    return f"={ref(done)}/{ref(task) if task else ref(done, '目标')}"


def reading(row_name: str, formula: str) -> str:
    """拨付率 = 已拨付 ÷ 下达: a formula as words, for a person to check."""
    body = formula.lstrip("=＝")
    for token, word in (("/", " ÷ "), ("*", " × "), ("+", " + "), ("-1", " − 1")):
        body = body.replace(token, word)
    body = body.replace(".上年同期}", "（上年同期）}").replace(".目标}", "（目标/任务数）}")
    return f"{row_name} = " + body.replace("{", "").replace("}", "")


def check_formula(formula: str, names: set[str]) -> str:
    """"" when the formula reads and names only rows of the table; else why not (Chinese)."""
    try:
        expr = parse_formula(formula)
    except FormulaError as exc:
        return str(exc)
    missing = [r.name for r in references(expr) if r.name not in names]
    if missing:
        return "公式引用了本表没有的指标：" + "、".join(f"“{n}”" for n in missing)
    return ""


def _rate_stem(name: str) -> str | None:
    for suffix in RATE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            for noise in STEM_NOISE:
                stem = stem.replace(noise, "")
            return stem or None
    return None


def _growth_base(name: str, rows: list[Indicator]) -> Indicator | None:
    for suffix in GROWTH_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            candidates = [r for r in rows if r.name.strip() != name and r.previous
                          and (r.name.strip() == stem or r.name.strip().startswith(stem)
                               or stem.startswith(r.name.strip()))]
            return candidates[0] if len(candidates) == 1 else None
    return None


def _shares(a: str, b: str) -> int:
    """How many characters of b occur in a (the overlap of two short Chinese names)."""
    return sum(1 for ch in set(b) if ch in a)


def _is_base(name: str) -> bool:
    return any(word in name for word in BASE_WORDS)


def propose_for_row(row: Indicator, rows: list[Indicator]) -> str | None:
    """The formula for one rate row, or None when its parts cannot be told apart."""
    name = row.name.strip()
    others = [r for r in rows if r.id != row.id and r.name.strip() and not r.formula.strip()
              and _rate_stem(r.name.strip()) is None]
    base = _growth_base(name, others)
    if base is not None:
        return growth_formula(base.name.strip())
    stem = _rate_stem(name)
    if stem is None:
        return None
    parts = [r for r in others if _shares(r.name, stem) or _is_base(r.name)]
    numerators = [r for r in parts if _shares(r.name, stem) and not _is_base(r.name)]
    denominators = [r for r in parts if _is_base(r.name) and r not in numerators]
    if len(numerators) != 1:
        return None
    numerator = numerators[0].name.strip()
    if len(denominators) > 1:  # prefer the base that names the same thing: 应参保 for 参保
        close = [r for r in denominators if _shares(r.name, stem)]
        denominators = close if len(close) == 1 else denominators
    if len(denominators) > 1:  # then an amount given out (下达, 安排) over a total (总人口)
        given = [r for r in denominators if any(w in r.name for w in GIVEN_WORDS)]
        denominators = given if len(given) == 1 else denominators
    if len(denominators) == 1:
        return rate_formula(numerator, denominators[0].name.strip())
    if not denominators and "完成" in name and numerators[0].target:
        return completion_formula(numerator)
    return None


def propose_formulas(rows: list[Indicator]) -> list[Proposal]:
    """A proposal for each rate row of one table that has no formula yet."""
    out = []
    names = {r.name.strip() for r in rows if r.name.strip()}
    for row in rows:
        if row.formula.strip() or not row.name.strip():
            continue
        formula = propose_for_row(row, rows)
        if formula and not check_formula(formula, names):
            out.append(Proposal(row.id, row.name.strip(), formula,
                                reading(row.name.strip(), formula)))
    return out

"""Plain-data view of a report: what checks, printing and export read.

The store hands out these objects; nothing here touches SQLite or Qt, so every
consumer can be tested with hand-built reports.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Iterator

from .numbering import number_tree

# ---- size limits (documented in docs/files.md; far beyond any real report) ----------------------
MAX_FILE_BYTES = 100 * 1024 * 1024  # a report file: 100 MB (a long report is well under 5 MB)
MAX_FIELD_CHARS = 5_000_000  # one title, body or cell: 500 万字
MAX_REPORT_CHARS = 30_000_000  # all text of one report together: 3000 万字
MAX_TREE_DEPTH = 600  # levels of sections; deeper is a crafted file (and would exhaust the stack)

#: numbering styles a section may carry
NUMBERING_AUTO = "auto"  # 一、/（一）/1./（1） from its depth and position
NUMBERING_NONE = "none"  # printed without a number and skipped when counting (导语, 落款前的说明)


@dataclass
class ReportProperties:
    """The 报告属性: what the title page, the 落款 and the submission name come from."""

    report_type: str = ""
    township: str = ""  # 乡镇名称
    county: str = ""  # 所属县
    year: str = ""  # 年度, as typed (e.g. "2018")
    period: str = ""  # 期间: 全年 / 上半年 / 第一季度 …
    title: str = ""
    issuer: str = ""  # 落款单位
    doc_date: str = ""  # 成文日期, ISO yyyy-mm-dd or empty
    template: str = ""  # id of the template the report was made from

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.field_names()}


@dataclass(frozen=True)
class IndicatorColumn:
    """A column of the indicator table, as the window, both writers, the importer and the
    checks' messages name and align it; `since` is the INDICATOR_COLUMNS_VERSION that added it."""

    key: str  # the Indicator attribute (and the store's column)
    header: str  # 列名, the same on screen, on paper and in Word
    numeric: bool = False  # kept as typed, read as a number by the checks, right-aligned
    align: str = "left"  # left / right / center
    wraps: bool = True  # may a printed cell wrap onto several lines
    always: bool = False  # printed even when empty in every row (otherwise the column is left out)
    since: int = 1


#: the indicator table's columns, in display order; add a column with since = a new version
INDICATOR_COLUMNS: tuple[IndicatorColumn, ...] = (
    IndicatorColumn("name", "指标名称", always=True),
    IndicatorColumn("value", "数值", numeric=True, align="right", wraps=False, always=True),
    IndicatorColumn("unit", "单位", align="center", always=True),
    IndicatorColumn("target", "目标/任务数", numeric=True, align="right", wraps=False),
    IndicatorColumn("previous", "上年同期", numeric=True, align="right", wraps=False),
    IndicatorColumn("note", "备注"),
)
#: raised whenever a column is added; a submission's content hash covers the columns of its version
INDICATOR_COLUMNS_VERSION = 1
#: what an indicator row holds besides its shown columns: the checks' rule for the row
INDICATOR_EXTRA_FIELDS = ("formula",)


def indicator_column(key: str) -> IndicatorColumn:
    for column in INDICATOR_COLUMNS:
        if column.key == key:
            return column
    raise KeyError(key)


def indicator_fields(version: int = INDICATOR_COLUMNS_VERSION) -> tuple[str, ...]:
    """The row fields as of a columns version: what a content hash of that version covers."""
    return tuple(c.key for c in INDICATOR_COLUMNS if c.since <= version) + INDICATOR_EXTRA_FIELDS


@dataclass
class Indicator:
    """One row of a section's indicator table. Numbers are text exactly as typed."""

    id: int | None = None
    section_id: int | None = None
    position: int = 0
    name: str = ""
    value: str = ""
    unit: str = ""
    target: str = ""  # 目标/任务数
    previous: str = ""  # 上年同期
    note: str = ""
    formula: str = ""  # rule the checks apply to this row, e.g. "rate: 2 / 3"

    EDITABLE = indicator_fields()
    NUMERIC = tuple(c.key for c in INDICATOR_COLUMNS if c.numeric)


@dataclass
class Section:
    id: int | None = None
    parent_id: int | None = None
    position: int = 0
    title: str = ""
    body: str = ""
    numbering: str = NUMBERING_AUTO
    print_table: bool = True
    table_title: str = ""  # 表题, printed centred above the indicator table
    table_unit: str = ""  # e.g. 万元, printed as 单位：万元 right-aligned above the table


#: a section's fields that say how its indicator table is printed, beside print_table
TABLE_CAPTION_FIELDS = ("table_title", "table_unit")


def table_unit_line(unit: str) -> str:
    """The unit line both writers print above a table: 万元 → 单位：万元 (a typed 单位： kept once)."""
    unit = unit.strip()
    for prefix in ("单位：", "单位:"):
        if unit.startswith(prefix):
            unit = unit[len(prefix):].strip()
            break
    return f"单位：{unit}" if unit else ""


def unit_of_line(line: str) -> str:
    """单位：万元 → 万元: what table_unit_line printed, read back (a .docx this program wrote)."""
    text = line.strip().strip("（）()")
    for prefix in ("单位：", "单位:"):
        if text.startswith(prefix):
            return text[len(prefix):].strip()
    return text


@dataclass
class SectionView:
    """A section as it stands in the tree: depth and the number printing will give it."""

    section: Section
    depth: int
    label: str  # "一、", "（二）", "3." … or "" when unnumbered
    path: tuple[int, ...]  # ids from the root down to this section

    @property
    def heading(self) -> str:
        return f"{self.label}{self.section.title}"


@dataclass
class Report:
    """A whole report in memory, as loaded from a store or built by an importer."""

    properties: ReportProperties = field(default_factory=ReportProperties)
    sections: list[Section] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    #: 检查设置: the rule families (checks.findings.RULE_FAMILIES) this report switched off
    families_off: frozenset[str] = frozenset()

    def children(self, parent_id: int | None) -> list[Section]:
        return sorted(
            (s for s in self.sections if s.parent_id == parent_id), key=lambda s: s.position
        )

    def section(self, section_id: int) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def indicators_of(self, section_id: int) -> list[Indicator]:
        return sorted(
            (i for i in self.indicators if i.section_id == section_id), key=lambda i: i.position
        )

    def walk(self) -> Iterator[SectionView]:
        """Depth-first, in document order, with printed numbers."""
        by_parent: dict[int | None, list[Section]] = {}
        for s in self.sections:
            by_parent.setdefault(s.parent_id, []).append(s)
        for kids in by_parent.values():
            kids.sort(key=lambda s: s.position)

        by_id = {s.id: s for s in self.sections}
        labels = number_tree({p: [s.id for s in kids] for p, kids in by_parent.items()},
                             lambda sid: by_id[sid].numbering == NUMBERING_AUTO)

        def visit(parent_id: int | None, depth: int, path: tuple[int, ...]):
            for s in by_parent.get(parent_id, []):
                here = path + (s.id,)
                yield SectionView(s, depth, labels[s.id][1], here)
                yield from visit(s.id, depth + 1, here)

        yield from visit(None, 0, ())

    def numbered_path(self, section_id: int) -> str:
        """e.g. "二、工作开展情况 / （一）求真务实" — how findings name a section."""
        views = {v.section.id: v for v in self.walk()}
        view = views[section_id]
        return " / ".join(views[i].heading or "（无标题）" for i in view.path)

    def plain_text(self) -> str:
        """The report as a drafter would have typed it: title, headings, bodies, 落款."""
        lines: list[str] = []
        if self.properties.title:
            lines.append(self.properties.title)
        for view in self.walk():
            if view.heading:
                lines.append(view.heading)
            if view.section.body:
                lines.extend(view.section.body.split("\n"))
        if self.properties.issuer:
            lines.append(self.properties.issuer)
        date = format_chinese_date(self.properties.doc_date)
        if date:
            lines.append(date)
        return "\n".join(lines)

    def copy(self) -> "Report":
        return Report(
            replace(self.properties),
            [replace(s) for s in self.sections],
            [replace(i) for i in self.indicators],
        )


def format_chinese_date(iso: str) -> str:
    """2019-01-05 → 2019年1月5日 (GB/T 9704: full year, no zero padding)."""
    parts = (iso or "").strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return ""
    y, m, d = (int(p) for p in parts)
    return f"{y}年{m}月{d}日"


def count_characters(text: str) -> int:
    """字数 as Word/WPS count it for Chinese text: every non-whitespace character."""
    return sum(1 for ch in text if not ch.isspace())

"""Read a .docx report: paragraphs in order, real tables as tables.

Tables whose shape says “指标 / 数值 / 单位” become indicator rows; any other table
stays as text lines so nothing in it is lost. A file this program wrote is
recognised by its paragraph styles (docx_styles) and read back by style.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .formats import docx_styles
from .model import INDICATOR_COLUMNS, Indicator
from .numbers import NumberInputError, normalize_number
from .textsource import SourceTextError


@dataclass
class DocxItem:
    kind: str  # "p" or "table"
    text: str = ""
    style: str = ""  # paragraph style name
    first_run: str = ""  # text of the first run (our writer puts the heading number there)
    outline_level: int | None = None  # 0-based level of a Word heading (标题 1 / Heading 1)
    rows: list[list[str]] = field(default_factory=list)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> tuple[list[DocxItem], dict]:
    """Every paragraph and table of the body in document order (content controls opened),
    and the report properties this program's writer stored in the document properties."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceTextError(f"“{path.name}”不是有效的 Word（.docx）文件：{exc}") from exc
    except OSError as exc:
        raise SourceTextError(f"无法读取“{path.name}”：{exc.strerror or exc}") from exc
    except Exception as exc:  # python-docx raises assorted errors on broken packages
        if exc.__class__.__name__ in ("PackageNotFoundError", "XMLSyntaxError"):
            raise SourceTextError(f"“{path.name}”不是有效的 Word（.docx）文件。") from exc
        raise
    style_names = {s.style_id: s.name for s in document.styles}
    style_levels = {s.style_id: _style_outline_level(s) for s in document.styles}
    items: list[DocxItem] = []

    def visit(parent) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                para = Paragraph(child, document)
                runs = child.findall(f"{_W}r")
                first = "".join(t.text or "" for t in runs[0].iter(f"{_W}t")) if runs else ""
                style_id = child.style or ""
                level = _paragraph_outline_level(child)
                if level is None:
                    level = style_levels.get(style_id)
                items.append(DocxItem("p", para.text, style_names.get(style_id, ""), first,
                                      outline_level=level))
            elif tag == f"{_W}tbl":
                items.append(DocxItem("table", rows=_table_rows(Table(child, document))))
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    visit(content)

    visit(document.element.body)
    return items, docx_styles.stored_properties(document.core_properties.comments or "")


_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)


def _outline_value(ppr) -> int | None:
    if ppr is None:
        return None
    el = ppr.find(f"{_W}outlineLvl")
    if el is None:
        return None
    try:
        level = int(el.get(f"{_W}val"))
    except (TypeError, ValueError):
        return None
    return level if 0 <= level <= 8 else None  # 9 = body text


def _style_outline_level(style) -> int | None:
    """Word's built-in headings by name, any style by its outline level."""
    m = _HEADING_STYLE.fullmatch((style.name or "").strip())
    if m:
        return int(m.group(1)) - 1
    try:
        return _outline_value(style.element.find(f"{_W}pPr"))
    except AttributeError:
        return None


def _paragraph_outline_level(p) -> int | None:
    return _outline_value(p.find(f"{_W}pPr"))


def _table_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text.replace("\n", " ").strip())
        rows.append(cells)
    return rows


def is_own_docx(items: list[DocxItem]) -> bool:
    """Written by this program: its body and heading styles are there."""
    return any(i.kind == "p" and i.style.startswith(docx_styles.PREFIX) for i in items)


# ---- tables → indicator rows ------------------------------------------------------------
_HEADER_KEYS: list[tuple[str, tuple[str, ...]]] = [
    ("skip", ("序号", "编号")),
    ("previous", ("上年", "去年", "同期")),
    ("target", ("目标", "任务", "计划")),
    ("unit", ("单位",)),
    ("note", ("备注", "说明")),
    ("value", ("数值", "完成", "数量", "实绩", "本期", "本年", "当年", "金额", "数据", "值")),
    ("name", ("指标", "名称", "项目", "内容")),
]
_NUMBER_WITH_UNIT = re.compile(r"\s*([+-]?[\d０-９][\d０-９,，.．]*)\s*([^\d\s０-９]{1,4})\s*")


def _column_role(header: str) -> str | None:
    h = header.replace(" ", "").replace("\u3000", "")
    for column in INDICATOR_COLUMNS:  # the headers this program writes, then other words
        if h == column.header:
            return column.key
    for role, words in _HEADER_KEYS:
        if any(w in h for w in words):
            return role
    return None


def _number_and_unit(text: str) -> tuple[str, str] | None:
    try:
        return normalize_number(text), ""
    except NumberInputError:
        pass
    m = _NUMBER_WITH_UNIT.fullmatch(text)
    if not m:
        return None
    try:
        return normalize_number(m.group(1)), m.group(2).replace("％", "%")
    except NumberInputError:
        return None


def table_indicators(rows: list[list[str]]) -> list[Indicator] | None:
    """Indicator rows when the table is a name/value(/unit…) table, else None."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        return None
    width = len(rows[0])
    if width < 2 or any(len(r) != width for r in rows):
        return None
    roles = [_column_role(c) for c in rows[0]]
    if "name" in roles and "value" in roles and None not in roles:
        if len({r for r in roles if r != "skip"}) != sum(1 for r in roles if r != "skip"):
            return None
        return _rows_by_roles(rows[1:], roles)
    if width in (2, 3) and all(r is None for r in roles):
        return _rows_by_roles(rows, ["name", "value", "unit"][:width])
    return None


def _rows_by_roles(rows: list[list[str]], roles: list[str]) -> list[Indicator] | None:
    out = []
    for position, row in enumerate(rows):
        values = {role: cell.strip() for role, cell in zip(roles, row) if role != "skip"}
        if not values.get("name"):
            return None
        for key in Indicator.NUMERIC:
            if key not in values:
                continue
            parsed = _number_and_unit(values[key])
            if parsed is None:
                return None
            number, unit = parsed
            if unit:
                if values.get("unit") and values["unit"] != unit:
                    return None
                values["unit"] = unit
            values[key] = number
        out.append(Indicator(position=position, **values))
    return out

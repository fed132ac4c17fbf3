"""A .docx report's paragraphs and tables (read by docx_text) as report structure.

Tables whose shape says “指标 / 数值 / 单位” become indicator rows; any other table
stays as text lines so nothing in it is lost. A file this program wrote is
recognised by its paragraph styles (docx_styles) and read back by style.
"""
from __future__ import annotations

import re

from .docx_text import DocxItem
from .formats import docx_styles
from .model import INDICATOR_COLUMNS, Indicator
from .numbers import NumberInputError, normalize_number


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

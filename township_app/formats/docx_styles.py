"""Names of the paragraph styles the .docx writer uses, so the reader can rebuild the tree.

A .docx written by this program carries its structure in these styles: a heading
is a heading because of its style, not because its text starts with “一、”, so a
round trip keeps unnumbered headings and body lines that happen to start with a number.
"""
from __future__ import annotations

import json

PREFIX = "报告"
TITLE = "报告题目"
BODY = "报告正文"
ISSUER = "报告落款"
DATE = "报告日期"
TABLE = "报告表格"
TABLE_TITLE = "报告表题"  # the 表题 above an indicator table (Section.table_title)
TABLE_UNIT = "报告表格单位"  # 单位：万元 above it (Section.table_unit, model.table_unit_line)


def heading(depth: int) -> str:
    """Style of a heading at tree depth (0 = 一、)."""
    return f"报告标题{depth + 1}"


def heading_depth(style_name: str) -> int | None:
    rest = style_name[len("报告标题"):] if style_name.startswith("报告标题") else ""
    return int(rest) - 1 if rest.isdigit() and int(rest) >= 1 else None


#: files written before custom properties carried the report properties in 备注, after this tag
PROPERTIES_TAG = "township-app报告属性:"


def stored_properties_of(document) -> dict:
    """The report properties this program stored in a .docx: custom properties, or (files
    written before those) the JSON in 备注; {} for any other file."""
    from .docx_properties import read_custom_properties

    return read_custom_properties(document) or stored_properties(
        document.core_properties.comments or "")


def stored_properties(comment: str) -> dict:
    """The properties a writer stored, or {} for any other comment (never raises)."""
    if not comment.startswith(PROPERTIES_TAG):
        return {}
    try:
        data = json.loads(comment[len(PROPERTIES_TAG):])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}

"""Names of the paragraph styles the .docx writer uses, so the reader can rebuild the tree.

A .docx written by this program carries its structure in these styles: a heading
is a heading because of its style, not because its text starts with “一、”, so a
round trip keeps unnumbered headings and body lines that happen to start with a number.
"""
from __future__ import annotations

PREFIX = "报告"
TITLE = "报告题目"
BODY = "报告正文"
ISSUER = "报告落款"
DATE = "报告日期"
TABLE = "报告表格"


def heading(depth: int) -> str:
    """Style of a heading at tree depth (0 = 一、)."""
    return f"报告标题{depth + 1}"


def heading_depth(style_name: str) -> int | None:
    rest = style_name[len("报告标题"):] if style_name.startswith("报告标题") else ""
    return int(rest) - 1 if rest.isdigit() and int(rest) >= 1 else None

"""以上年报告新建: next year's report starts from this year's tree and indicator rows.

This year's figures become 上年同期 of the new report, the value cells are
emptied for the new year's figures, and the text the user marks as year-bound is
emptied; years in the title and headings move on (2018年工作总结及2019年工作计划 →
2019年工作总结及2020年工作计划). Nothing in the source report is changed.
"""
from __future__ import annotations

import re

from .model import Report

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)")


def shift_years(text: str, shift: int) -> str:
    """Every 4-digit year written as “2018年” moves by shift; other numbers stay."""
    return _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)


def year_bound_sections(report: Report) -> set[int]:
    """Sections whose body holds figures or a year: what the user will most likely rewrite.

    A suggestion for the 以上年报告新建 dialog to pre-tick; the user decides.
    """
    bound = set()
    for s in report.sections:
        if s.body and (re.search(r"\d", s.body) or "今年" in s.body or "去年" in s.body):
            bound.add(s.id)
    return bound


def carry_over(report: Report, *, clear_values: bool = True, clear_bodies: set[int] | None = None,
               year_shift: int = 1) -> Report:
    """A new report for the next period built from `report` (which is left untouched).

    clear_values: empty the value cells (their numbers are kept as 上年同期 either way).
    clear_bodies: ids of sections whose body text is emptied; None keeps every body.
    year_shift: how far years in the title, headings, 表题 and the 年度 property move.
    """
    new = report.copy()
    props = new.properties
    if props.year.strip().isdigit():
        props.year = str(int(props.year) + year_shift)
    props.title = shift_years(props.title, year_shift)
    props.doc_date = ""  # the new report is not signed yet
    for section in new.sections:
        section.title = shift_years(section.title, year_shift)
        section.table_title = shift_years(section.table_title, year_shift)
        if clear_bodies and section.id in clear_bodies:
            section.body = ""
    for ind in new.indicators:
        ind.previous = ind.value
        if clear_values:
            ind.value = ""
    return new

"""The summary as rows of cells: one layout for the window's table, .xlsx, .csv and the PDF.

乡镇 then one column per indicator (with 上期 and 增减 beside it when the county
collected the previous period), a row per township and a 合计 row last.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from .entry import STATE_UNREADABLE
from .summary import Summary
from .units import decimals_of, format_decimal

TOTAL_LABEL = "合计"


@dataclass(frozen=True)
class GridCell:
    text: str
    number: Decimal | None = None
    decimals: int = 0
    note: str = ""  # tooltip / comment: what was written, how a 合计 was made

    @property
    def number_format(self) -> str:
        return "0" if self.decimals == 0 else "0." + "0" * self.decimals


def _number(value: Decimal | None, note: str = "") -> GridCell:
    if value is None:
        return GridCell("", note=note)
    return GridCell(format_decimal(value), value, decimals_of(value), note)


def _change(value: Decimal | None) -> GridCell:
    if value is None:
        return GridCell("")
    text = format_decimal(value)
    return GridCell(("+" + text) if value > 0 else text, value, decimals_of(value))


def summary_headers(summary: Summary) -> list[str]:
    headers = ["乡镇"]
    for column in summary.columns:
        headers.append(column.heading)
        if summary.previous_period:
            headers += [f"{column.heading} 上期", f"{column.heading} 增减"]
    return headers


def summary_rows(summary: Summary) -> list[list[GridCell]]:
    """Township rows then the 合计 row."""
    rows = []
    with_previous = summary.previous_period is not None
    for township in summary.townships:
        row = [GridCell(township)]
        for k, column in enumerate(summary.columns):
            cell = summary.cell(township, k)
            if cell is None:
                row.append(GridCell(""))
                if with_previous:
                    row += [GridCell(""), GridCell("")]
                continue
            note = f"原填：{cell.written}" if cell.converted else ""
            if cell.value is None:
                row.append(GridCell(cell.text, note="不是数字，未参与合计"))
            else:
                row.append(GridCell(cell.text, cell.value, decimals_of(cell.value), note))
            if with_previous:
                row += [_number(cell.previous), _change(cell.change)]
        rows.append(row)
    total = [GridCell(TOTAL_LABEL)]
    for column in summary.columns:
        if column.total is None:
            total.append(GridCell("—", note=column.total_note))
        else:
            total.append(_number(column.total, column.total_note))
        if with_previous:
            change = (column.total - column.total_previous
                      if column.total is not None and column.total_previous is not None
                      and column.kind == "sum" else None)
            total += [_number(column.total_previous, "本期合计所含乡镇的上期数之和"),
                      _change(change)]
    rows.append(total)
    return rows


STATUS_HEADERS = ["乡镇", "文件", "报告类型", "期间", "导出时间", "状态", "采用", "检查错误",
                  "检查警告", "报送时声明的错误", "说明"]


def status_entries(summary: Summary) -> list:
    """Files in the order the 报送情况 list shows them: readable by township, then the rest."""
    return sorted(summary.entries, key=lambda e: (e.state == STATE_UNREADABLE, e.township,
                                                  str(e.path)))


def shown_path(summary: Summary, path: Path) -> str:
    """A file as the county knows it: relative to the collected folder (子文件夹/名称.db)."""
    if summary.folder:
        try:
            return str(Path(path).relative_to(summary.folder))
        except ValueError:
            pass
    return str(path)


def local_time(iso: str) -> str:
    """2019-01-12T08:00:00+00:00 → 2019-01-12 16:00 on a computer in China."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):
        return iso


def status_rows(summary: Summary) -> list[list[str]]:
    """One row per file (status_entries order), then one per 应报 township that sent nothing."""
    rows = []
    for e in status_entries(summary):
        readable = e.state != STATE_UNREADABLE
        rows.append([
            e.township, shown_path(summary, e.path), e.report_type, e.period_label,
            local_time(e.exported_at) if e.exported_at else "", e.state,
            "是" if e.used else "否",
            str(e.errors_now) if readable else "", str(e.warnings_now) if readable else "",
            "" if e.errors_declared is None else str(e.errors_declared), e.reason])
    for township in summary.missing:
        rows.append([township, "", "", summary.period_label, "", "未报送", "否", "", "", "",
                     "应报乡镇中没有可用的上报文件"])
    return rows


FINDING_HEADERS = ["乡镇", "文件", "级别", "规则", "位置", "问题", "原文", "已核实"]


def finding_rows(summary: Summary) -> list[list[str]]:
    rows = []
    for e in summary.entries:
        if not e.used:
            continue
        for f in e.finding_rows():
            rows.append([e.township, shown_path(summary, e.path), f.severity_label, f.rule, f.location, f.message,
                         f.quote, f.verified_reason or ("" if f.verified_reason is None else "是")])
    return rows


COUNTY_BAR = "全县"


def indicator_bars(summary: Summary, column: int) -> list[tuple[str, Decimal]]:
    """One indicator's bars, largest first: each township that gave a number, plus 全县 for a
    rate whose 合计 was recomputed (comparable with the townships; a sum's total is not)."""
    info = summary.columns[column]
    bars = [(t, c.value) for t in summary.townships
            if (c := summary.cell(t, column)) is not None and c.value is not None]
    if info.kind == "rate" and info.total is not None:
        bars.append((COUNTY_BAR, info.total))
    bars.sort(key=lambda bar: -bar[1])
    return bars

"""The summary to .xlsx (汇总 / 图表 / 报送情况 / 问题清单 sheets) or .csv (the 汇总 table).

Numbers go in as numbers with the number format of what was written (87.80 stays
two decimals); files are written beside the target and moved into place.
"""
from __future__ import annotations

import csv
import os
import tempfile
from decimal import Decimal
from pathlib import Path

from .grid import (FINDING_HEADERS, STATUS_HEADERS, finding_rows, indicator_bars, status_rows,
                   summary_headers, summary_rows)
from .summary import Summary

EXPORT_SUFFIXES = (".xlsx", ".csv")


class ExportError(Exception):
    """The table cannot be written; the message is for the user."""


def summary_title(summary: Summary) -> str:
    return f"{summary.county}{summary.period_label}乡镇报送汇总表"


def export_summary(summary: Summary, out_path: str | os.PathLike) -> Path:
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ExportError(f"不支持的导出格式“{out.suffix or '（无扩展名）'}”：请用 .xlsx 或 .csv。")
    if out.is_dir():
        raise ExportError(f"“{out}”是文件夹，请给出文件名。")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"保存的文件夹不存在：{folder}")
    try:
        fd, name = tempfile.mkstemp(prefix=".~" + out.stem[:40], suffix=suffix + ".part",
                                    dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"无法在“{folder}”中写入文件：{exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        (_write_xlsx if suffix == ".xlsx" else _write_csv)(summary, tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise ExportError(f"无法写入“{out}”：{exc.strerror or exc}（文件是否正在 Excel/WPS 中打开？）") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def _write_csv(summary: Summary, path: Path) -> None:
    # UTF-8 with BOM: Excel and WPS on Windows open it as Chinese, not mojibake
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(summary_headers(summary))
        for row in summary_rows(summary):
            writer.writerow([c.text for c in row])


def _write_xlsx(summary: Summary, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "汇总"
    bold = Font(bold=True)
    sheet.append([summary_title(summary)])
    sheet["A1"].font = Font(bold=True, size=14)
    headers = summary_headers(summary)
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    rows = summary_rows(summary)
    for r, row in enumerate(rows, start=3):
        for c, item in enumerate(row, start=1):
            target = sheet.cell(row=r, column=c)
            if item.number is not None:
                target.value = int(item.number) if item.decimals == 0 else float(item.number)
                target.number_format = item.number_format
            else:
                target.value = item.text
            if item.note:
                target.comment = Comment(item.note, "township-app")
            if r == 2 + len(rows):
                target.font = bold
    sheet.freeze_panes = "B3"
    sheet.column_dimensions["A"].width = 12
    for c in range(2, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 14
    _chart_sheet(book, summary)
    _plain_sheet(book, "报送情况", STATUS_HEADERS, status_rows(summary),
                 widths=[10, 40, 16, 14, 22, 12, 6, 8, 8, 10, 60], bold=bold)
    _plain_sheet(book, "问题清单", FINDING_HEADERS, finding_rows(summary),
                 widths=[10, 28, 6, 14, 40, 60, 24, 16], bold=bold)
    book.save(path)


def chart_series(summary: Summary) -> list[tuple[str, list[tuple[str, Decimal]]]]:
    """(heading, bars) for every indicator with a 合计 (amounts and recomputable rates)."""
    return [(column.heading, bars) for k, column in enumerate(summary.columns)
            if column.total is not None and (bars := indicator_bars(summary, k))]


def _chart_sheet(book, summary: Summary) -> None:
    """图表: one sorted bar chart per indicator, its numbers beside it (Excel/WPS draw them)."""
    from openpyxl.chart import BarChart, Reference

    series = chart_series(summary)
    if not series:
        return
    sheet = book.create_sheet("图表")
    row = 1
    for heading, points in series:
        sheet.cell(row=row, column=1, value="乡镇")
        sheet.cell(row=row, column=2, value=heading)
        for k, (township, value) in enumerate(points, start=1):
            sheet.cell(row=row + k, column=1, value=township)
            cell = sheet.cell(row=row + k, column=2, value=float(value))
            decimals = max(0, -value.as_tuple().exponent)
            cell.number_format = "0" if decimals == 0 else "0." + "0" * decimals
        chart = BarChart()
        chart.type = "bar"  # horizontal: long township names stay readable
        chart.title = heading
        chart.legend = None
        chart.y_axis.title = heading
        data = Reference(sheet, min_col=2, min_row=row, max_row=row + len(points))
        names = Reference(sheet, min_col=1, min_row=row + 1, max_row=row + len(points))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(names)
        chart.x_axis.scaling.orientation = "maxMin"  # largest at the top, as in the window
        chart.height = max(6.0, 0.6 * len(points) + 2)
        chart.width = 16
        sheet.add_chart(chart, f"D{row}")
        row += max(len(points) + 2, int(chart.height * 2) + 2)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 18


def _plain_sheet(book, title, headers, rows, widths, bold) -> None:
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = bold
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width

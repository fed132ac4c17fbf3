"""The 汇总表 as a PDF on the GB/T 9704 page, with the printing package's own pieces
(fonts, typesetter, ruled tables, paginator, page drawing), so it matches the reports.

A wide table is split into several tables of as many indicators as fit, 乡镇 repeated.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..printing.compose import Blank, Block, PageGeometry, Paginator
from ..printing.draw import draw_page
from ..printing.fonts import FontSet, find_fonts
from ..printing.render import ReportLayout
from ..printing.tables import CELL_PADDING_X, Column, build_table
from ..printing.typeset import Typesetter, Where
from .export_table import summary_title
from .grid import summary_headers, summary_rows
from .summary import Summary

class SummaryPdfError(Exception):
    """The PDF cannot be written; the message is for the user."""


SUMMARY_TABLE_PT = 12.0  # 小四: a county table has more columns than a report's


def _natural_width(ts: Typesetter, texts: list[str]) -> float:
    return max(sum(ts.shape(text, "仿宋", SUMMARY_TABLE_PT, Where("", "汇总表")).widths)
               for text in texts) + 2 * CELL_PADDING_X


def _column_groups(summary: Summary, headers: list[str], rows, ts: Typesetter,
                   measure: float) -> list[list[int]]:
    """Grid column indexes (after 乡镇) per table, as many indicators as fit at natural width;
    an indicator's 本期/上期/增减 stay together."""
    width = 3 if summary.previous_period else 1
    first = _natural_width(ts, [headers[0]] + [row[0].text for row in rows])
    groups: list[list[int]] = []
    used = measure
    for k in range(len(summary.columns)):
        members = [1 + k * width + j for j in range(width)]
        need = sum(_natural_width(ts, [headers[c]] + [row[c].text for row in rows])
                   for c in members)
        if groups and used + need <= measure:
            groups[-1].extend(members)
            used += need
        else:
            groups.append(members)
            used = first + need
    return groups


def summary_blocks(summary: Summary, ts: Typesetter, g: PageGeometry) -> list[Block]:
    layout = ReportLayout(ts, g)
    blocks: list[Block] = list(layout.title(summary_title(summary)))
    used = sum(1 for e in summary.entries if e.used)
    intro = f"共收到上报文件 {len(summary.entries)} 份，采用 {used} 份。"
    if summary.missing:
        intro += f"未报送：{'、'.join(summary.missing)}。"
    if summary.previous_period:
        intro += f"上期为{summary.previous_label}。"
    blocks.append(layout.paragraph(intro, "仿宋", Where("", "说明")))
    # beside its indicator, "上期"/"增减" says enough: shorter headings keep 乡镇 on one line
    headers = [h.rsplit(" ", 1)[1] if h.endswith((" 上期", " 增减")) else h
               for h in summary_headers(summary)]
    rows = summary_rows(summary)
    for group in _column_groups(summary, headers, rows, ts, g.width):
        columns = [Column("乡镇", "left")] + [Column(headers[c], "right") for c in group]
        data = [[row[0].text] + [row[c].text for c in group] for row in rows]
        wheres = [Where("", f"汇总表第{k}行") for k in range(1, len(data) + 1)]
        blocks.append(Blank(1))
        blocks.append(build_table(ts, columns, data, g.width, wheres, Where("", "汇总表表头"),
                                  size=SUMMARY_TABLE_PT))
    notes = [f"{c.heading}：{c.total_note}。" for c in summary.columns
             if c.kind != "sum" and c.total_note]
    for note in notes:
        blocks.append(layout.paragraph(note, "仿宋", Where("", "合计说明")))
    status = [[e.township or e.path.name, e.state, e.reason or "—"]
              for e in summary.entries if not e.used or e.reason]
    status += [[t, "未报送", "应报乡镇中没有可用的上报文件"] for t in summary.missing]
    if status:
        blocks.append(Blank(1))
        blocks.append(layout.paragraph("报送情况说明", "黑体", Where("", "报送情况"),
                                       keep_with_next=True))
        wheres = [Where("", f"报送情况第{k}行") for k in range(1, len(status) + 1)]
        blocks.append(build_table(ts, [Column("乡镇/文件", "left"), Column("状态", "center"),
                                       Column("说明", "left")], status, g.width, wheres,
                                  Where("", "报送情况表头")))
    return blocks


def render_summary_pdf(summary: Summary, out_path: str | os.PathLike,
                       fonts: FontSet | None = None) -> Path:
    out = Path(out_path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise SummaryPdfError(f"保存 PDF 的文件夹不存在：{folder}")
    if out.is_dir():
        raise SummaryPdfError(f"“{out}”是文件夹，请给出 PDF 文件名。")
    from reportlab.pdfgen.canvas import Canvas

    fonts = fonts or find_fonts()
    ts = Typesetter(fonts)
    g = PageGeometry()
    paginator = Paginator(g)
    for _ in paginator.run(summary_blocks(summary, ts, g)):
        pass
    try:
        fd, name = tempfile.mkstemp(prefix=".~" + out.stem[:40], suffix=".pdf.part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise SummaryPdfError(f"无法在“{folder}”中写入文件：{exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        canvas = Canvas(str(tmp), pagesize=(g.page_width, g.page_height), pageCompression=1,
                        initialFontName=fonts.face("仿宋").pdf_name, initialFontSize=g.body_size)
        canvas.setTitle(summary_title(summary))
        canvas.setCreator("township-app")
        for page in paginator.pages:
            draw_page(canvas, page, g, ts, None)
            canvas.showPage()
        canvas.save()
        if os.name == "posix":
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a saved PDF is an ordinary file
        os.replace(tmp, out)
    except OSError as exc:
        raise SummaryPdfError(f"无法写入 PDF 文件“{out}”：{exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return out

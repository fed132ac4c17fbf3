"""The report as a GB/T 9704 page, to PDF: render_pdf / iter_render_pdf (with progress).

Blocks are built from the report (title, numbered headings, paragraphs, indicator
tables, 落款, optional findings appendix), placed on pages by the Paginator and
drawn with reportlab. The file is written beside the target and moved into place,
so a failed run never leaves half a PDF under the user's name.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generator

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import layout_spec as spec
from ..model import (INDICATOR_COLUMNS, NUMBERING_NONE, Report, Section, format_chinese_date,
                     table_unit_line)
from .compose import Blank, Block, GridBlock, NewPage, PageGeometry, Paginator
from .draw import draw_page
from .fonts import FontSet, find_fonts
from .tables import Column, build_table
from .typeset import MissingGlyph, Typesetter, TypesetLine, Where


class PrintError(Exception):
    """A problem the user can fix (an unwritable output path); the message is for the user."""


@dataclass
class PrintOptions:
    watermark: str | None = None  # e.g. "草稿"; the caller decides when
    findings_appendix: list | None = None  # [(severity label, section path, message), …]
    font_dir_overrides: list[str | os.PathLike] = field(default_factory=list)
    fonts: FontSet | None = None  # a FontSet from find_fonts(), to skip the font search


@dataclass
class RenderResult:
    page_count: int
    font_substitutions: list[str]  # "仿宋 → AR PL UMing CN（uming.ttc）（…）"
    missing_glyphs: list[MissingGlyph]
    path: Path


ROLE = spec.FONT_ROLES
HEADING_MIN_LAST_CHARS = 3  # a two-line heading never ends `…安防设 / 备。`
UNIT_LINE_CLEARANCE = 4.0  # points between the unit line's characters and the table's top rule

INDICATOR_TABLE = tuple((c, Column(c.header, c.align, wraps=c.wraps)) for c in INDICATOR_COLUMNS)


def _shift(line: TypesetLine, dx: float) -> TypesetLine:
    for run in line.runs:
        run.x += dx
    line.width += dx
    return line


class ReportLayout:
    """Turns a Report into the block list the Paginator places."""

    def __init__(self, ts: Typesetter, g: PageGeometry):
        self.ts = ts
        self.g = g

    def paragraph(self, text: str, style: str, where: Where, *, keep_with_next=False) -> GridBlock:
        """A body paragraph, or a heading (keep_with_next), whose last line is never a stub
        of one or two characters."""
        size = self.g.body_size
        shaped = self.ts.shape(text, style, size, where)
        lines = self.ts.lines(shaped, size, self.g.width, first_indent=2 * size,
                              min_last_chars=HEADING_MIN_LAST_CHARS if keep_with_next else 0)
        return GridBlock(lines, keep_with_next=keep_with_next)

    def title(self, text: str) -> list[Block]:
        size = spec.TITLE_FONT_PT
        shaped = self.ts.shape(text, ROLE["title"], size, Where("", "标题"))
        lines = self.ts.lines(shaped, size, self.g.width, justify=False, balanced=True)
        for line in lines:
            _shift(line, (self.g.width - line.width) / 2)
        return [GridBlock(lines, keep_together=True, keep_with_next=True), Blank(1)]

    def signature(self, issuer: str, date: str) -> list[Block]:
        """落款 per GB/T 9704 7.3.5.2: 署名 two characters in from the right, the date below
        starting two characters right of the 署名; a longer date takes the right inset."""
        size = self.g.body_size
        inset = 2 * size
        where = Where("", "落款")
        issuer_s = self.ts.shape(issuer, ROLE["signature"], size, where) if issuer else None
        date_s = self.ts.shape(date, ROLE["signature"], size, Where("", "成文日期")) if date else None
        iw = sum(issuer_s.widths) if issuer_s else 0.0
        dw = sum(date_s.widths) if date_s else 0.0
        right = self.g.width - inset
        issuer_x = right - iw
        date_x = issuer_x + inset
        if date_s and (not issuer_s or date_x + dw > right):
            date_x = right - dw
            issuer_x = date_x - inset
        lines = []
        if issuer_s:
            lines.append(self.ts.single_line(issuer_s, size, max(0.0, issuer_x)))
        if date_s:
            lines.append(self.ts.single_line(date_s, size, max(0.0, date_x)))
        return [Blank(1), GridBlock(lines, keep_together=True, keep_with_previous=True)]

    def table_caption(self, section: Section, path: str) -> list[Block]:
        """The 表题 centred (balanced lines) and the 单位 line right-aligned, kept with the
        table; the unit line sits down on the table's top rule."""
        blocks: list[Block] = []
        title = section.table_title.strip()
        if title:
            size = self.g.body_size
            shaped = self.ts.shape(title, ROLE["table_title"], size, Where(path, "表题"))
            lines = self.ts.lines(shaped, size, self.g.width, justify=False, balanced=True)
            for line in lines:
                _shift(line, (self.g.width - line.width) / 2)
            blocks.append(GridBlock(lines, keep_with_next=True))  # with the table's start
        unit = table_unit_line(section.table_unit)
        if unit:
            size = spec.TABLE_UNIT_FONT_PT
            shaped = self.ts.shape(unit, ROLE["table_unit"], size, Where(path, "表格单位"))
            line = self.ts.single_line(shaped, size, max(0.0, self.g.width - sum(shaped.widths)))
            blocks.append(GridBlock([line], keep_with_next=True,
                                    dy=self.g.pitch - size - UNIT_LINE_CLEARANCE))
        return blocks

    def indicator_table(self, report: Report, section: Section, path: str) -> list[Block]:
        """The section's rows as a ruled table, with its 表题 and 单位 line above; [] without rows."""
        rows = report.indicators_of(section.id)
        if not rows:
            return []
        kept = [(spec_col.key, col) for spec_col, col in INDICATOR_TABLE
                if spec_col.always or any(str(getattr(r, spec_col.key) or "").strip() for r in rows)]
        data = [[str(getattr(r, attr) or "").strip() for attr, _ in kept] for r in rows]
        wheres = [Where(path, f"指标表第{k}行") for k in range(1, len(rows) + 1)]
        table = build_table(self.ts, [c for _, c in kept], data, self.g.width, wheres,
                            Where(path, "指标表表头"))
        return self.table_caption(section, path) + [table]

    def findings_appendix(self, findings: list) -> list[Block]:
        size = self.g.body_size
        label = self.ts.shape("附件", ROLE["label"], size, Where("", "附件"))
        blocks: list[Block] = [NewPage(), GridBlock([self.ts.single_line(label, size)],
                                                    keep_with_next=True), Blank(1)]
        blocks.extend(self.title("检查发现汇总"))
        if not findings:
            blocks.append(self.paragraph("未发现问题。", ROLE["body"], Where("", "附件")))
            return blocks
        columns = [Column("序号", "center", wraps=False), Column("级别", "center"),
                   Column("位置", "left"), Column("问题", "left")]
        rows = [[str(k), str(sev or ""), str(path or ""), str(msg or "")]
                for k, (sev, path, msg) in enumerate(findings, 1)]
        wheres = [Where("", f"附件第{k}行") for k in range(1, len(rows) + 1)]
        blocks.append(build_table(self.ts, columns, rows, self.g.width, wheres,
                                  Where("", "附件表头")))
        return blocks


def _section_blocks(layout: ReportLayout, report: Report):
    """Yields the blocks of each section in document order, one list per section."""
    headings: dict[int, str] = {}
    for view in report.walk():
        s = view.section
        headings[s.id] = view.heading
        path = " / ".join(headings.get(i) or "（无标题）" for i in view.path)
        blocks: list[Block] = []
        if s.title.strip() or (view.label and s.numbering != NUMBERING_NONE):
            style = spec.heading_face(view.depth)
            blocks.append(layout.paragraph(view.heading.strip(), style, Where(path, "小标题"),
                                           keep_with_next=True))
        k = 0
        for para in (s.body or "").split("\n"):
            para = para.strip(" \t\r\u3000\u00a0")
            if not para:
                continue
            k += 1
            blocks.append(layout.paragraph(para, ROLE["body"], Where(path, f"正文第{k}段")))
        if s.print_table and s.id is not None:
            blocks.extend(layout.indicator_table(report, s, path))
        yield blocks


def iter_render_pdf(report: Report, out_path: str | os.PathLike,
                    options: PrintOptions | None = None
                    ) -> Generator[tuple[int, int], None, RenderResult]:
    """Yields (done, total) while it works and returns the RenderResult (StopIteration.value)."""
    options = options or PrintOptions()
    out_path = Path(out_path)
    fonts = options.fonts or find_fonts(options.font_dir_overrides)
    ts = Typesetter(fonts)
    g = PageGeometry()
    layout = ReportLayout(ts, g)
    sections = sum(1 for _ in report.walk())
    total = 2 * (sections + 2) + 1
    done = 0
    yield done, total

    props = report.properties
    blocks: list[Block] = []
    if props.title.strip():
        blocks.extend(layout.title(props.title.strip()))
    done += 1
    yield done, total
    for section_blocks in _section_blocks(layout, report):
        blocks.extend(section_blocks)
        done += 1
        yield done, total
    date = format_chinese_date(props.doc_date)
    if props.issuer.strip() or date:
        blocks.extend(layout.signature(props.issuer.strip(), date))
    if options.findings_appendix is not None:
        blocks.extend(layout.findings_appendix(list(options.findings_appendix)))
    done += 1
    yield done, total

    paginator = Paginator(g)
    for _ in paginator.run(blocks):
        pass
    pages = paginator.pages
    half = sections + 2

    tmp = _temp_beside(out_path)
    # binary Flate streams: ASCII85 on top (reportlab's default, for 7-bit mail) makes the
    # file a quarter larger and its pure-Python encoder was a sixth of a long run
    rl_config.useA85 = 0
    try:
        # the page's default font is the body face, so no page names an unembedded Helvetica
        canvas = Canvas(str(tmp), pagesize=(g.page_width, g.page_height), pageCompression=1,
                        initialFontName=fonts.face(ROLE["body"]).pdf_name,
                        initialFontSize=g.body_size)
        canvas.setTitle(props.title or "")
        canvas.setAuthor(props.issuer or props.township or "")
        canvas.setCreator("township-app")
        for k, page in enumerate(pages, 1):
            draw_page(canvas, page, g, ts, options.watermark)
            canvas.showPage()
            yield half + (k * half) // len(pages), total
        canvas.save()
        _set_default_mode(tmp)
        os.replace(tmp, out_path)
    except OSError as exc:
        raise PrintError(f"无法写入 PDF 文件“{out_path}”：{exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass
    yield total, total
    # glyphs missing in the page numbers and watermark are the program's, not the report's
    return RenderResult(len(pages), list(fonts.substitutions), paginator.missing, out_path)


def _temp_beside(out_path: Path) -> Path:
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise PrintError(f"保存 PDF 的文件夹不存在：{folder}")
    if out_path.is_dir():
        raise PrintError(f"“{out_path}”是文件夹，请给出 PDF 文件名。")
    try:
        fd, name = tempfile.mkstemp(prefix=".~" + out_path.stem[:40], suffix=".pdf.part",
                                    dir=folder)
    except OSError as exc:
        raise PrintError(f"无法在“{folder}”中写入文件：{exc.strerror or exc}") from exc
    os.close(fd)
    return Path(name)


def _set_default_mode(path: Path) -> None:
    """mkstemp makes the file private (0600); a saved PDF gets the usual permissions."""
    if os.name != "posix":
        return
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def render_pdf(report: Report, out_path: str | os.PathLike,
               options: PrintOptions | None = None) -> RenderResult:
    """The whole report to out_path in one call."""
    gen = iter_render_pdf(report, out_path, options)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value

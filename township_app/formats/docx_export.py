"""Write a report as a .docx in the GB/T 9704 body layout, for offices that finish in Word/WPS.

The page, grid, styles and fonts are docx_page's; this module writes the content:
the title in balanced lines (the PDF's line breaker), headings whose styles carry
outline levels (导航窗格, 目录), body paragraphs, indicator tables with widths from
their content and a repeated header row, and the 落款 set in from the right.
Paragraph styles carry the structure (docx_styles) so the importer reads the file
back to the same tree; docx_properties says what the document is.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .. import layout_spec as L
from ..model import INDICATOR_COLUMNS, Indicator, Report, Section, format_chinese_date, \
    table_unit_line
from ..printing.linebreak import balanced_lines
from ..printing.tables import Column, column_widths
from . import docx_page, docx_styles
from .docx_page import CHAR_PT, TWIPS_PER_PT, set_fonts, word_font
from .docx_properties import set_properties


class DocxExportError(Exception):
    """The .docx could not be written; the message is for the user."""


_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "center": WD_ALIGN_PARAGRAPH.CENTER}

#: control characters XML cannot hold, and the C1 controls (\x7f–\x9f: a pasted copy's mis-decoded
#: bytes, which Word shows as boxes and a reader takes for line breaks, \x85 among them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Drop characters a .docx cannot hold (control characters from pasted text)."""
    return _NOT_XML.sub("", text)


def _em(ch: str) -> float:
    """Advance of a character in ems, as 仿宋/黑体 set it: half-width below U+2E80."""
    return 0.55 if ord(ch) < 0x2E80 else 1.0


def _width_in_chars(text: str) -> float:
    return sum(_em(ch) for ch in text)


def title_lines(title: str) -> list[str]:
    """The title broken as the PDF breaks it: balanced lines, never a long line and a stub."""
    size = L.TITLE_FONT_PT
    widths = [_em(ch) * size for ch in title]
    measure = L.TYPE_AREA_WIDTH_MM * L.MM
    return [title[s.start:s.end] for s in balanced_lines(title, widths, measure)]


def _signature_insets(issuer_lines: list[str], date_text: str) -> tuple[float, float]:
    """Right insets in characters (issuer, date), GB/T 9704 7.3.5.2 without a seal.

    The issuer ends two characters from the right; the date starts two characters
    right of where the issuer starts, unless it is longer: then the date keeps the
    two-character inset and the issuer moves left.
    """
    n = max((_width_in_chars(s) for s in issuer_lines), default=0)
    m = _width_in_chars(date_text)
    if not issuer_lines:
        return 0, 2
    if not date_text or n - m >= 2:
        return 2, max(n - m, 0)
    return m + 4 - n, 2


@dataclass(frozen=True)
class _Estimated:
    """A cell's text with estimated advances: what printing.tables.column_widths reads."""

    text: str
    widths: list[float]


def table_column_widths(columns: list[Column], cells: list[list[str]], measure: float) -> list[float]:
    """Column widths in points by the PDF's rule (printing.tables.column_widths), from
    estimated advances, with half a character to spare: Word's and LibreOffice's digits are
    a little wider than half an em in some faces, and a number column must never wrap."""
    size = L.TABLE_FONT_PT
    shaped = [[_Estimated(t, [_em(ch) * size for ch in t]) for t in row] for row in cells]
    return column_widths(columns, shaped[0], shaped[1:], measure, size, slack=size / 2)


def _cell_width(cell, twips: int) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_w = tc_pr.find(qn("w:tcW"))
    if tc_w is None:
        tc_w = OxmlElement("w:tcW")
        tc_pr.insert(0, tc_w)
    tc_w.set(qn("w:w"), str(twips))
    tc_w.set(qn("w:type"), "dxa")


def _table_properties(table, widths_twips: list[int]) -> None:
    """Fixed layout at the computed widths, cell margins that keep digits off the rules."""
    tbl_pr = table._tbl.tblPr
    for tag, attrs in (("w:tblW", {"w": sum(widths_twips), "type": "dxa"}),
                       ("w:tblLayout", {"type": "fixed"})):
        old = tbl_pr.find(qn(tag))
        if old is not None:
            tbl_pr.remove(old)
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(f"w:{k}"), str(v))
        successors = ("w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
        if tag == "w:tblW":
            successors = ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                          "w:tblLayout") + successors
        tbl_pr.insert_element_before(el, *successors)
    margins = OxmlElement("w:tblCellMar")
    for side, pt in (("top", 0), ("left", L.TABLE_CELL_PADDING_X_PT), ("bottom", 0),
                     ("right", L.TABLE_CELL_PADDING_X_PT)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(round(pt * TWIPS_PER_PT)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(w))


def _add_indicator_table(document, rows: list[Indicator]) -> None:
    spec = [c for c in INDICATOR_COLUMNS if c.always or any(getattr(r, c.key).strip() for r in rows)]
    columns = [Column(c.header, c.align, wraps=c.wraps) for c in spec]
    cells = [[c.header for c in spec]] + [[xml_safe(getattr(r, c.key)) for c in spec] for r in rows]
    widths = table_column_widths(columns, cells, L.TYPE_AREA_WIDTH_MM * L.MM)
    widths_twips = [int(w * TWIPS_PER_PT) for w in widths]
    table = document.add_table(rows=len(cells), cols=len(spec))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_properties(table, widths_twips)
    cell_style = _style_id(docx_styles.TABLE)
    header = table.rows[0]
    tr_pr = header._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    tr_pr.append(OxmlElement("w:tblHeader"))  # the header row repeats when the table breaks
    header_face = word_font("table_header")
    for r, texts in enumerate(cells):
        row_cells = table.rows[r].cells
        for c, (col, text) in enumerate(zip(spec, texts)):
            cell = row_cells[c]
            _cell_width(cell, widths_twips[c])
            para = cell.paragraphs[0]
            para._p.style = cell_style
            run = para.add_run(text)
            if r == 0:
                set_fonts(run._r, header_face)
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                para.alignment = _ALIGN[col.align]


def _add_table_caption(document, section: Section) -> None:
    """The 表题 centred and the 单位 line right-aligned, each kept with what follows (the table)."""
    title = xml_safe(section.table_title).strip()
    if title:
        _styled_paragraph(document, title, _style_id(docx_styles.TABLE_TITLE))
    unit = table_unit_line(xml_safe(section.table_unit))
    if unit:
        _styled_paragraph(document, unit, _style_id(docx_styles.TABLE_UNIT))


def _style_id(name: str) -> str:
    """python-docx derives a custom style's id from its name by dropping spaces."""
    return name.replace(" ", "")


def _styled_paragraph(document, text: str, style_id: str):
    """add_paragraph with the style set on the XML: python-docx's own style setter scans
    every style per call, which made a 300-page export take seconds."""
    para = document.add_paragraph(text)
    para._p.style = style_id
    return para


def _add_title(document, title: str) -> None:
    para = _styled_paragraph(document, "", _style_id(docx_styles.TITLE))
    for k, line in enumerate(title_lines(title)):
        run = para.add_run(line)
        if k:
            run._r.insert(0, OxmlElement("w:br"))  # a manual line break, as a clerk would type
    para.paragraph_format.space_after = Pt(L.LINE_PITCH_PT)  # one blank line below


def build_document(report: Report):
    """The python-docx Document for a report (not yet saved)."""
    document = Document()
    docx_page.setup_page(document)
    docx_page.setup_styles(document)
    docx_page.setup_page_numbers(document)
    docx_page.setup_settings(document)
    # the default template starts with one empty paragraph in some versions
    for p in list(document.paragraphs):
        p._element.getparent().remove(p._element)

    props = report.properties
    if props.title.strip():
        _add_title(document, xml_safe(props.title.strip()))

    views = list(report.walk())
    has_children = {v.section.parent_id for v in views}
    after_table: int | None = None
    for index, view in enumerate(views):
        s = view.section
        lead_in = (index == 0 and view.depth == 0 and not s.title and not view.label
                   and s.id not in has_children)
        if not lead_in:  # an unnumbered 导语 first needs no heading paragraph
            para = _styled_paragraph(document, "", _style_id(docx_styles.heading(min(view.depth, 8))))
            if view.label:
                para.add_run(view.label)
            if s.title:
                para.add_run(xml_safe(s.title))
        if s.body:  # no empty paragraphs at a section's start or end, but one for a body of
            # nothing a .docx can hold, so the section itself comes back
            for line in xml_safe(s.body).strip("\n").split("\n"):
                _styled_paragraph(document, line, _style_id(docx_styles.BODY))
        if after_table is not None and len(document.element.body) > after_table:
            first = document.element.body[after_table]  # white between a table and what follows
            if first.tag == qn("w:p"):
                first.get_or_add_pPr().get_or_add_spacing().before = Pt(L.TABLE_SPACE_BELOW_PT)
            after_table = None
        rows = report.indicators_of(s.id)
        if rows and s.print_table:
            _add_table_caption(document, s)
            _add_indicator_table(document, rows)
            after_table = len(document.element.body) - 1  # the sectPr stays last

    date_text = format_chinese_date(props.doc_date)
    issuer_lines = [line for line in xml_safe(props.issuer).split("\n") if line.strip()]
    issuer_inset, date_inset = _signature_insets(issuer_lines, date_text)
    first = True
    for line in issuer_lines:
        para = _styled_paragraph(document, line, _style_id(docx_styles.ISSUER))
        para.paragraph_format.right_indent = Pt(issuer_inset * CHAR_PT)
        if first:
            para.paragraph_format.space_before = Pt(L.LINE_PITCH_PT)  # one blank line
            first = False
    if date_text:
        para = _styled_paragraph(document, date_text, _style_id(docx_styles.DATE))
        para.paragraph_format.right_indent = Pt(date_inset * CHAR_PT)
        if first:
            para.paragraph_format.space_before = Pt(L.LINE_PITCH_PT)
    set_properties(document, props, xml_safe)
    return document


def export_docx(report: Report, out_path: str | os.PathLike) -> Path:
    """Write the .docx; an existing file is replaced only once the new one is complete."""
    out = Path(out_path)
    if out.is_dir():
        raise DocxExportError(f"“{out}”是文件夹，请给出 .docx 文件名。")
    document = build_document(report)
    tmp = out.with_name(out.name + ".part")
    try:
        document.save(str(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        from ..store import os_reason

        raise DocxExportError(f"无法写入“{out}”：{os_reason(exc)}") from exc
    return out

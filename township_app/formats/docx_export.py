"""Write a report as a .docx in the GB/T 9704 body layout, for offices that finish in Word/WPS.

Same page as the PDF: A4, margins 37/28/35/26 mm, a 28 × 22 character grid,
3号 body with a two-character first-line indent, heading fonts by level
(黑体/楷体/仿宋, East-Asian font slot set so Word does not fall back to 宋体),
`— N —` page numbers right on odd pages and left on even ones, indicator tables
ruled, 落款 and date set in from the right. Paragraph styles carry the structure
(docx_styles) so the importer reads the file back to the same tree.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from . import docx_styles
from .. import layout_spec as L
from ..model import Indicator, Report, format_chinese_date


class DocxExportError(Exception):
    """The .docx could not be written; the message is for the user."""


#: layout_spec font roles → the face names Word/WPS know on a Chinese Windows PC
WORD_FONTS = {"小标宋": "方正小标宋简体", "黑体": "黑体", "楷体": "楷体", "仿宋": "仿宋",
              "宋体": "宋体"}
BODY_PT = 15.5  # 3号 set at the nearest half point under 15.79 pt, so 28 characters fit a line (gbt9704.md)
TABLE_PT = 14  # 4号 inside ruled tables, so six columns fit the type area
CHAR_PT = L.TYPE_AREA_WIDTH_MM * L.MM / L.CHARS_PER_LINE  # one grid character
_TWIPS_PER_PT = 20

#: table columns: indicator attribute, header; optional ones only when some row has them
TABLE_COLUMNS = [("name", "指标名称", "left"), ("value", "数值", "right"),
                 ("unit", "单位", "center"), ("target", "目标任务数", "right"),
                 ("previous", "上年同期", "right"), ("note", "备注", "left")]  # as the PDF prints them
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "center": WD_ALIGN_PARAGRAPH.CENTER}
_ALWAYS = ("name", "value", "unit")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Drop characters a .docx cannot hold (control characters from pasted text)."""
    return _NOT_XML.sub("", text)


def _font_for(role: str) -> str:
    return WORD_FONTS.get(L.FONT_ROLES[role], L.FONT_ROLES[role])


def _set_fonts(rpr_owner, face: str) -> None:
    """Set every font slot (ascii, hAnsi, eastAsia, cs): Word picks the slot by character."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), face)


def _paragraph_style(document, name: str, *, face: str, size_pt: float, indent_chars: int = 2,
                     align=WD_ALIGN_PARAGRAPH.JUSTIFY, keep_with_next: bool = False):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size_pt)
    style.font.bold = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.element, face)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(L.LINE_PITCH_PT)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.keep_with_next = keep_with_next
    fmt.widow_control = True
    if indent_chars:
        fmt.first_line_indent = Pt(indent_chars * CHAR_PT)
        ind = style.element.get_or_add_pPr().find(qn("w:ind"))
        if ind is not None:  # character units: Word keeps two characters on any grid
            ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
    return style


def _setup_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(L.PAGE_WIDTH_MM), Mm(L.PAGE_HEIGHT_MM)
    section.top_margin = Mm(L.TOP_MARGIN_MM)
    section.bottom_margin = Mm(L.BOTTOM_MARGIN_MM)
    section.left_margin = Mm(L.LEFT_MARGIN_MM)
    section.right_margin = Mm(L.RIGHT_MARGIN_MM)
    # the page-number line sits 7 mm below the type area: its baseline about 28 mm up
    section.footer_distance = Mm(L.BOTTOM_MARGIN_MM - L.PAGE_NUMBER_BELOW_TYPE_AREA_MM - 5)
    section.header_distance = Mm(15)
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(L.LINE_PITCH_PT * _TWIPS_PER_PT)))
    # No charSpace: LibreOffice reads a negative one as a pitch narrower than the glyphs and
    # puts each character in two cells. With the body at 15.5 pt both Word and LibreOffice
    # fit 28 characters (156 mm / 15.5 pt = 28.5) and justify the rest.


def _setup_defaults(document) -> None:
    """Document defaults: Word and LibreOffice size the character grid from these."""
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), _font_for("body"))
    half_points = str(round(BODY_PT * 2))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), half_points)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(
        qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")


def _setup_styles(document) -> None:
    _setup_defaults(document)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element, _font_for("body"))
    _paragraph_style(document, docx_styles.TITLE, face=_font_for("title"),
                     size_pt=L.TITLE_FONT_PT, indent_chars=0, align=WD_ALIGN_PARAGRAPH.CENTER,
                     keep_with_next=True)
    _paragraph_style(document, docx_styles.BODY, face=_font_for("body"), size_pt=BODY_PT)
    for depth in range(9):
        role = f"heading{min(depth, 3) + 1}"
        _paragraph_style(document, docx_styles.heading(depth), face=_font_for(role),
                         size_pt=BODY_PT, keep_with_next=True)
    for name in (docx_styles.ISSUER, docx_styles.DATE):
        _paragraph_style(document, name, face=_font_for("body"), size_pt=BODY_PT, indent_chars=0,
                         align=WD_ALIGN_PARAGRAPH.RIGHT)
    table_style = _paragraph_style(document, docx_styles.TABLE, face=_font_for("table"),
                                   size_pt=TABLE_PT, indent_chars=0,
                                   align=WD_ALIGN_PARAGRAPH.CENTER)
    table_style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _add_page_number_field(paragraph) -> None:
    """— PAGE — with a real field, so Word and LibreOffice number every page."""
    def run(text: str | None = None, field_char: str | None = None, instr: str | None = None):
        r = paragraph.add_run(text or "")
        if field_char:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), field_char)
            r._r.append(fc)
        if instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r._r.append(it)
        r.font.size = Pt(L.PAGE_NUMBER_FONT_PT)
        _set_fonts(r._r, _font_for("page_number"))
        return r

    run("— ")
    run(field_char="begin")
    run(instr=" PAGE ")
    run(field_char="separate")
    run("1")
    run(field_char="end")
    run(" —")


def _setup_page_numbers(document) -> None:
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        para.alignment = align
        fmt = para.paragraph_format
        inset = Pt(L.PAGE_NUMBER_FONT_PT)  # one character in from the type area's edge
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = inset
        else:
            fmt.left_indent = inset
        _add_page_number_field(para)


def _width_in_chars(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


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


def _add_indicator_table(document, rows: list[Indicator]) -> None:
    columns = [(key, head, align) for key, head, align in TABLE_COLUMNS
               if key in _ALWAYS or any(getattr(r, key) for r in rows)]
    table = document.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_style = _style_id(docx_styles.TABLE)
    header = table.rows[0]
    header_props = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # the header row repeats when the table breaks
    header_props.append(repeat)
    for c, (_, head, _) in enumerate(columns):
        para = header.cells[c].paragraphs[0]
        para.text = head
        para._p.style = cell_style
    for r, ind in enumerate(rows, start=1):
        cells = table.rows[r].cells
        for c, (key, _, align) in enumerate(columns):
            para = cells[c].paragraphs[0]
            para.text = xml_safe(getattr(ind, key))
            para._p.style = cell_style
            para.alignment = _ALIGN[align]


def _style_id(name: str) -> str:
    """python-docx derives a custom style's id from its name by dropping spaces."""
    return name.replace(" ", "")


def _styled_paragraph(document, text: str, style_id: str):
    """add_paragraph with the style set on the XML: python-docx's own style setter scans
    every style per call, which made a 300-page export take seconds."""
    para = document.add_paragraph(text)
    para._p.style = style_id
    return para


def build_document(report: Report):
    """The python-docx Document for a report (not yet saved)."""
    document = Document()
    _setup_page(document)
    _setup_styles(document)
    _setup_page_numbers(document)
    # the default template starts with one empty paragraph in some versions
    for p in list(document.paragraphs):
        p._element.getparent().remove(p._element)

    props = report.properties
    if props.title:
        title = document.add_paragraph(xml_safe(props.title), style=docx_styles.TITLE)
        title.paragraph_format.space_after = Pt(L.LINE_PITCH_PT)  # one blank line below

    views = list(report.walk())
    has_children = {v.section.parent_id for v in views}
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
        if s.body:
            for line in xml_safe(s.body).split("\n"):
                _styled_paragraph(document, line, _style_id(docx_styles.BODY))
        rows = report.indicators_of(s.id)
        if rows and s.print_table:
            _add_indicator_table(document, rows)

    date_text = format_chinese_date(props.doc_date)
    issuer_lines = [line for line in xml_safe(props.issuer).split("\n") if line.strip()]
    issuer_inset, date_inset = _signature_insets(issuer_lines, date_text)
    first = True
    for line in issuer_lines:
        para = document.add_paragraph(line, style=docx_styles.ISSUER)
        para.paragraph_format.right_indent = Pt(issuer_inset * CHAR_PT)
        if first:
            para.paragraph_format.space_before = Pt(L.LINE_PITCH_PT)  # one blank line
            first = False
    if date_text:
        para = document.add_paragraph(date_text, style=docx_styles.DATE)
        para.paragraph_format.right_indent = Pt(date_inset * CHAR_PT)
        if first:
            para.paragraph_format.space_before = Pt(L.LINE_PITCH_PT)
    core = document.core_properties
    core.title = xml_safe(props.title)
    core.author = xml_safe(props.issuer.split("\n")[0]) if props.issuer else ""
    core.comments = xml_safe(docx_styles.properties_comment(props.as_dict()))
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

"""The GB/T 9704 page of the .docx: margins, the 22-line grid, paragraph styles, fonts, page numbers.

Word, WPS and LibreOffice must all show 22 lines of 28 三号 characters. The page
carries a line grid whose pitch fills the 225 mm type area (579 twips: 580 would
leave room for only 21 lines), every paragraph snaps to it with single spacing,
and the body is 16 pt condensed by a quarter point so 28 characters fit 156 mm.
A character grid (`linesAndChars`) would express the 28 directly, but LibreOffice
7 puts a 16 pt character narrower than its cell into two cells and breaks
lines early, so the width is reached by condensing instead, which every program
honours the same way. Characters hang from the top of their grid line, as in the PDF.
"""
from __future__ import annotations

import math

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from .. import layout_spec as L
from ..printing.linebreak import NO_END, NO_START
from . import docx_styles

#: layout_spec faces → the names Word/WPS know on a Chinese Windows PC
WORD_FONTS = {"小标宋": "方正小标宋简体", "黑体": "黑体", "楷体": "楷体", "仿宋": "仿宋",
              "宋体": "宋体"}
#: Windows' English names for the same faces, for Word's font table
_LATIN_NAMES = {"黑体": "SimHei", "楷体": "KaiTi", "仿宋": "FangSong", "宋体": "SimSun",
                "方正小标宋简体": "FZXiaoBiaoSong-B05S"}
BODY_PT = L.WORD_BODY_FONT_PT  # 三号
TABLE_PT = L.TABLE_FONT_PT  # 四号 inside ruled tables
CHAR_PT = L.TYPE_AREA_WIDTH_MM * L.MM / L.CHARS_PER_LINE  # one grid character, 15.79 pt
TWIPS_PER_PT = 20
#: condensing (twips) that brings a 16 pt character within one grid character
CONDENSE_TWIPS = math.ceil((BODY_PT - CHAR_PT) * TWIPS_PER_PT)
#: grid line pitch in twips, rounded down so 22 lines fit the type area
LINE_PITCH_TWIPS = math.floor(L.TYPE_AREA_HEIGHT_MM * L.MM / L.LINES_PER_PAGE * TWIPS_PER_PT)


def word_font(role: str) -> str:
    face = L.FONT_ROLES[role]
    return WORD_FONTS.get(face, face)


def set_fonts(rpr_owner, face: str) -> None:
    """Set every font slot (ascii, hAnsi, eastAsia, cs): Word picks the slot by character."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):  # theme fonts would win over the named ones
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), face)


#: schema order of the children of w:pPr and w:rPr (Word refuses a file that breaks it)
_ORDER = {
    "w:pPr": ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
              "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
              "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
              "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
              "w:pPrChange"),
    "w:rPr": ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
              "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint",
              "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
              "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
              "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath"),
}


def set_child(parent, tag: str, **attrs):
    """Replace-or-add one child of a w:pPr / w:rPr (in schema order) with these w: attributes."""
    old = parent.find(qn(tag))
    if old is not None:
        parent.remove(old)
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    order = _ORDER["w:pPr" if parent.tag == qn("w:pPr") else "w:rPr"]
    later = order[order.index(tag) + 1:]
    parent.insert_element_before(el, *later)
    return el


def _condense(rpr_owner, twips: int) -> None:
    set_child(rpr_owner.get_or_add_rPr(), "w:spacing", val=-twips)


def _look(style, *, face: str, size_pt: float, bold: bool = False) -> None:
    """Black, upright, not the theme's colour or weight."""
    font = style.font
    font.size = Pt(size_pt)
    font.bold = bold
    font.italic = False
    font.color.rgb = RGBColor(0, 0, 0)
    set_fonts(style.element, face)
    rpr = style.element.get_or_add_rPr()
    for tag in ("w:szCs", "w:bCs", "w:iCs"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)


def _on_grid(style, *, align, indent_chars: int, keep_with_next: bool = False) -> None:
    """Single spacing snapped to the document grid, characters at the top of the grid line."""
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.keep_with_next = keep_with_next
    fmt.keep_together = False
    fmt.widow_control = True
    fmt.left_indent = Pt(0)
    fmt.first_line_indent = Pt(indent_chars * CHAR_PT) if indent_chars else Pt(0)
    ppr = style.element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is not None and indent_chars:  # in characters: two characters on any grid
        ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
    set_child(ppr, "w:textAlignment", val="top")


def _paragraph_style(document, name: str, *, face: str, size_pt: float, indent_chars: int = 2,
                     align=WD_ALIGN_PARAGRAPH.JUSTIFY, keep_with_next: bool = False,
                     base: str = "Normal"):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    _look(style, face=face, size_pt=size_pt)
    _on_grid(style, align=align, indent_chars=indent_chars, keep_with_next=keep_with_next)
    return style


def setup_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(L.PAGE_WIDTH_MM), Mm(L.PAGE_HEIGHT_MM)
    # the grid starts half a millimetre down, so the glyphs of line 1 begin at 37 mm and those
    # of line 22 end inside 262 mm, as in the PDF (PageGeometry.glyph_top_gap)
    section.top_margin = Mm(L.TOP_MARGIN_MM + L.GLYPH_TOP_GAP_MM)
    section.bottom_margin = Mm(L.BOTTOM_MARGIN_MM - L.GLYPH_TOP_GAP_MM)
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
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))


def _setup_defaults(document) -> None:
    """Document defaults: Word and LibreOffice size the grid and the Normal style from these."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), word_font("body"))
    half_points = str(round(BODY_PT * 2))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), half_points)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    set_child(ppr, "w:spacing", after=0, line=240, lineRule="auto")


def _restyle_builtin_headings(document) -> None:
    """Word's own 标题 1–9 in the report's look (not the theme's blue), with outline levels,
    so a heading a user adds by hand matches and a 目录 built from them works."""
    for depth in range(9):
        style = document.styles[f"Heading {depth + 1}"]
        _look(style, face=WORD_FONTS.get(L.heading_face(depth), L.heading_face(depth)),
              size_pt=BODY_PT)
        _on_grid(style, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, keep_with_next=True)
        set_child(style.element.get_or_add_pPr(), "w:outlineLvl", val=depth)


def setup_styles(document) -> None:
    _setup_defaults(document)
    normal = document.styles["Normal"]
    _look(normal, face=word_font("body"), size_pt=BODY_PT)
    _condense(normal.element, CONDENSE_TWIPS)
    _on_grid(normal, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=0)
    _restyle_builtin_headings(document)
    _paragraph_style(document, docx_styles.TITLE, face=word_font("title"),
                     size_pt=L.TITLE_FONT_PT, indent_chars=0, align=WD_ALIGN_PARAGRAPH.CENTER,
                     keep_with_next=True)
    _paragraph_style(document, docx_styles.BODY, face=word_font("body"), size_pt=BODY_PT)
    for depth in range(9):
        # based on Word's 标题 N: the outline level (导航窗格, 目录) comes with it
        style = _paragraph_style(document, docx_styles.heading(depth),
                                 face=WORD_FONTS.get(L.heading_face(depth), L.heading_face(depth)),
                                 size_pt=BODY_PT, keep_with_next=True,
                                 base=f"Heading {depth + 1}")
        set_child(style.element.get_or_add_pPr(), "w:outlineLvl", val=depth)
    for name in (docx_styles.ISSUER, docx_styles.DATE):
        _paragraph_style(document, name, face=word_font("signature"), size_pt=BODY_PT,
                         indent_chars=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # a table's 表题 and 单位 line: kept with the table's first row
    _paragraph_style(document, docx_styles.TABLE_TITLE, face=word_font("table_title"),
                     size_pt=BODY_PT, indent_chars=0, align=WD_ALIGN_PARAGRAPH.CENTER,
                     keep_with_next=True)
    unit = _paragraph_style(document, docx_styles.TABLE_UNIT, face=word_font("table_unit"),
                            size_pt=TABLE_PT, indent_chars=0, align=WD_ALIGN_PARAGRAPH.RIGHT,
                            keep_with_next=True)
    _condense(unit.element, 0)
    table = _paragraph_style(document, docx_styles.TABLE, face=word_font("table"),
                             size_pt=TABLE_PT, indent_chars=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _condense(table.element, 0)
    # rows as tall as their text, not a 29 pt grid line each; text after the table snaps back
    set_child(table.element.get_or_add_pPr(), "w:snapToGrid", val=0)
    table.paragraph_format.line_spacing = Pt(L.TABLE_LINE_PITCH_PT)
    table.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    setup_font_table(document)


def setup_font_table(document) -> None:
    """Each face the document names, with the face Word should use where it is not installed:
    the first of layout_spec.FONT_FALLBACKS, the chain the PDF follows too."""
    part = next(p for p in document.part.package.iter_parts()
                if str(p.partname) == "/word/fontTable.xml")
    root = parse_xml(part.blob)
    for old in root.findall(qn("w:font")):
        root.remove(old)
    for face, word_name in WORD_FONTS.items():
        fallback = L.FONT_FALLBACKS[face][0]
        font = parse_xml(
            f'<w:font {nsdecls("w")} w:name="{word_name}">'
            f'<w:altName w:val="{WORD_FONTS.get(fallback, fallback)}"/>'
            '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>')
        root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


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
        set_fonts(r._r, word_font("page_number"))
        _condense(r._r, 0)
        return r

    run("— ")
    run(field_char="begin")
    run(instr=" PAGE ")
    run(field_char="separate")
    run("1")
    run(field_char="end")
    run(" —")


_SETTINGS_AFTER_LINE_BREAKS = (
    "w:savePreviewPicture", "w:doNotValidateAgainstSchema", "w:saveInvalidXml",
    "w:ignoreMixedContent", "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly", "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr",
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator")


def setup_settings(document) -> None:
    """The PDF's 禁则 (printing.linebreak) as the document's own, so Word and WPS keep ，。%）”
    off the start of a line and （“《 off its end as the PDF does; Chinese as the East-Asian
    language; no preview picture of the template."""
    settings = document.settings.element
    preview = settings.find(qn("w:savePreviewPicture"))
    if preview is not None:
        settings.remove(preview)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")
    for tag, chars in (("w:noLineBreaksAfter", NO_END), ("w:noLineBreaksBefore", NO_START)):
        old = settings.find(qn(tag))
        if old is not None:
            settings.remove(old)
        el = OxmlElement(tag)
        el.set(qn("w:lang"), "zh-CN")
        el.set(qn("w:val"), "".join(sorted(chars)))
        successors = _SETTINGS_AFTER_LINE_BREAKS
        if tag == "w:noLineBreaksAfter":
            successors = ("w:noLineBreaksBefore",) + successors
        settings.insert_element_before(el, *successors)


def setup_page_numbers(document) -> None:
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        para.alignment = align
        fmt = para.paragraph_format
        set_child(para._p.get_or_add_pPr(), "w:snapToGrid", val=0)
        inset = Pt(L.PAGE_NUMBER_FONT_PT)  # one character in from the type area's edge
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = inset
        else:
            fmt.left_indent = inset
        _add_page_number_field(para)

"""GB/T 9704-2012 page facts shared by the PDF and .docx writers (../shared/reference/gbt9704.md)."""
from __future__ import annotations

MM = 72 / 25.4  # points per millimetre

PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
TOP_MARGIN_MM = 37  # 天头
LEFT_MARGIN_MM = 28  # 订口
TYPE_AREA_WIDTH_MM = 156
TYPE_AREA_HEIGHT_MM = 225
BOTTOM_MARGIN_MM = PAGE_HEIGHT_MM - TOP_MARGIN_MM - TYPE_AREA_HEIGHT_MM  # 35
RIGHT_MARGIN_MM = PAGE_WIDTH_MM - LEFT_MARGIN_MM - TYPE_AREA_WIDTH_MM  # 26

CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
BODY_FONT_PT = TYPE_AREA_WIDTH_MM * MM / CHARS_PER_LINE  # ≈15.79 pt: 28 characters fill a line
LINE_PITCH_PT = TYPE_AREA_HEIGHT_MM * MM / LINES_PER_PAGE  # ≈28.95 pt: 22 lines fill the area
TITLE_FONT_PT = 22  # 2号
WORD_BODY_FONT_PT = 16  # 3号 as Word sets it, condensed to the grid character (formats.docx_page)
TABLE_FONT_PT = 14.0  # 4号 inside ruled tables: a step below the body
TABLE_LINE_PITCH_PT = 19.0
TABLE_CELL_PADDING_X_PT = 5.0  # digits keep clear of the rules
TABLE_CELL_PADDING_Y_PT = 3.0
TABLE_SPACE_BELOW_PT = 12.0  # white between a table and the text after it, about an interline gap
#: a table's 表题 is set at the body size (3号) in the table_title face, centred; its unit line
#: (单位：万元) at the table's 4号, right-aligned just above the top rule
TABLE_UNIT_FONT_PT = TABLE_FONT_PT
#: the glyphs of a grid line start this far below its top, so those of line 22 end inside
#: the type area too
GLYPH_TOP_GAP_MM = 0.5
PAGE_NUMBER_FONT_PT = 14  # 4号
PAGE_NUMBER_BELOW_TYPE_AREA_MM = 7

#: the face each element is set in — the one map both writers read (the PDF finds a font
#: file for the face, the .docx names the face Word knows); GB/T 9704: 一、黑体 （一）楷体
#: 1. 仿宋 （1） 仿宋, title 小标宋, page numbers 宋体
FONT_ROLES = {
    "title": "小标宋",
    "heading1": "黑体",  # 一、
    "heading2": "楷体",  # （一）
    "heading3": "仿宋",  # 1.
    "heading4": "仿宋",  # （1）
    "body": "仿宋",
    "signature": "仿宋",  # 落款 and date
    "table": "仿宋",
    "table_header": "黑体",  # the header row: set off without a faux bold
    "table_title": "黑体",  # 表题 above a table: bold by its face
    "table_unit": "仿宋",  # 单位：万元 above a table
    "page_number": "宋体",
    "label": "黑体",  # 附件
    "watermark": "黑体",
}

#: a face that is not installed is replaced by the first of these that is (the PDF picks the
#: font file; the .docx names the first as Word's alternative face)
FONT_FALLBACKS = {
    "仿宋": ("宋体", "楷体", "黑体"),
    "楷体": ("仿宋", "宋体", "黑体"),
    "黑体": ("宋体", "仿宋", "楷体"),
    "宋体": ("仿宋", "楷体", "黑体"),
    "小标宋": ("黑体", "宋体", "仿宋"),
}


def heading_face(depth: int) -> str:
    """The face of a heading at tree depth (0 = 一、); deeper levels keep the 4th level's face."""
    return FONT_ROLES[f"heading{min(depth, 3) + 1}"]

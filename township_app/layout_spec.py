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
PAGE_NUMBER_FONT_PT = 14  # 4号
PAGE_NUMBER_BELOW_TYPE_AREA_MM = 7

#: font role per element; the printing module maps roles to installed font files
FONT_ROLES = {
    "title": "小标宋",
    "heading1": "黑体",  # 一、
    "heading2": "楷体",  # （一）
    "heading3": "仿宋",  # 1.
    "heading4": "仿宋",  # （1）
    "body": "仿宋",
    "page_number": "宋体",
    "table": "仿宋",
}

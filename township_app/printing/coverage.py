"""Which characters of a report the print fonts cannot show, found before anything is printed.

The checks turn these gaps into findings (so a rare character is underlined while
the user types, not discovered on paper); printing itself still borrows a glyph
from another loaded face or leaves the character out, never drawing an empty box.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..layout_spec import FONT_ROLES, heading_face
from ..model import Report
from .fonts import FontSet

BODY_STYLE = FONT_ROLES["body"]
TITLE_STYLE = FONT_ROLES["title"]


@dataclass(frozen=True)
class GlyphGap:
    section_id: int | None  # None: the report title
    field: str  # "title" / "body" / "report_title"
    start: int
    char: str
    style: str
    font: str  # the face that lacks it
    substitute: str | None  # the face that will draw it instead; None = left out


def heading_style(depth: int) -> str:
    return heading_face(depth)


def glyph_gaps(report: Report, fonts: FontSet) -> list[GlyphGap]:
    """Every character (outside whitespace) the style's font lacks, with its offset."""
    texts: list[tuple[int | None, str, str, str]] = []
    if report.properties.title:
        texts.append((None, "report_title", report.properties.title, TITLE_STYLE))
    for view in report.walk():
        s = view.section
        if s.title:
            texts.append((s.id, "title", s.title, heading_style(view.depth)))
        if s.body:
            texts.append((s.id, "body", s.body, BODY_STYLE))
    verdict: dict[tuple[str, str], tuple[bool, str | None]] = {}
    gaps: list[GlyphGap] = []
    for section_id, field, text, style in texts:
        face = fonts.face(style)
        for ch in set(text):
            key = (style, ch)
            if key not in verdict:
                if ch.isspace() or face.has(ch):
                    verdict[key] = (True, None)
                else:
                    sub = next((f for f in fonts.fallbacks(style) if f.has(ch)), None)
                    verdict[key] = (False, sub.family if sub else None)
        missing = {ch for ch in set(text) if not verdict[(style, ch)][0]}
        if not missing:
            continue
        for start, ch in enumerate(text):
            if ch in missing:
                gaps.append(GlyphGap(section_id, field, start, ch, style, face.family,
                                     verdict[(style, ch)][1]))
    return gaps

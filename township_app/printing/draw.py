"""Composed pages onto a reportlab canvas: text runs, table rules, page numbers, watermark.

Nothing here decides layout except the page number, whose place GB/T 9704 fixes
relative to the type area: `— N —` in 4号 宋体, 7 mm below it, odd pages one
character in from the right edge, even pages one character in from the left.
"""
from __future__ import annotations

import math

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .. import layout_spec as spec
from .compose import Page, PageGeometry
from .fonts import FontFace
from .typeset import Typesetter, Where

MM = spec.MM


def page_number_text(n: int) -> str:
    return f"— {n} —"


def draw_page(canvas: Canvas, page: Page, g: PageGeometry, ts: Typesetter,
              watermark: str | None) -> None:
    if watermark:
        _draw_watermark(canvas, g, ts, watermark)
    H = g.page_height
    if page.rules:
        canvas.setLineCap(2)
        for x0, y0, x1, y1, w in page.rules:
            canvas.setLineWidth(w)
            canvas.line(x0, H - y0, x1, H - y1)
    if page.runs:
        text = canvas.beginText()
        cur_font: tuple[str, float] | None = None
        cur_space = 0.0
        for placed in page.runs:
            run = placed.run
            if cur_font != (run.face.pdf_name, run.size):
                text.setFont(run.face.pdf_name, run.size)
                cur_font = (run.face.pdf_name, run.size)
            if run.char_space != cur_space:
                text.setCharSpace(run.char_space)
                cur_space = run.char_space
            x = placed.x
            for chunk in _subset_chunks(canvas, run.face, run.text):
                text.setTextOrigin(x, H - placed.y)
                text.textOut(chunk)
                x += sum(run.face.width(ch, run.size) for ch in chunk) + len(chunk) * run.char_space
        canvas.drawText(text)
    _draw_page_number(canvas, page.number, g, ts)


def _subset_chunks(canvas: Canvas, face: FontFace, text: str) -> list[str]:
    """Pieces of text that reportlab sets in one font subset (one Tj each).

    Each piece gets its own origin: some readers (pdfminer, hence pdfplumber)
    drop the character spacing after the last glyph of a Tj, which would shift
    everything after a subset switch.
    """
    if not face.embedded:
        return [text]
    # the registered font object is the one the canvas writes with
    parts = pdfmetrics.getFont(face.pdf_name).splitString(text, canvas._doc)
    if len(parts) == 1:
        return [text]
    out, i = [], 0
    for _, data in parts:
        out.append(text[i:i + len(data)])
        i += len(data)
    return out


def _draw_page_number(canvas: Canvas, n: int, g: PageGeometry, ts: Typesetter) -> None:
    size = spec.PAGE_NUMBER_FONT_PT
    shaped = ts.shape(page_number_text(n), spec.FONT_ROLES["page_number"], size, Where("", "页码"))
    width = sum(shaped.widths)
    if n % 2:
        x = g.left + g.width - size - width  # odd: right, one character in
    else:
        x = g.left + size  # even: left, one character in
    # the dash line 7 mm below the type area; the em dash sits about 0.3 em above the baseline
    baseline = g.top + g.height + spec.PAGE_NUMBER_BELOW_TYPE_AREA_MM * MM + 0.3 * size
    text = canvas.beginText()
    for ch, face, w in zip(shaped.text, shaped.faces, shaped.widths):
        text.setFont(face.pdf_name, size)
        text.setTextOrigin(x, g.page_height - baseline)
        text.textOut(ch)
        x += w
    canvas.drawText(text)


def _draw_watermark(canvas: Canvas, g: PageGeometry, ts: Typesetter, mark: str) -> None:
    """Large light-grey text across the page, under everything else."""
    shaped = ts.shape(mark, spec.FONT_ROLES["watermark"], 100, Where("", "水印"))
    if not shaped.text:
        return
    diagonal = math.hypot(g.width, g.height)
    size = min(160.0, 0.7 * diagonal / max(1, len(shaped.text)))
    widths = [w * size / 100 for w in shaped.widths]
    canvas.saveState()
    canvas.setFillColorRGB(0.75, 0.75, 0.75)
    canvas.setFillAlpha(0.35)
    canvas.translate(g.page_width / 2, g.page_height / 2)
    canvas.rotate(math.degrees(math.atan2(g.height, g.width)))
    x = -sum(widths) / 2
    for ch, face, w in zip(shaped.text, shaped.faces, widths):
        canvas.setFont(face.pdf_name, size)
        canvas.drawString(x, -size * 0.35, ch)
        x += w
    canvas.restoreState()

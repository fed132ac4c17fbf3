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
        canvas.addLiteral(_text_operators(canvas, page, H))
    _draw_page_number(canvas, page.number, g, ts)


def _text_operators(canvas: Canvas, page: Page, H: float) -> str:
    """The page's text as PDF operators, written directly (one Tm + Tj per font subset piece).

    reportlab's text object formats every number through its pure-Python fp_str and
    splits each string into font subsets twice; for a 100-page report that was half the
    run. Each piece gets its own origin: some readers (pdfminer, hence pdfplumber) drop
    the character spacing after the last glyph of a Tj, which would shift everything
    after a subset switch.
    """
    doc = canvas._doc
    escape = canvas._escape
    out = ["BT"]
    cur_font: tuple[str, float] | None = None
    cur_space = 0.0
    for placed in page.runs:
        run = placed.run
        face = run.face
        if run.char_space != cur_space:
            cur_space = run.char_space
            out.append(f"{cur_space:.4f} Tc")
        x, y = placed.x, H - placed.y
        font = pdfmetrics.getFont(face.pdf_name)
        if face.embedded:
            pieces = font.splitString(run.text, doc)
        else:  # the CID fallback: one piece, its own encoding
            pieces = [(None, run.text)]
        i = 0
        for subset, data in pieces:
            chars = run.text[i:i + len(data)]
            i += len(chars)
            if subset is None:
                name = doc.getInternalFontName(face.pdf_name)
                text = font.formatForPdf(chars)
            else:
                name = font.getSubsetInternalName(subset, doc)
                text = escape(data)
            if cur_font != (name, run.size):
                cur_font = (name, run.size)
                out.append(f"{name} {run.size:.2f} Tf")
            out.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm ({text}) Tj")
            x += sum(face.width(ch, run.size) for ch in chars) + len(chars) * cur_space
    if cur_space:
        out.append("0 Tc")  # text state outlives ET: the page number must not inherit it
    out.append("ET")
    return "\n".join(out)


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

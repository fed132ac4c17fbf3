"""Printing the report in the GB/T 9704 layout, to PDF (reportlab, no Qt).

    render_pdf(report, out_path, options) -> RenderResult
    iter_render_pdf(report, out_path, options)  # yields (done, total), returns RenderResult
    find_fonts(font_dirs) -> FontSet

Modules: fonts (which face plays which role), linebreak (禁则 and justification),
typeset (text → positioned runs), tables, compose (pages on the grid), draw (canvas).
"""
from .fonts import FontFace, FontSet, find_fonts
from .render import PrintError, PrintOptions, RenderResult, iter_render_pdf, render_pdf
from .typeset import MissingGlyph

__all__ = ["FontFace", "FontSet", "MissingGlyph", "PrintError", "PrintOptions", "RenderResult",
           "find_fonts", "iter_render_pdf", "render_pdf"]

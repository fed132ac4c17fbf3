"""The one check every door runs: the window, `township-app check` and `township-app export`.

A report's findings are the rules' findings, plus the characters the print fonts lack (when
the fonts are known), with the 已核实 marks stored in the file applied to all of them. The
window, the command line and the submission summary call check_report, so the same file
gives the same findings wherever it is checked.
"""
from __future__ import annotations

from .checks import CheckRun, run_checks
from .checks.engine import apply_verified
from .checks.glyphs import glyph_findings
from .model import Report


def check_report(report: Report, verified: dict | None = None, fonts=None) -> CheckRun:
    """Every finding of `report`; `fonts` is the printing FontSet (None: not loaded yet)."""
    run = run_checks(report, verified)
    if fonts is not None:
        from .printing.coverage import glyph_gaps

        glyphs = glyph_findings(report, glyph_gaps(report, fonts))
        apply_verified(glyphs, verified)
        run.findings.extend(glyphs)
    return run


def print_fonts():
    """The fonts printing would use on this machine (what the window's preview loads)."""
    from .printing.fonts import find_fonts

    return find_fonts()

"""The check engine: placeholders and arithmetic slips in a report, with exact locations.

Core only (no Qt). The GUI, PDF and export code call run_checks / check_section;
the CLI calls check_text for .txt/.docx input.
"""
from __future__ import annotations

from .engine import check_section, check_text, default_rules, run_checks
from .findings import SEVERITY_LABELS, CheckRun, Finding, Location

__all__ = ["Finding", "Location", "CheckRun", "run_checks", "check_section", "check_text",
           "SEVERITY_LABELS", "default_rules"]

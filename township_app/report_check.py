"""The one check every door runs: the window, `township-app check` and `township-app export`.

A report's findings are the rules' findings, plus the characters the print fonts lack (when
the fonts are known), with the 已核实 marks stored in the file applied to all of them. The
rule families the report switched off in 检查设置 (kept in the file, loaded with the report)
are not run. The window, the command line and the submission summary call check_report, so
the same file gives the same findings wherever it is checked.
"""
from __future__ import annotations

from .checks import CheckRun, Finding, Location, run_checks
from .checks.engine import apply_verified, default_rules, doc_hits
from .checks.findings import RULE_FAMILIES, make_fingerprint
from .checks.glyphs import glyph_findings
from .checks.registry import TextDoc
from .checks.script import analysis_text
from .model import Report

#: the family 检查设置 cannot switch off: the figures' checks are the program's reason to exist
ALWAYS_ON = "figures"
#: the field a finding in the report's title names (the title is a property, in no section)
REPORT_TITLE = "report_title"
#: the rules that read the report's title as they read a section's text
TITLE_RULES = ("placeholder",)


def switchable_families() -> dict[str, str]:
    """Family key → name, in the order 检查设置 lists them."""
    return {key: name for key, name in RULE_FAMILIES.items() if key != ALWAYS_ON}


def families_off(report: Report) -> frozenset[str]:
    """The families the report switched off that may be switched off (a file naming others,
    or naming the figures, is read as asking for nothing)."""
    return frozenset(report.families_off) & frozenset(switchable_families())


def check_report(report: Report, verified: dict | None = None, fonts=None,
                 rules: tuple | None = None) -> CheckRun:
    """Every finding of `report`; `fonts` is the printing FontSet (None: not loaded yet);
    `rules` the rules to run (None: all of them), less the families the report switched off."""
    off = families_off(report)
    if rules is None:
        rules = default_rules(off)
    else:
        rules = tuple(r for r in rules if r.family not in off)
    # run_checks reads an empty tuple as "every rule"
    run = run_checks(report, verified, rules=rules) if rules else CheckRun()
    in_title = title_findings(report, rules)
    apply_verified(in_title, verified)
    run.findings[:0] = in_title
    if fonts is not None:
        from .printing.coverage import glyph_gaps

        glyphs = glyph_findings(report, glyph_gaps(report, fonts))
        apply_verified(glyphs, verified)
        run.findings.extend(glyphs)
    return run


def title_findings(report: Report, rules: tuple) -> list[Finding]:
    """Placeholders in the report's title (XX镇20xx年…总结): printed first, and found there when
    the same text is checked as a .txt, so a report file must not lose them."""
    title = report.properties.title
    if not title.strip():
        return []
    doc = TextDoc(("report", REPORT_TITLE), analysis_text(title))
    found = []
    for rule in (r for r in rules if r.id in TITLE_RULES):
        for hit in doc_hits(rule, doc):
            start, length = hit.anchor.start, hit.anchor.length
            quote = title[start:start + length]
            where = Location("section", field=REPORT_TITLE, start=start, length=length,
                             section_path="报告标题")
            found.append(Finding(rule.id, hit.severity or rule.severity, hit.message, quote, where,
                                 fingerprint=make_fingerprint(rule.id, where, quote, title),
                                 family=rule.family))
    return found


def print_fonts():
    """The fonts printing would use on this machine (what the window's preview loads)."""
    from .printing.fonts import find_fonts

    return find_fonts()

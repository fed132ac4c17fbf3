"""Findings for characters the print fonts lack (gaps found by printing.coverage)."""
from __future__ import annotations

from ..model import Report
from .findings import Finding, Location, make_fingerprint

RULE_ID = "missing-glyph"
RULE_TITLE = "打印字体缺字"


def glyph_findings(report: Report, gaps) -> list[Finding]:
    """gaps: objects with section_id, field, start, char, style, font, substitute."""
    paths: dict[int, str] = {}
    views = {v.section.id: v for v in report.walk()}
    for sid, view in views.items():
        paths[sid] = " / ".join(views[i].heading or "（无标题）" for i in view.path)
    findings = []
    for gap in gaps:
        if gap.substitute:
            severity = "info"
            message = (f"“{gap.char}”（U+{ord(gap.char):04X}）{gap.style}字体 {gap.font} 中没有，"
                       f"打印时用 {gap.substitute} 代替")
        else:
            severity = "warning"
            message = (f"“{gap.char}”（U+{ord(gap.char):04X}）{gap.style}字体 {gap.font} 中没有，"
                       "也没有可代替的字体，打印时会缺这个字")
        location = Location("section", section_id=gap.section_id, field=gap.field,
                            start=gap.start, length=1,
                            section_path=paths.get(gap.section_id, "标题"))
        text = _text_of(report, gap)
        context = text[max(0, gap.start - 10):gap.start + 10]
        finding = Finding(RULE_ID, severity, message, gap.char, location)
        finding.fingerprint = make_fingerprint(RULE_ID, location, gap.char, context)
        findings.append(finding)
    return findings


def _text_of(report: Report, gap) -> str:
    if gap.section_id is None:
        return report.properties.title
    return getattr(report.section(gap.section_id), gap.field)

"""What a check reports: Finding, Location, CheckRun — the shapes the GUI, PDF and CLI read."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from ..model import INDICATOR_COLUMNS

SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = ("error", "warning", "info")

#: rule families, in the order the findings panel groups them and 检查设置 lists them; a
#: report may switch any family off (the figures' checks are the program's reason to exist,
#: so they stay on)
RULE_FAMILIES = {
    "figures": "数字与占位符",
    "punctuation": "标点",
    "numbering": "序号",
    "headings": "标题与层次",
    "dates": "成文日期与落款",
}


@dataclass
class Location:
    """Where a finding points: a span of a section's title/body, a table cell, or plain text."""

    kind: str  # "section" | "indicator" | "text"
    section_id: int | None = None
    field: str | None = None  # "title" | "body" | an indicator column ("value", "target" …)
    indicator_id: int | None = None
    start: int | None = None  # character offset in the field (or in the whole text)
    length: int | None = None
    line: int | None = None  # plain text only, 1-based
    column: int | None = None  # plain text only, 1-based, characters of that line
    section_path: str | None = None
    indicator_name: str | None = None

    def key(self) -> str:
        """Identity of the place, without offsets: moving text around keeps a 已核实 mark."""
        if self.kind == "section":
            return f"section:{self.section_id}:{self.field}"
        if self.kind == "indicator":
            return f"indicator:{self.indicator_id}:{self.field}"
        return "text"

    def to_json(self) -> dict:
        if self.kind == "text":
            return {"line": self.line, "column": self.column, "length": self.length}
        data: dict = {"section_id": self.section_id, "section_path": self.section_path,
                      "field": self.field}
        if self.kind == "indicator":
            data.update(indicator_id=self.indicator_id, column=self.field,
                        indicator_name=self.indicator_name)
        else:
            data.update(start=self.start, length=self.length)
        return data

    def describe(self) -> str:
        """Human wording for the text output: 第3行第5列 / 二、… 正文第12字 / 指标“拨付率”数值."""
        if self.kind == "text":
            return f"第{self.line}行第{self.column}列"
        path = self.section_path or "（无标题）"
        if self.kind == "indicator":
            column = COLUMN_LABELS.get(self.field or "", self.field or "")
            return f"{path} · 指标“{self.indicator_name or ''}”{column}"
        if self.field == "report_title":  # the report's own title, a property in no section
            return f"报告标题第{(self.start or 0) + 1}字"
        where = "标题" if self.field == "title" else "正文"
        return f"{path} · {where}第{(self.start or 0) + 1}字"


#: columns named as the table's headers name them (model.INDICATOR_COLUMNS); after 指标“…” the
#: name column is just 名称
COLUMN_LABELS = {**{c.key: c.header for c in INDICATOR_COLUMNS}, "name": "名称", "formula": "公式"}


@dataclass
class Finding:
    rule: str
    severity: str  # "error" | "warning" | "info"
    message: str
    quote: str
    location: Location
    related: list[Location] = field(default_factory=list)
    fingerprint: str = ""
    verified_reason: str | None = None
    family: str = "figures"  # a key of RULE_FAMILIES
    fix: str | None = None  # the certain replacement of the quoted span, when there is one

    @property
    def verified(self) -> bool:
        return self.verified_reason is not None

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def to_json(self) -> dict:
        data = {"rule": self.rule, "family": self.family, "severity": self.severity,
                "message": self.message, "quote": self.quote, "location": self.location.to_json()}
        if self.related:
            data["related"] = [r.to_json() for r in self.related]
        if self.verified:
            data["verified_reason"] = self.verified_reason
        if self.fix is not None:
            data["fix"] = self.fix
        return data


def quoted(name: str) -> str:
    """“name”, without doubling the quotes a name already has (“雪亮工程”建设 stays one pair)."""
    name = name.strip()
    if "“" in name or "”" in name:
        return name  # it carries its own quotes: 指标“雪亮工程”建设, not 指标““雪亮工程”建设”
    return f"“{name}”"


def make_fingerprint(rule: str, location: Location, quote: str, context: str) -> str:
    """Stable while the quoted text and its sentence stay the same, wherever they move."""
    raw = "\x1f".join((rule, location.key(), quote, context))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


@dataclass
class CheckRun:
    """All findings of one run, with the counts a status bar or exit code needs."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.verified]

    @property
    def counts_by_rule(self) -> dict[str, int]:
        return dict(Counter(f.rule for f in self.open_findings))

    @property
    def counts_by_severity(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.open_findings)
        return {s: counts.get(s, 0) for s in SEVERITY_ORDER}

    @property
    def errors(self) -> int:
        return self.counts_by_severity["error"]

    @property
    def verified_count(self) -> int:
        return sum(1 for f in self.findings if f.verified)

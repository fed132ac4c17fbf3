"""Rules, what they see and what they return.

Every rule is declared with the examples it must flag and must leave alone (like
LanguageTool's <example> or Vale's fixtures); tests/test_checks_rules.py runs them all.
A rule sees either one text (DocRule), all texts of a report together (CorpusRule), or the
report with its indicator tables (ReportRule). It returns Hits; the engine turns them into
Findings with locations, quotes and fingerprints.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Union

from ..model import Indicator, Report, ReportProperties, Section


@dataclass(frozen=True)
class TextDoc:
    """One checkable text: a section's title or body, or a whole plain-text file."""

    key: tuple  # ("section", id, "body") or ("text",)
    text: str
    section_id: int | None = None
    field: str | None = None


@dataclass(frozen=True)
class TextAnchor:
    doc: tuple  # TextDoc.key
    start: int
    length: int


def span_of(doc: "TextDoc", thing) -> TextAnchor:
    """The anchor of a quantity (or anything with start/end) in a text."""
    return TextAnchor(doc.key, thing.start, thing.end - thing.start)


@dataclass(frozen=True)
class CellAnchor:
    indicator: Indicator
    column: str  # "value" | "target" | "previous" | "formula" …


Anchor = Union[TextAnchor, CellAnchor]


@dataclass
class Hit:
    anchor: Anchor
    message: str
    severity: str | None = None  # None: the rule's own severity
    related: tuple[Anchor, ...] = ()
    fix: str | None = None  # the certain replacement of the anchored span (a one-step fix)


@dataclass(frozen=True)
class SectionExample:
    """A section of an example report: title, body and indicator rows (dicts of columns)."""

    body: str = ""
    title: str = "示例"
    indicators: tuple[dict, ...] = ()


ReportExample = tuple[Union[SectionExample, ReportProperties], ...]


@dataclass(frozen=True, eq=False)
class DocRule:
    """A rule over one text at a time. Compared and hashed by identity (each rule is one object):
    its hits are memoized per (rule, text), and hashing every field for each of a report's texts
    was a measurable part of a check."""

    id: str
    severity: str
    title: str
    check: Callable[[TextDoc], Iterable[Hit]]
    failing: tuple[str, ...]
    passing: tuple[str, ...]
    family: str = "figures"  # findings.RULE_FAMILIES: what 检查设置 switches on and off


@dataclass(frozen=True, eq=False)
class CorpusRule:
    id: str
    severity: str
    title: str
    check: Callable[..., Iterable[Hit]]  # (docs, focus: frozenset of doc keys | None)
    failing: tuple[str, ...]  # a plain text each; paragraphs on separate lines
    passing: tuple[str, ...]
    family: str = "figures"


@dataclass(frozen=True, eq=False)
class ReportRule:
    id: str
    severity: str
    title: str
    check: Callable[["ReportScope"], Iterable[Hit]]
    failing: tuple[ReportExample, ...]
    passing: tuple[ReportExample, ...]
    family: str = "figures"


Rule = Union[DocRule, CorpusRule, ReportRule]


@dataclass
class ReportScope:
    """The report and which of its sections a ReportRule should look at."""

    report: Report
    section_ids: list[int]
    docs: dict[tuple, TextDoc] = field(default_factory=dict)
    _rows: dict[int, list[Indicator]] | None = None
    _views: list | None = None

    def walk(self) -> list:
        """The report's sections in document order with their printed numbers (report.walk()),
        worked out once per check: several rules walk them, and a re-check after each pause in
        typing must not number the tree again for each."""
        if self._views is None:
            self._views = list(self.report.walk())
        return self._views

    def rows(self, section_id: int) -> list[Indicator]:
        """The section's indicator rows in order (indexed once: reports have thousands)."""
        return self._row_index().get(section_id, [])

    def _row_index(self) -> dict[int, list[Indicator]]:
        if self._rows is None:
            index: dict[int, list[Indicator]] = {}
            for ind in self.report.indicators:
                index.setdefault(ind.section_id, []).append(ind)
            for rows in index.values():
                rows.sort(key=lambda i: i.position)
            self._rows = index
        return self._rows

    def with_docs(self, docs: dict[tuple, TextDoc]) -> "ReportScope":
        """The same scope over another reading of the texts, sharing the row index and the walk."""
        return ReportScope(self.report, self.section_ids, docs, self._row_index(), self.walk())

    def body_doc(self, section_id: int) -> TextDoc | None:
        return self.docs.get(("section", section_id, "body"))


def report_from_example(example: ReportExample) -> Report:
    """A small in-memory report for a rule example (ids assigned in order); a ReportProperties
    among the sections gives the example its 报告属性 (title, 落款, 成文日期)."""
    report = Report()
    next_indicator = 1
    for props in (ex for ex in example if isinstance(ex, ReportProperties)):
        report.properties = props
    example = tuple(ex for ex in example if not isinstance(ex, ReportProperties))
    for position, ex in enumerate(example):
        sid = position + 1
        report.sections.append(Section(id=sid, parent_id=None, position=position,
                                       title=ex.title, body=ex.body))
        for row_pos, row in enumerate(ex.indicators):
            report.indicators.append(Indicator(id=next_indicator, section_id=sid,
                                               position=row_pos, **row))
            next_indicator += 1
    return report

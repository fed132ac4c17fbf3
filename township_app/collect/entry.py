"""One file of the folder, read through the safe submission reader and checked again.

Only what the summary needs is kept (metadata, indicator rows, findings as short
tuples); the report itself is dropped before the next file is opened, so memory
does not grow with the size of the reports.
"""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from sys import intern

from ..checks import SEVERITY_LABELS
from ..report_check import check_report
from ..submission import SubmissionError, open_submission

# states of a file, in the words the county uses
STATE_OK = "完好"
STATE_MODIFIED = "导出后被修改"
STATE_UNREADABLE = "无法读取"
STATE_WRONG_PERIOD = "期间不符"
STATE_DUPLICATE = "重复报送"
MODIFIED_REASON = "文件内容与导出时记录的校验值不符：导出后被改动过，数据不可信，请让该乡镇重新导出。"
STATES = (STATE_OK, STATE_MODIFIED, STATE_UNREADABLE, STATE_WRONG_PERIOD, STATE_DUPLICATE)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    section: str  # numbered path of the section, as findings name it
    name: str
    unit: str
    value: str  # as written
    target: str
    previous: str
    formula: str


@dataclass(frozen=True, slots=True)
class FindingRow:
    severity: str  # "error" | "warning" | "info"
    rule: str
    message: str
    location: str  # 二、… · 指标“拨付率”数值
    quote: str
    verified_reason: str | None = None  # the township marked it 已核实

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity)


@dataclass(slots=True)
class CollectedFile:
    path: Path
    state: str = STATE_OK
    reason: str = ""  # why it is not 完好, for the user
    used: bool = False  # its figures are in the summary
    township: str = ""
    county: str = ""
    report_type: str = ""
    year: str = ""
    period: str = ""
    title: str = ""
    exported_at: str = ""
    content_matches: bool = True
    errors_now: int = 0
    warnings_now: int = 0
    verified_now: int = 0
    errors_declared: int | None = None  # None: the file recorded no check summary
    warnings_declared: int | None = None
    asked_about_errors: bool = False
    indicators: list[IndicatorRow] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)  # emptied once spooled
    spool: object | None = field(default=None, repr=False)  # a FindingSpool holding them
    spool_key: int = -1

    def finding_rows(self) -> list[FindingRow]:
        """Every finding of this file, wherever it is kept."""
        return self.spool.get(self.spool_key) if self.spool is not None else self.findings

    def move_findings_to(self, spool) -> None:
        self.spool_key = spool.put(self.findings)
        self.spool = spool
        self.findings = []

    @property
    def period_label(self) -> str:
        return period_label(self.year, self.period)


def period_label(year: str, period: str) -> str:
    year = year.strip()
    return f"{year}年{period.strip()}" if year else period.strip()


def read_collected_file(path: Path) -> CollectedFile:
    """Never raises for a bad file: the problem becomes the entry's reason."""
    entry = CollectedFile(path=path)
    try:
        submission = open_submission(path)
    except SubmissionError as exc:
        entry.state, entry.reason = STATE_UNREADABLE, str(exc)
        return entry
    except (OSError, sqlite3.Error, RecursionError, MemoryError, ValueError) as exc:
        entry.state = STATE_UNREADABLE
        entry.reason = f"“{path.name}”无法读取（{type(exc).__name__}: {exc}）。"
        return entry
    meta, report = submission.meta, submission.report
    # a file without a township name stays its own row instead of colliding with another
    entry.township = meta.township.strip() or f"未填乡镇（{path.stem}）"
    entry.county = meta.county.strip()
    entry.report_type = meta.report_type.strip()
    entry.year = meta.year.strip()
    entry.period = meta.period.strip()
    entry.title = meta.title
    entry.exported_at = meta.exported_at
    entry.content_matches = submission.content_matches
    entry.asked_about_errors = meta.asked_about_errors
    declared = (meta.findings_summary or {}).get("by_severity")
    if isinstance(declared, dict):
        entry.errors_declared = _count(declared.get("error"))
        entry.warnings_declared = _count(declared.get("warning"))
    if not submission.content_matches:
        entry.state, entry.reason = STATE_MODIFIED, MODIFIED_REASON
    paths = {}
    for view in report.walk():
        s = view.section
        parent = paths.get(s.parent_id) if s.parent_id is not None else None
        here = view.heading or "（无标题）"
        paths[s.id] = intern(f"{parent} / {here}" if parent else here)
        for ind in report.indicators_of(s.id):
            if ind.name.strip() or ind.value.strip():
                # one copy of a name, unit or section shared by every township that wrote it
                entry.indicators.append(IndicatorRow(
                    paths[s.id], intern(ind.name.strip()), intern(ind.unit.strip()),
                    ind.value.strip(), ind.target.strip(), ind.previous.strip(),
                    intern(ind.formula.strip())))
    run = check_report(report, _verified_marks(path))  # as the township's own check, 检查设置 included
    proofreading_notes: Counter = Counter()
    for f in run.findings:
        if f.severity == "info" and f.family != "figures" and not f.verified:
            proofreading_notes[f.rule] += 1  # 半角逗号 ×247: counted, not listed one by one
            continue
        entry.findings.append(FindingRow(intern(f.severity), intern(f.rule), f.message,
                                         f.location.describe(), f.quote, f.verified_reason))
    titles = _rule_titles()
    for rule, n in proofreading_notes.items():
        entry.findings.append(FindingRow("info", intern(rule),
                                         f"{titles.get(rule, rule)}：共 {n} 处（逐条见该乡镇报告的检查结果）",
                                         "全文", ""))
    counts = run.counts_by_severity
    entry.errors_now, entry.warnings_now = counts["error"], counts["warning"]
    entry.verified_now = run.verified_count
    return entry


@lru_cache(maxsize=1)
def _rule_titles() -> dict[str, str]:
    from ..checks import default_rules

    return {r.id: r.title for r in default_rules()}


def _count(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _verified_marks(path: Path) -> dict:
    """The township's 已核实 marks, so the county's recount agrees with what was reviewed.

    The file has just passed the submission reader's checks (no triggers, views or
    unknown tables); it is opened immutable and read-only like there.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                               isolation_level=None)
    except sqlite3.Error:
        return {}
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        rows = conn.execute("SELECT fingerprint, rule, reason FROM verified_findings").fetchall()
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    return {fp: {"rule": rule, "reason": reason if isinstance(reason, str) else ""}
            for fp, rule, reason in rows if isinstance(fp, str)}


def find_submission_files(folder: Path) -> tuple[list[Path], list[CollectedFile]]:
    """Every .db under folder (subfolders included), sorted; subfolders that cannot be read
    come back as 无法读取 entries so they are not silently skipped.

    Raises OSError when the folder itself cannot be listed (the caller's exit 2).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(str(folder))
    os.listdir(folder)  # raises for a folder we may not read
    found: list[Path] = []
    problems: list[CollectedFile] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        problems.append(CollectedFile(where, state=STATE_UNREADABLE,
                                      reason=f"文件夹“{where}”无法打开（{exc.strerror or exc}）。"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in files:
            if name.lower().endswith(".db"):
                found.append(Path(root) / name)
    found.sort(key=lambda p: [part for part in p.relative_to(folder).parts])
    return found, problems

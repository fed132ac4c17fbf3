"""`township-app check PATH [--format text|json]`: placeholders and arithmetic slips.

Exit 0 when no (unverified) errors, 1 when errors were found, 2 when PATH cannot be read.
A .txt/.docx is checked as its raw text (line/column refer to the file); a report file
is checked as a report, with 已核实 marks from the file honoured.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from . import EXIT_FINDINGS, EXIT_OK, fail

NAME = "check"
HELP = "检查报告中的占位符和数字计算错误"

TEXT_SUFFIXES = (".txt", ".docx")


def register(parser) -> None:
    parser.add_argument("path", help="报告文件（.db）、文本文件（.txt）或 Word 文件（.docx）")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="输出格式：text（默认，便于阅读）或 json（供其他程序读取）")
    parser.set_defaults(func=run)


def _load(path: Path):
    """(findings, verified count) or raises one of the user-facing errors."""
    from ..checks import check_text
    from ..report_check import check_report, print_fonts

    if path.suffix.lower() in TEXT_SUFFIXES:
        from ..textsource import read_source_text

        return check_text(read_source_text(path))
    from ..sources import REPORT_SUFFIXES, SourceError
    from ..store import ReportStore, StoreError
    from ..textsource import SourceTextError, require_file

    try:
        require_file(path)
    except SourceTextError as exc:
        raise SourceError(str(exc)) from exc
    suffix = path.suffix.lower()
    if suffix in (".doc", ".wps"):
        raise SourceError(f"“{path.name}”是旧版 Word/WPS 文件，请另存为 .docx 后再检查。")
    if suffix and suffix not in REPORT_SUFFIXES:
        raise SourceError(f"不支持的文件类型“{suffix}”：请给出报告文件（.db）、文本文件（.txt）或 Word 文件（.docx）。")
    try:
        with ReportStore(path, snapshot=True) as store:
            report = store.load_report()
            verified = store.verified_findings()
    except StoreError as exc:
        raise SourceError(str(exc)) from exc
    # the same findings as the window: the print fonts' missing characters included
    return check_report(report, verified, print_fonts()).findings


def format_text(findings, file_label: str) -> str:
    from ..checks import SEVERITY_LABELS

    lines = [f"检查：{file_label}"]
    open_findings = [f for f in findings if not f.verified]
    for severity, label in SEVERITY_LABELS.items():
        group = [f for f in open_findings if f.severity == severity]
        if not group:
            continue
        lines.append(f"{label}（{len(group)}）")
        for f in group:
            lines.append(f"  {f.location.describe()}  [{f.rule}] {f.message}  ——“{f.quote}”")
    verified = [f for f in findings if f.verified]
    if verified:
        lines.append(f"已核实（{len(verified)}）")
        for f in verified:
            reason = f"（{f.verified_reason}）" if f.verified_reason else ""
            lines.append(f"  {f.location.describe()}  [{f.rule}] {f.message}{reason}")
    counts = {s: sum(1 for f in open_findings if f.severity == s) for s in SEVERITY_LABELS}
    summary = "，".join(f"{SEVERITY_LABELS[s]} {n}" for s, n in counts.items())
    tail = f"，已核实 {len(verified)}" if verified else ""
    lines.append(f"共 {len(open_findings)} 条：{summary}{tail}")
    return "\n".join(lines)


def run(args) -> int:
    from ..sources import SourceError
    from ..textsource import SourceTextError

    path = Path(args.path)
    try:
        findings = _load(path)
    except (SourceError, SourceTextError) as exc:
        return fail(str(exc))
    if args.format == "json":
        data = {"file": str(path), "findings": [f.to_json() for f in findings]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(findings, str(path)) + "\n")
    errors = sum(1 for f in findings if f.severity == "error" and not f.verified)
    return EXIT_FINDINGS if errors else EXIT_OK

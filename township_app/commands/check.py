"""`township-app check PATH [--format text|json] [--fix -o OUT]`: placeholders, arithmetic
slips and the 公文 proofreading rules.

Exit 0 when no (unverified) errors, 1 when errors were found, 2 when PATH cannot be read.
A .txt/.docx is checked as its raw text (line/column refer to the file); a report file
is checked as a report, with 已核实 marks from the file honoured. --fix writes a copy with
every certain fix made (full-width punctuation, 1、 → 1., padded dates …): a report file's
copy is a report file, a text's is plain UTF-8 text; PATH itself is never changed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from . import EXIT_FINDINGS, EXIT_OK, fail

NAME = "check"
HELP = "检查报告中的占位符、数字计算错误和公文校对问题（标点、序号、标题、成文日期），可用 --fix 写出修正后的副本"

TEXT_SUFFIXES = (".txt", ".docx")


def register(parser) -> None:
    parser.add_argument("path", help="报告文件（.db）、文本文件（.txt）或 Word 文件（.docx）")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="输出格式：text（默认，便于阅读）或 json（供其他程序读取）")
    parser.add_argument("--fix", action="store_true",
                        help="把能确定的修正（全角标点、序号“1、”改“1.”、日期去掉虚位等）写入 -o 指定的副本，原文件不动")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="与 --fix 同用：修正后的副本（报告文件得到报告文件，.txt/.docx 得到 .txt 文本）")
    parser.set_defaults(func=run)


def _load(path: Path):
    """(findings, verified count) or raises one of the user-facing errors."""
    if path.suffix.lower() in TEXT_SUFFIXES:
        from ..checks import check_text
        from ..textsource import read_source_text

        return check_text(read_source_text(path))
    from ..report_check import check_report, print_fonts
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


class FixError(Exception):
    """The fixed copy cannot be written where asked (a user's error: exit 2 with the message)."""


def write_fixed_copy(path: Path, out: Path):
    """Check PATH and write OUT with every certain fix made; (findings, fixes made).

    A report file's copy is made with the store's own copy and edited section by section,
    so everything else in it (tables, 已核实 marks, 检查设置) stays as it was."""
    from ..checks import check_text
    from ..checks.fixes import apply_edits, fixed_text, fixes_by_field
    from ..sources import SourceError
    from ..store import ReportStore, StoreError, os_reason

    if out.exists() and out.resolve() == path.resolve():
        raise FixError("输出文件不能与输入文件相同：--fix 只写副本，原文件不改动。")
    if out.exists():
        raise FixError(f"输出文件“{out}”已存在：请换一个文件名，或先删除它。")
    if not out.absolute().parent.is_dir():
        raise FixError(f"输出文件夹不存在：{out.absolute().parent}")
    from ..sources import REPORT_SUFFIXES

    text_input = path.suffix.lower() in TEXT_SUFFIXES
    if text_input and out.suffix.lower() != ".txt":
        raise FixError("文本或 Word 文件修正后写出的是纯文本：请给输出文件用 .txt 扩展名。")
    if not text_input and out.suffix.lower() not in REPORT_SUFFIXES:
        raise FixError("报告文件修正后写出的仍是报告文件：请给输出文件用 .db 扩展名。")
    if text_input:
        from ..textsource import read_source_text

        text = read_source_text(path)
        findings = check_text(text)
        fixed, count = fixed_text(text, findings)
        try:
            out.write_text(fixed, encoding="utf-8")
        except OSError as exc:
            raise FixError(f"无法写入“{out}”：{os_reason(exc)}") from exc
        return findings, count
    findings = _load(path)
    edits = fixes_by_field(findings)
    count = 0
    try:
        with ReportStore(path, snapshot=True) as store:
            store.save_copy(out)
        with ReportStore(out) as copy:
            report = copy.load_report()
            for (section_id, field), field_edits in edits.items():
                before = getattr(report.section(section_id), field)
                after, made = apply_edits(before, field_edits)
                if made:
                    copy.update_section(section_id, **{field: after})
                    count += made
    except StoreError as exc:
        raise SourceError(str(exc)) from exc
    return findings, count


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
    from ..textsource import SourceError, SourceTextError

    path = Path(args.path)
    if args.output and not args.fix:
        return fail("-o 只与 --fix 同用：请加上 --fix，或去掉 -o。")
    if args.fix:
        if not args.output:
            return fail("使用 --fix 时请用 -o 指定修正后副本的文件名，原文件不会被改动。")
        try:
            findings, fixed = write_fixed_copy(path, Path(args.output))
        except (SourceError, SourceTextError, FixError) as exc:
            return fail(str(exc))
    else:
        try:
            findings = _load(path)
        except (SourceError, SourceTextError) as exc:
            return fail(str(exc))
    if args.format == "json":
        data = {"file": str(path), "findings": [f.to_json() for f in findings]}
        if args.fix:
            data.update(output=str(args.output), fixed=fixed)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(findings, str(path)) + "\n")
        if args.fix:
            sys.stdout.write(f"已修正 {fixed} 处，修正后的副本：{args.output}（原文件未改动）\n")
    errors = sum(1 for f in findings if f.severity == "error" and not f.verified)
    return EXIT_FINDINGS if errors else EXIT_OK

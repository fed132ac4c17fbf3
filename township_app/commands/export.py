"""`township-app export PATH -o OUT.db`: the submission file (上报文件) for the county.

Runs the checks first: with unresolved errors the export stops (exit 1) unless
--allow-errors says the user knows; the file then records that they were asked.
-o may be a folder: the file gets the suggested name (乡镇_年度类型_日期.db).
Exit 2 when PATH cannot be read or OUT cannot be written.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from . import EXIT_FINDINGS, EXIT_OK, fail

NAME = "export"
HELP = "导出报送县里的上报文件（.db），附检查结果摘要"


def register(parser) -> None:
    parser.add_argument("path", help="报告文件（.db）、文本文件（.txt）或 Word 文件（.docx）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.db|文件夹",
                        help="上报文件名，或文件夹（自动命名）")
    parser.add_argument("--allow-errors", action="store_true",
                        help="检查仍有错误时也导出（上报文件中记录已确认）")
    parser.add_argument("--force", action="store_true", help="输出文件已存在时覆盖")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..report_check import check_report, print_fonts
    from ..sources import SourceError, load_report
    from ..submission import (
        SubmissionError, export_submission, suggest_submission_name, summarize_findings,
    )

    source = Path(args.path)
    try:
        report = load_report(source)
    except SourceError as exc:
        return fail(str(exc))
    out = Path(args.output)
    if out.is_dir() or args.output.endswith(("/", "\\")):
        if not out.is_dir():
            return fail(f"文件夹不存在：{out}")
        out = out / suggest_submission_name(report.properties)
    elif out.suffix.lower() != ".db":
        out = out.with_name(out.name + ".db")
    if out.exists() and out.resolve() == source.resolve():
        return fail("上报文件不能覆盖输入文件本身，请另选文件名。")
    if out.exists() and not args.force:
        return fail(f"“{out}”已存在；如要覆盖请加 --force。")

    is_store = source.suffix.lower() not in (".txt", ".docx")
    verified = _verified(source) if is_store else None
    check_run = check_report(report, verified, print_fonts())
    if check_run.errors and not args.allow_errors:
        print(f"township-app: 检查发现 {check_run.errors} 处错误尚未处理，未导出。"
              "请先修改或标为已核实；确需照此上报，请加 --allow-errors。",
              file=sys.stderr)
        return EXIT_FINDINGS
    summary = summarize_findings(check_run)
    asked = bool(check_run.errors)
    try:
        if is_store:
            written = export_submission(source, out, summary, asked)
        else:
            written = _export_from_text_source(report, out, summary, asked)
    except SubmissionError as exc:
        return fail(str(exc))
    counts = summary["by_severity"]
    print(f"检查：错误 {counts.get('error', 0)}，警告 {counts.get('warning', 0)}，"
          f"提示 {counts.get('info', 0)}，已核实 {summary['verified']}")
    print(f"已导出上报文件 {written}")
    return EXIT_OK


def _verified(source: Path) -> dict:
    from ..store import ReportStore, StoreError

    try:
        with ReportStore(source, snapshot=True) as store:
            return store.verified_findings()
    except StoreError:
        return {}


def _export_from_text_source(report, out: Path, summary: dict, asked: bool) -> Path:
    """A .txt/.docx has no report file yet: write one in a temporary folder first."""
    from ..store import ReportStore, StoreError, TextInputError
    from ..submission import SubmissionError, export_submission

    with tempfile.TemporaryDirectory(prefix="township-export-") as tmp:
        store_path = Path(tmp) / "report.db"
        try:
            ReportStore.create(store_path, report).close()
        except (StoreError, TextInputError) as exc:
            raise SubmissionError(str(exc)) from exc
        return export_submission(store_path, out, summary, asked)

"""`township-app collect FOLDER -o OUT.xlsx|OUT.csv|OUT.pdf [--into 汇总.db]`: the county summary.

Every .db under FOLDER is read read-only through the submission reader. Exit 0 when
every file was used and no 应报 township is missing, 1 when some files were refused
(unreadable, changed after export, another period) or townships are missing, 2 when
the folder cannot be read or an output cannot be written.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from . import EXIT_FINDINGS, EXIT_OK, fail

NAME = "collect"
HELP = "汇总各乡镇的上报文件（县里用），导出 .xlsx/.csv/.pdf 汇总表"

OUTPUT_SUFFIXES = (".xlsx", ".csv", ".pdf")


def register(parser) -> None:
    parser.add_argument("folder", help="存放各乡镇上报文件（.db）的文件夹，含子文件夹")
    parser.add_argument("-o", "--output", action="append", required=True,
                        metavar="OUT.xlsx|OUT.csv|OUT.pdf", help="汇总表文件；可给多次")
    parser.add_argument("--into", metavar="汇总.db",
                        help="县里的汇总文件：保存本期数据、应报乡镇名单和指标对应关系，下期显示上期数")
    parser.add_argument("--expected", metavar="名单",
                        help="应报乡镇：用逗号分隔，或一个每行一个乡镇的 .txt 文件；"
                             "与 --into 同用时保存到汇总文件")
    parser.add_argument("--period", metavar="2018年全年",
                        help="本次汇总的期间（默认：多数文件的期间）")
    parser.set_defaults(func=run)


def parse_period(text: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"\s*(\d{4})\s*年?\s*(.+?)\s*", text or "")
    return (match.group(1), match.group(2)) if match else None


def _expected_list(text: str) -> list[str]:
    path = Path(text)
    if path.suffix.lower() == ".txt":
        raw = path.read_text(encoding="utf-8-sig")
        return [line.strip() for line in raw.splitlines() if line.strip()]
    return [t.strip() for t in re.split(r"[,，、;；\s]+", text) if t.strip()]


class _ProgressLine:
    """\\r-updated on a terminal; a line per tenth of the files when stderr is a log."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.last_tenth = -1

    def show(self, done: int, total: int) -> None:
        if total == 0:
            return
        if self.tty:
            self.stream.write(f"\r正在读取上报文件 {done}/{total}")
            if done == total:
                self.stream.write("\n")
            self.stream.flush()
            return
        tenth = done * 10 // total
        if tenth != self.last_tenth:
            self.last_tenth = tenth
            self.stream.write(f"正在读取上报文件 {done}/{total}\n")


def run(args) -> int:
    from ..collect import (STATE_DUPLICATE, STATE_OK, CollectFolderError, CountyStore,
                           CountyStoreError, iter_collect, summarize)
    from ..collect.export_table import ExportError, export_summary

    outputs = [Path(o) for o in args.output]
    for out in outputs:
        if out.suffix.lower() not in OUTPUT_SUFFIXES:
            return fail(f"不支持的输出格式“{out.suffix or out.name}”：请用 .xlsx、.csv 或 .pdf。")
    period = None
    if args.period:
        period = parse_period(args.period)
        if period is None:
            return fail(f"期间“{args.period}”看不懂，请写成如“2018年全年”“2019年上半年”。")
    try:
        expected = _expected_list(args.expected) if args.expected else None
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"无法读取应报乡镇名单“{args.expected}”：{getattr(exc, 'strerror', None) or exc}")

    store = None
    try:
        if args.into:
            store = CountyStore(args.into)
            if expected is not None:
                store.set_expected_townships(expected)
                expected = None  # read back from the store, in its order
        entries = []
        progress = _ProgressLine()
        try:
            exclude = (store.path,) if store is not None else ()
            for step in iter_collect(args.folder, entries, exclude):
                progress.show(step.done, step.total)
        except CollectFolderError as exc:
            return fail(str(exc))
        summary = summarize(entries, period=period, store=store, folder=str(args.folder),
                            expected=expected)
    except CountyStoreError as exc:
        return fail(str(exc))
    finally:
        if store is not None:
            store.close()

    for out in outputs:
        try:
            if out.suffix.lower() == ".pdf":
                from ..collect.summary_pdf import SummaryPdfError, render_summary_pdf

                try:
                    render_summary_pdf(summary, out)
                except SummaryPdfError as exc:
                    raise ExportError(str(exc)) from exc
            else:
                export_summary(summary, out)
        except ExportError as exc:
            return fail(str(exc))

    counts = Counter(e.state for e in summary.entries)
    if summary.entries:
        where = f"{summary.county}{summary.period_label}" or "（无可用文件）"
        print(f"汇总：{where}，共 {len(summary.entries)} 个文件："
              + "，".join(f"{state} {n}" for state, n in counts.items()))
    refused = [e for e in summary.entries if e.state not in (STATE_OK, STATE_DUPLICATE)]
    for e in refused:
        print(f"  {e.path}  {e.state}：{e.reason}")
    if summary.missing:
        print(f"未报送（{len(summary.missing)}）：{'、'.join(summary.missing)}")
    if not summary.entries:
        print("文件夹中没有上报文件（.db）。")
    for out in outputs:
        print(f"已导出 {out}")
    return EXIT_FINDINGS if refused or summary.missing or not summary.entries else EXIT_OK

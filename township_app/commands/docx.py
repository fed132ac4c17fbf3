"""`township-app docx PATH -o OUT.docx`: the report as a Word file in the GB/T 9704 page layout.

Exit 2 when PATH cannot be read or OUT cannot be written.
"""
from __future__ import annotations

from pathlib import Path

from . import EXIT_OK, fail

NAME = "docx"
HELP = "把报告输出为 Word 文件（.docx），版式同打印稿（GB/T 9704）"


def register(parser) -> None:
    parser.add_argument("path", help="报告文件（.db）、文本文件（.txt）或 Word 文件（.docx）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.docx",
                        help="要写出的 Word 文件")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..formats.docx_export import DocxExportError, export_docx
    from ..sources import SourceError, load_report

    source = Path(args.path)
    out = Path(args.output)
    if out.suffix.lower() != ".docx" and not out.is_dir():
        out = out.with_name(out.name + ".docx")
    if source.exists() and out.exists() and out.resolve() == source.resolve():
        return fail("输出文件不能与输入文件相同。")
    try:
        report = load_report(source)
    except SourceError as exc:
        return fail(str(exc))
    try:
        written = export_docx(report, out)
    except DocxExportError as exc:
        return fail(str(exc))
    print(f"已输出 {written}")
    return EXIT_OK

"""`township-app pdf PATH -o OUT.pdf`: the report printed in the GB/T 9704 layout.

Prints which installed font stood in for each role, characters no font could
print, and the page count. Exit 2 when PATH cannot be read or OUT cannot be written.
"""
from __future__ import annotations

from pathlib import Path

from . import EXIT_OK, fail

NAME = "pdf"
HELP = "按公文格式（GB/T 9704）把报告排版输出为 PDF"


def register(parser) -> None:
    parser.add_argument("path", help="报告文件（.db）、文本文件（.txt）或 Word 文件（.docx）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                        help="要写出的 PDF 文件")
    parser.add_argument("--watermark", metavar="文字", default=None,
                        help="在每页加浅色水印，例如“草稿”")
    parser.add_argument("--draft", action="store_true", help="等同于 --watermark 草稿")
    parser.add_argument("--font-dir", action="append", default=[], metavar="文件夹",
                        help="先在此文件夹中找字体（可重复），如存放方正小标宋、仿宋_GB2312 的文件夹")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..printing import PrintError, PrintOptions, render_pdf
    from ..sources import SourceError, load_report

    source = Path(args.path)
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        report = load_report(source)
    except SourceError as exc:
        return fail(str(exc))
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.endswith("importer"):
            return fail(f"本版本尚不能导入 {source.suffix} 文件，请先用程序打开或导入为报告文件（.db）。")
        raise
    for folder in args.font_dir:
        if not Path(folder).is_dir():
            return fail(f"字体文件夹不存在：{folder}")
    if out.resolve() == source.resolve():
        return fail("输出文件不能与输入文件相同。")
    watermark = args.watermark or ("草稿" if args.draft else None)
    options = PrintOptions(watermark=watermark, font_dir_overrides=list(args.font_dir))
    try:
        result = render_pdf(report, out, options)
    except PrintError as exc:
        return fail(str(exc))
    print("字体：")
    for line in result.font_substitutions:
        print(f"  {line}")
    if result.missing_glyphs:
        print("缺字：")
        for m in result.missing_glyphs:
            where = m.section_path or "（报告属性）"
            print(f"  [{m.severity}] {where}：{m.message}")
    print(f"已输出 {result.path}，共 {result.page_count} 页。")
    return EXIT_OK

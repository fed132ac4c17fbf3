"""`township-app import PATH -o OUT.db`: a report typed in Word or a text editor becomes a report file.

Prints the outline it found (with the number the source gave a heading where the report
numbers it differently) and anything the user should look at (renumbered headings, page
furniture left out, a date it could not read). Exit 2 when PATH cannot be read or OUT
cannot be written; an existing OUT is kept unless --force.
"""
from __future__ import annotations

from pathlib import Path

from . import EXIT_OK, fail

NAME = "import"
HELP = "把 .txt / .docx 工作报告导入为报告文件（.db），自动识别标题层级和落款"


def register(parser) -> None:
    parser.add_argument("path", help="要导入的文本文件（.txt）或 Word 文件（.docx）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.db", help="要生成的报告文件")
    parser.add_argument("--force", action="store_true", help="输出文件已存在时覆盖")
    parser.add_argument("--keep-furniture", action="store_true",
                        help="页码、转载或下载说明、网页发布信息、重复的标题也原样导入（默认不导入并逐条说明）")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..importer import ImportError_, ImportResult, parse_path
    from ..report_replace import write_report_file
    from ..sources import REPORT_SUFFIXES, SourceError, load_report
    from ..store import ReportStore, StoreError, TextInputError

    source = Path(args.path)
    out = Path(args.output)
    if out.suffix.lower() != ".db":
        out = out.with_name(out.name + ".db")
    if out.is_dir():
        return fail(f"“{out}”是文件夹，请给出报告文件名（.db）。")
    if source.exists() and out.exists() and out.resolve() == source.resolve():
        return fail("输出文件不能与输入文件相同。")
    if out.exists() and not args.force:
        return fail(f"“{out}”已存在；如要覆盖请加 --force。")
    try:
        if source.suffix.lower() in REPORT_SUFFIXES:
            result = ImportResult(load_report(source))  # a report file: copied as it is
        else:
            result = parse_path(source, keep_furniture=args.keep_furniture)
    except (ImportError_, SourceError) as exc:
        return fail(str(exc))
    try:
        write_report_file(out, lambda staged: ReportStore.create(staged, result.report).close())
    except (StoreError, TextInputError) as exc:  # ReportLockedError names who has the file open
        return fail(str(exc))
    _print_summary(result, out)
    return EXIT_OK


def _print_summary(result, out: Path) -> None:
    report = result.report
    props = report.properties
    print(f"标题：{props.title or '（未识别，请在报告属性中填写）'}")
    known = [f"{label}：{value}" for label, value in (
        ("乡镇", props.township), ("所属县", props.county), ("年度", props.year),
        ("期间", props.period), ("落款", props.issuer.replace(chr(10), ' ')),
        ("成文日期", props.doc_date)) if value]
    if known:
        print("识别到：" + "；".join(known))
    print("章节：")
    for view in report.walk():
        if view.depth <= 1:
            title = view.section.title or ("（导语）" if not view.label else "")
            typed = result.source_markers.get(view.section.id, "")
            was = f"（原文编号“{typed}”）" if typed and "".join(typed.split()) != view.label else ""
            print(f"  {'  ' * view.depth}{view.label}{title[:40]}{was}")
    print(f"共 {len(report.sections)} 个章节，{len(report.indicators)} 行指标。")
    for note in result.notes:
        print(f"注意：{note}")
    print(f"已生成 {out}")

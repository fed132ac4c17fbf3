"""Import speed: a generated 300-page .docx (typed headings, tables) must import in under 5 s.

    .venv/bin/python benchmarks/bench_import.py

Prints the page estimate (characters / (28 × 22)), the import time of a Word file
typed by hand (headings as text, indicator tables) and of the same report after
export_docx (read back by style), and of the plain text.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # noqa: E402

from township_app.formats.docx_export import export_docx  # noqa: E402
from township_app.importer import import_path, parse_text  # noqa: E402
from township_app.numbering import chinese_numeral  # noqa: E402

TARGET_PAGES = 300
CHARS_PER_PAGE = 28 * 22
SENTENCE = ("全乡共完成农村公路硬化{n}公里，投入资金{m}万元，惠及群众{k}人，"
            "群众满意度进一步提升，为乡村振兴打下了坚实基础。")


def build_docx(path: Path) -> int:
    document = docx.Document()
    document.add_paragraph("某某乡人民政府2023年工作总结及2024年工作计划")
    chars = 0
    top = 0
    while chars < TARGET_PAGES * CHARS_PER_PAGE:
        top += 1
        document.add_paragraph(f"{chinese_numeral(top)}、第{top}部分工作情况")
        for second in range(1, 9):
            document.add_paragraph(f"（{chinese_numeral(second)}）抓好第{second}项重点工作")
            for third in range(1, 6):
                text = f"{third}.推进具体任务落实。" + "".join(
                    SENTENCE.format(n=third + i, m=10 * i + 3, k=100 + i) for i in range(3))
                document.add_paragraph(text)
                chars += len(text)
            table = document.add_table(rows=4, cols=3)
            for r, row in enumerate([("指标名称", "完成数", "单位"), ("公路里程", "12.5", "公里"),
                                     ("投入资金", "1,203", "万元"), ("完成率", "87.82%", "")]):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.add_paragraph("某某乡人民政府")
    document.add_paragraph("2024年1月10日")
    document.save(str(path))
    return chars


def timed(label: str, func):
    start = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - start
    print(f"{label}: {elapsed:.2f} s")
    return result, elapsed


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.docx"
        chars = build_docx(src)
        print(f"generated .docx: {chars} characters of body ≈ {chars / CHARS_PER_PAGE:.0f} pages, "
              f"{src.stat().st_size / 1024:.0f} KB")
        report, typed = timed("import typed .docx", lambda: import_path(src))
        print(f"  → {len(report.sections)} sections, {len(report.indicators)} indicator rows")
        own = Path(tmp) / "own.docx"
        timed("export_docx", lambda: export_docx(report, own))
        _, styled = timed("import own .docx (by style)", lambda: import_path(own))
        text = report.plain_text()
        timed("import the same as plain text", lambda: parse_text(text))
        one_line = text.replace("\n", "")
        timed("import as one run-on line", lambda: parse_text(one_line))
    worst = max(typed, styled)
    print(f"target: under 5 s — {'OK' if worst < 5 else 'TOO SLOW'} (worst {worst:.2f} s)")
    return 0 if worst < 5 else 1


if __name__ == "__main__":
    raise SystemExit(main())

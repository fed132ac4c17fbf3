"""Time a 100-page report to PDF (target: under 5 s). Prints pages, seconds, pages per second.

    python benchmarks/bench_pdf.py [PAGES]

The report is built from the sample texts (or a generated paragraph when the
samples are absent): numbered sections, paragraphs and an indicator table each,
repeated until the PDF has at least PAGES pages.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from township_app.model import Indicator, Report, ReportProperties, Section  # noqa: E402
from township_app.printing import PrintOptions, find_fonts, render_pdf  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "samples"


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SAMPLES.glob("*.txt")):
        found += [l.strip() for l in path.read_text("utf-8").splitlines() if len(l.strip()) > 40]
    return found or ["全乡紧紧围绕县委县政府的工作部署，扎实推进各项工作，完成耕地保护1047.67亩，"
                     "投入资金3.5万元，群众满意度达到98.5%。" * 6]


def build(sections: int) -> Report:
    paras = paragraphs()
    report = Report(ReportProperties(title="某某县某某乡人民政府2023年工作总结及2024年工作计划",
                                     issuer="某某乡人民政府", doc_date="2024-01-09"))
    sid = 0
    for k in range(sections):
        sid += 1
        top = sid
        report.sections.append(Section(id=top, position=k, title=f"第{k + 1}部分工作情况",
                                       body=paras[k % len(paras)]))
        for j in range(3):
            sid += 1
            report.sections.append(Section(id=sid, parent_id=top, position=j,
                                           title=f"重点工作{j + 1}",
                                           body=paras[(k * 3 + j + 1) % len(paras)]))
        for r in range(4):
            report.indicators.append(Indicator(section_id=top, position=r, name=f"指标{r + 1}",
                                               value=f"{1000 + r * 12.5:.2f}", unit="万元",
                                               previous=str(900 + r)))
    return report


def main() -> int:
    want = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    fonts = find_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.pdf"
        sections = 10
        while True:  # size the report once so it has at least `want` pages
            result = render_pdf(build(sections), out, PrintOptions(fonts=fonts))
            if result.page_count >= want:
                break
            sections = int(sections * want / result.page_count) + 1
        report = build(sections)
        t0 = time.perf_counter()
        result = render_pdf(report, out, PrintOptions(fonts=find_fonts()))
        elapsed = time.perf_counter() - t0
        size = out.stat().st_size
    print(f"pdf: {result.page_count} pages in {elapsed:.2f} s "
          f"({result.page_count / elapsed:.0f} pages/s, {size / 1024:.0f} KiB, font search included)"
          f" — target < 5 s for 100 pages: {'ok' if elapsed < 5 * result.page_count / 100 else 'SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`township-app pdf` against a plain reportlab script, whole processes, in the same run.

    python benchmarks/bench_pdf.py [PAGES]

Two inputs: sample 002 and a report of about PAGES pages (default 100) built from
the sample texts. For each, the CLI (`python -m township_app pdf IN.txt -o OUT.pdf`:
start-up, import, font search, typesetting, writing) is timed against
benchmarks/plain_reportlab_pdf.py, which registers the same font files and flows
the same paragraphs into a frame with reportlab's own CJK wrapping. Each is run
three times; the best CPU time (user + system, immune to other load on the machine)
and the best wall time are compared. Target: the CLI within 1.5× of the plain script.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from township_app.layout_spec import FONT_ROLES  # noqa: E402
from township_app.numbering import heading_label  # noqa: E402
from township_app.printing import find_fonts  # noqa: E402

SAMPLES = ROOT / "tests" / "fixtures" / "samples"  # the project's copy of ../shared/samples
PLAIN = Path(__file__).with_name("plain_reportlab_pdf.py")
TARGET = 1.5
RUNS = 3


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SAMPLES.glob("*.txt")):
        found += [l.strip() for l in path.read_text("utf-8").splitlines() if 40 < len(l.strip()) < 600]
    return found or ["全乡紧紧围绕县委县政府的工作部署，扎实推进各项工作，完成耕地保护1047.67亩，"
                     "投入资金3.5万元，群众满意度达到98.5%。" * 6]


def long_report(pages: int) -> str:
    """About `pages` pages of numbered sections and paragraphs (a page holds ≈ 420 characters)."""
    paras = paragraphs()
    lines = ["某某县某某乡人民政府2023年工作总结及2024年工作计划"]
    k = chars = 0
    part = 0
    while chars < pages * 420:
        part += 1
        lines.append(f"{heading_label(0, part)}第{part}部分工作情况")
        for sub in range(3):
            lines.append(f"{heading_label(1, sub + 1)}重点工作{sub + 1}")
            for _ in range(3):
                lines.append(paras[k % len(paras)])
                chars += len(paras[k % len(paras)]) + 40
                k += 1
    lines += ["某某乡人民政府", "2024年1月9日"]
    return "\n".join(lines) + "\n"


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def best(cmd: list[str]) -> tuple[float, float]:
    runs = [timed(cmd) for _ in range(RUNS)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def font_args() -> list[str]:
    """The font files the CLI will use, body face first, for the plain script to register."""
    fonts = find_fonts()
    faces = [fonts.face(FONT_ROLES["body"])] + [fonts.face(f) for f in sorted(set(FONT_ROLES.values()))]
    seen, out = set(), []
    for face in faces:
        if face.path and (face.path, face.index) not in seen:
            seen.add((face.path, face.index))
            out.append(f"{face.path}:{face.index}")
    return out


def compare(name: str, source: Path, tmp: Path, fonts: list[str]) -> bool:
    app = [sys.executable, "-m", "township_app", "pdf", str(source), "-o", str(tmp / "app.pdf")]
    plain = [sys.executable, str(PLAIN), str(source), str(tmp / "plain.pdf"), *fonts]
    app_wall, app_cpu = best(app)
    plain_wall, plain_cpu = best(plain)
    ratio = app_cpu / plain_cpu
    print(f"{name}: township-app pdf {app_cpu:.2f} s CPU ({app_wall:.2f} s wall), "
          f"plain reportlab {plain_cpu:.2f} s CPU ({plain_wall:.2f} s wall): "
          f"{ratio:.2f}× CPU, {app_wall / plain_wall:.2f}× wall "
          f"— target ≤ {TARGET}×: {'ok' if ratio <= TARGET else 'SLOW'}")
    return ratio <= TARGET


def _page_count(source: Path, tmp: Path) -> int:
    out = subprocess.run([sys.executable, "-m", "township_app", "pdf", str(source), "-o",
                          str(tmp / "count.pdf")], check=True, capture_output=True, text=True,
                         cwd=ROOT).stdout
    return int(out.rsplit("共", 1)[1].split("页")[0])


def main() -> int:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    fonts = font_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sample = next(iter(sorted(SAMPLES.glob("002_*.txt"))), None)
        if sample is not None:
            ok &= compare("sample 002", sample, tmp, fonts)
        big = tmp / "long.txt"
        big.write_text(long_report(pages), "utf-8")
        printed = _page_count(big, tmp)  # size the text once so it prints about `pages` pages
        big.write_text(long_report(round(pages * pages / printed)), "utf-8")
        ok &= compare(f"{pages}-page report", big, tmp, fonts)
        print(f"  ({_page_count(big, tmp)} pages printed by township-app)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

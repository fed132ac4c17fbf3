"""Speed of the 公文 proofreading rules (标点, 序号, 标题, 成文日期) on 200,000 characters.

    python benchmarks/bench_proofread.py

Target (issue 10): the full check with these rules under 200 ms for 200,000 characters; the
proofreading rules are linear regex passes, so their share is a small multiple of one regex
pass over the text (printed as a ratio to that baseline, measured in the same process).
Two shapes: the five samples repeated as one plain text (what `check x.txt` reads, full of
half-width marks and 序号), and bench_checks' generated 200,000-character report.
Every run starts cold (the per-text caches are cleared). Median of 5 runs.
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from township_app.checks import check_text, engine, run_checks  # noqa: E402
from township_app.checks.proofread import PROOFREAD_RULES  # noqa: E402
from township_app.checks.proofread.markers import find_markers  # noqa: E402
from township_app.checks.script import analysis_text  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "samples"
CHARS = 200_000
RUNS = 5


def _cold():
    engine._hits_in_text.cache_clear()
    analysis_text.cache_clear()
    find_markers.cache_clear()


def _median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        _cold()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def sample_text(chars: int = CHARS) -> str:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not texts:
        raise SystemExit("../shared/samples not present")
    out, size, i = [], 0, 0
    while size < chars:
        out.append(texts[i % len(texts)])
        size += len(texts[i % len(texts)]) + 1
        i += 1
    return "\n".join(out)[:chars]


def main() -> None:
    from bench_checks import build_report
    from township_app.checks.registry import DocRule, TextDoc
    from township_app.checks.rules import ALL_RULES

    figures = tuple(r for r in ALL_RULES if r not in PROOFREAD_RULES)
    text = sample_text()
    marks = re.compile(r"[,;:!?()]")
    baseline = _median_ms(lambda: marks.findall(text))
    doc = TextDoc(("text",), text)
    doc_rules = [r for r in PROOFREAD_RULES if isinstance(r, DocRule)]
    rules_alone = _median_ms(lambda: [list(r.check(doc)) for r in doc_rules])
    proof_text = _median_ms(lambda: check_text(text, rules=PROOFREAD_RULES))
    found = len(check_text(text, rules=PROOFREAD_RULES))
    print(f"plain text, {len(text):,} characters (the samples repeated), {found:,} proofreading findings")
    print(f"  baseline, one regex pass over the marks:      {baseline:7.1f} ms")
    print(f"  the proofreading rules' own passes:           {rules_alone:7.1f} ms  = {rules_alone / baseline:5.1f} × baseline")
    print(f"  check_text with them (findings located):      {proof_text:7.1f} ms")

    report = build_report()
    size = sum(len(s.title) + len(s.body) for s in report.sections)
    without = _median_ms(lambda: run_checks(report, rules=figures))
    full = _median_ms(lambda: run_checks(report))
    print(f"report, {size:,} characters in {len(report.sections)} sections (bench_checks.build_report)")
    print(f"  full check without the proofreading rules:    {without:7.1f} ms")
    print(f"  full check with them (target < 200 ms):       {full:7.1f} ms  = {full / without:4.2f} × without")


if __name__ == "__main__":
    main()

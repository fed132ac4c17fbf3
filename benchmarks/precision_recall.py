"""Precision and recall of `check` on the sample reports and on the verified corpus.

    python benchmarks/precision_recall.py [SAMPLES_DIR]

Samples: tests/fixtures/expected_findings/<sample>.json; one line per sample, the overall
figures, and every miss, surprise and wrongly flagged passage. Corpus: tests/fixtures/corpus/
<set>/truth.json, counted as ../shared/tools/score_check.py counts: placeholder recall and
precision, slips named, correct relations flagged, ambiguous ones named.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from township_app.checks import check_text  # noqa: E402
from township_app.checks.evaluation import load_expected, score, score_corpus  # noqa: E402

EXPECTED = ROOT / "tests" / "fixtures" / "expected_findings"


def main(argv: list[str]) -> int:
    samples = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "samples"
    if not samples.is_dir():
        print(f"样本目录不存在：{samples}", file=sys.stderr)
        return 2
    total_tp = total_fp = total_fn = total_wrong = 0
    print(f"{'sample':28s} {'expected':>8s} {'found':>6s} {'TP':>4s} {'FP':>4s} {'FN':>4s} "
          f"{'precision':>9s} {'recall':>7s}")
    details = []
    for path in sorted(EXPECTED.glob("*.json")):
        expected = load_expected(path)
        sample = samples / expected["sample"]
        if not sample.exists():
            print(f"{path.stem:28s} (sample missing)")
            continue
        text = sample.read_text("utf-8")
        result = score(text, check_text(text), expected)
        tp, fp, fn = len(result.matched), len(result.unexpected), len(result.missed)
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
        total_wrong += len(result.wrongly_flagged)
        print(f"{path.stem:28s} {tp + fn:8d} {tp + fp:6d} {tp:4d} {fp:4d} {fn:4d} "
              f"{result.precision:9.3f} {result.recall:7.3f}")
        for item in result.missed:
            details.append(f"  MISSED   {path.stem} line {item['line']}: [{item['rule']}] {item['quote']} — {item.get('why', '')}")
        for f in result.unexpected:
            details.append(f"  EXTRA    {path.stem} line {f.location.line}:{f.location.column} [{f.rule}] {f.quote} — {f.message}")
        for item, f in result.wrongly_flagged:
            details.append(f"  WRONG    {path.stem} line {item['line']}: {item['text']} flagged by [{f.rule}] {f.message}")
    precision = total_tp / (total_tp + total_fp) if total_tp + total_fp else 1.0
    recall = total_tp / (total_tp + total_fn) if total_tp + total_fn else 1.0
    print(f"{'overall':28s} {total_tp + total_fn:8d} {total_tp + total_fp:6d} {total_tp:4d} {total_fp:4d} "
          f"{total_fn:4d} {precision:9.3f} {recall:7.3f}")
    print(f"must-not-flag passages flagged: {total_wrong}")
    for line in details:
        print(line)
    print()
    corpus_report()
    return 0


def corpus_report() -> None:
    import json

    from township_app.textsource import read_source_text

    print(f"{'corpus':8s} {'ph.recall':>9s} {'ph.prec':>8s} {'slips named':>12s} {'correct flagged':>16s} "
          f"{'bonus':>7s}")
    notes = []
    for truth_path in sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*/truth.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        reports = truth_path.parent / "reports"
        findings = {name: check_text(read_source_text(reports / name)) for name in truth}
        s = score_corpus(truth, findings)
        set_name = truth_path.parent.name
        print(f"{set_name:8s} {s.placeholder_recall:9.3f} {s.placeholder_precision:8.3f} "
              f"{len(s.named_slips):5d} of {s.relations_checked:<4d} {len(s.wrongly_named):16d} "
              f"{s.bonus_named:3d}/{s.bonus_total:<3d}")
        notes += [f"  MISSED   {set_name}/{n}:{r['line']} {r['why']}" for n, r in s.missed_slips]
        notes += [f"  WRONG    {set_name}/{n}:{r['line']} [{f.rule}] {f.message}" for n, r, f in s.wrongly_named]
    for line in notes:
        print(line)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

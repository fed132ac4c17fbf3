"""County collection speed: 1,000 submission files in under 10 s, 10,000 in under 100 s,
memory flat (files read one at a time; nothing but their figures and findings kept).

    .venv/bin/python benchmarks/bench_collect.py [--max 10000]

Generates the files from the demo report (each a different township, some with a
changed figure after export and some broken), collects 100, 1,000 and 10,000 of them
into a 汇总.db, and prints time per file, the ratio to the 100-file run (linear = ratio
of counts), the process's peak RSS before and after each run, and the Python memory
the finished summary holds per file.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from township_app.checks import run_checks  # noqa: E402
from township_app.collect import CountyStore, collect_folder  # noqa: E402
from township_app.collect.collection import PARALLEL_FROM  # noqa: E402
from township_app.model import ReportProperties  # noqa: E402
from township_app.paths import resources_dir  # noqa: E402
from township_app.store import ReportStore  # noqa: E402
from township_app.submission import export_submission, summarize_findings  # noqa: E402
from township_app.templates import report_from_tree  # noqa: E402

TARGETS = {1000: 10.0, 10000: 100.0}


def base_submission(work: Path) -> Path:
    data = json.loads((resources_dir() / "demo" / "xiaoping_2018.json").read_text("utf-8"))
    report = report_from_tree(ReportProperties(**data["properties"]), data["sections"])
    store = work / "base_report.db"
    ReportStore.create(store, report).close()
    return export_submission(store, work / "base.db", summarize_findings(run_checks(report)), True)


def generate(base: Path, folder: Path, count: int) -> None:
    """count files in subfolders of 500; township names differ; every 50th changed, every
    200th truncated."""
    data = base.read_bytes()
    for k in range(count):
        sub = folder / f"批次{k // 500:02d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"乡镇{k:05d}.db"
        if k % 200 == 199:
            path.write_bytes(data[: len(data) // 3])
            continue
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE submission_meta SET value = ? WHERE key = 'township'", (f"乡镇{k:05d}",))
        if k % 50 == 49:
            conn.execute("UPDATE indicators SET value = '1' WHERE id = 1")
        conn.commit()
        conn.close()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux: KB units; macOS: bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def run(folder: Path, county_db: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with CountyStore(county_db) as store:
        summary = collect_folder(folder, store=store)
    return time.perf_counter() - start, len(summary.entries)


def traced_memory_per_file(folder: Path, county_db: Path, count: int) -> float:
    """Python memory still held after the collection (the summary), per file, in KB."""
    tracemalloc.start()
    with CountyStore(county_db) as store:
        summary = collect_folder(folder, store=store)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del summary
    return current / count / 1024


def cost_breakdown(folder: Path, sample: int = 100) -> str:
    """Where a file's time goes: the safe reader, the checks, and the rest (collect's own)."""
    from township_app.collect.entry import read_collected_file
    from township_app.submission import SubmissionError, open_submission

    files = sorted(folder.rglob("*.db"))[:sample]
    start = time.perf_counter()
    reports = []
    for path in files:
        try:
            reports.append(open_submission(path).report)
        except SubmissionError:
            pass
    reader = time.perf_counter() - start
    start = time.perf_counter()
    for report in reports:
        run_checks(report)
    checks = time.perf_counter() - start
    start = time.perf_counter()
    for path in files:
        read_collected_file(path)
    whole = time.perf_counter() - start
    n = len(files)
    return (f"        per file: submission reader {reader / n * 1000:.1f} ms, checks "
            f"{checks / n * 1000:.1f} ms, collect's own {max(0.0, whole - reader - checks) / n * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=10000)
    args = parser.parse_args()
    counts = [n for n in (100, 1000, 10000) if n <= args.max]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = base_submission(work)
        print(f"one submission file: {base.stat().st_size // 1024} KB (demo report)")
        if hasattr(os, "getloadavg"):  # the targets assume the machine is not busy elsewhere
            print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start; "
                  f"worker processes from {PARALLEL_FROM} files")
        baseline = None
        for count in counts:
            folder = work / f"f{count}"
            folder.mkdir()
            t0 = time.perf_counter()
            generate(base, folder, count)
            gen = time.perf_counter() - t0
            rss_before = peak_rss_mb()
            elapsed, entries = run(folder, work / f"汇总{count}.db")
            rss_after = peak_rss_mb()
            per_file = elapsed / count
            baseline = baseline or (elapsed, count)
            ratio = elapsed / baseline[0]
            line = (f"{count:6d} files: {elapsed:7.2f} s ({per_file * 1000:.1f} ms/file, "
                    f"{ratio:6.1f}× the {baseline[1]}-file time for {count / baseline[1]:.0f}× "
                    f"the files); peak RSS {rss_before:.0f} → {rss_after:.0f} MB; "
                    f"generated in {gen:.1f} s")
            target = TARGETS.get(count)
            if target is not None:
                good = elapsed < target
                ok &= good
                line += f" — target < {target:.0f} s: {'OK' if good else 'TOO SLOW'}"
            print(line, flush=True)
            assert entries == count
            if count == counts[0]:
                print(cost_breakdown(folder), flush=True)
            if count == counts[-1]:
                kept = traced_memory_per_file(folder, work / "traced.db", count)
                print(f"        memory kept by the summary: {kept:.1f} KB per file "
                      "(figures and findings; no file stays open)")
            shutil.rmtree(folder)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

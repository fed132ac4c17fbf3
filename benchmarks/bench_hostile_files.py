"""Refusing damaged and hostile files: time and peak memory per file, vs checking a real report.

    .venv/bin/python benchmarks/bench_hostile_files.py [--root DIR]

Builds the hostile folder of the tests (tests/hostile_files.py, tests/docx_craft.py) and
runs `township-app check FILE` on each in a process of its own, printing the wall time,
the exit code and the peak memory (VmHWM, Linux), and the time as a ratio of checking
the demo report in the same run. Target (issue 14): every file refused (exit 2) in
under 5 s and 500 MB. --root runs another checkout of the program (e.g. an older
commit exported with `git archive`) against the same files, for before/after figures.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "tests"))

from docx_craft import HOSTILE_DOCX  # noqa: E402
from hostile_files import HOSTILE_REPORTS, huge_text_file  # noqa: E402

from township_app.demo import create_demo_file  # noqa: E402

RUN = ("import re, sys\n"
       "from township_app.cli import main\n"
       "try:\n"
       "    code = main(sys.argv[1:])\n"
       "except BaseException as exc:\n"
       "    print(f'crash: {type(exc).__name__}', file=sys.stderr)\n"
       "    code = 1\n"
       "status = open('/proc/self/status').read()\n"
       "print('peak-kb', re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)\n"
       "sys.exit(code)\n")
LIMIT_S = 60  # a run longer than this is stopped and reported as a hang


def measure(root: Path, path: Path) -> tuple[float, str, str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", RUN, "check", str(path)], env=env, cwd=root,
                              capture_output=True, text=True, timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        return LIMIT_S, "hang", "-"
    elapsed = time.perf_counter() - start
    peak = re.search(r"peak-kb (\d+)", done.stderr)
    crash = "traceback" if "Traceback" in done.stderr or "crash:" in done.stderr else ""
    return elapsed, f"{done.returncode}{' ' + crash if crash else ''}", (
        f"{int(peak.group(1)) // 1024} MB" if peak else "killed")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=HERE, help="checkout of the program to run")
    args = parser.parse_args()
    cases = {**HOSTILE_REPORTS, "huge_text_file": huge_text_file,
             **{f"docx {n}": m for n, m in HOSTILE_DOCX.items()}}
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        folder = Path(tmp)
        os.environ["TOWNSHIP_APP_DATA"] = str(folder / "userdata")
        base_time, code, peak = measure(args.root, create_demo_file(folder / "demo"))
        print(f"{'demo report (baseline)':28s} {base_time:6.2f} s  exit {code:12s} {peak:>8s}")
        for name, make in cases.items():
            sub = folder / name.replace(" ", "_")
            sub.mkdir()
            path, _ = make(sub)
            elapsed, code, peak = measure(args.root, path)
            print(f"{name:28s} {elapsed:6.2f} s  exit {code:12s} {peak:>8s}  "
                  f"×{elapsed / base_time:4.1f} of baseline")


if __name__ == "__main__":
    main()

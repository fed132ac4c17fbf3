"""Time from launch to main window shown: the built program and the source run.

    python benchmarks/bench_startup.py                 # source run, and dist/ build if present
    python benchmarks/bench_startup.py --build         # build build.spec first (≈ 30 s)
    python benchmarks/bench_startup.py --bundle PATH/township-app --runs 10

On Linux with Xvfb and xwininfo (Debian: xvfb, x11-utils) it measures until the
window titled 乡镇工作报告助手 is mapped on a real X server. Without them it falls back
to the offscreen platform and times launch → window shown → quit
(TOWNSHIP_APP_QUIT_AFTER_MS=0), an upper bound. Every run opens the same report
file, so the figures include opening a report, not the welcome dialog.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from township_app.paths import APP_DISPLAY_NAME  # noqa: E402

#: the baseline: the least a PySide6 program does to show a window with the same title
BARE_WINDOW = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle(sys.argv[1])
window.resize(1280, 720)
window.show()
quit_after = int(os.environ.get("TOWNSHIP_APP_QUIT_AFTER_MS", "0"))
QTimer.singleShot(quit_after, app.quit)
app.exec()
"""
BUNDLE_EXE = ROOT / "dist" / APP_DISPLAY_NAME / "township-app"


class XServer:
    """A private Xvfb display, so window mapping can be observed."""

    def __init__(self):
        self.display = f":{os.getpid() % 400 + 100}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1600x1000x24",
                                      "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._xwininfo("-root").returncode == 0:
                return
            time.sleep(0.05)
        self.close()
        raise RuntimeError("Xvfb did not start")

    def _xwininfo(self, *args) -> subprocess.CompletedProcess:
        return subprocess.run(["xwininfo", "-display", self.display, *args],
                              capture_output=True, text=True)

    def window_shown(self) -> bool:
        tree = self._xwininfo("-root", "-tree").stdout
        for line in tree.splitlines():
            if APP_DISPLAY_NAME in line and line.strip().startswith("0x"):
                info = self._xwininfo("-id", line.split()[0]).stdout
                if "IsViewable" in info:
                    return True
        return False

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def time_to_window(command: list[str], env: dict, xserver: XServer | None) -> float:
    started = time.perf_counter()
    if xserver is None:
        env = dict(env, QT_QPA_PLATFORM="offscreen", TOWNSHIP_APP_QUIT_AFTER_MS="0")
        done = subprocess.run(command, env=env, capture_output=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode("utf-8", "replace")[-2000:])
        return time.perf_counter() - started
    env = dict(env, QT_QPA_PLATFORM="xcb", DISPLAY=xserver.display,
               TOWNSHIP_APP_QUIT_AFTER_MS="60000")
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        while not xserver.window_shown():
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode("utf-8", "replace")[-2000:])
            if time.perf_counter() - started > 120:
                raise RuntimeError("no window within 120 s")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(10)


def build(into: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(into / "dist"), "--workpath", str(into / "build"),
                    str(ROOT / "build.spec")], cwd=ROOT, check=True)
    return into / "dist" / APP_DISPLAY_NAME / "township-app"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, help="the built township-app executable")
    parser.add_argument("--build", action="store_true", help="build build.spec first")
    parser.add_argument("--offscreen", action="store_true", help="do not use Xvfb")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, TOWNSHIP_APP_DATA=str(work / "data"),
               TOWNSHIP_APP_SETTINGS=str(work / "settings.ini"))
    os.environ.update(TOWNSHIP_APP_DATA=env["TOWNSHIP_APP_DATA"])
    from township_app.demo import create_demo_file

    report = create_demo_file(work / "reports")

    bundle = args.bundle or (build(work) if args.build else BUNDLE_EXE)
    bare = [sys.executable, "-c", BARE_WINDOW, APP_DISPLAY_NAME]
    targets = {"source (python -m township_app)": [sys.executable, "-m", "township_app"]}
    if bundle.exists():
        targets["built (PyInstaller one-folder)"] = [str(bundle)]
    else:
        print(f"no build at {bundle} (use --build or --bundle); timing the source run only")

    use_x = (not args.offscreen and sys.platform.startswith("linux")
             and shutil.which("Xvfb") and shutil.which("xwininfo"))
    xserver = XServer() if use_x else None
    what = "launch → window mapped on Xvfb" if xserver else "launch → shown → quit (offscreen)"
    print(f"startup, {what}, {args.runs} runs each (first run after a warm-up):")
    try:
        time_to_window(bare, env, xserver)
        # runs interleaved with the bare window's, so a busy machine slows both alike
        for name, command in targets.items():
            command = [*command, str(report)]
            time_to_window(command, env, xserver)  # warm the disk cache
            times, bare_times = [], []
            for _ in range(args.runs):
                bare_times.append(time_to_window(bare, env, xserver))
                times.append(time_to_window(command, env, xserver))
            ratio = statistics.median(times) / statistics.median(bare_times)
            print(f"  {'bare PySide6 window':34s} median {statistics.median(bare_times):6.3f} s")
            print(f"  {name:34s} median {statistics.median(times):6.3f} s   "
                  f"min {min(times):6.3f} s   max {max(times):6.3f} s   "
                  f"= {ratio:.2f}× the bare window (target ≤ 2×)")
    finally:
        if xserver:
            xserver.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

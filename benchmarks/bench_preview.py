"""Time from 打印预览 to the first page of a 100-page report on screen (target: under 1 s).

    python benchmarks/bench_preview.py [SECTIONS]

Runs the real window offscreen: opens a report file, triggers print_preview(), and
stops the clock when the preview's QPdfDocument is ready and its first page rendered.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QEventLoop, QSize, QTimer  # noqa: E402

from bench_pdf import build  # noqa: E402
from township_app.gui.app import make_application  # noqa: E402
from township_app.gui.main_window import MainWindow  # noqa: E402
from township_app.gui.settings import app_settings  # noqa: E402
from township_app.store import ReportStore  # noqa: E402


def wait_until(condition) -> None:
    """Run the event loop (as the app does) until condition() holds; polls every 2 ms."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start(2)
    if not condition():
        loop.exec()
    timer.stop()


def main() -> int:
    sections = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TOWNSHIP_APP_DATA"] = tmp
        os.environ["TOWNSHIP_APP_SETTINGS"] = str(Path(tmp) / "s.ini")
        path = Path(tmp) / "big.db"
        ReportStore.create(path, build(sections)).close()
        app = make_application()
        window = MainWindow(app_settings())
        window.show()
        window.open_file(path)
        start = time.perf_counter()
        window.printing.print_preview()
        wait_until(lambda: window.printing.preview is not None)
        preview = window.printing.preview
        preview.document.render(0, QSize(595, 842))  # the first page as the view paints it
        app.processEvents()
        elapsed = time.perf_counter() - start
        pages = preview.document.pageCount()
        verdict = "ok" if elapsed < 1.0 else "SLOW"
        print(f"preview: first of {pages} pages on screen in {elapsed:.2f} s "
              f"— target < 1 s: {verdict}")
        wait_until(lambda: preview.complete)
        total = time.perf_counter() - start
        print(f"preview: all {preview.document.pageCount()} pages in {total:.2f} s")
        preview.close()
        window.close()
        sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects: the figures are printed


if __name__ == "__main__":
    raise SystemExit(main())

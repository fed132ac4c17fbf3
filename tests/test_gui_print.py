"""打印预览 / 打印 / 导出PDF from the window: rendered in a worker, shown with Qt's PDF module."""
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from township_app.gui import print_support


def test_export_pdf_with_watermark_option(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "报告.pdf"
    monkeypatch.setattr(print_support.ExportPdfDialog, "exec",
                        lambda self: (self.appendix.setChecked(True), 1)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.printing.export_pdf()
    job = window.printing.last_job
    qtbot.waitUntil(lambda: job.result is not None or job.error is not None, timeout=30000)
    assert job.error is None and out.exists()
    assert job.result.page_count >= 2
    assert "已导出" in window.statusbar.currentMessage()
    import pdfplumber
    with pdfplumber.open(out) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "晓坪乡" in text


def test_preview_shows_the_pdf_pages(window, qtbot):
    window.printing.print_preview()
    printing = window.printing
    qtbot.waitUntil(lambda: printing.preview is not None and printing.preview.complete,
                    timeout=30000)
    preview = printing.preview
    assert preview.document.pageCount() == printing.last_job.result.page_count
    assert "共" in preview.info.text() and preview.print_button.isEnabled()
    preview.close()


def test_long_report_preview_shows_first_page_then_all(window, qtbot, monkeypatch):
    from township_app.gui import print_actions
    monkeypatch.setattr(print_actions, "QUICK_PREVIEW_CHARS", 300)
    report = window.session.store.load_report()
    head = print_actions.leading_part(report, 300)
    assert head is not None and len(head.sections) < len(report.sections)
    printing = window.printing
    printing.print_preview()
    qtbot.waitUntil(lambda: printing.preview is not None, timeout=30000)
    first_count = printing.preview.document.pageCount()
    qtbot.waitUntil(lambda: printing.preview.complete, timeout=30000)
    assert printing.preview.document.pageCount() > first_count
    import pdfplumber
    with pdfplumber.open(printing.preview.pdf_path) as full:
        full_first = full.pages[0].extract_text()
    assert head.sections[0].body[:20] in full_first.replace("\n", "")


def test_print_sends_pages_to_printer(window, qtbot, tmp_path):
    pdf = tmp_path / "p.pdf"
    job = window.printing.start_pdf_job(pdf, print_support.PrintOptions(), lambda r: None)
    qtbot.waitUntil(lambda: job.result is not None, timeout=30000)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_support.print_pdf_file(pdf, window, printer=printer, ask=False)
    assert printed.exists() and printed.stat().st_size > 1000


def test_unwritable_pdf_target_gets_a_message(window, qtbot, tmp_path, monkeypatch):
    shown = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    job = window.printing.start_pdf_job(tmp_path / "没有" / "x.pdf", print_support.PrintOptions(),
                               lambda r: None)
    qtbot.waitUntil(lambda: job.error is not None, timeout=30000)
    assert shown and "文件夹" in shown[0]


@pytest.fixture
def window(demo_window):
    return demo_window

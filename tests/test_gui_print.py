"""打印预览 / 打印 / 导出PDF from the window: rendered in a worker, shown with Qt's PDF module."""
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from township_app.gui import print_support


def export_through_the_dialog(window, qtbot, out, monkeypatch, *, watermark, appendix):
    """导出PDF with the options dialog answered by clicks: each box clicked until it shows
    the wanted state (its starting state depends on the findings), then 导出."""
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, print_support.ExportPdfDialog):
            QTimer.singleShot(20, answer)
            return
        for box, wanted in ((dialog.watermark, watermark), (dialog.appendix, appendix)):
            if box.isChecked() != wanted:
                qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))
            seen.append(box.isChecked())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        qtbot.mouseClick(ok, Qt.LeftButton)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    QTimer.singleShot(0, answer)
    window.actionExportPdf.trigger()
    assert seen == [watermark, appendix]  # the clicks set the boxes
    job = window.printing.last_job
    qtbot.waitUntil(lambda: job.result is not None or job.error is not None, timeout=60000)
    assert job.error is None and out.exists()
    assert "已导出" in window.statusbar.currentMessage()
    return job.result.page_count


def large_characters(page, size=50):
    """The watermark: characters far larger than any heading (a title is 22 pt)."""
    return "".join(ch["text"] for ch in page.chars if ch["size"] > size)


@pytest.mark.parametrize("watermark", [True, False])
def test_export_pdf_with_and_without_the_draft_watermark(window, qtbot, tmp_path, monkeypatch,
                                                         watermark):
    import pdfplumber

    out = tmp_path / "报告.pdf"
    pages = export_through_the_dialog(window, qtbot, out, monkeypatch, watermark=watermark,
                                      appendix=True)
    assert pages >= 2
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages
        marks = [large_characters(page) for page in pdf.pages]
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert marks == (["草稿"] * pages if watermark else [""] * pages)
    assert "晓坪乡" in text
    assert "检查发现汇总" in text  # the appendix box, clicked on, adds its page


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

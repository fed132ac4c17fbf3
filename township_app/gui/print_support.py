"""打印预览, 打印 and 导出PDF: the very pages of the PDF, made off the GUI thread.

The core printing module writes the PDF; this layer runs it in a worker thread
with a progress bar, shows it with Qt's PDF module and sends its pages to a printer.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QVBoxLayout)

from ..checks import SEVERITY_LABELS
from ..printing import PrintError, PrintOptions, RenderResult, find_fonts, iter_render_pdf
from .screen_fit import fit_dialog


class PdfRenderWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # RenderResult
    failed = Signal(str)

    def __init__(self, report, out_path: Path, options: PrintOptions):
        super().__init__()
        self.report, self.out_path, self.options = report, out_path, options

    def run(self) -> None:
        try:
            gen = iter_render_pdf(self.report, self.out_path, self.options)
            while True:
                try:
                    done, total = next(gen)
                except StopIteration as stop:
                    self.finished.emit(stop.value)
                    return
                self.progress.emit(done, total)
        except PrintError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"无法写入 PDF：{exc.strerror or exc}")


class PdfJob(QObject):
    """One PDF rendering in a thread; the window stays responsive and shows progress."""

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)

    def __init__(self, report, out_path: Path, options: PrintOptions, parent=None):
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = PdfRenderWorker(report, out_path, options)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.result: RenderResult | None = None
        self.error: str | None = None

    def start(self) -> None:
        self.thread.start()

    def _done(self, result) -> None:
        self.result = result
        self._stop()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self.error = message
        self._stop()
        self.failed.emit(message)

    def _stop(self) -> None:
        self.thread.quit()
        self.thread.wait()

    def wait(self) -> None:
        """Block until done (tests and the CLI-like paths)."""
        if self.thread.isRunning():
            self.thread.wait()


def findings_appendix(run) -> list[tuple[str, str, str]]:
    if run is None:
        return []
    return [(SEVERITY_LABELS[f.severity], f.location.section_path or "全文", f.message)
            for f in run.open_findings]


class ExportPdfDialog(QDialog):
    """Options before writing: draft watermark, findings appendix; which fonts stand in."""

    def __init__(self, errors: int, parent=None, fonts=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出PDF"))
        self.fonts = fonts or find_fonts()
        layout = QVBoxLayout(self)
        self.watermark = QCheckBox(self.tr("加“草稿”水印"), self)
        self.watermark.setChecked(errors > 0)
        if errors:
            self.watermark.setToolTip(self.tr("报告中还有 %1 条错误未处理").replace("%1", str(errors)))
        self.appendix = QCheckBox(self.tr("附录：检查结果汇总"), self)
        layout.addWidget(QLabel(self.tr("报告中还有 %1 条错误。").replace("%1", str(errors))
                                if errors else self.tr("检查未发现错误。"), self))
        layout.addWidget(self.watermark)
        layout.addWidget(self.appendix)
        fonts = QLabel(self.tr("字体：") + "\n" + "\n".join(self.fonts.substitutions), self)
        fonts.setWordWrap(True)
        fonts.setStyleSheet("color: #555;")
        layout.addWidget(fonts)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("导出"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self, run) -> PrintOptions:
        return PrintOptions(
            watermark=self.tr("草稿") if self.watermark.isChecked() else None,
            findings_appendix=findings_appendix(run) if self.appendix.isChecked() else None,
            fonts=self.fonts)


PRINT_DPI = 300


def print_pdf_file(pdf_path: Path, parent=None, printer: QPrinter | None = None,
                   ask: bool = True) -> bool:
    """Send the PDF's pages to a printer chosen in QPrintDialog (copies, range, duplex)."""
    document = QPdfDocument(parent)
    document.load(str(pdf_path))
    if document.status() != QPdfDocument.Status.Ready:
        return False
    printer = printer or QPrinter(QPrinter.HighResolution)
    printer.setDocName(pdf_path.stem)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, document.pageCount())
        if dialog.exec() != QDialog.Accepted:
            return False
    first, last = printer.fromPage() or 1, printer.toPage() or document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(first - 1, last):
            if page > first - 1:
                printer.newPage()
            target = painter.viewport()
            # 300 dpi is print quality for text; higher only costs memory and time
            scale = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
            image = document.render(page, QSize(int(target.width() * scale),
                                                int(target.height() * scale)))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True


class PrintPreviewDialog(QDialog):
    """Shows the very pages of the PDF; 打印 from here."""

    def __init__(self, pdf_path: Path, result: RenderResult, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览"))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.clicked.connect(lambda: print_pdf_file(self.pdf_path, self))
        fit_page = QPushButton(self.tr("整页"), self)
        fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        fit_width = QPushButton(self.tr("适合宽度"), self)
        fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        for w in (self.print_button, fit_page, fit_width):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self.complete = True
        self.load(pdf_path, result)
        fit_dialog(self, QSize(900, 1000))  # a full A4 page where the screen allows

    def load(self, pdf_path: Path, result: RenderResult) -> None:
        """Show a (re)rendered PDF, staying on the page the user was looking at."""
        navigator = self.view.pageNavigator()
        page = navigator.currentPage()
        self.pdf_path = pdf_path
        self.result = result
        self.document.load(str(pdf_path))
        if page and page < self.document.pageCount():
            navigator.jump(page, navigator.currentLocation(), navigator.currentZoom())
        self._update_info()

    def set_complete(self, complete: bool) -> None:
        self.complete = complete
        self.print_button.setEnabled(complete)
        self._update_info()

    def _update_info(self) -> None:
        result = self.result
        if self.complete:
            info = self.tr("共 %1 页").replace("%1", str(result.page_count))
        else:
            info = self.tr("正在排版其余页面…")
        if result.missing_glyphs:
            info += self.tr("；%1 个字符字体中没有，见检查结果").replace(
                "%1", str(len(result.missing_glyphs)))
        self.info.setText(info + "　" + "；".join(result.font_substitutions))


class ProgressDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.bar = QProgressBar(self)
        self.bar.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("正在排版，请稍候…"), self))
        layout.addWidget(self.bar)
        self.setWindowFlag(Qt.WindowCloseButtonHint, False)

    def update_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)


def temp_pdf_path(stem: str) -> Path:
    folder = Path(tempfile.gettempdir()) / "township-app-preview"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}.pdf"


def show_message(parent, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)

"""The window's 打印预览 / 打印 / 导出PDF: PDF jobs in worker threads, results shown or printed."""
from __future__ import annotations

from pathlib import Path

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..model import Report, count_characters
from ..printing import PrintOptions, find_fonts
from .print_support import (ExportPdfDialog, PdfJob, PrintPreviewDialog, ProgressDialog,
                            print_pdf_file, temp_pdf_path)

#: a report longer than this is previewed in two passes: its opening first, then all of it
QUICK_PREVIEW_CHARS = 1500
FIRST_PAINT_MS = 150


def leading_part(report: Report, max_chars: int) -> Report | None:
    """The report's opening sections (in document order) up to about max_chars; None if short.

    The first pages of a PDF depend only on what comes before them, so rendering this
    part gives the very first page of the full PDF in a fraction of the time.
    """
    kept: set[int] = set()
    total = count_characters(report.properties.title)
    for view in report.walk():
        kept.add(view.section.id)
        total += count_characters(view.section.title) + count_characters(view.section.body)
        if total > max_chars:
            break
    else:
        return None
    part = Report(report.properties, [s for s in report.sections if s.id in kept],
                  [i for i in report.indicators if i.section_id in kept])
    part = part.copy()
    part.properties.issuer = part.properties.doc_date = ""  # the 落款 belongs to the end
    return part


class PrintActions(QObject):
    fontsReady = Signal(object)  # FontSet; emitted from whichever thread loaded it

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_job: PdfJob | None = None
        self.preview: PrintPreviewDialog | None = None
        self._running: list[PdfJob] = []  # kept alive until their thread has finished
        self._fonts = None
        self._fonts_lock = threading.Lock()

    def fonts(self):
        """The installed fonts, searched once per window (loading them takes ~0.5 s)."""
        with self._fonts_lock:
            if self._fonts is None:
                self._fonts = find_fonts()
                try:
                    self.fontsReady.emit(self._fonts)
                except RuntimeError:  # the window closed while the fonts were loading
                    pass
            return self._fonts

    def warm_up_fonts(self) -> None:
        """Load the fonts in the background so the first preview and the glyph check need not wait."""
        if self._fonts is None:
            threading.Thread(target=self.fonts, name="font-search", daemon=True).start()

    def _options(self) -> PrintOptions:
        return PrintOptions(fonts=self.fonts())

    def start_pdf_job(self, out_path: Path, options: PrintOptions, on_done,
                      report: Report | None = None, show_progress: bool = True) -> PdfJob | None:
        """Render in a worker thread (behind a progress bar); on_done(result) when written."""
        w = self.window
        if w.session is None:
            return None
        report = report or w.session.store.load_report()
        job = PdfJob(report, out_path, options, self)
        progress = ProgressDialog(self.tr("生成PDF"), w) if show_progress else None
        if progress is not None:
            job.progress.connect(progress.update_progress)

        def finished(result):
            if progress is not None:
                progress.close()
            QTimer.singleShot(0, lambda: self._forget(job))
            self._report_missing_glyphs(result)
            on_done(result)

        def failed(message):
            if progress is not None:
                progress.close()
            QTimer.singleShot(0, lambda: self._forget(job))
            QMessageBox.warning(w, self.tr("生成PDF"), message)

        job.finished.connect(finished)
        job.failed.connect(failed)
        if progress is not None:
            progress.show()
        self._running.append(job)
        self.last_job = job
        job.start()
        return job

    def _forget(self, job: PdfJob) -> None:
        if job in self._running:
            self._running.remove(job)
            job.deleteLater()

    def _report_missing_glyphs(self, result) -> None:
        if not result.missing_glyphs:
            return
        w = self.window
        lines = [f"“{m.char}”（{m.section_path} {m.location}）："
                 + (self.tr("已用%1代替").replace("%1", m.substitute) if m.substitute
                    else self.tr("字体中没有，未能打印")) for m in result.missing_glyphs[:10]]
        w.statusbar.showMessage(self.tr("有 %1 个字符所选字体中没有")
                                .replace("%1", str(len(result.missing_glyphs))), 10000)
        if any(m.substitute is None for m in result.missing_glyphs):
            QMessageBox.warning(w, self.tr("字体缺字"), "\n".join(lines))

    def export_pdf(self) -> None:
        w = self.window
        if w.session is None:
            return
        run = w.checks.last_run if w.checks is not None else None
        dialog = ExportPdfDialog(run.errors if run is not None else 0, w, self.fonts())
        if dialog.exec() != ExportPdfDialog.Accepted:
            return
        default = w.session.store.path.with_suffix(".pdf")
        path, _ = QFileDialog.getSaveFileName(w, self.tr("导出PDF"), str(default),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.start_pdf_job(Path(path), dialog.options(run), lambda r: w.statusbar.showMessage(
                self.tr("已导出 %1（%2 页）").replace("%1", path)
                .replace("%2", str(r.page_count)), 8000))

    def print_preview(self) -> PdfJob | None:
        """First page fast: a long report shows its opening at once, the rest follows."""
        w = self.window
        if w.session is None:
            return None
        report = w.session.store.load_report()
        stem = w.session.store.path.stem
        full_path = temp_pdf_path(stem + "_预览")
        head = leading_part(report, QUICK_PREVIEW_CHARS)

        def show(path, result, complete):
            if self.preview is None or not self.preview.isVisible():
                self.preview = PrintPreviewDialog(path, result, w)
                self.preview.show()
            else:
                self.preview.load(path, result)
            self.preview.set_complete(complete)

        if head is None:
            return self.start_pdf_job(full_path, self._options(),
                                      lambda r: show(full_path, r, True), report)
        head_path = temp_pdf_path(stem + "_预览首页")

        def head_done(result):
            show(head_path, result, False)
            # let the first page paint before the full render competes for the interpreter
            QTimer.singleShot(FIRST_PAINT_MS, lambda: self.start_pdf_job(
                full_path, self._options(), lambda r: show(full_path, r, True), report,
                show_progress=False))

        return self.start_pdf_job(head_path, self._options(), head_done, head)

    def print_report(self) -> PdfJob | None:
        w = self.window
        if w.session is None:
            return None
        path = temp_pdf_path(w.session.store.path.stem + "_打印")
        return self.start_pdf_job(path, self._options(), lambda _r: print_pdf_file(path, w))

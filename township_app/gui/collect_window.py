"""文件 → 汇总报送文件: the county's window over a folder of township submission files.

Reading runs in short slices on the event loop (iter_collect yields after every file),
so the progress bar moves and 取消 works without threads. Clicking a township shows
its findings; 打开报告 shows its report read-only in a normal report window.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressBar,
                               QPushButton, QSplitter, QTableView, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..collect import (STATE_UNREADABLE, CollectedFile, CollectFolderError, CountyStore,
                       CountyStoreError, IndicatorMapping, Summary, iter_collect, summarize)
from ..collect.export_table import ExportError, export_summary
from ..paths import user_data_dir
from .collect_chart import IndicatorChart
from .collect_dialogs import ExpectedTownshipsDialog, IndicatorMappingDialog
from .collect_models import SummaryTableModel, StatusTableModel
from .screen_fit import fit_main_window

COUNTY_FILE_KEY = "collect/countyFile"
FOLDER_KEY = "collect/lastFolder"
EXPORT_FILTERS = "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;PDF 汇总表 (*.pdf)"


class CollectWindow(QMainWindow):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("汇总报送文件"))
        self.entries: list[CollectedFile] = []
        self.summary: Summary | None = None
        self.folder: Path | None = None
        self.current_entry: CollectedFile | None = None
        self.report_windows: list = []
        self.tick_seconds = 0.05  # reading slice between repaints
        self._steps = None
        self._build()
        fit_main_window(self, QSize(1280, 800))

    # ---- layout -------------------------------------------------------------------------------
    def _button(self, text: str, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.collectButton = self._button(self.tr("选择文件夹并汇总…"), self.choose_folder, bar)
        self.expectedButton = self._button(self.tr("应报乡镇…"), self.edit_expected, bar)
        self.mappingButton = self._button(self.tr("指标对应…"), self.edit_mapping, bar)
        self.exportButton = self._button(self.tr("导出汇总表…"), self.export_dialog, bar)
        bar.addStretch(1)
        self.countyLabel = QLabel(self)
        bar.addWidget(self.countyLabel)
        self.countyButton = self._button(self.tr("更换汇总文件…"), self.choose_county_file, bar)
        outer.addLayout(bar)
        progress_row = QHBoxLayout()
        self.progressLabel = QLabel(self)
        self.progress = QProgressBar(self)
        self.cancelButton = self._button(self.tr("取消"), self.cancel, progress_row)
        progress_row.insertWidget(0, self.progressLabel)
        progress_row.insertWidget(1, self.progress, 1)
        outer.addLayout(progress_row)
        self.summaryLabel = QLabel(self.tr("选择存放各乡镇上报文件的文件夹（含子文件夹）开始汇总。"), self)
        self.summaryLabel.setWordWrap(True)
        outer.addWidget(self.summaryLabel)

        splitter = QSplitter(Qt.Horizontal, self)
        self.tabs = QTabWidget(splitter)
        self.summary_model = SummaryTableModel(self)
        self.summaryView = self._table(self.summary_model)
        self.tabs.addTab(self.summaryView, self.tr("汇总表"))
        self.status_model = StatusTableModel(self)
        self.statusView = self._table(self.status_model)
        self.tabs.addTab(self.statusView, self.tr("报送情况"))
        chart_page = QWidget(self.tabs)
        chart_layout = QVBoxLayout(chart_page)
        self.chart = IndicatorChart(chart_page)
        chart_layout.addWidget(self.chart, 1)
        chart_bar = QHBoxLayout()
        chart_bar.addStretch(1)
        self.chartExportButton = self._button(self.tr("导出图表…"), self.export_chart, chart_bar)
        chart_layout.addLayout(chart_bar)
        self.tabs.addTab(chart_page, self.tr("图表"))

        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        self.townshipLabel = QLabel(self.tr("点击表中的乡镇查看其问题清单"), detail)
        self.townshipLabel.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.townshipLabel.setWordWrap(True)
        self.reasonLabel = QLabel(detail)
        self.reasonLabel.setWordWrap(True)
        self.findingsList = QTreeWidget(detail)
        self.findingsList.setHeaderLabels([self.tr("级别"), self.tr("位置"), self.tr("问题")])
        self.findingsList.setRootIsDecorated(False)
        self.findingsList.setWordWrap(True)
        self.openReportButton = QPushButton(self.tr("打开报告（只读）"), detail)
        self.openReportButton.clicked.connect(self.open_current_report)
        for widget in (self.townshipLabel, self.reasonLabel):
            detail_layout.addWidget(widget)
        detail_layout.addWidget(self.findingsList, 1)
        detail_layout.addWidget(self.openReportButton)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.summaryView.clicked.connect(self._summary_clicked)
        self.statusView.clicked.connect(self._status_clicked)
        self.summaryView.doubleClicked.connect(lambda _i: self.open_current_report())
        self._show_progress(False)
        self._update_county_label()
        self._update_actions()

    def _table(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setDefaultSectionSize(120)
        return view

    def _show_progress(self, visible: bool) -> None:
        for widget in (self.progressLabel, self.progress, self.cancelButton):
            widget.setVisible(visible)

    def _update_actions(self) -> None:
        busy = self._steps is not None
        has = self.summary is not None
        self.collectButton.setEnabled(not busy)
        self.countyButton.setEnabled(not busy)
        self.expectedButton.setEnabled(not busy)
        self.mappingButton.setEnabled(has and not busy)
        self.exportButton.setEnabled(has and not busy)
        self.chartExportButton.setEnabled(has and not busy and bool(self.summary.columns))
        entry = self.current_entry
        self.openReportButton.setEnabled(entry is not None and entry.state != STATE_UNREADABLE)

    # ---- the county file ----------------------------------------------------------------------
    def county_path(self) -> Path:
        stored = self.settings.value(COUNTY_FILE_KEY)
        return Path(str(stored)) if stored else user_data_dir() / "汇总.db"

    def _update_county_label(self) -> None:
        self.countyLabel.setText(self.tr("汇总文件：%1").replace("%1", self.county_path().name))
        self.countyLabel.setToolTip(str(self.county_path()))

    def choose_county_file(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("选择或新建汇总文件"), str(self.county_path()),
            self.tr("汇总文件 (*.db)"), options=QFileDialog.DontConfirmOverwrite)
        if not path:
            return False
        try:
            CountyStore(path).close()
        except CountyStoreError as exc:
            QMessageBox.warning(self, self.tr("汇总文件"), str(exc))
            return False
        self.settings.setValue(COUNTY_FILE_KEY, str(Path(path).resolve()))
        self._update_county_label()
        if self.entries:
            self._summarize()
        return True

    def _open_store(self) -> CountyStore | None:
        try:
            return CountyStore(self.county_path())
        except CountyStoreError as exc:
            QMessageBox.warning(self, self.tr("汇总文件"), str(exc))
            return None

    # ---- collecting ---------------------------------------------------------------------------
    def choose_folder(self) -> bool:
        start = str(self.settings.value(FOLDER_KEY) or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放上报文件的文件夹"), start)
        return bool(folder) and self.collect(folder)

    def collect(self, folder: str | Path) -> bool:
        """Start reading the folder; the table fills when the last file is read."""
        entries: list[CollectedFile] = []
        steps = iter_collect(folder, entries, (self.county_path(),))
        try:
            first = next(steps)
        except CollectFolderError as exc:
            QMessageBox.warning(self, self.tr("汇总报送文件"), str(exc))
            return False
        self.settings.setValue(FOLDER_KEY, str(folder))
        self.folder = Path(folder)
        self.entries = entries
        self._steps = steps
        self.progress.setRange(0, max(first.total, 1))
        self.progress.setValue(0)
        self.progressLabel.setText(self.tr("正在读取 0/%1").replace("%1", str(first.total)))
        self._show_progress(True)
        self._update_actions()
        QTimer.singleShot(0, self._read_some)
        return True

    def _read_some(self) -> None:
        if self._steps is None:
            return  # cancelled
        deadline = time.monotonic() + self.tick_seconds
        try:
            while True:
                step = next(self._steps)
                self.progress.setValue(step.done)
                self.progressLabel.setText(self.tr("正在读取 %1/%2")
                                           .replace("%1", str(step.done))
                                           .replace("%2", str(step.total)))
                if time.monotonic() >= deadline:
                    break
        except StopIteration:
            self._steps = None
            self._show_progress(False)
            self._summarize()
            return
        QTimer.singleShot(0, self._read_some)

    def cancel(self) -> None:
        if self._steps is None:
            return
        self._steps.close()
        self._steps = None
        read = len(self.entries)
        self.entries = []
        self._show_progress(False)
        self.summaryLabel.setText(self.tr("已取消：读了 %1 个文件，未汇总，汇总文件未改动。")
                                  .replace("%1", str(read)))
        self._update_actions()

    def _summarize(self) -> None:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        problem = None
        try:
            store = self._open_store()
            try:
                self.summary = summarize(self.entries, store=store, folder=str(self.folder or ""))
            except CountyStoreError as exc:  # shown without 上期 and not saved, but shown
                problem = str(exc)
                self.summary = summarize(self.entries, folder=str(self.folder or ""))
            finally:
                if store is not None:
                    store.close()
        finally:
            QApplication.restoreOverrideCursor()
        self._show_summary()
        if problem:
            QMessageBox.warning(self, self.tr("汇总文件"), problem)

    def _show_summary(self) -> None:
        s = self.summary
        self.summary_model.set_summary(s)
        self.status_model.set_summary(s)
        self.chart.set_summary(s)
        self.summaryView.resizeColumnToContents(0)
        used = sum(1 for e in s.entries if e.used)
        refused = sum(1 for e in s.entries if not e.used)
        text = self.tr("%1：收到 %2 个文件，采用 %3 个，未采用 %4 个。").replace(
            "%1", f"{s.county}{s.period_label}" or self.tr("（无可用文件）")).replace(
            "%2", str(len(s.entries))).replace("%3", str(used)).replace("%4", str(refused))
        if s.missing:
            text += self.tr("未报送：%1。").replace("%1", "、".join(s.missing))
        if s.previous_period:
            text += self.tr("与上期（%1）对比。").replace("%1", s.previous_label)
        self.summaryLabel.setText(text)
        self.current_entry = None
        self.townshipLabel.setText(self.tr("点击表中的乡镇查看其问题清单"))
        self.reasonLabel.clear()
        self.findingsList.clear()
        self._update_actions()

    # ---- one township -------------------------------------------------------------------------
    def _summary_clicked(self, index) -> None:
        township = self.summary_model.township_at(index.row())
        entry = self.summary.entry_of(township) if township and self.summary else None
        if entry is not None:
            self.show_entry(entry)

    def _status_clicked(self, index) -> None:
        entry = self.status_model.entry_at(index.row())
        if entry is not None:
            self.show_entry(entry)

    def show_entry(self, entry: CollectedFile) -> None:
        self.current_entry = entry
        name = entry.township or entry.path.name
        self.townshipLabel.setText(f"{name}　{entry.period_label}　{entry.state}")
        lines = [entry.reason] if entry.reason else []
        if entry.state != STATE_UNREADABLE:
            declared = ("" if entry.errors_declared is None else
                        self.tr("，报送时声明错误 %1").replace("%1", str(entry.errors_declared)))
            lines.append(self.tr("现在检查：错误 %1，警告 %2").replace("%1", str(entry.errors_now))
                         .replace("%2", str(entry.warnings_now)) + declared)
        lines.append(str(entry.path))
        self.reasonLabel.setText("\n".join(lines))
        self.findingsList.clear()
        for f in entry.finding_rows():
            label = f.severity_label + (self.tr("（已核实）") if f.verified_reason is not None else "")
            item = QTreeWidgetItem([label, f.location, f.message])
            item.setToolTip(1, f.location)
            item.setToolTip(2, f"{f.message}\n——“{f.quote}”")
            self.findingsList.addTopLevelItem(item)
        self.findingsList.resizeColumnToContents(0)
        self.findingsList.setColumnWidth(1, max(160, self.findingsList.width() // 3))
        self._update_actions()

    def open_current_report(self):
        """The township's report in a normal window, read-only; the file is never written."""
        entry = self.current_entry
        if entry is None or entry.state == STATE_UNREADABLE:
            return None
        from .main_window import MainWindow  # the report window; imported here, it imports us

        # closed report windows are let go here, not deleted on close: a window's background
        # work (font search, checks) may still be finishing when it closes
        self.report_windows = [w for w in self.report_windows if w.isVisible()]
        window = MainWindow(self.settings)
        if not window.open_file(entry.path, read_only=True):
            return None
        window.show()
        self.report_windows.append(window)
        return window

    # ---- lists --------------------------------------------------------------------------------
    def edit_expected(self) -> bool:
        store = self._open_store()
        if store is None:
            return False
        try:
            dialog = ExpectedTownshipsDialog(store.expected_townships(), self)
            if dialog.exec() != ExpectedTownshipsDialog.Accepted:
                return False
            store.set_expected_townships(dialog.townships())
        finally:
            store.close()
        if self.entries:
            self._summarize()
        return True

    def edit_mapping(self) -> bool:
        if self.summary is None:
            return False
        store = self._open_store()
        if store is None:
            return False
        try:
            dialog = IndicatorMappingDialog(self.summary, IndicatorMapping(store.aliases()), self)
            if dialog.exec() != IndicatorMappingDialog.Accepted:
                return False
            store.set_aliases(dialog.aliases())
        finally:
            store.close()
        self._summarize()
        return True

    # ---- export -------------------------------------------------------------------------------
    def export_dialog(self) -> Path | None:
        if self.summary is None:
            return None
        default = (self.folder.parent if self.folder else Path.home()) / \
            f"{self.summary.county}{self.summary.period_label}汇总表.xlsx"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("导出汇总表"), str(default),
                                                   EXPORT_FILTERS)
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
            out = out.with_name(out.name + (".csv" if "csv" in chosen else
                                            ".pdf" if "pdf" in chosen else ".xlsx"))
        return self.export_to(out)

    def export_to(self, out: Path) -> Path | None:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if out.suffix.lower() == ".pdf":
                from ..collect.summary_pdf import SummaryPdfError, render_summary_pdf

                try:
                    written = render_summary_pdf(self.summary, out)
                except SummaryPdfError as exc:
                    raise ExportError(str(exc)) from exc
            else:
                written = export_summary(self.summary, out)
        except ExportError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("导出汇总表"), str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("已导出 %1").replace("%1", str(written)), 8000)
        return written

    def export_chart(self) -> Path | None:
        heading = self.chart.chooser.currentText() or "图表"
        default = (self.folder.parent if self.folder else Path.home()) / f"{heading}.png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出图表"), str(default),
                                              self.tr("PNG 图片 (*.png)"))
        if not path:
            return None
        out = Path(path) if path.lower().endswith(".png") else Path(path + ".png")
        if not self.chart.save_png(str(out)):
            QMessageBox.warning(self, self.tr("导出图表"),
                                self.tr("无法写入“%1”。").replace("%1", str(out)))
            return None
        self.statusBar().showMessage(self.tr("已导出 %1").replace("%1", str(out)), 8000)
        return out

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)


def open_collect_window(parent) -> CollectWindow:
    """文件 → 汇总报送文件: one collection window per main window, raised if already open."""
    window = getattr(parent, "_collect_window", None)
    if window is None:
        window = CollectWindow(parent.settings)
        parent._collect_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window

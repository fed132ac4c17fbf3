"""The main window: wires the tree, the section panel and the menus to one open report."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QTextBrowser, QVBoxLayout)

from .. import __version__
from ..model import NUMBERING_AUTO, NUMBERING_NONE
from ..paths import APP_DISPLAY_NAME, resources_dir
from ..backups import BackupError, list_backups, make_backup, restore_backup
from ..file_lock import LockFileError, ReportLockedError, acquire_report_lock
from ..report_replace import write_report_file
from ..store import (NewerFileError, ReadOnlyFileError, ReportStore, StoreError, TextInputError,
                     os_reason, why_not_writable)
from ..templates import build_report
from .backup_dialog import BackupDialog
from .exchange_actions import ExchangeActions
from .import_dialog import ImportPreviewDialog
from .check_controller import CheckController
from .check_highlighter import FindingHighlighter
from .dialogs import NewReportDialog, PropertiesDialog
from .findings_panel import FindingsPanel
from .indicator_table_model import COLUMNS
from .print_actions import PrintActions
from .editor import FindBar, utf16_offset
from .section_panel import SectionPanelController
from .section_tree_model import SectionTreeModel
from .session import ReportSession
from .settings import add_recent_file, recent_files, remove_recent_file
from .ui_loader import load_ui_into
from .read_only_banner import ReadOnlyBanner, is_submission_file
from .save_status import SaveStatus
from .screen_fit import fit_dialog, fit_main_window, keep_on_screen
from .window_keys import WindowKeys
from .undo_commands import (AddSectionCommand, DeleteSectionCommand, MoveSectionCommand,
                            RenameSectionCommand, SetPropertiesCommand)

FONT_WARM_UP_MS = 1500  # after opening: the window is up and the user is reading
FIRST_RUN_SIZE = QSize(1280, 820)
REPORT_FILTER = "报告文件 (*.db);;所有文件 (*)"


class MainWindow(QMainWindow):
    sessionChanged = Signal(object)  # ReportSession or None

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.session: ReportSession | None = None
        self.tree_model: SectionTreeModel | None = None
        self.panel: SectionPanelController | None = None
        load_ui_into(self, "main_window")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)
        self.find_bar = FindBar(self.bodyEditor, self.bodyPanel)
        self.bodyLayout.addWidget(self.find_bar)
        self.mainSplitter.setStretchFactor(1, 3)
        self.contentSplitter.setStretchFactor(0, 3)
        self.contentSplitter.setStretchFactor(1, 2)
        self.treeHeading.setStyleSheet("font-weight: bold; padding: 2px;")
        self.tableHeading.setStyleSheet("font-weight: bold;")
        self.numberLabel.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.titleEdit.setStyleSheet("font-size: 15px; font-weight: bold; padding: 3px;")
        self.findings_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusbar.addPermanentWidget(self.findings_label)
        self.statusbar.addPermanentWidget(self.count_label)
        self.checks: CheckController | None = None
        self._make_findings_dock()
        self._make_undo_actions()
        self._wire_actions()
        self.window_keys = WindowKeys(self, self.actionUndo, self.actionRedo)
        self.window_keys.watch(self.bodyEditor, self.titleEdit)
        self.save_status = SaveStatus(self.statusbar, self.actionSave, self)
        self.read_only_banner = ReadOnlyBanner(self.centralwidget)
        self.centralLayout.insertWidget(0, self.read_only_banner)
        self.read_only_banner.copyRequested.connect(self.save_working_copy)
        self._update_recent_menu()
        self._set_session(None)
        geometry = settings.value("window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            keep_on_screen(self)
        else:
            fit_main_window(self, FIRST_RUN_SIZE)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.mainSplitter.restoreState(splitter)

    def _make_findings_dock(self) -> None:
        self.findings_panel = FindingsPanel(self)
        self.findingsDock = QDockWidget(self.tr("检查结果"), self)
        self.findingsDock.setObjectName("findingsDock")
        self.findingsDock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.RightDockWidgetArea, self.findingsDock)
        self.resizeDocks([self.findingsDock], [340], Qt.Horizontal)
        self.highlighter = FindingHighlighter(self.bodyEditor.document())
        self.menuCheck = self.menuBar().addMenu(self.tr("检查(&C)"))
        self.menuBar().insertMenu(self.menuHelp.menuAction(), self.menuCheck)
        self.actionRunChecks = self.menuCheck.addAction(self.tr("立即检查(&R)"))
        self.actionRunChecks.setShortcut(QKeySequence("F7"))
        self.actionRunChecks.setIconText(self.tr("检查"))
        self.actionRunChecks.triggered.connect(self.check_and_report)
        toggle = self.findingsDock.toggleViewAction()
        toggle.setText(self.tr("显示检查结果(&S)"))
        self.menuCheck.addAction(toggle)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionRunChecks)
        self.findings_panel.openLocationRequested.connect(self.open_location)
        self.findings_panel.recheckRequested.connect(self.check_and_report)
        self.findings_panel.verifyRequested.connect(self._verify_finding)
        self.findings_panel.unverifyRequested.connect(self._unverify_finding)

    # ---- checks ---------------------------------------------------------------------------
    def run_checks(self):
        return self.checks.run_now() if self.checks is not None else None

    def check_and_report(self) -> None:
        """F7 / 重新检查: run now and say so, even when nothing changed since the last run."""
        run = self.run_checks()
        if run is None:
            return
        sev = run.counts_by_severity
        self.statusbar.showMessage(
            self.tr("检查完成：错误 %1 条，警告 %2 条，提示 %3 条").replace("%1", str(sev["error"]))
            .replace("%2", str(sev["warning"])).replace("%3", str(sev["info"])), 8000)

    def _fonts_ready(self, fonts) -> None:
        if self.checks is not None:
            self.checks.set_fonts(fonts)

    def _verify_finding(self, finding, reason: str) -> None:
        if self.checks is not None:
            self.checks.mark_verified(finding, reason)

    def _unverify_finding(self, finding) -> None:
        if self.checks is not None:
            self.checks.unmark_verified(finding)

    def _checks_done(self, run) -> None:
        self.findings_panel.show_run(run)
        sev = run.counts_by_severity
        self.findings_label.setText(
            self.tr("错误 %1　警告 %2　提示 %3").replace("%1", str(sev["error"]))
            .replace("%2", str(sev["warning"])).replace("%3", str(sev["info"])))
        color = "#c62828" if sev["error"] else ("#ef6c00" if sev["warning"] else "#2e7d32")
        self.findings_label.setStyleSheet(f"color: {color}; padding: 0 8px;")
        self._update_highlights()

    def _update_highlights(self) -> None:
        current = self.current_section_id()
        run = self.checks.last_run if self.checks is not None else None
        spans = []
        if run is not None and current is not None:
            body = self.bodyEditor.toPlainText()
            for f in run.findings:
                loc = f.location
                if (not f.verified and loc.kind == "section" and loc.section_id == current
                        and loc.field == "body" and loc.start is not None):
                    begin = utf16_offset(body, loc.start)
                    end = utf16_offset(body, loc.start + (loc.length or 1))
                    spans.append((begin, end - begin, f.severity))
        self.highlighter.set_spans(spans)
        cells = {}
        if run is not None and current is not None:
            for f in run.findings:
                loc = f.location
                if not f.verified and loc.kind == "indicator" and loc.section_id == current:
                    cells.setdefault((loc.indicator_id, loc.field), (f.severity, f.message))
        if self.panel is not None:
            self.panel.table_model.set_cell_findings(cells)

    def open_location(self, loc) -> None:
        """Show the section of a finding and select its span or table cell."""
        if loc is None or loc.section_id is None or self.tree_model is None \
                or not self.tree_model.contains(loc.section_id):
            return
        self.select_section(loc.section_id)
        if loc.kind == "indicator":
            model = self.panel.table_model
            for row, ind in enumerate(model.indicators()):
                if ind.id == loc.indicator_id:
                    column = COLUMNS.index(loc.field) if loc.field in COLUMNS else 1
                    self.indicatorTable.setCurrentIndex(model.index(row, column))
                    self.indicatorTable.setFocus()
                    return
        elif loc.field == "title":
            self.titleEdit.setFocus()
            title = self.titleEdit.text()
            begin = utf16_offset(title, loc.start or 0)
            self.titleEdit.setSelection(
                begin, utf16_offset(title, (loc.start or 0) + (loc.length or 0)) - begin)
        elif loc.start is not None:
            self.bodyEditor.select_span(loc.start, loc.length or 0)

    # ---- actions ----------------------------------------------------------------------------
    def _make_undo_actions(self) -> None:
        self.actionUndo = QAction(self.tr("撤销(&U)"), self)
        self.actionUndo.setShortcut(QKeySequence.Undo)
        self.actionRedo = QAction(self.tr("重做(&R)"), self)
        self.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.actionUndo.triggered.connect(self.undo)
        self.actionRedo.triggered.connect(self.redo)
        first = self.menuEdit.actions()[0] if self.menuEdit.actions() else None
        self.menuEdit.insertAction(first, self.actionUndo)
        self.menuEdit.insertAction(first, self.actionRedo)
        self.menuEdit.insertSeparator(first)
        tool_first = self.mainToolBar.actions()[2] if len(self.mainToolBar.actions()) > 2 \
            else None
        self.mainToolBar.insertAction(tool_first, self.actionUndo)
        self.mainToolBar.insertAction(tool_first, self.actionRedo)

    def _wire_actions(self) -> None:
        self.actionNew.triggered.connect(self.new_report)
        self.actionOpen.triggered.connect(self.open_dialog)
        self.actionSaveAs.triggered.connect(self.save_as)
        self.actionProperties.triggered.connect(self.edit_properties)
        self.actionQuit.triggered.connect(self.close)
        self.actionFind.triggered.connect(self.find_bar.open)
        self.actionAddSibling.triggered.connect(self.add_sibling)
        self.actionAddChild.triggered.connect(self.add_child)
        self.actionRename.triggered.connect(self.rename_current)
        self.actionDeleteSection.triggered.connect(self.delete_current)
        self.actionMoveUp.triggered.connect(lambda: self.move_current(-1))
        self.actionMoveDown.triggered.connect(lambda: self.move_current(+1))
        self.actionOutdent.triggered.connect(self.outdent_current)
        self.actionIndent.triggered.connect(self.indent_current)
        self.actionToggleNumbering.triggered.connect(self._toggle_numbering)
        self.actionAddRow.triggered.connect(lambda: self.panel and self.panel.add_row())
        self.actionDeleteRow.triggered.connect(lambda: self.panel and self.panel.delete_rows())
        self.actionRowUp.triggered.connect(lambda: self.panel and self.panel.move_row(-1))
        self.actionRowDown.triggered.connect(lambda: self.panel and self.panel.move_row(+1))
        self.actionAbout.triggered.connect(self.about)
        self.actionGuide.triggered.connect(self.show_guide)
        self.actionRestoreBackup.triggered.connect(self.restore_from_backup)
        self.actionImport.triggered.connect(self.import_dialog)
        self.exchange = ExchangeActions(self)
        self.actionExportDocx.triggered.connect(self.exchange.export_docx)
        self.actionExportSubmission.triggered.connect(self.exchange.export_submission)
        self._add_collect_action()
        self.actionNewFromPrevious.triggered.connect(self.exchange.new_from_previous)
        self.printing = PrintActions(self)
        self.printing.fontsReady.connect(self._fonts_ready)
        self.actionPrintPreview.triggered.connect(self.printing.print_preview)
        self.actionPrint.triggered.connect(self.printing.print_report)
        self.actionExportPdf.triggered.connect(self.printing.export_pdf)
        # right-click menus: the same actions as the menu bar
        self.sectionTree.setContextMenuPolicy(Qt.ActionsContextMenu)
        for action in (self.actionAddSibling, self.actionAddChild, self.actionRename,
                       self.actionDeleteSection, None, self.actionMoveUp, self.actionMoveDown,
                       self.actionOutdent, self.actionIndent, None, self.actionToggleNumbering):
            self.sectionTree.addAction(action if action else self._separator())
        self.indicatorTable.setContextMenuPolicy(Qt.ActionsContextMenu)
        for action in (self.actionAddRow, self.actionDeleteRow, self.actionRowUp,
                       self.actionRowDown):
            self.indicatorTable.addAction(action)
        delete_key = QShortcut(QKeySequence.Delete, self.sectionTree)
        delete_key.setContext(Qt.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        self.addSiblingButton.setDefaultAction(self.actionAddSibling)
        self.addChildButton.setDefaultAction(self.actionAddChild)
        self.deleteSectionButton.setDefaultAction(self.actionDeleteSection)
        self.addRowButton.setDefaultAction(self.actionAddRow)
        self.deleteRowButton.setDefaultAction(self.actionDeleteRow)
        self.rowUpButton.setDefaultAction(self.actionRowUp)
        self.rowDownButton.setDefaultAction(self.actionRowDown)
        # short labels for buttons and the toolbar; menus keep the full text
        for action, short in ((self.actionAddRow, self.tr("添加行")),
                              (self.actionDeleteRow, self.tr("删除行")),
                              (self.actionRowUp, self.tr("上移行")),
                              (self.actionRowDown, self.tr("下移行")),
                              (self.actionAddSibling, self.tr("添加同级")),
                              (self.actionAddChild, self.tr("添加下级")),
                              (self.actionDeleteSection, self.tr("删除章节")),
                              (self.actionMoveUp, self.tr("上移")),
                              (self.actionMoveDown, self.tr("下移")),
                              (self.actionNew, self.tr("新建")),
                              (self.actionOpen, self.tr("打开")),
                              (self.actionProperties, self.tr("报告属性")),
                              (self.actionPrintPreview, self.tr("打印预览")),
                              (self.actionExportPdf, self.tr("导出PDF")),
                              (self.actionExportSubmission, self.tr("导出报送文件")),
                              (self.actionUndo, self.tr("撤销")),
                              (self.actionRedo, self.tr("重做"))):
            action.setIconText(short)

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    def _update_report_actions(self) -> None:
        has = self.session is not None
        writable = has and not self.session.read_only
        current = self.current_section_id()
        for action in (self.actionSaveAs, self.actionFind, self.actionPrintPreview,
                       self.actionPrint, self.actionExportPdf, self.actionExportDocx,
                       self.actionExportSubmission, self.actionNewFromPrevious):
            action.setEnabled(has)
        self.actionProperties.setEnabled(writable)
        self.actionRestoreBackup.setEnabled(writable)
        self.actionAddSibling.setEnabled(writable)
        self.actionAddChild.setEnabled(writable and current is not None)
        for action in (self.actionRename, self.actionDeleteSection, self.actionMoveUp,
                       self.actionMoveDown, self.actionOutdent, self.actionIndent,
                       self.actionToggleNumbering, self.actionAddRow, self.actionDeleteRow,
                       self.actionRowUp, self.actionRowDown):
            action.setEnabled(writable and current is not None)
        self.actionRunChecks.setEnabled(has)
        self.actionUndo.setEnabled(has and self.session.undo_stack.canUndo())
        self.actionRedo.setEnabled(has and self.session.undo_stack.canRedo())
        if has and current is not None:
            numbering = self.tree_model.numbering(current)
            self.actionToggleNumbering.setChecked(numbering == NUMBERING_NONE)

    # ---- session lifecycle -----------------------------------------------------------------------
    def _set_session(self, session: ReportSession | None) -> None:
        old = self.session
        old_model = self.tree_model
        old_selection = self.sectionTree.selectionModel()
        self.session = session
        if self.panel is not None:
            self.panel.show_section(None)  # nothing of the old report stays on screen
            self.panel.detach()
            self.panel = None
        if session is None:
            self.sectionTree.setModel(None)
            self.tree_model = None
            self.centralwidget.setEnabled(False)
        else:
            self.centralwidget.setEnabled(True)
            self.tree_model = SectionTreeModel(session, self)
            self.sectionTree.setModel(self.tree_model)
            self.sectionTree.expandAll()
            self.tree_model.rowsInserted.connect(self._expand_parent)
            self.tree_model.moveRequested.connect(self._move_requested)
            self.tree_model.renameRequested.connect(self._rename_requested)
            self.panel = SectionPanelController(self, session, self.tree_model)
            self.sectionTree.selectionModel().currentChanged.connect(self._tree_current_changed)
            session.undo_stack.indexChanged.connect(self._undo_index_changed)
            session.characterCountChanged.connect(self._update_counts)
            session.propertiesChanged.connect(self._update_title)
            session.structureChanged.connect(self._update_report_actions)
            session.showRequested.connect(self._show_requested)
            session.writeFailed.connect(self._write_failed)
            session.fileVanished.connect(self._file_vanished)
            first = self.tree_model.index(0, 0)
            if first.isValid():
                self.sectionTree.setCurrentIndex(first)
        for leftover in (old_selection, old_model):  # the old report's models go with it
            if leftover is not None:
                leftover.deleteLater()
        if self.checks is not None:
            self.checks.stop()
            self.checks.deleteLater()
            self.checks = None
        if session is not None:
            self.checks = CheckController(session, self)
            self.checks.checked.connect(self._checks_done)
            self.checks.fonts = self.printing._fonts
            self.run_checks()
            QTimer.singleShot(FONT_WARM_UP_MS, self.printing, self.printing.warm_up_fonts)
        else:
            self.findings_panel.show_run(None)
            self.findings_label.setText("")
            self.highlighter.set_spans([])
        if old is not None:
            old.undo_stack.indexChanged.disconnect(self._undo_index_changed)
            old.store.close()
            if getattr(old, "lock", None) is not None:
                old.lock.release()
            old.deleteLater()
        self.save_status.follow(session)
        self.read_only_banner.show_for(session, getattr(session.store, "read_only_reason", "")
                                       if session is not None else "")
        self._update_title()
        self._update_counts()
        self._update_report_actions()
        self.sessionChanged.emit(session)

    def _show_requested(self, section_id: int) -> None:
        """Undo/redo changed this section: show it, unless it is already the current one."""
        if self.tree_model is not None and self.tree_model.contains(section_id) \
                and self.current_section_id() != section_id:
            self.select_section(section_id)

    def _file_vanished(self, message: str) -> None:
        """The report's folder or file is gone (a USB stick pulled): say so now, offer 另存为."""
        self.statusbar.showMessage(message)
        QTimer.singleShot(0, self, lambda: self._offer_save_elsewhere(message))

    def _offer_save_elsewhere(self, message: str) -> None:
        answer = QMessageBox.warning(self, self.tr("报告文件已不在原处"),
                                     message + "\n\n" + self.tr("现在另存为？"),
                                     QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            self.save_as()

    def _write_failed(self, message: str) -> None:
        """The file refused a write: say so, and show what the file really holds."""
        self.statusbar.showMessage(message, 15000)
        QTimer.singleShot(0, self, lambda: self._after_write_failure(message))

    def _after_write_failure(self, message: str) -> None:
        if self.panel is not None:
            self.panel.show_section(self.current_section_id())
        QMessageBox.warning(self, self.tr("无法保存"), message)

    def _expand_parent(self, parent, _first, _last) -> None:
        self.sectionTree.expand(parent)

    def _undo_index_changed(self, _index: int) -> None:
        self._update_report_actions()
        self._update_title()

    def _tree_current_changed(self, current, _previous) -> None:
        sid = self.tree_model.section_id(current) if self.tree_model else None
        self.panel.show_section(sid)
        self._update_highlights()
        self._update_counts()
        self._update_report_actions()

    def current_section_id(self) -> int | None:
        if self.tree_model is None:
            return None
        return self.tree_model.section_id(self.sectionTree.currentIndex())

    def select_section(self, section_id: int) -> None:
        index = self.tree_model.index_of(section_id)
        if index.isValid():
            self.sectionTree.setCurrentIndex(index)
            self.sectionTree.scrollTo(index)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_DISPLAY_NAME)
            return
        title = self.session.report_title or self.tr("未命名报告")
        name = self.session.store.path.name
        flag = self.tr(" [只读]") if self.session.read_only else ""
        self.setWindowTitle(f"{title} — {name}{flag} — {APP_DISPLAY_NAME}")

    def _update_counts(self) -> None:
        if self.session is None:
            self.count_label.setText("")
            return
        total = self.session.total_characters()
        current = self.current_section_id()
        text = self.tr("全文 %1 字").replace("%1", f"{total:,}")
        if current is not None:
            text += self.tr("　本节 %1 字").replace(
                "%1", f"{self.session.section_characters(current):,}")
        self.count_label.setText(text)

    # ---- files ------------------------------------------------------------------------------
    def open_file(self, path: str | os.PathLike, read_only: bool = False,
                  read_only_reason: str = "") -> bool:
        """Open a report: lock it against a second writer, back it up, then show it."""
        path = Path(path)
        if not path.is_file():
            QMessageBox.warning(self, self.tr("打开报告"),
                                self.tr("文件不存在：%1").replace("%1", str(path)))
            remove_recent_file(self.settings, str(path))
            self._update_recent_menu()
            return False
        if self.session is not None and self.session.store.path.resolve() == path.resolve():
            self._set_session(None)  # reopening the open file: let go of it first
        lock = None
        if not read_only:
            not_writable = why_not_writable(path)
            if not_writable:
                return self._offer_read_only(path, not_writable)
            try:
                lock = acquire_report_lock(path)
            except (ReportLockedError, LockFileError) as exc:
                return self._offer_read_only(path, str(exc))
        try:  # the file is checked first; the backup copy is made only of a file that passed
            store = ReportStore(path, read_only=read_only, before_write=self._back_up)
        except (NewerFileError, ReadOnlyFileError) as exc:
            if lock is not None:
                lock.release()
            return self._offer_read_only(path, str(exc))
        except StoreError as exc:
            if lock is not None:
                lock.release()
            QMessageBox.warning(self, self.tr("打开报告"), str(exc))
            remove_recent_file(self.settings, str(path))
            self._update_recent_menu()
            return False
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        session = ReportSession(store, self)
        session.lock = lock
        self._set_session(session)
        add_recent_file(self.settings, str(path))
        self.settings.setValue("lastFile", str(path.resolve()))
        self._update_recent_menu()
        reason = store.read_only_reason or read_only_reason
        if read_only:  # stays in the status bar: why this report cannot be edited
            self.statusbar.showMessage(self.tr("只读：") + (reason or self.tr("以只读方式打开。")))
        else:
            self.statusbar.showMessage(self.tr("已打开 %1").replace("%1", str(path)), 5000)
        return True

    def _back_up(self, path: Path) -> None:
        try:
            make_backup(path)
        except BackupError as exc:
            self.statusbar.showMessage(self.tr("未能自动备份：") + str(exc), 10000)

    def _offer_read_only(self, path: Path, reason: str) -> bool:
        if not is_submission_file(path):  # a submission opens read-only without asking
            answer = QMessageBox.question(self, self.tr("打开报告"),
                                          reason + "\n\n" + self.tr("以只读方式打开？"))
            if answer != QMessageBox.Yes:
                return False
        return self.open_file(path, read_only=True, read_only_reason=reason)

    def restore_from_backup(self) -> bool:
        if self.session is None or self.session.read_only:
            return False
        path = self.session.store.path
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(self, self.tr("从备份恢复"), self.tr("还没有这份报告的备份。"))
            return False
        dialog = BackupDialog(backups, path.name, self)
        if dialog.exec() != BackupDialog.Accepted or dialog.selected() is None:
            return False
        lock, self.session.lock = self.session.lock, None
        self._set_session(None)
        try:
            restore_backup(dialog.selected(), path, held_lock=lock)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("从备份恢复"), str(exc))
        finally:
            if lock is not None:
                lock.release()
        return self.open_file(path)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入报告"), "",
                                              self.tr("Word 或文本文件 (*.docx *.txt)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, source: Path) -> bool:
        """Parse, show the tree for approval, then write a new report file and open it."""
        from ..importer import ImportError_, parse_path

        try:
            result = parse_path(source)
        except ImportError_ as exc:
            QMessageBox.warning(self, self.tr("导入报告"), str(exc))
            return False
        dialog = ImportPreviewDialog(source, result, self)
        if dialog.exec() != ImportPreviewDialog.Accepted:
            return False
        target = dialog.target_path()
        if target.suffix.lower() != ".db":
            target = target.with_name(target.name + ".db")
        if target.exists() and QMessageBox.question(
                self, self.tr("导入报告"),
                self.tr("“%1”已存在。要覆盖它吗？").replace("%1", str(target))) != QMessageBox.Yes:
            return False
        return self._write_new_report(result.report, target, self.tr("导入报告"))

    def _write_new_report(self, report, path: Path, title: str) -> bool:
        """Under the target's lock, leftover -wal/-shm of an old file of that name removed."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_report_file(path, lambda staged: ReportStore.create(staged, report).close())
        except OSError as exc:
            QMessageBox.warning(self, title, self.tr("无法写入“%1”：%2").replace("%1", str(path))
                                .replace("%2", os_reason(exc)))
            return False
        except (StoreError, TextInputError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        return self.open_file(path)

    # ---- drag a file onto the window ------------------------------------------------------------
    DROPPABLE = (".db", ".txt", ".docx")

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and Path(urls[0].toLocalFile()).suffix.lower() in self.DROPPABLE:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not urls:
            return super().dropEvent(event)
        event.acceptProposedAction()
        self.open_dropped(Path(urls[0].toLocalFile()))

    def open_dropped(self, path: Path) -> bool:
        if path.suffix.lower() in (".txt", ".docx"):
            return self.import_file(path)
        return self.open_file(path)

    def open_dialog(self) -> None:
        start = str(Path(recent_files(self.settings)[0]).parent) if recent_files(
            self.settings) else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开报告"), start,
                                              self.tr(REPORT_FILTER))
        if path:
            self.open_file(path)

    def new_report(self) -> bool:
        place = self.session.store.properties() if self.session is not None else None
        dialog = NewReportDialog(self, place=place)
        if dialog.exec() != NewReportDialog.Accepted:
            return False
        return self.create_report(dialog.selected_template(), dialog.form.properties(),
                                  dialog.target_path())

    def create_report(self, template, properties, path: Path) -> bool:
        return self._write_new_report(build_report(template, properties), path,
                                      self.tr("新建报告"))

    def save_working_copy(self) -> bool:
        """From a submission: a plain report with the same content, opened for editing."""
        if self.session is None:
            return False
        if not self.read_only_banner.submission:
            return self.save_as()
        current = self.session.store.path
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为工作副本"), str(current.with_name(current.stem + "_工作副本.db")),
            self.tr(REPORT_FILTER))
        if not path:
            return False
        path = Path(path) if path.lower().endswith(".db") else Path(path + ".db")
        return self._write_new_report(self.session.store.load_report(), path,
                                      self.tr("另存为工作副本"))

    def save_as(self) -> bool:
        if self.session is None:
            return False
        current = self.session.store.path
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(current.with_name(current.stem + "_副本.db")),
            self.tr(REPORT_FILTER))
        if not path:
            return False
        return self.save_as_path(Path(path))

    def save_as_path(self, path: Path) -> bool:
        if path.suffix.lower() != ".db":
            path = path.with_name(path.name + ".db")
        if path.resolve() == self.session.store.path.resolve():
            return True
        try:
            self.session.store.save_copy(path)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("另存为"),
                                str(exc) + "\n" + self.tr("当前报告未受影响。"))
            return False
        section = self.current_section_id()
        cursor = self.bodyEditor.textCursor().position()
        opened = self.open_file(path)
        if opened and section is not None:  # carry on exactly where the user was
            self.select_section(section)
            self.bodyEditor.load(self.bodyEditor.toPlainText(), cursor=cursor)
        return opened

    def _update_recent_menu(self) -> None:
        self.menuRecent.clear()
        files = recent_files(self.settings)
        for i, path in enumerate(files, 1):
            action = self.menuRecent.addAction(f"&{i % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if files:
            self.menuRecent.addSeparator()
            clear = self.menuRecent.addAction(self.tr("清除列表"))
            clear.triggered.connect(self._clear_recent)
        self.menuRecent.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.setValue("recentFiles", [])
        self._update_recent_menu()

    def edit_properties(self) -> None:
        if self.session is None or self.session.read_only:
            return
        old = self.session.store.properties()
        dialog = PropertiesDialog(old, self)
        if dialog.exec() == PropertiesDialog.Accepted:
            new = dialog.properties()
            if new != old:
                self.session.undo_stack.push(SetPropertiesCommand(self.session, old, new))

    # ---- sections ---------------------------------------------------------------------------
    def add_sibling(self) -> int | None:
        if self.session is None or self.session.read_only:
            return None
        current = self.current_section_id()
        if current is None:
            parent, position = None, len(self.tree_model.children_ids(None))
        else:
            parent = self.tree_model.parent_id(current)
            position = self.tree_model.children_ids(parent).index(current) + 1
        return self._add_section(parent, position)

    def add_child(self) -> int | None:
        current = self.current_section_id()
        if current is None or self.session.read_only:
            return None
        return self._add_section(current, len(self.tree_model.children_ids(current)))

    def _add_section(self, parent, position) -> int:
        command = AddSectionCommand(self.tree_model, parent, position, self.tr("新章节"))
        self.session.undo_stack.push(command)
        self.select_section(command.section_id)
        self.titleEdit.setFocus()
        self.titleEdit.selectAll()
        return command.section_id

    def rename_current(self) -> None:
        index = self.sectionTree.currentIndex()
        if index.isValid():
            self.sectionTree.edit(index)

    def _rename_requested(self, section_id: int, title: str) -> None:
        old = self.session.store.section(section_id).title
        self.session.undo_stack.push(RenameSectionCommand(self.tree_model, section_id, old, title))

    def _writable(self) -> bool:
        return self.session is not None and not self.session.read_only

    def delete_current(self) -> bool:
        current = self.current_section_id()
        if current is None or not self._writable():
            return False
        heading = self.tree_model.display_text(current)
        descendants = len(self.session.store.subtree_ids(current)) - 1
        text = self.tr("确定删除章节“%1”吗？").replace("%1", heading)
        if descendants:
            text += self.tr("\n其下 %1 个下级章节及所有指标将一并删除。").replace(
                "%1", str(descendants))
        text += self.tr("\n（可用“撤销”恢复）")
        if QMessageBox.question(self, self.tr("删除章节"), text) != QMessageBox.Yes:
            return False
        parent = self.tree_model.parent_id(current)
        siblings = self.tree_model.children_ids(parent)
        row = siblings.index(current)
        self.session.undo_stack.push(DeleteSectionCommand(self.tree_model, current))
        siblings = self.tree_model.children_ids(parent)
        if siblings:
            self.select_section(siblings[min(row, len(siblings) - 1)])
        elif parent is not None:
            self.select_section(parent)
        else:
            self.panel.show_section(None)
        return True

    def move_current(self, delta: int) -> None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return
        parent = self.tree_model.parent_id(current)
        row = self.tree_model.children_ids(parent).index(current)
        target = row + delta
        if 0 <= target < len(self.tree_model.children_ids(parent)):
            self._push_move(current, parent, target)

    def outdent_current(self) -> None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return
        parent = self.tree_model.parent_id(current)
        if parent is None:
            return
        grand = self.tree_model.parent_id(parent)
        position = self.tree_model.children_ids(grand).index(parent) + 1
        self._push_move(current, grand, position)

    def indent_current(self) -> None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return
        parent = self.tree_model.parent_id(current)
        siblings = self.tree_model.children_ids(parent)
        row = siblings.index(current)
        if row == 0:
            return
        new_parent = siblings[row - 1]
        self._push_move(current, new_parent, len(self.tree_model.children_ids(new_parent)))

    def _move_requested(self, section_id: int, new_parent, position: int) -> None:
        self._push_move(section_id, new_parent, position)

    def _push_move(self, section_id, new_parent, position) -> None:
        if not self._writable():
            return
        self.session.undo_stack.push(
            MoveSectionCommand(self.tree_model, section_id, new_parent, position))
        self.select_section(section_id)

    def _toggle_numbering(self) -> None:
        if self.panel is not None:
            self.panel.toggle_numbering()

    def _add_collect_action(self) -> None:
        """文件 → 汇总报送文件 (the county side), right after 导出报送文件."""
        self.actionCollect = QAction(self.tr("汇总报送文件(&H)…"), self)
        actions = self.menuFile.actions()
        after = actions.index(self.actionExportSubmission) + 1
        self.menuFile.insertAction(actions[after] if after < len(actions) else None,
                                   self.actionCollect)
        self.actionCollect.triggered.connect(self.open_collect_window)

    def open_collect_window(self):
        from .collect_window import open_collect_window  # QtCharts loads only when used

        return open_collect_window(self)

    # ---- misc ----------------------------------------------------------------------------------
    def show_guide(self) -> None:
        """帮助 → 使用说明: the workflow on one page (resources/help/guide.html)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("使用说明"))
        browser = QTextBrowser(dialog)
        browser.setHtml((resources_dir() / "help" / "guide.html").read_text("utf-8"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        fit_dialog(dialog, QSize(720, 640))
        dialog.show()
        self.guide = dialog

    def about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr(
            "%1 %2\n\n编写、检查、按公文格式打印并报送乡镇工作报告。\n"
            "报告保存在一个文件中，每次修改立即写入，无需手动保存。")
            .replace("%1", APP_DISPLAY_NAME).replace("%2", __version__))

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.mainSplitter.saveState())
        self.settings.sync()
        if self.session is not None:
            self._set_session(None)
        super().closeEvent(event)

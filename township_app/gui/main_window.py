"""The main window: the widgets from ui/main_window.ui, and the parts that work them.

The window itself holds one open report (set_session) and what every part shows
about it (title, counts, which actions apply). The work is done by parts that
receive the widgets and the session they use: FileActions (文件), SectionActions
(章节, the tree and the section panel), FindingsNavigation (检查), PrintActions and
ExchangeActions. Those import the store, the checks, the printing and Word code,
which takes longer than showing the window: run_gui shows the window first and
calls load_parts() right after; everything else calls it on first use.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDockWidget, QLabel, QMainWindow, QMessageBox,
                               QTextBrowser, QVBoxLayout)

from .. import __version__
from ..model import NUMBERING_NONE
from ..paths import APP_DISPLAY_NAME, resources_dir
from .check_highlighter import FindingHighlighter
from .editor import FindBar
from .findings_panel import FindingsPanel
from .read_only_banner import ReadOnlyBanner
from .save_status import SaveStatus
from .screen_fit import fit_dialog, fit_main_window, keep_on_screen
from .ui_loader import load_ui_into
from .window_keys import WindowKeys

if TYPE_CHECKING:
    from .session import ReportSession

FONT_WARM_UP_MS = 1500  # after opening: the window is up and the user is reading
FIRST_RUN_SIZE = QSize(1280, 820)
DROPPABLE = (".db", ".txt", ".docx")


class MainWindow(QMainWindow):
    sessionChanged = Signal(object)  # ReportSession or None

    def __init__(self, settings, parent=None, load_parts: bool = True):
        super().__init__(parent)
        self.settings = settings
        self.session: ReportSession | None = None
        self.files = self.sections = self.findings = self.printing = self.exchange = None
        self.formulas = None
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
        self._make_findings_dock()
        self._make_undo_actions()
        self._add_collect_action()
        self._arrange_actions()
        self.window_keys = WindowKeys(self, self.actionUndo, self.actionRedo)
        self.window_keys.watch(self.bodyEditor, self.titleEdit, self.tableTitleEdit, self.tableUnitEdit)
        self.save_status = SaveStatus(self.statusbar, self.actionSave, self)
        self.read_only_banner = ReadOnlyBanner(self.centralwidget)
        self.centralLayout.insertWidget(0, self.read_only_banner)
        self.centralwidget.setEnabled(False)
        self._update_title()
        self._update_report_actions()
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
        if load_parts:
            self.load_parts()

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
        self.actionNextFinding = self.menuCheck.addAction(self.tr("下一个问题(&N)"))
        self.actionNextFinding.setShortcut(QKeySequence("F8"))
        self.actionNextFinding.triggered.connect(lambda: self.findings_panel.step(+1))
        self.actionPreviousFinding = self.menuCheck.addAction(self.tr("上一个问题(&P)"))
        self.actionPreviousFinding.setShortcut(QKeySequence("Shift+F8"))
        self.actionPreviousFinding.triggered.connect(lambda: self.findings_panel.step(-1))
        self.actionCheckSettings = self.menuCheck.addAction(self.tr("检查设置(&T)…"))
        toggle = self.findingsDock.toggleViewAction()
        toggle.setText(self.tr("显示检查结果(&S)"))
        self.menuCheck.addAction(toggle)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionRunChecks)

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

    def _add_collect_action(self) -> None:
        """文件 → 汇总报送文件 (the county side), right after 导出报送文件."""
        self.actionCollect = QAction(self.tr("汇总报送文件(&H)…"), self)
        actions = self.menuFile.actions()
        after = actions.index(self.actionExportSubmission) + 1
        self.menuFile.insertAction(actions[after] if after < len(actions) else None,
                                   self.actionCollect)
        self.actionCollect.triggered.connect(self.open_collect_window)

    def _arrange_actions(self) -> None:
        """Right-click menus, buttons and short labels; the handlers come with load_parts."""
        self.actionQuit.triggered.connect(self.close)
        self.actionFind.triggered.connect(self.find_bar.open)
        self.actionAbout.triggered.connect(self.about)
        self.actionGuide.triggered.connect(self.show_guide)
        self.sectionTree.setContextMenuPolicy(Qt.ActionsContextMenu)
        for action in (self.actionAddSibling, self.actionAddChild, self.actionRename,
                       self.actionDeleteSection, None, self.actionMoveUp, self.actionMoveDown,
                       self.actionOutdent, self.actionIndent, None, self.actionToggleNumbering):
            self.sectionTree.addAction(action if action else self._separator())
        self.actionEditFormula = QAction(self.tr("设置公式(&F)…"), self)
        self.actionEditFormula.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.actionEditFormula.setToolTip(self.tr("比率、合计、增长、完成率：选行即成公式，检查按公式核算"))
        self.menuIndicator.addSeparator()
        self.menuIndicator.addAction(self.actionEditFormula)
        self.indicatorTable.setContextMenuPolicy(Qt.ActionsContextMenu)
        for action in (self.actionAddRow, self.actionDeleteRow, self.actionRowUp,
                       self.actionRowDown, self.actionEditFormula):
            self.indicatorTable.addAction(action)
        for button, action in ((self.addSiblingButton, self.actionAddSibling),
                               (self.addChildButton, self.actionAddChild),
                               (self.deleteSectionButton, self.actionDeleteSection),
                               (self.addRowButton, self.actionAddRow),
                               (self.deleteRowButton, self.actionDeleteRow),
                               (self.rowUpButton, self.actionRowUp),
                               (self.rowDownButton, self.actionRowDown)):
            button.setDefaultAction(action)
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

    # ---- the parts -----------------------------------------------------------------------------
    def load_parts(self) -> None:
        """Build the parts (store, checks, printing, Word code load here) and wire the menus."""
        if self.files is not None:
            return
        from .exchange_actions import ExchangeActions
        from .file_actions import FileActions
        from .findings_navigation import FindingsNavigation
        from .formula_actions import FormulaActions
        from .print_actions import PrintActions
        from .section_actions import SectionActions

        files = self.files = FileActions(self, self.settings, self.statusbar, self.menuRecent)
        files.sessionOpened.connect(self.set_session)
        files.closeRequested.connect(lambda: self.set_session(None))
        for action, slot in ((self.actionNew, files.new_report),
                             (self.actionOpen, files.open_dialog),
                             (self.actionSaveAs, files.save_as),
                             (self.actionProperties, files.edit_properties),
                             (self.actionRestoreBackup, files.restore_from_backup),
                             (self.actionImport, files.import_dialog)):
            action.triggered.connect(slot)
        self.read_only_banner.copyRequested.connect(
            lambda: files.save_working_copy(self.read_only_banner.submission))
        sections = self.sections = SectionActions(self, self.sectionTree, self.titleEdit)
        sections.currentSectionChanged.connect(self._section_shown)
        for action, slot in ((self.actionAddSibling, sections.add_sibling),
                             (self.actionAddChild, sections.add_child),
                             (self.actionRename, sections.rename_current),
                             (self.actionDeleteSection, sections.delete_current),
                             (self.actionMoveUp, lambda: sections.move_current(-1)),
                             (self.actionMoveDown, lambda: sections.move_current(+1)),
                             (self.actionOutdent, sections.outdent_current),
                             (self.actionIndent, sections.indent_current),
                             (self.actionToggleNumbering, sections.toggle_numbering),
                             (self.actionAddRow, lambda: self.panel and self.panel.add_row()),
                             (self.actionDeleteRow,
                              lambda: self.panel and self.panel.delete_rows()),
                             (self.actionRowUp, lambda: self.panel and self.panel.move_row(-1)),
                             (self.actionRowDown,
                              lambda: self.panel and self.panel.move_row(+1))):
            action.triggered.connect(slot)
        delete_key = QShortcut(QKeySequence.Delete, self.sectionTree)
        delete_key.setContext(Qt.WidgetShortcut)
        delete_key.activated.connect(sections.delete_current)
        self.findings = FindingsNavigation(self, self.findings_panel, self.highlighter,
                                           self.findings_label, self.statusbar, sections,
                                           self.bodyEditor, self.titleEdit, self.indicatorTable)
        self.findings.propertiesRequested.connect(self.edit_properties)
        self.actionRunChecks.triggered.connect(self.findings.check_and_report)
        self.actionCheckSettings.triggered.connect(self.findings.edit_check_settings)
        self.formulas = FormulaActions(self, self.indicatorTable, self.tableLayout,
                                       self.actionEditFormula)
        self.exchange = ExchangeActions(self)
        self.actionExportDocx.triggered.connect(self.exchange.export_docx)
        self.actionExportSubmission.triggered.connect(self.exchange.export_submission)
        self.actionNewFromPrevious.triggered.connect(self.exchange.new_from_previous)
        self.printing = PrintActions(self)
        self.printing.fontsReady.connect(self.findings.set_fonts)
        self.actionPrintPreview.triggered.connect(self.printing.print_preview)
        self.actionPrint.triggered.connect(self.printing.print_report)
        self.actionExportPdf.triggered.connect(self.printing.export_pdf)

    # ---- one open report -------------------------------------------------------------------------
    def set_session(self, session: ReportSession | None) -> None:
        """Show session (None: no report); the old report's file and lock are let go."""
        self.load_parts()
        old = self.session
        self.session = session
        self.centralwidget.setEnabled(session is not None)
        self.files.follow(session)
        self.sections.follow(session)
        self.findings.follow(session)
        self.formulas.follow(session, self.panel.table_model if self.panel else None)
        if session is not None:
            session.undo_stack.indexChanged.connect(self._undo_index_changed)
            session.characterCountChanged.connect(self._update_counts)
            session.propertiesChanged.connect(self._update_title)
            session.structureChanged.connect(self._update_report_actions)
            session.writeFailed.connect(self._write_failed)
            QTimer.singleShot(FONT_WARM_UP_MS, self.printing, self.printing.warm_up_fonts)
        if old is not None:
            old.undo_stack.indexChanged.disconnect(self._undo_index_changed)
            old.store.close()
            if getattr(old, "lock", None) is not None:
                old.lock.release()
            old.deleteLater()
        self.save_status.follow(session)
        self.read_only_banner.show_for(session, getattr(session.store, "read_only_reason", "")
                                       if session is not None else "")
        self._section_shown(self.current_section_id())
        self.sessionChanged.emit(session)

    def _section_shown(self, _section_id) -> None:
        self._update_counts()
        self._update_title()
        self._update_report_actions()

    def _write_failed(self, message: str) -> None:
        """The file refused a write: say so, and show what the file really holds."""
        self.statusbar.showMessage(message, 15000)
        QTimer.singleShot(0, self, lambda: self._after_write_failure(message))

    def _after_write_failure(self, message: str) -> None:
        if self.panel is not None:
            self.panel.show_section(self.current_section_id())
        QMessageBox.warning(self, self.tr("无法保存"), message)

    def _undo_index_changed(self, _index: int) -> None:
        self._update_report_actions()
        self._update_title()

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
                       self.actionRowUp, self.actionRowDown, self.actionEditFormula):
            action.setEnabled(writable and current is not None)
        self.actionRunChecks.setEnabled(has)
        self.actionCheckSettings.setEnabled(writable)
        self.actionUndo.setEnabled(has and self.session.undo_stack.canUndo())
        self.actionRedo.setEnabled(has and self.session.undo_stack.canRedo())
        if has and current is not None:
            numbering = self.tree_model.numbering(current)
            self.actionToggleNumbering.setChecked(numbering == NUMBERING_NONE)

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

    # ---- what the parts hold, for the other parts and for tests ----------------------------------
    @property
    def tree_model(self):
        return self.sections.tree_model if self.sections is not None else None

    @property
    def panel(self):
        return self.sections.panel if self.sections is not None else None

    @property
    def checks(self):
        return self.findings.checks if self.findings is not None else None

    def current_section_id(self) -> int | None:
        return self.sections.current_section_id() if self.sections is not None else None

    def select_section(self, section_id: int) -> None:
        self.sections.select_section(section_id)

    def run_checks(self):
        return self.findings.run_checks() if self.findings is not None else None

    def open_location(self, loc) -> None:
        self.findings.open_location(loc)

    def open_file(self, path: str | os.PathLike, read_only: bool = False) -> bool:
        self.load_parts()
        return self.files.open_file(path, read_only=read_only)

    def new_report(self) -> bool:
        self.load_parts()
        return self.files.new_report()

    def create_report(self, template, properties, path: Path) -> bool:
        return self.files.create_report(template, properties, path)

    def import_file(self, source: Path) -> bool:
        self.load_parts()
        return self.files.import_file(source)

    def open_dropped(self, path: Path) -> bool:
        self.load_parts()
        return self.files.open_dropped(path)

    def restore_from_backup(self) -> bool:
        return self.files.restore_from_backup()

    def edit_properties(self) -> None:
        self.files.edit_properties()

    def save_as_path(self, path: Path) -> bool:
        """Save a copy and carry on in it exactly where the user was."""
        section = self.current_section_id()
        cursor = self.bodyEditor.textCursor().position()
        opened = self.files.save_as_path(path)
        if opened and section is not None and self.tree_model.contains(section):
            self.select_section(section)
            self.bodyEditor.load(self.bodyEditor.toPlainText(), cursor=cursor)
        return opened

    def add_sibling(self) -> int | None:
        return self.sections.add_sibling()

    def add_child(self) -> int | None:
        return self.sections.add_child()

    def delete_current(self) -> bool:
        return self.sections.delete_current()

    def move_current(self, delta: int) -> None:
        self.sections.move_current(delta)

    def outdent_current(self) -> None:
        self.sections.outdent_current()

    def indent_current(self) -> None:
        self.sections.indent_current()

    # ---- drag a file onto the window ------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and Path(urls[0].toLocalFile()).suffix.lower() in DROPPABLE:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not urls:
            return super().dropEvent(event)
        event.acceptProposedAction()
        self.open_dropped(Path(urls[0].toLocalFile()))

    # ---- misc ----------------------------------------------------------------------------------
    def open_collect_window(self):
        from .collect_window import open_collect_window  # QtCharts loads only when used

        return open_collect_window(self)

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
            self.set_session(None)
        super().closeEvent(event)

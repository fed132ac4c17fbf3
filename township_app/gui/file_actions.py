"""文件 menu: open, new, import, save as, working copy, backups, recent files, 报告属性.

Receives the window only as the parent of its dialogs, plus the widgets it uses (status
bar, recent menu) and the settings. It opens a report into a new ReportSession and hands
it over with sessionOpened; closeRequested asks the window to let go of the open one
(before a file is reopened or restored from a backup). The window calls follow() with the
session it shows.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..backups import BackupError, list_backups, make_backup, restore_backup
from ..file_lock import LockFileError, ReportLockedError, acquire_report_lock
from ..report_replace import write_report_file
from ..store import (NewerFileError, ReadOnlyFileError, ReportStore, StoreError, TextInputError,
                     os_reason, why_not_writable)
from ..templates import build_report
from .backup_dialog import BackupDialog
from .dialogs import NewReportDialog, PropertiesDialog
from .import_dialog import ImportPreviewDialog
from .read_only_banner import is_submission_file
from .session import ReportSession
from .settings import add_recent_file, recent_files, remove_recent_file
from .undo_commands import SetPropertiesCommand

REPORT_FILTER = "报告文件 (*.db);;所有文件 (*)"
LOCATION_CHECK_MS = 2000  # how often an open report's file and folder are looked for
DROPPABLE = (".db", ".txt", ".docx")


class FileActions(QObject):
    sessionOpened = Signal(object)  # a new ReportSession to show
    closeRequested = Signal()  # let go of the open report now

    def __init__(self, parent_widget, settings, statusbar, recent_menu):
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.settings = settings
        self.statusbar = statusbar
        self.recent_menu = recent_menu
        self.session: ReportSession | None = None
        # a stick pulled while nobody types is noticed too, not only at the next edit
        self._location_timer = QTimer(self)
        self._location_timer.setInterval(LOCATION_CHECK_MS)
        self._location_timer.timeout.connect(self._check_location)
        self.update_recent_menu()

    def follow(self, session: ReportSession | None) -> None:
        self.session = session
        self._location_timer.stop()
        if session is not None:
            session.fileVanished.connect(self._file_vanished)
            if not session.read_only:
                self._location_timer.start()

    def _check_location(self) -> None:
        if self.session is not None:
            self.session.check_location()

    # ---- opening ---------------------------------------------------------------------------
    def open_file(self, path: str | os.PathLike, read_only: bool = False,
                  read_only_reason: str = "") -> bool:
        """Open a report: lock it against a second writer, back it up, then show it."""
        w = self.parent_widget
        path = Path(path)
        if not path.is_file():
            QMessageBox.warning(w, self.tr("打开报告"),
                                self.tr("文件不存在：%1").replace("%1", str(path)))
            remove_recent_file(self.settings, str(path))
            self.update_recent_menu()
            return False
        if self.session is not None and self.session.store.path.resolve() == path.resolve():
            self.closeRequested.emit()  # reopening the open file: let go of it first
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
            QMessageBox.warning(w, self.tr("打开报告"), str(exc))
            remove_recent_file(self.settings, str(path))
            self.update_recent_menu()
            return False
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        session = ReportSession(store, w)
        session.lock = lock
        self.sessionOpened.emit(session)
        add_recent_file(self.settings, str(path))
        self.settings.setValue("lastFile", str(path.resolve()))
        self.update_recent_menu()
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
            answer = QMessageBox.question(self.parent_widget, self.tr("打开报告"),
                                          reason + "\n\n" + self.tr("以只读方式打开？"))
            if answer != QMessageBox.Yes:
                return False
        return self.open_file(path, read_only=True, read_only_reason=reason)

    def open_dialog(self) -> None:
        files = recent_files(self.settings)
        start = str(Path(files[0]).parent) if files else ""
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("打开报告"), start,
                                              self.tr(REPORT_FILTER))
        if path:
            self.open_file(path)

    def open_dropped(self, path: Path) -> bool:
        if path.suffix.lower() in (".txt", ".docx"):
            return self.import_file(path)
        return self.open_file(path)

    def _file_vanished(self, message: str) -> None:
        """The report's folder or file is gone (a USB stick pulled): say so now, offer 另存为."""
        self.statusbar.showMessage(message)
        QTimer.singleShot(0, self, lambda: self._offer_save_elsewhere(message))

    def _offer_save_elsewhere(self, message: str) -> None:
        answer = QMessageBox.warning(self.parent_widget, self.tr("报告文件已不在原处"),
                                     message + "\n\n" + self.tr("现在另存为？"),
                                     QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            self.save_as()

    # ---- backups -----------------------------------------------------------------------------
    def restore_from_backup(self) -> bool:
        if self.session is None or self.session.read_only:
            return False
        w = self.parent_widget
        path = self.session.store.path
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(w, self.tr("从备份恢复"), self.tr("还没有这份报告的备份。"))
            return False
        dialog = BackupDialog(backups, path.name, w)
        if dialog.exec() != BackupDialog.Accepted or dialog.selected() is None:
            return False
        lock, self.session.lock = self.session.lock, None
        self.closeRequested.emit()
        try:
            restore_backup(dialog.selected(), path, held_lock=lock)
        except StoreError as exc:
            QMessageBox.warning(w, self.tr("从备份恢复"), str(exc))
        finally:
            if lock is not None:
                lock.release()
        return self.open_file(path)

    # ---- new files ---------------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("导入报告"), "",
                                              self.tr("Word 或文本文件 (*.docx *.txt)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, source: Path) -> bool:
        """Parse, show the tree for approval, then write a new report file and open it."""
        from ..importer import ImportError_, parse_path

        w = self.parent_widget
        try:
            result = parse_path(source)
        except ImportError_ as exc:
            QMessageBox.warning(w, self.tr("导入报告"), str(exc))
            return False
        dialog = ImportPreviewDialog(source, result, w,
                                     reparse=lambda keep: parse_path(source, keep_furniture=keep))
        if dialog.exec() != ImportPreviewDialog.Accepted:
            return False
        result = dialog.result  # the user may have chosen to keep what was left out
        target = dialog.target_path()
        if target.suffix.lower() != ".db":
            target = target.with_name(target.name + ".db")
        if target.exists() and QMessageBox.question(
                w, self.tr("导入报告"),
                self.tr("“%1”已存在。要覆盖它吗？").replace("%1", str(target))) != QMessageBox.Yes:
            return False
        return self.write_new_report(result.report, target, self.tr("导入报告"))

    def write_new_report(self, report, path: Path, title: str) -> bool:
        """Under the target's lock, leftover -wal/-shm of an old file of that name removed."""
        w = self.parent_widget
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_report_file(path, lambda staged: ReportStore.create(staged, report).close())
        except OSError as exc:
            QMessageBox.warning(w, title, self.tr("无法写入“%1”：%2").replace("%1", str(path))
                                .replace("%2", os_reason(exc)))
            return False
        except (StoreError, TextInputError) as exc:
            QMessageBox.warning(w, title, str(exc))
            return False
        return self.open_file(path)

    def new_report(self) -> bool:
        place = self.session.store.properties() if self.session is not None else None
        dialog = NewReportDialog(self.parent_widget, place=place)
        if dialog.exec() != NewReportDialog.Accepted:
            return False
        return self.create_report(dialog.selected_template(), dialog.form.properties(),
                                  dialog.target_path())

    def create_report(self, template, properties, path: Path) -> bool:
        return self.write_new_report(build_report(template, properties), path,
                                     self.tr("新建报告"))

    def save_working_copy(self, from_submission: bool) -> bool:
        """From a submission: a plain report with the same content, opened for editing."""
        if self.session is None:
            return False
        if not from_submission:
            return self.save_as()
        current = self.session.store.path
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("另存为工作副本"),
            str(current.with_name(current.stem + "_工作副本.db")), self.tr(REPORT_FILTER))
        if not path:
            return False
        path = Path(path) if path.lower().endswith(".db") else Path(path + ".db")
        return self.write_new_report(self.session.store.load_report(), path,
                                     self.tr("另存为工作副本"))

    def save_as(self) -> bool:
        if self.session is None:
            return False
        current = self.session.store.path
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("另存为"),
            str(current.with_name(current.stem + "_副本.db")), self.tr(REPORT_FILTER))
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
            QMessageBox.warning(self.parent_widget, self.tr("另存为"),
                                str(exc) + "\n" + self.tr("当前报告未受影响。"))
            return False
        return self.open_file(path)

    # ---- recent files and properties ---------------------------------------------------------
    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = recent_files(self.settings)
        for i, path in enumerate(files, 1):
            action = menu.addAction(f"&{i % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if files:
            menu.addSeparator()
            clear = menu.addAction(self.tr("清除列表"))
            clear.triggered.connect(self._clear_recent)
        menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.setValue("recentFiles", [])
        self.update_recent_menu()

    def edit_properties(self) -> None:
        if self.session is None or self.session.read_only:
            return
        old = self.session.store.properties()
        dialog = PropertiesDialog(old, self.parent_widget)
        if dialog.exec() == PropertiesDialog.Accepted:
            new = dialog.properties()
            if new != old:
                self.session.undo_stack.push(SetPropertiesCommand(self.session, old, new))

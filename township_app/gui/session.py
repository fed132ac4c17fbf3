"""An open report in the window: the store, the undo stack and the signals views listen to.

Undo commands call the session (or the section model) and the session calls the
core store; views never talk to each other, they follow these signals. A write the
file refuses (full disk, pulled USB stick, read-only file) is reported through
writeFailed and changes nothing on screen, so what the user sees is what is stored.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import Indicator, ReportProperties, count_characters
from ..store import ReportStore, StoreError, TextInputError, os_reason

NO_CURSOR = -1


def write_failure_message(exc: BaseException) -> str:
    if isinstance(exc, (StoreError, TextInputError)):
        return str(exc)
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        reason = "文件是只读的（或被其他程序占用）。"
    elif isinstance(exc, OSError) or "disk" in text or "i/o" in text:
        reason = os_reason(exc)
    else:
        reason = str(exc)
    return f"修改未能写入报告文件：{reason}屏幕上显示的是文件中实际保存的内容。"


class ReportSession(QObject):
    bodyChanged = Signal(int, str, int)  # section id, new body, cursor position or NO_CURSOR
    titleChanged = Signal(int, str)
    sectionFlagsChanged = Signal(int)  # numbering / print_table
    indicatorsReset = Signal(int)  # section id: rows added, removed or moved
    indicatorChanged = Signal(int, object)  # section id, the Indicator as now stored
    propertiesChanged = Signal()
    structureChanged = Signal()  # sections added, removed or moved
    sectionInserted = Signal(object, int, int)  # parent id or None, position, new section id
    sectionRemoved = Signal(int)  # section id (with its subtree)
    sectionMoved = Signal(int, object, int)  # section id, new parent id or None, position
    characterCountChanged = Signal()
    showRequested = Signal(int)  # undo/redo touched this section: bring it into view
    writeFailed = Signal(str)  # message for the user
    written = Signal()  # the file took an edit (the status bar says 已自动保存)
    fileVanished = Signal(str)  # the file is no longer where it was opened; message for the user
    checkSettingsChanged = Signal()  # 检查设置: the rule families switched off changed

    def __init__(self, store: ReportStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.lock = None  # file_lock.ReportLock while this window may write the file
        self._vanished = False  # told the user once that the file is gone
        self.undo_stack = QUndoStack(self)
        self._char_counts: dict[int, int] = {}
        self.report_title = store.properties().title
        self._recount_all()
        self.structureChanged.connect(self._recount_all)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def write(self, operation, *args, **kwargs) -> tuple[bool, object]:
        """Run one store write; (False, None) with writeFailed emitted when the file refuses it."""
        try:
            result = operation(*args, **kwargs)
        except (sqlite3.DatabaseError, OSError, StoreError, TextInputError) as exc:
            self.writeFailed.emit(write_failure_message(exc))
            return False, None
        self.check_location()  # a pulled stick: SQLite keeps "succeeding" into nowhere
        self.written.emit()
        return True, result

    def check_location(self) -> None:
        """Emit fileVanished (once) when the file is no longer where it was opened."""
        if self._vanished:
            return
        problem = self.store.location_problem()
        if problem:
            self._vanished = True
            self.fileVanished.emit(problem)

    # ---- counts --------------------------------------------------------------------------
    def _recount_all(self) -> None:
        self._char_counts = {
            s.id: count_characters(s.title) + count_characters(s.body)
            for s in self.store.sections()
        }
        self.characterCountChanged.emit()

    def section_characters(self, section_id: int) -> int:
        return self._char_counts.get(section_id, 0)

    def total_characters(self) -> int:
        return sum(self._char_counts.values()) + count_characters(self.report_title)

    def _recount(self, section_id: int, title: str | None = None, body: str | None = None):
        if title is None or body is None:
            s = self.store.section(section_id)
            title = s.title if title is None else title
            body = s.body if body is None else body
        self._char_counts[section_id] = count_characters(title) + count_characters(body)
        self.characterCountChanged.emit()

    # ---- edits (called by undo commands; each returns whether the file took it) -----------
    def set_body(self, section_id: int, text: str, cursor: int = NO_CURSOR) -> bool:
        ok, _ = self.write(self.store.update_section, section_id, body=text)
        if ok:
            self._recount(section_id, body=text)
            self.bodyChanged.emit(section_id, text, cursor)
        return ok

    def set_title(self, section_id: int, title: str) -> bool:
        ok, _ = self.write(self.store.update_section, section_id, title=title)
        if ok:
            self._recount(section_id, title=title)
            self.titleChanged.emit(section_id, title)
        return ok

    def set_texts(self, texts: list[tuple[int, str, str]]) -> bool:
        """Several titles and bodies, (section id, "title" | "body", text), in one transaction
        (修正 / 全部修正): the file takes all of them or none."""
        def write_all():
            with self.store.transaction():
                for section_id, field, text in texts:
                    self.store.update_section(section_id, **{field: text})

        ok, _ = self.write(write_all)
        if ok:
            for section_id, field, text in texts:
                self._recount(section_id, **{field: text})
                if field == "title":
                    self.titleChanged.emit(section_id, text)
                else:
                    self.bodyChanged.emit(section_id, text, NO_CURSOR)
        return ok

    def insert_section(self, parent_id: int | None, position: int, *, title: str = "",
                       body: str = "", numbering: str = "auto",
                       section_id: int | None = None) -> int | None:
        """A new section at position among parent_id's children; its id, or None if refused."""
        ok, new_id = self.write(self.store.add_section, parent_id, position, title=title,
                                body=body, numbering=numbering, section_id=section_id)
        if ok:
            self.sectionInserted.emit(parent_id, position, new_id)
            self.structureChanged.emit()
        return new_id if ok else None

    def remove_section(self, section_id: int):
        """Delete a section with its subtree; the snapshot that restores it, or None."""
        ok, snapshot = self.write(self.store.delete_section, section_id)
        if ok:
            self.sectionRemoved.emit(section_id)
            self.structureChanged.emit()
        return snapshot if ok else None

    def restore_section(self, snapshot) -> bool:
        ok, _ = self.write(self.store.restore_subtree, snapshot)
        if ok:
            root = snapshot.sections[0]
            self.sectionInserted.emit(root.parent_id, root.position, root.id)
            self.structureChanged.emit()
        return ok

    def move_section(self, section_id: int, new_parent_id: int | None, position: int) -> bool:
        """position counts new_parent_id's children without the moved section."""
        ok, _ = self.write(self.store.move_section, section_id, new_parent_id, position)
        if ok:
            self.sectionMoved.emit(section_id, new_parent_id, position)
            self.structureChanged.emit()
        return ok

    def set_section_flags(self, section_id: int, **flags) -> bool:
        ok, _ = self.write(self.store.update_section, section_id, **flags)
        if ok:
            self.sectionFlagsChanged.emit(section_id)
        return ok

    def set_properties(self, props: ReportProperties) -> bool:
        ok, _ = self.write(self.store.set_properties, **props.as_dict())
        if ok:
            self.report_title = props.title
            self.characterCountChanged.emit()
            self.propertiesChanged.emit()
        return ok

    def set_families_off(self, families) -> bool:
        """检查设置: the rule families the report's checks leave out."""
        ok, _ = self.write(self.store.set_families_off, families)
        if ok:
            self.checkSettingsChanged.emit()
        return ok

    def set_indicator_values(self, indicator_id: int, values: dict[str, str]) -> bool:
        ok, _ = self.write(self.store.update_indicator, indicator_id, **values)
        if ok:
            ind = self.store.indicator(indicator_id)
            self.indicatorChanged.emit(ind.section_id, ind)
        return ok

    def insert_indicator(self, ind: Indicator) -> int | None:
        """Insert (or re-insert with its old id, for undo) a row; its id, or None if refused."""
        values = {k: getattr(ind, k) for k in Indicator.EDITABLE}
        ok, new_id = self.write(self.store.add_indicator, ind.section_id, ind.position,
                                indicator_id=ind.id, **values)
        if ok:
            self.indicatorsReset.emit(ind.section_id)
        return new_id

    def remove_indicator(self, indicator_id: int) -> Indicator | None:
        ok, ind = self.write(self.store.delete_indicator, indicator_id)
        if ok:
            self.indicatorsReset.emit(ind.section_id)
        return ind

    def move_indicator(self, indicator_id: int, position: int) -> bool:
        ok, _ = self.write(self.store.move_indicator, indicator_id, position)
        if ok:
            self.indicatorsReset.emit(self.store.indicator(indicator_id).section_id)
        return ok

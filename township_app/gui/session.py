"""An open report in the window: the store, the undo stack and the signals views listen to.

Undo commands call the session (or the section model) and the session calls the
core store; views never talk to each other, they follow these signals.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import Indicator, ReportProperties, count_characters
from ..store import ReportStore


class ReportSession(QObject):
    bodyChanged = Signal(int, str)  # section id, new body
    titleChanged = Signal(int, str)
    sectionFlagsChanged = Signal(int)  # numbering / print_table
    indicatorsReset = Signal(int)  # section id: rows added, removed or moved
    indicatorChanged = Signal(int, int)  # section id, indicator id
    propertiesChanged = Signal()
    structureChanged = Signal()  # sections added, removed or moved
    characterCountChanged = Signal()

    def __init__(self, store: ReportStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.lock = None  # file_lock.ReportLock while this window may write the file
        self.undo_stack = QUndoStack(self)
        self._char_counts: dict[int, int] = {}
        self._recount_all()
        self.structureChanged.connect(self._recount_all)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

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
        return sum(self._char_counts.values()) + count_characters(
            self.store.properties().title)

    def _recount(self, section_id: int) -> None:
        s = self.store.section(section_id)
        self._char_counts[section_id] = count_characters(s.title) + count_characters(s.body)
        self.characterCountChanged.emit()

    # ---- edits (called by undo commands) ----------------------------------------------------
    def set_body(self, section_id: int, text: str) -> None:
        self.store.update_section(section_id, body=text)
        self._recount(section_id)
        self.bodyChanged.emit(section_id, text)

    def set_section_flags(self, section_id: int, **flags) -> None:
        self.store.update_section(section_id, **flags)
        self.sectionFlagsChanged.emit(section_id)

    def set_properties(self, props: ReportProperties) -> None:
        self.store.set_properties(**props.as_dict())
        self.characterCountChanged.emit()
        self.propertiesChanged.emit()

    def set_indicator_values(self, indicator_id: int, values: dict[str, str]) -> None:
        self.store.update_indicator(indicator_id, **values)
        ind = self.store.indicator(indicator_id)
        self.indicatorChanged.emit(ind.section_id, indicator_id)

    def insert_indicator(self, ind: Indicator) -> int:
        """Insert (or re-insert with its old id, for undo) a row."""
        values = {k: getattr(ind, k) for k in Indicator.EDITABLE}
        new_id = self.store.add_indicator(ind.section_id, ind.position,
                                          indicator_id=ind.id, **values)
        self.indicatorsReset.emit(ind.section_id)
        return new_id

    def remove_indicator(self, indicator_id: int) -> Indicator:
        ind = self.store.delete_indicator(indicator_id)
        self.indicatorsReset.emit(ind.section_id)
        return ind

    def move_indicator(self, indicator_id: int, position: int) -> None:
        self.store.move_indicator(indicator_id, position)
        self.indicatorsReset.emit(self.store.indicator(indicator_id).section_id)

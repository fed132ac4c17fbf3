"""The indicator table view: moves like a spreadsheet and takes blocks pasted from Excel/WPS."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QApplication,
                               QHeaderView, QTableView)

from .cell_editing import CellDelegate, CellNotice, UnitDelegate
from .indicator_table_model import COL_NAME, COL_UNIT, COLUMNS

#: share of the pane's width per column; 指标名称 gets the most and shrinks last
COLUMN_WEIGHTS = {"name": 3.0, "value": 1.1, "unit": 0.9, "target": 1.25, "previous": 1.1,
                  "note": 1.4}
MIN_NAME_WIDTH, MIN_COLUMN_WIDTH = 140, 52
_MOVES_ON = (QAbstractItemDelegate.SubmitModelCache, QAbstractItemDelegate.EditNextItem,
             QAbstractItemDelegate.EditPreviousItem)


class IndicatorTableView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        # no SelectedClicked: a second click then typing would race Qt's delayed edit
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.ContiguousSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(True)
        self.cell_delegate = CellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.setItemDelegateForColumn(COL_UNIT, UnitDelegate(self))
        self.verticalHeader().setDefaultSectionSize(26)
        self.notice = CellNotice(self.viewport())
        self.notice.editRequested.connect(self._edit_refused)
        self.last_message = ""
        self._refused_now = False

    def setModel(self, model):
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.fit_columns()
        model.inputRejected.connect(self.show_rejection)
        model.modelReset.connect(self.notice.dismiss)

    def fit_columns(self) -> None:
        """Column widths from the pane's width: all columns visible, 指标名称 the widest."""
        header = self.horizontalHeader()
        available = self.viewport().width()
        total = sum(COLUMN_WEIGHTS.values())
        for column, name in enumerate(COLUMNS):
            if column != COL_NAME:
                width = int(available * COLUMN_WEIGHTS[name] / total)
                header.resizeSection(column, max(MIN_COLUMN_WIDTH, width))
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_columns()
        self._place_notice()

    def scrollContentsBy(self, dx, dy):
        super().scrollContentsBy(dx, dy)
        self._place_notice()

    # ---- refused values ---------------------------------------------------------------------
    def show_rejection(self, row: int, column: int, message: str) -> None:
        """The note stays under the cell; what was typed is kept for the next edit of it."""
        self.last_message = message
        typed = self.delegate_for(column).committing
        typed_here = typed is not None and typed[:2] == (row, column)
        self._refused_now = typed_here
        index = self.model().index(row, column)
        self.notice.show_for(index, message, self.visualRect(index),
                             typed[2] if typed_here else None)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    def delegate_for(self, column: int) -> CellDelegate:
        return self.itemDelegateForColumn(column) or self.cell_delegate

    def _place_notice(self) -> None:
        if self.notice.isVisible() and self.notice.cell.isValid():
            self.notice.place(self.visualRect(self.model().index(self.notice.cell.row(),
                                                                 self.notice.cell.column())))

    def _edit_refused(self, cell) -> None:
        if cell.isValid():
            index = self.model().index(cell.row(), cell.column())
            if self.notice.typed is not None:
                self.delegate_for(index.column()).resume_text[(index.row(), index.column())] = \
                    self.notice.typed
            self.setCurrentIndex(index)
            self.setFocus()
            if self.edit(index, QAbstractItemView.AllEditTriggers, None):
                editor = self.indexWidget(index)
                if hasattr(editor, "end"):
                    editor.end(False)  # Qt selected it all: correcting starts at the end

    def commitData(self, editor):
        self._refused_now = False
        super().commitData(editor)
        index = self.currentIndex()
        if not self._refused_now and self.notice.is_for(index.row(), index.column()):
            self.notice.dismiss()  # the cell now holds a good value

    def closeEditor(self, editor, hint):
        """Enter moves down like a spreadsheet; Tab moves right (Qt's own behaviour).

        After a refused value the cell stays current and is edited again with what was typed.
        """
        refused, self._refused_now = self._refused_now, False
        if refused:
            cell = self.currentIndex()
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)
            if hint in _MOVES_ON:
                QTimer.singleShot(0, lambda: self._edit_refused(cell))
            return
        if hint == QAbstractItemDelegate.RevertModelCache:
            self.notice.dismiss()  # Esc: the user let the correction go
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                QTimer.singleShot(0, lambda: self.setCurrentIndex(below))

    # ---- keys ------------------------------------------------------------------------------
    def event(self, event):
        if event.type() == QEvent.ShortcutOverride and event.key() == Qt.Key_F2 \
                and event.modifiers() == Qt.NoModifier:
            event.accept()  # F2 edits the cell here, as in a spreadsheet
            return True
        return super().event(event)

    def inputMethodEvent(self, event):
        """Text an input method commits at once (no composition first) opens the cell with it.

        Qt opens the editor for such an event but does not hand the text on: the
        first character typed was lost.
        """
        index = self.currentIndex()
        if (self.state() != QAbstractItemView.EditingState and event.commitString()
                and not event.preeditString() and index.isValid()
                and index.flags() & Qt.ItemIsEditable
                and self.edit(index, QAbstractItemView.AllEditTriggers, None)):
            editor = self.indexWidget(index) or QApplication.focusWidget()
            QApplication.sendEvent(editor, event)
            return
        super().inputMethodEvent(event)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Paste):
            self.paste_clipboard()
            return
        if event.matches(QKeySequence.Copy):
            self.copy_selection()
            return
        editing = self.state() == QAbstractItemView.EditingState
        current = self.currentIndex()
        if event.key() == Qt.Key_Escape and not editing and self.notice.isVisible():
            self.notice.dismiss()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not editing:
            if self.notice.is_for(current.row(), current.column()):
                self._edit_refused(self.notice.cell)  # back to the refused text
                return
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
                return
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and not editing:
            self.clear_selection_cells()
            return
        super().keyPressEvent(event)

    # ---- clipboard ---------------------------------------------------------------------------
    def copy_selection(self) -> None:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for i in indexes:
            rows.setdefault(i.row(), {})[i.column()] = i.data(Qt.DisplayRole) or ""
        cols = sorted({i.column() for i in indexes})
        text = "\n".join("\t".join(r.get(c, "") for c in cols) for _, r in sorted(rows.items()))
        QGuiApplication.clipboard().setText(text)

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Tab-separated rows from Excel/WPS, starting at the current cell; rows added as needed."""
        model = self.model()
        if model is None or model.section_id is None or model.session.read_only:
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines:
            return
        start = self.currentIndex() if self.currentIndex().isValid() else model.index(0, 0)
        row0, col0 = max(start.row(), 0), max(start.column(), 0)
        session = model.session
        session.undo_stack.beginMacro(self.tr("粘贴指标"))
        try:
            needed = row0 + len(lines) - model.rowCount()
            if needed > 0:
                from ..model import Indicator
                from .undo_commands import AddIndicatorCommand
                for _ in range(needed):
                    session.undo_stack.push(AddIndicatorCommand(
                        session, Indicator(section_id=model.section_id,
                                           position=model.rowCount())))
            edits = []
            for r, line in enumerate(lines):
                for c, cell in enumerate(line.split("\t")):
                    if col0 + c < model.columnCount():
                        edits.append((row0 + r, col0 + c, cell.strip()))
            _, message = model.apply_edits(edits)
        finally:
            session.undo_stack.endMacro()
        if message:
            self.show_rejection(row0, col0, message)

    def clear_selection_cells(self) -> None:
        model = self.model()
        if model is None or model.session.read_only:
            return
        edits = [(i.row(), i.column(), "") for i in self.selectedIndexes()]
        model.apply_edits(edits)

    def current_row(self) -> int:
        index: QModelIndex = self.currentIndex()
        return index.row() if index.isValid() else -1

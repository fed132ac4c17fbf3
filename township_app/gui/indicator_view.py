"""The indicator table view: moves like a spreadsheet and takes blocks pasted from Excel/WPS."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QComboBox, QHeaderView,
                               QStyledItemDelegate, QTableView, QToolTip)

from .indicator_table_model import COL_NAME, COL_NOTE, COL_UNIT, UNITS


class UnitDelegate(QStyledItemDelegate):
    """The 单位 column: pick a common unit or type any other."""

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems(UNITS)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.EditRole)


class IndicatorTableView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.setSelectionMode(QAbstractItemView.ContiguousSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(True)
        self.setItemDelegateForColumn(COL_UNIT, UnitDelegate(self))
        self.verticalHeader().setDefaultSectionSize(26)
        self.last_message = ""

    def setModel(self, model):
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_NAME, 220)
        for col in range(1, COL_NOTE):
            header.resizeSection(col, 90)
        model.inputRejected.connect(self.show_rejection)

    def show_rejection(self, row: int, column: int, message: str) -> None:
        """The message appears right under the cell; what was there before stays."""
        self.last_message = message
        rect = self.visualRect(self.model().index(row, column))
        pos = self.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 2))
        QToolTip.showText(pos, message, self, rect, 6000)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    def closeEditor(self, editor, hint):
        """Enter moves down like a spreadsheet; Tab moves right (Qt's own behaviour)."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                QTimer.singleShot(0, lambda: self.setCurrentIndex(below))

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Paste):
            self.paste_clipboard()
            return
        if event.matches(QKeySequence.Copy):
            self.copy_selection()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.state() != \
                QAbstractItemView.EditingState:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
                return
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and self.state() != \
                QAbstractItemView.EditingState:
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

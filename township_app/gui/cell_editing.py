"""Editing an indicator cell the way a spreadsheet does, and saying why a value was refused.

Typing into a cell replaces what it holds (every column, the 单位 combo box too);
F2 edits it, Esc cancels. A value that is not a number is never dropped: the note
beside the cell keeps it, and editing the cell again starts from it.
"""
from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QStyledItemDelegate, QToolButton)

from .indicator_table_model import UNITS


class CellDelegate(QStyledItemDelegate):
    """Starts each edit with the whole text selected, or with text the user typed earlier."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resume_text: dict[tuple[int, int], str] = {}  # (row, column) → refused text
        self.committing: tuple[int, int, str] | None = None  # the value being written

    def setEditorData(self, editor, index):
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # the model repainted (the checks ran): what the user is typing stays
        resumed = self.resume_text.pop((index.row(), index.column()), None)
        text = resumed if resumed is not None else (index.data(Qt.EditRole) or "")
        if not isinstance(editor, QLineEdit):
            super().setEditorData(editor, index)
            return
        editor.setText(text)
        if resumed is not None:
            editor.setModified(True)  # it is the user's text, not the cell's
            editor.end(False)  # correcting what was refused: the cursor at its end
        else:
            editor.selectAll()  # the first key typed replaces, as in a spreadsheet

    def setModelData(self, editor, model, index):
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        self.committing = (index.row(), index.column(), text)
        try:
            model.setData(index, text, Qt.EditRole)
        finally:
            self.committing = None


class UnitDelegate(CellDelegate):
    """The 单位 column: any unit, with the common ones offered as the user types.

    A plain line edit like every other cell (a combo box editor lost the first
    character an input method committed to it).
    """

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = QCompleter(UNITS, editor)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        editor.setCompleter(completer)
        editor.setFrame(False)
        return editor


class CellNotice(QFrame):
    """A note under a cell, until the user fixes the value or closes the note."""

    editRequested = Signal(QPersistentModelIndex)

    def __init__(self, viewport):
        super().__init__(viewport)
        self.setObjectName("cellNotice")
        self.setStyleSheet("#cellNotice { background: #fff4e5; border: 1px solid #ef6c00;"
                           " border-radius: 3px; } QLabel { color: #7a3b00; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fix_button = QToolButton(self, text=self.tr("改正"))
        self.fix_button.setToolTip(self.tr("从刚才输入的内容接着改（也可按 F2 或回车）"))
        self.close_button = QToolButton(self, text="×")
        self.close_button.setToolTip(self.tr("关闭提示"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 3, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.fix_button)
        layout.addWidget(self.close_button)
        self.cell = QPersistentModelIndex()
        self.typed: str | None = None
        self.fix_button.clicked.connect(lambda: self.editRequested.emit(self.cell))
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_for(self, index, message: str, cell_rect, typed: str | None = None) -> None:
        """typed: what the user wrote, offered again by 改正 (None for a paste)."""
        self.cell = QPersistentModelIndex(index)
        self.typed = typed
        self.fix_button.setVisible(typed is not None)
        self.label.setText(message)
        self.place(cell_rect)
        self.show()
        self.raise_()

    def place(self, cell_rect) -> None:
        viewport = self.parentWidget()
        width = max(min(360, viewport.width() - 4), 120)
        self.setFixedWidth(width)
        self.adjustSize()
        x = max(0, min(cell_rect.left(), viewport.width() - width))
        y = cell_rect.bottom() + 2
        if y + self.height() > viewport.height() and cell_rect.top() - self.height() - 2 >= 0:
            y = cell_rect.top() - self.height() - 2  # no room below: above the cell
        self.move(x, y)

    def dismiss(self) -> None:
        self.hide()
        self.cell = QPersistentModelIndex()
        self.typed = None

    def is_for(self, row: int, column: int) -> bool:
        return (self.isVisible() and self.cell.isValid() and self.cell.row() == row
                and self.cell.column() == column)

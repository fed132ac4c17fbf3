"""The body text editor and its find/replace bar.

The editor's own undo is off: every change becomes an EditBodyCommand on the
report's undo stack, so Ctrl+Z walks text edits and tree edits in one order.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton,
                               QWidget)


class BodyEditor(QPlainTextEdit):
    """Plain paragraphs; emits userEdited(old, new, cursor_before, cursor_after) per change."""

    userEdited = Signal(str, str, int, int)
    #: the next edit must not merge with the previous one (replace all, paste of a block)
    undoStepBreak = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        font = QFont()
        font.setFamilies(["FangSong", "仿宋", "STFangsong", "AR PL UMing CN", "WenQuanYi Micro Hei"])
        font.setPointSize(13)
        self.setFont(font)
        self._shown = ""
        self._loading = False
        self.textChanged.connect(self._on_text_changed)

    def load(self, text: str, keep_cursor: bool = False, cursor: int | None = None) -> None:
        """Show text without producing an edit (section switch, undo/redo)."""
        if text == self.toPlainText() and cursor is None:
            self._shown = text
            return
        position = self.textCursor().position()
        self._loading = True
        try:
            self.setPlainText(text)
            self._shown = text
            if cursor is not None:
                position = cursor
            if keep_cursor or cursor is not None:
                c = self.textCursor()
                c.setPosition(min(position, self.document().characterCount() - 1))
                self.setTextCursor(c)
        finally:
            self._loading = False

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        new = self.toPlainText()
        if new == self._shown:
            return
        old, self._shown = self._shown, new
        # where the old text changed: undo puts the cursor back at the end of that span
        common = min(len(old), len(new))
        prefix = next((i for i in range(common) if old[i] != new[i]), common)
        suffix = 0
        while suffix < common - prefix and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        before = utf16_offset(old, len(old) - suffix)
        self.userEdited.emit(old, new, before, self.textCursor().position())

    def select_span(self, start: int, length: int) -> None:
        """Select characters start..start+length of the text (Python offsets, as findings give)."""
        text = self.toPlainText()
        begin, end = utf16_offset(text, start), utf16_offset(text, start + length)
        c = self.textCursor()
        c.setPosition(begin)
        c.setPosition(end, QTextCursor.KeepAnchor)
        self.setTextCursor(c)
        self.centerCursor()
        self.setFocus()


def utf16_offset(text: str, index: int) -> int:
    """Qt positions count UTF-16 units: a character beyond U+FFFF (𪚥, 😀) counts two."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


class FindBar(QWidget):
    """Ctrl+F: find in the current section, with match count and replace."""

    def __init__(self, editor: BodyEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("查找"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("替换为"))
        self.count_label = QLabel(self)
        prev_button = QToolButton(self, text=self.tr("上一个"))
        next_button = QToolButton(self, text=self.tr("下一个"))
        replace_button = QToolButton(self, text=self.tr("替换"))
        replace_all_button = QToolButton(self, text=self.tr("全部替换"))
        close_button = QToolButton(self, text="×")
        close_button.setToolTip(self.tr("关闭查找栏（Esc）"))
        for w in (QLabel(self.tr("查找："), self), self.find_edit, prev_button, next_button,
                  self.count_label, self.replace_edit, replace_button, replace_all_button,
                  close_button):
            layout.addWidget(w)
        self.find_edit.textChanged.connect(self._update_count)
        self.find_edit.returnPressed.connect(self.find_next)
        next_button.clicked.connect(self.find_next)
        prev_button.clicked.connect(self.find_previous)
        replace_button.clicked.connect(self.replace_one)
        replace_all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.hide)
        editor.textChanged.connect(self._update_count)
        self.hide()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.hide()
            self.editor.setFocus()
            return
        super().keyPressEvent(event)

    def open(self) -> None:
        self.replace_edit.setEnabled(not self.editor.isReadOnly())
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _update_count(self) -> None:
        needle = self.find_edit.text()
        if not needle or not self.isVisible():
            self.count_label.setText("")
            return
        n = self.editor.toPlainText().count(needle)
        self.count_label.setText(self.tr("%1 处").replace("%1", str(n)) if n else
                                 self.tr("未找到"))

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindBackward)

    def _find(self, flags) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self.editor.find(needle, flags):
            return True
        # wrap around
        c = self.editor.textCursor()
        c.movePosition(QTextCursor.End if flags & QTextDocument.FindBackward else QTextCursor.Start)
        self.editor.setTextCursor(c)
        return self.editor.find(needle, flags)

    def replace_one(self) -> None:
        if self.editor.isReadOnly():
            return
        c = self.editor.textCursor()
        if c.hasSelection() and c.selectedText() == self.find_edit.text():
            c.insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        if self.editor.isReadOnly():  # QTextCursor edits bypass the editor's read-only flag
            return 0
        needle, repl = self.find_edit.text(), self.replace_edit.text()
        text = self.editor.toPlainText()
        n = text.count(needle) if needle else 0
        if n:
            self.editor.undoStepBreak.emit()
            c = self.editor.textCursor()
            c.select(QTextCursor.Document)
            c.insertText(text.replace(needle, repl))  # one edit, one undo step
            self.editor.undoStepBreak.emit()
        self.count_label.setText(self.tr("已替换 %1 处").replace("%1", str(n)))
        return n


def find_shortcut() -> QKeySequence:
    return QKeySequence(QKeySequence.Find)

"""The window's shortcuts work wherever the focus is, and text fields undo the report.

Qt's text widgets claim Ctrl+Z / Ctrl+Y (and a few other keys) for themselves before
the menus see them, through a ShortcutOverride event. Their own undo is off (every
edit is a command on the report's undo stack), so a claimed Ctrl+Z did nothing. This
filter lets the keys the menus use through, and puts the report's 撤销/重做 (with the
menu's shortcuts) into the widgets' right-click menus.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

#: the object names Qt gives the undo/redo entries of a text widget's standard menu
_STANDARD_UNDO = {"edit-undo", "edit-redo"}


def key_sequence(event) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class WindowKeys(QObject):
    """Installed on text fields: menu shortcuts pass through, right-click undo is the report's."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction):
        super().__init__(window)
        self.window = window  # its actions are looked up when a key comes: menus may grow
        self.undo, self.redo = undo, redo

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def menu_shortcuts(self) -> set[str]:
        return {seq.toString() for action in self.window.findChildren(QAction)
                for seq in action.shortcuts() if not seq.isEmpty()}

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.ShortcutOverride:
            # consumed without being accepted: Qt goes on to the window's shortcuts
            plain = event.modifiers() in (Qt.NoModifier, Qt.ShiftModifier, Qt.KeypadModifier) \
                and not Qt.Key_F1 <= event.key() <= Qt.Key_F35
            return not plain and key_sequence(event).toString() in self.menu_shortcuts()
        if kind == QEvent.ContextMenu and isinstance(obj, (QLineEdit, QPlainTextEdit)):
            menu = self.context_menu(obj)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False

    def context_menu(self, widget) -> QMenu:
        """The widget's own menu with its (disabled) undo/redo replaced by the report's."""
        menu = widget.createStandardContextMenu()
        standard = [a for a in menu.actions() if a.objectName() in _STANDARD_UNDO]
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.undo)
        menu.insertAction(first, self.redo)
        for action in standard:
            menu.removeAction(action)
        return menu

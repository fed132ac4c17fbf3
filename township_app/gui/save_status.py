"""文件 → 保存 (Ctrl+S) and the status bar's 已自动保存 HH:MM.

Every edit is written to the report file the moment it is made, so 保存 has
nothing left to write; clerks still look for it, and it tells them so.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

SAVED_MESSAGE_MS = 6000


class SaveStatus(QObject):
    def __init__(self, statusbar, save_action, parent=None):
        super().__init__(parent)
        self.statusbar = statusbar
        self.action = save_action
        self.label = QLabel(statusbar)
        self.label.setObjectName("saveStatus")
        statusbar.addPermanentWidget(self.label)
        self.session = None
        save_action.triggered.connect(self.save)

    def follow(self, session) -> None:
        """Listen to the open report's writes (None: no report open)."""
        if self.session is not None:
            self.session.written.disconnect(self._written)
            self.session.writeFailed.disconnect(self._failed)
        self.session = session
        self.label.setText("")
        self.label.setToolTip("")
        self.action.setEnabled(session is not None)
        if session is not None:
            session.written.connect(self._written)
            session.writeFailed.connect(self._failed)
            if session.read_only:
                self.label.setText(self.tr("只读"))

    def _written(self) -> None:
        self.label.setStyleSheet("color: #2e7d32; padding: 0 8px;")
        self.label.setText(self.tr("已自动保存 %1").replace(
            "%1", datetime.now().strftime("%H:%M")))
        self.label.setToolTip("")

    def _failed(self, message: str) -> None:
        self.label.setStyleSheet("color: #c62828; font-weight: bold; padding: 0 8px;")
        self.label.setText(self.tr("未能保存"))
        self.label.setToolTip(message)

    def save(self) -> None:
        if self.session is None:
            return
        if self.session.read_only:
            text = self.tr("此报告以只读方式打开，修改不会写入文件。")
        else:
            text = self.tr("已保存（每次修改都会自动写入文件）")
        self.statusbar.showMessage(text, SAVED_MESSAGE_MS)

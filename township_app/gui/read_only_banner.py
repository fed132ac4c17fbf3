"""The strip above the report when it cannot be edited: why, and the way to a copy that can.

A submission file (it carries the submission meta table) is opened read-only on
purpose: editing it would leave its findings summary and content hash stale. The
banner says 报送文件（只读） and offers 另存为工作副本, a plain report made from it.
"""
from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy



def is_submission_store(store) -> bool:
    from ..report_schema import META_TABLE  # the store loads after the window shows

    return META_TABLE in store.db.table_names()


def is_submission_file(path: Path) -> bool:
    from ..store import ReportStore, StoreError

    try:
        with closing(ReportStore(path, read_only=True)) as store:
            return is_submission_store(store)
    except StoreError:
        return False


class ReadOnlyBanner(QFrame):
    copyRequested = Signal()  # 另存为工作副本 / 另存为

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff8e1; border: 1px solid #f9a825;"
                           " border-radius: 3px; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.copyRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.submission = False
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)  # a strip, not a pane
        self.hide()

    def show_for(self, session, reason: str = "") -> None:
        if session is None or not session.read_only:
            self.submission = False
            self.hide()
            return
        self.submission = is_submission_store(session.store)
        if self.submission:
            self.label.setText(self.tr("<b>报送文件（只读）</b>　这是报送县里的文件，保持原样；"
                                       "要修改，请另存为工作副本，在副本上编辑。"))
            self.button.setText(self.tr("另存为工作副本…"))
        else:
            self.label.setText(self.tr("<b>只读</b>　") + (reason or self.tr("此报告以只读方式打开，修改不会写入文件。")))
            self.button.setText(self.tr("另存为…"))
        self.show()

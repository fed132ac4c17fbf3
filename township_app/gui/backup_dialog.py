"""从备份恢复: the automatic copies of this report, newest first, and which one to put back."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..backups import BackupInfo
from .screen_fit import fit_dialog


class BackupDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], report_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.backups = backups
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "每次打开“%1”时自动保存一份备份（保留最近 10 份）。\n"
            "恢复前会先备份当前文件，恢复后仍可再恢复回来。").replace("%1", report_name), self))
        self.table = QTableWidget(len(backups), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("标题"),
                                              self.tr("章节"), self.tr("字数"), self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        for row, b in enumerate(backups):
            cells = [b.created_at.strftime("%Y-%m-%d %H:%M:%S"), b.title, str(b.sections),
                     f"{b.characters:,}", b.problem or self.tr("完好")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not b.readable:
                    item.setForeground(Qt.red)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("恢复所选备份"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if backups:
            self.table.selectRow(0)
        self._selection_changed()
        fit_dialog(self, QSize(720, 380))

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(chosen is not None and chosen.readable)

    def select_index(self, row: int) -> None:
        self.table.selectRow(row)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

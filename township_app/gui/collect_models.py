"""Qt table models over a collection Summary: the 汇总 table and the 报送情况 list.

Both read the core's grid (collect.grid), so the window shows what the .xlsx holds.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..collect import STATE_DUPLICATE, STATE_OK, Summary
from ..collect.grid import (STATUS_HEADERS, status_entries, status_rows, summary_headers,
                            summary_rows)

STATE_COLOURS = {STATE_OK: "#e6f4ea", STATE_DUPLICATE: "#fff4d6"}
PROBLEM_COLOUR = "#fde2e1"
TOWNSHIP_ROLE = Qt.UserRole + 1


class SummaryTableModel(QAbstractTableModel):
    """乡镇 × 指标, 合计 last; numbers right-aligned, converted cells say what was written."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: Summary | None = None
        self.headers: list[str] = []
        self.rows: list = []

    def set_summary(self, summary: Summary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self.headers = summary_headers(summary) if summary else []
        self.rows = summary_rows(summary) if summary else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def township_at(self, row: int) -> str | None:
        if self.summary is None or not 0 <= row < len(self.summary.townships):
            return None
        return self.summary.townships[row]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        total_row = index.row() == len(self.rows) - 1
        if role == Qt.DisplayRole:
            return cell.text
        if role == Qt.ToolTipRole:
            return cell.note or None
        if role == Qt.TextAlignmentRole:
            if index.column() == 0:
                return int(Qt.AlignLeft | Qt.AlignVCenter)
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole and cell.note and not total_row:
            return QBrush(QColor("#eef3fb"))  # converted from another unit
        if role == TOWNSHIP_ROLE:
            return self.township_at(index.row())
        return None

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal:
                return self.headers[section] if section < len(self.headers) else None
            return str(section + 1) if section < len(self.rows) - 1 else ""
        return None


class StatusTableModel(QAbstractTableModel):
    """One row per file (and per missing township): state, counts and the reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.entries: list = []  # the file of each row; missing townships have none

    def set_summary(self, summary: Summary | None) -> None:
        self.beginResetModel()
        self.rows = status_rows(summary) if summary else []
        self.entries = status_entries(summary) if summary else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(STATUS_HEADERS)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return row[index.column()]
        if role == Qt.ToolTipRole and index.column() in (1, 10):
            return row[index.column()] or None
        if role == Qt.BackgroundRole and index.column() == 5:
            return QBrush(QColor(STATE_COLOURS.get(row[5], PROBLEM_COLOUR)))
        if role == TOWNSHIP_ROLE:
            return row[0] or None
        return None

    def entry_at(self, row: int):
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return STATUS_HEADERS[section]
        return None

"""The selected section's indicator table as a QAbstractTableModel.

Edits become undo commands; a value that is not a number is refused with a
message (inputRejected) and the cell keeps what it had.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..model import INDICATOR_COLUMNS, Indicator
from ..numbers import NumberInputError, normalize_number
from .undo_commands import EditIndicatorCommand

COLUMNS = tuple(c.key for c in INDICATOR_COLUMNS)
COL_NAME, COL_VALUE, COL_UNIT, COL_TARGET, COL_PREVIOUS, COL_NOTE = range(len(COLUMNS))
CELL_COLORS = {"error": "#fde0dc", "warning": "#fff3d6", "info": "#e3f0fd"}
UNITS = ["户", "人", "个", "名", "万元", "元", "亿元", "亩", "公顷", "平方公里", "公里", "米",
         "%", "件", "次", "人次", "所", "座", "处", "头", "只", "株", "吨"]


class IndicatorTableModel(QAbstractTableModel):
    inputRejected = Signal(int, int, str)  # row, column, message for the user

    HEADERS = {c.key: c.header for c in INDICATOR_COLUMNS}  # the same headers print and Word use

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.section_id: int | None = None
        self._rows: list[Indicator] = []
        self._cell_findings: dict[tuple[int, str], tuple[str, str]] = {}  # → severity, message
        session.indicatorsReset.connect(self._on_reset)
        session.indicatorChanged.connect(self._on_changed)

    def set_section(self, section_id: int | None) -> None:
        self.beginResetModel()
        self.section_id = section_id
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self._rows = self.session.store.indicators(self.section_id) \
            if self.section_id is not None else []

    def _on_reset(self, section_id: int) -> None:
        if section_id == self.section_id:
            self.set_section(section_id)

    def _on_changed(self, section_id: int, changed: Indicator) -> None:
        if section_id != self.section_id:
            return
        for row, ind in enumerate(self._rows):
            if ind.id == changed.id:
                self._rows[row] = changed
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def set_cell_findings(self, findings: dict[tuple[int, str], tuple[str, str]]) -> None:
        """Cells the checks point at: (indicator id, column) → (severity, message)."""
        if findings != self._cell_findings:
            self._cell_findings = findings
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                                      [Qt.BackgroundRole, Qt.ToolTipRole])

    # ---- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.tr(self.HEADERS[COLUMNS[section]])
        return str(section + 1)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        ind = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.DisplayRole, Qt.EditRole):
            return getattr(ind, column)
        if role == Qt.TextAlignmentRole and column in Indicator.NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        finding = self._cell_findings.get((ind.id, column))
        if role == Qt.BackgroundRole and finding is not None:
            return QBrush(QColor(CELL_COLORS[finding[0]]))
        if role == Qt.ToolTipRole:
            if finding is not None:
                return finding[1]
            if column == "name" and ind.formula:
                return self.tr("计算公式：") + ind.formula
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if not self.session.read_only:
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid():
            return False
        ok, message = self.apply_edits([(index.row(), index.column(), str(value))])
        if message:
            self.inputRejected.emit(index.row(), index.column(), message)
        return ok

    def apply_edits(self, edits: list[tuple[int, int, str]]) -> tuple[bool, str]:
        """Validate and push one undo command per changed row. Returns (any applied, message)."""
        per_row: dict[int, dict[str, str]] = {}
        problems: list[str] = []
        for row, column, text in edits:
            name = COLUMNS[column]
            if name in Indicator.NUMERIC:
                try:
                    text = normalize_number(text)
                except NumberInputError as exc:
                    problems.append(str(exc))
                    continue
            elif name != "note":
                text = text.strip()
            if getattr(self._rows[row], name) != text:
                per_row.setdefault(row, {})[name] = text
        stack = self.session.undo_stack
        if len(per_row) > 1:
            stack.beginMacro(self.tr("修改指标"))
        for row, new in per_row.items():
            ind = self._rows[row]
            old = {k: getattr(ind, k) for k in new}
            stack.push(EditIndicatorCommand(self.session, self.section_id, ind.id, old, new))
        if len(per_row) > 1:
            stack.endMacro()
        message = ""
        if problems:
            message = problems[0] if len(problems) == 1 else self.tr(
                "有 %1 个单元格不是数字，未填入：").replace("%1", str(len(problems))) + problems[0]
        return bool(per_row), message

    # ---- lookups -----------------------------------------------------------------------------
    def indicator_at(self, row: int) -> Indicator:
        return self._rows[row]

    def indicators(self) -> list[Indicator]:
        return list(self._rows)

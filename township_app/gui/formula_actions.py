"""Formulas of the indicator table: the strip under it and 指标 → 设置公式.

The strip shows the current row's formula as words (拨付率 = 已拨付 ÷ 下达), or a formula
proposed for a rate row of the table with 采用 (one click, one undo step), 修改… (the
editor, prefilled) and 忽略. Receives the table view, the strip's layout and the action;
follow() gives it each report's session and table model.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..formula_proposals import Proposal, propose_formulas, reading
from .formula_editor import FormulaDialog
from .undo_commands import EditIndicatorCommand


class FormulaStrip(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("formulaStrip")
        self.setStyleSheet("#formulaStrip { background: #eef5ff; border: 1px solid #90b4e0;"
                           " border-radius: 3px; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("采用(&Y)"), self)  # Alt+Y, keys alone
        self.edit_button = QPushButton(self.tr("修改(&M)…"), self)
        self.ignore_button = QPushButton(self.tr("忽略(&G)"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 2)
        layout.addWidget(self.label, 1)
        for button in (self.accept_button, self.edit_button, self.ignore_button):
            layout.addWidget(button)
        self.hide()


class FormulaActions(QObject):
    def __init__(self, parent_widget, table_view, strip_layout, edit_action):
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.view = table_view
        self.strip = FormulaStrip(parent_widget)
        strip_layout.addWidget(self.strip)
        self.action = edit_action
        self.session = None
        self.model = None
        self.proposal: Proposal | None = None
        self.ignored: set[tuple[int, str]] = set()  # (row id, formula) the user waved away
        edit_action.triggered.connect(self.edit_current)
        self.strip.accept_button.clicked.connect(self.accept_proposal)
        self.strip.edit_button.clicked.connect(self._edit_from_strip)
        self.strip.ignore_button.clicked.connect(self.ignore_proposal)

    def follow(self, session, table_model) -> None:
        self.session, self.model = session, table_model
        self.ignored.clear()
        if table_model is not None:
            for signal in (table_model.modelReset, table_model.dataChanged,
                           table_model.rowsInserted, table_model.rowsRemoved):
                signal.connect(self.refresh)
            self.view.selectionModel().currentChanged.connect(self.refresh)
        self.refresh()

    def _writable(self) -> bool:
        return (self.session is not None and not self.session.read_only
                and self.model is not None and self.model.section_id is not None)

    def _current_row(self):
        index = self.view.currentIndex()
        if self.model is None or not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.indicator_at(index.row())

    def refresh(self, *_args) -> None:
        """The current row's formula, else the first proposal for this table."""
        strip = self.strip
        rows = self.model.indicators() if self.model is not None else []
        current = self._current_row()
        self.proposal = None
        if current is not None and current.formula.strip():
            strip.label.setText(self.tr("公式：") + reading(current.name, current.formula))
            self._buttons(edit=True)
            strip.show()
            return
        proposals = [p for p in propose_formulas(rows) if (p.indicator_id, p.formula)
                     not in self.ignored] if self._writable() else []
        if not proposals:
            strip.hide()
            return
        self.proposal = proposals[0]
        more = self.tr("（另有 %1 条建议）").replace("%1", str(len(proposals) - 1)) \
            if len(proposals) > 1 else ""
        strip.label.setText(self.tr("建议公式：") + self.proposal.reading + more)
        self._buttons(accept=True, edit=True, ignore=True)
        strip.show()

    def _buttons(self, accept=False, edit=False, ignore=False) -> None:
        writable = self._writable()
        self.strip.accept_button.setVisible(accept and writable)
        self.strip.edit_button.setVisible(edit and writable)
        self.strip.ignore_button.setVisible(ignore and writable)

    def _set_formula(self, indicator_id: int, formula: str) -> None:
        ind = next(r for r in self.model.indicators() if r.id == indicator_id)
        if ind.formula != formula:
            self.session.undo_stack.push(EditIndicatorCommand(
                self.session, self.model.section_id, indicator_id, {"formula": ind.formula},
                {"formula": formula}))
        self.refresh()

    def accept_proposal(self) -> None:
        if self.proposal is not None and self._writable():
            self._set_formula(self.proposal.indicator_id, self.proposal.formula)

    def ignore_proposal(self) -> None:
        if self.proposal is not None:
            self.ignored.add((self.proposal.indicator_id, self.proposal.formula))
            self.refresh()

    def _edit_from_strip(self) -> None:
        if self.proposal is not None:
            ind = next(r for r in self.model.indicators() if r.id == self.proposal.indicator_id)
            self.edit_row(ind, self.proposal.formula)
        else:
            self.edit_current()

    def edit_current(self) -> None:
        row = self._current_row()
        if row is not None:
            self.edit_row(row, row.formula)

    def edit_row(self, row, formula: str) -> None:
        if not self._writable():
            return
        names = [r.name.strip() for r in self.model.indicators() if r.name.strip()]
        dialog = FormulaDialog(row.name.strip() or self.tr("（未命名）"), names, formula,
                               self.parent_widget)
        if dialog.exec() == FormulaDialog.Accepted:
            self._set_formula(row.id, "" if dialog.cleared else dialog.formula())

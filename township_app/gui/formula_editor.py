"""指标 → 设置公式: a rate, a sum, a growth or a completion built from rows the user picks,
or a formula typed by hand; what it reads as and whether it can be used, while editing."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from ..formula_proposals import (check_formula, completion_formula, growth_formula,
                                 rate_formula, reading, sum_formula)
from .screen_fit import fit_dialog

KINDS = ("比率：A ÷ B", "合计：各行之和", "增长：比上年同期", "完成率：完成 ÷ 任务", "自行填写")
KIND_RATE, KIND_SUM, KIND_GROWTH, KIND_COMPLETION, KIND_OWN = range(len(KINDS))


class FormulaDialog(QDialog):
    def __init__(self, row_name: str, names: list[str], formula: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置公式：%1").replace("%1", row_name))
        self.row_name = row_name
        self.names = [n for n in names if n != row_name]
        self.cleared = False
        self.kind = QComboBox(self)
        self.kind.addItems([self.tr(k) for k in KINDS])
        self.pages = QStackedWidget(self)
        self.numerator, self.denominator = self._combo(), self._combo()
        self.pages.addWidget(self._page((self.tr("A（分子）："), self.numerator),
                                        (self.tr("B（分母）："), self.denominator)))
        self.parts = QListWidget(self)
        self.parts.setMaximumHeight(160)
        for name in self.names:
            item = QListWidgetItem(name, self.parts)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.pages.addWidget(self._page((self.tr("相加的行："), self.parts)))
        self.growth_row = self._combo()
        self.pages.addWidget(self._page((self.tr("本期与上年同期之比："), self.growth_row)))
        self.done_row, self.task_row = self._combo(), self._combo(self.tr("（本行的目标/任务数）"))
        self.pages.addWidget(self._page((self.tr("完成："), self.done_row),
                                        (self.tr("任务："), self.task_row)))
        self.pages.addWidget(QWidget(self))
        self.formula_edit = QLineEdit(formula, self)
        self.formula_edit.setPlaceholderText("={已拨付}/{下达}")
        self.reading_label = QLabel(self)
        self.reading_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.clear_button = QPushButton(self.tr("清除公式"), self)
        buttons.addButton(self.clear_button, QDialogButtonBox.ResetRole)
        self.clear_button.setEnabled(bool(formula))
        self.clear_button.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("公式类型："), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addWidget(QLabel(self.tr("公式（可直接修改，{指标名称}、{指标名称.上年同期}、"
                                        "{指标名称.目标}，+ − × ÷）："), self))
        layout.addWidget(self.formula_edit)
        layout.addWidget(self.reading_label)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.numerator, self.denominator, self.growth_row, self.done_row,
                      self.task_row):
            combo.currentIndexChanged.connect(self._build)
        self.parts.itemChanged.connect(self._build)
        self.formula_edit.textChanged.connect(self._show_reading)
        self.kind.setCurrentIndex(KIND_OWN if formula else KIND_RATE)
        self._kind_changed(self.kind.currentIndex())
        self.pages.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        fit_dialog(self, QSize(560, self.sizeHint().height()))

    def _combo(self, first: str | None = None) -> QComboBox:
        box = QComboBox(self)
        if first is not None:
            box.addItem(first, "")
        for name in self.names:
            box.addItem(name, name)
        return box

    def _page(self, *rows) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in rows:
            form.addRow(label, widget)
        return page

    def _kind_changed(self, kind: int) -> None:
        self.pages.setCurrentIndex(kind)
        for i in range(self.pages.count()):  # the stack takes the height of the page shown
            self.pages.widget(i).setSizePolicy(
                QSizePolicy.Preferred, QSizePolicy.Preferred if i == kind else QSizePolicy.Ignored)
        self.pages.updateGeometry()
        if self.isVisible():
            self.adjustSize()
        if kind != KIND_OWN:
            self._build()
        self._show_reading()

    def _build(self) -> None:
        """The formula for the rows picked (the text field stays editable)."""
        kind = self.kind.currentIndex()
        if kind == KIND_RATE and self.numerator.count():
            text = rate_formula(self.numerator.currentData(), self.denominator.currentData())
        elif kind == KIND_SUM:
            picked = [self.parts.item(i).text() for i in range(self.parts.count())
                      if self.parts.item(i).checkState() == Qt.Checked]
            text = sum_formula(picked) if picked else ""
        elif kind == KIND_GROWTH and self.growth_row.count():
            text = growth_formula(self.growth_row.currentData())
        elif kind == KIND_COMPLETION and self.done_row.count():
            text = completion_formula(self.done_row.currentData(),
                                      self.task_row.currentData() or None)
        else:
            return
        self.formula_edit.setText(text)

    def _show_reading(self) -> None:
        text = self.formula()
        problem = check_formula(text, set(self.names)) if text else self.tr("还没有公式")
        self.ok_button.setEnabled(not problem)
        self.reading_label.setText(problem or reading(self.row_name, text))
        self.reading_label.setStyleSheet("color: #c62828;" if problem else "color: #2e7d32;")

    def _clear(self) -> None:
        self.cleared = True
        self.formula_edit.setText("")
        super().accept()

    def formula(self) -> str:
        text = self.formula_edit.text().strip()
        if text and not text.startswith(("=", "＝")):
            text = "=" + text
        return text

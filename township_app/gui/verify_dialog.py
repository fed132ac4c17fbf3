"""标记已核实: the finding in full (wrapped, however long), and the reason the user gives."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from .screen_fit import fit_dialog


class VerifyDialog(QDialog):
    def __init__(self, message: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("标记已核实"))
        self.finding_label = QLabel(message, self)
        self.finding_label.setWordWrap(True)
        self.finding_label.setStyleSheet("padding: 4px; background: #fafafa;")
        prompt = QLabel(self.tr("核实说明（如：口径不同，已与统计站核对）："), self)
        self.reason_edit = QLineEdit(self)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("标记已核实"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.finding_label)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(520, 220))

    def reason(self) -> str:
        return self.reason_edit.text().strip()

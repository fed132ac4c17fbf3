"""检查设置: which rule families this report's checks run; the choice is kept in the file.

The dialog only shows the families and returns the ones switched off; FindingsNavigation
stores the choice as an undo step. The figures' family is shown checked and cannot be
switched off.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .screen_fit import fit_dialog


class CheckSettingsDialog(QDialog):
    def __init__(self, families: dict[str, str], always_on: str, off: frozenset[str],
                 parent=None):
        """families: key → name in the order to list them; off: the keys switched off now."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("检查设置"))
        what = {  # what each family looks at, in the user's words
            "figures": self.tr("合计、比率、增长、完成率等数字核算，以及“xx”等占位符"),
            "punctuation": self.tr("中文里的半角标点，括号、引号、书名号不成对，重复的标点"),
            "numbering": self.tr("序号跳号、重号、层次用错，“1、”应为“1.”"),
            "headings": self.tr("独立成行的标题末尾带句号，报告标题的标点"),
            "dates": self.tr("成文日期缺失或写法不规范（如 2024年03月05日），落款"),
        }
        prompt = QLabel(self.tr("本报告检查以下内容（设置保存在报告文件中，"
                                "命令行检查和导出报送文件时同样适用）："), self)
        prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        self.boxes: dict[str, QCheckBox] = {}
        for key, name in families.items():
            box = QCheckBox(name, self)
            box.setChecked(key == always_on or key not in off)
            if key == always_on:
                box.setEnabled(False)
                box.setToolTip(self.tr("数字与占位符始终检查"))
            self.boxes[key] = box
            layout.addWidget(box)
            if key in what:
                note = QLabel(what[key], self)
                note.setWordWrap(True)
                note.setStyleSheet("color: #666666; margin-left: 22px;")
                layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(480, 320))

    def families_off(self) -> frozenset[str]:
        return frozenset(key for key, box in self.boxes.items() if not box.isChecked())

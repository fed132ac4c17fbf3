"""The county's two lists: 应报乡镇 (one per line) and which indicator names are one indicator."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..collect import IndicatorMapping, Summary
from ..collect.mapping import clean_name
from .screen_fit import fit_dialog


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
    buttons.button(QDialogButtonBox.Ok).setText(dialog.tr("确定"))
    buttons.button(QDialogButtonBox.Cancel).setText(dialog.tr("取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ExpectedTownshipsDialog(QDialog):
    def __init__(self, townships: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("应报乡镇"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("每行一个应报送的乡镇（保存在汇总文件中，下次不必再填）："), self))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText("\n".join(townships))
        layout.addWidget(self.editor, 1)
        layout.addWidget(_buttons(self))
        fit_dialog(self, QSize(360, 480))

    def townships(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]


class IndicatorMappingDialog(QDialog):
    """Every indicator name the townships wrote; fill 归并为 where two names are one indicator."""

    NAME, UNITS, COUNT, TARGET = range(4)

    def __init__(self, summary: Summary, mapping: IndicatorMapping, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("指标对应"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "各乡镇对同一指标的叫法不同时（如“低保户”“城乡低保户数”），在“归并为”中填统一名称，"
            "汇总时合为一列；单位不同的会自动换算（元/万元/亿元，亩/公顷）。"), self))
        names: dict[str, tuple[set[str], set[str]]] = {}
        for entry in summary.entries:
            if not entry.used:
                continue
            for row in entry.indicators:
                name = clean_name(row.name)
                if name:
                    units, townships = names.setdefault(name, (set(), set()))
                    units.add(row.unit)
                    townships.add(entry.township)
        for alias in mapping.aliases:  # keep mappings of names not seen this time
            names.setdefault(alias, (set(), set()))
        self.table = QTableWidget(len(names), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("填报的指标名称"), self.tr("单位"), self.tr("乡镇数"), self.tr("归并为")])
        for r, (name, (units, townships)) in enumerate(sorted(names.items())):
            for c, text in ((self.NAME, name), (self.UNITS, "、".join(sorted(u for u in units if u))),
                            (self.COUNT, str(len(townships)))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(r, c, item)
            target = mapping.aliases.get(name, "")
            self.table.setItem(r, self.TARGET, QTableWidgetItem(target))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(self.TARGET, QHeaderView.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(_buttons(self))
        fit_dialog(self, QSize(640, 520))

    def row_of(self, name: str) -> int:
        for r in range(self.table.rowCount()):
            if self.table.item(r, self.NAME).text() == name:
                return r
        raise KeyError(name)

    def aliases(self) -> dict[str, str]:
        mapping = IndicatorMapping()
        for r in range(self.table.rowCount()):
            target = self.table.item(r, self.TARGET)
            mapping.set(self.table.item(r, self.NAME).text(), target.text() if target else "")
        return mapping.as_dict()

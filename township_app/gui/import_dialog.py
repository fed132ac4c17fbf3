"""导入: preview the section tree made from a .txt/.docx report before the user accepts.

What the import changed of the drafter's text (renumbered headings, page furniture left
out) is listed above the buttons, so nothing changes without a word.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from ..importer import ImportResult
from ..model import count_characters, format_chinese_date
from .screen_fit import fit_dialog


class ImportPreviewDialog(QDialog):
    def __init__(self, source: Path, result: ImportResult, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入报告 — %1").replace("%1", source.name))
        self.result = result
        report = result.report
        props = report.properties
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("标题："), QLabel(props.title or self.tr("（未识别）"), self))
        form.addRow(self.tr("落款："), QLabel(
            " ".join(x for x in (props.issuer, format_chinese_date(props.doc_date)) if x)
            or self.tr("（未识别）"), self))
        stats = self.tr("%1 个章节，%2 行指标，%3 字").replace("%1", str(len(report.sections))) \
            .replace("%2", str(len(report.indicators))) \
            .replace("%3", f"{count_characters(report.plain_text()):,}")
        form.addRow(self.tr("内容："), QLabel(stats, self))
        layout.addLayout(form)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("章节结构（导入后可调整）"), self.tr("原文编号"),
                                   self.tr("正文字数"), self.tr("指标")])
        items: dict[int, QTreeWidgetItem] = {}
        for view in report.walk():
            s = view.section
            title = view.heading or self.tr("（开头导语）")
            typed = result.source_markers.get(s.id, "")
            item = QTreeWidgetItem([title, typed if "".join(typed.split()) != view.label else "",
                                    str(count_characters(s.body)),
                                    str(len(report.indicators_of(s.id)) or "")])
            parent_item = items.get(s.parent_id)
            if parent_item is None:
                self.tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            items[s.id] = item
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 70)
        layout.addWidget(self.tree, 1)
        self.notes_list = self._notes(result)
        if self.notes_list is not None:
            layout.addWidget(QLabel(self.tr("导入时改动或未导入的内容（请核对）："), self))
            layout.addWidget(self.notes_list)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("保存为："), self))
        self.path_edit = QLineEdit(str(source.with_suffix(".db")), self)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("导入"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(760, 600))

    def _notes(self, result: ImportResult) -> QListWidget | None:
        """One line per note, wrapped; the full text of every piece left out in the tooltip."""
        if not result.notes:
            return None
        notes = QListWidget(self)
        notes.setObjectName("importNotes")
        notes.setWordWrap(True)
        notes.setStyleSheet("color: #8a6d3b;")
        notes.addItems(["· " + n for n in result.notes])
        if result.left_out:
            notes.setToolTip(self.tr("未导入的全部内容：") + "\n" +
                             "\n".join(f"[{p.kind}] {p.text}" for p in result.left_out))
        notes.setMaximumHeight(notes.fontMetrics().lineSpacing() * 7)
        return notes

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path_edit.text(),
                                              self.tr("报告文件 (*.db)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".db") else path + ".db")

    def target_path(self) -> Path:
        return Path(self.path_edit.text().strip())

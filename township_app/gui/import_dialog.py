"""导入: preview the section tree made from a .txt/.docx report before the user accepts.

What the import changed of the drafter's text (renumbered headings, page furniture left
out) is listed above the buttons, so nothing changes without a word.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from ..importer import ImportError_, ImportResult
from ..model import count_characters, format_chinese_date
from .screen_fit import fit_dialog


class ImportPreviewDialog(QDialog):
    """reparse(keep_furniture) reads the file again when the user keeps what was left out."""

    def __init__(self, source: Path, result: ImportResult, parent=None,
                 reparse: Callable[[bool], ImportResult] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入报告 — %1").replace("%1", source.name))
        self.result = result
        self._reparse = reparse
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_label, self.closing_label, self.stats_label = (QLabel(self) for _ in range(3))
        form.addRow(self.tr("标题："), self.title_label)
        form.addRow(self.tr("落款："), self.closing_label)
        form.addRow(self.tr("内容："), self.stats_label)
        layout.addLayout(form)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("章节结构（导入后可调整）"), self.tr("原文编号"),
                                   self.tr("正文字数"), self.tr("指标")])
        layout.addWidget(self.tree, 1)
        self.notes_label = QLabel(self.tr("导入时改动或未导入的内容（请核对）："), self)
        layout.addWidget(self.notes_label)
        self.notes_list = QListWidget(self)
        self.notes_list.setObjectName("importNotes")
        self.notes_list.setWordWrap(True)
        self.notes_list.setStyleSheet("color: #8a6d3b;")
        self.notes_list.setMaximumHeight(self.notes_list.fontMetrics().lineSpacing() * 7)
        layout.addWidget(self.notes_list)
        self.keep_furniture = QCheckBox(self.tr("把上面列出的未导入内容也导入(&K)"), self)
        self.keep_furniture.setToolTip(self.tr("页码、转载或下载说明、网页发布信息、重复的标题若其实是报告内容，"
                                               "勾选后原样导入"))
        self.keep_furniture.setVisible(reparse is not None and bool(result.left_out))
        self.keep_furniture.toggled.connect(self._keep_furniture_toggled)
        layout.addWidget(self.keep_furniture)
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
        self._show(result)
        fit_dialog(self, QSize(760, 600))

    def _show(self, result: ImportResult) -> None:
        self.result = result
        report = result.report
        props = report.properties
        self.title_label.setText(props.title or self.tr("（未识别）"))
        self.closing_label.setText(" ".join(x for x in (props.issuer,
                                                        format_chinese_date(props.doc_date)) if x)
                                   or self.tr("（未识别）"))
        self.stats_label.setText(
            self.tr("%1 个章节，%2 行指标，%3 字").replace("%1", str(len(report.sections)))
            .replace("%2", str(len(report.indicators)))
            .replace("%3", f"{count_characters(report.plain_text()):,}"))
        self.tree.clear()
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
        self._fill_notes(result)

    def _fill_notes(self, result: ImportResult) -> None:
        """One line per note, wrapped; the full text of every piece left out in the tooltip."""
        self.notes_list.clear()
        self.notes_list.addItems(["· " + n for n in result.notes])
        self.notes_list.setToolTip(
            self.tr("未导入的全部内容：") + "\n" + "\n".join(f"[{p.kind}] {p.text}"
                                                        for p in result.left_out)
            if result.left_out else "")
        self.notes_label.setVisible(bool(result.notes))
        self.notes_list.setVisible(bool(result.notes))

    def _keep_furniture_toggled(self, keep: bool) -> None:
        try:
            result = self._reparse(keep)
        except ImportError_ as exc:  # the file changed or went away since it was read
            QMessageBox.warning(self, self.tr("导入报告"), str(exc))
            return
        self._show(result)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path_edit.text(),
                                              self.tr("报告文件 (*.db)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".db") else path + ".db")

    def target_path(self) -> Path:
        return Path(self.path_edit.text().strip())

"""导出Word, 导出报送文件 and 以上年报告新建: reports leaving or re-entering the office."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout)

from ..carryover import carry_over, year_bound_sections
from ..formats.docx_export import DocxExportError, export_docx
from ..submission import (SubmissionError, export_submission, suggest_submission_name,
                          summarize_findings)
from .screen_fit import fit_dialog


class CarryOverDialog(QDialog):
    """以上年报告新建: which sections' text to empty; values always move to 上年同期."""

    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("以上年报告新建"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "新报告保留章节结构和指标表；本年的数值移到“上年同期”。\n"
            "勾选要清空正文的章节（已预先勾选含数字或年份的章节）："), self))
        self.list = QListWidget(self)
        suggested = year_bound_sections(report)
        for view in report.walk():
            if not view.section.body:
                continue
            item = QListWidgetItem(("　" * view.depth) + (view.heading or self.tr("（开头导语）")))
            item.setData(Qt.UserRole, view.section.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if view.section.id in suggested else Qt.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.clear_values = QCheckBox(self.tr("清空本年数值（仍保留为上年同期）"), self)
        self.clear_values.setChecked(True)
        layout.addWidget(self.clear_values)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("新建"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(560, 520))

    def cleared_sections(self) -> set[int]:
        return {self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked}


class ExchangeActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    # ---- .docx ------------------------------------------------------------------------------
    def export_docx(self) -> Path | None:
        w = self.window
        if w.session is None:
            return None
        default = w.session.store.path.with_suffix(".docx")
        path, _ = QFileDialog.getSaveFileName(w, self.tr("导出Word"), str(default),
                                              self.tr("Word 文件 (*.docx)"))
        if not path:
            return None
        try:
            out = export_docx(w.session.store.load_report(), Path(path))
        except DocxExportError as exc:
            QMessageBox.warning(w, self.tr("导出Word"), str(exc))
            return None
        w.statusbar.showMessage(self.tr("已导出 %1").replace("%1", str(out)), 8000)
        return out

    # ---- submission -------------------------------------------------------------------------
    def export_submission(self) -> Path | None:
        """The county's data file; unresolved errors are asked about, and the answer recorded."""
        w = self.window
        if w.session is None:
            return None
        run = w.run_checks()
        asked = False
        if run is not None and run.errors:
            answer = QMessageBox.question(
                w, self.tr("导出报送文件"),
                self.tr("检查发现 %1 处错误尚未处理（可在“检查结果”中修改或标为已核实）。\n"
                        "仍要导出报送文件吗？报送文件中会记录此项确认。")
                .replace("%1", str(run.errors)))
            if answer != QMessageBox.Yes:
                return None
            asked = True
        store = w.session.store
        default = store.path.parent / suggest_submission_name(store.properties(),
                                                              datetime.now().date())
        path, _ = QFileDialog.getSaveFileName(w, self.tr("导出报送文件"), str(default),
                                              self.tr("报送文件 (*.db)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".db":
            target = target.with_name(target.name + ".db")
        try:
            out = export_submission(store.path, target,
                                    summarize_findings(run) if run is not None else None, asked)
        except SubmissionError as exc:
            QMessageBox.warning(w, self.tr("导出报送文件"), str(exc))
            return None
        w.statusbar.showMessage(self.tr("已导出报送文件 %1").replace("%1", str(out)), 8000)
        return out

    # ---- next year's report -----------------------------------------------------------------
    def new_from_previous(self) -> bool:
        w = self.window
        if w.session is None:
            return False
        report = w.session.store.load_report()
        dialog = CarryOverDialog(report, w)
        if dialog.exec() != CarryOverDialog.Accepted:
            return False
        new = carry_over(report, clear_values=dialog.clear_values.isChecked(),
                         clear_bodies=dialog.cleared_sections())
        current = w.session.store.path
        year = new.properties.year or ""
        default = current.with_name(f"{new.properties.township or current.stem}{year}年"
                                    f"{new.properties.report_type or '报告'}.db")
        path, _ = QFileDialog.getSaveFileName(w, self.tr("新报告保存为"), str(default),
                                              self.tr("报告文件 (*.db)"))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".db":
            target = target.with_name(target.name + ".db")
        if target.resolve() == current.resolve():
            QMessageBox.warning(w, self.tr("以上年报告新建"), self.tr("请另选文件名，不能覆盖上年报告。"))
            return False
        return w.files.write_new_report(new, target, self.tr("以上年报告新建"))

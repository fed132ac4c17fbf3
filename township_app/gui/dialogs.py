"""新建报告 and 报告属性 dialogs (forms in ui/)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate, QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem,
                               QMessageBox, QVBoxLayout, QWidget)

from ..model import ReportProperties
from ..templates import Template, fill_values, list_templates
from .screen_fit import fit_dialog
from .ui_loader import load_ui_into

PERIODS = ["全年", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度", "前三季度"]
REPORT_TYPES = ["年度工作总结", "上半年工作情况", "民生实事完成情况", "工作汇报", "专项工作总结"]
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class PropertiesForm(QWidget):
    """The 报告属性 fields; the title and 落款 follow 乡镇/年度 until the user edits them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        load_ui_into(self, "properties_form")
        self.reportTypeCombo.addItems([self.tr(t) for t in REPORT_TYPES])
        self.periodCombo.addItems([self.tr(p) for p in PERIODS])
        today = QDate.currentDate()
        # annual reports are written around the turn of the year: before July, last year's
        self.yearSpin.setValue(today.year() if today.month() >= 7 else today.year() - 1)
        self.dateEdit.setDate(QDate.currentDate())
        self._title_pattern = ""
        self._issuer_pattern = ""
        self._title_auto = self._issuer_auto = True
        self.townshipEdit.textChanged.connect(self._refill)
        self.countyEdit.textChanged.connect(self._refill)
        self.yearSpin.valueChanged.connect(self._refill)
        self.titleEdit.textEdited.connect(lambda _: setattr(self, "_title_auto", False))
        self.issuerEdit.textEdited.connect(lambda _: setattr(self, "_issuer_auto", False))

    def use_patterns(self, title_pattern: str, issuer_pattern: str) -> None:
        self._title_pattern, self._issuer_pattern = title_pattern, issuer_pattern
        self._refill()

    def _refill(self) -> None:
        values = fill_values(self.townshipEdit.text().strip(), self.countyEdit.text().strip(),
                             str(self.yearSpin.value()))
        if self._title_auto and self._title_pattern:
            self.titleEdit.setText(self._title_pattern.format_map(values))
        if self._issuer_auto and self._issuer_pattern:
            self.issuerEdit.setText(self._issuer_pattern.format_map(values))

    def set_properties(self, p: ReportProperties) -> None:
        """Show a stored report's properties; a title or 落款 still as its template made them
        keeps following 乡镇名称 and 年度."""
        self._title_auto = self._issuer_auto = False
        template = next((t for t in list_templates() if t.id == p.template), None)
        if template is not None:
            made = fill_values(p.township, p.county, p.year)
            self._title_pattern, self._issuer_pattern = template.title, template.issuer
            self._title_auto = p.title == self._title_pattern.format_map(made)
            self._issuer_auto = p.issuer == self._issuer_pattern.format_map(made)
        follow = self._title_auto, self._issuer_auto
        self._title_auto = self._issuer_auto = False  # filling the fields is not an edit
        self.reportTypeCombo.setCurrentText(p.report_type)
        self.townshipEdit.setText(p.township)
        self.countyEdit.setText(p.county)
        if p.year.isdigit():
            self.yearSpin.setValue(int(p.year))
        self.periodCombo.setCurrentText(p.period)
        self.titleEdit.setText(p.title)
        self.issuerEdit.setText(p.issuer)
        date = QDate.fromString(p.doc_date, "yyyy-MM-dd")
        if date.isValid():
            self.dateEdit.setDate(date)
        self._title_auto, self._issuer_auto = follow

    def prefill_place(self, p: ReportProperties) -> None:
        """新建报告 while a report is open: the same 乡镇 and 县."""
        self.townshipEdit.setText(p.township)
        self.countyEdit.setText(p.county)

    def properties(self, base: ReportProperties | None = None) -> ReportProperties:
        p = ReportProperties(**(base.as_dict() if base else {}))
        p.report_type = self.reportTypeCombo.currentText().strip()
        p.township = self.townshipEdit.text().strip()
        p.county = self.countyEdit.text().strip()
        p.year = str(self.yearSpin.value())
        p.period = self.periodCombo.currentText().strip()
        p.title = self.titleEdit.text().strip()
        p.issuer = self.issuerEdit.text().strip()
        p.doc_date = self.dateEdit.date().toString("yyyy-MM-dd")
        return p

    def missing_fields(self) -> list[str]:
        missing = []
        if not self.townshipEdit.text().strip():
            missing.append(self.tr("乡镇名称"))
        if not self.titleEdit.text().strip():
            missing.append(self.tr("标题"))
        return missing


class NewReportDialog(QDialog):
    """Pick a template, fill the properties, choose where the file goes."""

    def __init__(self, parent=None, default_folder: str | None = None,
                 place: ReportProperties | None = None):
        super().__init__(parent)
        load_ui_into(self, "new_report_dialog")
        self.form = PropertiesForm(self.formHost)
        layout = QVBoxLayout(self.formHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self._folder = default_folder or QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation) or str(Path.home())
        self._path_auto = True
        self.templates = list_templates()
        for t in self.templates:
            item = QListWidgetItem(t.name, self.templateList)
            item.setData(Qt.UserRole, t.id)
        self.templateList.currentRowChanged.connect(self._template_changed)
        self.form.townshipEdit.textChanged.connect(self._suggest_path)
        self.form.titleEdit.textChanged.connect(self._suggest_path)
        self.pathEdit.textEdited.connect(lambda _: setattr(self, "_path_auto", False))
        self.browseButton.clicked.connect(self._browse)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.button(QDialogButtonBox.Ok).setText(self.tr("新建"))
        self.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.templateList.setCurrentRow(0)
        if place is not None:
            self.form.prefill_place(place)
        fit_dialog(self, self.size())  # the form's size, within the screen, over the window

    def selected_template(self) -> Template:
        return self.templates[max(self.templateList.currentRow(), 0)]

    def select_template(self, template_id: str) -> None:
        for row, t in enumerate(self.templates):
            if t.id == template_id:
                self.templateList.setCurrentRow(row)
                return
        raise KeyError(template_id)

    def _template_changed(self, row: int) -> None:
        if row < 0:
            return
        t = self.templates[row]
        self.descriptionLabel.setText(t.description)
        self.form.reportTypeCombo.setCurrentText(t.report_type)
        self.form.periodCombo.setCurrentText(t.period)
        self.form._title_auto = self.form._issuer_auto = True
        self.form.use_patterns(t.title, t.issuer)

    def _suggest_path(self) -> None:
        if not self._path_auto:
            return
        name = _UNSAFE.sub("", self.form.titleEdit.text()) or self.tr("新报告")
        self.pathEdit.setText(str(Path(self._folder) / f"{name}.db"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("报告保存位置"), self.pathEdit.text(),
                                              self.tr("报告文件 (*.db)"))
        if path:
            if not path.lower().endswith(".db"):
                path += ".db"
            self._path_auto = False
            self.pathEdit.setText(path)

    def target_path(self) -> Path:
        return Path(self.pathEdit.text().strip())

    def accept(self) -> None:
        missing = self.form.missing_fields()
        if missing:
            QMessageBox.warning(self, self.tr("新建报告"),
                                self.tr("请填写：") + "、".join(missing))
            return
        path = self.target_path()
        if not path.name or path.suffix.lower() != ".db":
            QMessageBox.warning(self, self.tr("新建报告"),
                                self.tr("请指定以 .db 结尾的保存位置。"))
            return
        if path.exists():
            answer = QMessageBox.question(
                self, self.tr("新建报告"),
                self.tr("“%1”已存在。要覆盖它吗？原文件将被替换。").replace("%1", str(path)))
            if answer != QMessageBox.Yes:
                return
        super().accept()


class PropertiesDialog(QDialog):
    def __init__(self, properties: ReportProperties, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("报告属性"))
        self._base = properties
        self.form = PropertiesForm(self)
        self.form.set_properties(properties)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(520, 320))

    def properties(self) -> ReportProperties:
        return self.form.properties(self._base)

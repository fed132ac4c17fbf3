"""The findings dock: grouped by rule family (数字与占位符, 标点, 序号 …), then by section; a
click asks to open the place, 修正 / 全部修正 ask to make a finding's certain fix.

The panel only emits signals (openLocationRequested, verifyRequested, unverifyRequested,
fixRequested); FindingsNavigation decides what opening and fixing mean.
"""
from __future__ import annotations

import functools
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFontMetrics, QKeySequence, QShortcut, QStandardItem,
                           QStandardItemModel)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView,
                               QLabel,
                               QMenu, QPushButton, QStyledItemDelegate, QStyleOptionViewItem,
                               QTreeView, QVBoxLayout,
                               QWidget)

from .verify_dialog import VerifyDialog

if TYPE_CHECKING:  # the checks load with the first run, after the window is shown
    from ..checks import CheckRun, Finding

@functools.cache
def _checks():
    """What the panel reads from the checks: loaded with the first run, not with the window
    (and once: an import inside a loop over thousands of findings costs)."""
    from ..checks import fixes, findings

    return SimpleNamespace(severity_labels=findings.SEVERITY_LABELS, fixable=fixes.fixable,
                           families=findings.RULE_FAMILIES)


FindingRole = Qt.UserRole + 10
LocationRole = Qt.UserRole + 11
FamilyRole = Qt.UserRole + 12  # on a family's group row: its key in RULE_FAMILIES
SEVERITY_COLORS = {"error": "#c62828", "warning": "#ef6c00", "info": "#1565c0"}


class WrappingDelegate(QStyledItemDelegate):
    """Long Chinese messages wrap inside the dock instead of being cut off."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.viewport().width() - 4 - self.view.indentation() * (depth + 1) - 8
        text = index.data(Qt.DisplayRole) or ""
        metrics = QFontMetrics(index.data(Qt.FontRole) or option.font)
        rect = metrics.boundingRect(QRect(0, 0, max(width, 80), 100000), Qt.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        right = self.view.viewport().width() - 4
        if opt.rect.right() > right:
            opt.rect.setRight(right)
        super().paint(painter, opt, index)


class _ResizingTree(QTreeView):
    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights follow the dock's width


class FindingsPanel(QWidget):
    openLocationRequested = Signal(object)  # Location
    verifyRequested = Signal(object, str)  # Finding, reason
    unverifyRequested = Signal(object)  # Finding
    recheckRequested = Signal()
    fixRequested = Signal(object, str)  # list[Finding] whose fixes to make, undo step's name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = _ResizingTree(self)
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.ElideNone)
        self.view.setUniformRowHeights(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)  # rows of many heights: scroll to any
        self.view.setIndentation(14)  # three levels (family, section, finding) in a narrow dock
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.header().setStretchLastSection(True)
        self.view.header().setSectionResizeMode(QHeaderView.Stretch)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self._activated)  # a click opens the place
        self._enter = QShortcut(QKeySequence(Qt.Key_Return), self.view, context=Qt.WidgetShortcut)
        self._enter.activated.connect(lambda: self._activated(self.view.currentIndex()))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.show_verified = QCheckBox(self.tr("显示已核实"), self)
        self.show_verified.toggled.connect(lambda _: self.show_run(self.run))
        recheck = QPushButton(self.tr("重新检查"), self)
        recheck.clicked.connect(self.recheckRequested)
        self.verify_button = QPushButton(self.tr("标记已核实…"), self)
        self.verify_button.clicked.connect(self.verify_current)
        self.fix_button = QPushButton(self.tr("修正"), self)
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_all_button = QPushButton(self.tr("全部修正"), self)
        self.fix_all_button.clicked.connect(self.fix_all_of_rule)
        buttons = QHBoxLayout()
        buttons.addWidget(recheck)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_verified)
        fixes = QHBoxLayout()
        fixes.addWidget(self.fix_button)
        fixes.addWidget(self.fix_all_button)
        fixes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addLayout(fixes)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.run: CheckRun | None = None
        self.editable = False  # a report that may be changed is shown: fixes are offered
        self.fixable_mark = self.tr("〔可修正〕")
        self._row_after_fix: int | None = None  # select the finding that moved up into it
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_fix_buttons())
        self._update_fix_buttons()

    # ---- showing -------------------------------------------------------------------------
    @functools.cached_property
    def rule_titles(self) -> dict[str, str]:
        """Rule id → title; the rules load with the first check run, not with the window."""
        from ..checks import default_rules, glyphs

        titles = {r.id: r.title for r in default_rules()}
        titles[glyphs.RULE_ID] = glyphs.RULE_TITLE
        return titles

    def show_run(self, run: CheckRun | None) -> None:
        """Rebuild the list; the finding the user had selected stays selected if it remains
        (after a 修正, the one that took its place)."""
        families = _checks().families
        current = self.current_finding()
        keep = current.fingerprint if current is not None else None
        row_after_fix, self._row_after_fix = self._row_after_fix, None
        self.run = run
        self.model.clear()
        if run is None:
            self.summary.setText("")
            self._update_fix_buttons()
            return
        by_family: dict[str, dict[str, list[Finding]]] = {}
        for finding in run.findings:
            if finding.verified and not self.show_verified.isChecked():
                continue
            place = finding.location.section_path or self.tr("全文")
            by_family.setdefault(finding.family, {}).setdefault(place, []).append(finding)
        order = list(families) + sorted(set(by_family) - set(families))
        for family in (f for f in order if f in by_family):
            places = by_family[family]
            count = sum(len(found) for found in places.values())
            group = self._group_item(f"{families.get(family, family)}（{count}）")
            group.setData(family, FamilyRole)
            self.model.appendRow(group)
            for place, found in places.items():
                section = self._group_item(f"{place}（{len(found)}）", bold=False)
                section.setData(found[0].location, LocationRole)
                group.appendRow(section)
                for finding in found:
                    section.appendRow(self._finding_item(finding))
        self.view.expandAll()
        self.summary.setText(self._summary_text(run))
        if keep is None or not self._select_fingerprint(keep):
            if row_after_fix is not None:
                indexes = self.finding_indexes()
                if indexes:
                    self.view.setCurrentIndex(indexes[min(row_after_fix, len(indexes) - 1)])
        self._update_fix_buttons()

    def _group_item(self, text: str, bold: bool = True) -> QStandardItem:
        group = QStandardItem(text)
        font = group.font()
        font.setBold(bold)
        group.setFont(font)
        return group

    def finding_indexes(self) -> list[QModelIndex]:
        """Every finding's row, in the order shown (family, then section, then place)."""
        out = []
        for r in range(self.model.rowCount()):
            family = self.model.index(r, 0)
            for s in range(self.model.rowCount(family)):
                section = self.model.index(s, 0, family)
                out.extend(self.model.index(c, 0, section)
                           for c in range(self.model.rowCount(section)))
        return out

    def step(self, delta: int):
        """F8 / Shift+F8: select the next (previous) finding and open its place; the finding."""
        items = self.finding_indexes()
        if not items:
            return None
        current = self.current_finding()
        at = next((i for i, index in enumerate(items)
                   if current is not None and index.data(FindingRole) is current), None)
        at = (0 if delta > 0 else len(items) - 1) if at is None else (at + delta) % len(items)
        self.view.setCurrentIndex(items[at])
        finding = items[at].data(FindingRole)
        self.openLocationRequested.emit(finding.location)
        return finding

    def _select_fingerprint(self, fingerprint: str) -> bool:
        for index in self.finding_indexes():
            if index.data(FindingRole).fingerprint == fingerprint:
                self.view.setCurrentIndex(index)
                return True
        return False

    def _finding_item(self, finding: Finding) -> QStandardItem:
        label = _checks().severity_labels[finding.severity]
        prefix = self.tr("【已核实】") if finding.verified else f"【{label}】"
        text = f"{prefix}{finding.message}"
        fixable = self._fixable(finding)
        if fixable and finding.fix in finding.message:  # the message already names the fix
            text += self.fixable_mark
        elif fixable:
            text += f"　“{finding.quote}”→“{finding.fix}”"
        elif finding.quote and finding.quote not in finding.message:
            text += f"　“{finding.quote}”"
        item = QStandardItem(text)
        item.setData(finding, FindingRole)
        item.setData(finding.location, LocationRole)
        color = "#777777" if finding.verified else SEVERITY_COLORS[finding.severity]
        item.setForeground(QBrush(QColor(color)))
        tip = f"{self.rule_titles.get(finding.rule, finding.rule)}：{finding.message}"
        if finding.verified:
            tip += "\n" + self.tr("已核实：") + (finding.verified_reason or "")
        elif fixable:
            tip += "\n" + self.tr("可一键修正：") + self._fix_wording(finding)
        item.setToolTip(tip)
        for related in finding.related:
            child = QStandardItem(self.tr("另见：") + (related.describe()))
            child.setData(related, LocationRole)
            item.appendRow(child)
        return item

    def _summary_text(self, run: CheckRun) -> str:
        sev = run.counts_by_severity
        parts = [self.tr("错误 %1 条").replace("%1", str(sev["error"])),
                 self.tr("警告 %1 条").replace("%1", str(sev["warning"])),
                 self.tr("提示 %1 条").replace("%1", str(sev["info"]))]
        text = "，".join(parts)
        if run.verified_count:
            text += self.tr("；已核实 %1 条").replace("%1", str(run.verified_count))
        per_rule = run.counts_by_rule
        if per_rule:
            text += "\n" + self.tr("按规则：") + "，".join(
                f"{self.rule_titles.get(rule, rule)} {n}" for rule, n in sorted(per_rule.items()))
        elif not run.findings:
            text = self.tr("未发现问题。")
        return text

    # ---- interaction ---------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        """A finding, or one of its 另见 places, opens; a group row only folds."""
        loc = index.data(LocationRole)
        if loc is not None and (index.data(FindingRole) is not None
                                or index.parent().data(FindingRole) is not None):
            self.openLocationRequested.emit(loc)

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        while index.isValid() and index.data(FindingRole) is None:
            index = index.parent()
        return index.data(FindingRole) if index.isValid() else None

    def verify_current(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        if finding.verified:
            self.unverifyRequested.emit(finding)
            return
        dialog = VerifyDialog(finding.message, self)
        if dialog.exec() == VerifyDialog.Accepted and dialog.reason():
            self.verifyRequested.emit(finding, dialog.reason())

    def _context_menu(self, pos) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        menu = QMenu(self)
        if finding.verified:
            menu.addAction(self.tr("取消已核实"), lambda: self.unverifyRequested.emit(finding))
        else:
            menu.addAction(self.tr("标记已核实…"), self.verify_current)
        menu.addAction(self.tr("转到"), lambda: self.openLocationRequested.emit(finding.location))
        if self.fix_button.isEnabled():
            menu.addSeparator()
            menu.addAction(self.fix_button.toolTip(), self.fix_current)
            menu.addAction(self.fix_all_button.toolTip(), self.fix_all_of_rule)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---- one-step fixes ------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        """Fixes are offered only for a report that may be changed (not a read-only file)."""
        self.editable = editable
        self._update_fix_buttons()

    def _fixable(self, finding: Finding) -> bool:
        return self.editable and not finding.verified and _checks().fixable(finding)

    def _fixable_of_rule(self, rule: str) -> list[Finding]:
        """The open findings of `rule` in the whole report that carry a certain fix."""
        run = self.run
        return [f for f in run.findings if f.rule == rule and self._fixable(f)] if run else []

    def _update_fix_buttons(self) -> None:
        finding = self.current_finding()
        if finding is None or not self._fixable(finding):
            for button, text in ((self.fix_button, self.tr("修正")),
                                 (self.fix_all_button, self.tr("全部修正"))):
                button.setText(text)
                button.setEnabled(False)
                button.setToolTip(self.tr("选中一条标有“可修正”或“→”的问题，可一键修正（可撤销）"))
            return
        same = self._fixable_of_rule(finding.rule)
        title = self.rule_titles.get(finding.rule, finding.rule)
        self.fix_button.setEnabled(True)
        self.fix_button.setText(self.tr("修正"))
        self.fix_button.setToolTip(self._fix_wording(finding))
        self.fix_all_button.setEnabled(True)
        self.fix_all_button.setText(self.tr("全部修正（%1处）").replace("%1", str(len(same))))
        self.fix_all_button.setToolTip(self.tr("全部修正“%1”的 %2 处").replace("%1", title)
                                       .replace("%2", str(len(same))))

    def _fix_wording(self, finding: Finding) -> str:
        """What 修正 does, for a tooltip and the undo step's name."""
        if not finding.fix:
            return self.tr("删去“%1”").replace("%1", finding.quote)
        return self.tr("把“%1”改为“%2”").replace("%1", finding.quote).replace("%2", finding.fix)

    def _remember_row(self, finding: Finding) -> None:
        rows = self.finding_indexes()
        self._row_after_fix = next(
            (i for i, index in enumerate(rows) if index.data(FindingRole) is finding), None)

    def fix_current(self) -> None:
        finding = self.current_finding()
        if finding is None or not self._fixable(finding):
            return
        self._remember_row(finding)
        self.fixRequested.emit([finding], self.fix_button.toolTip())

    def fix_all_of_rule(self) -> None:
        finding = self.current_finding()
        if finding is None or not self._fixable(finding):
            return
        self._remember_row(finding)
        self.fixRequested.emit(self._fixable_of_rule(finding.rule), self.fix_all_button.toolTip())

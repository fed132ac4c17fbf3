"""The findings dock: grouped by section and severity; a click asks to open the place.

The panel only emits signals (openLocationRequested, verifyRequested,
unverifyRequested); the main window decides what opening means.
"""
from __future__ import annotations

import functools
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

FindingRole = Qt.UserRole + 10
LocationRole = Qt.UserRole + 11
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
        buttons = QHBoxLayout()
        buttons.addWidget(recheck)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_verified)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.run: CheckRun | None = None

    # ---- showing -------------------------------------------------------------------------
    @functools.cached_property
    def rule_titles(self) -> dict[str, str]:
        """Rule id → title; the rules load with the first check run, not with the window."""
        from ..checks import default_rules, glyphs

        titles = {r.id: r.title for r in default_rules()}
        titles[glyphs.RULE_ID] = glyphs.RULE_TITLE
        return titles

    def show_run(self, run: CheckRun | None) -> None:
        """Rebuild the list; the finding the user had selected stays selected if it remains."""
        current = self.current_finding()
        keep = current.fingerprint if current is not None else None
        self.run = run
        self.model.clear()
        if run is None:
            self.summary.setText("")
            return
        groups: dict[str, QStandardItem] = {}
        for finding in run.findings:
            if finding.verified and not self.show_verified.isChecked():
                continue
            loc = finding.location
            group_name = loc.section_path or self.tr("全文")
            group = groups.get(group_name)
            if group is None:
                group = QStandardItem(group_name)
                group.setData(loc, LocationRole)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                groups[group_name] = group
                self.model.appendRow(group)
            group.appendRow(self._finding_item(finding))
        for group in groups.values():
            n = group.rowCount()
            group.setText(f"{group.text()}（{n}）")
        self.view.expandAll()
        self.summary.setText(self._summary_text(run))
        if keep is not None:
            self._select_fingerprint(keep)

    def step(self, delta: int):
        """F8 / Shift+F8: select the next (previous) finding and open its place; the finding."""
        items = [group.child(row) for r in range(self.model.rowCount())
                 for group in [self.model.item(r)] for row in range(group.rowCount())]
        if not items:
            return None
        current = self.current_finding()
        at = next((i for i, item in enumerate(items)
                   if current is not None and item.data(FindingRole) is current), None)
        at = (0 if delta > 0 else len(items) - 1) if at is None else (at + delta) % len(items)
        self.view.setCurrentIndex(items[at].index())
        finding = items[at].data(FindingRole)
        self.openLocationRequested.emit(finding.location)
        return finding

    def _select_fingerprint(self, fingerprint: str) -> None:
        for r in range(self.model.rowCount()):
            group = self.model.index(r, 0)
            for c in range(self.model.rowCount(group)):
                index = self.model.index(c, 0, group)
                if index.data(FindingRole).fingerprint == fingerprint:
                    self.view.setCurrentIndex(index)
                    return

    def _finding_item(self, finding: Finding) -> QStandardItem:
        from ..checks import SEVERITY_LABELS

        label = SEVERITY_LABELS[finding.severity]
        prefix = self.tr("【已核实】") if finding.verified else f"【{label}】"
        text = f"{prefix}{finding.message}"
        if finding.quote and finding.quote not in finding.message:
            text += f"　“{finding.quote}”"
        item = QStandardItem(text)
        item.setData(finding, FindingRole)
        item.setData(finding.location, LocationRole)
        color = "#777777" if finding.verified else SEVERITY_COLORS[finding.severity]
        item.setForeground(QBrush(QColor(color)))
        tip = f"{self.rule_titles.get(finding.rule, finding.rule)}：{finding.message}"
        if finding.verified:
            tip += "\n" + self.tr("已核实：") + (finding.verified_reason or "")
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
        loc = index.data(LocationRole)
        if loc is not None and index.data(FindingRole) is not None or (
                loc is not None and index.parent().isValid()):
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
        menu.exec(self.view.viewport().mapToGlobal(pos))

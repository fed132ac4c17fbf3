"""The checks of the open report: run after edits and on F7, shown in the 检查结果 dock,
the status bar, wavy underlines and tinted cells, and a click on a finding opens its place.
修正 / 全部修正 and 检查设置 become undo steps here (finding_fixes).

Receives the widgets it uses and the section part (to select a section and reach its
table); for each report (follow) it runs its own CheckController.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .check_controller import CheckController
from .editor import utf16_offset
from .indicator_table_model import COLUMNS


class FindingsNavigation(QObject):
    #: a finding in the report's own title (a property in no section): open 报告属性
    propertiesRequested = Signal()

    def __init__(self, parent, panel, highlighter, findings_label, statusbar, sections,
                 body_editor, title_edit, table_view):
        super().__init__(parent)
        self.panel = panel  # FindingsPanel in the dock
        self.highlighter = highlighter
        self.findings_label = findings_label
        self.statusbar = statusbar
        self.sections = sections
        self.body_editor, self.title_edit, self.table_view = body_editor, title_edit, table_view
        self.checks: CheckController | None = None
        self.fonts = None  # the print fonts once loaded: characters they lack become findings
        panel.openLocationRequested.connect(self.open_location)
        panel.recheckRequested.connect(self.check_and_report)
        panel.verifyRequested.connect(
            lambda finding, reason: self.checks and self.checks.mark_verified(finding, reason))
        panel.unverifyRequested.connect(
            lambda finding: self.checks and self.checks.unmark_verified(finding))
        panel.fixRequested.connect(self.fix)
        sections.currentSectionChanged.connect(lambda _sid: self.update_highlights())

    def follow(self, session) -> None:
        if self.checks is not None:
            self.checks.stop()
            self.checks.deleteLater()
            self.checks = None
        self.panel.set_editable(session is not None and not session.read_only)
        if session is None:
            self.panel.show_run(None)
            self.findings_label.setText("")
            self.highlighter.set_spans([])
            return
        self.checks = CheckController(session, self)
        self.checks.checked.connect(self._checks_done)
        self.checks.fonts = self.fonts
        self.run_checks()

    def set_fonts(self, fonts) -> None:
        self.fonts = fonts
        if self.checks is not None:
            self.checks.set_fonts(fonts)

    def run_checks(self):
        return self.checks.run_now() if self.checks is not None else None

    def check_and_report(self) -> None:
        """F7 / 重新检查: run now and say so, even when nothing changed since the last run."""
        run = self.run_checks()
        if run is None:
            return
        sev = run.counts_by_severity
        self.statusbar.showMessage(
            self.tr("检查完成：错误 %1 条，警告 %2 条，提示 %3 条").replace("%1", str(sev["error"]))
            .replace("%2", str(sev["warning"])).replace("%3", str(sev["info"])), 8000)

    def _checks_done(self, run) -> None:
        self.panel.show_run(run)
        sev = run.counts_by_severity
        self.findings_label.setText(
            self.tr("错误 %1　警告 %2　提示 %3").replace("%1", str(sev["error"]))
            .replace("%2", str(sev["warning"])).replace("%3", str(sev["info"])))
        color = "#c62828" if sev["error"] else ("#ef6c00" if sev["warning"] else "#2e7d32")
        self.findings_label.setStyleSheet(f"color: {color}; padding: 0 8px;")
        self.update_highlights()

    def update_highlights(self) -> None:
        """Underline the shown section's findings in its text, tint its table's cells."""
        current = self.sections.current_section_id()
        run = self.checks.last_run if self.checks is not None else None
        spans, cells = [], {}
        if run is not None and current is not None:
            body = self.body_editor.toPlainText()
            for f in run.findings:
                loc = f.location
                if f.verified or loc.section_id != current:
                    continue
                if loc.kind == "section" and loc.field == "body" and loc.start is not None:
                    begin = utf16_offset(body, loc.start)
                    end = utf16_offset(body, loc.start + (loc.length or 1))
                    spans.append((begin, end - begin, f.severity))
                elif loc.kind == "indicator":
                    cells.setdefault((loc.indicator_id, loc.field), (f.severity, f.message))
        self.highlighter.set_spans(spans)
        if self.sections.panel is not None:
            self.sections.panel.table_model.set_cell_findings(cells)

    def open_location(self, loc) -> None:
        """Show the section of a finding and select its span or table cell; for the report's
        own title, ask for 报告属性, where it is edited."""
        if loc is not None and loc.field == "report_title":
            self.propertiesRequested.emit()
            return
        tree = self.sections.tree_model
        if loc is None or loc.section_id is None or tree is None \
                or not tree.contains(loc.section_id):
            return
        self.sections.select_section(loc.section_id)
        if loc.kind == "indicator":
            model = self.sections.panel.table_model
            for row, ind in enumerate(model.indicators()):
                if ind.id == loc.indicator_id:
                    column = COLUMNS.index(loc.field) if loc.field in COLUMNS else 1
                    self.table_view.setCurrentIndex(model.index(row, column))
                    self.table_view.setFocus()
                    return
        elif loc.field == "title":
            self.title_edit.setFocus()
            title = self.title_edit.text()
            begin = utf16_offset(title, loc.start or 0)
            self.title_edit.setSelection(
                begin, utf16_offset(title, (loc.start or 0) + (loc.length or 0)) - begin)
        elif loc.start is not None:
            self.body_editor.select_span(loc.start, loc.length or 0)

    # ---- 修正 / 全部修正, 检查设置 ----------------------------------------------------------------
    def _writable_session(self):
        session = self.checks.session if self.checks is not None else None
        return session if session is not None and not session.read_only else None

    def fix(self, findings, text: str) -> None:
        """Make the certain fixes of `findings` as one undo step, then check again."""
        from .finding_fixes import FixTextsCommand, planned_changes

        session = self._writable_session()
        if session is None:
            return
        changes, count = planned_changes(session.store, findings)
        if not changes:
            self.statusbar.showMessage(self.tr("文字已改动，未作修正；已重新检查。"), 8000)
            self.run_checks()
            return
        stack = session.undo_stack
        before = stack.index()
        stack.push(FixTextsCommand(session, text, changes, count,
                                   self.sections.current_section_id()))
        self.run_checks()
        if stack.index() > before:
            self.statusbar.showMessage(self.tr("已修正 %1 处（撤销：Ctrl+Z）")
                                       .replace("%1", str(count)), 8000)

    def edit_check_settings(self) -> None:
        """检查设置: choose the rule families; kept in the file, one undo step."""
        from ..checks.findings import RULE_FAMILIES
        from ..report_check import ALWAYS_ON, switchable_families
        from .check_settings_dialog import CheckSettingsDialog
        from .finding_fixes import SetFamiliesOffCommand

        session = self._writable_session()
        if session is None:
            return
        current = session.store.families_off() & frozenset(switchable_families())
        dialog = CheckSettingsDialog(RULE_FAMILIES, ALWAYS_ON, current, self.panel.window())
        accepted = dialog.exec() == CheckSettingsDialog.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        chosen = dialog.families_off() & frozenset(switchable_families())
        if chosen != current:
            session.undo_stack.push(
                SetFamiliesOffCommand(session, self.tr("检查设置"), current, chosen))
            self.check_and_report()

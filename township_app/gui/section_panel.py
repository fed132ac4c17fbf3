"""The right-hand side: the selected section's title, body and indicator table.

It follows session signals and turns user edits into undo commands; it knows
nothing of the tree view or the main window.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from PySide6.QtWidgets import QMessageBox

from ..model import Indicator, NUMBERING_AUTO, NUMBERING_NONE
from ..store import TextInputError, validate_text
from .indicator_table_model import IndicatorTableModel
from .undo_commands import (AddIndicatorCommand, DeleteIndicatorCommand, EditBodyCommand,
                            MoveIndicatorCommand, RenameSectionCommand, SetSectionFlagsCommand,
                            SetTableCaptionCommand)


class SectionPanelController(QObject):
    """Binds the panel widgets (from main_window.ui) to one session."""

    currentSectionChanged = Signal(object)  # section id or None

    def __init__(self, window, session, tree_model):
        super().__init__(window)
        self.w = window
        self.session = session
        self.tree = tree_model
        self.section_id: int | None = None
        self.table_model = IndicatorTableModel(session, self)
        window.indicatorTable.setModel(self.table_model)
        window.bodyEditor.userEdited.connect(self._on_body_edited)
        window.bodyEditor.undoStepBreak.connect(self._seal_typing)
        window.titleEdit.textEdited.connect(self._on_title_edited)
        window.printTableCheck.toggled.connect(self._on_print_table_toggled)
        self._caption_edits = {"table_title": window.tableTitleEdit,
                               "table_unit": window.tableUnitEdit}
        self._caption_slots = {field: (lambda text, f=field: self._on_caption_edited(f, text))
                               for field in self._caption_edits}
        for field, edit in self._caption_edits.items():
            edit.textEdited.connect(self._caption_slots[field])
        session.bodyChanged.connect(self._on_body_changed)
        session.titleChanged.connect(self._on_title_changed)
        session.sectionFlagsChanged.connect(self._on_flags_changed)
        session.structureChanged.connect(self._refresh_label)
        self.show_section(None)

    def detach(self) -> None:
        """Stop listening to the shared widgets before another report takes them over."""
        w = self.w
        w.bodyEditor.userEdited.disconnect(self._on_body_edited)
        w.bodyEditor.undoStepBreak.disconnect(self._seal_typing)
        w.titleEdit.textEdited.disconnect(self._on_title_edited)
        w.printTableCheck.toggled.disconnect(self._on_print_table_toggled)
        for field, edit in self._caption_edits.items():
            edit.textEdited.disconnect(self._caption_slots[field])
        self.deleteLater()

    # ---- showing -------------------------------------------------------------------------
    def show_section(self, section_id: int | None) -> None:
        self._seal_typing()
        if section_id is not None and not self.tree.contains(section_id):
            section_id = None
        self.section_id = section_id
        w = self.w
        enabled = section_id is not None
        for widget in (w.titleEdit, w.bodyEditor, w.indicatorTable, w.printTableCheck,
                       *self._caption_edits.values()):
            widget.setEnabled(enabled)
        editable = enabled and not self.session.read_only
        w.titleEdit.setReadOnly(not editable)
        w.bodyEditor.setReadOnly(not editable)
        w.printTableCheck.setEnabled(editable)
        for edit in self._caption_edits.values():
            edit.setReadOnly(not editable)
        if section_id is None:
            w.titleEdit.setText("")
            w.bodyEditor.load("")
            w.numberLabel.setText("")
            for edit in self._caption_edits.values():
                edit.setText("")
            self.table_model.set_section(None)
        else:
            s = self.session.store.section(section_id)
            w.titleEdit.setText(s.title)
            w.bodyEditor.load(s.body, cursor=0)
            w.printTableCheck.blockSignals(True)
            w.printTableCheck.setChecked(s.print_table)
            w.printTableCheck.blockSignals(False)
            self._show_captions(s)
            self.table_model.set_section(section_id)
            self._refresh_label()
        self.currentSectionChanged.emit(section_id)

    def _refresh_label(self) -> None:
        if self.section_id is not None and self.tree.contains(self.section_id):
            self.w.numberLabel.setText(self.tree.label(self.section_id))
        elif self.section_id is not None:
            self.show_section(None)

    def _seal_typing(self) -> None:
        """A section switch ends the current typing run: the next keystroke is a new undo step."""
        stack = self.session.undo_stack
        if stack.index() > 0:
            cmd = stack.command(stack.index() - 1)
            if isinstance(cmd, EditBodyCommand):
                cmd.sealed = True

    # ---- user edits → commands --------------------------------------------------------------
    def _refused(self, text: str) -> bool:
        """Text with a broken character (from a bad paste) is refused with a message."""
        try:
            validate_text(text)
        except TextInputError as exc:
            QMessageBox.warning(self.w, self.tr("无法保存"), str(exc))
            return True
        return False

    def _on_body_edited(self, old: str, new: str, before: int, after: int) -> None:
        if self.section_id is None:
            return
        if self._refused(new):
            self.w.bodyEditor.load(old, cursor=before)
            return
        self.session.undo_stack.push(
            EditBodyCommand(self.session, self.section_id, old, new, before, after))

    def _on_title_edited(self, text: str) -> None:
        if self.section_id is None:
            return
        old = self.session.store.section(self.section_id).title
        if self._refused(text):
            self.w.titleEdit.setText(old)
            return
        self.session.undo_stack.push(RenameSectionCommand(self.tree, self.section_id, old, text))

    def _on_print_table_toggled(self, checked: bool) -> None:
        if self.section_id is None:
            return
        self.session.undo_stack.push(SetSectionFlagsCommand(
            self.session, self.section_id, self.tr("打印指标表") if checked
            else self.tr("不打印指标表"), {"print_table": not checked}, {"print_table": checked}))

    def _on_caption_edited(self, field: str, text: str) -> None:
        """表题 / 单位 typed: committed at once, one undo step per field while typing."""
        if self.section_id is None or self.session.read_only:
            return
        old = getattr(self.session.store.section(self.section_id), field)
        if self._refused(text):
            self._caption_edits[field].setText(old)
            return
        label = self.tr("修改表题") if field == "table_title" else self.tr("修改表格单位")
        self.session.undo_stack.push(
            SetTableCaptionCommand(self.session, self.section_id, label, field, old, text))

    def _show_captions(self, section) -> None:
        """The fields as the store has them; a field already showing it keeps its cursor."""
        for field, edit in self._caption_edits.items():
            value = getattr(section, field)
            if edit.text() != value:
                edit.setText(value)

    def toggle_numbering(self) -> None:
        if self.section_id is None or self.session.read_only:
            return
        current = self.session.store.section(self.section_id).numbering
        new = NUMBERING_NONE if current == NUMBERING_AUTO else NUMBERING_AUTO
        self.session.undo_stack.push(SetSectionFlagsCommand(
            self.session, self.section_id, self.tr("更改编号方式"),
            {"numbering": current}, {"numbering": new}))

    # ---- session → widgets ----------------------------------------------------------------
    def _on_body_changed(self, section_id: int, text: str, cursor: int) -> None:
        if section_id != self.section_id:
            return
        if text != self.w.bodyEditor.toPlainText():
            if cursor >= 0:  # undo/redo: the cursor goes where the edit was
                self.w.bodyEditor.load(text, cursor=cursor)
            else:
                self.w.bodyEditor.load(text, keep_cursor=True)

    def _on_title_changed(self, section_id: int, title: str) -> None:
        if section_id == self.section_id and title != self.w.titleEdit.text():
            self.w.titleEdit.setText(title)

    def _on_flags_changed(self, section_id: int) -> None:
        if section_id != self.section_id:
            return
        s = self.session.store.section(section_id)
        self.w.printTableCheck.blockSignals(True)
        self.w.printTableCheck.setChecked(s.print_table)
        self.w.printTableCheck.blockSignals(False)
        self._show_captions(s)
        self._refresh_label()

    # ---- indicator rows -------------------------------------------------------------------
    def add_row(self) -> None:
        if self.section_id is None or self.session.read_only:
            return
        row = self.w.indicatorTable.current_row()
        position = row + 1 if row >= 0 else self.table_model.rowCount()
        self.session.undo_stack.push(AddIndicatorCommand(
            self.session, Indicator(section_id=self.section_id, position=position)))
        index = self.table_model.index(position, 0)
        self.w.indicatorTable.setCurrentIndex(index)
        self.w.indicatorTable.edit(index)

    def delete_rows(self) -> None:
        if self.section_id is None or self.session.read_only:
            return
        rows = sorted({i.row() for i in self.w.indicatorTable.selectedIndexes()}, reverse=True)
        if not rows and self.w.indicatorTable.current_row() >= 0:
            rows = [self.w.indicatorTable.current_row()]
        if not rows:
            return
        ids = [self.table_model.indicator_at(r).id for r in rows]
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("删除指标行"))
        for iid in ids:
            stack.push(DeleteIndicatorCommand(self.session, self.section_id, iid))
        stack.endMacro()

    def move_row(self, delta: int) -> None:
        if self.section_id is None or self.session.read_only:
            return
        row = self.w.indicatorTable.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.table_model.rowCount():
            return
        column = self.w.indicatorTable.currentIndex().column()
        ind = self.table_model.indicator_at(row)
        self.session.undo_stack.push(
            MoveIndicatorCommand(self.session, self.section_id, ind.id, row, target))
        self.w.indicatorTable.setCurrentIndex(self.table_model.index(target, column))

"""章节 menu and the section tree: which section is shown, and adding, renaming, deleting,
moving and indenting sections, each as one undo command through the session.

Receives the tree view, the title field and the parent for its question dialog; for
each report (follow) it builds the tree model and the section panel, and emits
currentSectionChanged when the user (or an undo) selects another section.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from .section_panel import SectionPanelController
from .section_tree_model import SectionTreeModel
from .undo_commands import (AddSectionCommand, DeleteSectionCommand, MoveSectionCommand,
                            RenameSectionCommand)


class SectionActions(QObject):
    currentSectionChanged = Signal(object)  # section id or None

    def __init__(self, window, tree_view, title_edit):
        super().__init__(window)
        self.window = window  # the parent of dialogs; its widgets go to the section panel
        self.view = tree_view
        self.title_edit = title_edit
        self.session = None
        self.tree_model: SectionTreeModel | None = None
        self.panel: SectionPanelController | None = None

    # ---- one report ----------------------------------------------------------------------------
    def follow(self, session) -> None:
        """Show session's tree (None: no report); the old report's models go with it."""
        old_model, old_selection = self.tree_model, self.view.selectionModel()
        if self.panel is not None:
            self.panel.show_section(None)  # nothing of the old report stays on screen
            self.panel.detach()
            self.panel = None
        self.session = session
        if session is None:
            self.view.setModel(None)
            self.tree_model = None
        else:
            self.tree_model = SectionTreeModel(session, self)
            self.view.setModel(self.tree_model)
            self.view.expandAll()
            self.tree_model.rowsInserted.connect(
                lambda parent, _first, _last: self.view.expand(parent))
            self.tree_model.moveRequested.connect(self._push_move)
            self.tree_model.renameRequested.connect(self._rename_requested)
            self.panel = SectionPanelController(self.window, session, self.tree_model)
            self.view.selectionModel().currentChanged.connect(self._current_changed)
            session.showRequested.connect(self._show_requested)
            first = self.tree_model.index(0, 0)
            if first.isValid():
                self.view.setCurrentIndex(first)
        for leftover in (old_selection, old_model):
            if leftover is not None:
                leftover.deleteLater()

    def _current_changed(self, current, _previous) -> None:
        sid = self.tree_model.section_id(current) if self.tree_model else None
        self.panel.show_section(sid)
        self.currentSectionChanged.emit(sid)

    def _show_requested(self, section_id: int) -> None:
        """Undo/redo changed this section: show it, unless it is already the current one."""
        if self.tree_model is not None and self.tree_model.contains(section_id) \
                and self.current_section_id() != section_id:
            self.select_section(section_id)

    def current_section_id(self) -> int | None:
        if self.tree_model is None:
            return None
        return self.tree_model.section_id(self.view.currentIndex())

    def select_section(self, section_id: int) -> None:
        index = self.tree_model.index_of(section_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _writable(self) -> bool:
        return self.session is not None and not self.session.read_only

    # ---- edits ---------------------------------------------------------------------------------
    def add_sibling(self) -> int | None:
        if not self._writable():
            return None
        current = self.current_section_id()
        if current is None:
            parent, position = None, len(self.tree_model.children_ids(None))
        else:
            parent = self.tree_model.parent_id(current)
            position = self.tree_model.children_ids(parent).index(current) + 1
        return self._add_section(parent, position)

    def add_child(self) -> int | None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return None
        return self._add_section(current, len(self.tree_model.children_ids(current)))

    def _add_section(self, parent, position) -> int:
        command = AddSectionCommand(self.tree_model, parent, position, self.tr("新章节"))
        self.session.undo_stack.push(command)
        self.select_section(command.section_id)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return command.section_id

    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def _rename_requested(self, section_id: int, title: str) -> None:
        old = self.session.store.section(section_id).title
        self.session.undo_stack.push(RenameSectionCommand(self.tree_model, section_id, old, title))

    def delete_current(self) -> bool:
        current = self.current_section_id()
        if current is None or not self._writable():
            return False
        heading = self.tree_model.display_text(current)
        descendants = len(self.session.store.subtree_ids(current)) - 1
        text = self.tr("确定删除章节“%1”吗？").replace("%1", heading)
        if descendants:
            text += self.tr("\n其下 %1 个下级章节及所有指标将一并删除。").replace(
                "%1", str(descendants))
        text += self.tr("\n（可用“撤销”恢复）")
        if QMessageBox.question(self.window, self.tr("删除章节"), text) != QMessageBox.Yes:
            return False
        parent = self.tree_model.parent_id(current)
        row = self.tree_model.children_ids(parent).index(current)
        self.session.undo_stack.push(DeleteSectionCommand(self.tree_model, current))
        siblings = self.tree_model.children_ids(parent)
        if siblings:
            self.select_section(siblings[min(row, len(siblings) - 1)])
        elif parent is not None:
            self.select_section(parent)
        else:
            self.panel.show_section(None)
        return True

    def move_current(self, delta: int) -> None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return
        parent = self.tree_model.parent_id(current)
        target = self.tree_model.children_ids(parent).index(current) + delta
        if 0 <= target < len(self.tree_model.children_ids(parent)):
            self._push_move(current, parent, target)

    def outdent_current(self) -> None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return
        parent = self.tree_model.parent_id(current)
        if parent is None:
            return
        grand = self.tree_model.parent_id(parent)
        self._push_move(current, grand, self.tree_model.children_ids(grand).index(parent) + 1)

    def indent_current(self) -> None:
        current = self.current_section_id()
        if current is None or not self._writable():
            return
        siblings = self.tree_model.children_ids(self.tree_model.parent_id(current))
        row = siblings.index(current)
        if row == 0:
            return
        new_parent = siblings[row - 1]
        self._push_move(current, new_parent, len(self.tree_model.children_ids(new_parent)))

    def _push_move(self, section_id, new_parent, position) -> None:
        if not self._writable():
            return
        self.session.undo_stack.push(
            MoveSectionCommand(self.tree_model, section_id, new_parent, position))
        self.select_section(section_id)

    def toggle_numbering(self) -> None:
        if self.panel is not None:
            self.panel.toggle_numbering()

"""Undo commands: each redo/undo calls one method of the session or the section model."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import Indicator, ReportProperties


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


class AddSectionCommand(QUndoCommand):
    def __init__(self, tree, parent_id, position, title, numbering="auto"):
        super().__init__(_tr("添加章节“%1”").replace("%1", title or _tr("无标题")))
        self.tree, self.parent_id, self.position = tree, parent_id, position
        self.title, self.numbering = title, numbering
        self.section_id: int | None = None
        self._snapshot = None

    def redo(self):
        if self._snapshot is None:
            self.section_id = self.tree.insert_section(
                self.parent_id, self.position, title=self.title, numbering=self.numbering,
                section_id=self.section_id)
        else:
            self.tree.restore_section(self._snapshot)

    def undo(self):
        self._snapshot = self.tree.remove_section(self.section_id)


class DeleteSectionCommand(QUndoCommand):
    def __init__(self, tree, section_id):
        super().__init__(_tr("删除章节“%1”").replace("%1", tree.heading(section_id)))
        self.tree, self.section_id = tree, section_id
        self._snapshot = None

    def redo(self):
        self._snapshot = self.tree.remove_section(self.section_id)

    def undo(self):
        self.tree.restore_section(self._snapshot)


class MoveSectionCommand(QUndoCommand):
    def __init__(self, tree, section_id, new_parent_id, new_position):
        super().__init__(_tr("移动章节“%1”").replace("%1", tree.heading(section_id)))
        self.tree, self.section_id = tree, section_id
        self.new_parent_id, self.new_position = new_parent_id, new_position
        self.old_parent_id = tree.parent_id(section_id)
        self.old_position = tree.children_ids(self.old_parent_id).index(section_id)

    def redo(self):
        self.tree.move_section(self.section_id, self.new_parent_id, self.new_position)

    def undo(self):
        self.tree.move_section(self.section_id, self.old_parent_id, self.old_position)


class RenameSectionCommand(QUndoCommand):
    ID = 101

    def __init__(self, tree, section_id, old_title, new_title):
        super().__init__(_tr("修改标题"))
        self.tree, self.section_id = tree, section_id
        self.old_title, self.new_title = old_title, new_title
        self.stamp = time.monotonic()

    def id(self):
        return self.ID

    def mergeWith(self, other):
        """Typing a title letter by letter is one undo step."""
        if other.section_id != self.section_id or other.stamp - self.stamp > 2.0:
            return False
        self.new_title, self.stamp = other.new_title, other.stamp
        return True

    def redo(self):
        self.tree.rename_section(self.section_id, self.new_title)

    def undo(self):
        self.tree.rename_section(self.section_id, self.old_title)


class EditBodyCommand(QUndoCommand):
    """Typing in the editor; consecutive keystrokes in one section merge into one step."""

    ID = 102

    def __init__(self, session, section_id, old_text, new_text, cursor_before, cursor_after):
        super().__init__(_tr("编辑正文"))
        self.session, self.section_id = session, section_id
        self.old_text, self.new_text = old_text, new_text
        self.cursor_before, self.cursor_after = cursor_before, cursor_after
        self.stamp = time.monotonic()
        self.sealed = False

    def id(self):
        return self.ID

    def mergeWith(self, other):
        if (self.sealed or other.section_id != self.section_id
                or other.stamp - self.stamp > 1.5):
            return False
        self.new_text, self.cursor_after, self.stamp = other.new_text, other.cursor_after, \
            other.stamp
        return True

    def redo(self):
        self.session.set_body(self.section_id, self.new_text)

    def undo(self):
        self.session.set_body(self.section_id, self.old_text)


class SetSectionFlagsCommand(QUndoCommand):
    def __init__(self, session, section_id, text, old: dict, new: dict):
        super().__init__(text)
        self.session, self.section_id, self.old, self.new = session, section_id, old, new

    def redo(self):
        self.session.set_section_flags(self.section_id, **self.new)

    def undo(self):
        self.session.set_section_flags(self.section_id, **self.old)


class SetPropertiesCommand(QUndoCommand):
    def __init__(self, session, old: ReportProperties, new: ReportProperties):
        super().__init__(_tr("修改报告属性"))
        self.session, self.old, self.new = session, old, new

    def redo(self):
        self.session.set_properties(self.new)

    def undo(self):
        self.session.set_properties(self.old)


class EditIndicatorCommand(QUndoCommand):
    def __init__(self, session, indicator_id, old: dict, new: dict):
        super().__init__(_tr("修改指标"))
        self.session, self.indicator_id, self.old, self.new = session, indicator_id, old, new

    def redo(self):
        self.session.set_indicator_values(self.indicator_id, self.new)

    def undo(self):
        self.session.set_indicator_values(self.indicator_id, self.old)


class AddIndicatorCommand(QUndoCommand):
    def __init__(self, session, indicator: Indicator):
        super().__init__(_tr("添加指标行"))
        self.session, self.indicator = session, indicator

    def redo(self):
        self.indicator.id = self.session.insert_indicator(self.indicator)

    def undo(self):
        self.session.remove_indicator(self.indicator.id)


class DeleteIndicatorCommand(QUndoCommand):
    def __init__(self, session, indicator_id):
        super().__init__(_tr("删除指标行"))
        self.session, self.indicator_id = session, indicator_id
        self._removed: Indicator | None = None

    def redo(self):
        self._removed = self.session.remove_indicator(self.indicator_id)

    def undo(self):
        self.session.insert_indicator(self._removed)


class MoveIndicatorCommand(QUndoCommand):
    def __init__(self, session, indicator_id, old_position, new_position):
        super().__init__(_tr("移动指标行"))
        self.session, self.indicator_id = session, indicator_id
        self.old_position, self.new_position = old_position, new_position

    def redo(self):
        self.session.move_indicator(self.indicator_id, self.new_position)

    def undo(self):
        self.session.move_indicator(self.indicator_id, self.old_position)

"""Undo commands: each redo/undo calls one method of the session, the one door for edits.

A command whose first redo the file refuses makes itself obsolete, so the undo
stack never holds an edit that is not in the file. Undo and redo bring the
section they touch into view, so the user sees what changed.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import Indicator, ReportProperties


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


class ReportCommand(QUndoCommand):
    """apply()/revert() return whether the file took the write."""

    def __init__(self, text: str, session, section_id: int | None = None):
        super().__init__(text)
        self.session = session
        self.section_id = section_id
        self._pushed = False

    def apply(self) -> bool:
        raise NotImplementedError

    def revert(self) -> bool:
        raise NotImplementedError

    def redo(self):
        if not self._pushed:
            self._pushed = True
            if not self.apply():
                self.setObsolete(True)
            return
        self._show()
        self.apply()

    def undo(self):
        self._show()
        self.revert()

    def _show(self) -> None:
        if self.section_id is not None:
            self.session.showRequested.emit(self.section_id)


class AddSectionCommand(ReportCommand):
    def __init__(self, tree, parent_id, position, title, numbering="auto"):
        super().__init__(_tr("添加章节“%1”").replace("%1", title or _tr("无标题")), tree.session)
        self.tree, self.parent_id, self.position = tree, parent_id, position
        self.title, self.numbering = title, numbering
        self._snapshot = None

    def apply(self) -> bool:
        if self._snapshot is None:
            self.section_id = self.session.insert_section(
                self.parent_id, self.position, title=self.title, numbering=self.numbering)
            return self.section_id is not None
        return self.session.restore_section(self._snapshot)

    def redo(self):
        super().redo()
        self._show()

    def undo(self):
        self._snapshot = self.session.remove_section(self.section_id) or self._snapshot
        if self.parent_id is not None:
            self.session.showRequested.emit(self.parent_id)

    def revert(self) -> bool:  # undo is overridden: the section is gone afterwards
        return True


class DeleteSectionCommand(ReportCommand):
    def __init__(self, tree, section_id):
        super().__init__(_tr("删除章节“%1”").replace("%1", tree.heading(section_id)),
                         tree.session)
        self.tree, self.deleted_id = tree, section_id
        self._snapshot = None

    def apply(self) -> bool:
        snapshot = self.session.remove_section(self.deleted_id)
        if snapshot is not None:
            self._snapshot = snapshot
        return snapshot is not None

    def undo(self):
        if self.session.restore_section(self._snapshot):
            self.session.showRequested.emit(self.deleted_id)

    def revert(self) -> bool:
        return True


class MoveSectionCommand(ReportCommand):
    def __init__(self, tree, section_id, new_parent_id, new_position):
        super().__init__(_tr("移动章节“%1”").replace("%1", tree.heading(section_id)),
                         tree.session, section_id)
        self.tree = tree
        self.new_parent_id, self.new_position = new_parent_id, new_position
        self.old_parent_id = tree.parent_id(section_id)
        self.old_position = tree.children_ids(self.old_parent_id).index(section_id)

    def apply(self) -> bool:
        return self.session.move_section(self.section_id, self.new_parent_id, self.new_position)

    def revert(self) -> bool:
        return self.session.move_section(self.section_id, self.old_parent_id, self.old_position)


class RenameSectionCommand(ReportCommand):
    ID = 101

    def __init__(self, tree, section_id, old_title, new_title):
        super().__init__(_tr("修改标题"), tree.session, section_id)
        self.tree = tree
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

    def apply(self) -> bool:
        return self.session.set_title(self.section_id, self.new_title)

    def revert(self) -> bool:
        return self.session.set_title(self.section_id, self.old_title)


class EditBodyCommand(ReportCommand):
    """Typing in the editor; consecutive keystrokes in one section merge into one step."""

    ID = 102

    def __init__(self, session, section_id, old_text, new_text, cursor_before, cursor_after):
        super().__init__(_tr("编辑正文"), session, section_id)
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

    def apply(self) -> bool:
        return self.session.set_body(self.section_id, self.new_text, self.cursor_after)

    def revert(self) -> bool:
        return self.session.set_body(self.section_id, self.old_text, self.cursor_before)


class SetSectionFlagsCommand(ReportCommand):
    def __init__(self, session, section_id, text, old: dict, new: dict):
        super().__init__(text, session, section_id)
        self.old, self.new = old, new

    def apply(self) -> bool:
        return self.session.set_section_flags(self.section_id, **self.new)

    def revert(self) -> bool:
        return self.session.set_section_flags(self.section_id, **self.old)


class SetTableCaptionCommand(SetSectionFlagsCommand):
    """Typing a table's 表题 or 单位: one field's consecutive keystrokes are one undo step."""

    ID = 103

    def __init__(self, session, section_id, text, field: str, old: str, new: str):
        super().__init__(session, section_id, text, {field: old}, {field: new})
        self.field = field
        self.stamp = time.monotonic()

    def id(self):
        return self.ID

    def mergeWith(self, other):
        if (other.section_id != self.section_id or other.field != self.field
                or other.stamp - self.stamp > 2.0):
            return False
        self.new, self.stamp = other.new, other.stamp
        self.setObsolete(self.new == self.old)  # typed and deleted again: no step at all
        return True


class SetPropertiesCommand(ReportCommand):
    def __init__(self, session, old: ReportProperties, new: ReportProperties):
        super().__init__(_tr("修改报告属性"), session)
        self.old, self.new = old, new

    def apply(self) -> bool:
        return self.session.set_properties(self.new)

    def revert(self) -> bool:
        return self.session.set_properties(self.old)


class EditIndicatorCommand(ReportCommand):
    def __init__(self, session, section_id, indicator_id, old: dict, new: dict):
        super().__init__(_tr("修改指标"), session, section_id)
        self.indicator_id, self.old, self.new = indicator_id, old, new

    def apply(self) -> bool:
        return self.session.set_indicator_values(self.indicator_id, self.new)

    def revert(self) -> bool:
        return self.session.set_indicator_values(self.indicator_id, self.old)


class AddIndicatorCommand(ReportCommand):
    def __init__(self, session, indicator: Indicator):
        super().__init__(_tr("添加指标行"), session, indicator.section_id)
        self.indicator = indicator

    def apply(self) -> bool:
        new_id = self.session.insert_indicator(self.indicator)
        if new_id is not None:
            self.indicator.id = new_id
        return new_id is not None

    def revert(self) -> bool:
        return self.session.remove_indicator(self.indicator.id) is not None


class DeleteIndicatorCommand(ReportCommand):
    def __init__(self, session, section_id, indicator_id):
        super().__init__(_tr("删除指标行"), session, section_id)
        self.indicator_id = indicator_id
        self._removed: Indicator | None = None

    def apply(self) -> bool:
        removed = self.session.remove_indicator(self.indicator_id)
        if removed is not None:
            self._removed = removed
        return removed is not None

    def revert(self) -> bool:
        return self.session.insert_indicator(self._removed) is not None


class MoveIndicatorCommand(ReportCommand):
    def __init__(self, session, section_id, indicator_id, old_position, new_position):
        super().__init__(_tr("移动指标行"), session, section_id)
        self.indicator_id = indicator_id
        self.old_position, self.new_position = old_position, new_position

    def apply(self) -> bool:
        return self.session.move_indicator(self.indicator_id, self.new_position)

    def revert(self) -> bool:
        return self.session.move_indicator(self.indicator_id, self.old_position)

"""The section tree as a real QAbstractItemModel, numbered the way printing will number it.

The model caches ids and labels and follows the session: undo commands call the
session, which writes the file and announces the change; the model wraps reloading
its cache in Qt's begin/end signals so views keep selection and expansion.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractItemModel, QByteArray, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QFont

from ..model import NUMBERING_AUTO
from ..numbering import number_tree

MIME_SECTION = "application/x-township-section-id"
SectionIdRole = Qt.UserRole + 1


class SectionTreeModel(QAbstractItemModel):
    #: drag and drop asks for a move; the window turns it into an undoable command
    moveRequested = Signal(int, object, int)  # section id, new parent id or None, position
    renameRequested = Signal(int, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self._children: dict[int | None, list[int]] = {}
        self._parent: dict[int, int | None] = {}
        self._title: dict[int, str] = {}
        self._numbering: dict[int, str] = {}
        self._label: dict[int, str] = {}
        self._depth: dict[int, int] = {}
        self._reload()
        session.titleChanged.connect(self._on_title_changed)
        session.sectionFlagsChanged.connect(self._on_flags_changed)
        session.sectionInserted.connect(self._on_inserted)
        session.sectionRemoved.connect(self._on_removed)
        session.sectionMoved.connect(self._on_moved)

    # ---- cache -----------------------------------------------------------------------------
    def _reload(self) -> None:
        self._children = {None: []}
        self._parent.clear()
        for s in self.store.sections():  # ordered by parent, then position
            self._children.setdefault(s.parent_id, []).append(s.id)
            self._children.setdefault(s.id, [])
            self._parent[s.id] = s.parent_id
            self._title[s.id] = s.title
            self._numbering[s.id] = s.numbering
        self._relabel()

    def _relabel(self) -> None:
        """Numbers as printing gives them (numbering.number_tree, as Report.walk uses)."""
        numbered = number_tree(
            self._children, lambda sid: self._numbering.get(sid, NUMBERING_AUTO) == NUMBERING_AUTO)
        self._depth = {sid: depth for sid, (depth, _) in numbered.items()}
        self._label = {sid: label for sid, (_, label) in numbered.items()}

    def _emit_all_labels_changed(self) -> None:
        """Numbers depend on siblings and depth: repaint the whole tree's first column."""
        def visit(parent: QModelIndex):
            rows = self.rowCount(parent)
            if rows:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 0, parent),
                                      [Qt.DisplayRole])
                for r in range(rows):
                    visit(self.index(r, 0, parent))

        visit(QModelIndex())

    # ---- Qt model API ------------------------------------------------------------------------
    def index(self, row, column=0, parent=QModelIndex()):
        parent_id = self.section_id(parent)
        kids = self._children.get(parent_id, [])
        if column != 0 or row < 0 or row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, kids[row])

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(index.internalId())
        if parent_id is None:
            return QModelIndex()
        grand = self._parent.get(parent_id)
        return self.createIndex(self._children[grand].index(parent_id), 0, parent_id)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.section_id(parent), []))

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        sid = index.internalId()
        if role == Qt.DisplayRole:
            return self.display_text(sid)
        if role == Qt.EditRole:
            return self._title.get(sid, "")
        if role == Qt.ToolTipRole:
            return self.display_text(sid)
        if role == SectionIdRole:
            return sid
        if role == Qt.FontRole and self._depth.get(sid) == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def display_text(self, section_id: int) -> str:
        title = self._title.get(section_id, "")
        if not title:
            title = self.tr("（开头导语）") if self._is_preamble(section_id) else self.tr("（无标题）")
        return f"{self._label.get(section_id, '')}{title}"

    def _is_preamble(self, section_id: int) -> bool:
        return (self._parent.get(section_id) is None
                and self._children[None][:1] == [section_id]
                and self._numbering.get(section_id) != NUMBERING_AUTO)

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid() or self.session.read_only:
            return False
        title = str(value).strip()
        sid = index.internalId()
        if title != self._title.get(sid):
            self.renameRequested.emit(sid, title)
        return True

    def flags(self, index):
        base = Qt.ItemIsDropEnabled
        if not index.isValid():
            return base
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable | base
        if not self.session.read_only:
            f |= Qt.ItemIsEditable | Qt.ItemIsDragEnabled
        return f

    # ---- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME_SECTION]

    def mimeData(self, indexes):
        mime = QMimeData()
        ids = [str(i.internalId()) for i in indexes if i.isValid()]
        mime.setData(MIME_SECTION, QByteArray(",".join(ids[:1]).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(MIME_SECTION) or self.session.read_only:
            return False
        try:
            sid = int(bytes(data.data(MIME_SECTION)).decode())
        except ValueError:
            return False
        target = self.section_id(parent)
        while target is not None:  # never into its own subtree
            if target == sid:
                return False
            target = self._parent.get(target)
        return True

    def dropMimeData(self, data, action, row, column, parent):
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        sid = int(bytes(data.data(MIME_SECTION)).decode())
        new_parent = self.section_id(parent)
        siblings = self._children.get(new_parent, [])
        if row < 0:
            row = len(siblings)
        # the store counts the position without the moved section
        if sid in siblings and siblings.index(sid) < row:
            row -= 1
        self.moveRequested.emit(sid, new_parent, row)
        return False  # the move is done by the command, not by the view removing rows

    # ---- lookups -------------------------------------------------------------------------------
    def section_id(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        return index.internalId() if index.isValid() else None

    def index_of(self, section_id: int | None) -> QModelIndex:
        if section_id is None or section_id not in self._parent:
            return QModelIndex()
        parent_id = self._parent[section_id]
        return self.createIndex(self._children[parent_id].index(section_id), 0, section_id)

    def parent_id(self, section_id: int) -> int | None:
        return self._parent[section_id]

    def children_ids(self, parent_id: int | None) -> list[int]:
        return list(self._children.get(parent_id, []))

    def label(self, section_id: int) -> str:
        return self._label.get(section_id, "")

    def heading(self, section_id: int) -> str:
        return f"{self.label(section_id)}{self._title.get(section_id, '')}"

    def contains(self, section_id: int) -> bool:
        return section_id in self._parent

    # ---- following the session's structure edits ----------------------------------------------
    # The session writes the file first; the cache here still holds the old tree, so each
    # change is announced to the views (begin/end) around reloading the cache.
    def _on_inserted(self, parent_id, position: int, _section_id: int) -> None:
        position = min(position, len(self._children.get(parent_id, [])))
        self.beginInsertRows(self.index_of(parent_id), position, position)
        self._reload()
        self.endInsertRows()
        self._emit_all_labels_changed()

    def _on_removed(self, section_id: int) -> None:
        parent_id = self._parent[section_id]
        row = self._children[parent_id].index(section_id)
        self.beginRemoveRows(self.index_of(parent_id), row, row)
        self._reload()
        self.endRemoveRows()
        self._emit_all_labels_changed()

    def _on_moved(self, section_id: int, new_parent_id, position: int) -> None:
        old_parent = self._parent[section_id]
        old_row = self._children[old_parent].index(section_id)
        # Qt's destination row counts the moved row when moving within one parent
        dest_row = position + 1 if (old_parent == new_parent_id and position >= old_row) \
            else position
        if old_parent == new_parent_id and dest_row in (old_row, old_row + 1):
            return  # it stays where it was
        if self.beginMoveRows(self.index_of(old_parent), old_row, old_row,
                              self.index_of(new_parent_id), dest_row):
            self._reload()
            self.endMoveRows()
        else:  # a move Qt cannot express as one step: show the stored tree afresh
            self.beginResetModel()
            self._reload()
            self.endResetModel()
        self._emit_all_labels_changed()

    def is_move(self, section_id: int, new_parent_id, position: int) -> bool:
        """Whether moving there changes anything (position counts siblings without it)."""
        siblings = [i for i in self._children.get(new_parent_id, []) if i != section_id]
        position = max(0, min(position, len(siblings)))
        return not (self._parent[section_id] == new_parent_id
                    and self._children[new_parent_id].index(section_id) == position)

    def numbering(self, section_id: int) -> str:
        return self._numbering.get(section_id, NUMBERING_AUTO)

    def _on_title_changed(self, section_id: int, title: str) -> None:
        self._title[section_id] = title
        index = self.index_of(section_id)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.DisplayRole, Qt.EditRole])

    def _on_flags_changed(self, section_id: int) -> None:
        numbering = self.store.section(section_id).numbering
        if numbering != self._numbering.get(section_id):
            self._numbering[section_id] = numbering
            self._relabel()
            self._emit_all_labels_changed()


"""The window when the file refuses writes, in read-only mode, and across undo and reopen."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from township_app.demo import create_demo_file
from township_app.gui.main_window import MainWindow
from township_app.gui.section_tree_model import SectionTreeModel
from township_app.gui.settings import app_settings

from conftest import type_text


@pytest.fixture
def read_only_window(qtbot, tmp_path):
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(create_demo_file(tmp_path), read_only=True)
    yield w
    w.close()


def test_read_only_window_refuses_every_kind_of_edit(read_only_window, qtbot, monkeypatch):
    w = read_only_window
    before = w.session.store.load_report()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    sid = w.session.store.sections()[1].id
    w.select_section(sid)
    w.sectionTree.setFocus()
    qtbot.keyClick(w.sectionTree, Qt.Key_Delete)
    w.move_current(1)
    w.indent_current()
    w.panel.delete_rows()
    w.panel.toggle_numbering()
    assert not w.printTableCheck.isEnabled()
    w.find_bar.open()
    w.find_bar.find_edit.setText("晓坪")
    w.find_bar.replace_edit.setText("XX")
    assert w.find_bar.replace_all() == 0
    after = w.session.store.load_report()
    assert after.plain_text() == before.plain_text()
    assert [s.numbering for s in after.sections] == [s.numbering for s in before.sections]
    assert len(after.indicators) == len(before.indicators)
    assert w.session.undo_stack.count() == 0


def test_a_write_the_file_refuses_is_reported_and_not_shown_as_saved(demo_window, qtbot,
                                                                     monkeypatch):
    w = demo_window
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    sid = w.session.store.sections()[0].id
    w.select_section(sid)
    stored = w.session.store.section(sid).body
    w.session.store._conn.execute("PRAGMA query_only = ON")  # SQLite now refuses every write
    type_text(qtbot, w.bodyEditor, "丢")
    qtbot.waitUntil(lambda: bool(shown))
    assert "未能写入" in shown[0]
    assert w.bodyEditor.toPlainText() == stored  # the screen shows what the file holds
    assert w.session.undo_stack.count() == 0  # no undo step for an edit that never happened
    w.session.store._conn.execute("PRAGMA query_only = OFF")
    type_text(qtbot, w.bodyEditor, "好")
    assert w.session.store.section(sid).body != stored


def test_undo_brings_the_changed_section_into_view_with_the_cursor_there(demo_window, qtbot):
    w = demo_window
    first, second = [s.id for s in w.session.store.sections()[:2]]
    w.select_section(first)
    w.bodyEditor.load(w.bodyEditor.toPlainText(), cursor=5)
    type_text(qtbot, w.bodyEditor, "插入")
    w.select_section(second)
    w.undo()
    assert w.current_section_id() == first
    assert w.bodyEditor.textCursor().position() == 5
    w.redo()
    assert w.bodyEditor.textCursor().position() == 7


def test_reopening_does_not_pile_up_models(demo_window, qtbot):
    w = demo_window
    path = w.session.store.path
    for _ in range(3):
        assert w.open_file(path)
    qtbot.wait(10)
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert len(w.findChildren(SectionTreeModel)) == 1

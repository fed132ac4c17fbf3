"""Issue 15 · 2: undoing a delete (or redoing an add) in the window brings rows back with the
ids they had, so the undo steps around it — which name sections and rows by id — still
reach them. Driven with the keys and clicks a user has: Delete, Ctrl+Z, Ctrl+Y, Ctrl+I,
Ctrl+Return, the 删除行 button. The demo report: section 4 (求真务实…) holds sections 5
(with rows 7, 8) and 6; section 2 (基本情况) holds rows 1–6."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import conftest


@pytest.fixture
def window(demo_window, qtbot, monkeypatch):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    w.asked = asked
    return w


def press(qtbot, key, modifiers=Qt.NoModifier):
    """A key where the keyboard is (the window's shortcuts take Ctrl+Z/Ctrl+Y from there)."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def type_keys(qtbot, text):
    """Each key to whatever has the keyboard then (the first key opens the cell's editor)."""
    for ch in text:
        qtbot.keyClicks(QApplication.focusWidget(), ch)


def undo(qtbot):
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)


def redo(qtbot):
    press(qtbot, Qt.Key_Y, Qt.ControlModifier)


def subtree(store):
    """Sections 4, 5, 6 and rows 7, 8 as the file holds them, by id."""
    sections = {s.id: (s.parent_id, s.position, s.title, s.body) for s in store.sections()
                if s.id in (4, 5, 6)}
    rows = {i.id: (i.section_id, i.position, i.name, i.value) for i in store.indicators()
            if i.id in (7, 8)}
    return sections, rows


def table_rows(store, section_id):
    return [(i.id, i.position, i.name, i.value) for i in store.indicators(section_id)]


def test_undo_of_a_section_delete_brings_back_its_ids_and_the_edit_before_it(window, qtbot):
    w = window
    store = w.session.store
    original_body = store.section(5).body
    w.select_section(5)
    w.bodyEditor.setFocus()
    conftest.type_text(qtbot, w.bodyEditor, "补一句。")
    assert store.section(5).body == "补一句。" + original_body
    before = subtree(store)
    assert sorted(before[0]) == [4, 5, 6] and sorted(before[1]) == [7, 8]

    w.select_section(4)
    w.sectionTree.setFocus()
    press(qtbot, Qt.Key_Delete)
    assert len(w.asked) == 1 and "其下 2 个下级章节" in w.asked[0]
    assert subtree(store) == ({}, {})
    assert not w.tree_model.contains(4)

    undo(qtbot)  # the delete
    assert subtree(store) == before
    assert all(w.tree_model.contains(sid) for sid in (4, 5, 6))
    undo(qtbot)  # the typing in section 5, which names section 5 by its id
    assert store.section(5).body == original_body

    redo(qtbot)
    assert store.section(5).body == "补一句。" + original_body
    redo(qtbot)
    assert subtree(store) == ({}, {})
    undo(qtbot)
    assert subtree(store) == before


def test_undo_of_a_row_delete_brings_back_its_id_and_the_cell_edit_before_it(window, qtbot):
    w = window
    store = w.session.store
    w.select_section(2)
    before = table_rows(store, 2)
    assert [r[0] for r in before] == [1, 2, 3, 4, 5, 6]
    old_value = before[2][3]
    table = w.indicatorTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 1))  # row 3's 数值
    type_keys(qtbot, "99")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: store.indicator(3).value == "99")
    edited = [r if r[0] != 3 else (3, 2, r[2], "99") for r in before]

    table.setCurrentIndex(table.model().index(2, 0))
    table.setFocus()
    qtbot.mouseClick(w.deleteRowButton, Qt.LeftButton)
    assert [r[0] for r in table_rows(store, 2)] == [1, 2, 4, 5, 6]
    table.setFocus()

    undo(qtbot)  # the delete
    assert table_rows(store, 2) == edited
    assert table.model().rowCount() == 6
    undo(qtbot)  # the cell edit, which names row 3 by its id
    assert table_rows(store, 2) == before
    assert store.indicator(3).value == old_value

    redo(qtbot)
    redo(qtbot)
    assert [r[0] for r in table_rows(store, 2)] == [1, 2, 4, 5, 6]
    undo(qtbot)
    assert table_rows(store, 2) == edited


def test_redo_of_an_added_row_keeps_its_id_for_the_typing_after_it(window, qtbot):
    w = window
    store = w.session.store
    w.select_section(2)
    table = w.indicatorTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(5, 0))
    stack = w.session.undo_stack
    start = stack.index()
    press(qtbot, Qt.Key_I, Qt.ControlModifier)  # 添加指标行: a row after the current one
    added = table_rows(store, 2)[6]
    assert added[1:] == (6, "", "")
    new_id = added[0]
    type_keys(qtbot, "abc")  # the new row's name cell is open
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: store.indicator(new_id).name == "abc")
    table.setFocus()

    steps = stack.index() - start
    for _ in range(steps):
        undo(qtbot)
    assert [r[0] for r in table_rows(store, 2)] == [1, 2, 3, 4, 5, 6]
    for _ in range(steps):
        redo(qtbot)
    assert table_rows(store, 2)[6] == (new_id, 6, "abc", "")


def test_redo_of_an_added_section_keeps_its_id_for_the_title_and_text_after_it(window, qtbot):
    w = window
    store = w.session.store
    w.select_section(6)
    w.sectionTree.setFocus()
    stack = w.session.undo_stack
    start = stack.index()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)  # 添加同级章节, after section 6
    new_id = w.current_section_id()
    assert new_id not in (4, 5, 6) and store.section(new_id).parent_id == 4
    assert w.titleEdit.hasFocus()
    conftest.type_text(qtbot, w.titleEdit, "新加的一节")
    w.bodyEditor.setFocus()
    conftest.type_text(qtbot, w.bodyEditor, "新的正文")
    expected = (4, 2, "新加的一节", "新的正文")
    new = store.section(new_id)
    assert (new.parent_id, new.position, new.title, new.body) == expected

    steps = stack.index() - start
    for _ in range(steps):
        undo(qtbot)
    assert store.child_ids(4) == [5, 6]
    for _ in range(steps):
        redo(qtbot)
    assert store.child_ids(4) == [5, 6, new_id]
    new = store.section(new_id)
    assert (new.parent_id, new.position, new.title, new.body) == expected

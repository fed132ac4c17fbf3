"""Issue 11 · 1: the menus' shortcuts work wherever the focus is; text fields undo the report."""
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from conftest import type_text


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_z_and_ctrl_y_in_the_body_editor_undo_the_report(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    editor = w.bodyEditor
    editor.setFocus()
    original = editor.toPlainText()
    type_text(qtbot, editor, "新增一句。")
    assert editor.toPlainText() == "新增一句。" + original
    qtbot.keyClick(editor, Qt.Key_Z, Qt.ControlModifier)
    assert editor.toPlainText() == original
    sid = w.current_section_id()
    assert w.session.store.section(sid).body == original
    qtbot.keyClick(editor, Qt.Key_Y, Qt.ControlModifier)
    assert editor.toPlainText() == "新增一句。" + original
    qtbot.keyClick(editor, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # nothing left to redo
    assert w.session.store.section(sid).body == "新增一句。" + original


def test_ctrl_z_in_the_title_field_undoes_the_title(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    title = w.titleEdit
    title.setFocus()
    old = title.text()
    qtbot.keyClick(title, Qt.Key_End)
    type_text(qtbot, title, "补充")
    sid = w.current_section_id()
    assert w.session.store.section(sid).title == old + "补充"
    qtbot.keyClick(title, Qt.Key_Z, Qt.ControlModifier)
    assert title.text() == old
    assert w.session.store.section(sid).title == old
    qtbot.keyClick(title, Qt.Key_Y, Qt.ControlModifier)
    assert w.session.store.section(sid).title == old + "补充"


def test_section_move_keys_work_while_typing_in_the_body(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    first, second = w.tree_model.children_ids(None)[:2]
    w.select_section(first)
    w.bodyEditor.setFocus()
    qtbot.keyClick(w.bodyEditor, Qt.Key_Down, Qt.AltModifier | Qt.ShiftModifier)
    assert w.tree_model.children_ids(None)[:2] == [second, first]
    assert w.bodyEditor.hasFocus()
    # Ctrl+Right stays the editor's: one word right, the tree untouched
    qtbot.keyClick(w.bodyEditor, Qt.Key_Right, Qt.ControlModifier)
    assert w.tree_model.children_ids(None)[:2] == [second, first]


def test_no_text_field_swallows_a_menu_shortcut(demo_window, qtbot):
    """Qt asks the focus widget first (ShortcutOverride); a claimed key never reaches the menu."""
    w = demo_window
    shortcuts = {seq.toString(): seq for action in w.findChildren(QAction)
                 for seq in action.shortcuts() if not seq.isEmpty()}
    assert {"Ctrl+Z", "Ctrl+Y", "Ctrl+S", "F7", "Ctrl+F", "F1"} <= set(shortcuts)
    for widget in (w.bodyEditor, w.titleEdit, w.sectionTree):
        for text, seq in shortcuts.items():
            combo = seq[0]
            if widget is w.sectionTree and text == "F2":
                continue  # F2 renames the section, which is what the tree does with it too
            event = QKeyEvent(QKeyEvent.ShortcutOverride, combo.key(), combo.keyboardModifiers())
            event.ignore()
            QApplication.sendEvent(widget, event)
            assert not event.isAccepted(), (widget.objectName(), text)


def test_f2_in_the_table_edits_the_cell(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    table = w.indicatorTable
    for sid in w.tree_model.children_ids(None):
        w.select_section(sid)
        if table.model().rowCount():
            break
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    old_title = w.titleEdit.text()
    qtbot.keyClick(table, Qt.Key_F2)
    assert table.state() == table.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert w.titleEdit.text() == old_title


def test_editor_context_menu_offers_the_reports_undo(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    type_text(qtbot, w.bodyEditor, "甲")
    seen = {}

    def inspect():
        menu = QApplication.activePopupWidget()
        seen["entries"] = [(a.text(), a.isEnabled(), a.shortcut().toString())
                           for a in menu.actions() if not a.isSeparator()]
        menu.close()

    for widget in (w.bodyEditor, w.titleEdit):
        QTimer.singleShot(200, inspect)
        pos = QPoint(10, 10)
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Mouse, pos,
                                                         widget.mapToGlobal(pos)))
        undo = [e for e in seen.pop("entries") if e[0].startswith("撤销")]
        assert undo == [("撤销(&U)", True, QKeySequence(QKeySequence.Undo).toString())]


def test_ctrl_s_says_saved_and_the_status_bar_shows_each_write(demo_window, qtbot):
    """Issue 11 · 10: clerks look for 保存; every edit is already written."""
    import re
    from datetime import datetime

    w = demo_window
    activate(qtbot, w)
    w.bodyEditor.setFocus()
    qtbot.keyClick(w.bodyEditor, Qt.Key_S, Qt.ControlModifier)
    assert w.statusbar.currentMessage() == "已保存（每次修改都会自动写入文件）"
    assert w.save_status.label.text() == ""  # nothing written yet in this session
    type_text(qtbot, w.bodyEditor, "好")
    assert re.fullmatch(r"已自动保存 \d\d:\d\d", w.save_status.label.text())
    assert w.save_status.label.text()[-5:] in {datetime.now().strftime("%H:%M")}
    file_menu = [a for a in w.menuBar().actions() if a.text().startswith("文件")][0].menu()
    assert "保存(&S)" in [a.text() for a in file_menu.actions()]

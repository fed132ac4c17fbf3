"""Issue 12 · 5/7 in the window: a section's 表题 and 单位, typed above its indicator table,
kept in the file at once, one undo step per field, shown again when the section comes back."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from township_app.store import ReportStore

import conftest

TITLE = "2018年主要指标完成情况表"


@pytest.fixture
def window(demo_window, qtbot):
    """The demo window on its second top-level section (基本情况, which has a table)."""
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    sid = w.tree_model.children_ids(None)[1]
    w.select_section(sid)
    assert w.session.store.indicators(sid)
    return w, sid


def click_and_type(qtbot, edit, text):
    qtbot.mouseClick(edit, Qt.LeftButton)
    qtbot.waitUntil(edit.hasFocus)
    conftest.type_text(qtbot, edit, text)


def press(qtbot, key, modifiers=Qt.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def captions(w, sid):
    s = w.session.store.section(sid)
    return s.table_title, s.table_unit


def test_typed_captions_reach_the_file_and_ctrl_z_takes_them_back_one_field_at_a_time(
        window, qtbot):
    w, sid = window
    path = w.session.store.path
    click_and_type(qtbot, w.tableTitleEdit, TITLE)
    assert captions(w, sid) == (TITLE, "")  # in the file while typing, no Enter needed
    press(qtbot, Qt.Key_Tab)
    click_and_type(qtbot, w.tableUnitEdit, "万元")
    assert captions(w, sid) == (TITLE, "万元")
    with ReportStore(path, read_only=True) as other:  # what another program would read now
        assert (other.section(sid).table_title, other.section(sid).table_unit) == (TITLE, "万元")

    press(qtbot, Qt.Key_Z, Qt.ControlModifier)  # the keyboard is still in the 单位 field
    assert captions(w, sid) == (TITLE, "")
    assert w.tableUnitEdit.text() == "" and w.tableTitleEdit.text() == TITLE
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    assert captions(w, sid) == ("", "")
    assert w.tableTitleEdit.text() == ""
    press(qtbot, Qt.Key_Y, Qt.ControlModifier)
    assert captions(w, sid) == (TITLE, "")
    assert w.tableTitleEdit.text() == TITLE


def test_the_fields_follow_the_section_and_an_undo_elsewhere_brings_it_back(window, qtbot):
    w, sid = window
    click_and_type(qtbot, w.tableUnitEdit, "万元")
    other = w.tree_model.children_ids(None)[2]
    w.select_section(other)
    assert (w.tableTitleEdit.text(), w.tableUnitEdit.text()) == ("", "")
    w.bodyEditor.setFocus()
    qtbot.waitUntil(w.bodyEditor.hasFocus)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)  # undo shows the section it changes
    assert captions(w, sid) == ("", "")
    assert w.panel.section_id == sid and w.tableUnitEdit.text() == ""
    press(qtbot, Qt.Key_Y, Qt.ControlModifier)
    assert w.tableUnitEdit.text() == "万元" and captions(w, sid) == ("", "万元")


def test_a_typed_unit_is_printed_once_as_its_unit_line(window, qtbot, tmp_path):
    """单位：万元 typed in full prints 单位：万元, not 单位：单位：万元."""
    from township_app.model import table_unit_line

    w, sid = window
    click_and_type(qtbot, w.tableUnitEdit, "单位：万元")
    assert table_unit_line(captions(w, sid)[1]) == "单位：万元"


def test_a_read_only_report_shows_its_captions_and_takes_no_typing(qtbot, tmp_path):
    from township_app.demo import create_demo_file
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    path = create_demo_file(tmp_path)
    with ReportStore(path) as store:
        sid = store.child_ids(None)[1]
        store.update_section(sid, table_title=TITLE, table_unit="万元")
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path, read_only=True) and w.session.read_only
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.select_section(sid)
    assert (w.tableTitleEdit.text(), w.tableUnitEdit.text()) == (TITLE, "万元")
    qtbot.mouseClick(w.tableUnitEdit, Qt.LeftButton)
    qtbot.keyClicks(w.tableUnitEdit, "100")
    qtbot.keyClick(w.tableUnitEdit, Qt.Key_Backspace)
    assert w.tableUnitEdit.text() == "万元" and captions(w, sid) == (TITLE, "万元")
    w.close()

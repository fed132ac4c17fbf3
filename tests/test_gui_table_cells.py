"""Issue 11 · 2, 3, 5: every indicator cell behaves like a spreadsheet cell and fits its pane."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from township_app.model import Indicator
from township_app.store import ReportStore

import conftest


def type_text(qtbot, _widget, text):
    """Keys and input-method text go where the keyboard goes: the focused widget."""
    for ch in text:
        conftest.type_text(qtbot, QApplication.focusWidget(), ch)


@pytest.fixture
def table_window(demo_window, qtbot):
    """The demo window on a section whose table holds two known rows."""
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    sid = w.tree_model.children_ids(None)[1]
    w.select_section(sid)
    store = w.session.store
    for ind in store.indicators(sid):
        store.delete_indicator(ind.id)
    store.add_indicator(sid, 0, name="道路硬化", value="12", unit="公里")
    store.add_indicator(sid, 1, name="低保户数", value="", unit="")
    w.session.indicatorsReset.emit(sid)
    table = w.indicatorTable
    table.setFocus()
    return w, sid, table


def keys(qtbot, text):
    for ch in text:
        qtbot.keyClicks(QApplication.focusWidget(), ch)


def cell_center(table, row, column):
    return table.visualRect(table.model().index(row, column)).center()


def editor_of(table):
    return QApplication.focusWidget()


def rows(w, sid):
    return [(i.name, i.value, i.unit) for i in w.session.store.indicators(sid)]


def test_typing_into_a_unit_cell_after_tab_replaces_it(table_window, qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key_Tab)  # to 单位, which holds 公里
    assert table.currentIndex().column() == 2
    type_text(qtbot, table, "米")  # the input method commits 米 to the view
    qtbot.keyClick(editor_of(table), Qt.Key_Return)
    qtbot.waitUntil(lambda: rows(w, sid)[0] == ("道路硬化", "12", "米"))


def test_typing_into_an_empty_unit_is_kept(table_window, qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(1, 1))
    qtbot.keyClick(table, Qt.Key_Tab)
    type_text(qtbot, table, "户")
    qtbot.keyClick(editor_of(table), Qt.Key_Tab)
    qtbot.waitUntil(lambda: rows(w, sid)[1] == ("低保户数", "", "户"))


def test_typing_replaces_in_every_column(table_window, qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(0, 0))
    type_text(qtbot, table, "村道")
    qtbot.keyClick(editor_of(table), Qt.Key_Tab)
    qtbot.keyClicks(editor_of(table), "15")  # Tab opened the next cell for editing
    qtbot.keyClick(editor_of(table), Qt.Key_Return)
    qtbot.waitUntil(lambda: rows(w, sid)[0] == ("村道", "15", "公里"))


def test_f2_edits_at_the_end_and_esc_cancels(table_window, qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key_F2)
    editor = editor_of(table)
    qtbot.keyClick(editor, Qt.Key_End)
    type_text(qtbot, editor, "里程")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: rows(w, sid)[0][0] == "道路硬化里程")
    table.setCurrentIndex(table.model().index(0, 1))
    keys(qtbot, "99")
    qtbot.keyClick(editor_of(table), Qt.Key_Escape)
    assert table.state() != table.State.EditingState
    assert rows(w, sid)[0][1] == "12"


def test_click_click_type_quickly_keeps_every_key(table_window, qtbot):
    w, sid, table = table_window
    pos = cell_center(table, 1, 1)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=pos)
    qtbot.wait(300)  # not a double click, but well within Qt's delayed-edit interval
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=pos)
    keys(qtbot, "125")
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # where the delayed edit would fire
    qtbot.keyClick(editor_of(table), Qt.Key_Return)
    qtbot.waitUntil(lambda: rows(w, sid)[1][1] == "125")


def test_a_refused_number_stays_beside_the_cell_with_what_was_typed(table_window, qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(0, 1))
    keys(qtbot, "12O")
    qtbot.keyClick(editor_of(table), Qt.Key_Return)
    notice = table.notice
    qtbot.waitUntil(lambda: notice.isVisible() and getattr(editor_of(table), "text",
                                                           str)() == "12O")
    assert table.state() == table.State.EditingState and "“12O”不是数字" in notice.label.text()
    editor = editor_of(table)
    assert editor.text() == "12O" and table.currentIndex().row() == 0  # kept, not moved on
    assert rows(w, sid)[0][1] == "12"  # the file still holds the old value
    rect = table.visualRect(table.model().index(0, 1))
    assert notice.geometry().top() >= rect.bottom()  # under the cell, not over it
    qtbot.wait(200)
    assert notice.isVisible()  # it does not go away by itself
    qtbot.keyClick(editor, Qt.Key_Backspace)
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: rows(w, sid)[0][1] == "120")
    assert not notice.isVisible()


def test_a_refused_value_survives_leaving_the_cell_and_the_note_can_be_closed(table_window,
                                                                                qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(1, 1))
    type_text(qtbot, table, "一百二")
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=cell_center(table, 0, 0))  # elsewhere
    notice = table.notice
    qtbot.waitUntil(notice.isVisible)
    assert "“一百二”不是数字" in notice.label.text()
    qtbot.mouseClick(notice.fix_button, Qt.LeftButton)  # 改正: back into the cell
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    assert editor_of(table).text() == "一百二"
    assert table.currentIndex().row() == 1
    qtbot.keyClick(editor_of(table), Qt.Key_Escape)  # gives up the correction
    assert not notice.isVisible()
    assert rows(w, sid)[1][1] == ""


def test_close_button_dismisses_the_note(table_window, qtbot):
    w, sid, table = table_window
    table.setCurrentIndex(table.model().index(0, 1))
    keys(qtbot, "1.2.3")
    qtbot.keyClick(editor_of(table), Qt.Key_Tab)
    qtbot.waitUntil(lambda: table.notice.isVisible())
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    qtbot.mouseClick(table.notice.close_button, Qt.LeftButton)
    assert not table.notice.isVisible()


@pytest.mark.parametrize("width", [1280, 1366])
def test_columns_fit_the_pane_and_the_name_stays_in_view(table_window, qtbot, width):
    w, sid, table = table_window
    w.showNormal()
    w.resize(width, 700)
    qtbot.wait(50)
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[0] == max(widths)  # 指标名称 is the widest
    table.setCurrentIndex(table.model().index(0, 5))  # the last column: no scrolling needed
    qtbot.keyClick(table, Qt.Key_End)
    assert table.columnViewportPosition(0) == 0

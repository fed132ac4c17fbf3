"""Issue 11 · 7 (the window): a pasted rate block gets its formula proposed, accepted with one
click; the 公式 editor builds a formula from rows picked in it. Real keys and clicks."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from conftest import type_text


def empty_table(w, qtbot):
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    sid = w.tree_model.children_ids(None)[1]
    w.select_section(sid)
    store = w.session.store
    for ind in store.indicators(sid):
        store.delete_indicator(ind.id)
    w.session.indicatorsReset.emit(sid)
    return sid


def paste_block(w, qtbot, text):
    table = w.indicatorTable
    table.setFocus()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(table, Qt.Key_V, Qt.ControlModifier)


def rate_findings(w):
    run = w.checks.run_now()
    return [f.message for f in run.findings if "拨付率" in f.message]


def test_pasted_rate_block_gets_a_formula_with_one_click(demo_window, qtbot):
    w = demo_window
    sid = empty_table(w, qtbot)
    paste_block(w, qtbot, "下达\t200\t万元\n已拨付\t150\t万元\n拨付率\t80\t%\n")
    rows = w.session.store.indicators(sid)
    assert [(r.name, r.value, r.unit) for r in rows] == [
        ("下达", "200", "万元"), ("已拨付", "150", "万元"), ("拨付率", "80", "%")]
    assert rate_findings(w) == []  # no formula yet: nothing to check the 80 against
    strip = w.formulas.strip
    assert strip.isVisible() and strip.label.text() == "建议公式：拨付率 = 已拨付 ÷ 下达"
    qtbot.mouseClick(strip.accept_button, Qt.LeftButton)
    assert w.session.store.indicators(sid)[2].formula == "={已拨付}/{下达}"
    found = rate_findings(w)
    assert len(found) == 1 and "填写为 80%" in found[0] and "计算应为 75" in found[0]
    qtbot.keyClick(w.indicatorTable, Qt.Key_Z, Qt.ControlModifier)  # one undo step
    assert w.session.store.indicators(sid)[2].formula == ""
    qtbot.mouseClick(strip.ignore_button, Qt.LeftButton)
    assert not strip.isVisible()


def test_formula_editor_builds_a_rate_from_picked_rows(demo_window, qtbot):
    w = demo_window
    sid = empty_table(w, qtbot)
    paste_block(w, qtbot, "安排资金\t300\n拨付资金\t240\n拨付中资金\t10\n进度\t80\t%\n")
    table = w.indicatorTable
    table.setCurrentIndex(table.model().index(3, 0))
    assert not w.formulas.strip.isVisible()  # 进度 is not named as a rate: nothing guessed
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, fill)
            return
        assert dialog.kind.currentText() == "比率：A ÷ B"
        dialog.numerator.setFocus()
        qtbot.keyClick(dialog.numerator, Qt.Key_Down)  # 拨付资金
        dialog.denominator.setFocus()
        seen["reading"] = dialog.reading_label.text()
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    QTimer.singleShot(50, fill)
    qtbot.keyClick(table, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert seen["reading"] == "进度 = 拨付资金 ÷ 安排资金"
    assert w.session.store.indicators(sid)[3].formula == "={拨付资金}/{安排资金}"
    assert w.formulas.strip.label.text() == "公式：进度 = 拨付资金 ÷ 安排资金"

    def broken():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, broken)
            return
        edit = dialog.formula_edit
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key_End)
        qtbot.keyClicks(edit, "*")
        seen["ok"] = dialog.ok_button.isEnabled()
        seen["problem"] = dialog.reading_label.text()
        qtbot.mouseClick(dialog.clear_button, Qt.LeftButton)

    QTimer.singleShot(50, broken)
    qtbot.mouseClick(w.formulas.strip.edit_button, Qt.LeftButton)
    assert seen["ok"] is False and "不完整" in seen["problem"]
    assert w.session.store.indicators(sid)[3].formula == ""  # 清除公式

"""Issue 11 · 13 (the window's part): 全部替换 says how many, the 已核实 dialog wraps a long
finding, F7 says 检查完成 even when nothing changed."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from conftest import type_text


def activate(qtbot, w):
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def test_replace_all_reports_how_many(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    w.bodyEditor.setFocus()
    type_text(qtbot, w.bodyEditor, "柑桔大，柑桔好。")
    qtbot.keyClick(w.bodyEditor, Qt.Key_F, Qt.ControlModifier)
    bar = w.find_bar
    type_text(qtbot, bar.find_edit, "柑桔")
    type_text(qtbot, bar.replace_edit, "柑橘")
    button = [b for b in bar.findChildren(QToolButton) if b.text() == "全部替换"][0]
    qtbot.mouseClick(button, Qt.LeftButton)
    assert bar.count_label.text() == "已替换 2 处"
    assert w.bodyEditor.toPlainText().startswith("柑橘大，柑橘好。")


def test_f7_with_nothing_changed_says_checked(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    w.statusbar.clearMessage()
    qtbot.keyClick(w.bodyEditor, Qt.Key_F7)
    errors = w.checks.last_run.counts_by_severity["error"]
    assert w.statusbar.currentMessage().startswith(f"检查完成：错误 {errors} 条，警告")


def test_verify_dialog_wraps_a_long_finding(demo_window, qtbot):
    w = demo_window
    activate(qtbot, w)
    panel = w.findings_panel
    view = panel.view
    family = view.model().index(0, 0)
    first = view.model().index(0, 0, family)
    finding_index = view.model().index(0, 0, first)  # first finding under its family's section
    view.setCurrentIndex(finding_index)
    finding = panel.current_finding()
    assert finding is not None and len(finding.message) > 30
    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, inspect)
            return
        label = dialog.finding_label
        seen["wrap"] = label.wordWrap()
        seen["fits"] = dialog.width() <= dialog.screen().availableGeometry().width()
        seen["text"] = label.text()
        seen["ok_before"] = dialog.ok_button.isEnabled()
        type_text(qtbot, dialog.reason_edit, "口径不同")
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    QTimer.singleShot(50, inspect)
    qtbot.mouseClick(panel.verify_button, Qt.LeftButton)
    assert seen == {"wrap": True, "fits": True, "text": finding.message, "ok_before": False}
    verified = w.session.store.verified_findings()
    assert verified[finding.fingerprint]["reason"] == "口径不同"

"""Run by test_gui_screen_fit in a process of its own, on an offscreen screen of a given size.

Opens the window as on a first run, presses the keys for 打印预览, 报告属性 and 使用说明,
and prints each window's geometry as JSON.
"""
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from township_app.demo import create_demo_file
from township_app.gui.app import make_application
from township_app.gui.main_window import MainWindow
from township_app.gui.print_support import PrintPreviewDialog
from township_app.gui.settings import app_settings


def rect(widget):
    g = widget.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]


def main():
    app = make_application()
    window = MainWindow(app_settings())
    window.show()
    window.open_file(create_demo_file(Path(tempfile.mkdtemp())))
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    out = {"screen": rect_of(app.primaryScreen().availableGeometry()), "main": rect(window)}
    status = window.statusBar()
    out["statusbar_bottom"] = status.mapTo(window, status.rect().bottomLeft()).y()

    def dialogs(kind=QDialog):
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, kind) and w.isVisible()]

    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier | Qt.AltModifier)  # 打印预览
    deadline = 200
    while not dialogs(PrintPreviewDialog) and deadline:
        QTest.qWait(50)
        deadline -= 1
    preview = dialogs(PrintPreviewDialog)[0]
    out["preview"] = rect(preview)
    while not preview.complete and deadline:  # let the full render finish before closing
        QTest.qWait(50)
        deadline -= 1
    preview.close()

    def grab_modal(key):
        def inspect():
            dialog = QApplication.activeModalWidget()
            out[key] = rect(dialog)
            dialog.reject()
        QTimer.singleShot(300, inspect)

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    grab_modal("properties")
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)  # 报告属性
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    grab_modal("new_report")
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)  # 新建报告
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key_F1)  # 使用说明
    QTest.qWait(100)
    out["guide"] = rect(dialogs()[0])
    print(json.dumps(out))
    window.close()
    QTest.qWait(200)
    return 0


def rect_of(r):
    return [r.x(), r.y(), r.width(), r.height()]


if __name__ == "__main__":
    sys.exit(main())

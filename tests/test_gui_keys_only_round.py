"""Issue 11: a clerk does the whole round with keys alone — new report, type, paste a table
block, accept its formula, check, go to the problem, fix it, print preview, export a PDF."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

import conftest
from township_app.gui.dialogs import NewReportDialog
from township_app.gui.main_window import MainWindow
from township_app.gui.print_support import ExportPdfDialog, PrintPreviewDialog, ProgressDialog
from township_app.gui.settings import app_settings


def focused():
    return QApplication.focusWidget()


def type_keys(qtbot, text):
    """Typed where the keyboard is: ASCII as keys, Chinese as input-method commits."""
    for ch in text:
        conftest.type_text(qtbot, focused(), ch)


def tab_to(qtbot, widget, limit=40):
    """Press Tab until the widget has the keyboard (a person tabbing through a form)."""
    window = widget.window()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is window)
    for _ in range(limit):
        if focused() is widget or (widget.focusProxy() and focused() is widget.focusProxy()):
            return
        qtbot.keyClick(focused(), Qt.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.objectName() or widget}")


class Modals:
    """Answers each modal dialog the next keys open, in order, with the given steps."""

    def __init__(self, *steps):
        self.steps, self.done, self.errors = list(steps), [], []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(50)

    def _poll(self):
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in self.done or isinstance(dialog, ProgressDialog):
            return  # a progress bar asks nothing
        self.done.append(dialog)
        if not self.steps:  # a dialog the round did not expect: say which, and close it
            self.errors.append(f"{type(dialog).__name__}: {dialog.windowTitle()} "
                               f"{getattr(dialog, 'text', lambda: '')()}")
            dialog.reject()
            return
        try:
            self.steps.pop(0)(dialog)
        except Exception as exc:  # never leave a modal dialog open: the test would hang
            self.errors.append(repr(exc))
            dialog.reject()

    def check(self):
        self.timer.stop()
        assert not self.errors, self.errors


def test_the_whole_round_with_keys_alone(qtbot, tmp_path):
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    report = tmp_path / "report.db"

    def new_report(dialog):
        assert isinstance(dialog, NewReportDialog)
        tab_to(qtbot, dialog.form.townshipEdit)
        type_keys(qtbot, "晓坪乡")
        tab_to(qtbot, dialog.form.countyEdit)
        type_keys(qtbot, "芷江县")
        tab_to(qtbot, dialog.pathEdit)
        qtbot.keyClick(focused(), Qt.Key_A, Qt.ControlModifier)
        type_keys(qtbot, str(report))
        qtbot.keyClick(focused(), Qt.Key_Return)

    modals = Modals(new_report)
    qtbot.keyClick(w, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.session is not None or bool(modals.errors))
    modals.check()
    assert w.session.store.path == report and modals.done
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)

    # a new section: title, text, then its table pasted from a spreadsheet
    w.sectionTree.setFocus()
    qtbot.keyClick(w.sectionTree, Qt.Key_Return, Qt.ControlModifier)  # 添加同级章节
    assert focused() is w.titleEdit
    type_keys(qtbot, "资金拨付情况")
    qtbot.keyClick(focused(), Qt.Key_Tab)
    assert focused() is w.bodyEditor
    type_keys(qtbot, "全年下达资金200万元。")
    tab_to(qtbot, w.indicatorTable)
    QGuiApplication.clipboard().setText("下达\t200\t万元\n已拨付\t150\t万元\n拨付率\t80\t%\n")
    qtbot.keyClick(focused(), Qt.Key_V, Qt.ControlModifier)
    sid = w.current_section_id()
    assert [r.name for r in w.session.store.indicators(sid)] == ["下达", "已拨付", "拨付率"]
    qtbot.keyClick(focused(), Qt.Key_Y, Qt.AltModifier)  # 采用 the proposed formula
    qtbot.waitUntil(lambda: w.session.store.indicators(sid)[2].formula == "={已拨付}/{下达}")

    # check, go to the problem, fix it
    qtbot.keyClick(focused(), Qt.Key_F7)
    assert w.statusbar.currentMessage().startswith("检查完成：")
    for _ in range(60):
        qtbot.keyClick(focused(), Qt.Key_F8)
        index = w.indicatorTable.currentIndex()
        if focused() is w.indicatorTable and w.current_section_id() == sid \
                and index.row() == 2 and index.column() == 1:
            break
    else:
        raise AssertionError("F8 never reached the 拨付率 cell")
    type_keys(qtbot, "75")
    qtbot.keyClick(focused(), Qt.Key_Return)
    qtbot.waitUntil(lambda: w.session.store.indicators(sid)[2].value == "75")
    qtbot.keyClick(focused(), Qt.Key_F7)
    assert not [f for f in w.checks.last_run.findings if "拨付率" in f.message]

    # print preview, then close it with Esc
    qtbot.keyClick(focused(), Qt.Key_P, Qt.ControlModifier | Qt.AltModifier)
    qtbot.waitUntil(lambda: any(isinstance(x, PrintPreviewDialog) and x.isVisible()
                                for x in QApplication.topLevelWidgets()), timeout=30000)
    preview = w.printing.preview
    qtbot.waitUntil(lambda: preview.complete, timeout=30000)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview, Qt.Key_Escape)
    assert not preview.isVisible()

    # export a PDF: the options dialog, then the file dialog, Enter in each
    pdf = tmp_path / "report.pdf"

    def options(dialog):
        assert isinstance(dialog, ExportPdfDialog)
        qtbot.keyClick(focused() or dialog, Qt.Key_Return)

    def file_name(dialog):
        assert isinstance(dialog, QFileDialog)
        name = next(e for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit")
        qtbot.waitUntil(lambda: focused() is name)  # the file dialog opens on the name field
        qtbot.keyClick(name, Qt.Key_A, Qt.ControlModifier)
        type_keys(qtbot, str(pdf))
        qtbot.keyClick(name, Qt.Key_Return)

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    modals = Modals(options, file_name)
    qtbot.keyClick(focused(), Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 1000 or bool(modals.errors),
                    timeout=60000)
    modals.check()
    assert len(modals.done) == 2
    w.close()

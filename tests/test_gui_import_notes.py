"""Issue 10: the import preview names what the import changed or left out, before the user
accepts — driven with the window's own keys, its file dialog and the preview's 导入 button."""
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

import conftest
from township_app.gui.import_dialog import ImportPreviewDialog
from township_app.gui.main_window import MainWindow
from township_app.gui.settings import app_settings

SOURCE = ("城关镇2019年工作总结\n第1页共3页\n城关镇2019年工作总结\n今年以来，各项工作稳步推进。\n"
          "一、主要工作\n一是抓党建，全年发展党员5名；\n二是抓产业，新建基地2个。\n"
          "二、存在问题\n资金不足。\n二、下步打算\n继续努力。\n")


class Modals:
    """Answers the modal dialogs the keys open, in order; a failure rejects the dialog."""

    def __init__(self, *steps):
        self.steps, self.done, self.errors = list(steps), [], []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(50)

    def _poll(self):
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in self.done:
            return
        self.done.append(dialog)
        if not self.steps:
            self.errors.append(f"unexpected {type(dialog).__name__}: {dialog.windowTitle()}")
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


def import_through_window(qtbot, source, on_preview):
    """Ctrl+Shift+I, the file typed into the file dialog, on_preview(dialog) on the preview."""
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)

    def choose_file(dialog):
        assert isinstance(dialog, QFileDialog)
        name = next(e for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
        conftest.type_text(qtbot, name, str(source))
        qtbot.keyClick(name, Qt.Key_Return)

    def preview(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        qtbot.waitUntil(dialog.isVisible)
        on_preview(dialog)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok),
                         Qt.LeftButton)

    modals = Modals(choose_file, preview)
    qtbot.keyClick(w, Qt.Key_I, Qt.ControlModifier | Qt.ShiftModifier)  # 导入 Word/文本
    qtbot.waitUntil(lambda: w.session is not None or bool(modals.errors), timeout=15000)
    modals.check()
    return w


def test_preview_lists_renumbering_and_furniture_then_imports(qtbot, tmp_path):
    source = tmp_path / "城关镇总结.txt"
    source.write_text(SOURCE, encoding="utf-8")
    seen = {}

    def look(dialog):
        notes = dialog.notes_list
        assert notes.isVisible() and notes.height() > 2 * notes.fontMetrics().lineSpacing()
        seen["notes"] = [notes.item(i).text() for i in range(notes.count())]
        seen["tooltip"] = notes.toolTip()
        tree = dialog.tree
        seen["top"] = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
                       for i in range(tree.topLevelItemCount())]

    w = import_through_window(qtbot, source, look)
    assert seen["notes"] == [
        "· 标题重复出现，多出的一遍未导入：“城关镇2019年工作总结”。",
        "· 网页或文档页面上的页码不是报告内容，未导入：“第1页共3页”。",
        "· 标题编号已按顺序重新编排，原文文字未改：“二、下步打算”按顺序编为“三、”（原文编号重复或跳号）。"]
    assert "[页码] 第1页共3页" in seen["tooltip"]
    assert seen["top"] == [("（开头导语）", ""), ("一、主要工作", ""), ("二、存在问题", ""),
                           ("三、下步打算", "二、")]
    # the 一是/二是 sentences are the drafter's text, not sections
    store = w.session.store
    assert store.path == source.with_suffix(".db")
    first = [s for s in store.sections() if s.title == "主要工作"][0]
    assert first.body == "一是抓党建，全年发展党员5名；\n二是抓产业，新建基地2个。"
    assert len(store.sections()) == 4
    w.close()


def test_what_was_left_out_can_be_kept_with_one_click(qtbot, tmp_path):
    source = tmp_path / "城关镇总结.txt"
    source.write_text(SOURCE, encoding="utf-8")
    seen = {}

    def keep(dialog):
        box = dialog.keep_furniture
        assert box.isVisible() and not box.isChecked()
        qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box
        assert box.isChecked()
        notes = dialog.notes_list
        seen["notes"] = [notes.item(i).text() for i in range(notes.count())]
        seen["opening"] = dialog.tree.topLevelItem(0).text(2)

    w = import_through_window(qtbot, source, keep)
    assert seen["notes"] == [
        "· 标题编号已按顺序重新编排，原文文字未改：“二、下步打算”按顺序编为“三、”（原文编号重复或跳号）。"]
    opening = w.session.store.sections()[0]
    assert opening.body == "第1页共3页\n城关镇2019年工作总结\n今年以来，各项工作稳步推进。"
    assert seen["opening"] == "32"  # 6 + 12 + 14 characters in the 导语: the furniture kept
    w.close()

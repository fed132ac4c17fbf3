"""Issue 11 · 12: 报告属性 keeps a generated title and 落款 in step with 乡镇/年度; 新建报告
starts from the open report's 乡镇 and 县. Driven through the dialogs with keys and clicks."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import type_text


def in_modal(qtbot, steps):
    """Run steps(dialog) once the modal dialog the next key opens is up."""
    done = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, run)
            return
        steps(dialog)
        done.append(dialog)

    QTimer.singleShot(50, run)
    return done


def replace_text(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    type_text(qtbot, widget, text)


def ok_button(dialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.Ok)


def test_new_report_prefills_place_and_properties_follow_township_and_year(
        demo_window, qtbot, tmp_path):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    old = w.session.store.properties()
    assert old.township and old.county
    target = tmp_path / "new.db"
    seen = {}

    def fill_new(dialog):
        form = dialog.form
        seen["place"] = (form.townshipEdit.text(), form.countyEdit.text())
        seen["title"] = form.titleEdit.text()
        replace_text(qtbot, dialog.pathEdit, str(target))
        qtbot.mouseClick(ok_button(dialog), Qt.LeftButton)

    in_modal(qtbot, fill_new)
    qtbot.keyClick(w.bodyEditor, Qt.Key_N, Qt.ControlModifier)
    assert seen["place"] == (old.township, old.county)
    assert old.township in seen["title"]
    qtbot.waitUntil(lambda: w.session is not None and w.session.store.path == target)
    made = w.session.store.properties()
    assert made.township == old.township and made.template

    def change_place(dialog):
        form = dialog.form
        replace_text(qtbot, form.townshipEdit, "新晃乡")
        replace_text(qtbot, form.yearSpin.lineEdit(), "2020")
        seen["preview"] = form.titleEdit.text(), form.issuerEdit.text()
        qtbot.mouseClick(ok_button(dialog), Qt.LeftButton)

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    in_modal(qtbot, change_place)
    qtbot.keyClick(w.bodyEditor, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    props = w.session.store.properties()
    assert props.township == "新晃乡" and props.year == "2020"
    assert props.title == made.title.replace(old.township, "新晃乡").replace(made.year, "2020") \
        .replace(str(int(made.year) + 1), "2021")
    assert props.issuer == "新晃乡人民政府"
    assert seen["preview"] == (props.title, props.issuer)

    # a title the user wrote stays as written
    def own_title(dialog):
        replace_text(qtbot, dialog.form.titleEdit, "我们自己的标题")
        qtbot.mouseClick(ok_button(dialog), Qt.LeftButton)

    def change_again(dialog):
        replace_text(qtbot, dialog.form.townshipEdit, "龙溪乡")
        qtbot.mouseClick(ok_button(dialog), Qt.LeftButton)

    for steps in (own_title, change_again):
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        in_modal(qtbot, steps)
        qtbot.keyClick(w.bodyEditor, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    props = w.session.store.properties()
    assert props.title == "我们自己的标题" and props.issuer == "龙溪乡人民政府"

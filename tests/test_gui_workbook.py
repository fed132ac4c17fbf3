"""The report workbook driven through the real window with qtbot."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from township_app.gui.dialogs import NewReportDialog
from township_app.gui.main_window import MainWindow
from township_app.gui.settings import app_settings
from township_app.store import ReportStore
from township_app.templates import list_templates

from conftest import type_text


@pytest.fixture
def window(qtbot):
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    yield w
    if w.session is not None:
        w.session.store.close()


def make_report(window, tmp_path, monkeypatch, template_id="annual_summary", township="晓坪乡"):
    path = tmp_path / f"{template_id}.db"

    def fake_exec(dialog):
        dialog.select_template(template_id)
        dialog.form.townshipEdit.setText(township)
        dialog.form.countyEdit.setText("芷江县")
        dialog.form.yearSpin.setValue(2018)
        dialog.pathEdit.setText(str(path))
        dialog._path_auto = False
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewReportDialog, "exec", fake_exec)
    assert window.new_report()
    return path


def tree_headings(window):
    model = window.tree_model
    out = []

    def visit(parent, depth):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(("  " * depth) + index.data())
            visit(index, depth + 1)

    from PySide6.QtCore import QModelIndex
    visit(QModelIndex(), 0)
    return out


def select(window, heading):
    for sid in [s.id for s in window.session.store.sections()]:
        if window.tree_model.display_text(sid).endswith(heading):
            window.select_section(sid)
            return sid
    raise AssertionError(heading)


@pytest.mark.parametrize("template", [t.id for t in list_templates()])
def test_new_report_from_each_template(window, tmp_path, monkeypatch, template):
    path = make_report(window, tmp_path, monkeypatch, template)
    assert path.exists()
    props = window.session.store.properties()
    assert props.township == "晓坪乡" and props.year == "2018" and props.template == template
    assert "晓坪乡" in props.title and "{" not in props.title
    assert props.issuer == "晓坪乡人民政府"
    headings = tree_headings(window)
    assert headings[0] == "（开头导语）"
    assert headings[1].startswith("一、")
    assert "晓坪乡" in window.windowTitle() and path.name in window.windowTitle()
    if template == "livelihood_projects":
        select(window, "全年工作任务完成情况")
        assert window.panel.table_model.rowCount() >= 15
        assert window.panel.table_model.indicator_at(0).unit


def test_at_least_four_templates():
    names = {t.name for t in list_templates()}
    assert {"年度工作总结及下年工作计划", "上半年工作情况与下一步打算",
            "民生实事（办实事）完成情况", "工作汇报材料"} <= names


def test_sections_add_rename_move_delete_follow_numbering(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "half_year")
    before = tree_headings(window)
    assert before[1] == "一、上半年主要工作情况"
    select(window, "存在的困难和问题")
    new_id = window.add_sibling()
    # the title field has focus and its text selected: type over it
    type_text(qtbot, window.titleEdit, "安全生产")
    assert window.tree_model.display_text(new_id) == "三、安全生产"
    assert tree_headings(window)[-1] == "四、下半年工作打算"
    # child, then rename in place through the tree's editor
    child = window.add_child()
    assert window.tree_model.display_text(child) == "（一）新章节"
    window.tree_model.setData(window.tree_model.index_of(child), "隐患排查")
    assert window.tree_model.display_text(child) == "（一）隐患排查"
    # move the new section up: numbers follow
    window.select_section(new_id)
    window.move_current(-1)
    assert window.tree_model.display_text(new_id) == "二、安全生产"
    assert "三、存在的困难和问题" in tree_headings(window)
    # indent under the previous section, outdent back
    window.indent_current()
    assert window.tree_model.display_text(new_id).startswith("（")
    window.outdent_current()
    assert window.tree_model.display_text(new_id) == "二、安全生产"
    # delete asks first; "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    assert not window.delete_current()
    assert window.tree_model.contains(new_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert window.delete_current()
    assert not window.tree_model.contains(new_id) and not window.tree_model.contains(child)
    assert tree_headings(window) == before
    window.undo()
    assert window.tree_model.display_text(new_id) == "二、安全生产"
    assert window.tree_model.display_text(child) == "（一）隐患排查"


def test_drag_and_drop_moves_subtree(window, tmp_path, monkeypatch):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    model = window.tree_model
    problems = select(window, "存在的问题")
    work = select(window, "工作开展情况")
    mime = model.mimeData([model.index_of(problems)])
    assert model.canDropMimeData(mime, Qt.MoveAction, 0, 0, model.index_of(work))
    model.dropMimeData(mime, Qt.MoveAction, 0, 0, model.index_of(work))
    assert model.display_text(problems) == "（一）存在的问题"
    assert model.display_text(model.children_ids(work)[1]) == "（二）经济发展"
    # never into its own subtree
    mime = model.mimeData([model.index_of(work)])
    assert not model.canDropMimeData(mime, Qt.MoveAction, 0, 0, model.index_of(problems))
    window.undo()
    assert model.display_text(problems) == "三、存在的问题"


def test_body_typing_undo_redo_and_counts(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    sid = select(window, "基本情况")
    editor = window.bodyEditor
    editor.setFocus()
    type_text(qtbot, editor, "全乡总人口3718户11440人。")
    store = window.session.store
    assert store.section(sid).body == "全乡总人口3718户11440人。"  # written at once
    assert "本节 " in window.count_label.text()
    assert window.session.section_characters(sid) == len("基本情况") + len("全乡总人口3718户11440人。")
    window.undo()  # consecutive typing is one step
    assert store.section(sid).body == "" and editor.toPlainText() == ""
    window.redo()
    assert editor.toPlainText() == "全乡总人口3718户11440人。"
    # switching section seals the typing run
    other = select(window, "存在的问题")
    type_text(qtbot, editor, "资金不足")
    window.select_section(sid)
    type_text(qtbot, editor, "又")
    window.undo()
    assert store.section(sid).body == "全乡总人口3718户11440人。"
    assert store.section(other).body == "资金不足"


def test_find_and_replace_in_body(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    sid = select(window, "基本情况")
    type_text(qtbot, window.bodyEditor, "柑桔面积大，柑桔品质好")
    window.actionFind.trigger()
    bar = window.find_bar
    assert bar.isVisible()
    type_text(qtbot, bar.find_edit, "柑桔")
    assert bar.count_label.text() == "2 处"
    assert bar.find_next()
    assert window.bodyEditor.textCursor().selectedText() == "柑桔"
    bar.replace_edit.setText("柑橘")
    assert bar.replace_all() == 2
    assert window.session.store.section(sid).body == "柑橘面积大，柑橘品质好"
    window.undo()
    assert window.session.store.section(sid).body == "柑桔面积大，柑桔品质好"


def test_indicator_entry_refuses_bad_values(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    sid = select(window, "基本情况")
    table = window.indicatorTable
    model = window.panel.table_model
    n = model.rowCount()
    assert model.setData(model.index(0, 1), "３,７１８")  # full width + separator normalized
    assert model.index(0, 1).data() == "3718"
    assert model.setData(model.index(1, 1), "11440")
    with qtbot.waitSignal(model.inputRejected) as blocker:
        assert not model.setData(model.index(1, 1), "1144o")
    assert "不是数字" in blocker.args[2]
    assert "不是数字" in table.last_message
    assert model.index(1, 1).data() == "11440"  # nothing lost
    assert model.setData(model.index(2, 1), "152.810")
    window.panel.add_row()
    assert model.rowCount() == n + 1
    store = window.session.store
    assert [i.value for i in store.indicators(sid)][:3] == ["3718", "11440", "152.810"]
    # undo the new row, then each value
    window.undo()
    assert model.rowCount() == n
    window.undo()
    assert store.indicators(sid)[2].value == ""
    window.undo()
    window.undo()
    assert [i.value for i in store.indicators(sid)][:2] == ["", ""]
    window.redo()
    assert store.indicators(sid)[0].value == "3718"


def test_indicator_keyboard_and_paste_block(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "work_briefing")
    sid = select(window, "脱贫成效巩固提升")
    table = window.indicatorTable
    model = window.panel.table_model
    table.setCurrentIndex(model.index(0, 1))
    table.paste_text("174\t万元\n152.81\t万元\n８５\t%\n12户\t\n新行\t\n")
    store = window.session.store
    rows = store.indicators(sid)
    assert [r.value for r in rows[:3]] == ["174", "152.81", "85"]
    assert "不是数字" in table.last_message  # "12户" refused, the rest pasted
    assert len(rows) == 5 and rows[4].value == "" and rows[3].value == ""
    # one paste = one undo step
    window.undo()
    assert len(store.indicators(sid)) == 3
    assert [r.value for r in store.indicators(sid)] == ["", "", ""]
    # Enter moves down like a spreadsheet
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key_Return)
    assert table.currentIndex().row() == 1
    # type into a cell with the keyboard
    qtbot.keyClick(table, "9")  # any key opens the cell editor, as in a spreadsheet
    assert table.state() == table.State.EditingState
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    assert editor.text() == "9"
    qtbot.keyClick(editor, "9")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: store.indicators(sid)[1].value == "99")  # the delegate commits queued
    qtbot.waitUntil(lambda: table.currentIndex().row() == 2)  # and Enter moved down


def test_properties_edit_and_undo(window, tmp_path, monkeypatch):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    from township_app.gui.dialogs import PropertiesDialog

    def fake_exec(dialog):
        dialog.form.titleEdit.setText("新标题")
        dialog.form.issuerEdit.setText("中共晓坪乡委员会")
        return PropertiesDialog.Accepted

    monkeypatch.setattr(PropertiesDialog, "exec", fake_exec)
    window.edit_properties()
    props = window.session.store.properties()
    assert props.title == "新标题" and props.issuer == "中共晓坪乡委员会"
    assert "新标题" in window.windowTitle()
    window.undo()
    assert window.session.store.properties().title != "新标题"


def test_close_reopen_everything_is_there(window, tmp_path, monkeypatch, qtbot):
    path = make_report(window, tmp_path, monkeypatch, "annual_summary")
    sid = select(window, "基本情况")
    type_text(qtbot, window.bodyEditor, "区域面积61.08平方公里。")
    window.panel.table_model.setData(window.panel.table_model.index(0, 1), "87.820")
    window.panel.toggle_numbering()
    expected = window.session.store.load_report()
    window.close()
    w2 = MainWindow(app_settings())
    qtbot.addWidget(w2)
    from township_app.gui.app import open_initial
    open_initial(w2, None, False)  # reopens the last file
    assert w2.session.store.path == path.resolve() or w2.session.store.path == path
    again = w2.session.store.load_report()
    assert again.plain_text() == expected.plain_text()
    assert again.indicators_of(sid)[0].value == "87.820"
    assert again.section(sid).numbering == "none"
    assert str(path.resolve()) in [os.path.abspath(p) for p in
                                   __import__("township_app.gui.settings", fromlist=["x"])
                                   .recent_files(w2.settings)]
    w2.session.store.close()


def test_save_as_switches_to_copy(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    sid = select(window, "存在的问题")
    type_text(qtbot, window.bodyEditor, "原文")
    target = tmp_path / "副本.db"
    assert window.save_as_path(target)
    assert window.session.store.path == target
    assert window.current_section_id() == sid
    type_text(qtbot, window.bodyEditor, "续写")
    with ReportStore(tmp_path / "annual_summary.db", read_only=True) as old:
        assert old.section(sid).body == "原文"
    assert window.session.store.section(sid).body == "原文续写"


def test_save_as_into_missing_folder_is_reported(window, tmp_path, monkeypatch):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.save_as_path(tmp_path / "没有这个文件夹" / "x.db")
    assert shown and "当前报告未受影响" in shown[0]
    assert window.session.store.path.name == "annual_summary.db"


def test_open_broken_file_shows_message(window, tmp_path, monkeypatch):
    bad = tmp_path / "坏文件.db"
    bad.write_bytes(b"garbage" * 50)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_file(bad)
    assert shown and "坏文件.db" in shown[0]
    assert window.session is None


def test_demo_command_starts_and_exits(tmp_path):
    # quits once the demo report is open (an event, not a clock: a loaded machine is slow)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TOWNSHIP_APP_QUIT_WHEN_OPEN="1",
               TOWNSHIP_APP_DATA=str(tmp_path / "data"),
               TOWNSHIP_APP_SETTINGS=str(tmp_path / "s.ini"))
    result = subprocess.run([sys.executable, "-m", "township_app", "--demo"], env=env,
                            capture_output=True, text=True, timeout=300)  # a hang: a failure
    assert result.returncode == 0, result.stderr
    demo_files = list((tmp_path / "data" / "demo").glob("*.db"))
    assert len(demo_files) == 1
    # the window opened it (opening records the last file), not only the demo code made it
    assert str(demo_files[0].resolve()) in (tmp_path / "s.ini").read_text(encoding="utf-8")
    with ReportStore(demo_files[0], read_only=True) as store:
        report = store.load_report()
    assert report.properties.township == "晓坪乡" and len(report.sections) > 10


def test_tree_context_menu_and_delete_key(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "half_year")
    texts = [a.text() for a in window.sectionTree.actions() if not a.isSeparator()]
    assert "添加下级章节(&C)" in texts and "删除章节(&D)" in texts
    sid = select(window, "存在的困难和问题")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.sectionTree.setFocus()
    qtbot.keyClick(window.sectionTree, Qt.Key_Delete)
    assert not window.tree_model.contains(sid)
    assert tree_headings(window)[-1] == "二、下半年工作打算"  # renumbered


def test_broken_character_in_body_is_refused_with_message(window, tmp_path, monkeypatch, qtbot):
    make_report(window, tmp_path, monkeypatch, "annual_summary")
    sid = select(window, "基本情况")
    type_text(qtbot, window.bodyEditor, "正文")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    # Qt drops lone surrogates on its own; the panel still guards what reaches the store
    window.panel._on_body_edited("正文", "正文\ud800", 2, 3)
    assert shown and "残缺字符" in shown[0]
    assert window.bodyEditor.toPlainText() == "正文"
    assert window.session.store.section(sid).body == "正文"


def test_guide_opens_from_help_menu(window):
    window.actionGuide.trigger()
    assert window.guide.isVisible()
    from PySide6.QtWidgets import QTextBrowser
    assert "不用保存" in window.guide.findChild(QTextBrowser).toPlainText()
    window.guide.close()

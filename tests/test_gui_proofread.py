"""Proofreading in the window: findings in a group per rule family, 修正 / 全部修正 as one undo
step each, 检查设置 kept in the file. Driven by clicks and keys.

The rule here is defined by the test (a half-width comma between Chinese characters, fixed to
"，"), so the panel is tested apart from the wording of the real proofreading rules.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from conftest import type_text
from township_app.checks import default_rules
from township_app.checks.registry import DocRule, Hit, TextAnchor
from township_app.gui.findings_panel import FamilyRole, FindingRole

HALF_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])")


def _half_commas(doc):
    for m in HALF_COMMA.finditer(doc.text):
        yield Hit(TextAnchor(doc.key, m.start(), 1), "中文之间用了半角逗号", fix="，")


COMMA_RULE = DocRule("test-half-comma", "info", "半角逗号（测试）", _half_commas,
                     failing=("甲,乙",), passing=("1,234",), family="punctuation")


def rules_under_test():
    """The figures' rules and the rule above (the real proofreading rules left out)."""
    return (*(r for r in default_rules() if r.family == "figures"), COMMA_RULE)


def texts(store):
    return {s.id: (s.title, s.body) for s in store.sections()}


def half_commas(store):
    return sum(len(HALF_COMMA.findall(t)) for pair in texts(store).values() for t in pair)


@pytest.fixture
def window(demo_window, qtbot):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    # the print fonts load in the background and then re-check once: let that happen first,
    # so the list is not rebuilt under a click
    w.printing.warm_up_fonts()
    qtbot.waitUntil(lambda: w.checks.fonts is not None, timeout=30000)
    w.checks.rules = rules_under_test()
    qtbot.keyClick(w.findings_panel.view, Qt.Key_F7)
    return w


def write_section(qtbot, w, text):
    """Select the last section in the tree and replace its text by typing."""
    sid = w.session.store.sections()[-1].id
    w.select_section(sid)
    editor = w.bodyEditor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key_F7)  # 立即检查
    return sid


def family_groups(panel):
    model = panel.model
    return {model.index(r, 0).data(FamilyRole): model.index(r, 0).data()
            for r in range(model.rowCount())}


def click_finding(qtbot, panel, predicate):
    """Click the first finding the predicate accepts; the finding."""
    index = QPersistentModelIndex(
        next(i for i in panel.finding_indexes() if predicate(i.data(FindingRole))))
    finding = index.data(FindingRole)

    def in_view():  # scrolled to, once the rows' heights are laid out
        panel.view.scrollTo(QModelIndex(index))
        return panel.view.viewport().rect().contains(
            panel.view.visualRect(QModelIndex(index)).center())

    qtbot.waitUntil(in_view)
    qtbot.mouseClick(panel.view.viewport(), Qt.LeftButton,
                     pos=panel.view.visualRect(QModelIndex(index)).center())
    assert panel.current_finding() is finding
    return finding


def test_findings_are_grouped_by_family_and_fixable_ones_say_so(window, qtbot):
    w = window
    sid = write_section(qtbot, w, "全乡新建道路3条,修缮校舍2所,新建xx户。")
    panel = w.findings_panel
    groups = family_groups(panel)
    assert list(groups)[:2] == ["figures", "punctuation"]  # the order of RULE_FAMILIES
    assert groups["figures"].startswith("数字与占位符（")
    run = w.checks.last_run
    commas = [f for f in run.findings if f.rule == COMMA_RULE.id]
    assert groups["punctuation"] == f"标点（{len(commas)}）"
    mine = [i for i in panel.finding_indexes()
            if i.data(FindingRole).location.section_id == sid
            and i.data(FindingRole).location.field == "body"]
    assert [i.parent().parent().data(FamilyRole) for i in mine] == \
        ["figures", "punctuation", "punctuation"]
    comma_row = next(i for i in mine if i.data(FindingRole).rule == COMMA_RULE.id)
    assert comma_row.data().endswith("“,”→“，”")
    # a finding without a certain fix offers none
    click_finding(qtbot, panel, lambda f: f.location.section_id == sid and f.quote == "xx")
    assert not panel.fix_button.isEnabled() and not panel.fix_all_button.isEnabled()


def test_fix_one_then_all_each_one_undo_step(window, qtbot):
    w = window
    store = w.session.store
    sid = write_section(qtbot, w, "全乡新建道路3条,修缮校舍2所,改造危房5户。")
    typed = store.section(sid).body
    before = texts(store)
    total = half_commas(store)
    assert total > 2  # the demo report has its own half-width commas in other sections
    panel = w.findings_panel
    first = click_finding(qtbot, panel, lambda f: f.location.section_id == sid
                          and f.location.field == "body" and f.rule == COMMA_RULE.id)
    assert panel.fix_button.isEnabled()
    assert panel.fix_all_button.text() == f"全部修正（{total}处）"
    steps = w.session.undo_stack.index()

    qtbot.mouseClick(panel.fix_button, Qt.LeftButton)  # 修正: this comma only
    assert store.section(sid).body == "全乡新建道路3条，修缮校舍2所,改造危房5户。"
    assert w.bodyEditor.toPlainText() == store.section(sid).body
    assert w.session.undo_stack.index() == steps + 1
    assert half_commas(store) == total - 1
    # the findings are checked again at once; the next finding took the fixed one's row
    assert not any(f.fingerprint == first.fingerprint for f in w.checks.last_run.findings)
    current = panel.current_finding()
    assert current.rule == COMMA_RULE.id and current.location.section_id == sid
    assert current.location.field == "body"
    assert current.quote == "," and current.location.start == typed.index("所,") + 1

    qtbot.mouseClick(panel.fix_all_button, Qt.LeftButton)  # 全部修正: every one in the report
    assert half_commas(store) == 0
    assert store.section(sid).body == "全乡新建道路3条，修缮校舍2所，改造危房5户。"
    assert w.session.undo_stack.index() == steps + 2
    assert not any(f.rule == COMMA_RULE.id for f in w.checks.last_run.findings)
    assert "标点" not in "".join(family_groups(panel).values())
    after_all = texts(store)

    qtbot.keyClick(w.bodyEditor, Qt.Key_Z, Qt.ControlModifier)  # undoes the whole 全部修正
    assert half_commas(store) == total - 1
    assert store.section(sid).body == "全乡新建道路3条，修缮校舍2所,改造危房5户。"
    qtbot.keyClick(w.bodyEditor, Qt.Key_Z, Qt.ControlModifier)  # and the single 修正
    assert texts(store) == before
    assert w.bodyEditor.toPlainText() == typed
    qtbot.keyClick(w.bodyEditor, Qt.Key_Y, Qt.ControlModifier)
    qtbot.keyClick(w.bodyEditor, Qt.Key_Y, Qt.ControlModifier)
    assert texts(store) == after_all
    qtbot.waitUntil(lambda: not any(f.rule == COMMA_RULE.id
                                    for f in w.checks.last_run.findings), timeout=3000)


def test_a_read_only_report_offers_no_fix(window, qtbot):
    w = window
    path = w.session.store.path
    assert w.open_file(path, read_only=True)
    w.checks.rules = rules_under_test()
    qtbot.keyClick(w.findings_panel.view, Qt.Key_F7)
    panel = w.findings_panel
    finding = click_finding(qtbot, panel, lambda f: f.rule == COMMA_RULE.id)
    assert finding.fix == "，"
    assert not panel.fix_button.isEnabled() and not panel.fix_all_button.isEnabled()
    assert not w.actionCheckSettings.isEnabled()


def answer_settings(qtbot, steps):
    """Run steps(dialog) on the 检查设置 dialog once the menu has opened it."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.windowTitle() != "检查设置":
            QTimer.singleShot(50, poll)
            return
        seen.append(dialog)
        steps(dialog)

    QTimer.singleShot(50, poll)
    return seen


def open_settings_from_menu(qtbot, w):
    """检查 → 检查设置… with the mouse."""
    bar = w.menuBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.actionGeometry(w.menuCheck.menuAction()).center())
    qtbot.waitUntil(w.menuCheck.isVisible)
    menu = w.menuCheck
    qtbot.mouseClick(menu, Qt.LeftButton,
                     pos=menu.actionGeometry(w.actionCheckSettings).center())


def test_check_settings_switch_a_family_off_kept_in_the_file(window, qtbot):
    w = window
    assert any(f.rule == COMMA_RULE.id for f in w.checks.last_run.findings)

    def switch_punctuation_off(dialog):
        figures = dialog.boxes["figures"]
        assert figures.isChecked() and not figures.isEnabled()  # the figures stay on
        box = dialog.boxes["punctuation"]
        assert box.isChecked()
        qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    seen = answer_settings(qtbot, switch_punctuation_off)
    open_settings_from_menu(qtbot, w)
    assert seen, "检查设置 did not open"
    assert w.session.store.families_off() == {"punctuation"}
    assert not any(f.family == "punctuation" for f in w.checks.last_run.findings)
    assert "punctuation" not in family_groups(w.findings_panel)
    assert any(f.family == "figures" for f in w.checks.last_run.findings)

    view = w.findings_panel.view
    w.activateWindow()  # the offscreen platform leaves the closed dialog active
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)  # the setting is an undo step
    assert w.session.store.families_off() == frozenset()
    qtbot.keyClick(view, Qt.Key_Y, Qt.ControlModifier)
    assert w.session.store.families_off() == {"punctuation"}

    path = w.session.store.path
    assert w.open_file(path)  # reopened: the same choice, in the checks and in the dialog
    w.checks.rules = rules_under_test()
    qtbot.keyClick(view, Qt.Key_F7)
    assert not any(f.family == "punctuation" for f in w.checks.last_run.findings)

    def look_and_cancel(dialog):
        assert not dialog.boxes["punctuation"].isChecked()
        assert dialog.boxes["numbering"].isChecked()
        qtbot.keyClick(dialog, Qt.Key_Escape)

    seen = answer_settings(qtbot, look_and_cancel)
    open_settings_from_menu(qtbot, w)
    assert seen
    assert w.session.store.families_off() == {"punctuation"}


# ---- with the real proofreading rules ------------------------------------------------------------
TYPED = "全乡新建道路3条,修缮校舍(含幼儿园)2所;改造危房5户:投入资金1,234万元,会议于8:30召开!"
FIXED = "全乡新建道路3条，修缮校舍（含幼儿园）2所；改造危房5户：投入资金1,234万元，会议于8:30召开！"


def test_fix_all_half_width_punctuation_is_one_undo_step(demo_window, qtbot):
    """Issue 10: a report with half-width punctuation; 全部修正 fixes it in one undoable step;
    Ctrl+Z restores it."""
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.printing.warm_up_fonts()
    qtbot.waitUntil(lambda: w.checks.fonts is not None, timeout=30000)
    store = w.session.store
    sid = write_section(qtbot, w, TYPED)
    assert store.section(sid).body == TYPED
    before = texts(store)
    panel = w.findings_panel
    assert "punctuation" in family_groups(panel)
    comma = click_finding(qtbot, panel, lambda f: f.location.section_id == sid
                          and f.location.field == "body" and f.quote == ",")
    assert comma.rule == "halfwidth-punctuation" and comma.fix == "，"
    row = next(i for i in panel.finding_indexes() if i.data(FindingRole) is comma)
    assert row.data().endswith("〔可修正〕")  # the message itself names the full-width mark
    steps = w.session.undo_stack.index()

    qtbot.mouseClick(panel.fix_all_button, Qt.LeftButton)
    assert store.section(sid).body == FIXED
    assert w.bodyEditor.toPlainText() == FIXED
    assert w.session.undo_stack.index() == steps + 1
    assert not any(f.rule == "halfwidth-punctuation" for f in w.checks.last_run.findings)
    after = texts(store)
    changed = [s for s in before if before[s] != after[s]]
    assert len(changed) > 1  # the demo report's own sections were fixed in the same step

    qtbot.keyClick(w.bodyEditor, Qt.Key_Z, Qt.ControlModifier)
    assert texts(store) == before
    assert w.bodyEditor.toPlainText() == TYPED
    assert w.session.undo_stack.index() == steps
    qtbot.waitUntil(lambda: any(f.rule == "halfwidth-punctuation"
                                for f in w.checks.last_run.findings), timeout=3000)
    qtbot.keyClick(w.bodyEditor, Qt.Key_Y, Qt.ControlModifier)
    assert texts(store) == after


def test_fix_a_heading_full_stop_in_a_title(demo_window, qtbot):
    """A fix that deletes (a section title's trailing 。) goes through the title, undoably."""
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.printing.warm_up_fonts()
    qtbot.waitUntil(lambda: w.checks.fonts is not None, timeout=30000)
    store = w.session.store
    sid = store.sections()[1].id
    w.select_section(sid)
    old = store.section(sid).title
    w.titleEdit.setFocus()
    qtbot.keyClick(w.titleEdit, Qt.Key_End)
    type_text(qtbot, w.titleEdit, "。")
    assert store.section(sid).title == old + "。"
    qtbot.keyClick(w.titleEdit, Qt.Key_F7)
    panel = w.findings_panel
    stop = click_finding(qtbot, panel, lambda f: f.location.section_id == sid
                         and f.location.field == "title" and f.quote == "。")
    assert stop.family == "headings" and stop.fix == ""
    assert panel.fix_button.toolTip() == "删去“。”"
    qtbot.mouseClick(panel.fix_button, Qt.LeftButton)
    assert store.section(sid).title == old
    assert w.titleEdit.text() == old
    assert w.session.undo_stack.undoText() == "删去“。”"
    qtbot.keyClick(w.findings_panel.view, Qt.Key_Z, Qt.ControlModifier)
    assert store.section(sid).title == old + "。"
    assert w.titleEdit.text() == old + "。"


def test_fix_all_is_all_or_nothing_when_the_file_refuses_a_write(window, qtbot, monkeypatch):
    """The file refuses one section's write midway: none of the fixes is kept (not even the
    sections written before it), no undo step is left, and the user is told."""
    from PySide6.QtWidgets import QMessageBox

    w = window
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    store = w.session.store
    sid = write_section(qtbot, w, "全乡新建道路3条,修缮校舍2所。")
    before = texts(store)
    panel = w.findings_panel
    click_finding(qtbot, panel, lambda f: f.rule == COMMA_RULE.id)
    steps = w.session.undo_stack.count()
    store._conn.execute(  # this section's text can no longer be written (as a full disk would)
        f"CREATE TEMP TRIGGER refuse BEFORE UPDATE ON sections WHEN NEW.id = {sid} "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    qtbot.mouseClick(panel.fix_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "未能写入" in shown[0]
    assert texts(store) == before  # the sections written before the refusal too
    assert w.session.undo_stack.count() == steps
    store._conn.execute("DROP TRIGGER refuse")

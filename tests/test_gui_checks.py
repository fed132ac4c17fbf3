"""Checks in the window: the findings dock, underlines while typing, 已核实 kept in the file."""
import pytest
from PySide6.QtCore import Qt

from township_app.gui.findings_panel import FindingRole

from conftest import type_text


def finding_items(panel):
    """The finding rows under their family and section groups."""
    model = panel.model
    out = []
    for r in range(model.rowCount()):
        family = model.index(r, 0)
        for s in range(model.rowCount(family)):
            section = model.index(s, 0, family)
            out.extend(model.index(c, 0, section) for c in range(model.rowCount(section)))
    return out


def section_named(window, title):
    for s in window.session.store.sections():
        if s.title == title:
            return s.id
    raise AssertionError(title)


def type_at_end(window, qtbot, sid, text, new_paragraph=False):
    """Open the section, go to the end of its text (Ctrl+End) and type, as a clerk adds a line."""
    window.select_section(sid)
    editor = window.bodyEditor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    if new_paragraph:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, text)
    return editor


def test_findings_panel_lists_and_opens(window, qtbot):
    run = window.checks.last_run
    assert run is not None
    items = finding_items(window.findings_panel)
    assert len(items) == len([f for f in run.findings if not f.verified])
    assert window.findings_label.text().startswith("错误")
    # click a finding in a section body: the section opens with the span selected
    body_items = [i for i in items if i.data(FindingRole).location.field == "body"]
    assert body_items, "the demo report has slips in its text"
    index = body_items[0]
    finding = index.data(FindingRole)
    window.findings_panel.view.setCurrentIndex(index)
    window.findings_panel.view.clicked.emit(index)
    assert window.current_section_id() == finding.location.section_id
    assert window.bodyEditor.textCursor().selectedText() == finding.quote


def test_typing_a_placeholder_is_underlined_after_debounce(window, qtbot):
    sid = section_named(window, "存在的问题") if any(
        s.title == "存在的问题" for s in window.session.store.sections()) else None
    if sid is None:
        sid = window.session.store.sections()[-1].id
    type_at_end(window, qtbot, sid, "新建xx户。")
    body = window.session.store.section(sid).body
    start = body.index("xx")
    qtbot.waitUntil(lambda: any(s[0] <= start < s[0] + s[1]
                                for s in window.highlighter.spans), timeout=3000)
    run = window.checks.last_run
    assert any(f.location.section_id == sid and f.quote.startswith("xx") for f in run.findings)


def test_verified_finding_is_kept_until_text_changes(window, qtbot, monkeypatch):
    sid = window.session.store.sections()[-1].id
    window.select_section(sid)
    editor = window.bodyEditor
    editor.load("", cursor=0)
    type_text(qtbot, editor, "全乡共有xx户。")
    run = window.run_checks()
    finding = next(f for f in run.findings if f.location.section_id == sid and f.rule == "placeholder")
    window.checks.mark_verified(finding, "待统计站数据")
    assert window.session.store.verified_findings()[finding.fingerprint]["reason"] == "待统计站数据"
    run = window.checks.last_run
    again = next(f for f in run.findings if f.fingerprint == finding.fingerprint)
    assert again.verified and again.verified_reason == "待统计站数据"
    assert all(i.data(FindingRole).fingerprint != finding.fingerprint
               for i in finding_items(window.findings_panel))  # hidden unless asked
    window.findings_panel.show_verified.setChecked(True)
    assert any(i.data(FindingRole).fingerprint == finding.fingerprint
               for i in finding_items(window.findings_panel))
    # the mark is in the file: reopen and it still holds
    path = window.session.store.path
    window.open_file(path)
    assert any(f.verified for f in window.checks.last_run.findings)
    # edit the sentence it points at: the mark no longer applies
    window.select_section(sid)
    window.bodyEditor.load(window.bodyEditor.toPlainText(), cursor=4)
    type_text(qtbot, window.bodyEditor, "约")
    run = window.run_checks()
    assert not any(f.verified and f.location.section_id == sid for f in run.findings)


@pytest.fixture
def window(demo_window):
    return demo_window


def test_indicator_cells_with_findings_are_marked(window, qtbot):
    from PySide6.QtCore import Qt
    run = window.checks.last_run
    cell = next(f for f in run.findings if f.location.kind == "indicator" and not f.verified)
    window.open_location(cell.location)
    table = window.panel.table_model
    index = window.indicatorTable.currentIndex()
    assert table.indicator_at(index.row()).id == cell.location.indicator_id
    assert index.data(Qt.BackgroundRole) is not None
    assert index.data(Qt.ToolTipRole) == cell.message


def test_characters_the_print_font_lacks_become_findings(window, qtbot):
    from township_app.checks.glyphs import RULE_ID

    window.printing.warm_up_fonts()
    qtbot.waitUntil(lambda: window.checks.fonts is not None, timeout=10000)
    sid = window.session.store.sections()[-1].id
    window.select_section(sid)
    window.bodyEditor.load("", cursor=0)
    type_text(qtbot, window.bodyEditor, "𪚥字在前，后有xx户")  # a character beyond U+FFFF first
    run = window.run_checks()
    gaps = [f for f in run.findings if f.rule == RULE_ID and f.location.section_id == sid]
    if not gaps:
        pytest.skip("this machine's print font has 𪚥")
    assert gaps[0].quote == "𪚥" and gaps[0].location.start == 0
    # offsets after an astral character still land on the right text in the editor
    placeholder = next(f for f in run.findings
                       if f.location.section_id == sid and f.quote.startswith("xx"))
    window.open_location(placeholder.location)
    assert window.bodyEditor.textCursor().selectedText() == placeholder.quote


def test_clicking_a_finding_in_the_report_title_opens_the_properties(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from township_app.gui.dialogs import PropertiesDialog

    # a placeholder left in the report's own title (a property, in no section)
    window.session.store.set_properties(title="XX镇2024年工作总结")
    window.findings.run_checks()
    [index] = [i for i in finding_items(window.findings_panel)
               if i.data(FindingRole).location.field == "report_title"
               and i.data(FindingRole).rule.startswith("placeholder")]
    opened = []

    def fake_exec(dialog):
        opened.append(dialog.form.titleEdit.text())
        dialog.form.titleEdit.setText("东门镇2024年工作总结")
        return PropertiesDialog.Accepted

    monkeypatch.setattr(PropertiesDialog, "exec", fake_exec)
    view = window.findings_panel.view
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    assert opened == ["XX镇2024年工作总结"]
    assert window.session.store.properties().title == "东门镇2024年工作总结"
    window.findings.run_checks()
    assert not [i for i in finding_items(window.findings_panel)
                if i.data(FindingRole).location.field == "report_title"
                and i.data(FindingRole).rule.startswith("placeholder")]


def test_typing_a_register_that_does_not_balance_lists_it(window, qtbot):
    """A clerk types a 监测户 account whose 人 do not balance: the 期末数 finding appears in the
    dock, with the computation, and clicking it selects the figure."""
    sid = window.session.store.sections()[-1].id
    type_at_end(window, qtbot, sid, "年初有监测户42户151人，新识别监测户5户17人，消除风险13户46人，目前尚有监测户34户112人。",
                new_paragraph=True)

    index = _listed(window, qtbot, lambda f: f.rule == "stock-flow" and f.location.section_id == sid)
    finding = index.data(FindingRole)
    assert finding.severity == "error" and "151 + 17 − 46 = 122 人" in finding.message
    assert _selected_by_a_click(window, index) == "112人"


def _listed(window, qtbot, wanted):
    """The first item of the 检查结果 dock whose finding is wanted, once it is there."""
    def items():
        return [i for i in finding_items(window.findings_panel) if wanted(i.data(FindingRole))]
    qtbot.waitUntil(lambda: bool(items()), timeout=5000)
    return items()[0]


def _selected_by_a_click(window, index) -> str:
    window.findings_panel.view.setCurrentIndex(index)
    window.findings_panel.view.clicked.emit(index)
    return window.bodyEditor.textCursor().selectedText()


def test_typing_a_part_in_the_wrong_multiple_of_the_unit_lists_it(window, qtbot):
    """A clerk types a breakdown whose 第三产业 is written in 万元 where the others are in 亿元:
    the unit slip appears in the dock with the sum it makes, and clicking it selects the figure."""
    sid = window.session.store.sections()[-1].id
    type_at_end(window, qtbot, sid, "全镇地区生产总值40.33亿元。其中，第一产业增加值2.13亿元；第二产业增加值16.65亿元；"
                                    "第三产业增加值21.55万元。", new_paragraph=True)

    index = _listed(window, qtbot, lambda f: f.rule == "sum" and f.location.section_id == sid
                    and "单位疑误" in f.message)
    finding = index.data(FindingRole)
    # 2.13 + 16.65 + 21.55 = 40.33: the parts add up when 21.55 is read in 亿元
    assert finding.severity == "error" and "2.13 + 16.65 + 21.55 = 总数 40.33 亿元" in finding.message
    assert _selected_by_a_click(window, index) == "21.55万元"

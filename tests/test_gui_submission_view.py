"""Issue 11 · 11: a submission file opens read-only with a banner and 另存为工作副本."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from township_app.demo import create_demo_file
from township_app.report_schema import META_TABLE
from township_app.store import ReportStore
from township_app.submission import export_submission

from conftest import type_text


def test_submission_opens_read_only_with_banner_and_working_copy(demo_window, qtbot, tmp_path,
                                                                  monkeypatch):
    w = demo_window
    source = create_demo_file(tmp_path / "src")
    sub = export_submission(source, tmp_path / "上报.db", None, False)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(AssertionError(a[1:])))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: (_ for _ in ()).throw(AssertionError(a[1:])))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.No)
    assert w.open_file(sub)
    assert not asked  # opened read-only without a question
    banner = w.read_only_banner
    assert banner.isVisible() and "报送文件（只读）" in banner.label.text()
    assert banner.button.text() == "另存为工作副本…"
    body = w.bodyEditor.toPlainText()
    w.bodyEditor.setFocus()
    assert not w.bodyEditor.testAttribute(Qt.WA_InputMethodEnabled)  # no input method either
    qtbot.keyClicks(w.bodyEditor, "ab")
    assert w.bodyEditor.toPlainText() == body  # nothing typed reaches a submission
    copy = tmp_path / "工作副本.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(banner.button, Qt.LeftButton)
    assert w.session.store.path == copy and not w.session.read_only
    assert not banner.isVisible()
    with ReportStore(copy, read_only=True) as store:
        assert META_TABLE not in store.db.table_names()
    w.bodyEditor.setFocus()
    type_text(qtbot, w.bodyEditor, "改")
    sid = w.current_section_id()
    assert w.session.store.section(sid).body == "改" + body
    with ReportStore(sub, read_only=True) as store:  # the submission itself is untouched
        assert META_TABLE in store.db.table_names()

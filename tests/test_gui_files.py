"""Files in the window: one writer per file, automatic backups and 从备份恢复, newer files read-only."""
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from township_app.demo import create_demo_file
from township_app.gui.backup_dialog import BackupDialog
from township_app.gui.main_window import MainWindow
from township_app.gui.settings import app_settings
from township_app.store import SCHEMA_VERSION

from conftest import type_text


def make_window(qtbot):
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    return w


def test_second_window_on_same_file_is_offered_read_only(qtbot, tmp_path, monkeypatch):
    path = create_demo_file(tmp_path)
    first = make_window(qtbot)
    assert first.open_file(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    second = make_window(qtbot)
    assert second.open_file(path)
    assert asked and "正在被" in asked[0]
    assert second.session.read_only and "[只读]" in second.windowTitle()
    assert not second.actionAddSibling.isEnabled()
    assert not second.bodyEditor.isEnabled() or second.bodyEditor.isReadOnly()
    first.close()
    # once the first lets go, the file opens for writing again
    third = make_window(qtbot)
    asked.clear()
    assert third.open_file(path) and not third.session.read_only and not asked
    third.close()
    second.close()


def test_declining_read_only_opens_nothing(qtbot, tmp_path, monkeypatch):
    path = create_demo_file(tmp_path)
    first = make_window(qtbot)
    first.open_file(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    second = make_window(qtbot)
    assert not second.open_file(path)
    assert second.session is None
    first.close()


def test_backup_on_open_and_restore(qtbot, tmp_path, monkeypatch):
    path = create_demo_file(tmp_path)
    w = make_window(qtbot)
    assert w.open_file(path)
    sid = w.session.store.sections()[0].id
    original = w.session.store.section(sid).body
    w.select_section(sid)
    w.bodyEditor.load("", cursor=0)
    type_text(qtbot, w.bodyEditor, "误删后只剩这一句")
    assert w.session.store.section(sid).body.startswith("误删后")

    def choose_first(dialog):
        assert dialog.table.rowCount() >= 1
        dialog.select_index(dialog.table.rowCount() - 1)  # the oldest copy
        return BackupDialog.Accepted

    monkeypatch.setattr(BackupDialog, "exec", choose_first)
    assert w.restore_from_backup()
    assert w.session.store.section(sid).body == original
    assert not w.session.read_only
    w.close()


def test_newer_file_opens_read_only_and_stays_untouched(qtbot, tmp_path, monkeypatch):
    path = create_demo_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    messages = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: messages.append(a[2]) or QMessageBox.Yes)
    w = make_window(qtbot)
    assert w.open_file(path)
    assert messages and "更新版本" in messages[0]
    assert w.session.read_only
    w.close()
    assert path.read_bytes() == before


def test_missing_file_in_recent_list_is_explained(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    w = make_window(qtbot)
    assert not w.open_file(tmp_path / "拔掉的U盘" / "报告.db")
    assert shown and "不存在" in shown[0]


def test_import_docx_or_txt_with_tree_preview(qtbot, tmp_path, monkeypatch, samples):
    from township_app.gui.import_dialog import ImportPreviewDialog

    source = tmp_path / "晓坪乡2018.txt"
    source.write_bytes([p for p in samples if p.name.startswith("004")][0].read_bytes())
    seen = {}

    def accept(dialog):
        seen["top"] = [dialog.tree.topLevelItem(i).text(0)
                       for i in range(dialog.tree.topLevelItemCount())]
        return ImportPreviewDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    w = make_window(qtbot)
    assert w.open_dropped(source)  # as if dropped on the window
    assert any(t.startswith("一、") for t in seen["top"])
    assert w.session.store.path == source.with_suffix(".db")
    props = w.session.store.properties()
    assert props.title.startswith("晓坪乡人民政府2018年工作总结")
    assert len(w.session.store.sections()) > 10
    w.close()


def test_import_refuses_unreadable_file(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"not a zip")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    w = make_window(qtbot)
    assert not w.import_file(bad)
    assert shown and "docx" in shown[0].lower()
    assert w.session is None

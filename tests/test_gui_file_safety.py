"""The window on files that go away or cannot be written (issue 14, items 10 and 11).

Real media: a read-only tmpfs (a CD, a write-protected stick) and a folder removed
while the report is open. The user types with the keyboard; the window must say
what happened and 另存为 must keep every character typed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from conftest import type_text
from township_app.demo import create_demo_file
from township_app.store import ReportStore


@pytest.fixture
def read_only_medium(tmp_path):
    """A report (in WAL mode, closed cleanly) on a file system mounted read-only."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root on Linux")
    disc = tmp_path / "光盘"
    disc.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disc)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    path = create_demo_file(disc)
    subprocess.run(["mount", "-o", "remount,ro", str(disc)], check=True)
    yield path
    subprocess.run(["umount", "-l", str(disc)], capture_output=True)


def test_report_on_read_only_medium_opens_read_only_with_the_reason(qtbot, read_only_medium,
                                                                      monkeypatch):
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    path = read_only_medium
    before = sorted(p.name for p in path.parent.iterdir())
    data = path.read_bytes()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]))
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path)
    assert asked and "不能写入" in asked[0] and "损坏" not in asked[0]
    assert w.session.read_only and "[只读]" in w.windowTitle()
    assert "不能写入" in w.statusbar.currentMessage()
    assert len(w.session.store.sections()) > 5  # the report is really there
    w.close()
    assert path.read_bytes() == data
    assert sorted(p.name for p in path.parent.iterdir()) == before


def test_commands_read_a_report_on_read_only_medium(read_only_medium, tmp_path, capsys):
    from township_app.cli import main

    # a result, not "damaged": the same findings as the same file on a writable disk
    copy = tmp_path / read_only_medium.name
    copy.write_bytes(read_only_medium.read_bytes())
    code = main(["check", str(read_only_medium)])
    out = capsys.readouterr().out
    assert code == main(["check", str(copy)])
    assert out.replace(str(read_only_medium), str(copy)) == capsys.readouterr().out
    assert "共 " in out and "损坏" not in out
    assert main(["pdf", str(read_only_medium), "-o", str(tmp_path / "a.pdf")]) == 0


def test_pulled_stick_is_reported_at_once_and_save_as_keeps_the_typing(qtbot, tmp_path,
                                                                       monkeypatch):
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    stick = tmp_path / "U盘"
    stick.mkdir()
    path = create_demo_file(stick)
    rescued = tmp_path / "桌面" / "救回的报告.db"
    rescued.parent.mkdir()
    warned = []

    def warning(*args, **kwargs):
        warned.append(args[2])
        return QMessageBox.Save

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescued), ""))
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path)
    sid = w.session.store.sections()[0].id
    w.select_section(sid)
    type_text(qtbot, w.bodyEditor, "拔出前")
    assert warned == []
    shutil.rmtree(stick)  # the stick is pulled
    type_text(qtbot, w.bodyEditor, "拔出后")
    qtbot.waitUntil(lambda: bool(warned))
    assert "文件夹已不存在" in warned[0] and "另存为" in warned[0]
    qtbot.waitUntil(lambda: w.session.store.path == rescued)  # 另存为 ran and opened the copy
    assert "拔出前拔出后" in w.session.store.section(sid).body
    w.close()
    with ReportStore(rescued, read_only=True) as s:
        assert "拔出前拔出后" in s.section(sid).body
    assert len(warned) == 1  # told once, not at every keystroke


def test_new_report_over_a_crashed_file_of_that_name(qtbot, tmp_path):
    """新建 over a file whose writer was killed: the old -wal must not come back."""
    from test_file_safety import leave_stale_wal
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings
    from township_app.model import ReportProperties
    from township_app.templates import list_templates

    path = tmp_path / "报告.db"
    leave_stale_wal(path)
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    props = ReportProperties(title="新建的报告", township="晓坪乡", year="2019")
    assert w.create_report(list_templates()[0], props, path)
    assert w.session.store.properties().title == "新建的报告"
    assert all(s.title != "旧章节" for s in w.session.store.sections())
    w.close()
    with ReportStore(path, read_only=True) as s:
        assert s._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.properties().title == "新建的报告"


def test_pulled_stick_is_noticed_without_typing(qtbot, tmp_path, monkeypatch):
    """Nobody types: the window still says so within seconds, and offers 另存为."""
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    stick = tmp_path / "U盘"
    stick.mkdir()
    path = create_demo_file(stick)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: warned.append(a[2]) or QMessageBox.Cancel)
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(path)
    shutil.rmtree(stick)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "文件夹已不存在" in warned[0] and "另存为" in warned[0]
    # the next two checks (the timer's own ticks, waited for, not timed) do not ask again
    for _ in range(2):
        with qtbot.waitSignal(w.files._location_timer.timeout, timeout=60_000):
            pass
        QApplication.processEvents()  # a question it asked would be shown by now
        assert len(warned) == 1
    w.close()

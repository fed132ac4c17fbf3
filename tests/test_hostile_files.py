"""Every damaged or hostile file, through every command and the window's open (issue 14).

Each file (hostile_files, docx_craft) is given to check, pdf, docx, export and import
in a process of its own: all must exit 2 with a Chinese message naming the problem,
print no traceback, write nothing (no output, the file itself byte for byte the same,
no -wal/-shm/.part/lock left beside it, no backup copy), and stay under 500 MB.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from docx_craft import HOSTILE_DOCX
from hostile_files import HOSTILE_REPORTS, huge_text_file
from township_app.backups import backup_folder

ROOT = Path(__file__).resolve().parent.parent

#: runs every command on one input in this process; prints exit codes, messages, peak memory
RUN_ALL = """
import contextlib, io, json, re, sys
from township_app.cli import main
source, out = sys.argv[1], sys.argv[2]
runs = {}
for command, extra in (("check", []), ("pdf", ["-o", out + ".pdf"]),
                       ("docx", ["-o", out + ".docx"]),
                       ("export", ["-o", out + "-export.db", "--allow-errors"]),
                       ("import", ["-o", out + "-import.db"])):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([command, source, *extra])
    runs[command] = [code, err.getvalue()]
status = open("/proc/self/status").read()
peak = int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1)) // 1024
print(json.dumps({"runs": runs, "peak_mb": peak}, ensure_ascii=False))
"""

CASES = {**HOSTILE_REPORTS, "huge_text_file": huge_text_file,
         **{f"docx {name}": maker for name, maker in HOSTILE_DOCX.items()}}


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.stat().st_size < 1 << 26
            else str(p.stat().st_size) for p in folder.iterdir()}


@pytest.fixture
def hostile(request, tmp_path):
    folder = tmp_path / "收到的文件"
    folder.mkdir()
    path, expected = CASES[request.param](folder)
    for leftover in folder.glob("*.base.docx"):
        leftover.unlink()
    return path, expected


@pytest.mark.skipif(sys.platform != "linux", reason="reads the peak memory from /proc")
@pytest.mark.parametrize("hostile", list(CASES), indirect=True)
def test_every_command_refuses_cleanly(hostile, tmp_path):
    path, expected = hostile
    before = _snapshot(path.parent)
    out = tmp_path / "输出" / "结果"
    out.parent.mkdir()
    done = subprocess.run([sys.executable, "-c", RUN_ALL, str(path), str(out)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for command, (code, message) in result["runs"].items():
        assert code == 2, (command, message)
        assert "Traceback" not in message, (command, message)
        assert expected in message, (command, message)
    assert result["peak_mb"] < 500, result["peak_mb"]
    assert list(out.parent.iterdir()) == []  # nothing written
    assert _snapshot(path.parent) == before  # the file and its folder untouched
    assert not backup_folder(path).exists()


def test_window_refuses_before_copying_or_locking(qtbot, tmp_path, monkeypatch):
    """One window, every hostile report file: a message naming the problem, no session,
    no lock file left, no backup copy, the file unchanged."""
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: shown.append(a[2]) or QMessageBox.Yes)
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    for name, make in HOSTILE_REPORTS.items():
        folder = tmp_path / name
        folder.mkdir()
        path, expected = make(folder)
        before = _snapshot(folder)
        shown.clear()
        assert not w.open_file(path), name
        assert shown and expected in shown[-1], (name, shown)
        assert w.session is None, name
        assert _snapshot(folder) == before, name  # no lock file left, nothing changed
        assert not backup_folder(path).exists(), name  # refused before any backup copy


def test_null_title_reads_as_empty(tmp_path):
    """NULL where text belongs (another tool wrote the file) is read as empty, not a crash."""
    import sqlite3

    from township_app.store import ReportStore

    path = tmp_path / "空标题.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="章", body="正文")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sections SET title = NULL, body = NULL")
    conn.execute("UPDATE report SET title = NULL")
    conn.commit()
    conn.close()
    with ReportStore(path, read_only=True) as s:
        report = s.load_report()
    assert (report.properties.title, report.sections[0].title, report.sections[0].body) == (
        "", "", "")

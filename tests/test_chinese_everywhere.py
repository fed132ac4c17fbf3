"""Issue 11 · 14: Qt's own dialogs, the command line's help and the times in files."""
import subprocess
import sys
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from township_app.gui.app import make_application


def test_file_dialog_speaks_chinese(demo_window, qtbot):
    make_application()  # as run_gui does: Qt's catalogue and the missing strings
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, inspect)
            return
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        qtbot.keyClick(dialog, Qt.Key_Escape)

    QTimer.singleShot(50, inspect)
    qtbot.keyClick(w.bodyEditor, Qt.Key_O, Qt.ControlModifier)  # 打开
    labels = seen["labels"]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [t for t in labels if any("a" <= c.lower() <= "z" for c in t.replace("&", "")
                                         if c not in "LNT")], labels


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "township_app", *args],
                          capture_output=True, text=True, timeout=60)


def test_command_line_help_is_chinese():
    for args in (["--help"], ["check", "--help"], ["pdf", "--help"], ["export", "--help"]):
        out = run_cli(*args).stdout
        # the command's own help (a lost command would print the window's help instead)
        usage = "用法：township-app " + (args[0] + " " if args[0] != "--help" else "")
        assert out.startswith(usage) and "选项" in out and "显示本帮助并退出" in out, args
        for english in ("usage", "options", "show this", "positional", "version number"):
            assert english not in out, (args, english)
    missing = run_cli("check")
    assert missing.returncode == 2
    assert "错误：缺少必需的参数：path" in missing.stderr


def test_exported_at_is_local_time_with_offset(tmp_path):
    """In China (UTC+8, written as a POSIX TZ so no zone database is needed) the file says +08:00."""
    import os

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from township_app.demo import create_demo_file\n"
        "from township_app.submission import export_submission, open_submission\n"
        "d = Path(sys.argv[1])\n"
        "sub = export_submission(create_demo_file(d), d / 'sub.db', None, False)\n"
        "print(open_submission(sub).meta.exported_at)\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, TZ="CST-8"))
    assert done.returncode == 0, done.stderr[-2000:]
    stamp = datetime.fromisoformat(done.stdout.strip())
    assert done.stdout.strip().endswith("+08:00")
    utc_now = datetime.now().astimezone()
    assert abs((utc_now - stamp).total_seconds()) < 120  # the same moment, told in local time

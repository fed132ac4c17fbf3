import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path, monkeypatch):
    """Demo files, backups and QSettings go to a tmp dir, never the developer's profile."""
    data = tmp_path / "userdata"
    data.mkdir()
    monkeypatch.setenv("TOWNSHIP_APP_DATA", str(data))
    monkeypatch.setenv("TOWNSHIP_APP_SETTINGS", str(tmp_path / "settings.ini"))
    return data


def sample_paths():
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture
def samples():
    paths = sample_paths()
    if not paths:
        pytest.skip("../shared/samples not present")
    return paths


def type_text(qtbot, widget, text):
    """Type like a user: ASCII as key clicks, Chinese as input-method commits (as a real IME does).

    QTest's key clicks only know ASCII keys; Chinese reaches widgets through QInputMethodEvent.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    run = ""

    def flush_ascii():
        nonlocal run
        if run:
            qtbot.keyClicks(widget, run)
            run = ""

    for ch in text:
        if ord(ch) < 128:
            run += ch
            continue
        flush_ascii()
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    flush_ascii()


@pytest.fixture
def demo_window(qtbot, tmp_path):
    """The real main window, shown, on a fresh copy of the demo report."""
    from township_app.demo import create_demo_file
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(create_demo_file(tmp_path))
    yield w
    w.close()

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: the five sample reports, the project's own copy of ../shared/samples (a bare clone has them)
SAMPLES = ROOT / "tests" / "fixtures" / "samples"


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
    assert len(paths) == 5, f"tests/fixtures/samples should hold the five sample reports: {paths}"
    return paths


@pytest.fixture
def no_system_fonts(tmp_path, monkeypatch):
    """The font search sees an empty folder instead of the system's fonts: the page a
    machine without any Chinese font prints (reportlab's built-in STSong-Light)."""
    from township_app.printing.fonts import FONT_DIRS_ENV

    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv(FONT_DIRS_ENV, str(empty))
    return empty


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

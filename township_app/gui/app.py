"""Starting the window: the application object, Chinese Qt strings, what to open first."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..checks import helper_process
from ..paths import APP_DISPLAY_NAME, APP_NAME, resources_dir
from .main_window import MainWindow
from .qt_chinese import install_qt_chinese
from .settings import app_settings


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    icon = resources_dir() / "icons" / "app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not getattr(app, "qt_chinese", None):  # Qt's own dialogs (OK/Cancel, file dialogs)
        app.qt_chinese = install_qt_chinese(app)
    return app


def open_initial(window: MainWindow, file: str | None, demo: bool) -> None:
    """FILE, else --demo, else the last file, else offer 新建/打开/示例."""
    if file:
        window.open_file(file)
        return
    if demo:
        from ..demo import create_demo_file

        window.open_file(create_demo_file())
        return
    last = window.settings.value("lastFile")
    if last and Path(str(last)).exists() and window.open_file(str(last)):
        return
    offer_start(window)


def offer_start(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setWindowTitle(APP_DISPLAY_NAME)
    box.setText(window.tr("欢迎使用%1。请选择：").replace("%1", APP_DISPLAY_NAME))
    new_button = box.addButton(window.tr("新建报告"), QMessageBox.AcceptRole)
    open_button = box.addButton(window.tr("打开报告"), QMessageBox.AcceptRole)
    demo_button = box.addButton(window.tr("打开示例报告"), QMessageBox.AcceptRole)
    box.addButton(window.tr("稍后"), QMessageBox.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new_button:
        window.new_report()
    elif clicked is open_button:
        window.files.open_dialog()
    elif clicked is demo_button:
        from ..demo import create_demo_file

        window.open_file(create_demo_file())


def run_gui(file: str | None = None, demo: bool = False) -> int:
    app = make_application()
    window = MainWindow(app_settings(), load_parts=False)
    window.show()  # first the window; the store, checks and printing load right after
    app.processEvents()  # the window reaches the screen before the parts load
    QTimer.singleShot(0, window.load_parts)
    # a second process reads half of a long report's texts when it is checked cold (opened):
    # started now, it is ready before a report is; a short report never waits for it
    QTimer.singleShot(0, helper_process.start_helper)
    app.aboutToQuit.connect(lambda: helper_process.stop_helper(kill=True))  # it holds nothing; a stuck one must not hold the exit
    quit_after = os.environ.get("TOWNSHIP_APP_QUIT_AFTER_MS")
    if quit_after:  # smoke tests and the startup benchmark
        QTimer.singleShot(int(quit_after), window.close)
        QTimer.singleShot(int(quit_after) + 50, app.quit)
    quit_when_open = bool(os.environ.get("TOWNSHIP_APP_QUIT_WHEN_OPEN"))

    helper_report = bool(os.environ.get("TOWNSHIP_APP_HELPER_REPORT"))  # the bundle test's look inside

    def start() -> None:
        if helper_report:
            helper_process.wait_until_ready()  # (a person's first report opens at once, helper or not)
        open_initial(window, file, demo)
        if helper_report:
            print(f"helper: {helper_process.helper_ready()} used {helper_process.used_texts}", file=sys.stderr, flush=True)
        if quit_when_open:  # smoke tests: start, open the first file, quit — no clock involved
            window.close()
            app.quit()

    QTimer.singleShot(0, start)
    return app.exec()

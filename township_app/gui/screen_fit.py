"""Windows and dialogs sized from the screen they are on, never larger than it.

Office laptops are often 1366×768 with a taskbar: a fixed 1280×820 window or a
900×1000 preview put buttons and the status bar off-screen.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

#: room for the title bar and frame the window manager adds around a window
FRAME_ALLOWANCE = QSize(16, 40)


def available_rect(widget=None) -> QRect:
    screen = None
    if widget is not None:
        anchor = widget.parentWidget().window() if widget.parentWidget() else widget
        screen = anchor.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(preferred: QSize, available: QRect, share: float = 1.0) -> QSize:
    """preferred, shrunk to share of the available area less the frame."""
    width = int(available.width() * share) - FRAME_ALLOWANCE.width()
    height = int(available.height() * share) - FRAME_ALLOWANCE.height()
    return QSize(min(preferred.width(), width), min(preferred.height(), height))


def fit_main_window(window, preferred: QSize) -> None:
    """First run: as large as preferred allows on this screen, centred on it."""
    available = available_rect(window)
    size = fitted_size(preferred, available)
    window.resize(size)
    window.move(available.center() - QPoint(size.width() // 2, size.height() // 2))


def keep_on_screen(window) -> None:
    """A geometry saved on a larger screen is shrunk and moved back onto this one."""
    available = available_rect(window)
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    size = fitted_size(window.size(), available)
    window.resize(size)
    x = min(max(frame.x(), available.x()), available.right() - size.width())
    y = min(max(frame.y(), available.y()), available.bottom() - size.height())
    window.move(x, y)


def fit_dialog(dialog, preferred: QSize, share: float = 0.95) -> None:
    """Size a dialog for the screen and centre it over the window that opened it."""
    available = available_rect(dialog)
    size = fitted_size(preferred, available, share)
    size = size.expandedTo(dialog.minimumSizeHint().boundedTo(size))
    dialog.resize(size)
    parent = dialog.parentWidget()
    center = parent.window().frameGeometry().center() if parent else available.center()
    x = center.x() - size.width() // 2
    y = center.y() - (size.height() + FRAME_ALLOWANCE.height()) // 2
    x = min(max(x, available.x()), available.right() - size.width() - FRAME_ALLOWANCE.width())
    y = min(max(y, available.y()), available.bottom() - size.height() - FRAME_ALLOWANCE.height())
    dialog.move(max(x, available.x()), max(y, available.y()))

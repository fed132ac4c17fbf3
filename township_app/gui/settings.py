"""QSettings for recent files and window layout; tests point it at a tmp INI file."""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from ..paths import APP_NAME

MAX_RECENT = 10


def app_settings() -> QSettings:
    path = os.environ.get("TOWNSHIP_APP_SETTINGS")
    if path:
        return QSettings(path, QSettings.IniFormat)
    return QSettings(QSettings.IniFormat, QSettings.UserScope, APP_NAME, APP_NAME)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recentFiles", [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value]


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    path = os.path.abspath(path)
    files = [p for p in recent_files(settings) if os.path.abspath(p) != path]
    files.insert(0, path)
    del files[MAX_RECENT:]
    settings.setValue("recentFiles", files)
    return files


def remove_recent_file(settings: QSettings, path: str) -> None:
    files = [p for p in recent_files(settings) if os.path.abspath(p) != os.path.abspath(path)]
    settings.setValue("recentFiles", files)

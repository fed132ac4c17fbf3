"""Where the program's files are: a source checkout, an installed wheel or a PyInstaller bundle.

ui/ and resources/ sit at the top of the checkout; the wheel installs them as the
packages township_app.ui and township_app.resources; a frozen bundle unpacks them
under sys._MEIPASS. One lookup serves all three.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "township-app"
APP_DISPLAY_NAME = "乡镇工作报告助手"


def _asset_dir(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    here = Path(__file__).resolve().parent
    candidates.append(here / name)  # wheel: township_app/ui, township_app/resources
    candidates.append(here.parent / name)  # source checkout / editable install
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"{name}/ not found (looked in {', '.join(map(str, candidates))})")


def ui_dir() -> Path:
    return _asset_dir("ui")


def resources_dir() -> Path:
    return _asset_dir("resources")


def user_data_dir() -> Path:
    """Per-user folder for the demo report and backups; TOWNSHIP_APP_DATA overrides (tests)."""
    override = os.environ.get("TOWNSHIP_APP_DATA")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        path = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path

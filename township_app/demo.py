"""The demo report: a filled-in 晓坪乡 2018 annual report, written to a fresh file."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from .model import ReportProperties
from .paths import resources_dir, user_data_dir
from .store import ReportStore
from .templates import report_from_tree


def demo_report():
    data = json.loads((resources_dir() / "demo" / "xiaoping_2018.json").read_text("utf-8"))
    return report_from_tree(ReportProperties(**data["properties"]), data["sections"])


def create_demo_file(folder: Path | None = None) -> Path:
    """A new demo file each time, so trying things never spoils an earlier copy."""
    folder = folder or user_data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d_%H%M%S_%f")
    path = folder / f"示例_晓坪乡2018年工作总结_{stamp}.db"
    ReportStore.create(path, demo_report()).close()
    return path

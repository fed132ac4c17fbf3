"""Open whatever the user names on the command line as a Report: a report file, .txt or .docx."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .model import Report
from .store import ReportStore, StoreError, os_reason
from .textsource import SourceError, SourceTextError, require_file


REPORT_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".tsr")


def load_report(path: str | Path) -> Report:
    path = Path(path)
    try:
        require_file(path)
    except SourceTextError as exc:
        raise SourceError(str(exc)) from exc
    suffix = path.suffix.lower()
    if suffix in (".txt", ".docx"):
        from .importer import ImportError_, import_path

        try:
            return import_path(path)
        except ImportError_ as exc:
            raise SourceError(str(exc)) from exc
    try:
        with ReportStore(path, snapshot=True) as store:
            return store.load_report()
    except StoreError as exc:
        raise SourceError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # went bad after the open's check (a pulled stick)
        raise SourceError(f"读取“{path.name}”时出错：{os_reason(exc)}") from exc

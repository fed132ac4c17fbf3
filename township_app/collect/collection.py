"""Collecting a folder: read every file one at a time, decide states, build the summary.

The same steps serve the CLI (a progress line) and the window (a progress bar with
cancel): iter_collect yields after each file, so the caller can report and stop.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .county_store import CountyStore
from .entry import CollectedFile, find_submission_files, read_collected_file
from .mapping import IndicatorMapping
from .spool import FindingSpool
from .states import assign_states
from .summary import Summary, build_summary


class CollectFolderError(Exception):
    """The folder itself cannot be read; the message is for the user."""


@dataclass
class Progress:
    done: int
    total: int
    current: Path | None


def list_folder(folder: str | os.PathLike, exclude: tuple[Path, ...] = ()
                ) -> tuple[list[Path], list[CollectedFile]]:
    """The .db files to read; `exclude` (the county's own 汇总.db if kept there) is skipped."""
    folder = Path(folder)
    if not folder.exists():
        raise CollectFolderError(f"文件夹不存在：{folder}")
    if not folder.is_dir():
        raise CollectFolderError(f"“{folder}”不是文件夹，请选择存放上报文件的文件夹。")
    try:
        files, problems = find_submission_files(folder)
    except OSError as exc:
        raise CollectFolderError(f"无法读取文件夹“{folder}”：{exc.strerror or exc}") from exc
    skipped = {p.resolve() for p in exclude}
    return [f for f in files if f.resolve() not in skipped], problems


def iter_collect(folder: str | os.PathLike, entries: list[CollectedFile],
                 exclude: tuple[Path, ...] = ()) -> Iterator[Progress]:
    """Appends one entry per file to `entries`, yielding progress after each.

    Each file is opened, read and closed before the next; its findings go to a
    FindingSpool on disk, so what stays in memory is its figures and counts.
    """
    files, problems = list_folder(folder, exclude)
    entries.extend(problems)
    total = len(files)
    spool = FindingSpool()
    yield Progress(0, total, None)
    for done, path in enumerate(files, 1):
        entry = read_collected_file(path)
        entry.move_findings_to(spool)
        entries.append(entry)
        yield Progress(done, total, path)
    spool.flush()


def summarize(entries: list[CollectedFile], *, period: tuple[str, str] | None = None,
              store: CountyStore | None = None, folder: str = "",
              mapping: IndicatorMapping | None = None,
              expected: list[str] | None = None) -> Summary:
    """States, then the table; with a store: its 应报 list, mapping and 上期, and this period saved."""
    period = assign_states(entries, period)
    previous = previous_period = None
    if store is not None:
        if mapping is None:
            mapping = IndicatorMapping(store.aliases())
        if expected is None:
            expected = store.expected_townships()
        if period is not None:
            previous_period = store.previous_period(period)
            if previous_period is not None:
                previous = store.used_values(previous_period)
    summary = build_summary(entries, period, mapping, expected, previous, previous_period)
    summary.folder = folder
    if store is not None and period is not None:
        store.save_collection(period, summary.county, folder, entries)
    return summary


def collect_folder(folder: str | os.PathLike, **kwargs) -> Summary:
    """The whole collection in one call (tests, scripts)."""
    entries: list[CollectedFile] = []
    store = kwargs.get("store")
    for _ in iter_collect(folder, entries, (store.path,) if store is not None else ()):
        pass
    return summarize(entries, folder=str(folder), **kwargs)

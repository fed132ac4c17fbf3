"""Collecting a folder: read every file one at a time, decide states, build the summary.

The same steps serve the CLI (a progress line) and the window (a progress bar with
cancel): iter_collect yields after each file, so the caller can report and stop.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Iterator

from .county_store import CountyStore
from .entry import CollectedFile, find_submission_files, read_collected_file
from .mapping import IndicatorMapping
from .spool import FindingSpool
from .states import assign_states
from .summary import Summary, build_summary


PARALLEL_FROM = 200  # files; fewer are read quicker than worker processes start
MAX_WORKERS = 4
CHUNK = 16  # files a worker takes at a time


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
                 exclude: tuple[Path, ...] = (), workers: int | None = None
                 ) -> Iterator[Progress]:
    """Appends one entry per file to `entries`, yielding progress after each.

    Each file is opened, read and closed before the next (many files: by worker
    processes, one file each at a time, results in folder order); its findings go to a
    FindingSpool on disk, so what stays in memory is its figures and counts.
    """
    files, problems = list_folder(folder, exclude)
    entries.extend(problems)
    total = len(files)
    spool = FindingSpool()
    yield Progress(0, total, None)
    workers = default_workers(total) if workers is None else workers
    done = 0
    if workers > 1:
        for entry in _read_in_workers(files, workers):
            entry.move_findings_to(spool)
            entries.append(entry)
            done += 1
            yield Progress(done, total, entry.path)
    for path in files[done:]:  # one process, or what the workers could not do
        entry = read_collected_file(path)
        entry.move_findings_to(spool)
        entries.append(entry)
        done += 1
        yield Progress(done, total, path)
    spool.flush()


def default_workers(file_count: int) -> int:
    """Worker processes worth starting: none for a few files (a worker takes ~1 s to start)."""
    if file_count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _read_in_workers(files: list[Path], workers: int) -> Iterator[CollectedFile]:
    """Entries in folder order from worker processes, each reading one file at a time.

    Stops quietly if the workers cannot run (the caller reads the rest itself); closing
    the generator (取消) cancels what has not started.
    """
    # spawn, not fork: a forked copy of a process running Qt is unsafe, and spawn is what
    # Windows does anyway
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
        results = pool.map(read_collected_file, files, chunksize=CHUNK)
    except (OSError, RuntimeError):
        return
    try:
        yield from results
    except (BrokenProcessPool, OSError):
        return  # the files not yet returned are read by the caller
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


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

"""Put a newly written report file in place of a name: under that name's lock, leftovers gone.

A report file is more than its name: SQLite keeps ``-wal``/``-shm`` (or ``-journal``)
beside it. A new file moved over a name whose old ``-wal`` is still there (left by a
crash) gets the old frames replayed into it at the next open: the old title comes
back, the new content is gone, integrity_check fails. And a file another window (or
another person) has open must not be replaced from under it. So every path that
writes a report file under a name — 新建, 导入, 另存为, the import and export commands —
goes through :func:`write_report_file`.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Callable

from .file_lock import LockFileError, acquire_report_lock
from .store import StoreError, os_reason

#: the files SQLite may keep beside a database
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def staging_path(target: Path) -> Path:
    """Where the new file is written before it takes the target's name."""
    return target.with_name(target.name + ".part")


def discard(path: Path) -> None:
    """Remove a (half-written) database and whatever SQLite kept beside it."""
    for p in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES)):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


def write_report_file(target: Path, write: Callable[[Path], None]) -> Path:
    """write(staged) makes the new file; it then replaces `target`. Returns `target`.

    Raises ReportLockedError (naming who) when the target is open elsewhere, StoreError
    naming the target (never the staging file) when it cannot be written. Nothing is
    left behind on failure; a staging file left by a killed earlier run is removed first.
    """
    target = Path(target).absolute()
    try:
        lock = acquire_report_lock(target)
    except LockFileError as exc:
        raise StoreError(f"无法写入“{target}”：{exc.reason}") from exc
    staged = staging_path(target)
    try:
        discard(staged)
        try:
            write(staged)
            for suffix in SIDE_SUFFIXES:  # the old file's, now stale: they must not be replayed
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(staged, target)
            fsync_folder(target.parent)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"无法写入“{target}”：{os_reason(exc)}") from exc
        except StoreError as exc:
            raise StoreError(str(exc).replace(staged.name, target.name)) from exc
    except BaseException:
        discard(staged)
        raise
    finally:
        lock.release()
    return target


def fsync_folder(folder: Path) -> None:
    """Make a rename survive a power cut (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

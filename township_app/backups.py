"""Rotating copies of a report, made each time it is opened, and putting one back.

A year's work lives in one file on one PC. A copy is taken with SQLite's backup
API (a consistent snapshot even while the file is open, WAL included) into
``user_data_dir()/backups/<name>-<hash of the full path>/``; the newest ten are
kept. Opening an unchanged file does not push an older, different copy out.
Restoring first copies the current file away, so a restore can be undone.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .file_lock import ReportLock, acquire_report_lock
from .paths import user_data_dir
from .report_replace import fsync_folder
from .report_schema import connect_read_only, harden
from .store import APPLICATION_ID, ReportStore, StoreError, os_reason

KEEP = 10
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_WHITESPACE = re.compile(r"\s")  # re's \s is str.isspace() for str patterns
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})(?:-(\d+))?(-damaged)?\.db$")


class BackupError(StoreError):
    """A copy could not be made or put back; the message is for the user."""


@dataclass(frozen=True)
class BackupInfo:
    """One copy as the restore dialog lists it."""

    path: Path
    created_at: datetime  # local time the copy was made
    size: int  # bytes
    title: str = ""
    sections: int = 0
    indicators: int = 0
    characters: int = 0
    problem: str = ""  # non-empty when the copy cannot be read (then the counts are 0)

    @property
    def readable(self) -> bool:
        return not self.problem


def backup_folder(report_path: str | os.PathLike) -> Path:
    """The per-file folder: readable name plus a hash of the full path, stable across runs."""
    full = os.path.normcase(str(Path(report_path).absolute()))
    digest = hashlib.sha256(full.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", Path(report_path).stem)[:40] or "report"
    return user_data_dir() / "backups" / f"{stem}-{digest}"


def make_backup(report_path: str | os.PathLike, *, keep: int = KEEP) -> Path:
    """Copy the report now; returns the copy (the newest existing one if nothing changed)."""
    report_path = Path(report_path)
    if not report_path.is_file():
        raise BackupError(f"无法备份“{report_path.name}”：文件不存在。")
    try:
        folder = backup_folder(report_path)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"无法建立备份文件夹：{os_reason(exc)}（{exc.filename or ''}）") from exc
    target = _new_backup_path(folder)
    part = target.with_name(target.name + ".part")
    try:
        _sqlite_copy(report_path, part)
    except (OSError, sqlite3.DatabaseError) as exc:
        _remove_quietly(part)
        raise BackupError(f"无法备份“{report_path.name}”：{_sqlite_reason(exc)}") from exc
    existing = _backup_files(folder)
    if existing and _same_content(existing[-1], part):
        _remove_quietly(part)
        return existing[-1]
    try:
        os.replace(part, target)
        fsync_folder(folder)
    except OSError as exc:
        _remove_quietly(part)
        raise BackupError(f"无法保存备份：{os_reason(exc)}") from exc
    _rotate(folder, keep)
    return target


def list_backups(report_path: str | os.PathLike) -> list[BackupInfo]:
    """Copies of this report, newest first."""
    folder = backup_folder(report_path)
    return [_describe(p) for p in reversed(_backup_files(folder))]


def restore_backup(backup: BackupInfo | str | os.PathLike, report_path: str | os.PathLike, *,
                   held_lock: ReportLock | None = None) -> Path:
    """Put a copy back as the report; returns the copy made of the file it replaced.

    The report must not be open in a store. Another program holding the report's lock
    makes this raise ReportLockedError; a caller that holds the lock itself passes it.
    """
    source = Path(backup.path if isinstance(backup, BackupInfo) else backup)
    report_path = Path(report_path)
    problem = _check_copy(source)
    if problem:
        raise BackupError(f"备份“{source.name}”无法恢复：{problem}")
    lock = held_lock if held_lock is not None else acquire_report_lock(report_path)
    try:
        staged = report_path.with_name(f".{report_path.name}.restore.part")
        try:
            _sqlite_copy(source, staged)
        except (OSError, sqlite3.DatabaseError) as exc:
            _remove_quietly(staged)
            raise BackupError(f"无法恢复到“{report_path}”：{_sqlite_reason(exc)}") from exc
        try:
            saved = _keep_current(report_path)
            # a -wal left beside the report belongs to the old file; SQLite would replay
            # it into the restored one, so it goes first (its content is in `saved`)
            for suffix in ("-wal", "-shm", "-journal"):
                _remove(Path(f"{report_path}{suffix}"))
            os.replace(staged, report_path)
            fsync_folder(report_path.parent)
        except OSError as exc:
            raise BackupError(f"无法恢复到“{report_path}”：{os_reason(exc)}") from exc
        finally:
            _remove_quietly(staged)
        return saved
    finally:
        if held_lock is None:
            lock.release()


# ---- copying -------------------------------------------------------------------------------
def _sqlite_copy(source: Path, target: Path) -> None:
    """A self-contained, checked copy (rollback journal, no -wal needed) via the backup API."""
    _remove(target)
    src = _open_source(source)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
    finally:
        src.close()
    if verdict != "ok":
        raise sqlite3.DatabaseError(f"副本校验未通过（{verdict}）")


def _open_source(path: Path) -> sqlite3.Connection:
    """Read-write when allowed (a WAL file needs its -shm); read-only on read-only media."""
    try:
        conn = harden(sqlite3.connect(str(path)))
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    return connect_read_only(path)


def _keep_current(report_path: Path) -> Path:
    """Copy the file about to be replaced; a file SQLite cannot read is kept byte for byte."""
    folder = backup_folder(report_path)
    if not report_path.exists():
        return folder
    try:
        return make_backup(report_path)  # may rotate `source` out: it is staged already
    except BackupError:
        damaged = _new_backup_path(folder, damaged=True)
        shutil.copy2(report_path, damaged)
        wal = Path(f"{report_path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{damaged}-wal"))
        fsync_folder(folder)
        return damaged


def _same_content(a: Path, b: Path) -> bool:
    """Equal pages, ignoring the header's change counters (bytes 24–27 and 92–99)."""
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        x, y = a.read_bytes(), b.read_bytes()
    except OSError:
        return False
    return x[:24] == y[:24] and x[28:92] == y[28:92] and x[100:] == y[100:]


# ---- the backup folder ---------------------------------------------------------------------
def _new_backup_path(folder: Path, *, damaged: bool = False) -> Path:
    stamp = datetime.now().strftime(_STAMP_FORMAT)
    tail = "-damaged" if damaged else ""
    path = folder / f"{stamp}{tail}.db"
    n = 1
    while path.exists() or Path(f"{path}.part").exists():
        path = folder / f"{stamp}-{n}{tail}.db"
        n += 1
    return path


def _backup_files(folder: Path) -> list[Path]:
    """Oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m:
            found.append(((m.group(1), int(m.group(2) or 0)), p))
    return [p for _, p in sorted(found)]


def _rotate(folder: Path, keep: int) -> None:
    files = _backup_files(folder)
    for old in files[: max(0, len(files) - keep)]:
        _remove_quietly(old)
        _remove_quietly(Path(f"{old}-wal"))
    # half-written copies of a program that died mid-backup (an hour is far past any copy)
    for part in folder.glob("*.part"):
        try:
            if time.time() - part.stat().st_mtime > 3600:
                part.unlink()
        except OSError:
            pass


def _describe(path: Path) -> BackupInfo:
    m = _NAME.match(path.name)
    created = datetime.strptime(m.group(1), _STAMP_FORMAT)
    size = path.stat().st_size
    problem = "" if not m.group(3) else "恢复前无法读取的原文件（按原样保存）"
    if not problem:
        problem = _check_copy(path, thorough=False)
    if problem:
        return BackupInfo(path, created, size, problem=problem)
    try:
        with ReportStore(path, read_only=True) as store:
            report = store.load_report()
    except StoreError as exc:
        return BackupInfo(path, created, size, problem=str(exc))
    # the editor's 字数 (model.count_characters: non-whitespace), counted in C for big files
    characters = len(_WHITESPACE.sub("", report.plain_text()))
    return BackupInfo(path, created, size, title=report.properties.title,
                      sections=len(report.sections), indicators=len(report.indicators),
                      characters=characters)


def _check_copy(path: Path, *, thorough: bool = True) -> str:
    """Empty when the copy is a readable report file, else why not (in Chinese)."""
    if not path.is_file():
        return "文件不存在。"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return "不是本程序的报告文件。"
            if thorough:
                verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
                if verdict != "ok":
                    return f"文件已损坏（{verdict}）。"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"文件已损坏或不是报告文件（{exc}）。"
    return ""


# ---- small helpers -------------------------------------------------------------------------
def _sqlite_reason(exc: BaseException) -> str:
    if isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorcode", None) in (
            sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return f"文件已损坏（{exc}）。"
    return os_reason(exc)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass

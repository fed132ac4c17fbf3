"""One report file, one program at a time: an OS lock on a lock file beside the report.

Two people opening the same file on a shared PC (or over a network share) would
overwrite each other's edits. The lock is the operating system's own
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so it dies with the
process that held it: a lock file left behind by a crash or a power cut never
blocks anyone. Inside the lock file the holder writes who it is (user, computer,
process, since when), so the second program can say who has the file.
"""
from __future__ import annotations

import errno
import getpass
import json
import os
import platform
import stat
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .store import StoreError, os_reason

#: Windows locks a byte range; lock one far past the text so the holder's info stays readable.
_WINDOWS_LOCK_OFFSET = 0x7FFF0000
_BINARY = getattr(os, "O_BINARY", 0)  # Windows' os.open defaults to text mode
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a link named like the lock is never followed


class ReportLockedError(StoreError):
    """Another program (on this or another computer) has the report open."""

    def __init__(self, report_path: Path, holder: "LockHolder | None"):
        self.report_path = report_path
        self.holder = holder
        super().__init__(_locked_message(report_path, holder))


class LockFileError(StoreError):
    """The lock file cannot be made (read-only folder, full disk, a link in its place);
    the report can still be read. `reason` is the bare why, for callers that phrase it."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason or message


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str  # ISO time, local clock of the holder

    @classmethod
    def current(cls) -> "LockHolder":
        return cls(_user_name(), platform.node() or "", os.getpid(),
                   datetime.now().isoformat(timespec="seconds"))

    def to_text(self) -> str:
        return json.dumps({"program": "township-app", "user": self.user, "host": self.host,
                           "pid": self.pid, "since": self.since}, ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> "LockHolder | None":
        try:
            data = json.loads(text)
            return cls(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (ValueError, KeyError, TypeError):
            return None

    def is_this_computer(self) -> bool:
        return self.host == (platform.node() or "")


def lock_path_for(report_path: str | os.PathLike) -> Path:
    """`.~lock.<name>#` beside the report, the name office suites use for the same purpose."""
    report_path = Path(report_path)
    return report_path.with_name(f".~lock.{report_path.name}#")


class ReportLock:
    """A held lock; release() (or leaving the with-block) lets the next program in."""

    def __init__(self, report_path: Path, lock_path: Path, fd: int, holder: LockHolder):
        self.report_path = report_path
        self.lock_path = lock_path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Delete while still holding the lock so nobody can lock the old file in between
        # (POSIX); Windows refuses to delete an open file, so close first there.
        if sys.platform != "win32":
            if _still_the_file(fd, self.lock_path):  # never a link or file put there since
                _remove_quietly(self.lock_path)
            _unlock(fd)
            os.close(fd)
        else:
            _unlock(fd)
            os.close(fd)
            _remove_quietly(self.lock_path)

    def __enter__(self) -> "ReportLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"ReportLock({str(self.report_path)!r}, held={self.held})"


def acquire_report_lock(report_path: str | os.PathLike) -> ReportLock:
    """Lock the report for this process, or raise ReportLockedError naming who has it.

    Raises LockFileError when no lock file can be made beside the report; the caller
    may then offer to open the report read-only.
    """
    report_path = Path(report_path).absolute()
    lock_path = lock_path_for(report_path)
    for _ in range(20):  # only repeats when a releasing holder deleted the file under us
        fd = _open_lock_file(lock_path, report_path)
        try:
            got_it = _try_lock(fd)
        except OSError:
            os.close(fd)
            raise
        if not got_it:
            holder = _read_holder(fd)
            os.close(fd)
            raise ReportLockedError(report_path, holder)
        if not _still_the_file(fd, lock_path):
            _unlock(fd)
            os.close(fd)
            continue
        holder = LockHolder.current()
        _hide(lock_path)
        try:
            _write_holder(fd, holder)
        except OSError as exc:
            _unlock(fd)
            os.close(fd)
            raise LockFileError(f"无法写入锁定文件“{lock_path.name}”：{os_reason(exc)}",
                                os_reason(exc)) from exc
        return ReportLock(report_path, lock_path, fd, holder)
    raise LockFileError(f"锁定文件“{lock_path.name}”反复被删除，无法锁定报告。")


def _open_lock_file(lock_path: Path, report_path: Path) -> int:
    """Our lock file, opened without following a link; only ever a plain file of its own.

    A folder unzipped from another office may carry a `.~lock.…#` that is a link to
    some other file: following it would overwrite that file (and delete the link at close).
    """
    refused = (f"“{report_path.parent}”中的锁定文件“{lock_path.name}”不是普通文件（可能是链接，"
               "来自拷贝或解压的文件夹），为免改动其他文件而未使用它。请删除该文件后再打开。")
    if lock_path.is_symlink():
        raise LockFileError(refused, "锁定文件是链接。")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | _BINARY | _NOFOLLOW, 0o644)
    except OSError as exc:
        if exc.errno == getattr(errno, "ELOOP", None):
            raise LockFileError(refused, "锁定文件是链接。") from exc
        raise LockFileError(
            f"无法在“{report_path.parent}”中建立锁定文件，不能防止他人同时修改"
            f"“{report_path.name}”：{os_reason(exc)}", os_reason(exc)) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(fd)
        raise LockFileError(refused, "锁定文件不是普通文件。")
    return fd


def lock_holder(report_path: str | os.PathLike) -> LockHolder | None:
    """Who holds the report now (None when nobody does); leaves no lock behind."""
    lock_path = lock_path_for(Path(report_path).absolute())
    if lock_path.is_symlink():
        return None
    try:
        fd = os.open(lock_path, os.O_RDWR | _BINARY | _NOFOLLOW)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_holder(fd) or LockHolder("", "", 0, "")
    finally:
        os.close(fd)


# ---- platform layer ------------------------------------------------------------------------
if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    def _still_the_file(fd: int, lock_path: Path) -> bool:
        return True  # an open file cannot be deleted on Windows

    def _hide(lock_path: Path) -> None:
        """Hidden like an office suite's lock file, so nobody tidies it away by hand."""
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(lock_path), 0x2)  # best effort

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass

    def _still_the_file(fd: int, lock_path: Path) -> bool:
        """False when the previous holder deleted the file between our open and our lock."""
        try:
            on_disk = os.lstat(lock_path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)

    def _hide(lock_path: Path) -> None:
        pass  # the leading dot already hides it


def _write_holder(fd: int, holder: LockHolder) -> None:
    data = holder.to_text().encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.ftruncate(fd, len(data))
    os.fsync(fd)


def _read_holder(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 4096).decode("utf-8", "replace").rstrip(" \0\r\n")
    except OSError:
        return None
    return LockHolder.from_text(text)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (services, some containers)
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def _locked_message(report_path: Path, holder: LockHolder | None) -> str:
    name = report_path.name
    if holder is None:
        who = "另一个程序"
    elif holder.is_this_computer():
        who = f"本机的另一个窗口（用户 {holder.user or '未知'}，进程 {holder.pid}）"
    else:
        who = f"{holder.user or '未知用户'}（电脑 {holder.host or '未知'}）"
    since = ""
    if holder is not None and holder.since:
        try:
            since = "，自 " + datetime.fromisoformat(holder.since).strftime("%Y-%m-%d %H:%M") + " 起"
        except ValueError:
            since = ""
    return (f"文件正在被{who}使用{since}：“{name}”。"
            f"为免互相覆盖修改，请等对方关闭后再打开，或以只读方式打开。")

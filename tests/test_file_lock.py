"""Two programs on one report: the second is told who has it; a dead holder never blocks."""
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from township_app.file_lock import (
    LockFileError, LockHolder, ReportLockedError, acquire_report_lock, lock_holder, lock_path_for,
)
from township_app.store import StoreError

ROOT = Path(__file__).resolve().parent.parent

HOLDER_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from township_app.file_lock import acquire_report_lock
    lock = acquire_report_lock(sys.argv[2])
    print("LOCKED", flush=True)
    sys.stdin.readline()          # hold until the parent says so (or kills us)
    lock.release()
    print("RELEASED", flush=True)
""")


def start_holder(report: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER_SCRIPT, str(ROOT), str(report)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "LOCKED", line
    return proc


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "晓坪乡2018年工作总结.db"
    path.write_bytes(b"")  # the lock never reads the report itself
    return path


def test_second_process_is_told_who_has_the_file(report):
    holder = start_holder(report)
    try:
        with pytest.raises(ReportLockedError) as err:
            acquire_report_lock(report)
        assert err.value.holder is not None
        assert err.value.holder.pid == holder.pid
        assert "文件正在被" in str(err.value) and "使用" in str(err.value)
        assert str(holder.pid) in str(err.value)  # same computer: names the process
        assert isinstance(err.value, StoreError)  # the GUI's usual error path shows it
        assert lock_holder(report).pid == holder.pid
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "RELEASED"
        holder.wait(10)
    assert not lock_path_for(report).exists()
    assert lock_holder(report) is None
    with acquire_report_lock(report) as lock:
        assert lock.held and lock.holder.pid == os.getpid()
    assert not lock.held


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_does_not_block(report):
    holder = start_holder(report)
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    stale = lock_path_for(report)
    assert stale.exists()  # the crash left its lock file behind …
    assert str(holder.pid) in stale.read_text("utf-8")
    assert lock_holder(report) is None  # … but the OS lock died with the process
    with acquire_report_lock(report) as lock:
        assert lock.holder.pid == os.getpid()
        assert LockHolder.from_text(stale.read_text("utf-8")).pid == os.getpid()


@pytest.mark.parametrize("leftover", [b"", b"garbage \xff\xfe", b",LibreOffice,host,2026;"])
def test_foreign_or_broken_lock_file_does_not_block(report, leftover):
    lock_path_for(report).write_bytes(leftover)
    with acquire_report_lock(report) as lock:
        assert lock.held


def test_same_process_cannot_lock_twice(report):
    with acquire_report_lock(report):
        with pytest.raises(ReportLockedError):
            acquire_report_lock(report)
    with acquire_report_lock(report):
        pass


def test_message_names_user_and_computer_of_another_pc(report):
    other = LockHolder("zhangsan", "DANGZHENGBAN-PC-7", 4242, "2026-03-01T09:05:00")
    message = str(ReportLockedError(report, other))
    assert "zhangsan" in message and "DANGZHENGBAN-PC-7" in message
    assert "2026-03-01 09:05" in message and report.name in message
    assert "文件正在被" in message
    assert "另一个程序" in str(ReportLockedError(report, None))


def test_lock_file_cannot_be_made(tmp_path):
    not_a_folder = tmp_path / "plain.txt"
    not_a_folder.write_text("x")
    with pytest.raises(LockFileError) as err:
        acquire_report_lock(not_a_folder / "r.db")
    assert "锁定文件" in str(err.value)


RACE_SCRIPT = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, sys.argv[1])
    from township_app.file_lock import acquire_report_lock, ReportLockedError
    report, marker, rounds = sys.argv[2], sys.argv[3], int(sys.argv[4])
    held = 0
    deadline = time.monotonic() + 20
    while held < rounds and time.monotonic() < deadline:
        try:
            lock = acquire_report_lock(report)
        except ReportLockedError:
            continue
        # inside: nobody else may be here
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.close(fd)
        time.sleep(0.001)
        os.unlink(marker)
        lock.release()
        held += 1
    print(held, flush=True)
""")


def test_processes_racing_for_the_lock_never_share_it(report, tmp_path):
    """Acquire/release loops in parallel; the release deletes the file, the racy part."""
    marker = tmp_path / "inside"
    procs = [subprocess.Popen([sys.executable, "-c", RACE_SCRIPT, str(ROOT), str(report),
                               str(marker), "25"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err  # FileExistsError here = two holders at once
        assert int(out) == 25

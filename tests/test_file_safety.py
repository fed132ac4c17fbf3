"""Nothing lost on overwrite, nothing written where it should not be (issue 14).

Real files, real processes, real kills: a writer SIGKILLed to leave a -wal behind,
a second process holding the report's lock, a lock file that is a symlink, an
export killed in the middle of its VACUUM, a report whose folder disappears.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from township_app.file_lock import LockFileError, acquire_report_lock, lock_path_for
from township_app.store import ReportStore

ROOT = Path(__file__).resolve().parent.parent

#: writes a report with an old title, commits many edits (they sit in the -wal), waits to be killed
KILLED_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from township_app.store import ReportStore
    s = ReportStore.create(sys.argv[2])
    s.set_properties(title="旧报告的标题")
    sid = s.add_section(None, title="旧章节", body="旧正文" * 2000)
    for i in range(50):
        s.update_section(sid, body=f"旧正文第{i}次" * 2000)
    print("WRITTEN", flush=True)
    sys.stdin.readline()
""")

HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from township_app.file_lock import acquire_report_lock
    from township_app.store import ReportStore
    lock = acquire_report_lock(sys.argv[2])
    store = ReportStore(sys.argv[2])
    print("OPEN", flush=True)
    sys.stdin.readline()
""")


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, in its own process."""
    return subprocess.run([sys.executable, "-m", "township_app", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd or ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def leave_stale_wal(path: Path) -> None:
    """A writer killed with SIGKILL: its committed edits are only in path-wal."""
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(ROOT), str(path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "WRITTEN"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0


def read_back(path: Path):
    with ReportStore(path, read_only=True) as s:
        report = s.load_report()
        verdict = s._conn.execute("PRAGMA integrity_check").fetchone()[0]
    return report, verdict


@pytest.fixture
def new_text(tmp_path) -> Path:
    src = tmp_path / "新报告.txt"
    src.write_text("新报告的标题\n一、新章节\n新正文。\n", encoding="utf-8")
    return src


# ---- 1. a stale -wal is never replayed into a new file of the same name ---------------------
def test_import_force_over_a_crashed_report(tmp_path, new_text):
    target = tmp_path / "r.db"
    leave_stale_wal(target)
    done = cli("import", str(new_text), "-o", str(target), "--force")
    assert done.returncode == 0, done.stderr
    report, verdict = read_back(target)
    assert verdict == "ok"
    assert report.properties.title == "新报告的标题"
    assert [s.title for s in report.sections] == ["新章节"]


def test_save_copy_over_a_crashed_report(tmp_path):
    target = tmp_path / "r.db"
    leave_stale_wal(target)
    with ReportStore.create(tmp_path / "source.db") as source:
        source.set_properties(title="另存的报告")
        source.add_section(None, title="另存的章节")
        source.save_copy(target)
    report, verdict = read_back(target)
    assert verdict == "ok" and report.properties.title == "另存的报告"
    assert [s.title for s in report.sections] == ["另存的章节"]


def test_export_over_a_crashed_file(tmp_path):
    from township_app.submission import export_submission, open_submission

    target = tmp_path / "上报.db"
    leave_stale_wal(target)
    with ReportStore.create(tmp_path / "source.db") as source:
        source.set_properties(title="上报的报告", township="晓坪乡")
    export_submission(tmp_path / "source.db", target, None, False)
    assert open_submission(target).report.properties.title == "上报的报告"
    assert not Path(f"{target}-wal").exists()


# ---- 2. every command that writes honours the window's lock ---------------------------------
def test_command_line_refuses_a_report_open_elsewhere(tmp_path, new_text):
    target = tmp_path / "report.db"
    with ReportStore.create(target) as s:
        s.set_properties(title="窗口里正在编辑")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(ROOT), str(target)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "OPEN"
        before = target.read_bytes()
        done = cli("import", str(new_text), "-o", str(target), "--force")
        assert done.returncode == 2
        assert "正在被" in done.stderr and "Traceback" not in done.stderr
        source = tmp_path / "source.db"
        ReportStore.create(source).close()
        done = cli("export", str(source), "-o", str(target), "--force", "--allow-errors")
        assert done.returncode == 2 and "正在被" in done.stderr
        assert target.read_bytes() == before
        assert not Path(f"{target}.part").exists()
    finally:
        holder.kill()
        holder.wait()
    report, _ = read_back(target)
    assert report.properties.title == "窗口里正在编辑"


# ---- 5. the lock file never follows a link ----------------------------------------------------
def test_lock_file_that_is_a_symlink_is_refused_and_its_target_untouched(tmp_path):
    report = tmp_path / "report.db"
    ReportStore.create(report).close()
    victim = tmp_path / "别的重要文件.txt"
    victim.write_text("不能被清空的内容", encoding="utf-8")
    lock_path_for(report).symlink_to(victim)
    with pytest.raises(LockFileError) as err:
        acquire_report_lock(report)
    assert "链接" in str(err.value)
    assert victim.read_text(encoding="utf-8") == "不能被清空的内容"
    assert lock_path_for(report).is_symlink()  # not deleted either


def test_lock_file_that_is_a_hard_link_is_refused(tmp_path):
    report = tmp_path / "report.db"
    ReportStore.create(report).close()
    victim = tmp_path / "别的文件.txt"
    victim.write_text("原样", encoding="utf-8")
    os.link(victim, lock_path_for(report))
    with pytest.raises(LockFileError):
        acquire_report_lock(report)
    assert victim.read_text(encoding="utf-8") == "原样"


def test_import_over_a_report_with_a_symlinked_lock_leaves_the_target_alone(tmp_path):
    """Through the command that writes: refused with the reason, the link's target unchanged."""
    report = tmp_path / "report.db"
    ReportStore.create(report).close()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"x" * 1000)
    lock_path_for(report).symlink_to(victim)
    src = tmp_path / "a.txt"
    src.write_text("标题\n一、章\n正文\n", encoding="utf-8")
    done = cli("import", str(src), "-o", str(report), "--force")
    assert done.returncode == 2 and "链接" in done.stderr
    assert victim.read_bytes() == b"x" * 1000


# ---- 9. an export killed during its VACUUM does not break the next one ----------------------
#: the export command, with a thread that SIGKILLs the process the moment the staged file's
#: rollback journal appears: VACUUM writes the compacted copy back under that journal (the
#: sqlite3 module lets other threads run while SQLite works), so the kill lands inside it
EXPORT_KILLED_IN_VACUUM = textwrap.dedent("""
    import os, signal, sys, threading
    sys.path.insert(0, sys.argv[1])
    from township_app.cli import main
    journal = sys.argv[3] + ".part-journal"
    vacuuming = threading.Event()

    def kill_when_the_journal_appears():
        vacuuming.wait()
        while not os.path.exists(journal):
            pass
        os.kill(os.getpid(), signal.SIGKILL)

    import sqlite3
    class Watched(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql == "VACUUM":
                vacuuming.set()
            return super().execute(sql, *args)

    real_connect = sqlite3.connect
    sqlite3.connect = lambda *a, **k: real_connect(*a, **k, factory=Watched)
    threading.Thread(target=kill_when_the_journal_appears, daemon=True).start()
    main(["export", sys.argv[2], "-o", sys.argv[3], "--allow-errors"])
    print("the export finished: the kill never came", flush=True)
""")


def test_export_killed_during_vacuum_then_export_again(tmp_path):
    source = tmp_path / "大报告.db"
    with ReportStore.create(source) as s:
        s.set_properties(title="大报告", township="晓坪乡")
        with s.transaction():
            for i in range(40):
                s.add_section(None, title=f"第{i}节", body=f"第{i}节正文，全乡完成投资。" * 1000)
    target = tmp_path / "上报.db"
    part = Path(f"{target}.part")
    killed = subprocess.run([sys.executable, "-c", EXPORT_KILLED_IN_VACUUM, str(ROOT),
                             str(source), str(target)], capture_output=True, text=True,
                            timeout=300)
    assert killed.returncode == -signal.SIGKILL, (killed.stdout, killed.stderr[-2000:])
    assert part.exists() and Path(f"{part}-journal").exists()  # what the kill left
    assert not target.exists()
    done = cli("export", str(source), "-o", str(target), "--allow-errors")
    assert done.returncode == 0, done.stderr
    from township_app.submission import open_submission

    assert open_submission(target).report.properties.title == "大报告"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("上报")) == ["上报.db"]


# ---- 9. import into a full disk leaves nothing behind ------------------------------------------
def test_import_into_a_full_disk_leaves_nothing(tmp_path):
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    src = tmp_path / "长报告.txt"
    src.write_text("长报告\n" + "".join(f"{i + 1}、第{i}节\n" + "正文很长。" * 2000 + "\n"
                                        for i in range(20)), encoding="utf-8")
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(small)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        done = cli("import", str(src), "-o", str(small / "r.db"))
        assert done.returncode == 2
        assert "磁盘空间不足" in done.stderr and ".part" not in done.stderr
        assert "Traceback" not in done.stderr
        assert sorted(p.name for p in small.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)


# ---- 11. the report's folder disappears --------------------------------------------------------
def test_store_notices_its_folder_is_gone(tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    with ReportStore.create(folder / "r.db") as s:
        sid = s.add_section(None, title="章节")
        assert s.location_problem() == ""
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
        s.update_section(sid, body="写进了虚空")  # SQLite says yes: the file is still open
        problem = s.location_problem()
        assert "文件夹已不存在" in problem and "另存为" in problem
        s.save_copy(tmp_path / "救回.db")  # what the window offers: nothing typed is lost
    report, verdict = read_back(tmp_path / "救回.db")
    assert verdict == "ok" and report.sections[0].body == "写进了虚空"


def test_store_notices_a_lazy_unmount(tmp_path):
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    stick = tmp_path / "stick"
    stick.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(stick)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        s = ReportStore.create(stick / "r.db")
        sid = s.add_section(None, title="章节")
        subprocess.run(["umount", "-l", str(stick)], check=True)
        s.update_section(sid, body="拔出之后的修改")
        assert "已不在原处" in s.location_problem() or "文件夹已不存在" in s.location_problem()
        s.save_copy(tmp_path / "救回.db")
        s.close()
    finally:
        subprocess.run(["umount", "-l", str(stick)], capture_output=True)
    report, _ = read_back(tmp_path / "救回.db")
    assert report.sections[0].body == "拔出之后的修改"


# ---- 10/12. permissions, as an ordinary user: read-only is not "damaged" ----------------------
AS_USER = """
import sys
sys.path.insert(0, sys.argv[1])
from township_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_permissions_for_an_ordinary_user(tmp_path):
    """As root, drop to `nobody` for real: a report it may not read, and one in a folder
    it may not write (a locked-down office PC, a shared folder)."""
    import shutil
    import tempfile

    setpriv = shutil.which("setpriv")
    if sys.platform != "linux" or os.geteuid() != 0 or not setpriv:
        pytest.skip("needs root and setpriv to become an ordinary user")
    work = Path(tempfile.mkdtemp(prefix="township-perm-"))
    try:
        os.chmod(work, 0o755)
        secret = work / "别人的报告.db"
        ReportStore.create(secret).close()
        os.chmod(secret, 0o600)  # root's, not readable by nobody
        shared = work / "共享文件夹"
        shared.mkdir()
        with ReportStore.create(shared / "报告.db") as s:  # WAL mode, closed cleanly
            s.add_section(None, title="一、总体情况", body="全年完成投资XX万元。")
        os.chmod(shared, 0o555)
        os.chmod(shared / "报告.db", 0o644)

        def as_nobody(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
                                   sys.executable, "-c", AS_USER, str(ROOT), *args],
                                  capture_output=True, text=True, timeout=120, cwd=work)

        done = as_nobody("check", str(secret))
        if "No module named" in done.stderr or "Permission denied: '/" in done.stderr:
            pytest.skip(f"user nobody cannot run the program here: {done.stderr[-300:]}")
        assert done.returncode == 2
        assert "权限" in done.stderr and "损坏" not in done.stderr
        done = as_nobody("check", str(shared / "报告.db"))
        # a result: read-only is readable (the placeholder in it is an error: exit 1)
        assert done.returncode == 1, done.stderr
        assert "占位符“XX”未填写" in done.stdout
        assert sorted(p.name for p in shared.iterdir()) == ["报告.db"]
    finally:
        shutil.rmtree(work, ignore_errors=True)

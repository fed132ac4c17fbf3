"""Saving a copy (另存为/导出/备份) into a full disk, a read-only folder, a vanished USB stick.

Real faults, not mocks: a tiny tmpfs that fills up, a read-only mount, a deleted
folder, a path through a regular file. Mounting needs root (skipped otherwise). After
every failure the user gets a Chinese reason and the open report is unharmed.
"""
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from township_app import cli
from township_app.backups import BackupError, make_backup
from township_app.store import ReportStore, StoreError


@contextmanager
def tmpfs(where: Path, size: str, read_only: bool = False):
    """A real small file system at `where`, gone again afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root on Linux")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def store(tmp_path):
    """An open report of about 400 KB (bodies of long Chinese text)."""
    s = ReportStore.create(tmp_path / "报告.db")
    s.set_properties(title="晓坪乡2018年工作总结")
    for i in range(30):
        sid = s.add_section(None, title=f"第{i}节", body="全乡完成固定资产投资1.2亿元。" * 400)
        s.add_indicator(sid, name="投资", value=f"{i}.5", unit="亿元")
    yield s
    s.close()


def assert_unharmed(store: ReportStore, before):
    """Same content, still editable, file intact on disk."""
    assert store.load_report() == before
    sid = store.add_section(None, title="失败之后还能编辑")
    store.delete_section(sid)
    assert store.load_report() == before
    other = sqlite3.connect(store.path)
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    other.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_full_disk(store, tmp_path):
    before = store.load_report()
    with tmpfs(tmp_path / "small", "64k") as small:
        with pytest.raises(StoreError) as err:
            store.save_copy(small / "副本.db")
        assert "磁盘空间不足" in str(err.value)
        assert leftovers(small) == []  # no half-written .part left to confuse anyone
    assert_unharmed(store, before)


def test_full_disk_keeps_the_previous_copy(store, tmp_path):
    """The county's copy from last week must survive a failed overwrite."""
    small_report = tmp_path / "小.db"
    with ReportStore.create(small_report) as tiny:
        tiny.set_properties(title="上周的副本")
        tiny.add_section(None, title="一节")
        with tmpfs(tmp_path / "usb", "200k") as usb:
            tiny.save_copy(usb / "报送.db")
            old = (usb / "报送.db").read_bytes()
            before = store.load_report()
            with pytest.raises(StoreError) as err:
                store.save_copy(usb / "报送.db")
            assert "磁盘空间不足" in str(err.value)
            assert (usb / "报送.db").read_bytes() == old
            assert leftovers(usb) == ["报送.db"]
            with ReportStore(usb / "报送.db", read_only=True) as copy:
                assert copy.properties().title == "上周的副本"
    assert_unharmed(store, before)


def test_read_only_mount(store, tmp_path):
    before = store.load_report()
    with tmpfs(tmp_path / "cdrom", "64k", read_only=True) as cdrom:
        with pytest.raises(StoreError) as err:
            store.save_copy(cdrom / "副本.db")
        assert "没有写入权限" in str(err.value)
    assert_unharmed(store, before)


def test_read_only_folder_by_permissions(store, tmp_path):
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions do not stop writes (see test_read_only_mount)")
        before = store.load_report()
        with pytest.raises(StoreError) as err:
            store.save_copy(folder / "副本.db")
        assert "没有写入权限" in str(err.value)
        assert_unharmed(store, before)
    finally:
        folder.chmod(0o700)


NOBODY_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from township_app.store import ReportStore, StoreError
print("imported", flush=True)
work = sys.argv[2]
store = ReportStore.create(work + "/报告.db")
store.add_section(None, title="一节", body="正文")
try:
    store.save_copy(work + "/只读/副本.db")
except StoreError as exc:
    print(exc)
store.add_section(None, title="失败之后还能编辑")
print(len(store.sections()))
store.close()
"""


def test_read_only_folder_for_an_ordinary_user(tmp_path):
    """As root, drop to `nobody` for real: the case a locked-down office PC has."""
    setpriv = shutil.which("setpriv")
    if sys.platform != "linux" or os.geteuid() != 0 or not setpriv:
        pytest.skip("needs root and setpriv to become an ordinary user")
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="township-nobody-"))
    try:
        os.chown(work, 65534, 65534)
        (work / "只读").mkdir(mode=0o500)
        os.chown(work / "只读", 65534, 65534)
        os.chmod(work / "只读", 0o500)
        result = subprocess.run(
            [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             "-c", NOBODY_SCRIPT, str(Path(__file__).resolve().parent.parent), str(work)],
            capture_output=True, text=True, timeout=60)
        if not result.stdout.startswith("imported"):  # e.g. the checkout is in root's home
            pytest.skip(f"user nobody cannot run the program here: {result.stderr[-300:]}")
        assert result.returncode == 0, result.stderr[-3000:]
        message, count = result.stdout.strip().splitlines()[1:]
        assert "没有写入权限" in message
        assert count == "2"
        assert list((work / "只读").iterdir()) == []
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_vanished_folder(store, tmp_path):
    folder = tmp_path / "U盘" / "报送"
    folder.mkdir(parents=True)
    shutil.rmtree(tmp_path / "U盘")  # chosen in the dialog, then the stick was pulled
    before = store.load_report()
    with pytest.raises(StoreError) as err:
        store.save_copy(folder / "副本.db")
    assert "不存在" in str(err.value) and "U盘" in str(err.value)
    assert_unharmed(store, before)


def test_unmounted_stick(store, tmp_path):
    before = store.load_report()
    with tmpfs(tmp_path / "stick", "1m") as stick:
        (stick / "报送").mkdir()
        store.save_copy(stick / "报送" / "第一次.db")  # works while it is in
    stick.rmdir()
    with pytest.raises(StoreError) as err:
        store.save_copy(stick / "报送" / "第二次.db")
    assert "不存在" in str(err.value)
    assert_unharmed(store, before)


def test_path_through_a_regular_file(store, tmp_path):
    blocker = tmp_path / "同名文件"
    blocker.write_text("不是文件夹")
    before = store.load_report()
    with pytest.raises(StoreError) as err:
        store.save_copy(blocker / "副本.db")
    assert "不是文件夹" in str(err.value)
    assert blocker.read_text() == "不是文件夹"
    assert_unharmed(store, before)


def test_backup_into_a_full_disk(store, tmp_path, monkeypatch):
    before = store.load_report()
    with tmpfs(tmp_path / "data", "64k") as data:
        monkeypatch.setenv("TOWNSHIP_APP_DATA", str(data))
        with pytest.raises(BackupError) as err:
            make_backup(store.path)
        assert "磁盘空间不足" in str(err.value)
        folder_files = [p for p in data.rglob("*") if p.is_file()]
        assert folder_files == []
    assert_unharmed(store, before)


@pytest.mark.parametrize("command", ["export", "pdf", "docx"])
def test_cli_writers_into_bad_targets(store, tmp_path, capsys, command):
    assert command in cli._command_modules()  # a renamed command fails, never skips
    blocker = tmp_path / "同名文件"
    blocker.write_text("x")
    suffix = {"export": ".db", "pdf": ".pdf", "docx": ".docx"}[command]
    before = store.load_report()
    for target in (tmp_path / "没有这个文件夹" / f"out{suffix}", blocker / f"out{suffix}"):
        extra = ["--allow-errors"] if command == "export" else []  # reach the writing step
        code = cli.main([command, str(store.path), "-o", str(target), *extra])
        err = capsys.readouterr().err
        assert code == 2, err
        assert "Traceback" not in err and any("\u4e00" <= ch <= "\u9fff" for ch in err)
        assert not target.exists()
    assert_unharmed(store, before)


def test_reason_mapping_is_not_fooled_by_paths():
    """A path containing "full" is not a full disk."""
    from township_app.store import os_reason

    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", "/home/fuller/full.db")
    assert "不存在" in os_reason(exc)

"""Rotating copies on open; restore that can itself be undone."""
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from township_app.backups import (
    KEEP, BackupError, BackupInfo, backup_folder, list_backups, make_backup, restore_backup,
)
from township_app.file_lock import ReportLockedError, acquire_report_lock
from township_app.model import Report, ReportProperties, Section
from township_app.store import ReportStore

ROOT = Path(__file__).resolve().parent.parent


def new_report(path: Path, title: str = "晓坪乡2018年工作总结", n_sections: int = 2) -> Path:
    report = Report(ReportProperties(title=title), [
        Section(id=i + 1, parent_id=None, position=i, title=f"第{i + 1}节", body="正文" * (i + 1))
        for i in range(n_sections)])
    ReportStore.create(path, report).close()
    return path


def titles(report_path: Path) -> list[str]:
    return [b.title for b in list_backups(report_path)]


def test_backup_of_an_open_report_has_the_latest_edits(tmp_path, isolated_user_data):
    path = new_report(tmp_path / "r.db")
    store = ReportStore(path)
    sid = store.add_section(None, title="刚加的一节")
    store.add_indicator(sid, name="户数", value="12", unit="户")
    assert Path(f"{path}-wal").exists()  # the edits are still only in the WAL
    copy = make_backup(path)
    store.close()
    assert copy.parent == backup_folder(path)
    assert isolated_user_data in copy.parents
    assert not Path(f"{copy}-wal").exists()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with ReportStore(copy, read_only=True) as s:
        assert [x.title for x in s.sections()][-1] == "刚加的一节"
        assert s.indicators()[0].value == "12"
    (info,) = list_backups(path)
    assert info == BackupInfo(copy, info.created_at, copy.stat().st_size,
                              title="晓坪乡2018年工作总结", sections=3, indicators=1,
                              characters=info.characters)
    assert info.readable and info.characters > 10
    with ReportStore(copy, read_only=True) as s:
        assert info.characters == s.total_characters()  # the 字数 the editor shows


def test_unchanged_file_is_not_copied_again_changed_one_is(tmp_path):
    path = new_report(tmp_path / "r.db")
    first = make_backup(path)
    with ReportStore(path):  # opening and closing alone changes nothing worth a copy
        pass
    assert make_backup(path) == first
    with ReportStore(path) as s:
        s.set_properties(title="改过的标题")
    second = make_backup(path)
    assert second != first
    assert titles(path) == ["改过的标题", "晓坪乡2018年工作总结"]


def test_keeps_the_newest_ten(tmp_path):
    path = new_report(tmp_path / "r.db")
    with ReportStore(path) as s:
        for i in range(KEEP + 3):
            s.set_properties(title=f"第{i}版")
            make_backup(path)
    assert titles(path) == [f"第{i}版" for i in reversed(range(3, KEEP + 3))]
    infos = list_backups(path)
    assert [i.created_at for i in infos] == sorted((i.created_at for i in infos), reverse=True)
    assert len(list(backup_folder(path).iterdir())) == KEEP  # no .part or -wal leftovers


def test_folder_is_stable_per_file_and_distinct_for_same_names(tmp_path):
    a = new_report((tmp_path / "甲").mkdir() or tmp_path / "甲" / "工作总结.db", title="甲")
    b = new_report((tmp_path / "乙").mkdir() or tmp_path / "乙" / "工作总结.db", title="乙")
    assert backup_folder(a) == backup_folder(tmp_path / "甲" / "." / "工作总结.db")
    assert backup_folder(a) != backup_folder(b)
    assert backup_folder(a).name.startswith("工作总结-")
    make_backup(a)
    make_backup(b)
    assert titles(a) == ["甲"] and titles(b) == ["乙"]


def test_restore_replaces_report_and_can_be_undone(tmp_path):
    path = new_report(tmp_path / "r.db", title="原稿")
    old_copy = make_backup(path)
    with ReportStore(path) as s:
        s.set_properties(title="改坏了")
        s.delete_section(s.child_ids(None)[0])
    saved = restore_backup(list_backups(path)[0], path)
    with ReportStore(path) as s:
        assert s.properties().title == "原稿" and len(s.sections()) == 2
    with ReportStore(saved, read_only=True) as s:  # the replaced state was kept
        assert s.properties().title == "改坏了" and len(s.sections()) == 1
    assert saved != old_copy and old_copy.exists()
    restore_backup(saved, path)  # undo the restore
    with ReportStore(path) as s:
        assert s.properties().title == "改坏了"


def test_restore_over_a_crashed_report_ignores_its_stale_wal(tmp_path):
    good = new_report(tmp_path / "good.db", title="备份时")
    crashed = tmp_path / "crashed.db"
    shutil.copy(good, crashed)
    copy = make_backup(crashed)
    store = ReportStore(crashed)
    store.set_properties(title="崩溃前最后一次修改")
    for i in range(50):
        store.add_section(None, title=f"崩溃前{i}")
    # the state a power cut leaves: main file plus a -wal holding the last edits
    wal_state = tmp_path / "snapshot"
    wal_state.mkdir()
    shutil.copy(crashed, wal_state / "crashed.db")
    shutil.copy(f"{crashed}-wal", wal_state / "crashed.db-wal")
    store._conn.close()
    store._conn = None
    for name in ("crashed.db", "crashed.db-wal"):
        shutil.copy(wal_state / name, tmp_path / name)
    Path(f"{crashed}-shm").unlink(missing_ok=True)

    saved = restore_backup(copy, crashed)
    assert not Path(f"{crashed}-wal").exists()
    with ReportStore(crashed) as s:
        assert s.properties().title == "备份时" and len(s.sections()) == 2
        assert s._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with ReportStore(saved, read_only=True) as s:  # the WAL's edits went into the saved copy
        assert s.properties().title == "崩溃前最后一次修改" and len(s.sections()) == 52


def test_unreadable_current_file_is_kept_byte_for_byte(tmp_path):
    path = new_report(tmp_path / "r.db")
    copy = make_backup(path)
    garbage = b"\x00\xffnot sqlite at all" * 500
    path.write_bytes(garbage)
    with pytest.raises(BackupError) as err:
        make_backup(path)
    assert "无法备份" in str(err.value)
    saved = restore_backup(copy, path)
    assert saved.name.endswith("-damaged.db") and saved.read_bytes() == garbage
    listed = {b.path: b for b in list_backups(path)}
    assert not listed[saved].readable and listed[copy].readable
    with ReportStore(path) as s:
        assert len(s.sections()) == 2


@pytest.mark.parametrize("damage", ["truncate", "foreign", "missing"])
def test_broken_backup_is_refused_and_report_untouched(tmp_path, damage):
    path = new_report(tmp_path / "r.db")
    copy = make_backup(path)
    with ReportStore(path) as s:
        s.set_properties(title="现在的")
    before = path.read_bytes()
    if damage == "truncate":
        copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    elif damage == "foreign":
        copy.unlink()
        conn = sqlite3.connect(copy)
        conn.execute("create table t(x)")
        conn.close()
    else:
        copy.unlink()
    with pytest.raises(BackupError) as err:
        restore_backup(copy, path)
    assert "无法恢复" in str(err.value)
    assert path.read_bytes() == before
    for info in list_backups(path):  # listing a broken copy never crashes
        assert info.problem


def test_restore_refused_while_another_program_has_the_report(tmp_path):
    path = new_report(tmp_path / "r.db", title="原稿")
    copy = make_backup(path)
    with ReportStore(path) as s:
        s.set_properties(title="另一个程序正在编辑")
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            sys.path.insert(0, sys.argv[1])
            from township_app.file_lock import acquire_report_lock
            lock = acquire_report_lock(sys.argv[2])
            print("LOCKED", flush=True)
            sys.stdin.readline()
        """), str(ROOT), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        with pytest.raises(ReportLockedError):
            restore_backup(copy, path)
    finally:
        holder.stdin.close()
        holder.wait(10)
    with ReportStore(path) as s:
        assert s.properties().title == "另一个程序正在编辑"
    with acquire_report_lock(path) as lock:  # the GUI, holding its own lock, passes it
        restore_backup(copy, path, held_lock=lock)
        assert lock.held
    with ReportStore(path) as s:
        assert s.properties().title == "原稿"


def test_failures_have_chinese_messages(tmp_path, monkeypatch):
    with pytest.raises(BackupError) as err:
        make_backup(tmp_path / "不存在.db")
    assert "不存在" in str(err.value)
    path = new_report(tmp_path / "r.db")
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    monkeypatch.setenv("TOWNSHIP_APP_DATA", str(blocker / "data"))
    with pytest.raises(BackupError) as err:
        make_backup(path)
    assert "备份文件夹" in str(err.value)


def test_rotation_past_keep_removes_oldest_and_tolerates_parts(tmp_path):
    """Rotation with a leftover .part copy in the folder (regression: a misplaced line
    made every rotation that removed nothing raise UnboundLocalError)."""
    from township_app.backups import backup_folder, list_backups, make_backup
    from township_app.store import ReportStore

    path = tmp_path / "r.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="甲")
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "leftover.db.part").write_bytes(b"x")
    for k in range(4):
        with ReportStore(path) as s:
            s.update_section(sid, body=f"第{k}版")
        make_backup(path, keep=3)
    assert len(list_backups(path)) == 3

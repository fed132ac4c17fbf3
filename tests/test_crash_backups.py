"""SIGKILL during backups and restores: no half copy is ever listed, no report half restored."""
import random
import sqlite3
import sys
from pathlib import Path

import pytest

from line_child import LineChild
from township_app.backups import backup_folder, list_backups, make_backup
from township_app.store import ReportStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parent.parent

BACKUP_LOOP = r'''
import sys
sys.path.insert(0, sys.argv[1])
from township_app.backups import make_backup
from township_app.store import ReportStore
store = ReportStore(sys.argv[2])
print("ready", flush=True)
for i in range(100000):
    store.set_properties(title=f"第{i}版")
    store.add_section(None, title=f"第{i}节", body="正文" * 2000)
    make_backup(sys.argv[2])
    print(i, flush=True)
'''

RESTORE_LOOP = r'''
import sys
sys.path.insert(0, sys.argv[1])
from township_app.backups import restore_backup
print("ready", flush=True)
for i in range(100000):
    restore_backup(sys.argv[3 + i % 2], sys.argv[2])
    print(i, flush=True)
'''


def kill_after(script: str, args: list[str], rounds: int, stderr_file: Path) -> list[int]:
    """SIGKILL the child as soon as it has reported `rounds` rounds (it is inside the next
    one then); the rounds it reported in all."""
    child = LineChild([sys.executable, "-c", script, str(ROOT), *args], stderr_file)
    assert child.wait_for_lines(1)[0] == "ready"
    child.wait_for_lines(1 + rounds)
    done = [int(x) for x in child.kill()[1:]]
    assert done == list(range(len(done))) and len(done) >= rounds
    return done


#: rounds before each kill: right after starting (inside the first copy), then later ones
ROUNDS_BEFORE_KILL = [(0, 1), (0, 3), (1, 4), (2, 6), (3, 9), (5, 14)]


def test_killed_while_backing_up(tmp_path):
    rng = random.Random("backups")
    path = tmp_path / "r.db"
    ReportStore.create(path).close()
    for lo, hi in ROUNDS_BEFORE_KILL:
        done = kill_after(BACKUP_LOOP, [str(path)], rng.randrange(lo, hi), tmp_path / "err.txt")
        infos = list_backups(path)
        # killed before its first copy was complete, there may be none yet
        assert infos or not done, done
        assert all(i.readable for i in infos), [i.problem for i in infos]
        for info in infos:
            conn = sqlite3.connect(info.path)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
        if done:  # the newest reported copy is there, with the edit made before it
            with ReportStore(infos[0].path, read_only=True) as s:
                version = int(s.properties().title[1:-1])
            assert version >= done[-1]
        assert len(infos) <= 11  # a kill between adding a copy and rotating leaves one extra
    assert make_backup(path).exists()  # and the next run's backup works despite leftovers


def test_killed_while_restoring(tmp_path):
    rng = random.Random("restores")
    path = tmp_path / "r.db"
    sources = []
    for name, sections in (("甲", 3), ("乙", 40)):
        with ReportStore.create(tmp_path / f"{name}.db") as s:
            s.set_properties(title=name)
            for k in range(sections):
                s.add_section(None, title=f"{name}{k}", body="字" * 3000)
        sources.append(tmp_path / f"{name}.db")
    with ReportStore.create(path) as s:
        s.set_properties(title="原件")
    states = {"甲": 3, "乙": 40, "原件": 0}
    for lo, hi in ROUNDS_BEFORE_KILL:
        kill_after(RESTORE_LOOP, [str(path), *map(str, sources)], rng.randrange(lo, hi),
                   tmp_path / "err.txt")
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with ReportStore(path) as s:  # always one whole version, never a mix
            title = s.properties().title
            assert title in states and len(s.sections()) == states[title]
        # the original never got lost: it is in the backups unless it is still the report
        titles = {b.title for b in list_backups(path) if b.readable} | {title}
        # a kill between adding a copy and rotating may leave 11 for a moment
        assert "原件" in titles or len(list_backups(path)) >= 10
    assert not list(backup_folder(path).glob("*-damaged.db"))

"""SIGKILL during backups and restores: no half copy is ever listed, no report half restored."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

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


def kill_after(script: str, args: list[str], seconds: float, env: dict) -> list[int]:
    child = subprocess.Popen([sys.executable, "-c", script, str(ROOT), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL, err[-2000:]
    return [int(x) for x in out.split()]


def test_killed_while_backing_up(tmp_path):
    rng = random.Random("backups")
    env = dict(os.environ)
    path = tmp_path / "r.db"
    ReportStore.create(path).close()
    done_total = 0
    for _ in range(6):
        done = kill_after(BACKUP_LOOP, [str(path)], rng.uniform(0.05, 0.4), env)
        done_total += len(done)
        infos = list_backups(path)
        # killed before its first copy was complete (a slow machine), there may be none yet
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
    assert done_total > 5
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
    for _ in range(6):
        kill_after(RESTORE_LOOP, [str(path), *map(str, sources)], rng.uniform(0.05, 0.4),
                   dict(os.environ))
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

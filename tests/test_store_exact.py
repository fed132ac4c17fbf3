"""Issue 15 · 2: the store's promises checked exactly — it never writes into someone else's
file, a multi-statement edit is all or nothing, rows move where asked, re-added rows keep
their ids. Expected values are written out here, never read back from the store's code."""
import hashlib
import sqlite3

import pytest

from township_app.model import Indicator, Report, ReportProperties, Section
from township_app.store import ReportStore, StoreError


@pytest.fixture
def store(tmp_path):
    s = ReportStore.create(tmp_path / "r.db")
    yield s
    s.close()


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path):
    """What SQLite may keep beside a database it wrote to."""
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


# ---- creating over a file that is not free -------------------------------------------------
def foreign_sqlite(path, *, wal=False):
    """Someone else's database: a table of theirs with a row, nothing of ours."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('张三')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("wal", [False, True])
def test_create_refuses_someone_elses_database_and_leaves_it_as_it_was(tmp_path, wal):
    path = tmp_path / "客户名单.db"
    foreign_sqlite(path, wal=wal)
    before = fingerprint(path)
    with pytest.raises(StoreError) as err:
        ReportStore.create(path, Report(ReportProperties(title="新报告"), [
            Section(id=1, parent_id=None, position=0, title="甲")], []))
    assert str(err.value) == "“客户名单.db”已存在且不是空文件，不能在其上新建报告。"
    assert fingerprint(path) == before
    assert side_files(path) == []  # no -wal/-shm/-journal left beside their file
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["customers"]
    assert conn.execute("SELECT name FROM customers").fetchall() == [("张三",)]
    assert conn.execute("PRAGMA user_version").fetchone() == (0,)
    assert conn.execute("PRAGMA application_id").fetchone() == (0,)
    conn.close()


def test_create_refuses_a_database_with_only_a_version_and_one_of_ours(tmp_path):
    versioned = tmp_path / "v.db"
    conn = sqlite3.connect(versioned)
    conn.execute("PRAGMA user_version = 7")  # no table, but not a blank file either
    conn.close()
    ours = tmp_path / "ours.db"
    with ReportStore.create(ours) as s:
        s.add_section(None, title="已有的报告")
    for path in (versioned, ours):
        before = fingerprint(path)
        with pytest.raises(StoreError) as err:
            ReportStore.create(path)
        assert str(err.value) == f"“{path.name}”已存在且不是空文件，不能在其上新建报告。"
        assert fingerprint(path) == before
    with ReportStore(ours) as s:
        assert [x.title for x in s.sections()] == ["已有的报告"]


@pytest.mark.parametrize("content", [b"PK\x03\x04 a .docx, not a database" * 20,
                                     "一份文本文件\n".encode("utf-8") * 50])
def test_create_refuses_a_file_that_is_not_a_database_without_calling_it_damaged(tmp_path,
                                                                                  content):
    path = tmp_path / "工作总结.docx"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        ReportStore.create(path)
    assert str(err.value) == "“工作总结.docx”已存在且不是空文件，不能在其上新建报告。"
    assert path.read_bytes() == content
    assert side_files(path) == []


def test_create_under_a_file_used_as_a_folder_says_so(tmp_path):
    plain = tmp_path / "说明.txt"
    plain.write_text("不是文件夹", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        ReportStore.create(plain / "r.db")
    assert str(err.value) == "无法建立“r.db”：目标路径无效：其中有一段是文件而不是文件夹。"
    assert plain.read_text(encoding="utf-8") == "不是文件夹"


def test_create_takes_an_empty_file(tmp_path):
    path = tmp_path / "空.db"
    path.write_bytes(b"")
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    with ReportStore(path) as s:
        assert [x.title for x in s.sections()] == ["甲"]


# ---- transactions: all or nothing ----------------------------------------------------------
def test_transaction_really_opens_one_and_a_failure_undoes_its_earlier_statements(store):
    sid = store.add_section(None, title="原标题")
    assert not store._conn.in_transaction
    with pytest.raises(RuntimeError):
        with store.transaction():
            assert store._conn.in_transaction
            store.update_section(sid, title="改了一半")  # joins the open transaction
            assert store._conn.in_transaction
            raise RuntimeError("failure after the first statement")
    assert not store._conn.in_transaction
    assert store.section(sid).title == "原标题"
    other = sqlite3.connect(store.path)
    assert other.execute("SELECT title FROM sections").fetchall() == [("原标题",)]
    other.close()


def test_a_transaction_takes_the_write_lock_before_its_first_read(store):
    """BEGIN IMMEDIATE: an edit that reads first (positions, counts) cannot find another
    writer in the file halfway through and fail there with "database is locked"."""
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.transaction():
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the edit is done
        other.execute("ROLLBACK")
    finally:
        other.close()


def inject_failure(store, sql):
    """A statement inside the store's own edit fails: a TEMP trigger lives only in this
    connection (never in the file) and aborts the statement that matches."""
    store._conn.execute(f"CREATE TEMP TRIGGER injected {sql} "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")


def file_contents(path):
    """What another program reading the file now sees."""
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT id, parent_id, position, title, body FROM sections "
                             "ORDER BY id").fetchall(),
                conn.execute("SELECT id, section_id, position, name, value FROM indicators "
                             "ORDER BY id").fetchall())
    finally:
        conn.close()


@pytest.fixture
def tree(store):
    """一 甲 (乙 with two rows, 丙), 二 丁 (one row)."""
    a = store.add_section(None, title="甲")
    b = store.add_section(a, title="乙", body="乙的正文")
    c = store.add_section(a, title="丙")
    d = store.add_section(None, title="丁")
    store.add_indicator(b, name="户数", value="12")
    store.add_indicator(b, name="人数", value="30")
    store.add_indicator(d, name="面积", value="5.5")
    return store, (a, b, c, d)


EXPECTED_TREE = (
    [(1, None, 0, "甲", ""), (2, 1, 0, "乙", "乙的正文"), (3, 1, 1, "丙", ""),
     (4, None, 1, "丁", "")],
    [(1, 2, 0, "户数", "12"), (2, 2, 1, "人数", "30"), (3, 4, 0, "面积", "5.5")])


@pytest.mark.parametrize("edit, trigger", [
    # the children are deleted first; the parent's delete fails after them
    (lambda s, ids: s.delete_section(ids[0]),
     "BEFORE DELETE ON main.sections WHEN old.title = '甲'"),
    # the siblings' positions are shifted, then the moved section's own update fails
    (lambda s, ids: s.move_section(ids[3], ids[0], 0),
     "BEFORE UPDATE OF parent_id ON main.sections WHEN new.parent_id IS NOT NULL"),
    # rows are renumbered one by one; the second renumbering fails
    (lambda s, ids: s.move_indicator(2, 0),
     "BEFORE UPDATE OF position ON main.indicators WHEN old.id = 1"),
    # the later rows make room, then the insert fails
    (lambda s, ids: s.add_indicator(ids[1], 0, name="新行"),
     "BEFORE INSERT ON main.indicators"),
    (lambda s, ids: s.add_section(None, 0, title="新节"),
     "BEFORE INSERT ON main.sections"),
    # the row is deleted, then the renumbering of the rows after it fails
    (lambda s, ids: s.delete_indicator(1),
     "BEFORE UPDATE OF position ON main.indicators"),
])
def test_a_failure_inside_an_edit_leaves_nothing_half_written(tree, edit, trigger):
    store, ids = tree
    assert file_contents(store.path) == EXPECTED_TREE
    inject_failure(store, trigger)
    with pytest.raises(sqlite3.IntegrityError, match="injected failure"):
        edit(store, ids)
    assert not store._conn.in_transaction
    assert file_contents(store.path) == EXPECTED_TREE
    store._conn.execute("DROP TRIGGER temp.injected")
    store.update_section(ids[3], body="之后的修改照常保存")
    assert file_contents(store.path)[0][3] == (4, None, 1, "丁", "之后的修改照常保存")


def test_a_failure_while_restoring_a_subtree_restores_none_of_it(tree):
    store, (a, b, c, d) = tree
    snapshot = store.delete_section(a)
    after_delete = ([(4, None, 0, "丁", "")], [(3, 4, 0, "面积", "5.5")])
    assert file_contents(store.path) == after_delete
    inject_failure(store, "BEFORE INSERT ON main.indicators")  # sections in, then rows fail
    with pytest.raises(sqlite3.IntegrityError):
        store.restore_subtree(snapshot)
    assert file_contents(store.path) == after_delete
    store._conn.execute("DROP TRIGGER temp.injected")
    store.restore_subtree(snapshot)
    assert file_contents(store.path) == EXPECTED_TREE


def test_a_failure_while_writing_a_whole_report_writes_none_of_it(tmp_path):
    report = Report(ReportProperties(title="导入的报告", township="晓坪乡"), [
        Section(id=10, parent_id=None, position=0, title="甲"),
        Section(id=11, parent_id=10, position=0, title="乙"),
        Section(id=12, parent_id=None, position=1, title="丙"),
    ], [Indicator(section_id=11, name="户数", value="3")])
    with ReportStore.create(tmp_path / "w.db") as s:
        inject_failure(s, "BEFORE INSERT ON main.sections WHEN new.title = '丙'")
        with pytest.raises(sqlite3.IntegrityError):
            s.write_report(report)
        assert file_contents(s.path) == ([], [])
        assert s.properties().title == ""
        s._conn.execute("DROP TRIGGER temp.injected")
        assert s.write_report(report) == {10: 1, 11: 2, 12: 3}
        assert file_contents(s.path) == (
            [(1, None, 0, "甲", ""), (2, 1, 0, "乙", ""), (3, None, 1, "丙", "")],
            [(1, 2, 0, "户数", "3")])


# ---- move_indicator ------------------------------------------------------------------------
def rows(store, section_id):
    """(name, position) as stored, in stored order."""
    return [(i.name, i.position) for i in store.indicators(section_id)]


def test_move_indicator_up_down_and_to_both_ends(store):
    sid = store.add_section(None, title="表")
    other = store.add_section(None, title="另一表")
    a, b, c, d = (store.add_indicator(sid, name=n) for n in "ABCD")
    x = store.add_indicator(other, name="X")
    store.move_indicator(c, 1)  # up one
    assert rows(store, sid) == [("A", 0), ("C", 1), ("B", 2), ("D", 3)]
    store.move_indicator(c, 2)  # down one
    assert rows(store, sid) == [("A", 0), ("B", 1), ("C", 2), ("D", 3)]
    store.move_indicator(d, 0)  # to the top
    assert rows(store, sid) == [("D", 0), ("A", 1), ("B", 2), ("C", 3)]
    store.move_indicator(d, 3)  # to the bottom
    assert rows(store, sid) == [("A", 0), ("B", 1), ("C", 2), ("D", 3)]
    store.move_indicator(a, 2)
    assert rows(store, sid) == [("B", 0), ("C", 1), ("A", 2), ("D", 3)]
    store.move_indicator(b, 99)  # past the end: the last place
    assert rows(store, sid) == [("C", 0), ("A", 1), ("D", 2), ("B", 3)]
    store.move_indicator(b, -1)  # before the start: the first place (not one from the end)
    assert rows(store, sid) == [("B", 0), ("C", 1), ("A", 2), ("D", 3)]
    store.move_indicator(a, 2)  # where it is: nothing changes
    assert rows(store, sid) == [("B", 0), ("C", 1), ("A", 2), ("D", 3)]
    assert rows(store, other) == [("X", 0)]
    assert store.indicator(x).section_id == other
    assert [i.id for i in store.indicators(sid)] == [b, c, a, d]


def test_move_indicator_order_survives_reopening(tmp_path):
    path = tmp_path / "m.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="表")
        ids = [s.add_indicator(sid, name=n, value=str(k)) for k, n in enumerate("甲乙丙")]
        s.move_indicator(ids[0], 2)
    with ReportStore(path) as s:
        assert [(i.name, i.value, i.position) for i in s.indicators(sid)] == [
            ("乙", "1", 0), ("丙", "2", 1), ("甲", "0", 2)]


def test_move_indicator_of_an_unknown_row_is_a_key_error_and_changes_nothing(store):
    sid = store.add_section(None, title="表")
    store.add_indicator(sid, name="A")
    with pytest.raises(KeyError):
        store.move_indicator(99, 0)
    assert rows(store, sid) == [("A", 0)]


# ---- re-adding with the old id (undo of a delete) ------------------------------------------
def test_a_deleted_row_comes_back_with_its_id_and_place(store):
    sid = store.add_section(None, title="表")
    ids = [store.add_indicator(sid, name=n, value=v) for n, v in
           (("户数", "12"), ("人数", "30"), ("面积", "5.5"))]
    assert ids == [1, 2, 3]
    removed = store.delete_indicator(2)
    assert (removed.id, removed.position, removed.name, removed.value) == (2, 1, "人数", "30")
    assert rows(store, sid) == [("户数", 0), ("面积", 1)]
    back = store.add_indicator(sid, 1, indicator_id=2, name="人数", value="30")
    assert back == 2
    assert [(i.id, i.name, i.position) for i in store.indicators(sid)] == [
        (1, "户数", 0), (2, "人数", 1), (3, "面积", 2)]
    store.update_indicator(2, value="31")  # a later edit that names the row by its id
    assert store.indicator(2).value == "31"
    assert store.add_indicator(sid, name="新行") == 4


def test_a_deleted_section_comes_back_with_its_id(store):
    a = store.add_section(None, title="甲")
    b = store.add_section(None, title="乙")
    c = store.add_section(None, title="丙")
    assert (a, b, c) == (1, 2, 3)
    store.delete_section(b)
    assert store.add_section(None, 1, title="乙", section_id=2) == 2
    assert [(s.id, s.title, s.position) for s in store.sections()] == [
        (1, "甲", 0), (2, "乙", 1), (3, "丙", 2)]
    assert store.add_section(None, title="丁") == 4


def test_a_restored_subtree_keeps_every_id(tree):
    store, (a, b, c, d) = tree
    snapshot = store.delete_section(a)
    assert store.add_section(None, title="新的一节") == 5  # ids of the deleted are not reused
    store.delete_section(5)
    store.restore_subtree(snapshot)
    assert file_contents(store.path) == EXPECTED_TREE

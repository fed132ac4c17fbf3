"""Issue 15 · store.py checked exactly, beside tests/test_store_exact.py: messages the user
reads (whole, with their numbers), what an older, newer, received or read-only file does,
the journal and checkpoint a file is left with, and where rows land after each edit.
Real SQLite files in tmp dirs; expected values are written out here, worked out by hand."""
import errno
import os
import sqlite3
import struct
import subprocess
import threading

import pytest
import sqlite_utils

from township_app import store as store_module
from township_app.model import Indicator, Report, ReportProperties, Section
from township_app.numbers import NumberInputError
from township_app.store import (
    MIGRATIONS, NewerFileError, ReadOnlyFileError, ReportStore, StoreError, TextInputError,
    os_reason, validate_text, why_not_writable,
)

OUR_ID = 0x54534150  # "TSAP" in the SQLite header's application_id


@pytest.fixture
def store(tmp_path):
    s = ReportStore.create(tmp_path / "r.db")
    yield s
    s.close()


def side_files(path):
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def header_user_version(path):
    """user_version straight from the file header (offset 60), without SQLite."""
    return struct.unpack(">I", path.read_bytes()[60:64])[0]


def raw(path):
    """Another program's connection to the file."""
    return sqlite3.connect(path, isolation_level=None)


def old_report(path, version, *, title="旧报告"):
    """A report file as an older version of the program left it (user_version = version)."""
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for migrate in MIGRATIONS[:version]:
        migrate(db)
    db["report"].insert({"id": 1, "title": title})
    db["sections"].insert({"id": 1, "parent_id": None, "position": 0, "title": "一节",
                           "body": "正文"})
    db["indicators"].insert({"section_id": 1, "position": 0, "name": "户数", "value": "3"})
    if version >= 4:
        db["check_families_off"].insert({"family": "合计"})
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {OUR_ID}")
    conn.commit()
    conn.close()


# ---- text the file cannot hold -------------------------------------------------------------
def test_a_field_over_five_million_characters_is_refused_with_its_length():
    validate_text("字" * 5_000_000)  # exactly the limit is fine
    with pytest.raises(TextInputError) as err:
        validate_text("字" * 5_000_001)
    assert str(err.value) == ("这段文字有 5,000,001 字，超过一处文字的上限 5,000,000 字，无法保存。"
                              "请分成几个章节。")


def test_a_broken_surrogate_is_named_by_its_place_and_code(store):
    with pytest.raises(TextInputError) as err:
        validate_text("全乡\ud83d共")
    assert str(err.value) == ("文字中第 3 个字符（U+D83D）是残缺字符，无法保存（多为复制粘贴带来），"
                              "请删除后重试。")
    sid = store.add_section(None, title="甲")
    for edit in (lambda: store.add_section(None, title="乙\udc00"),
                 lambda: store.update_section(sid, body="正文\udc00"),
                 lambda: store.set_properties(title="\udc00标题"),
                 lambda: store.add_indicator(sid, name="户\udc00数")):
        with pytest.raises(TextInputError):
            edit()
    assert [(s.title, s.body) for s in store.sections()] == [("甲", "")]
    assert store.properties().title == "" and store.indicators() == []
    validate_text("表情😀完整")  # a whole pair is fine


def fill(store, sizes):
    """Sections whose bodies have these lengths (each section also counts its 'auto')."""
    for n in sizes:
        store.add_section(None, body="a" * n)


def test_a_paste_that_would_take_the_report_over_its_limit_is_refused(store, monkeypatch):
    monkeypatch.setattr(store_module, "MAX_REPORT_CHARS", 1_000_000)
    fill(store, [399_996, 399_996])  # 2 × (399,996 + len("auto")) = 800,000 characters
    sid = store.add_section(None, body="b" * 200_000)  # 800,000 + 200,000: exactly the limit
    assert store.section(sid).body == "b" * 200_000  # the file now has 1,000,004 (its "auto")
    with pytest.raises(TextInputError) as err:
        store.update_section(sid, title="c" * 100_000)  # 100,000 over: counted, refused
    assert str(err.value) == "加上这段文字，报告将超过 1,000,000 字的上限，无法保存。"
    with pytest.raises(TextInputError):
        store.add_indicator(sid, note="c" * 250_000)
    with pytest.raises(TextInputError):
        store.set_properties(title="c" * 60_000, issuer="d" * 60_000)  # 120,000 together
    assert store.section(sid).title == "" and store.indicators() == []
    assert store.properties().title == ""


# ---- reading what other tools or older versions wrote --------------------------------------
def test_empty_columns_written_by_another_tool_read_as_empty_text(store):
    sid = store.add_section(None, title="甲", body="正文")
    store.add_indicator(sid, name="户数", value="12", unit="户", note="注")
    store.set_properties(title="标题", township="晓坪乡")
    with raw(store.path) as other:
        other.execute("UPDATE sections SET title = NULL, body = NULL")
        other.execute("UPDATE indicators SET name = NULL, value = NULL, note = NULL")
        other.execute("UPDATE report SET title = NULL")
    section = store.section(sid)
    assert (section.title, section.body) == ("", "")
    assert [(s.title, s.body) for s in store.sections()] == [("", "")]
    ind = store.indicators(sid)[0]
    assert (ind.name, ind.value, ind.unit, ind.note) == ("", "", "户", "")
    assert store.indicators()[0].value == ""
    assert store.properties() == ReportProperties(township="晓坪乡")


def test_numbering_and_table_printing_read_back_as_written(store):
    a = store.add_section(None, title="导语", numbering="none", print_table=False)
    b = store.add_section(None, title="甲")
    with raw(store.path) as other:  # an empty numbering (another tool): the automatic one
        other.execute("UPDATE sections SET numbering = '' WHERE id = ?", (b,))
    assert store.section(a).numbering == "none" and store.section(a).print_table is False
    assert store.section(b).numbering == "auto" and store.section(b).print_table is True
    store.update_section(a, print_table=True, numbering="auto")
    assert store.section(a).print_table is True and store.section(a).numbering == "auto"
    with raw(store.path) as other:
        assert other.execute("SELECT print_table FROM sections WHERE id = ?", (a,)).fetchone() \
            == (1,)


def test_table_caption_round_trips(tmp_path):
    path = tmp_path / "t.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="甲", table_title="主要指标完成情况", table_unit="万元")
        s.update_section(sid, table_unit="亿元")
    with ReportStore(path) as s:
        section = s.section(sid)
        assert (section.table_title, section.table_unit) == ("主要指标完成情况", "亿元")
        assert s.sections()[0].table_unit == "亿元"


@pytest.mark.parametrize("version", [2, 3, 4])
def test_columns_of_version_two_are_read_from_a_version_two_file(tmp_path, version):
    """numbering, print_table and formula came with version 2: from then on they are the file's."""
    path = tmp_path / "old.db"
    old_report(path, version)
    with raw(path) as other:
        other.execute("UPDATE sections SET numbering = 'none', print_table = 0")
        other.execute("UPDATE indicators SET formula = '={甲}+{乙}'")
    with ReportStore(path, read_only=True) as s:
        assert [(x.numbering, x.print_table) for x in s.sections()] == [("none", False)]
        assert [i.formula for i in s.indicators()] == ["={甲}+{乙}"]


@pytest.mark.parametrize("version", [2, 3, 4])
def test_an_older_file_opened_read_only_reads_without_changing(tmp_path, version):
    """No table caption before version 5, no 检查设置 before 4: they read as empty."""
    path = tmp_path / "old.db"
    old_report(path, version)
    before = path.read_bytes()
    with ReportStore(path, read_only=True) as s:
        assert s.schema_version == version
        assert [(x.title, x.body, x.table_title, x.table_unit, x.numbering) for x in s.sections()] \
            == [("一节", "正文", "", "", "auto")]
        assert s.section(1).table_title == ""
        assert s.families_off() == (frozenset({"合计"}) if version == 4 else frozenset())
        assert s.load_report().properties.title == "旧报告"
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_an_older_file_opened_for_writing_is_brought_to_the_current_version(tmp_path, version):
    path = tmp_path / "old.db"
    old_report(path, version)
    with ReportStore(path) as s:
        assert s.schema_version == 5
        s.set_families_off({"比例"})
        s.update_section(1, table_title="表一")
        assert s.load_report().properties.title == "旧报告"
    with raw(path) as other:
        assert other.execute("PRAGMA user_version").fetchone() == (5,)
        assert other.execute("PRAGMA application_id").fetchone() == (OUR_ID,)
        assert other.execute("SELECT id, title FROM report").fetchall() == [(1, "旧报告")]
        assert other.execute("SELECT title, table_title FROM sections").fetchall() == [
            ("一节", "表一")]
    with ReportStore(path) as s:
        assert s.families_off() == frozenset({"比例"})  # the choice replaced an older one


def test_a_new_file_is_marked_as_ours_at_the_current_version_with_one_properties_row(tmp_path):
    path = tmp_path / "new.db"
    ReportStore.create(path).close()
    with raw(path) as other:
        assert other.execute("PRAGMA user_version").fetchone() == (5,)
        assert other.execute("PRAGMA application_id").fetchone() == (OUR_ID,)
        assert other.execute("SELECT id FROM report").fetchall() == [(1,)]
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)


# ---- files this program may only read --------------------------------------------------------
def test_a_newer_file_names_both_versions(tmp_path):
    path = tmp_path / "新版.db"
    ReportStore.create(path).close()
    with raw(path) as other:
        other.execute("PRAGMA user_version = 6")
    with pytest.raises(NewerFileError) as err:
        ReportStore(path)
    assert str(err.value) == ("“新版.db”由更新版本的程序保存（格式版本 6，本程序支持到 5），"
                              "只能以只读方式打开。")
    with ReportStore(path, snapshot=True) as s:
        assert s.read_only and s.schema_version == 6


def test_a_received_submission_is_opened_read_only_only(tmp_path):
    from township_app.submission import export_submission

    path = tmp_path / "r.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    out = export_submission(path, tmp_path / "sub.db", None, False)
    before = out.read_bytes()
    with pytest.raises(ReadOnlyFileError) as err:
        ReportStore(out)
    assert str(err.value) == (f"“{out.name}”是收到的上报文件，为保持原样只能以只读方式打开；"
                              "如需修改，请用“另存为”保存一份。")
    with ReportStore(out, snapshot=True) as s:
        assert s.read_only and [x.title for x in s.sections()] == ["甲"]
    assert out.read_bytes() == before


def test_before_write_runs_once_before_the_first_change_and_never_for_reading(tmp_path):
    path = tmp_path / "old.db"
    old_report(path, 1)
    seen = []

    def backup(p):
        seen.append((p, header_user_version(p)))

    with ReportStore(path, read_only=True, before_write=backup):
        pass
    assert seen == []
    with ReportStore(path, before_write=backup) as s:
        assert s.schema_version == 5
    assert seen == [(path, 1)]  # called while the file was still as the user left it


def test_a_failing_before_write_leaves_the_file_unopened_and_unchanged(tmp_path):
    path = tmp_path / "old.db"
    old_report(path, 1)
    before = path.read_bytes()

    def no_room(p):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        ReportStore(path, before_write=no_room)
    assert path.read_bytes() == before
    assert side_files(path) == []


def test_an_edit_breaking_the_tree_is_refused_by_the_foreign_keys(tmp_path):
    path = tmp_path / "r.db"
    for s in (ReportStore.create(path), ReportStore(path)):
        with s:
            with pytest.raises(sqlite3.IntegrityError):
                s.add_indicator(99, name="无主的行")
            with pytest.raises(sqlite3.IntegrityError):
                s.add_section(42, title="无主的章节")
            assert s.indicators() == [] and s.sections() == []


def test_the_file_is_written_with_full_sync_in_wal_mode(tmp_path):
    path = tmp_path / "old.db"
    old_report(path, 5)
    with raw(path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    for s in (ReportStore(path), ReportStore.create(tmp_path / "new.db")):
        with s:
            assert s._conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
            assert s._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        with raw(s.path) as other:
            assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.parametrize("create", [False, True])
def test_the_store_may_be_used_from_a_worker_thread(tmp_path, create):
    path = tmp_path / "t.db"
    if not create:
        ReportStore.create(path).close()
    s = ReportStore.create(path) if create else ReportStore(path)
    results = []

    def work():
        s.add_section(None, title="线程中")
        results.append([x.title for x in s.sections()])

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    s.close()
    assert results == [["线程中"]]


def test_a_leftover_shared_memory_name_that_is_not_a_file_gets_a_reason(tmp_path):
    path = tmp_path / "old.db"
    old_report(path, 1)
    (tmp_path / "old.db-shm").mkdir()
    with pytest.raises(StoreError) as err:
        ReportStore(path)
    assert str(err.value) == "无法打开“old.db”：没有写入权限（文件夹只读或被占用）。"
    assert header_user_version(path) == 1  # nothing migrated


def test_create_refuses_a_one_byte_file(tmp_path):
    path = tmp_path / "一个字节.db"
    path.write_bytes(b"x")
    with pytest.raises(StoreError) as err:
        ReportStore.create(path)
    assert str(err.value) == "“一个字节.db”已存在且不是空文件，不能在其上新建报告。"
    assert path.read_bytes() == b"x"


def test_create_with_a_report_that_cannot_be_written_closes_the_file(tmp_path):
    path = tmp_path / "坏.db"
    bad = Report(ReportProperties(title="导入"), [Section(id=1, title="甲")],
                 [Indicator(section_id=1, name="户数", value="1.2.3")])
    with pytest.raises(NumberInputError):
        ReportStore.create(path, bad)
    assert side_files(path) == []  # closed: no -wal/-shm left open beside it
    with ReportStore(path) as s:
        assert s.sections() == [] and s.properties().title == ""


# ---- snapshots and read-only reading ----------------------------------------------------------
def test_a_snapshot_of_a_closed_file_creates_nothing_beside_it(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    before = path.read_bytes()
    with ReportStore(path, snapshot=True) as s:
        assert s.read_only
        assert side_files(path) == []
        assert [x.title for x in s.sections()] == ["甲"]
        assert side_files(path) == []
    assert path.read_bytes() == before and side_files(path) == []


def test_a_snapshot_while_a_window_has_the_file_open_sees_its_latest_edits(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path) as writer:
        sid = writer.add_section(None, title="甲")
        writer.update_section(sid, body="刚刚输入的正文")  # in the -wal, not yet in the file
        assert "r.db-wal" in side_files(path)
        with ReportStore(path, snapshot=True) as s:
            assert s.section(sid).body == "刚刚输入的正文"


def test_a_read_only_window_sees_edits_made_after_it_opened(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="甲")
    with ReportStore(path, read_only=True) as viewer:
        assert viewer.read_only_reason == ""
        assert viewer.section(sid).body == ""
        with ReportStore(path) as writer:
            writer.update_section(sid, body="另一个窗口的修改")
            assert viewer.section(sid).body == "另一个窗口的修改"


# ---- read-only places (real: an immutable folder or file; a permission for a non-root user) --
def make_unwritable(path):
    """Make a file or folder unwritable for this process, or skip; returns the undo."""
    mode = path.stat().st_mode
    path.chmod(mode & 0o555)
    if not os.access(path, os.W_OK):
        return lambda: path.chmod(mode)
    path.chmod(mode)
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0 or os.access(path, os.W_OK):
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        pytest.skip("cannot make a file unwritable here (root without chattr)")
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_report_in_a_folder_nobody_may_write_opens_read_only_with_a_reason(tmp_path):
    folder = tmp_path / "光盘"
    folder.mkdir()
    path = folder / "报告.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    undo = make_unwritable(folder)
    try:
        reason = ("“报告.db”所在的位置不能写入（光盘、写保护的U盘或只读文件夹），只能以只读方式打开；"
                  "如需修改，请用“另存为”保存到可写的位置。")
        assert why_not_writable(path) == reason
        with pytest.raises(ReadOnlyFileError) as err:
            ReportStore(path)
        assert str(err.value) == reason
        with ReportStore(path, read_only=True) as s:
            assert s.read_only_reason == ("“报告.db”所在的位置不能写入（光盘、写保护的U盘或只读文件夹），"
                                          "以只读方式打开。")
            assert [x.title for x in s.sections()] == ["甲"]
        assert sorted(p.name for p in folder.iterdir()) == ["报告.db"]
    finally:
        undo()


def test_a_read_only_file_opens_read_only_with_a_reason(tmp_path):
    path = tmp_path / "只读.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    assert why_not_writable(path) == ""
    undo = make_unwritable(path)
    try:
        reason = ("“只读.db”是只读文件（文件属性设为只读），只能以只读方式打开；"
                  "如需修改，请先取消文件的只读属性，或用“另存为”保存一份。")
        assert why_not_writable(path) == reason
        with pytest.raises(ReadOnlyFileError) as err:
            ReportStore(path)
        assert str(err.value) == reason
        with ReportStore(path, read_only=True) as s:
            assert s.read_only_reason == ""
            assert [x.title for x in s.sections()] == ["甲"]
    finally:
        undo()


# ---- the file moved away under an open report ------------------------------------------------
def test_location_problem_says_where_the_file_went(tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    path = folder / "报告.db"
    tail = "。之后的修改无法保存到该文件；请立即用“另存为”把报告保存到其他位置。"
    with ReportStore.create(path) as s:
        assert s.location_problem() == ""
        s.add_section(None, title="甲")
        assert s.location_problem() == ""
        moved = folder / "移走.db"
        path.rename(moved)
        assert s.location_problem() == "报告文件“报告.db”已不在原处（被删除、移走或U盘已拔出）" + tail
        path.write_bytes(b"")  # another file of the same name in its place
        assert s.location_problem() == "报告文件“报告.db”已被另一个同名文件替换" + tail
        path.unlink()
        moved.rename(path)
        assert s.location_problem() == ""
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
        assert s.location_problem() == "报告文件“报告.db”所在的文件夹已不存在（U盘可能已拔出）" + tail


# ---- closing ---------------------------------------------------------------------------------
def test_closing_moves_every_edit_into_the_file_even_while_another_program_reads(tmp_path):
    path = tmp_path / "r.db"
    s = ReportStore.create(path)
    reader = raw(path)
    reader.execute("SELECT count(*) FROM sections").fetchone()  # holds the file open
    sid = s.add_section(None, title="甲", body="关闭前的修改")
    assert (tmp_path / "r.db-wal").stat().st_size > 0
    s.close()
    s.close()  # a second close is harmless
    assert (tmp_path / "r.db-wal").stat().st_size == 0  # checkpointed and truncated
    reader.close()
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())  # the main file alone holds the edit
    with raw(copy) as other:
        assert other.execute("SELECT id, body FROM sections").fetchall() == [(sid, "关闭前的修改")]


def test_closing_a_read_only_store_writes_nothing(tmp_path):
    path = tmp_path / "r.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    writer = ReportStore(path)
    writer.update_section(1, body="未检查点的修改")
    wal = (tmp_path / "r.db-wal").read_bytes()
    assert wal
    viewer = ReportStore(path, read_only=True)
    assert viewer.section(1).body == "未检查点的修改"
    viewer.close()
    assert (tmp_path / "r.db-wal").read_bytes() == wal  # the viewer checkpointed nothing
    writer.close()


# ---- copies ----------------------------------------------------------------------------------
def test_a_saved_copy_is_one_self_contained_file_in_rollback_mode(tmp_path, store):
    store.add_section(None, title="甲", body="正文")
    target = tmp_path / "副本.db"
    store.save_copy(target)
    assert side_files(target) == []
    with raw(target) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert other.execute("SELECT title, body FROM sections").fetchall() == [("甲", "正文")]
    staged = tmp_path / "staged.db"
    staged.write_bytes(b"old contents of a leftover file" * 10)
    store.copy_into(staged)  # a leftover is emptied first, not reused
    with raw(staged) as other:
        assert other.execute("SELECT title FROM sections").fetchall() == [("甲",)]


# ---- properties ------------------------------------------------------------------------------
def test_properties_round_trip_and_unknown_names_are_refused(tmp_path):
    path = tmp_path / "p.db"
    with ReportStore.create(path) as s:
        s.set_properties(title="晓坪乡2018年工作总结", township="晓坪乡", year="2018")
        s.set_properties(period="全年")
        with pytest.raises(KeyError) as err:
            s.set_properties(title="改", author="张三", colour="红")
        assert err.value.args[0] == "unknown report properties: ['author', 'colour']"
    with ReportStore(path) as s:
        assert s.properties() == ReportProperties(title="晓坪乡2018年工作总结", township="晓坪乡",
                                                  year="2018", period="全年")
    with raw(path) as other:
        assert other.execute("SELECT id, title, period FROM report").fetchall() == [
            (1, "晓坪乡2018年工作总结", "全年")]


# ---- sections --------------------------------------------------------------------------------
def layout(store):
    """(id, parent, position, title) of every section, by id."""
    return sorted((s.id, s.parent_id, s.position, s.title) for s in store.sections())


def test_add_section_places_it_among_its_siblings(store):
    a = store.add_section(None, title="甲")
    b = store.add_section(None, 0, title="乙")  # before 甲
    c = store.add_section(None, 2, title="丙")  # exactly at the end
    d = store.add_section(None, 9, title="丁")  # past the end: the last place
    e = store.add_section(None, 1, title="戊")
    x = store.add_section(a, title="子一")
    y = store.add_section(a, 0, title="子二")
    assert layout(store) == [(a, None, 2, "甲"), (b, None, 0, "乙"), (c, None, 3, "丙"),
                             (d, None, 4, "丁"), (e, None, 1, "戊"), (x, a, 1, "子一"),
                             (y, a, 0, "子二")]
    assert store.child_ids(None) == [b, e, a, c, d]
    assert store.child_ids(a) == [y, x]
    assert store.child_ids(x) == []
    assert [s.id for s in store.sections()] == [b, e, a, c, d, y, x]


def test_a_new_section_keeps_every_field_as_given(tmp_path):
    path = tmp_path / "s.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="导语", body="正文", numbering="none", print_table=False,
                            table_title="表题", table_unit="万元")
    with ReportStore(path) as s:
        assert s.section(sid) == Section(id=sid, parent_id=None, position=0, title="导语",
                                         body="正文", numbering="none", print_table=False,
                                         table_title="表题", table_unit="万元")
        assert s.add_section(None) == 2
        assert s.section(2) == Section(id=2, parent_id=None, position=1)


def test_unknown_section_is_a_key_error(store):
    with pytest.raises(KeyError) as err:
        store.section(7)
    assert err.value.args == (7,)


def test_update_section_changes_only_the_named_fields_of_that_section(store):
    a = store.add_section(None, title="甲", body="甲的正文")
    b = store.add_section(None, title="乙", body="乙的正文")
    store.update_section(a, title="甲改", body="新正文", table_unit="户")
    store.update_section(a)  # nothing to change
    assert store.section(a) == Section(id=a, parent_id=None, position=0, title="甲改",
                                       body="新正文", table_unit="户")
    assert store.section(b).title == "乙" and store.section(b).body == "乙的正文"
    with pytest.raises(KeyError) as err:
        store.update_section(a, title="x", position=3, parent_id=None)
    assert err.value.args[0] == "not editable: ['parent_id', 'position']"
    assert store.section(a).title == "甲改"


def test_deleting_a_section_closes_the_gap_among_its_siblings_only(store):
    a = store.add_section(None, title="甲")
    b = store.add_section(None, title="乙")
    c = store.add_section(None, title="丙")
    d = store.add_section(None, title="丁")
    x = store.add_section(c, title="丙一")
    y = store.add_section(c, title="丙二")
    snap = store.delete_section(b)
    assert [s.title for s in snap.sections] == ["乙"]
    assert layout(store) == [(a, None, 0, "甲"), (c, None, 1, "丙"), (d, None, 2, "丁"),
                             (x, c, 0, "丙一"), (y, c, 1, "丙二")]
    store.delete_section(x)
    assert layout(store) == [(a, None, 0, "甲"), (c, None, 1, "丙"), (d, None, 2, "丁"),
                             (y, c, 0, "丙二")]
    store.restore_subtree(snap)
    assert layout(store) == [(a, None, 0, "甲"), (b, None, 1, "乙"), (c, None, 2, "丙"),
                             (d, None, 3, "丁"), (y, c, 0, "丙二")]


def test_deleting_a_subtree_removes_its_rows_and_returns_them(store):
    a = store.add_section(None, title="甲")
    b = store.add_section(a, title="乙", print_table=False)
    c = store.add_section(b, title="丙")
    keep = store.add_section(None, title="丁")
    store.add_indicator(b, name="户数", value="12")
    store.add_indicator(c, name="人数", value="30")
    kept = store.add_indicator(keep, name="面积", value="5.5")
    assert store.subtree_ids(a) == [a, b, c]
    snap = store.delete_section(a)
    assert [s.id for s in snap.sections] == [a, b, c]
    assert [(i.section_id, i.name) for i in snap.indicators] == [(b, "户数"), (c, "人数")]
    assert [i.id for i in store.indicators()] == [kept]
    assert layout(store) == [(keep, None, 0, "丁")]
    store.restore_subtree(snap)
    assert store.section(b).print_table is False
    assert [(i.section_id, i.name, i.value) for i in store.indicators()] == [
        (b, "户数", "12"), (c, "人数", "30"), (keep, "面积", "5.5")]


def test_move_section_between_parents_keeps_both_sibling_lists_dense(store):
    a = store.add_section(None, title="甲")
    b = store.add_section(None, title="乙")
    c = store.add_section(None, title="丙")
    a1 = store.add_section(a, title="甲一")
    a2 = store.add_section(a, title="甲二")
    store.move_section(b, a, 1)  # into 甲, between its children
    assert layout(store) == [(a, None, 0, "甲"), (b, a, 1, "乙"), (c, None, 1, "丙"),
                             (a1, a, 0, "甲一"), (a2, a, 2, "甲二")]
    store.move_section(a1, None, 0)  # out to the top
    assert layout(store) == [(a, None, 1, "甲"), (b, a, 0, "乙"), (c, None, 2, "丙"),
                             (a1, None, 0, "甲一"), (a2, a, 1, "甲二")]
    store.move_section(a1, None, 99)  # past the end of its own list
    assert store.child_ids(None) == [a, c, a1]
    store.move_section(c, None, -3)  # before the start: the first place
    assert store.child_ids(None) == [c, a, a1]
    with pytest.raises(ValueError) as err:
        store.move_section(a, a, 0)
    assert str(err.value) == "cannot move a section into its own subtree"
    with pytest.raises(ValueError):
        store.move_section(a, b, 0)
    assert layout(store) == [(a, None, 1, "甲"), (b, a, 0, "乙"), (c, None, 0, "丙"),
                             (a1, None, 2, "甲一"), (a2, a, 1, "甲二")]


def test_sections_may_not_be_nested_deeper_than_the_limit(store, monkeypatch):
    monkeypatch.setattr(store_module, "MAX_TREE_DEPTH", 3)
    top = store.add_section(None, title="一层")
    mid = store.add_section(top, title="二层")
    low = store.add_section(mid, title="三层")
    with pytest.raises(StoreError) as err:
        store.add_section(low, title="四层")
    assert str(err.value) == "章节最多 3 层，不能再往下加层级。"
    other = store.add_section(None, title="另一节")
    child = store.add_section(other, title="另一节的子节")
    with pytest.raises(StoreError):
        store.move_section(other, mid, 0)  # 2 levels under 二层 would make 4
    store.move_section(other, top, 0)  # 2 levels under 一层: 3, allowed
    assert store.section(other).parent_id == top and store.section(child).parent_id == other
    assert [s.title for s in store.sections() if s.parent_id is None] == ["一层"]


# ---- indicators ------------------------------------------------------------------------------
def table(store, sid):
    return [(i.id, i.position, i.name) for i in store.indicators(sid)]


def test_add_indicator_places_the_row(store):
    sid = store.add_section(None, title="表")
    other = store.add_section(None, title="另一表")
    a = store.add_indicator(sid, name="甲")
    z = store.add_indicator(other, name="外")
    b = store.add_indicator(sid, 0, name="乙")  # before 甲
    c = store.add_indicator(sid, 2, name="丙")  # exactly at the end
    d = store.add_indicator(sid, 7, name="丁")  # past the end
    e = store.add_indicator(sid, 1, name="戊")
    assert table(store, sid) == [(b, 0, "乙"), (e, 1, "戊"), (a, 2, "甲"), (c, 3, "丙"),
                                 (d, 4, "丁")]
    assert table(store, other) == [(z, 0, "外")]
    assert [(i.section_id, i.name) for i in store.indicators()] == [
        (sid, "乙"), (sid, "戊"), (sid, "甲"), (sid, "丙"), (sid, "丁"), (other, "外")]


def test_an_indicator_keeps_every_column_and_numbers_as_typed(tmp_path):
    path = tmp_path / "i.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="表")
        iid = s.add_indicator(sid, name="固定资产投资", value="１,２３４.５０", unit="万元",
                              target="1200", previous="0980.0", note="含续建项目",
                              formula="rate: 1 / 2")
        s.update_indicator(iid, target="１３００")
    with ReportStore(path) as s:
        assert s.indicator(iid) == Indicator(
            id=iid, section_id=sid, position=0, name="固定资产投资", value="1234.50", unit="万元",
            target="1300", previous="0980.0", note="含续建项目", formula="rate: 1 / 2")
        assert s.indicators(sid) == [s.indicator(iid)]
        with pytest.raises(KeyError) as err:
            s.update_indicator(iid, name="改", position=3)
        assert err.value.args[0] == "not editable: ['position']"
        assert s.indicator(iid).name == "固定资产投资"


def test_a_name_that_looks_like_a_number_is_kept_as_typed(store):
    sid = store.add_section(None, title="表")
    iid = store.add_indicator(sid, name="１,２３４", unit="１２", note="0.50")
    ind = store.indicator(iid)
    assert (ind.name, ind.unit, ind.note) == ("１,２３４", "１２", "0.50")
    with pytest.raises(NumberInputError):
        store.update_indicator(iid, value="约50")
    assert store.indicator(iid).value == ""


def test_unknown_indicator_is_a_key_error(store):
    with pytest.raises(KeyError) as err:
        store.indicator(5)
    assert err.value.args == (5,)


def test_deleting_a_row_closes_the_gap_in_its_table_only(store):
    sid = store.add_section(None, title="表")
    other = store.add_section(None, title="另一表")
    a, b, c = (store.add_indicator(sid, name=n) for n in "甲乙丙")
    x, y = (store.add_indicator(other, name=n) for n in "子丑")
    removed = store.delete_indicator(b)
    assert removed == Indicator(id=b, section_id=sid, position=1, name="乙")
    assert table(store, sid) == [(a, 0, "甲"), (c, 1, "丙")]
    assert table(store, other) == [(x, 0, "子"), (y, 1, "丑")]
    store.delete_indicator(a)
    assert table(store, sid) == [(c, 0, "丙")]


# ---- 已核实 and 检查设置 --------------------------------------------------------------------------
def test_verified_findings_are_kept_replaced_and_removed(tmp_path):
    path = tmp_path / "v.db"
    with ReportStore.create(path) as s:
        s.set_verified("fp1", "sums", "已与统计站核对", "2018-12-01T10:00")
        s.set_verified("fp2", "growth", "口径不同", "2018-12-02T09:30")
        s.set_verified("fp1", "sums", "再次核对", "2018-12-03T08:00")  # replaces, not a 2nd row
        s.unset_verified("fp2")
        s.unset_verified("never")
    with ReportStore(path) as s:
        assert s.verified_findings() == {"fp1": {
            "fingerprint": "fp1", "rule": "sums", "reason": "再次核对",
            "verified_at": "2018-12-03T08:00"}}


def test_families_off_are_a_set_of_names(tmp_path):
    path = tmp_path / "f.db"
    with ReportStore.create(path) as s:
        assert s.families_off() == frozenset()
        s.set_families_off(["比例", "合计", "比例"])
        s.set_families_off(["增长", "合计"])  # replaces the earlier choice
        for bad in ([""], ["合计", ""], [3]):
            with pytest.raises(ValueError):
                s.set_families_off(bad)
        with pytest.raises(ValueError) as err:
            s.set_families_off(["合计", ""])
        assert str(err.value) == "family names are non-empty text: ['', '合计']"
    with ReportStore(path) as s:
        assert s.families_off() == frozenset({"增长", "合计"})
        assert s.load_report().families_off == frozenset({"增长", "合计"})
    with raw(path) as other:
        assert other.execute("SELECT family FROM check_families_off ORDER BY family").fetchall() \
            == [("合计",), ("增长",)]


# ---- whole reports ---------------------------------------------------------------------------
def test_write_report_maps_ids_and_keeps_order_fields_and_settings(tmp_path):
    report = Report(ReportProperties(title="导入", township="晓坪乡"), [
        Section(id=20, parent_id=None, position=1, title="乙", numbering="none"),
        Section(id=10, parent_id=None, position=0, title="甲", print_table=False,
                table_title="表一", table_unit="户"),
        Section(id=11, parent_id=10, position=0, title="甲一", body="正文"),
    ], [Indicator(section_id=11, position=1, name="人数", value="30"),
        Indicator(section_id=11, position=0, name="户数", value="12", unit="户"),
        Indicator(section_id=20, position=0, name="面积", value="5.50")],
        frozenset({"比例"}))
    with ReportStore.create(tmp_path / "w.db") as s:
        s.add_section(None, title="已有")
        assert s.write_report(report) == {10: 2, 11: 3, 20: 4}
        assert layout(s) == [(1, None, 0, "已有"), (2, None, 1, "甲"), (3, 2, 0, "甲一"),
                             (4, None, 2, "乙")]
        assert s.section(2) == Section(id=2, parent_id=None, position=1, title="甲",
                                       print_table=False, table_title="表一", table_unit="户")
        assert s.section(4).numbering == "none" and s.section(3).body == "正文"
        assert [(i.section_id, i.position, i.name, i.value, i.unit) for i in s.indicators()] == [
            (3, 0, "户数", "12", "户"), (3, 1, "人数", "30", ""), (4, 0, "面积", "5.50", "")]
        assert s.properties().township == "晓坪乡" and s.families_off() == frozenset({"比例"})
        # 导入 / 一、已有 / 二、甲 / （一）甲一 / 正文 / 乙 (unnumbered): 2 + 4 + 3 + 5 + 2 + 1
        assert s.total_characters() == 17


def test_write_report_without_settings_leaves_them_alone(tmp_path):
    with ReportStore.create(tmp_path / "w.db") as s:
        s.set_families_off({"合计"})
        assert s.write_report(Report(ReportProperties(), [], [])) == {}
        assert s.families_off() == frozenset({"合计"})
        assert s.load_report() == Report(ReportProperties(), [], [], frozenset({"合计"}))


# ---- reasons for the user --------------------------------------------------------------------
@pytest.mark.parametrize("code, reason", [
    (errno.ENOSPC, "磁盘空间不足。"),
    (errno.EDQUOT, "磁盘空间不足。"),
    (errno.EACCES, "没有写入权限（文件夹只读或被占用）。"),
    (errno.EPERM, "没有写入权限（文件夹只读或被占用）。"),
    (errno.EROFS, "没有写入权限（文件夹只读或被占用）。"),
    (errno.ENOENT, "目标文件夹不存在（U盘可能已拔出）。"),
    (errno.ENOTDIR, "目标路径无效：其中有一段是文件而不是文件夹。"),
    (errno.EIO, "读写出错（磁盘或U盘可能已断开或损坏）。"),
])
def test_os_reason_for_file_system_errors(code, reason):
    assert os_reason(OSError(code, os.strerror(code))) == reason


def test_os_reason_for_an_unknown_error_is_its_own_text():
    assert os_reason(OSError(errno.EBUSY, "Device or resource busy")) == \
        "[Errno 16] Device or resource busy"
    assert os_reason(ValueError("别的错误")) == "别的错误"


def sqlite_failure(action):
    try:
        action()
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("SQLite did not fail")


def test_os_reason_for_sqlite_errors(tmp_path):
    full = raw(tmp_path / "full.db")
    full.execute("CREATE TABLE t (x)")
    full.execute("PRAGMA max_page_count = 2")
    exc = sqlite_failure(lambda: full.execute("INSERT INTO t VALUES (zeroblob(100000))"))
    assert exc.sqlite_errorcode == sqlite3.SQLITE_FULL
    assert os_reason(exc) == "磁盘空间不足。"
    full.close()
    ro = sqlite3.connect(f"{(tmp_path / 'full.db').as_uri()}?mode=ro", uri=True)
    exc = sqlite_failure(lambda: ro.execute("INSERT INTO t VALUES (1)"))
    assert exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY
    assert os_reason(exc) == "没有写入权限（文件夹只读或被占用）。"
    ro.close()
    exc = sqlite_failure(lambda: sqlite3.connect(tmp_path / "没有" / "x.db"))
    assert exc.sqlite_errorcode == sqlite3.SQLITE_CANTOPEN
    assert os_reason(exc) == "无法建立文件（文件夹不存在、只读，或U盘已拔出）。"
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"x" * 4096)
    exc = sqlite_failure(lambda: sqlite3.connect(damaged).execute("SELECT * FROM sqlite_master"))
    assert exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    assert os_reason(exc) == "file is not a database"
    # the failure SQLite had opening a file: damage is called damage, anything else its reason
    assert store_module._open_failure("damaged.db", exc) == \
        "“damaged.db”已损坏，无法读取（file is not a database）。"
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE  # extended code: primary in low byte
    assert os_reason(io_error) == "读写出错（磁盘或U盘可能已断开或损坏）。"
    assert store_module._open_failure("r.db", io_error) == \
        "无法打开“r.db”：读写出错（磁盘或U盘可能已断开或损坏）。"
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT_INDEX
    assert store_module._open_failure("r.db", corrupt) == \
        "“r.db”已损坏，无法读取（database disk image is malformed）。"


def test_a_row_with_empty_columns_from_another_tool_comes_back_after_delete_and_undo(store):
    sid = store.add_section(None, title="表")
    iid = store.add_indicator(sid, name="户数", value="12")
    with raw(store.path) as other:
        other.execute("UPDATE indicators SET target = NULL, note = NULL")
    assert store.indicator(iid) == store.indicators(sid)[0]
    removed = store.delete_indicator(iid)
    assert (removed.target, removed.note) == ("", "")
    store.add_indicator(sid, removed.position, indicator_id=removed.id,
                        **{k: getattr(removed, k) for k in Indicator.EDITABLE})
    assert [(i.id, i.name, i.value, i.target) for i in store.indicators(sid)] == [
        (iid, "户数", "12", "")]


@pytest.mark.parametrize("how", [{"read_only": True}, {"snapshot": True}])
def test_a_first_version_file_can_be_read_without_being_changed(tmp_path, how):
    path = tmp_path / "第一版.db"
    old_report(path, 1)
    before = path.read_bytes()
    with ReportStore(path, **how) as s:
        report = s.load_report()
        assert s.indicator(1) == report.indicators[0]
    assert report.properties.title == "旧报告"
    assert report.sections == [Section(id=1, parent_id=None, position=0, title="一节",
                                       body="正文", numbering="auto", print_table=True)]
    assert report.indicators == [Indicator(id=1, section_id=1, position=0, name="户数",
                                           value="3")]
    assert path.read_bytes() == before

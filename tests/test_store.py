import sqlite3

import pytest

from township_app.model import Indicator, Report, ReportProperties, Section
from township_app.numbers import NumberInputError
from township_app.store import (
    MIGRATIONS, SCHEMA_VERSION, NewerFileError, ReportStore, StoreError,
)


@pytest.fixture
def store(tmp_path):
    s = ReportStore.create(tmp_path / "r.db")
    yield s
    s.close()


def headings(store):
    return [(v.depth, v.heading) for v in store.load_report().walk()]


def test_tree_numbering_follows_moves(store):
    a = store.add_section(None, title="基本情况")
    b = store.add_section(None, title="工作开展情况")
    c = store.add_section(b, title="综合实力")
    d = store.add_section(b, title="社会稳定")
    e = store.add_section(d, title="信访")
    store.add_section(e, title="化解积案")
    assert headings(store) == [
        (0, "一、基本情况"), (0, "二、工作开展情况"), (1, "（一）综合实力"),
        (1, "（二）社会稳定"), (2, "1.信访"), (3, "（1）化解积案")]
    store.move_section(d, None, 0)  # the whole subtree goes up a level
    assert headings(store) == [
        (0, "一、社会稳定"), (1, "（一）信访"), (2, "1.化解积案"),
        (0, "二、基本情况"), (0, "三、工作开展情况"), (1, "（一）综合实力")]
    store.move_section(a, b, 5)
    assert [h for _, h in headings(store)][-2:] == ["（一）综合实力", "（二）基本情况"]
    with pytest.raises(ValueError):
        store.move_section(d, e, 0)


def test_delete_subtree_and_restore(store):
    a = store.add_section(None, title="甲")
    b = store.add_section(a, title="乙")
    store.add_section(b, title="丙")
    z = store.add_section(None, title="丁")
    store.add_indicator(b, name="户数", value="12", unit="户")
    snap = store.delete_section(a)
    assert headings(store) == [(0, "一、丁")]
    assert store.indicators() == []
    store.restore_subtree(snap)
    assert headings(store) == [(0, "一、甲"), (1, "（一）乙"), (2, "1.丙"), (0, "二、丁")]
    assert [i.value for i in store.indicators(b)] == ["12"]
    assert store.section(z).position == 1


def test_exact_numbers_round_trip(tmp_path):
    path = tmp_path / "n.db"
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="数字")
        for v in ["87.82", "152.810", "0.0", "-0", "１,２３４.５", "12,345", "007"]:
            s.add_indicator(sid, name=v, value=v)
        with pytest.raises(NumberInputError) as err:
            s.add_indicator(sid, name="bad", value="1.2.3")
        assert "小数点" in str(err.value)
        for bad in ["1e309", "NaN", "12%", "约50", "1,23"]:
            with pytest.raises(NumberInputError):
                s.add_indicator(sid, value=bad)
    with ReportStore(path) as s:
        assert [i.value for i in s.indicators()] == [
            "87.82", "152.810", "0.0", "-0", "1234.5", "12345", "007"]


def test_every_edit_is_committed_at_once(tmp_path):
    path = tmp_path / "c.db"
    s = ReportStore.create(path)
    sid = s.add_section(None, title="标题")
    s.update_section(sid, body="正文")
    # a second connection sees it without any save or close
    other = sqlite3.connect(path)
    assert other.execute("select body from sections").fetchone() == ("正文",)
    other.close()
    s.close()


def test_migration_from_first_schema(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    import sqlite_utils
    db = sqlite_utils.Database(conn)
    MIGRATIONS[0](db)
    db["report"].insert({"id": 1, "title": "旧报告"})
    db["sections"].insert({"id": 1, "parent_id": None, "position": 0, "title": "一节", "body": "x"})
    db["indicators"].insert({"section_id": 1, "position": 0, "name": "户数", "value": "3"})
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA application_id = 1414742352")
    conn.commit()
    conn.close()
    with ReportStore(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        r = s.load_report()
        assert r.properties.title == "旧报告"
        assert r.sections[0].numbering == "auto" and r.sections[0].print_table
        assert r.indicators[0].formula == "" and r.indicators[0].value == "3"


def test_newer_file_refused_for_writing(tmp_path):
    path = tmp_path / "new.db"
    ReportStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerFileError):
        ReportStore(path)
    with ReportStore(path, read_only=True) as s:
        assert s.read_only


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_foreign_files_get_clear_message(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        ReportStore(path)
    assert str(err.value) == "“x.db”不是报告文件（不是本程序的数据文件格式）。"
    assert path.read_bytes() == content


@pytest.mark.parametrize("read_only", [False, True])
def test_someone_elses_database_is_not_opened_as_a_report(tmp_path, read_only):
    path = tmp_path / "客户.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    with pytest.raises(StoreError) as err:
        ReportStore(path, read_only=read_only)
    assert str(err.value) == "“客户.db”不是本程序的报告文件。"
    assert path.read_bytes() == data


def test_write_report_and_save_copy(tmp_path):
    r = Report(ReportProperties(title="测试"), [
        Section(id=10, parent_id=None, position=0, title="甲"),
        Section(id=11, parent_id=10, position=0, title="乙", body="正文"),
    ], [Indicator(section_id=11, name="人数", value="5", unit="人")])
    with ReportStore.create(tmp_path / "a.db", r) as s:
        s.save_copy(tmp_path / "b.db")
    assert not (tmp_path / "b.db-wal").exists()
    with ReportStore(tmp_path / "b.db") as s:
        loaded = s.load_report()
    assert loaded.plain_text() == "测试\n一、甲\n（一）乙\n正文"
    assert loaded.indicators[0].value == "5"


def test_store_refuses_a_report_with_a_trigger_before_reading(tmp_path):
    path = tmp_path / "t.db"
    ReportStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER evil AFTER UPDATE ON sections BEGIN DELETE FROM report; END")
    conn.commit()
    conn.close()
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            ReportStore(path, read_only=read_only)
        assert "触发器" in str(err.value)


def test_store_opens_a_submission_file(tmp_path):
    from township_app.submission import export_submission

    path = tmp_path / "r.db"
    with ReportStore.create(path) as s:
        s.add_section(None, title="甲")
    out = export_submission(path, tmp_path / "sub.db", None, False)
    with ReportStore(out, read_only=True) as s:
        assert s.load_report().sections[0].title == "甲"


def test_digits_of_other_scripts_are_refused():
    from township_app.numbers import normalize_number

    for foreign in ("٣", "𝟏𝟐", "३"):
        with pytest.raises(NumberInputError):
            normalize_number(foreign)
    assert normalize_number("１２") == "12"  # full-width digits are the ones offices type


def test_failed_commit_does_not_swallow_later_edits(tmp_path):
    path = tmp_path / "c.db"
    s = ReportStore.create(path)
    sid = s.add_section(None, title="甲")
    with pytest.raises(sqlite3.IntegrityError):
        with s.transaction():  # a COMMIT that fails: a deferred foreign key left dangling
            s._conn.execute("PRAGMA defer_foreign_keys = ON")
            s._conn.execute("INSERT INTO indicators (section_id, position) VALUES (999, 0)")
    assert not s._conn.in_transaction
    s.update_section(sid, body="之后的修改")
    s.close()
    with ReportStore(path) as again:
        assert again.section(sid).body == "之后的修改"
        assert again.indicators() == []


def test_text_with_a_false_byte_order_mark_gets_a_message():
    from township_app.textsource import SourceTextError, decode_text

    for data in (b"\xef\xbb\xbf\xff\xfe", b"\xff\xfeA"):
        with pytest.raises(SourceTextError) as err:
            decode_text(data)
        assert str(err.value) == "文件开头标明了编码，但内容不符（文件可能已损坏），请重新另存为文本文件。"

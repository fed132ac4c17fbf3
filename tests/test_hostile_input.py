"""Hostile values into every field, hostile files from the future, fuzzed round trips.

The rule: a value is either refused with a message for the user (NumberInputError,
TextInputError) or stored exactly and read back equal after reopening. Never a
crash, never a silent change. Numeric cells keep the documented canonical form of
numbers.normalize_number (full-width digits to ASCII, thousands commas dropped).
"""
import hashlib
import os
import sqlite3
import string
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from township_app.backups import list_backups, make_backup
from township_app.model import Indicator, ReportProperties
from township_app.numbers import NumberInputError, normalize_number, to_decimal
from township_app.store import (
    SCHEMA_VERSION, NewerFileError, ReportStore, StoreError, TextInputError,
)

MEGABYTE_OF_TEXT = "乡村振兴，\n" * 50_000 + "a" * (1 << 20)  # > 1 M characters, 1.8 MB UTF-8

HOSTILE_TEXT = {
    "empty": "",
    "spaces only": " \t\u3000 ",
    "one megabyte": MEGABYTE_OF_TEXT,
    "emoji": "完成😀👨‍👩‍👧‍👦🇨🇳任务",
    "rare CJK": "𠀀𪚥𰻞龘",
    "NUL": "前\x00后\x00",
    "control chars": "\x01\x07\x1b[31m\x7f",
    "RTL marks": "\u202e倒序\u202c\u200f\u200e\u2066x\u2069",
    "zero width": "零\u200b宽\ufeff字",
    "CRLF and CR": "第一行\r\n第二行\r第三行\n",
    "number-like 1e309": "1e309",
    "number-like -0": "-0",
    "number-like NaN": "NaN",
    "number-like grouped": "1,234.5",
    "number-like full-width": "１２３",
    "number-like dotted": "1.2.3",
    "SQL": "'); DROP TABLE sections; --",
    "surrogate pair": "\U0001F600",
    "combining": "e\u0301\u0301\u0301",
}

#: what a number cell does with each value: the stored text, or None for "refused"
NUMBER_CELLS = {
    "": "",
    "1e309": None,
    "-1e309": None,
    "-0": "-0",
    "NaN": None,
    "nan": None,
    "inf": None,
    "Infinity": None,
    "1,234.5": "1234.5",
    "１２３": "123",
    "１２３．４５": "123.45",
    "1.2.3": None,
    "0x10": None,
    "1_000": None,
    "12%": None,
    "约50": None,
    "😀": None,
    "𠀀": None,
    "\x00": None,
    "1\x002": None,
    "\u202e12": None,
    "5.": None,
    ".5": "0.5",
    " 87.82 ": "87.82",
    "152.810": "152.810",
    "9" * 400: "9" * 400,
    "0." + "0" * 300 + "1": "0." + "0" * 300 + "1",
    "1" * 10000 + "x": None,
}


def reopen(path: Path) -> ReportStore:
    return ReportStore(path)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "hostile.db"
    ReportStore.create(p).close()
    return p


@pytest.mark.parametrize("name", list(HOSTILE_TEXT))
def test_text_fields_store_exactly(path, name):
    value = HOSTILE_TEXT[name]
    with ReportStore(path) as s:
        s.set_properties(**{f: value for f in ReportProperties.field_names()})
        sid = s.add_section(None, title=value, body=value)
        child = s.add_section(sid, title="子节")
        s.update_section(child, title=value, body=value + value)
        iid = s.add_indicator(sid, name=value, unit=value, note=value, formula=value)
        s.update_indicator(iid, note=value + "改")
    with reopen(path) as s:
        props = s.properties()
        assert all(getattr(props, f) == value for f in ReportProperties.field_names())
        assert (s.section(sid).title, s.section(sid).body) == (value, value)
        assert (s.section(child).title, s.section(child).body) == (value, value + value)
        ind = s.indicator(iid)
        assert (ind.name, ind.unit, ind.note, ind.formula) == (value, value, value + "改", value)
        report = s.load_report()
        report.plain_text()  # the whole report can still be walked and flattened
        report.numbered_path(child)
        assert s._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("bad", ["前\ud800后", "\udfff", "ok" * 1000 + "\udc80"])
def test_unstorable_text_is_refused_and_nothing_written(path, bad):
    with ReportStore(path) as s:
        sid = s.add_section(None, title="原标题", body="原正文")
        iid = s.add_indicator(sid, name="原名", value="1")
        before = s.load_report()
        attempts = [
            lambda: s.set_properties(title=bad),
            lambda: s.add_section(None, title=bad),
            lambda: s.add_section(sid, body=bad),
            lambda: s.update_section(sid, title="新", body=bad),
            lambda: s.add_indicator(sid, name=bad),
            lambda: s.update_indicator(iid, note=bad),
            lambda: s.update_indicator(iid, value=bad),
        ]
        for attempt in attempts:
            with pytest.raises((TextInputError, NumberInputError)) as err:
                attempt()
            assert "无法保存" in str(err.value) or "不是" in str(err.value)
        assert s.load_report() == before


@pytest.mark.parametrize("typed", list(NUMBER_CELLS), ids=lambda v: repr(v[:20]))
def test_number_cells_refuse_or_keep(path, typed):
    expected = NUMBER_CELLS[typed]
    with ReportStore(path) as s:
        sid = s.add_section(None, title="数字")
        iid = s.add_indicator(sid, name="指标", value="1", target="2", previous="3")
        for column in Indicator.NUMERIC:
            if expected is None:
                with pytest.raises(NumberInputError) as err:
                    s.update_indicator(iid, **{column: typed})
                assert str(err.value).strip() and "数" in str(err.value)
                with pytest.raises(NumberInputError):
                    s.add_indicator(sid, **{column: typed})
            else:
                s.update_indicator(iid, **{column: typed})
    with reopen(path) as s:
        (ind,) = s.indicators()
        got = (ind.value, ind.target, ind.previous)
        if expected is None:
            assert got == ("1", "2", "3")  # a refused value changes nothing
        else:
            assert got == (expected,) * 3
            if expected:
                assert to_decimal(expected) == Decimal(expected)


def test_unicode_digits_are_never_silently_rewritten(path):
    """Digits of other scripts (Arabic-Indic, Devanagari, mathematical bold, NKo) are refused
    with a message naming what was typed, and nothing is written."""
    with ReportStore(path) as s:
        sid = s.add_section(None)
        for typed in ["٣", "१२", "𝟏𝟐", "߃"]:
            with pytest.raises(NumberInputError) as err:
                s.add_indicator(sid, value=typed)
            assert str(err.value) == f"“{typed}”不是数字，请只填阿拉伯数字（可带小数点和负号）。"
        assert s.indicators(sid) == []


def test_five_hundred_nested_sections(path):
    with ReportStore(path) as s:
        parent = None
        ids = []
        for depth in range(500):
            parent = s.add_section(parent, title=f"第{depth}层", body=f"正文{depth}")
            ids.append(parent)
    with reopen(path) as s:
        report = s.load_report()
        views = list(report.walk())
        assert [v.depth for v in views] == list(range(500))
        assert [v.section.id for v in views] == ids
        assert views[499].section.title == "第499层"
        assert report.numbered_path(ids[-1]).count(" / ") == 499
        assert len(s.subtree_ids(ids[0])) == 500
        s.move_section(ids[250], None, 0)  # half the chain moves up in one go
        assert [v.depth for v in s.load_report().walk()][:3] == [0, 1, 2]
        snapshot = s.delete_section(ids[0])
        assert len(snapshot.sections) == 250
        s.restore_subtree(snapshot)
        assert len(s.sections()) == 500


def test_ten_thousand_indicator_rows(path):
    rows = [{"name": f"指标{i}", "value": f"{i}.{i % 100:02d}", "unit": "万元",
             "target": str(i * 3), "note": "😀" if i % 7 == 0 else ""} for i in range(10_000)]
    with ReportStore(path) as s:
        sid = s.add_section(None, title="大表")
        with s.transaction():
            for row in rows:
                s.add_indicator(sid, **row)
    with reopen(path) as s:
        got = s.indicators(sid)
        assert [i.position for i in got] == list(range(10_000))
        assert [{k: getattr(i, k) for k in rows[0]} for i in got] == rows
        make_backup(path)
    (info,) = list_backups(path)
    assert info.indicators == 10_000


# ---- a file from a newer version of the program --------------------------------------------
def make_newer_file(path: Path) -> bytes:
    with ReportStore.create(path) as s:
        sid = s.add_section(None, title="新版本写的", body="正文")
        s.add_indicator(sid, name="户数", value="12")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future_feature (x TEXT)")  # something this version does not know
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_newer_file_opens_read_only_and_is_never_upgraded(tmp_path):
    path = tmp_path / "来自新版本.db"
    original = make_newer_file(path)
    digest = hashlib.sha256(original).hexdigest()
    with pytest.raises(NewerFileError) as err:
        ReportStore(path)
    assert "只读" in str(err.value) and "更新版本" in str(err.value)
    assert isinstance(err.value, StoreError)
    make_backup(path)  # what opening does first
    with ReportStore(path, read_only=True) as s:
        assert s.read_only and s.schema_version == SCHEMA_VERSION + 1
        report = s.load_report()
        assert report.sections[0].title == "新版本写的"
        with pytest.raises(sqlite3.OperationalError):  # the connection itself refuses writes
            s.set_properties(title="不许改")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with pytest.raises(NewerFileError):  # still refused after all that
        ReportStore(path)
    assert path.read_bytes() == original


# ---- fuzzing -------------------------------------------------------------------------------
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
cell_numbers = st.one_of(
    st.just(""),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str).filter(
        lambda t: "E" not in t),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
)


@st.composite
def trees(draw):
    """A random section tree (parents before children) with indicator rows."""
    n = draw(st.integers(min_value=0, max_value=25))
    sections = []
    for i in range(n):
        parent = draw(st.one_of(st.none(), st.sampled_from(range(i)))) if i else None
        sections.append((parent, draw(any_text), draw(any_text),
                         draw(st.sampled_from(["auto", "none"]))))
    indicators = []
    if n:
        for _ in range(draw(st.integers(min_value=0, max_value=15))):
            indicators.append((draw(st.sampled_from(range(n))), draw(any_text),
                               draw(cell_numbers), draw(any_text), draw(any_text)))
    return sections, indicators


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(props=st.fixed_dictionaries({f: any_text for f in ReportProperties.field_names()}),
       tree=trees())
def test_fuzz_round_trip(tmp_path_factory, props, tree):
    path = tmp_path_factory.mktemp("fuzz") / "f.db"
    sections, indicators = tree
    with ReportStore.create(path) as s:
        s.set_properties(**props)
        ids = []
        for parent, title, body, numbering in sections:
            ids.append(s.add_section(None if parent is None else ids[parent], title=title,
                                     body=body, numbering=numbering))
        for index, name, value, unit, note in indicators:
            s.add_indicator(ids[index], name=name, value=value, unit=unit, note=note)
        written = s.load_report()
    with ReportStore(path) as s:
        read = s.load_report()
    assert read == written
    assert asdict(read.properties) == props
    by_id = {sec.id: sec for sec in read.sections}
    for sid, (parent, title, body, numbering) in zip(ids, sections):
        sec = by_id[sid]
        assert (sec.title, sec.body, sec.numbering) == (title, body, numbering)
        assert sec.parent_id == (None if parent is None else ids[parent])
    stored_rows = sorted((i.section_id, i.position, i.name, i.value, i.unit, i.note)
                         for i in read.indicators)
    expected_rows, counters = [], {}
    for index, name, value, unit, note in indicators:
        pos = counters.get(index, 0)
        counters[index] = pos + 1
        expected_rows.append((ids[index], pos, name, normalize_number(value), unit, note))
    assert stored_rows == sorted(expected_rows)
    assert len(list(read.walk())) == len(sections)


@settings(max_examples=200, deadline=None)
@given(typed=st.text(alphabet=string.digits + "０１２３４５６７８９.,，．-+ eE%约\u3000", max_size=14))
def test_fuzz_number_cells(typed):
    """Anything typed is refused with a message or kept as an exact decimal."""
    try:
        stored = normalize_number(typed)
    except NumberInputError as exc:
        assert str(exc)
        return
    if stored:
        assert to_decimal(stored) is not None
        assert normalize_number(stored) == stored  # canonical: a second pass changes nothing

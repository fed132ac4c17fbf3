"""The county collection: a folder of submissions from the five samples plus bad files."""
from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from collect_fixtures import ALIASES, EXPECTED, build_incoming_folder, make_submission
from conftest import SAMPLES
from township_app.collect import (CountyStore, CountyStoreError, IndicatorMapping,
                                  collect_folder)
from township_app.collect.entry import CollectedFile, IndicatorRow
from township_app.collect.summary import build_summary
from township_app.collect.units import convert


@pytest.fixture
def incoming(samples, tmp_path):
    return build_incoming_folder(SAMPLES, tmp_path)


def _snapshot(folder):
    return {p.relative_to(folder): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _column(summary, heading):
    return next(k for k, c in enumerate(summary.columns) if c.heading == heading)


def test_states_of_every_file(incoming):
    before = _snapshot(incoming)
    summary = collect_folder(incoming, mapping=IndicatorMapping(ALIASES), expected=EXPECTED)
    assert _snapshot(incoming) == before  # nothing written, no -wal/-journal left behind
    states = {str(e.path.relative_to(incoming)): (e.state, e.used) for e in summary.entries}
    assert states == {
        "城关镇.db": ("重复报送", True),
        "城关镇_初稿.db": ("重复报送", False),
        "碧涌镇.db": ("完好", True),
        "罗旧镇.db": ("完好", True),
        "晓坪乡.db": ("完好", True),
        "罗旧镇_改.db": ("导出后被修改", False),
        "龙井乡.db": ("期间不符", False),
        "其他/截断.db": ("无法读取", False),
        "其他/文本.db": ("无法读取", False),
        "其他/触发器.db": ("无法读取", False),
        "其他/新版本.db": ("无法读取", False),
        "其他/视图.db": ("无法读取", False),
        "其他/别的程序.db": ("无法读取", False),
    }
    reasons = {e.path.name: e.reason for e in summary.entries}
    assert "不完整" in reasons["截断.db"]
    assert "触发器" in reasons["触发器.db"]
    assert "更新版本" in reasons["新版本.db"]
    assert "不是上报文件" in reasons["文本.db"]
    assert "视图" in reasons["视图.db"]
    assert "不是本程序" in reasons["别的程序.db"]
    assert reasons["龙井乡.db"] == "报送期间为“2018年上半年”，本次汇总的是“2018年全年”。"
    assert "城关镇.db" in reasons["城关镇_初稿.db"] and "未采用" in reasons["城关镇_初稿.db"]
    assert summary.period == ("2018", "全年")
    assert summary.county == "芷江县"


def test_missing_townships_and_counts(incoming):
    summary = collect_folder(incoming, mapping=IndicatorMapping(ALIASES), expected=EXPECTED)
    assert summary.missing == ["龙井乡", "新店乡"]
    assert summary.townships == ["城关镇", "碧涌镇", "罗旧镇", "晓坪乡"]
    xiaoping = summary.entry_of("晓坪乡")
    # sample 004's own slips (written here from reading it): sums and a rate; the export declared them
    assert xiaoping.errors_now == xiaoping.errors_declared
    assert xiaoping.errors_now > 0
    assert all(f.location and f.message for f in xiaoping.finding_rows())


def test_indicators_matched_converted_and_totalled(incoming):
    summary = collect_folder(incoming, mapping=IndicatorMapping(ALIASES), expected=EXPECTED)
    headings = [c.heading for c in summary.columns]
    assert headings == ["低保户数（户）", "安排资金（万元）", "已拨付资金（万元）", "拨付率（%）",
                        "耕地面积（亩）", "农民人均纯收入（元）"]

    def row(heading):
        k = _column(summary, heading)
        return {t: summary.cell(t, k).text for t in summary.townships if summary.cell(t, k)}

    low = summary.columns[_column(summary, "低保户数（户）")]
    assert low.written_names == ["低保户数", "低保户", "城乡低保户数"]
    assert row("低保户数（户）") == {"城关镇": "212", "碧涌镇": "131", "罗旧镇": "96", "晓坪乡": "128"}
    assert low.total == Decimal("567")
    assert row("安排资金（万元）") == {"城关镇": "50", "碧涌镇": "174", "晓坪乡": "120"}
    assert summary.cell("晓坪乡", _column(summary, "安排资金（万元）")).written == "1200000元"
    assert row("已拨付资金（万元）") == {"城关镇": "45", "碧涌镇": "152.81", "晓坪乡": "96"}
    assert summary.columns[_column(summary, "已拨付资金（万元）")].total == Decimal("293.81")
    assert row("耕地面积（亩）") == {"城关镇": "1200", "碧涌镇": "1200", "晓坪乡": "2500"}
    assert summary.columns[_column(summary, "耕地面积（亩）")].total == Decimal("4900")
    # the rate: (152.81 + 96 + 45) ÷ (174 + 120 + 50) = 85.41%, not 90.0 + 87.82 + 80
    rate = summary.columns[_column(summary, "拨付率（%）")]
    assert rate.kind == "rate" and rate.formula == "{已拨付资金}/{安排资金}"
    assert rate.total == Decimal("85.41")
    assert row("拨付率（%）") == {"城关镇": "90.0", "碧涌镇": "87.82", "晓坪乡": "80"}
    income = summary.columns[_column(summary, "农民人均纯收入（元）")]
    assert income.kind == "other" and income.total is None


def test_without_the_mapping_the_spellings_stay_apart(incoming):
    summary = collect_folder(incoming, expected=EXPECTED)
    headings = [c.heading for c in summary.columns]
    assert headings[:1] == ["低保户数（户）"]
    assert "低保户（户）" in headings and "城乡低保户数（户）" in headings


def test_unit_conversion_is_exact():
    assert convert(Decimal("1528100"), "元", "万元") == Decimal("152.81")
    assert str(convert(Decimal("152.81"), "万元", "元")) == "1528100"
    assert str(convert(Decimal("2.5"), "亿元", "万元")) == "25000"
    assert str(convert(Decimal("12345"), "万元", "亿元")) == "1.2345"
    assert str(convert(Decimal("1500"), "元", "万元")) == "0.15"
    assert str(convert(Decimal("80"), "公顷", "亩")) == "1200"
    assert str(convert(Decimal("3.5"), "公顷", "亩")) == "52.5"
    assert str(convert(Decimal("100"), "亩", "公顷")) == "6.67"  # 6.666…: two more decimals
    with pytest.raises(ValueError):
        convert(Decimal(1), "元", "亩")


def _entry(township, rows):
    e = CollectedFile(path=township + ".db", township=township, year="2019", period="全年",
                      used=True)
    e.indicators = [IndicatorRow("一、基本情况", n, u, v, "", "", f) for n, v, u, f in rows]
    return e


def test_a_rate_without_a_written_formula_is_recomputed_from_the_pair_that_reproduces_it():
    entries = [
        _entry("甲乡", [("排查矛盾纠纷", "46", "起", ""), ("化解矛盾纠纷", "44", "起", ""),
                       ("化解率", "95.7", "%", "")]),
        _entry("乙乡", [("排查矛盾纠纷", "20", "起", ""), ("化解矛盾纠纷", "19", "起", ""),
                       ("化解率", "95", "%", "")]),
    ]
    summary = build_summary(entries, ("2019", "全年"))
    rate = summary.columns[2]
    assert rate.formula == "{化解矛盾纠纷}/{排查矛盾纠纷}" and rate.formula_inferred
    assert rate.total == Decimal("95.5")  # 63 ÷ 66 = 95.45…% at the 1 decimal written
    assert summary.columns[0].total == Decimal("66")


def test_a_per_head_figure_with_a_formula_is_recomputed_not_added():
    entries = [
        _entry("甲乡", [("农民总收入", "4400", "万元", ""), ("农业人口", "10000", "人", ""),
                       ("农民人均纯收入", "4400", "元", "={农民总收入}*10000/{农业人口}")]),
        _entry("乙乡", [("农民总收入", "2550", "万元", ""), ("农业人口", "5000", "人", ""),
                       ("农民人均纯收入", "5100", "元", "")]),
    ]
    column = build_summary(entries, ("2019", "全年")).columns[2]
    assert column.kind == "other" and column.formula == "{农民总收入}*10000/{农业人口}"
    assert column.total == Decimal("4633")  # 6950万元 ÷ 15000人, not 4400 + 5100


def test_a_rate_nobody_can_explain_gets_no_total():
    entries = [_entry("甲乡", [("参保率", "96", "%", "")]), _entry("乙乡", [("参保率", "98", "%", "")])]
    rate = build_summary(entries, ("2019", "全年")).columns[0]
    assert rate.total is None and "不能相加" in rate.total_note


def test_mapping_chains_and_ignores_spaces():
    m = IndicatorMapping({"城乡低保户数": "低保户", "低保户": "低保户数"})
    assert m.canonical(" 城乡 低保户数") == "低保户数"
    m.set("低保户", "")
    assert m.canonical("城乡低保户数") == "低保户"


def test_county_store_keeps_lists_and_shows_the_previous_period(incoming, tmp_path):
    county_db = tmp_path / "汇总.db"
    with CountyStore(county_db) as store:
        store.set_expected_townships(EXPECTED)
        store.set_aliases(ALIASES)
        first = collect_folder(incoming, store=store)
    assert first.missing == ["龙井乡", "新店乡"] and first.previous_period is None
    # next half-year: 城关镇 and 碧涌镇 send again, with other figures
    second = tmp_path / "2019上半年"
    second.mkdir()
    work = tmp_path / "work2"
    work.mkdir()
    sample = next(SAMPLES.glob("000_*.txt"))
    make_submission(sample, "城关镇", "2019", "上半年",
                    [("低保户数", "205", "户", ""), ("安排资金", "600000", "元", "")], work,
                    second / "城关镇.db")
    make_submission(next(SAMPLES.glob("002_*.txt")), "碧涌镇", "2019", "上半年",
                    [("低保户", "140", "户", "")], work, second / "碧涌镇.db")
    with CountyStore(county_db) as store:
        assert store.expected_townships() == EXPECTED
        summary = collect_folder(second, store=store)
        assert store.periods() == [("2018", "全年"), ("2019", "上半年")]
    assert summary.previous_period == ("2018", "全年")
    low = _column(summary, "低保户数（户）")
    cell = summary.cell("城关镇", low)
    assert (cell.value, cell.previous, cell.change) == (Decimal(205), Decimal(212), Decimal(-7))
    cell = summary.cell("碧涌镇", low)
    assert (cell.value, cell.previous, cell.change) == (Decimal(140), Decimal(131), Decimal(9))
    assert summary.columns[low].total_previous == Decimal("343")  # the same two townships
    money = summary.cell("城关镇", _column(summary, "安排资金（元）"))
    assert (money.previous, money.change) == (Decimal("500000"), Decimal("100000"))
    assert summary.missing == ["龙井乡", "罗旧镇", "晓坪乡", "新店乡"]
    # the table shows 上期 and 增减 beside 本期, the 合计 row too
    from township_app.collect.grid import summary_headers, summary_rows

    assert summary_headers(summary) == [
        "乡镇", "低保户数（户）", "低保户数（户） 上期", "低保户数（户） 增减",
        "安排资金（元）", "安排资金（元） 上期", "安排资金（元） 增减"]
    assert [[c.text for c in row] for row in summary_rows(summary)] == [
        ["城关镇", "205", "212", "-7", "600000", "500000", "+100000"],
        ["碧涌镇", "140", "131", "+9", "", "", ""],
        ["合计", "345", "343", "+2", "600000", "500000", "+100000"],
    ]


def test_files_without_a_township_name_are_not_duplicates_of_each_other(incoming, tmp_path):
    from collect_fixtures import set_meta

    folder = tmp_path / "无名"
    folder.mkdir()
    for name in ("碧涌镇.db", "晓坪乡.db"):
        target = folder / name
        target.write_bytes((incoming / name).read_bytes())
        set_meta(target, township="")
    summary = collect_folder(folder)
    assert [(e.township, e.state, e.used) for e in summary.entries] == [
        ("未填乡镇（晓坪乡）", "完好", True), ("未填乡镇（碧涌镇）", "完好", True)]


def test_the_county_file_kept_in_the_folder_is_not_collected(incoming):
    with CountyStore(incoming / "汇总.db") as store:
        summary = collect_folder(incoming, store=store, expected=EXPECTED)
    assert "汇总.db" not in {e.path.name for e in summary.entries}
    assert len(summary.entries) == 13


def test_county_store_refuses_a_report_file(incoming, tmp_path):
    with pytest.raises(CountyStoreError) as err:
        CountyStore(incoming / "晓坪乡.db")
    assert "不是汇总文件" in str(err.value)


def test_a_county_file_that_cannot_be_written_is_a_message(incoming, tmp_path):
    import sqlite3

    county = tmp_path / "汇总.db"
    CountyStore(county).close()
    other = sqlite3.connect(county, isolation_level=None)  # another program writing to it
    other.execute("BEGIN IMMEDIATE")
    try:
        with CountyStore(county) as store:
            store.conn.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(CountyStoreError) as err:
                collect_folder(incoming, store=store)
            assert store.periods() == []  # nothing half-written
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "无法写入汇总文件" in str(err.value) and "其他程序" in str(err.value)


def test_worker_processes_read_the_same_as_one_process(incoming):
    from township_app.collect import iter_collect

    def read(workers):
        entries = []
        for _ in iter_collect(incoming, entries, workers=workers):
            pass
        return [(e.path, e.state, e.reason, e.township, e.errors_now, e.warnings_now,
                 e.errors_declared, e.indicators, e.finding_rows()) for e in entries]

    one = read(1)
    assert read(2) == one
    assert len(one) == 13 and sum(len(row[-1]) for row in one) > 0
    # 取消 while workers read: closing the generator stops them, nothing else happens
    entries = []
    steps = iter_collect(incoming, entries, workers=2)
    for _ in range(3):
        next(steps)
    steps.close()
    assert 0 < len(entries) < 13

"""Units and their factors, stated by hand: 亿元 is 10⁸ 元, 1担 is 100斤, a count is exact.

The factors are written here, not read from checks/units.py, so a changed factor fails a test
instead of turning a correct `8000万元 + 4000万元，合计1.2亿元` into an error.
"""
from decimal import Decimal

from township_app.checks import check_text as check_all
from township_app.checks.intervals import Interval
from township_app.checks.tokens import tokenize, written_interval
from township_app.checks.units import (all_units, base_of, is_count, is_money, is_percent,
                                       normalize_unit_text)

def check_text(text):
    """The figures' findings (the wording and layout families are not about numbers)."""
    return [f for f in check_all(text) if f.family == "figures"]


FACTORS = [  # written unit, base unit, how many base units one written unit is
    ("亿元", "元", 100_000_000), ("万元", "元", 10_000), ("千元", "元", 1_000), ("元", "元", 1),
    ("万亩", "亩", 10_000), ("亩", "亩", 1), ("公顷", "公顷", 1),
    ("平方公里", "平方公里", 1), ("平方千米", "平方公里", 1), ("平方米", "平方米", 1),
    ("公里", "米", 1_000), ("千米", "米", 1_000), ("米", "米", 1),
    ("万户", "户", 10_000), ("万人次", "人次", 10_000), ("万人", "人", 10_000),
    ("吨", "公斤", 1_000), ("万吨", "公斤", 10_000_000), ("公斤", "公斤", 1), ("千克", "公斤", 1),
    ("万担", "斤", 1_000_000), ("担", "斤", 100), ("万斤", "斤", 10_000),
    ("%", "%", 1), ("％", "%", 1), ("‰", "‰", 1), ("个百分点", "个百分点", 1),
]

#: units that count things and are their own base
COUNTS = ("户次", "人次", "户", "人", "名", "个", "位", "家", "所", "座", "栋", "间", "套", "处",
          "株", "棵", "头", "只", "羽", "匹", "尾", "件", "次", "起", "场", "期", "批", "项",
          "条", "台", "辆", "盏", "块", "份", "口", "眼", "本", "册", "篇", "张", "幅", "副", "支",
          "宗", "例", "对", "床", "盘", "村", "组", "镇", "乡", "天", "课时")
#: measured on a continuous scale: a written integer may be rounded
MEASURES = ("‰", "元", "亩", "公顷", "平方公里", "平方米", "米", "公斤", "斤", "万斤", "%",
            "个百分点", "度", "升", "立方米", "方", "千瓦", "小时")


# (tables of cases are compared whole, one test each: a test's set-up costs more than a case)

def test_factor_to_base():
    assert {u: base_of(u) for u, _, _ in FACTORS} == {u: (b, Decimal(f)) for u, b, f in FACTORS}


def test_a_table_cell_in_that_unit_is_converted():
    # a cell written 3 is 3 units (±0.5 when the base is measured, exactly 3 when counted)
    expected = {}
    for unit, base, factor in FACTORS:
        half = Decimal("0.5") * factor if base in MEASURES else 0
        expected[unit] = Interval(3 * factor - half, 3 * factor + half)
    assert {u: written_interval("3", u) for u, _, _ in FACTORS} == expected


def _read(text):
    [q] = tokenize(text)
    return q.number, q.unit, q.base_unit, q.factor, q.interval


def test_the_tokenizer_reads_the_unit_with_its_factor():
    units = [f for f in FACTORS if f[0] not in ("%", "％")]
    assert {u: _read(f"今年完成12.5{u}。") for u, _, _ in units} == {
        u: ("12.5", u, b, Decimal(f), Interval(Decimal("12.45") * f, Decimal("12.55") * f))
        for u, b, f in units}


def test_full_width_percent_is_read_as_percent():
    [q] = tokenize("覆盖率达96.5％。")
    assert (q.number, q.unit, q.base_unit, q.kind) == ("96.5", "%", "%", "quantity")
    assert q.shown == "96.5%"
    assert normalize_unit_text("％") == "%"
    assert normalize_unit_text("%") == "%"
    assert normalize_unit_text("万元") == "万元"


def test_every_count_unit_is_read_and_exact():
    # 243人 is exactly 243
    assert {u: _read(f"共计243{u}。") for u in COUNTS} == {
        u: ("243", u, u, Decimal(1), Interval(Decimal(243), Decimal(243))) for u in COUNTS}
    assert [u for u in COUNTS if not is_count(u)] == []


def test_a_measure_is_not_a_count():
    assert [u for u in MEASURES if is_count(u)] == []


def test_no_unit_is_not_a_count():
    assert is_count("") is False


def test_ages_are_units_that_name_a_group():
    [q] = tokenize("年满60周岁。")
    assert (q.unit, q.kind) == ("周岁", "age")
    [q] = tokenize("共有65岁以上老人。")
    assert (q.unit, q.kind, q.approx) == ("岁", "age", True)


def test_measured_units_allow_rounding():
    units = ["度", "升", "千瓦", "立方米", "方", "斤", "公斤", "元", "亩", "小时"]
    assert {u: _read(f"共计243{u}。")[1:] for u in units} == {
        u: (u, u, Decimal(1), Interval(Decimal("242.5"), Decimal("243.5"))) for u in units}


def test_longest_unit_wins():
    units = all_units()
    assert all(len(a) >= len(b) for a, b in zip(units, units[1:]))
    assert units.index("万元") < units.index("元")
    assert units.index("平方公里") < units.index("公里")
    assert {"亿元", "户次", "课时", "个百分点", "‰", "周岁"} <= set(units)
    [q] = tokenize("面积3.5平方公里")
    assert (q.unit, q.base_unit) == ("平方公里", "平方公里")


def test_money_and_percent():
    assert [u for u in ("亿元", "万元", "千元", "元", "万亩", "户", "%") if is_money(u)] == [
        "亿元", "万元", "千元", "元"]
    assert [u for u in ("%", "％", "‰", "个百分点", "元") if is_percent(u)] == ["%", "％"]


def test_an_unknown_unit_is_its_own_base():
    assert base_of("箱") == ("箱", Decimal(1))


# the sentences below are the issue's: each total is the sum of its parts once the units are
# converted by hand (8000万元 + 4000万元 = 12000万元 = 1.2亿元)
def test_converted_parts_that_add_up_are_not_flagged():
    texts = ["共争取资金1.2亿元，分别为中央资金8000万元，省级资金4000万元。",
             "修建道路12公里，分别为硬化道路8000米，砂石路4000米。",
             "共帮扶1.2万户，分别为甲村8000户，乙村4000户。",
             "种植面积1.5万亩，分别为水稻9000亩，玉米6000亩。",
             "收购烟叶3万担，分别为上等烟100万斤，中等烟200万斤。",
             "全镇共有干部40名，其中男24人，女16人。"]
    assert {t: check_text(t) for t in texts} == {t: [] for t in texts}


def test_money_parts_in_another_unit_that_do_not_add_up():
    text = "共争取资金1.3亿元，分别为中央资金8000万元，省级资金4000万元。"
    [f] = check_text(text)
    assert (f.rule, f.severity, f.quote) == ("sum", "error", "1.3亿元")
    assert (f.location.line, f.location.column, f.location.length) == (1, 6, 5)
    assert f.message == "分项之和为 1.2 亿元（中央资金 8000 万元 + 省级资金 4000 万元），与总数 1.3 亿元 不符"


def test_length_parts_in_metres_of_a_total_in_kilometres():
    [f] = check_text("修建道路12公里，分别为硬化道路8000米，砂石路5000米。")
    assert (f.rule, f.severity, f.quote) == ("sum", "error", "12公里")
    assert f.message == "分项之和为 13 公里（硬化道路 8000 米 + 砂石路 5000 米），与总数 12 公里 不符"


def test_people_counted_as_名_and_人_together():
    [f] = check_text("全镇共有干部40名，其中男25人，女16人。")
    assert (f.rule, f.severity, f.quote) == ("sum", "error", "40名")
    assert f.message == "分项之和为 41 名（男 25 人 + 女 16 人），与总数 40 名 不符"
    [f] = check_text("共慰问老人12位，其中男5人，女8人。")
    assert (f.rule, f.severity, f.quote, f.message) == (
        "sum", "error", "12位", "分项之和为 13 位（男 5 人 + 女 8 人），与总数 12 位 不符")

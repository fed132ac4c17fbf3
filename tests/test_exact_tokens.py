"""Numbers in running text, field by field: offsets, digits, unit, approximation, kind and the
interval the written precision allows (every expected value counted here by hand)."""
from decimal import Decimal

import pytest

from township_app.checks.intervals import Interval
from township_app.checks.tokens import tokenize, written_interval

D = Decimal


def fields(text):
    return [(q.start, q.end, q.num_start, q.num_end, q.number, q.unit, q.base_unit, q.approx, q.kind)
            for q in tokenize(text)]


@pytest.mark.parametrize("text,expected", [
    ("安排资金约174万元", [(4, 10, 5, 8, "174", "万元", "元", True, "quantity")]),
    ("已拨付资金152.81万元", [(5, 13, 5, 11, "152.81", "万元", "元", False, "quantity")]),
    ("拨付率为85%", [(4, 7, 4, 6, "85", "%", "%", False, "quantity")]),
    ("占百分之八十五", [(1, 7, 4, 7, "85", "%", "%", False, "quantity")]),
    ("占百分之12.5", [(1, 8, 4, 8, "12.5", "%", "%", False, "quantity")]),
    ("约百分之十", [(0, 5, 4, 5, "10", "%", "%", True, "quantity")]),
    ("约3万人", [(0, 4, 1, 2, "3", "万人", "人", True, "quantity")]),
    ("投资1.2亿元", [(2, 7, 2, 5, "1.2", "亿元", "元", False, "quantity")]),
    ("种植3千亩", [(2, 5, 2, 3, "3", "千亩", "亩", False, "quantity")]),
    ("产值5亿", [(2, 4, 2, 3, "5", "亿", "", False, "quantity")]),
    ("新建１２３户", [(2, 6, 2, 5, "123", "户", "户", False, "quantity")]),
    ("共1,234人", [(1, 7, 1, 6, "1234", "人", "人", False, "quantity")]),
    ("共1,23人", [(1, 2, 1, 2, "1", "", "", False, "bare"),
                 (3, 6, 3, 5, "23", "人", "人", False, "quantity")]),
    ("100余人", [(0, 5, 0, 3, "100", "人", "人", True, "quantity")]),
    ("100多万元", [(0, 6, 0, 3, "100", "万元", "元", True, "quantity")]),
    ("100万余元", [(0, 6, 0, 3, "100", "万元", "元", True, "quantity")]),
    ("100来人", [(0, 5, 0, 3, "100", "人", "人", True, "quantity")]),
    ("100人左右", [(0, 6, 0, 3, "100", "人", "人", True, "quantity")]),
    ("100人以下", [(0, 6, 0, 3, "100", "人", "人", True, "quantity")]),
    ("100人以内", [(0, 6, 0, 3, "100", "人", "人", True, "quantity")]),
    ("100人上下", [(0, 6, 0, 3, "100", "人", "人", True, "quantity")]),
    ("大约5人", [(0, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("达到约5人", [(0, 5, 3, 4, "5", "人", "人", True, "quantity")]),
    ("将近5人", [(0, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("接近5人", [(0, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("超过5人", [(0, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("逾5人", [(0, 3, 1, 2, "5", "人", "人", True, "quantity")]),
    ("不足5人", [(0, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("不到5人", [(0, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("近5人", [(0, 3, 1, 2, "5", "人", "人", True, "quantity")]),
    ("签约12600人", [(2, 8, 2, 7, "12600", "人", "人", False, "quantity")]),
    ("节约3万元", [(2, 5, 2, 3, "3", "万元", "元", False, "quantity")]),
    ("最近3年", [(2, 3, 2, 3, "3", "", "", False, "date")]),
    ("四十人", [(0, 3, 0, 2, "40", "人", "人", False, "quantity")]),
    ("年满六十岁", [(2, 5, 2, 4, "60", "岁", "岁", False, "age")]),
    ("65岁以上老人", [(0, 5, 0, 2, "65", "岁", "岁", True, "age")]),
    ("第3名", [(1, 3, 1, 2, "3", "名", "名", False, "ordinal")]),
    ("#3人", [(1, 3, 1, 2, "3", "人", "人", False, "ordinal")]),
    ("№5", [(1, 2, 1, 2, "5", "", "", False, "ordinal")]),
    ("5G基站", [(0, 1, 0, 1, "5", "", "", False, "code")]),
    ("iPhone12", [(6, 8, 6, 8, "12", "", "", False, "code")]),
    ("３Ａ景区", [(0, 1, 0, 1, "3", "", "", False, "code")]),
    ("“3+2”", [(1, 2, 1, 2, "3", "", "", False, "code"), (3, 4, 3, 4, "2", "", "", False, "code")]),
    ("37-94辣椒", [(0, 2, 0, 2, "37", "", "", False, "code"), (3, 5, 3, 5, "94", "", "", True, "code")]),
    ("35～64岁", [(0, 2, 0, 2, "35", "", "", False, "bare"), (3, 6, 3, 5, "64", "岁", "岁", True, "age")]),
    ("3至5人", [(0, 1, 0, 1, "3", "", "", False, "bare"), (2, 4, 2, 3, "5", "人", "人", True, "quantity")]),
    ("3-5人", [(0, 1, 0, 1, "3", "", "", False, "code"), (2, 4, 2, 3, "5", "人", "人", True, "code")]),
    ("编号3-5", [(2, 3, 2, 3, "3", "", "", False, "code"), (4, 5, 4, 5, "5", "", "", True, "code")]),
    ("B区3-A栋", [(2, 3, 2, 3, "3", "", "", False, "bare")]),
    ("共3-", [(1, 2, 1, 2, "3", "", "", False, "bare")]),
    ("2020年", [(0, 4, 0, 4, "2020", "", "", False, "year")]),
    ("1900年", [(0, 4, 0, 4, "1900", "", "", False, "year")]),
    ("2100年", [(0, 4, 0, 4, "2100", "", "", False, "year")]),
    ("1899年", [(0, 4, 0, 4, "1899", "", "", False, "date")]),
    ("2101年", [(0, 4, 0, 4, "2101", "", "", False, "date")]),
    ("12月", [(0, 2, 0, 2, "12", "", "", False, "date")]),
    ("第5届", [(1, 2, 1, 2, "5", "", "", False, "ordinal")]),
    ("5日", [(0, 1, 0, 1, "5", "", "", False, "date")]),
    ("3/4", [(0, 1, 0, 1, "3", "", "", False, "code"), (2, 3, 2, 3, "4", "", "", False, "bare")]),
    ("10:30开会", [(0, 2, 0, 2, "10", "", "", False, "code"), (3, 5, 3, 5, "30", "", "", False, "bare")]),
    ("共3/", [(1, 2, 1, 2, "3", "", "", False, "bare")]),
    ("单价3/亩", [(2, 3, 2, 3, "3", "", "", False, "bare")]),
    ("共12", [(1, 3, 1, 3, "12", "", "", False, "bare")]),
    ("一是加强", []),
    ("每三人", []),
    ("第三名", []),
    ("三会一课", []),
])
def test_tokens(text, expected):
    assert fields(text) == expected


def test_chinese_numerals_carry_their_precision():
    [q] = tokenize("四十人")
    assert (q.chinese, q.place) == (True, 10)
    assert q.interval == Interval(D(35), D(45))  # 四十 is precise to tens
    [q] = tokenize("二百三十五户")
    assert (q.number, q.place, q.interval) == ("235", 1, Interval(D(235), D(235)))  # a count, as 235户
    [q] = tokenize("一百二十户")
    assert (q.number, q.place, q.interval) == ("120", 10, Interval(D(120), D(120)))  # as 120户: not 115–125
    [q] = tokenize("二百三十五亩")
    assert q.interval == Interval(D("234.5"), D("235.5"))  # a measure, as 235亩
    [q] = tokenize("修路三公里")
    assert (q.number, q.unit, q.factor, q.interval) == ("3", "公里", D(1000), Interval(D(2500), D(3500)))
    [q] = tokenize("五万元")
    assert (q.number, q.unit, q.factor, q.place) == ("5", "万元", D(10000), 1)  # read and shown as 5万元
    assert q.interval == Interval(D("45000"), D("55000"))  # 五万 is precise to 万
    [q] = tokenize("一千一百八十万元")
    assert (q.number, q.unit, q.shown) == ("1180", "万元", "1180 万元")
    assert q.interval == Interval(D("11795000"), D("11805000"))  # as 1180万元: to the 万, not 1175–1185万
    [q] = tokenize("两亿元")
    assert (q.number, q.unit, q.interval) == ("2", "亿元", Interval(D("150000000"), D("250000000")))
    [q] = tokenize("三千人")
    assert q.interval == Interval(D(2500), D(3500))  # a round figure: one significant digit


def test_intervals_in_base_units():
    [q] = tokenize("152.81万元")
    assert q.factor == D(10000)
    assert q.interval == Interval(D("1528050"), D("1528150"))
    [q] = tokenize("243人")
    assert q.interval == Interval(D(243), D(243))  # a count is exact
    [q] = tokenize("243.5人")
    assert q.interval == Interval(D("243.45"), D("243.55"))
    [q] = tokenize("3万人")
    assert q.interval == Interval(D(25000), D(35000))  # 3万 is precise to 万
    [q] = tokenize("300亩")
    assert q.interval == Interval(D("299.5"), D("300.5"))  # a measure may be rounded
    [q] = tokenize("5千元")
    assert (q.unit, q.factor, q.interval) == ("千元", D(1000), Interval(D(4500), D(5500)))
    [q] = tokenize("种植3千亩")
    assert (q.unit, q.base_unit, q.factor, q.interval) == ("千亩", "亩", D(1000), Interval(D(2500), D(3500)))
    [q] = tokenize("栽种3万株")
    assert (q.unit, q.base_unit, q.factor, q.interval) == ("万株", "株", D(10000), Interval(D(25000), D(35000)))
    [q] = tokenize("2亿")
    assert (q.factor, q.interval) == (D(10) ** 8, Interval(D(150000000), D(250000000)))


def test_shown_and_flags():
    a, b, c, d, e = tokenize("152.81万元，87.82%，3个百分点，共12，约5人")
    assert [q.shown for q in (a, b, c, d, e)] == ["152.81 万元", "87.82%", "3个百分点", "12", "5 人"]
    assert [q.is_quantity for q in (a, b, c, d, e)] == [True, True, True, False, True]
    assert [q.exact for q in (a, b, c, d, e)] == [True, True, True, False, False]


def test_a_number_at_the_start_looks_at_nothing_before_it():
    # the text's last character is not "before" its first: 附件A does not make 12户 a code
    assert fields("12户已完成改造，详见附件A")[0] == (0, 3, 0, 2, "12", "户", "户", False, "quantity")
    assert fields("三户已搬迁，其余见第")[0] == (0, 2, 0, 1, "3", "户", "户", False, "quantity")
    assert fields("近3年来，我镇与县城相邻")[0] == (0, 2, 1, 2, "3", "", "", True, "date")


def test_full_width_digits_and_point():
    [q] = tokenize("１５２．８１万元")
    assert (q.number, q.num_start, q.num_end) == ("152.81", 0, 6)


def test_tokenize_is_memoized():
    assert tokenize("共有12户") is tokenize("共有12户")


@pytest.mark.parametrize("number,unit,interval", [
    ("12", "户", Interval(D(12), D(12))),
    ("12", "万户", Interval(D(120000), D(120000))),
    ("1.2", "万户", Interval(D(11500), D(12500))),
    ("12", "", Interval(D("11.5"), D("12.5"))),
    ("12", "万元", Interval(D(115000), D(125000))),
    ("87.82", "%", Interval(D("87.815"), D("87.825"))),
])
def test_table_cells(number, unit, interval):
    assert written_interval(number, unit) == interval


def test_empty_or_unreadable_cells():
    assert written_interval("", "万元") is None
    assert written_interval("abc", "元") is None
    assert written_interval("abc", "户") is None


def test_full_width_digits_group_thousands_with_either_comma():
    from township_app.checks.tokens import tokenize
    assert [(q.number, q.unit) for q in tokenize("全年接处警２，１８６起，求助类１,３８４起")] == [("2186", "起"), ("1384", "起")]
    # ASCII digits and a full-width comma: two figures, as a list writes them
    assert [(q.number, q.unit) for q in tokenize("2，186户")] == [("2", ""), ("186", "户")]


def test_a_space_before_the_percent_sign_of_a_copy():
    # 占…的60 %: the figure is 60%; the space is kept out of nothing but the unit's reading
    assert fields("的60 %。") == [(1, 5, 1, 3, "60", "%", "%", False, "quantity")]
    assert fields("增长 5 ％") == [(3, 6, 3, 4, "5", "%", "%", False, "quantity")]
    # two spaces are a gap, not a stray one
    assert fields("60  %") == [(0, 2, 0, 2, "60", "", "", False, "bare")]


def test_a_lone_hundred_or_thousand_names_a_round_plot():
    # 百亩方, 千亩基地: names, not measured areas; 一百亩 is a figure
    assert [(q.number, q.unit, q.approx) for q in tokenize("百亩方平均亩产912.7公斤，建成千亩基地，新增一百亩")] == [
        ("100", "亩", True), ("912.7", "公斤", False), ("1000", "亩", True), ("100", "亩", False)]


def test_a_space_between_a_figure_and_its_unit():
    # copies from PDF and Word put a space between a figure and its unit (1,058 人)
    assert fields("残疾人 1,058 人") == [(4, 11, 4, 9, "1058", "人", "人", False, "quantity")]
    assert fields("投资 1.5 万元") == [(3, 9, 3, 6, "1.5", "万元", "元", False, "quantity")]
    # a year, an ordinal and a figure followed by another figure stay what they are
    assert [q.kind for q in tokenize("2023 年，第 3 名，2316 2298")] == ["bare", "ordinal", "bare", "bare"]


def test_thousands_grouped_by_a_space_before_a_word():
    # 1 865 人次 and 21 604人 are single figures; two columns of a table (12 345) stay two
    assert [(q.number, q.unit) for q in tokenize("培训 1 865 人次，参保 21 604人")] == [("1865", "人次"), ("21604", "人")]
    assert [q.number for q in tokenize("东村 12 345")] == ["12", "345"]


@pytest.mark.parametrize("text,number,unit,quote", [
    ("全镇实现财政收入1亿2536万元，同比增长8%。", "12536", "万元", "1亿2536万元"),
    ("完成全程接种12亿6190.8万人", "126190.8", "万人", "12亿6190.8万人"),
])
def test_a_figure_written_in_yi_and_wan_is_one_figure(text, number, unit, quote):
    q = tokenize(text)[0]
    assert (q.number, q.unit, text[q.start:q.end]) == (number, unit, quote)


def test_yi_and_a_separate_wan_figure_stay_two():
    assert [q.number for q in tokenize("投资1亿元，其中2000万元")] == ["1", "2000"]


@pytest.mark.parametrize("text, expected", [
    # statistics bulletins write units in Latin letters: read as the Chinese unit, shown as written
    ("产量91.17万t", [(2, 9, 2, 7, "91.17", "万t", "公斤", False, "quantity")]),
    ("化肥200t", [(2, 6, 2, 5, "200", "t", "公斤", False, "quantity")]),
    ("道路15km，", [(2, 6, 2, 4, "15", "km", "米", False, "quantity")]),
    ("面积2.3万hm²", [(2, 9, 2, 5, "2.3", "万hm²", "公顷", False, "quantity")]),
    ("住房120m2", [(2, 7, 2, 5, "120", "m2", "平方米", False, "quantity")]),
    # a Latin letter that begins a word is no unit: the number is a code, as before
    ("建成5G基站", [(2, 3, 2, 3, "5", "", "", False, "code")]),
    ("第4th名", [(1, 2, 1, 2, "4", "", "", False, "ordinal")]),
    ("10tons", [(0, 2, 0, 2, "10", "", "", False, "code")]),
])
def test_latin_units(text, expected):
    assert fields(text) == expected


def test_latin_units_convert_like_their_chinese_ones():
    a, b = tokenize("91.17万t与911700吨")
    assert a.interval == Interval(D("911650000"), D("911750000"))  # 91.165–91.175 万吨 in 公斤
    assert b.interval == Interval(D("911699500"), D("911700500"))  # 911699.5–911700.5 吨


def test_thousands_spaced_out_before_a_decimal_point():
    # 20 691.34 万元: one figure, 20691.34 (not 20 and 691.34)
    [q] = tokenize("筹集资金20 691.34万元")
    assert (q.number, q.unit, q.start, q.end) == ("20691.34", "万元", 4, 15)


def test_a_rate_per_hundred_thousand_is_one_figure():
    # 9.80/10万: 9.80 per 100,000 people, one figure in its own unit (not 9.80 and 10万)
    assert [(q.number, q.unit, q.kind) for q in tokenize("孕产妇死亡率为9.80/10万，较上年9.87/10万下降了0.71%")] \
        == [("9.80", "/10万", "quantity"), ("9.87", "/10万", "quantity"), ("0.71", "%", "quantity")]


def test_the_unit_after_a_copys_gloss_of_wan_is_read():
    """萬(wàn)人: a copying site's gloss of 萬 stands between it and the unit; the text as analysed
    has it blanked, and the unit after the blank is the figure's (with a space too: 萬(wàn) 名)."""
    from township_app.checks.script import analysis_text

    text = analysis_text("常住人口13.0萬(wàn)人，劳动力7.7萬(wàn) 名。")
    assert fields(text) == [(4, 15, 4, 8, "13.0", "万人", "人", False, "quantity"),
                            (19, 30, 19, 22, "7.7", "万名", "名", False, "quantity")]
    # the same spaces where no gloss stood: a table's next cell, not the unit
    assert fields("资金5万      人数30人") == [(2, 4, 2, 3, "5", "万", "", False, "quantity"),
                                             (12, 15, 12, 14, "30", "人", "人", False, "quantity")]


def test_a_small_full_stop_is_a_decimal_point():
    # 比上年增长14﹒5%: a copy's small full stop (U+FE52) where the point was
    [q] = tokenize("比上年增长14﹒5%")
    assert (q.number, q.unit, q.interval) == ("14.5", "%", Interval(D("14.45"), D("14.55")))


def test_a_unit_after_a_bracket_of_parts_is_theirs_and_their_totals():
    # 2699(国税1636地税1036)万元: the 万元 after the bracket is the unit of all three
    got = [(q.number, q.unit, q.kind) for q in tokenize("完成财税目标任务2699(国税1636地税1036)万元，")]
    assert got == [("2699", "万元", "quantity"), ("1636", "万元", "quantity"), ("1036", "万元", "quantity")]
    # a year in the bracket, or one figure alone, is no list of parts: left as written
    got = [(q.number, q.unit, q.kind) for q in tokenize("任务2699(2019年1636)万元，")]
    assert got[0] == ("2699", "", "bare")
    got = [(q.number, q.unit, q.kind) for q in tokenize("完成2019(上半年1636)万元。")]
    assert [g[1] for g in got] == ["", ""]

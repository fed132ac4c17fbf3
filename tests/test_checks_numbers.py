"""Tokenizer, Chinese numerals and interval arithmetic."""
from decimal import Decimal

import pytest

from township_app.checks.intervals import Interval
from township_app.checks.numerals import parse_chinese_numeral
from township_app.checks.tokens import tokenize


@pytest.mark.parametrize("text,value,place", [
    ("四十", 40, 10), ("二百三十五", 235, 1), ("五万", 50000, 10000), ("一千二百", 1200, 100),
    ("两", 2, 1), ("十五", 15, 1), ("一百零五", 105, 1), ("四十万", 400000, 100000),
])
def test_chinese_numerals(text, value, place):
    assert parse_chinese_numeral(text) == (value, place)


def test_not_a_numeral():
    assert parse_chinese_numeral("三四") is None
    assert parse_chinese_numeral("abc") is None


def _toks(text):
    return [(text[q.start:q.end], q.number, q.unit, q.approx, q.kind) for q in tokenize(text)]


def test_tokenizer_units_offsets_and_approximation():
    text = "种植1047.67亩，投入四十余万元，收入约五万左右元，百分之八十，1,234户，２３４户"
    assert _toks(text) == [
        ("1047.67亩", "1047.67", "亩", False, "quantity"),
        ("四十余万元", "40", "万元", True, "quantity"),
        ("约五万左右元", "5", "万元", True, "quantity"),  # as 四十余万元 is: the 万 read with the unit
        ("百分之八十", "80", "%", False, "quantity"),
        ("1,234户", "1234", "户", False, "quantity"),
        ("２３４户", "234", "户", False, "quantity"),
    ]


def test_codes_years_dates_are_not_quantities():
    kinds = {t[0]: t[4] for t in _toks("5G基站，3+2品牌，2019年3月15日，第6名，37-94辣椒，12345平台")}
    assert kinds["5"] == "code" and kinds["3"] in ("code", "date")
    assert kinds["2019"] == "year" and kinds["15"] == "date"
    assert kinds["37"] == "code" and kinds["12345"] == "bare"
    assert all(k != "quantity" for k in kinds.values())


def test_written_precision_interval():
    [q] = tokenize("拨付率为87.82%")
    assert (q.interval.lo, q.interval.hi) == (Decimal("87.815"), Decimal("87.825"))
    [money] = tokenize("152.81万元")
    assert money.base_unit == "元" and money.interval.lo == Decimal("1528050")
    [count] = tokenize("243人")
    assert count.interval == Interval.exact(243)


def test_interval_arithmetic():
    a = Interval.from_written("152.81")
    b = Interval.from_written("174")
    ratio = (a / b).scaled(100)
    assert ratio.intersects(Interval.from_written("87.82"))
    assert not ratio.intersects(Interval.from_written("85"))
    assert (Interval.exact(3) - Interval.exact(5)) == Interval.exact(-2)
    with pytest.raises(ZeroDivisionError):
        a / Interval(Decimal(-1), Decimal(1))

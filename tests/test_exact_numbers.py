"""What a number cell keeps for what is typed, and what it says when it refuses (exact texts)."""
from decimal import Decimal

import pytest

from township_app.numbers import NumberInputError, decimals_of, normalize_number, to_decimal


@pytest.mark.parametrize("typed,kept", [
    ("", ""), ("   ", ""), ("\u3000", ""),
    ("87.82", "87.82"), ("152.810", "152.810"), (" 87.82 ", "87.82"), ("0", "0"),
    ("１２３．４", "123.4"), ("－５", "-5"), ("＋５", "+5"), ("+5", "+5"), ("-5", "-5"),
    ("1,234", "1234"), ("12,345.67", "12345.67"), ("1,234,567", "1234567"), ("１，２３４", "1234"),
    ("-1,234", "-1234"),
    (".5", "0.5"), ("+.5", "+0.5"), ("-.5", "-0.5"), ("．５", "0.5"), ("－．５", "-0.5"),
    ("1 234", "1234"), ("1\u30002", "12"),
])
def test_kept_as_typed_once_normalized(typed, kept):
    assert normalize_number(typed) == kept


def _refusal(typed):
    with pytest.raises(NumberInputError) as caught:
        normalize_number(typed)
    return str(caught.value)


@pytest.mark.parametrize("typed,message", [
    ("85%", "“85%”不是数字：百分号请填在“单位”列，数值只填数字。"),
    ("85％", "“85％”不是数字：百分号请填在“单位”列，数值只填数字。"),
    ("约100", "“约100”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("100余", "“100余”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("100多", "“100多”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("100左右", "“100左右”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("近100", "“近100”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("超100", "“超100”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("过100", "“过100”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("100以上", "“100以上”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"),
    ("1.2.3", "“1.2.3”有多个小数点，不是有效数字。"),
    ("1．2．3", "“1．2．3”有多个小数点，不是有效数字。"),
    ("1.2．3", "“1.2．3”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
    ("1.5kg", "“1.5kg”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
    ("1．5kg", "“1．5kg”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
    ("12,34", "“12,34”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
    ("  abc  ", "“abc”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
    ("--5", "“--5”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
    ("5.", "“5.”不是数字，请只填阿拉伯数字（可带小数点和负号）。"),
])
def test_refusals_say_why(typed, message):
    assert _refusal(typed) == message


def test_long_input_is_shortened_in_the_message():
    twenty = "一二三四五六七八九十一二三四五六七八九十"
    assert _refusal(twenty) == f"“{twenty}”不是数字，请只填阿拉伯数字（可带小数点和负号）。"
    assert _refusal(twenty + "百") == f"“{twenty}…”不是数字，请只填阿拉伯数字（可带小数点和负号）。"


def test_the_error_is_a_value_error():
    assert issubclass(NumberInputError, ValueError)


def test_exact_decimal_of_the_kept_text():
    assert to_decimal("") is None
    assert to_decimal("0") == Decimal(0)
    assert str(to_decimal("152.810")) == "152.810"
    assert to_decimal("-0.5") == Decimal("-0.5")


@pytest.mark.parametrize("text,decimals", [
    ("152.810", 3), ("87", 0), ("0.5", 1), ("-1.25", 2), ("", 0), ("10.00", 2)])
def test_written_decimals(text, decimals):
    assert decimals_of(text) == decimals

"""What a character is to the proofreading rules: Chinese script or punctuation, a 序号's numeral,
a web or mail address, a cited name, the neighbour a half-width mark is judged by (written by hand)."""
import pytest

from township_app.checks.proofread.chars import (CHINESE_PUNCTUATION, CN_NUMERAL, CN_NUMERAL_RE, Protected,
                                                 address_spans, is_ascii_word, is_chinese, is_han, neighbour_left,
                                                 neighbour_right, numeral_value)


@pytest.mark.parametrize("text,spans", [
    ("详见http://www.gov.cn/a,b;c，请查阅", [(2, 25)]),
    ("见https://a.cn/x.", [(1, 15)]),
    ("见www.gov.cn),", [(1, 11)]),
    ("下载ftp://a.cn/f", [(2, 14)]),
    ("见http://a.cn/p?q=1&r='s'", [(1, 23)]),
    ("联系邮箱abc.def@qq.com。", [(4, 18)]),
    ("网址www.a.cn，邮箱x@y.cn", [(2, 10), (13, 19)]),
    ("邮箱a@b.c，见a.cn", []),
    ("普通文本，无网址", []),
])
def test_address_spans(text, spans):
    assert address_spans(text) == spans


@pytest.mark.parametrize("code,han", [
    (0x4E00, True), (0x4DFF, False), (0x9FFF, True), (0xA000, False),
    (0x3400, True), (0x33FF, False), (0x4DBF, True), (0x4DC0, False),
    (0xF900, True), (0xF8FF, False), (0xFAFF, True), (0xFB00, False),
    (0x3007, True), (0x3006, False), (0x3008, False),
])
def test_is_han_at_the_edges_of_its_blocks(code, han):
    assert is_han(chr(code)) is han


def test_chinese_script_and_punctuation():
    assert [is_han(c) for c in ("", "a", "，", "一")] == [False, False, False, True]
    assert [is_chinese(c) for c in ("", "a", ",", "，", "。", "…", "〔", "甲", "1")] == [
        False, False, False, True, True, True, True, True, False]
    assert set("，。、；：！？“”‘’（）《》〈〉【】〔〕「」『』…—·～﹏") == CHINESE_PUNCTUATION
    assert [is_ascii_word(c) for c in ("a", "Z", "5", "_", " ", "一", "１", "é")] == [
        True, True, True, False, False, False, False, False]
    assert (CN_NUMERAL, CN_NUMERAL_RE) == ("一二三四五六七八九十", "[一二三四五六七八九十]{1,3}")


@pytest.mark.parametrize("text,value", [
    ("一", 1), ("九", 9), ("〇", 0), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("九十九", 99),
    ("一十", 10), ("", None), ("二三", None), ("十十", None), ("一二十", None), ("十二三", None), ("甲", None),
    ("十甲", None), ("零", None), ("二十十", None),
])
def test_numeral_value(text, value):
    assert numeral_value(text) == value


def test_protected_spans_are_addresses_and_cited_names():
    cited = Protected("依据《劳动法》规定")
    assert [i for i in range(9) if i in cited] == [2, 3, 4, 5, 6]
    addressed = Protected("见www.a.cn，ab@qq.com")
    assert [i for i in range(19) if i in addressed] == [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    # an address inside a cited name: one span, the name's
    nested = Protected("《见www.a.cn的通知》。")
    assert [i for i in range(15) if i in nested] == list(range(14))
    # side by side: both
    touching = Protected("见www.a.cn《法》。")
    assert [i for i in range(13) if i in touching] == list(range(1, 12))
    assert [i for i in range(6) if i in Protected("《法》")] == [0, 1, 2]
    assert [i for i in range(6) if i in Protected("普通文本")] == []


@pytest.mark.parametrize("text,pos,left", [
    ("甲 \t\u3000,", 4, "甲"), (",", 0, ""), ("甲\n ,", 3, ""), ("a b", 2, "a"), ("ab", 1, "a"), ("甲\n,", 2, ""), (" ,", 1, ""),
])
def test_neighbour_left(text, pos, left):
    assert neighbour_left(text, pos) == left


@pytest.mark.parametrize("text,pos,right", [
    (" \t\u3000甲", 0, "甲"), ("甲 ", 1, ""), (" \n甲", 0, ""), ("ab", 1, "b"), ("ab", 2, ""), ("\n甲", 0, ""),
])
def test_neighbour_right(text, pos, right):
    assert neighbour_right(text, pos) == right

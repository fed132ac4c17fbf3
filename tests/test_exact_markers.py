"""The 序号 a text holds, as the numbering and heading rules read them: level, value, where the
序号 stands, as typed, its mark and whether it opens a paragraph (written by hand)."""
import pytest

from township_app.checks.proofread.markers import (AR_PAREN, ARABIC, CN_DUN, CN_PAREN, DI, PART, SHI, Marker,
                                                   find_markers, first_of)


def test_levels_are_ordered_outermost_first():
    assert (PART, CN_DUN, CN_PAREN, ARABIC, AR_PAREN, DI, SHI) == (0, 1, 2, 3, 4, 5, 6)


@pytest.mark.parametrize("text,expected", [
    ("一、基本情况", [Marker(CN_DUN, 1, 0, 2, "一、", "、", 1, True)]),
    ("十一．基本情况", [Marker(CN_DUN, 11, 0, 3, "十一．", "．", 2, True)]),
    ("二十.基本情况", [Marker(CN_DUN, 20, 0, 3, "二十.", ".", 2, True)]),
    ("工作。（二）加强", [Marker(CN_PAREN, 2, 3, 6, "（二）", "", -1, False)]),
    ("(十二)加强", [Marker(CN_PAREN, 12, 0, 4, "(十二)", "", -1, True)]),
    ("(3)加强", [Marker(AR_PAREN, 3, 0, 3, "(3)", "", -1, True)]),
    ("情况如下：（12）加强", [Marker(AR_PAREN, 12, 5, 9, "（12）", "", -1, False)]),
    ("第三部分 成效", [Marker(PART, 3, 0, 4, "第三部分", "", -1, True)]),
    ("第二，加强", [Marker(DI, 2, 0, 2, "第二", "", -1, True)]),
    ("要求：第十：落实", [Marker(DI, 10, 3, 5, "第十", "", -1, False)]),
    ("12.加强", [Marker(ARABIC, 12, 0, 3, "12.", ".", 2, True)]),
    ("  1、加强", [Marker(ARABIC, 1, 2, 4, "1、", "、", 3, True)]),
    ("甲\n\u30003．加强", [Marker(ARABIC, 3, 3, 5, "3．", "．", 4, True)]),
    ("甲；\t4.乙！5.丙?6.丁", [Marker(ARABIC, 4, 3, 5, "4.", ".", 4, False),
                          Marker(ARABIC, 5, 7, 9, "5.", ".", 8, False),
                          Marker(ARABIC, 6, 11, 13, "6.", ".", 12, False)]),
    ("一是加强领导；二是强化保障。", [Marker(SHI, 1, 0, 2, "一是", "", -1, True),
                            Marker(SHI, 2, 7, 9, "二是", "", -1, False)]),
    ("问题，十二是人才、 十三是资金", [Marker(SHI, 12, 3, 6, "十二是", "", -1, False),
                              Marker(SHI, 13, 10, 13, "十三是", "", -1, False)]),
    ("甲\n三是乙", [Marker(SHI, 3, 2, 4, "三是", "", -1, True)]),
    ("一是加强领导，任务有三", [Marker(SHI, 1, 0, 2, "一是", "", -1, True)]),
    # a line opening with the mark before the 序号: not at the paragraph's start
    ("：1.丙", [Marker(ARABIC, 1, 1, 3, "1.", ".", 2, False)]),
    ("，一是甲", [Marker(SHI, 1, 1, 3, "一是", "", -1, False)]),
    (" 一是甲", [Marker(SHI, 1, 1, 3, "一是", "", -1, True)]),
    ("问题，二十三是甲", [Marker(SHI, 23, 3, 7, "二十三是", "", -1, False)]),
    # after a 顿号 二是 reads as a 序号 (the sequence rule finds 一是 typed before it)
    ("坚持一是一、二是二", [Marker(SHI, 2, 6, 8, "二是", "", -1, False)]),
    # in order of position, heading numbers and 一是 together
    ("一、甲\n一是乙；二是丙。\n二、丁", [Marker(CN_DUN, 1, 0, 2, "一、", "、", 1, True),
                                Marker(SHI, 1, 4, 6, "一是", "", -1, True),
                                Marker(SHI, 2, 8, 10, "二是", "", -1, False),
                                Marker(CN_DUN, 2, 13, 15, "二、", "、", 14, True)]),
])
def test_markers_found(text, expected):
    assert list(find_markers(text)) == expected


@pytest.mark.parametrize("text", [
    "", "甲", "1.5万元", "增长3.5%", "1、2月份完成", "共3、4户", "二、", "二、\n基本情况", "0、加强", "十十、甲",
    "零、甲", "统一、规范", "其一是", "唯一是", "，一是的确", "，一是是", "，一二三四是",
    "，十一十是", "一、、甲", "一..甲", "1..甲", "1.、甲", "第一部分", "第一是", "增长1.%", "1.％", "123.加强",
    "(123)加强", "（一二三四）加强", "第一次会议",
])
def test_no_marker(text):
    assert find_markers(text) == ()


@pytest.mark.parametrize("marker,first", [
    (Marker(PART, 3, 0, 4, "第三部分"), "第一部分"),
    (Marker(CN_DUN, 2, 0, 2, "二、", "、", 1), "一、"),
    (Marker(CN_PAREN, 2, 0, 3, "(二)"), "（一）"),
    (Marker(ARABIC, 2, 0, 2, "2.", ".", 1), "1."),
    (Marker(ARABIC, 2, 0, 2, "2、", "、", 1), "1、"),
    (Marker(ARABIC, 2, 0, 2, "2．", "．", 1), "1．"),
    (Marker(AR_PAREN, 2, 0, 3, "(2)"), "（1）"),
    (Marker(DI, 2, 0, 2, "第二"), "第一"),
    (Marker(SHI, 2, 0, 2, "二是"), "一是"),
])
def test_first_of_a_sequence(marker, first):
    assert first_of(marker) == first

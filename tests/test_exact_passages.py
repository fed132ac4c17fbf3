"""Paragraphs, sentences and clauses as offset ranges, the sentence around a finding (what a
已核实 mark is tied to) and line/column of an offset — offsets counted by hand."""
import pytest

from township_app.checks.passages import (Span, clauses, line_column, paragraphs, sentence_around,
                                          sentences)


def test_span():
    s = Span(2, 5)
    assert s.text("0123456") == "234"
    assert [s.contains(p) for p in (1, 2, 4, 5)] == [False, True, True, False]
    with pytest.raises(AttributeError):  # a value: never changed in place
        s.start = 0
    assert {Span(2, 5), Span(2, 5)} == {s}


def test_paragraphs():
    assert paragraphs("一\n\n二三\n") == [Span(0, 1), Span(3, 5)]
    assert paragraphs("") == []


def test_sentences():
    text = "今天好。明天好！后天呢？\n下一行!再一行?完。。"
    # 今天好。 0–4, 明天好！ 4–8, 后天呢？ 8–12, \n at 12, 下一行! 13–17, 再一行? 17–21, 完。。 21–24
    assert sentences(text) == [Span(0, 4), Span(4, 8), Span(8, 12), Span(13, 17), Span(17, 21), Span(21, 24)]
    # within a paragraph: offsets still count from the start of the whole text
    assert sentences(text, Span(13, 24)) == [Span(13, 17), Span(17, 21), Span(21, 24)]
    assert sentences(text, Span(0, 12)) == [Span(0, 4), Span(4, 8), Span(8, 12)]


def test_clauses():
    text = "甲，乙、丙；丁：戊。己,庚;辛:壬\n癸"
    assert clauses(text) == [Span(i, i + 1) for i in range(0, 19, 2)]
    assert clauses(text, Span(10, 19)) == [Span(10, 11), Span(12, 13), Span(14, 15), Span(16, 17), Span(18, 19)]
    assert clauses(text, Span(0, 5)) == [Span(0, 1), Span(2, 3), Span(4, 5)]


TEXT = "第一句。第二句有*号。第三句"  # 。 at 3 and 10


@pytest.mark.parametrize("start,end,sentence", [
    (8, 9, "第二句有*号"),
    (8, None, "第二句有*号"),
    (4, 5, "第二句有*号"),
    (1, 2, "第一句"),
    (0, None, "第一句"),
    (12, 13, "第三句"),
    (8, 11, "第二句有*号。第三句"),  # a span across the stop: both sentences
    (10, 11, "第二句有*号。第三句"),
])
def test_sentence_around(start, end, sentence):
    assert sentence_around(TEXT, start, end) == sentence


def test_sentence_around_lines():
    assert sentence_around("第一行\n第二行！", 5) == "第二行"
    assert sentence_around("没有句号", 2, 3) == "没有句号"


@pytest.mark.parametrize("offset,line,column", [
    (0, 1, 1), (2, 1, 3), (3, 1, 4), (4, 2, 1), (6, 2, 3), (8, 3, 1), (9, 4, 1), (10, 4, 2),
])
def test_line_column(offset, line, column):
    # 第一行\n 0–3, 第二行\n 4–7, \n 8, 第四 9–10
    assert line_column("第一行\n第二行\n\n第四", offset) == (line, column)


def test_a_half_width_full_stop_between_words_ends_a_sentence():
    from township_app.checks.passages import sentences
    text = "沥青路面7.2公里.剩余13.5公里将于年底完工.\n1.饲料加工项目，增长8.5%.其中税收3.2亿元"
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "沥青路面7.2公里.", "剩余13.5公里将于年底完工.", "1.饲料加工项目，增长8.5%.", "其中税收3.2亿元"]


def test_a_line_ending_on_a_list_mark_or_closed_by_合计_was_wrapped():
    text = "甲村4万元、乙村3万元、\n丙村2万元，\n合计9万元。\n二、下步打算\n继续努力，\n其中：甲村…"
    assert [s.text(text) for s in sentences(text)] == [
        "甲村4万元、乙村3万元、\n丙村2万元，\n合计9万元。", "二、下步打算", "继续努力，", "其中：甲村…"]


def test_a_line_ending_on_a_colon_goes_on_in_the_next_paragraph():
    text = "全乡常住人口21860人，其中：\n男性11320人，女性10540人。\n二、标题：\n\n三、下步打算"
    assert [p.text(text) for p in paragraphs(text)] == [
        "全乡常住人口21860人，其中：\n男性11320人，女性10540人。", "二、标题：", "三、下步打算"]

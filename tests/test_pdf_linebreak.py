"""Chinese line breaking (禁则), number–unit binding, justification and balanced titles."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from township_app.printing.linebreak import (NO_END, NO_START, balanced_lines, break_lines,
                                             justify_gaps, units)

EM = 10.0


def widths_of(text: str) -> list[float]:
    """Full-width characters one em, half-width ones half an em (as in 仿宋/宋体 faces)."""
    return [EM / 2 if ord(ch) < 0x2000 and ch not in "—…‘’“”" else EM for ch in text]


def lines_of(text: str, chars_per_line: int = 10, first_indent: float = 0.0) -> list[str]:
    spans = break_lines(text, widths_of(text), chars_per_line * EM, first_indent=first_indent)
    return [text[s.start:s.end] for s in spans]


def test_closing_marks_never_start_a_line():
    text = "一二三四五六七八九十，一二三四五六七八九十。一二三四五六七八九十》”"
    for line in lines_of(text):
        assert line[0] not in NO_START
    assert "".join(lines_of(text)) == text


def test_opening_marks_never_end_a_line():
    text = "一二三四五六七八九（十一二三四五六七八“九十”"
    lines = lines_of(text)
    assert all(line[-1] not in NO_END for line in lines)
    assert lines[0] == "一二三四五六七八九"


def test_number_stays_with_its_unit():
    text = "全乡共有耕地面积达到1047.67亩，区域面积61.08平方公里，投入资金3.5万元。"
    for n in range(8, 20):  # 61.08平方公里， is 7.5 characters wide
        lines = lines_of(text, n)
        for token in ("1047.67亩", "61.08平方公里", "3.5万元"):
            assert any(token in line for line in lines), (n, lines)


def test_thousands_separator_and_percent_stay_together():
    text = "共1,047.5%的群众"
    assert "1,047.5%的" in [text[s:e] for s, e in units(text)]


def test_half_width_runs_are_measured_and_kept_whole():
    text = "推进PM2.5治理和5G基站建设，完成xxxx年任务"
    spans = [text[s:e] for s, e in units(text)]
    assert "PM2.5治" in spans and "5G基" in spans and "xxxx" in spans


def test_dashes_and_ellipses_are_not_split_and_do_not_start_lines():
    text = "一二三四五六七八九——十一二三四五六七八……九十"
    for n in range(5, 14):
        for line in lines_of(text, n):
            assert line[0] not in "—…"
            assert line.count("—") in (0, 2) and line.count("…") in (0, 2)


def test_first_line_indent_and_full_lines():
    text = "一" * 50
    lines = lines_of(text, 28, first_indent=2 * EM)
    assert [len(l) for l in lines] == [26, 24]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十，。、；：？！（）《》“”0123456789.%亩万元 abc—…",
               min_size=1, max_size=200),
       st.integers(min_value=3, max_value=30))
def test_breaking_loses_nothing_and_respects_the_rules(text, n):
    spans = break_lines(text, widths_of(text), n * EM)
    if not text.strip():
        assert spans == []
        return
    rebuilt = "".join(text[s.start:s.end] for s in spans)
    assert rebuilt.replace(" ", "") == text.replace(" ", "")
    longest_unit = max(sum(widths_of(text[a:b])) for a, b in units(text))
    forced = longest_unit > n * EM  # a unit wider than a line must be cut anywhere
    for k, s in enumerate(spans):
        line = text[s.start:s.end]
        assert line and not line[0].isspace() and not line[-1].isspace()
        assert s.width <= n * EM + 1e-6
        if not forced:
            assert k == 0 or line[0] not in NO_START, (spans, line)
            assert k == len(spans) - 1 or line[-1] not in NO_END, (spans, line)
    assert spans[-1].last and not any(s.last for s in spans[:-1])


def test_justification_spreads_between_characters_not_inside_numbers():
    text = "全乡1047.67亩耕地"
    gaps = justify_gaps(text, 0, len(text), slack=12.0, max_per_gap=20)
    inside = [gaps[k] for k in range(len(text) - 1)
              if text[k] in "1047.67" and text[k + 1] in "1047.67"]
    assert inside and all(g == 0 for g in inside)
    assert abs(sum(gaps) - 12.0) < 1e-9 and gaps[-1] == 0


def test_no_spreading_when_a_line_would_fall_apart():
    assert justify_gaps("一二", 0, 2, slack=100.0, max_per_gap=15) == [0.0, 0.0]


def test_balanced_title_lines_are_even_and_upper_lines_longer():
    title = "某某县某某乡人民政府关于2023年上半年民生实事完成情况的报告"
    ws = [22.0 if ord(c) > 0x2000 else 11.0 for c in title]
    spans = balanced_lines(title, ws, 20 * 22.0)
    assert "".join(title[s.start:s.end] for s in spans) == title
    widths = [s.width for s in spans]
    assert len(widths) == 2 and widths[0] >= widths[1] - 11
    assert max(widths) - min(widths) <= 4 * 22.0  # no long line with a stub


def test_balanced_title_prefers_a_break_at_a_word_boundary():
    title = "晓坪乡人民政府2018年工作总结及2019年工作计划"
    ws = [22.0 if ord(c) > 0x2000 else 11.0 for c in title]
    lines = [title[s.start:s.end] for s in balanced_lines(title, ws, 20 * 22.0)]
    assert lines[0].endswith(("年", "政府", "及", "总结")), lines


def test_an_opening_mark_first_and_before_a_space_does_not_end_a_line():
    # “ 《— in three ems: the opening quote may not end the first line alone (found by hypothesis)
    text = "“ 《—"
    assert units(text) == [(0, 4)]
    # one unit 35 points wide in a 30-point line: cut by character, never after the lone quote
    assert [text[s.start:s.end] for s in break_lines(text, widths_of(text), 3 * EM)] == ["“ 《", "—"]

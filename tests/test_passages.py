"""A finding's sentence and line: indexed lookups agree with reading the text character by character."""
from hypothesis import given, strategies as st

from township_app.checks.passages import line_column, sentence_around

TEXTS = st.text(alphabet="ab。\n！?x，", max_size=40)


def _sentence_by_walking(text, start, end):
    left = start
    while left > 0 and text[left - 1] not in "。！？!?\n":
        left -= 1
    right = max(end, start)
    while right < len(text) and text[right] not in "。！？!?\n":
        right += 1
    return text[left:right]


@given(TEXTS, st.data())
def test_sentence_around_is_the_walked_sentence(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert sentence_around(text, start, end) == _sentence_by_walking(text, start, end)


@given(TEXTS, st.data())
def test_line_column_counts_lines_and_characters(text, data):
    offset = data.draw(st.integers(0, len(text)))
    before = text[:offset]
    assert line_column(text, offset) == (before.count("\n") + 1, len(before.split("\n")[-1]) + 1)


def test_examples():
    text = "第一句。第二句，有逗号\n第三行"
    assert sentence_around(text, 5) == "第二句，有逗号"
    assert sentence_around(text, 0, 2) == "第一句"
    assert line_column(text, 12) == (2, 1)
    assert line_column(text, 14) == (2, 3)

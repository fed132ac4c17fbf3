"""Fuzz the text importer: any text imports without an exception and nothing is lost."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from township_app.importer import parse_text

# pieces that exercise the heading, title and 落款 rules, mixed with anything at all
_PIECES = st.sampled_from([
    "一、", "二、", "三、", "（一）", "(二)", "（三）", "1.", "2.", "1、", "2、", "（1）", "①", "第一，",
    "一是", "二是", "三是", "。", "，", "；", "：", "\n", "\n\n", "工作总结", "情况", "打算",
    "晓坪乡人民政府", "2019年1月10日", "二〇一九年一月十日", "2018年", "1.5万元", "87.82%",
    "乡党委", "全乡共有", "“", "”", "x", "*", " ", "\t", "\u3000", "今年以来", "第",
])
_REPORTISH = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join)


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def _normalized_source(text: str) -> str:
    return squeeze(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def assert_nothing_lost(result, text: str) -> None:
    """The source read back in order, apart from whitespace and the furniture left out (page
    numbers, notices, a title printed twice): exactly those characters are missing."""
    got, source = squeeze(result.source_order_text()), _normalized_source(text)
    left = "".join(squeeze(p.text) for p in result.left_out)
    if not left:
        assert got == source
    else:
        assert len(got) + len(left) == len(source) and _is_subsequence(got, source)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_REPORTISH)
def test_report_like_text_never_raises_and_loses_nothing(text):
    result = parse_text(text)
    assert_nothing_lost(result, text)
    ids = {s.id for s in result.report.sections}
    assert all(s.parent_id is None or s.parent_id in ids for s in result.report.sections)
    list(result.report.walk())  # the tree is walkable (no cycles, labels computable)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises_and_loses_nothing(text):
    result = parse_text(text)
    assert_nothing_lost(result, text)

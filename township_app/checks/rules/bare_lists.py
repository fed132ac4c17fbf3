"""Figures listed bare with the unit written once, after the last: 分别为2.1、1.6、0.9公里，共计4.6公里.

Writers drop the unit from all but the last of a 、-list of figures. The tokenizer reads only the
last as a quantity, so the sum rule never sees the others as parts. Here the list is read whole,
and checked against a 共计/合计/共 total in the same unit in the clause just before or after it.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..intervals import format_plain
from ..registry import Hit, TextAnchor, TextDoc
from ..units import all_units, base_of

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = "|".join(sorted((re.escape(u) for u in all_units()), key=len, reverse=True))
#: 分别为2.1、1.6、0.9公里 / 分别投入12、8和5万元
_BARE_LIST = re.compile(
    rf"分别(?:为|是|有|达|投入|完成|新建|建成)?(?P<items>{_NUMBER}(?:[、，,]{_NUMBER})*(?:[、和及与]{_NUMBER}))"
    rf"(?P<unit>万|亿)?(?P<word>{_UNIT})(?![\d/])")
_TOTAL = re.compile(rf"(?:共计|合计|总计|共)(?:为|达)?(?P<v>{_NUMBER})(?P<unit>万|亿)?(?P<word>{_UNIT})")


def bare_list_sums(doc: TextDoc):
    text = doc.text
    if "分别" not in text:
        return
    for m in _BARE_LIST.finditer(text):
        values = [Decimal(v) for v in re.split(r"[、，,和及与]", m.group("items"))]
        if len(values) < 2:
            continue
        total = _total_beside(text, m)
        if total is None:
            continue
        written, tm = total
        if (tm.group("unit") or "") != (m.group("unit") or "") or base_of(tm.group("word")) != base_of(m.group("word")):
            continue  # another unit: compared only as written
        summed = sum(values, Decimal(0))
        if summed == written:
            continue
        unit = (m.group("unit") or "") + m.group("word")
        terms = " + ".join(format_plain(v) for v in values)
        message = f"分项之和为 {format_plain(summed)} {unit}（{terms}），与总数 {format_plain(written)} {unit} 不符"
        yield Hit(TextAnchor(doc.key, tm.start("v"), tm.end() - tm.start("v")), message, "error",
                  (TextAnchor(doc.key, m.start("items"), m.end() - m.start("items")),))


def _total_beside(text: str, m):
    """The 共计/合计 figure in the clause right after the list, or right before it in its sentence."""
    after = re.match(r"[，,；;]\s*(?P<clause>[^，,。；;\n]{0,16})", text[m.end():])
    if after is not None:
        t = _TOTAL.search(after.group("clause"))
        if t is not None:
            shifted = re.compile(_TOTAL.pattern).match(text, m.end() + after.start("clause") + t.start())
            return Decimal(shifted.group("v")), shifted
    start = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
    found = list(_TOTAL.finditer(text, start, m.start()))
    if len(found) == 1:
        return Decimal(found[0].group("v")), found[0]
    return None

"""A unit left off one item of a list whose items are named alike.

其中，第一产业增加值2.9亿元，增长3.7%；第二产业增加值28.4，增长4.5%；第三产业增加值18.2亿元: the
items share their name's last words (产业增加值) and the others' unit (亿元), so 28.4 is 28.4亿元 with
the unit dropped, not a figure of its own kind. A bare number beside items named otherwise, or
beside items in different units, says nothing.
"""
from __future__ import annotations

import re

from ..registry import Hit, TextAnchor, TextDoc
from ..tokens import tokenize

#: an item that is per head, a ratio or an index, whatever the list's unit
_PER_SOMETHING = re.compile(r"均|每|率$|比$|指数$|密度$|系数$")
#: the words naming an item, back to its clause's start (第二产业增加值 of …；第二产业增加值28.4)
_NAME = re.compile(r"[\u4e00-\u9fff]{3,16}$")
#: what may follow the bare figure: its clause ends there
_CLAUSE_END = frozenset("，,；;。")
#: alike names share at least this many last characters (产业增加值), more than a place's 村
SHARED_ENDING = 3
#: how many figures to each side an alike item is looked for among
REACH = 6


def _name_before(text: str, pos: int) -> str:
    cut = max(text.rfind(c, 0, pos) for c in "，,；;。：:、\n")
    m = _NAME.search(text, cut + 1, pos)
    return m.group() if m else ""


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-n - 1] == b[-n - 1]:
        n += 1
    return n


def units_left_off_in_lists(doc: TextDoc):
    text = doc.text
    quantities = tokenize(text)
    for k, q in enumerate(quantities):
        if q.kind != "bare" or text[q.end:q.end + 1] not in _CLAUSE_END or q.num_start != q.start:
            continue
        name = _name_before(text, q.start)
        if not name or _PER_SOMETHING.search(name):
            continue  # 人均耕地面积1.3, 户均人口3.5, 综合指数92: no item of the list's kind
        lo = max(text.rfind("。", 0, q.start), text.rfind("\n", 0, q.start)) + 1
        hi = min((i for i in (text.find("。", q.end), text.find("\n", q.end)) if i >= 0), default=len(text))
        alike = [p for p in quantities[max(0, k - REACH):k + REACH + 1]
                 if p is not q and lo <= p.start < hi and p.kind == "quantity" and p.unit
                 and p.base_unit not in ("%", "‰") and p.num_start == p.start
                 and _shared_ending(_name_before(text, p.start), name) >= SHARED_ENDING]
        if len(alike) < 2 or len({p.unit for p in alike}) != 1:
            continue
        unit = alike[0].unit
        yield Hit(TextAnchor(doc.key, q.start, q.end - q.start),
                  f"“{name}{q.number}”：数字后缺少单位，同类各项均为“{unit}”，像是漏写了“{unit}”", "warning")

"""A unit left off one item of a list whose items are named alike.

其中，第一产业增加值2.9亿元，增长3.7%；第二产业增加值28.4，增长4.5%；第三产业增加值18.2亿元: the
items share their name's last words (产业增加值) and the others' unit (亿元), so 28.4 is 28.4亿元 with
the unit dropped, not a figure of its own kind. A bare number beside items named otherwise, or
beside items in different units, says nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..registry import Hit, TextAnchor, TextDoc
from ..intervals import Interval, interval_sum
from ..tokens import Quantity, tokenize, written_sum

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


def unit_slip_in_list(total: Quantity, parts: list[Quantity]) -> Quantity | None:
    """第三产业增加值83.55万元 among parts in 亿元 of 140.33亿元: the one part written in another
    multiple of the total's unit, where reading it in the total's unit makes the parts add up and
    reading it as written does not. That part, or None."""
    if total.approx or len(parts) < 2 or any(p.approx for p in parts):
        return None
    odd = [p for p in parts if p.unit != total.unit]
    if len(odd) != 1 or odd[0].factor == total.factor or odd[0].base_unit != total.base_unit:
        return None
    slip = odd[0]
    if interval_sum(p.interval for p in parts).intersects(total.interval):
        return None  # as written it holds (1.2亿元 = 0.7亿元 + 5000万元)
    reread = [Interval.from_written(p.number, total.factor) if p is slip else p.interval for p in parts]
    return slip if interval_sum(reread).intersects(total.interval) else None


def unit_slip_message(total: Quantity, parts: list[Quantity], slip: Quantity) -> str:
    terms = " + ".join(p.number for p in parts)
    if slip is total:  # (the total's unit is the odd one)
        return (f"单位疑误：总数 {total.shown} 若为 {total.number} {parts[0].unit}，则与各项之和 {terms} = "
                f"{total.number} {parts[0].unit} 相符；按所写单位各项之和与总数不符")
    return (f"单位疑误：{slip.shown} 若为 {slip.number} {total.unit}，则 {terms} = 总数 {total.shown}；"
            f"按所写单位各项之和与总数不符")


def total_unit_slip(total: Quantity, parts: list[Quantity]) -> bool:
    """耕地面积17583万亩，其中水田15535亩，旱土2048亩: every part in one unit, the total in another
    multiple of it, and the total's figure, read in the parts' unit, is their sum exactly."""
    if total.approx or len(parts) < 2 or any(p.approx for p in parts):
        return False
    unit = parts[0].unit
    if any(p.unit != unit for p in parts) or total.unit == unit or total.base_unit != parts[0].base_unit \
            or total.factor == parts[0].factor:
        return False
    if interval_sum(p.interval for p in parts).intersects(total.interval):
        return False
    return written_sum(parts) == written_sum([_as_in(total, parts[0])])


def _as_in(total: Quantity, like: Quantity) -> Quantity:
    """The total's figure read in another part's unit (17583万亩 as 17583亩)."""
    return replace(total, unit=like.unit, factor=like.factor, _interval=None)

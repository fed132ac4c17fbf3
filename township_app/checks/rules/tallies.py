"""A running tally with an item's own 其中 list inside it: 本级收入100万元，转移支付收入50万元，其中一般转移
支付收入30万元，专项转移支付收入20万元，上年结余10万元，收入合计为160万元. The 合计 adds the tally's items
(100 + 50 + 10), not the 其中 list and what follows it (30 + 20 + 10).
"""
from __future__ import annotations

from ..groups import QuantityGroup
from ..tokens import written_sum
from .breakdown_words import _summable


def running_tally(groups: list[QuantityGroup], first: int, total: QuantityGroup,
                   parts: list[QuantityGroup]) -> list[QuantityGroup] | None:
    """Items of a tally before 其中, the item the 其中 list breaks down, and the items after that
    list, when they (and not the 其中 list with what follows it) make the total exactly."""
    unit = next(iter(total.units & parts[0].units), None)
    if unit is None or first == 0:
        return None
    tq = total.by_unit()[unit]
    want = written_sum([tq])
    if want is None or written_sum([p.by_unit().get(unit) for p in parts]) == want:
        return None
    item = groups[first - 1]
    if item.sentence != total.sentence or unit not in item.units:
        return None
    own = written_sum([item.by_unit()[unit]])
    before = []
    for g in reversed(groups[:first - 1]):
        if g.sentence != total.sentence or unit not in g.units or not _summable(g) or g.gap_has_clause:
            break
        before.insert(0, g)
    if not before:
        return None
    for n in range(2, len(parts)):  # the 其中 list: the first n parts, which make the item
        if written_sum([p.by_unit().get(unit) for p in parts[:n]]) == own:
            return [*before, item, *parts[n:]]  # the tally is what adds up (right or not)
    for n in range(1, len(parts)):
        # the 其中 list's end unsure (its items have their own bracketed lists, or a bracket
        # closes in the wrong place): the tally that makes the total exactly is the one meant
        tally = [*before, item, *parts[n:]]
        if written_sum([p.by_unit().get(unit) for p in tally]) == want:
            return tally
    return None

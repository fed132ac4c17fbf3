"""Which figure a 其中 list opening the next sentence breaks down, when it is not the last one
of the sentence before (任务150亩，乙类120亩。其中2005年50亩…: of 150, which the parts make)."""
from __future__ import annotations

from ..changes import is_comparison, is_previous_level
from ..groups import QuantityGroup
from ..intervals import interval_sum
from .breakdown_words import _core, _is_level, _summable, exact_units


def fits(total: QuantityGroup, parts: list[QuantityGroup]) -> bool:
    """The parts add up to the total (within its rounding) in every unit they share with it."""
    for unit, q in total.by_unit().items():
        values = [p.by_unit().get(unit) for p in parts]
        if all(v is not None for v in values) and not interval_sum(v.interval for v in values).intersects(q.interval):
            return False
    return True


def figure_the_parts_make(groups: list[QuantityGroup], j: int, sentence, parts: list[QuantityGroup]):
    """The figure before groups[j] in its sentence that the parts add up to exactly (a task's total
    too: 任务共计150.1万亩，…，…120.6万亩。其中20xx年…47.9万亩，…)."""
    for i in range(j - 1, -1, -1):
        g = groups[i]
        if g.sentence != sentence:
            break
        if _summable(g) and not is_comparison(g.label) and not is_previous_level(g.label) \
                and exact_units(g.by_unit(), parts):
            return g
    return None


def whole_of_the_sentence(groups: list[QuantityGroup], last: QuantityGroup, parts: list[QuantityGroup]):
    """出生人口278人，其中男性145人，女性133人。其中一胎202人，二胎76人，…: parts more than the
    sentence's last item (133) are not its parts; where the figures after the sentence's first make
    it exactly (145 + 133 = 278), they break that whole down."""
    members = [g for g in groups if g.sentence == last.sentence and g.start <= last.start and g.units & last.units
               and _summable(g) and not is_comparison(g.label) and not is_previous_level(g.label)]
    if len(members) < 3 or members[-1] is not last:
        return None
    names = [_core(p.label).removeprefix("其中").strip("：:，, ") for p in parts]
    if not all(n and n[-1] == names[0][-1] for n in names):
        return None  # 其中劳动力14500人，外出务工人员9600人: not one split (一胎/二胎), the kinds may overlap
    whole, items = members[0], members[1:]
    for unit, q in last.by_unit().items():
        values = [p.by_unit().get(unit) for p in parts]
        if any(v is None for v in values) or interval_sum(v.interval for v in values).lo <= q.interval.hi:
            return None  # (parts that fit within the last item may be its own)
    return whole if whole.units == last.units and exact_units(whole.by_unit(), items) else None


def level_the_parts_make(groups: list[QuantityGroup], j: int, sentence, parts: list[QuantityGroup],
                         text: str) -> QuantityGroup | None:
    """排查248件，调解成功241件，调解成功率97.2%。其中…86+74+52+36: after a subset and its rate,
    the level the parts add up to exactly (248) is the one they break down."""
    for i in range(j - 1, -1, -1):
        g = groups[i]
        if g.sentence != sentence:
            break
        if not (_is_level(g, text) and _summable(g)):
            continue
        for unit, q in g.by_unit().items():
            values = [p.by_unit().get(unit) for p in parts]
            if all(v is not None for v in values) and \
                    interval_sum(v.interval for v in values).intersects(q.interval):
                return g
    return None

"""The changes of a breakdown: when the parts add up to the total, their changes add up to
the total's change.

总产值23364万元，比上年增1333.12万元。其中：农业产值14520万元，比上年增509.5万元，工业产值
8844万元，比上年增823.12万元 — the levels agree (14520 + 8844 = 23364), so the increases must
too (509.5 + 823.12 = 1332.62, not 1333.12). Checked only where the levels add up exactly,
which shows the parts are the whole.
"""
from __future__ import annotations

from decimal import Decimal

from ..changes import change_verb, is_change, is_down
from ..groups import QuantityGroup, group_positions, quantity_groups
from ..intervals import format_plain, interval_sum
from ..registry import DocRule, Hit, TextDoc, span_of
from ..tokens import Quantity
from .breakdowns import text_breakdowns


def _change_after(groups, positions: dict, g: QuantityGroup, unit: str, stop: int):
    """The signed change stated right after a level: 比上年增509.5万元 (None when there is none)."""
    k = positions.get(id(g))
    if k is None:
        return None
    for nxt in (groups[j] for j in range(k + 1, len(groups))):
        if nxt.start >= stop or nxt.sentence != g.sentence and nxt.start > g.sentence.end + 1:
            return None
        if not is_change(nxt.label):
            if "%" in nxt.units:
                continue
            return None
        q = nxt.by_unit().get(unit)
        if q is None or not q.exact:
            return None
        return q, is_down(change_verb(nxt.label) or "")
    return None


def check_change_sums(doc: TextDoc):
    text = doc.text
    if "其中" not in text:
        return
    groups = quantity_groups(text)
    positions = group_positions(text)
    for total, parts, _strength in text_breakdowns(text):
        for unit, tq in total.by_unit().items():
            values = [p.by_unit().get(unit) for p in parts]
            if len(parts) < 2 or any(v is None or not v.exact for v in values) or not tq.exact:
                continue
            if sum((v.interval.mid for v in values), Decimal(0)) != tq.interval.mid:
                continue
            total_change = _change_after(groups, positions, total, unit, parts[0].start)
            bounds = [p.start for p in parts[1:]] + [len(text)]
            part_changes = [_change_after(groups, positions, p, unit, b) for p, b in zip(parts, bounds)]
            if total_change is None or any(c is None for c in part_changes):
                continue
            signed = [c.interval.negated() if down else c.interval for c, down in part_changes]
            whole = total_change[0].interval.negated() if total_change[1] else total_change[0].interval
            summed = interval_sum(signed)
            if summed.intersects(whole):
                continue
            first: Quantity = part_changes[0][0]
            terms = part_changes[0][0].number if not part_changes[0][1] else f"-{part_changes[0][0].number}"
            terms += "".join(f" {'-' if d else '+'} {c.number}" for c, d in part_changes[1:])
            shown = format_plain(sum((Decimal(c.number) * (-1 if d else 1) for c, d in part_changes),
                                     Decimal(0)))
            message = (f"各分项的增减之和为 {shown} {first.unit}（{terms}），与总数的增减 "
                       f"{total_change[0].shown} 不符（各分项本身之和与总数相符）")
            yield Hit(span_of(doc, first), message, None,
                      (span_of(doc, total_change[0]),))


CHANGE_SUM_RULE = DocRule(
    id="change-sum",
    severity="error",
    title="分项增减之和与总数增减不符",
    check=check_change_sums,
    failing=(
        "全年实现总产值9800万元，比上年增620万元。其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年增400万元。",
    ),
    passing=(
        "全年实现总产值9800万元，比上年增620万元。其中：农业产值4300万元，比上年增210万元，工业产值5500万元，比上年增410万元。",
        "全年实现总产值9800万元，比上年增620万元。其中：农业产值4300万元，比上年增210万元，工业产值5400万元，比上年增400万元。",
    ),
)

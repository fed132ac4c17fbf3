"""How far a list may miss its total and still be as written: whole figures in 万/亿 that miss by
no more than their rounding (said, with the rounding named), and a one-digit total, where any
shortfall is one digit changed and says nothing by itself; parts given roughly, of which only the
exact ones can be added."""
from __future__ import annotations

from decimal import Decimal

from ..groups import QuantityGroup
from ..intervals import Interval, format_plain, interval_sum
from ..tokens import Quantity
from .breakdown_words import NEAR_WHOLE, _core
from .slip_shapes import _a_part_mistyped, swapped_parts, typo_like
from .written_precision import ExactQuantity, read_as_written

#: parts adding to this many times their total are not its parts (a slip is a near miss)
WILD_SUM = Decimal("1.6")


def shown_terms(names: list[str], parts: list[Quantity]) -> str:
    """Parts as a sum shows them: each number after its name; where a part has no name, every
    part with its unit (8个 + 6个 + 6个)."""
    unnamed = not all(n.strip() for n in names)
    return " + ".join(f"{n}{p.number}{p.unit if unnamed else ''}" for n, p in zip(names, parts))


def short_by_a_slip(total: Quantity, shown_sum: str, one_digit_split: bool) -> bool:
    """A short sum as a slip of the keyboard makes it. With a one-digit total any shortfall is one
    digit changed and says nothing by itself: only parts that divide the total's own kind are
    a slip (应急响应6次，其中Ⅲ级响应2次、Ⅳ级响应3次), not some kinds of a wider whole (6个村(社区)，
    其中聚集提升类村庄1个、城郊融合类村庄2个、特色保护类村庄2个)."""
    if len(total.number.replace(".", "").lstrip("0")) < 2 and not one_digit_split:
        return False
    return typo_like(total.number, shown_sum)


def of_the_totals_own_noun(text: str, total: QuantityGroup, parts: list[QuantityGroup]) -> bool:
    """The parts' shared last word names the total too (Ⅲ级响应, Ⅳ级响应 of 应急响应6次)."""
    cores = [_core(p.label) for p in parts]
    if len(cores) < 2 or min(len(c) for c in cores) < 2 or len({c[-2:] for c in cores}) > 1:
        return False
    return cores[0][-2:] in total.label + text[total.end:total.end + 6]


def whole_in_wan(total: Quantity, parts: list[Quantity]) -> bool:
    """财政收入1318万元，其中国税161万元，地税778万元，其他380万元: whole figures, all in one written
    unit of 万/亿, that do not add up as written (1319), though they may once rounded."""
    return ("万" in total.unit or "亿" in total.unit) and all(
        "." not in q.number and q.unit == total.unit and not q.chinese for q in [total, *parts]) \
        and sum((Decimal(p.number) for p in parts), Decimal(0)) != Decimal(total.number)


def off_by_rounding(total: Quantity, parts: list[Quantity], strength: str, names):
    """A list that misses its total by no more than its figures' rounding: said, as a warning."""
    names = (names() if callable(names) else names) or [""] * len(parts)
    shown_sum = format_plain(sum((Decimal(p.number) for p in parts), Decimal(0)))
    terms = shown_terms(names, parts)
    how = "与总数" if strength == "whole" else "超过总数"
    ending = "不符" if strength == "whole" else ""
    return "warning", (f"分项之和为 {shown_sum} {total.unit}（{terms}），{how} {total.number} {total.unit}{ending}；"
                       f"若各项是四舍五入后的数请忽略，否则请核对")


def exact_parts_exceed(total: Quantity, parts: list[Quantity], names: list[str] | None):
    """…，其他作物约0.5万亩: with a part given roughly, only the exact parts can be added; said
    (a warning) when they alone already exceed the total beyond its rounding."""
    named = list(zip(names or [""] * len(parts), parts))
    exact = [(n, p) for n, p in named if not p.approx]
    if len(exact) < 2 or any(p.unit != total.unit for _n, p in exact):
        return None
    summed = interval_sum(p.interval for _n, p in exact)
    if not (total.interval.hi < summed.lo <= total.interval.hi * WILD_SUM):
        return None
    shown_sum = format_plain(sum((Decimal(p.number) for _n, p in exact), Decimal(0)))
    terms = shown_terms([n for n, _p in exact], [p for _n, p in exact])
    return "warning", (f"所列各项中确数之和已为 {shown_sum} {total.unit}（{terms}），超过总数 {total.number} "
                       f"{total.unit}（约数项未计）；若各项有交叉请忽略，否则请核对")


def compare_unit(total: Quantity, parts: list[Quantity], strength: str, names=None,
                  wild: Decimal = None, one_digit_split: bool = True):
    """None when consistent (or not comparable), else (severity, message). `names`: the parts'
    names for the message, or a function giving them (called only when there is a message).

    strength: "whole" (分别为, 合计, complementary parts), "total" (共…其中) or "some" (其中).
    """
    if total.approx:
        return None
    if any(p.approx for p in parts):
        return exact_parts_exceed(total, parts, names() if callable(names) else names)
    summed = interval_sum(p.interval for p in parts)
    if read_as_written(total, parts):
        # 公路96公里，其中县道18公里、乡道31公里、村道45公里: whole figures in the unit as written
        # add up as written (a total made by rounding its parts would not be stated this way)
        exact = sum((Decimal(p.number) for p in parts), Decimal(0))
        if exact == Decimal(total.number):
            return None
        summed = Interval.exact(exact * total.factor)
        total = ExactQuantity(total)
    if summed.intersects(total.interval):
        if len(parts) > 1 and (strength == "whole" or summed.mid > total.interval.mid) \
                and whole_in_wan(total, parts):
            return off_by_rounding(total, parts, strength, names)
        return None
    exceeds = summed.lo > total.interval.hi
    unit = total.unit
    if len(parts) > 1 and total.interval.hi > 0 and summed.lo > total.interval.hi * (wild or WILD_SUM) \
            and not _a_part_mistyped(parts, total):
        return None  # parts adding to twice the total (31 + 31): the list was read wrongly, not miswritten
    if len(parts) == 1:
        if exceeds:  # one part can never exceed its whole, overlapping or not
            return "error", f"分项 {parts[0].shown} 超过总数 {total.number} {unit}"
        if strength == "whole":
            return "error", f"分项 {parts[0].shown} 与总数 {total.number} {unit} 不符"
        return None
    same_written_unit = all(p.unit == total.unit for p in parts)
    names = (names() if callable(names) else names) or [""] * len(parts)  # (worked out only for a message)
    if same_written_unit:
        shown_sum = format_plain(sum((Decimal(p.number) for p in parts), Decimal(0)))
        terms = shown_terms(names, parts)
    else:
        factor = total.interval.mid / Decimal(total.number) if Decimal(total.number) else Decimal(1)
        shown_sum = format_plain((summed.mid / factor).quantize(Decimal("0.01")))
        terms = " + ".join(f"{n}{p.shown}" for n, p in zip(names, parts))
    if strength == "whole" or (strength == "total" and exceeds):
        message = f"分项之和为 {shown_sum} {unit}（{terms}），与总数 {total.number} {unit} 不符"
        return "error", message
    swapped = swapped_parts(parts, total) if total.exact and all(p.exact for p in parts) else []
    if swapped and all(len(p.number.replace(".", "")) < 3 for p, _fixed in swapped) \
            and summed.hi < total.interval.lo * Decimal("0.9"):
        swapped = []  # 水田5.2万亩，旱地3.7万亩 of 12.5: two digits swapped may make it by chance (7.3)
    if strength == "total":
        if not swapped and (summed.hi < total.interval.lo * NEAR_WHOLE
                            or not short_by_a_slip(total, shown_sum, one_digit_split)):
            return None  # short: the text may list only some parts (各种抚恤金…其中复员军人…)
        ending = _swap_hint(swapped) if swapped else "若还有未列出的分项请忽略，否则请核对"
        return "warning", f"分项之和为 {shown_sum} {unit}（{terms}），少于总数 {total.number} {unit}；{ending}"
    if not exceeds:
        # short by what two swapped digits of one part make (670 for 760): a slip, not a part unlisted
        if not swapped and (summed.hi < total.interval.lo * NEAR_WHOLE
                            or not short_by_a_slip(total, shown_sum, one_digit_split)):
            return None
        ending = _swap_hint(swapped) if swapped else "若还有未列出的分项请忽略，否则请核对"
        return "warning", f"所列各项之和为 {shown_sum} {unit}（{terms}），少于总数 {total.number} {unit}；{ending}"
    message = (f"所列各项之和为 {shown_sum} {unit}（{terms}），超过总数 {total.number} {unit}；"
               f"若各项有交叉请忽略，否则请核对")
    return "warning", message


def _swap_hint(swapped: list[tuple]) -> str:
    """7.9 for 9.7: which figure, its digits put back, makes the list add up (where only one does)."""
    if len(swapped) > 1:
        return "像是某一项的两位数字颠倒，请核对"
    part, fixed = swapped[0]
    return f"若 {part.number} 应为 {fixed}（两位数字颠倒），则正好相符，请核对"

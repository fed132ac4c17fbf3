"""Lines alike closed by a 合计 line: one item a line, each line stating its figures in the same
units and order as the 合计 line after them.

1.沙坝村完成农村户厕改造114户，投入资金59.86万元。⏎2.枫树村…86户，…35.98万元。⏎…⏎合计：完成农村户厕
改造356户，投入资金120.14万元。 Each column adds up to the total's figure in that place, to the
last digit written. Lines of a name and its figures alone (石桥村：292人) are bare_lists' own.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..intervals import format_plain
from ..registry import Hit, TextAnchor, TextDoc
from ..tokens import Quantity, token_starts, tokenize, written_sum
from .bare_lists import _ITEM_LINE, _PAIR_LINE, _lines, _whole_place_total
from .breakdown_words import LOOKING_BACK
from .slip_shapes import _a_part_mistyped

#: 合计：…, 以上合计…: a line opening with the words that add up the lines above it
_TOTAL_OPENING = re.compile(rf"[ \u3000\t]*(?P<lead>{'|'.join(LOOKING_BACK)}|全[镇乡村区县]|全街道)?"
                            r"(?:合[ \u3000]*计|总[ \u3000]*计|共[ \u3000]*计)")
MIN_ITEMS = 2
_NOT_ADDED = frozenset(("%", "‰", "个百分点"))
#: 人均…, 户均…, …率: a figure per something, which lines do not add up to
_PER = re.compile(r"均|率|每")


def _figures(text: str, lo: int, hi: int) -> list[Quantity] | None:
    """The line's stated figures (each with a unit), or None when one is only approximate."""
    starts = token_starts(text)
    tokens = tokenize(text)
    out = []
    for q in tokens[bisect_left(starts, lo):bisect_left(starts, hi)]:
        if q.kind != "quantity" or not q.unit or (q.chinese and "\u4e00" <= text[q.end:q.end + 1] <= "\u9fff"):
            continue  # (残疾人两项补贴89.6万元: a count in words inside a name)
        if not q.exact:
            return None
        out.append(q)
    return out


def _shape(figures: list[Quantity]) -> tuple:
    return tuple((q.base_unit, q.factor) for q in figures)


def parallel_line_sums(doc: TextDoc):
    text = doc.text
    if "计" not in text or "\n" not in text:
        return
    lines, starts = _lines(text)
    for n, line in enumerate(lines):
        if n < MIN_ITEMS or _TOTAL_OPENING.match(line) is None:
            continue
        totals = _figures(text, starts[n], starts[n] + len(line))
        if not totals:
            continue
        shape = _shape(totals)
        items: list[list[Quantity]] = []
        k = n - 1
        while k >= 0:
            figures = _figures(text, starts[k], starts[k] + len(lines[k]))
            if not figures or _shape(figures) != shape or _TOTAL_OPENING.match(lines[k]):
                break
            items.append(figures)
            k -= 1
        if len(items) < MIN_ITEMS or all(_ITEM_LINE.match(lines[j]) or _PAIR_LINE.match(lines[j])
                                         for j in range(k + 1, n)):
            continue  # (name：figure lines are bare_lists' own)
        if not _whole_place_total(_TOTAL_OPENING.match(line), lines[k] if k >= 0 else ""):
            continue  # 全镇合计 after lines of only some villages: the township's, not their sum
        items.reverse()
        for column, total in enumerate(totals):
            values = [figures[column] for figures in items]
            if total.base_unit in _NOT_ADDED or _PER.search(text, max(0, total.start - 4), total.start):
                continue  # (a rate or an average per line: the 合计 line's is the whole's, not a sum)
            summed, written = written_sum(values), written_sum([total])
            if summed is None or written is None or summed == written:
                continue
            if min(v.interval.lo for v in values) <= total.interval.mid <= max(v.interval.hi for v in values) \
                    and not _a_part_mistyped(values, total):
                continue  # (合计 within the lines' range: their overall rate or average, unless one
                #            line's digits swapped or doubled back make them add up: 31.5 for 13.5)
            terms = " + ".join(v.number for v in values)
            message = (f"各行之和为 {format_plain(summed / total.factor)} {total.unit}（{terms}），"
                       f"与合计 {total.number} {total.unit} 不符")
            yield Hit(TextAnchor(doc.key, total.start, total.end - total.start), message, "error",
                      tuple(TextAnchor(doc.key, v.start, v.end - v.start) for v in values))

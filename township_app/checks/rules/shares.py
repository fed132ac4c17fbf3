"""Shares: 共有党员361名，其中女党员80名，占22.2% — the part over the total it belongs to.

The part is the figure just before 占…%; the total is the nearest earlier figure in the same
sentence and unit that the text names as a total (共, 总, 合计, 全乡) or breaks down with 其中.
"""
from __future__ import annotations

import re

from ..groups import QuantityGroup, quantity_groups
from ..intervals import format_decimal
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..tokens import Quantity

_SHARE_LABEL = re.compile(r"^(?:占|约占|比重为|比重|所占比例为|所占比重为)")
_TOTAL_LABEL = re.compile(r"共|合计|总数|总户数|总人口|总人数|总计|全部")
_DENOMINATOR = re.compile(r"^(?:约)?占(.+?)的")
#: 占总数的 / 占总户数的 name no particular figure: the sentence's total is meant
GENERIC_TOTALS = ("总数", "总户数", "总人数", "总人口", "总量", "全部", "总体")
_UNIT_HINTS = (("户", "户"), ("人口", "人"), ("人数", "人"), ("人", "人"))


def _part_quantity(group: QuantityGroup, share_label: str) -> Quantity | None:
    """The figure a share is of: the only one, or the one its words name (占总户数 → 户)."""
    if len(group.quantities) == 1:
        return group.quantities[0]
    units = group.by_unit()
    for word, unit in _UNIT_HINTS:
        if word in share_label and unit in units:
            return units[unit]
    return None


def _total_for(groups: list[QuantityGroup], before: int, part: Quantity, sentence,
               share_label: str) -> Quantity | None:
    """The figure the share is of. 占总人口的 names it (a group whose words contain 总人口);
    a bare 占/占比 means the total that the sentence breaks down (共…，其中…)."""
    named = _DENOMINATOR.match(share_label)
    name = named.group(1) if named else ""
    generic = not name or name in GENERIC_TOTALS
    for j in range(before - 1, -1, -1):
        g = groups[j]
        if g.sentence != sentence:
            break
        q = g.by_unit().get(part.base_unit)
        if q is None:
            continue
        if not generic:
            core = name.removeprefix("全乡").removeprefix("全镇").removeprefix("全县")
            if core and core in g.label:
                return q
            continue
        next_label = groups[j + 1].label.strip(" ，,、；;：:") if j + 1 < len(groups) else ""
        if _TOTAL_LABEL.search(g.label) or next_label.startswith("其中"):
            return q
    return None


def check_shares(doc: TextDoc):
    groups = list(quantity_groups(doc.text))
    for i, g in enumerate(groups):
        if i < 2 or g.units != {"%"} or g.approx:
            continue
        label = g.label.strip(" ，,、；;：:（(")
        if not _SHARE_LABEL.match(label) or g.gap_has_clause:
            continue
        prev = groups[i - 1]
        if prev.sentence != g.sentence or "%" in prev.units or prev.approx:
            continue
        part = _part_quantity(prev, label)
        if part is None or not part.exact:
            continue
        total = _total_for(groups, i - 1, part, g.sentence, label)
        if total is None or not total.exact or total.interval.contains_zero():
            continue
        share = g.quantities[0]
        computed = (part.interval / total.interval).scaled(100)
        if computed.intersects(share.interval):
            continue
        decimals = len(share.number.split(".", 1)[1]) if "." in share.number else 0
        expected = format_decimal(part.interval.mid / total.interval.mid * 100, max(2, decimals))
        message = (f"占比填写为 {share.shown}，按 {part.shown} ÷ {total.shown} 计算应为 {expected}%")
        yield Hit(TextAnchor(doc.key, share.start, share.end - share.start), message, None,
                  (TextAnchor(doc.key, part.start, part.end - part.start),
                   TextAnchor(doc.key, total.start, total.end - total.start)))


SHARE_RULE = DocRule(
    id="share",
    severity="error",
    title="占比与分子分母不符",
    check=check_shares,
    failing=(
        "全乡共有党员361名，其中女党员80名，占25.2%。",
        "全乡总人口11440人，未脱贫596人，占总人口的0.8%。",
        "年度任务2.8亿元，完成固定资产投资1.5亿元，占年度任务的50%。",
        "全乡共有3718户11440人，其中脱贫户426户1506人，占总户数的15%。",
    ),
    passing=(
        "全乡共有党员361名，其中女党员80名，占22.2%。",
        "全乡总人口11440人，未脱贫596人，占总人口的5.21%。",
        "全乡共有3718户11440人，其中脱贫户426户1506人，占总户数的11.5%。",
        "全乡共有党员361名，其中女党员约80名，占25%。",
        "女党员80名，占25%。",
        "其中女党员80名，占比超过20%。",
        "完成地区生产总值3.2亿元，同比增长8.5%；完成固定资产投资1.5亿元，占全年任务的52.3%。",
        "全乡生产总值3.2亿元，工业产值1.5亿元，占22%。",
    ),
)

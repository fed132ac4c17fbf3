"""Shares of a whole that is a count, with the whole left unsaid: 结扎63例，占全年任务的48.6%.

The task is a whole number of operations, so 63 ÷ 48.6% must be near a whole number: 63 ÷ 129 is
48.84% and 63 ÷ 130 is 48.46%, and no count in between gives 48.6%. Whatever the task was, the
figure or the share is wrong. Only the clause right after a count is read (the share is of that
count), and only counts of things that come whole (人, 户, 例 …): a share of 56万元 can be of any
sum."""
from __future__ import annotations

import math
import re
from decimal import Decimal

from ..changes import is_change, is_comparison, is_previous_level
from ..groups import groups_by_paragraph
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..units import is_count

#: (the words between a count and its share: 占全年任务的, 占年度目标任务数的, 占全镇总人口的)
_SHARE_OF = re.compile(r"^[，,]?[ \u3000]*(?:仅|只)?占(?P<whole>[^，,。；;：:0-9０-９%％]{1,16}?)的?(?:比[例重])?(?:为|达|达到|是)?[ \u3000]*$")
#: the whole of a share that is not a count of the same things (占地, 占用, 占比 of an area …)
_NOT_A_WHOLE = re.compile(r"^(?:地|用|比|有率)")


def whole_counts_near(part: Decimal, rate: Decimal, places: int, scale: int = 100) -> tuple[int, int] | None:
    """None when some whole count W makes part ÷ W the rate as written (rounded half up, or cut
    off after its last digit, as some tables do); else the two counts on either side of part ÷ rate."""
    half = Decimal(5) / Decimal(10) ** (places + 1)
    if rate - half <= 0:
        return None
    lowest = part * scale / (rate + 2 * half)  # (cut off: rate ≤ p < rate + 10^-places)
    highest = part * scale / (rate - half)
    if math.floor(highest) >= math.ceil(lowest):
        return None
    exact = part * scale / rate
    return math.floor(exact), math.ceil(exact)


def shown_share(part: Decimal, whole: int, places: int, scale: int = 100) -> str:
    value = part * scale / whole
    return f"{value:.{max(2, places)}f}"


def check_whole_bases(doc: TextDoc):
    text = doc.text
    if "占" not in text:
        return
    for _para, inside in groups_by_paragraph(text):
        quantities = [(q, g) for g in inside for q in g.quantities]
        for (before, group), (rate, _g) in zip(quantities, quantities[1:]):
            if is_change(group.label) or is_comparison(group.label) or is_previous_level(group.label):
                continue  # 一孩126人，比去年同期增加7人，占出生总数的58.60%: the share is of the 126
            if rate.base_unit != "%" or rate.approx or not before.exact or before.factor != 1 \
                    or not is_count(before.base_unit) or "." in before.number:
                continue
            m = _SHARE_OF.match(text[before.end:rate.start])
            if m is None or _NOT_A_WHOLE.match(m.group("whole")) or "分别" in m.group("whole"):
                continue
            places = len(rate.number.split(".", 1)[1]) if "." in rate.number else 0
            part, stated = Decimal(before.number), Decimal(rate.number)
            if part <= 0 or stated <= 0 or stated > 1000:
                continue
            near = whole_counts_near(part, stated, places)
            if near is None:
                continue
            low, high = near
            whole = m.group("whole")
            sides = "，".join(f"{before.number} ÷ {w} = {shown_share(part, w, places)}%" for w in (high, low) if w > 0)
            message = (f"“{text[before.start:rate.end]}”：{whole}为整数时得不到 {rate.shown}（{sides}），"
                       f"{before.number}{before.unit}或 {rate.shown} 可能有误")
            yield Hit(TextAnchor(doc.key, rate.start, rate.end - rate.start), message, "warning",
                      (TextAnchor(doc.key, before.start, before.end - before.start),))


WHOLE_BASE_RULE = DocRule(
    id="whole-base",
    severity="warning",
    title="比例与整数个数不符",
    check=check_whole_bases,
    failing=(
        "目前全镇已完成结扎63例，占全年任务的48.6%，征收社会抚养费56万元，占全年任务的77.8%。",
        "全年新增城镇就业7人，占年度目标任务的41.5%。",  # 7 ÷ 17 = 41.18%, 7 ÷ 16 = 43.75%
    ),
    passing=(
        "目前全镇已完成结扎63例，占全年任务的48.8%。",  # 63 ÷ 129 = 48.84%
        "征收社会抚养费56万元，占全年任务的77.8%。",  # a sum of money: any whole
        "全镇已完成放环1260例，占全年任务的48.6%。",  # 1260 ÷ 2593 = 48.59%: many wholes near
        "新建户用沼气池63口，其中占全村农户的48.6%的农户用上了沼气。",  # the share is not of the count before it
        "其中男性63人、女性70人，分别占47.4%、52.6%。",
        "新增耕地63亩，占全年任务的48.6%。",  # an area: any whole
        "其中男性63人，约占总人口的48.6%。",  # said to be approximate
        "一孩出生为126人,比去年同期增加7人,占出生总数的58.60%。",  # the share is of the 126, not the change
    ),
)

"""Natural increase: births less deaths, in people.

出生人口138人、死亡人口96人，人口净增加24人 (138 − 96 = 42). The three figures are read in one
sentence, each named by its own word, counted in people: the difference is exact. Rates in ‰
are left to the rate rule: each is rounded on its own, and when 出生率 − 死亡率 misses
自然增长率 any of the three may be the one miswritten.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison
from ..groups import quantity_groups
from ..intervals import format_plain
from ..registry import DocRule, Hit, TextDoc, span_of

_BIRTHS = re.compile(r"出生(?:人口|人数)?(?:率)?(?:为|达|共)?$")
_DEATHS = re.compile(r"死亡(?:人口|人数)?(?:率)?(?:为|达|共)?$")
_NET = re.compile(r"(?P<what>人口)?(?P<word>自然增长率|自然增长|净增加|净增|自然减少|净减少|净减)(?:了|为|达)?$")


def _clean(label: str) -> str:
    return label.strip(" \u3000，,、；;：:")


def check_natural_increase(doc: TextDoc):
    text = doc.text
    if "出生" not in text or "死亡" not in text:
        return
    groups = quantity_groups(text)
    for k, g in enumerate(groups):
        m = _NET.search(_clean(g.label))
        if m is None or len(g.quantities) != 1 or g.approx:
            continue
        net = g.quantities[0]
        births = deaths = None
        for h in groups[:k]:
            if h.sentence != g.sentence or len(h.quantities) != 1:
                continue
            q = h.quantities[0]
            if q.base_unit != net.base_unit or not q.exact or q.base_unit in ("‰", "%") or is_comparison(h.label):
                continue  # 比去年同期多出生140人: a difference, not the births
            if _BIRTHS.search(_clean(h.label)):
                births = q
            elif _DEATHS.search(_clean(h.label)):
                deaths = q
        if births is None or deaths is None or births.start > deaths.start:
            continue
        down = "减" in m.group("word")
        value = Decimal(births.number) - Decimal(deaths.number)
        stated = -Decimal(net.number) if down else Decimal(net.number)
        if value == stated:
            continue
        shown = format_plain(abs(value))
        word = "自然增长" if value >= 0 else "自然减少"
        message = (f"“{m.group('word')}{net.number}{net.unit}”与数值不符：出生 {births.shown} − 死亡 {deaths.shown} = "
                   f"{'' if value >= 0 else '−'}{shown} {net.unit}，应为{word} {shown} {net.unit}")
        yield Hit(span_of(doc, net), message, None, (span_of(doc, births), span_of(doc, deaths)))


NATURAL_INCREASE_RULE = DocRule(
    id="natural-increase",
    severity="error",
    title="自然增长与出生、死亡不符",
    check=check_natural_increase,
    failing=(
        "上半年出生人口138人、死亡人口96人，人口净增加24人。",
        "全年出生人口86人，死亡人口112人，人口自然减少62人。",
    ),
    passing=(
        "上半年出生人口138人、死亡人口96人，人口净增加42人。",
        "全年出生率8.51‰，死亡率6.05‰，人口自然增长率2.46‰。",
        "全年出生人口86人，死亡人口112人，人口自然减少26人。",
        "全年出生人口86人，死亡人口112人，自然增长率-1.2‰。",
    ),
)

"""An income per head in a unit no one earns: 农民人均纯收入4805万元 is 48 million yuan a person.

A township's income per head is some thousands of yuan; written in 万元 it is a few at most. A figure
of fifty 万元 or more a head (or any in 亿元) is the 元 figure with a 万 put in by mistake, the slip
of a copy or of a template whose unit was 万元 for the totals around it. Said as a warning, with the
figure read in 元.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..tokens import tokenize

#: 人均纯收入, 农民人均可支配收入达到, 人均收入为: the words an income per head is named by, right before it
_PER_HEAD_INCOME = re.compile(r"(?:人均|人平)[\u4e00-\u9fff]{0,4}?收入(?:达到|达|为|是|突破|超过|增至|提高到)?[ \u3000]*$")
#: ，比上年增加了484元 / ，在…基础上增加484元: a change in 元 right after, which the growth rule reads
_CHANGE_IN_YUAN = re.compile(r"[，,][^，,。；;]{0,12}?(?:增加|减少|增长|提高)了?[0-9.]+元")
#: this many 万元 a head is no one's income in a township
IMPLAUSIBLE_WAN = Decimal(50)


def check_per_head_magnitude(doc: TextDoc):
    text = doc.text
    if "均" not in text or "收入" not in text:
        return
    for q in tokenize(text):
        if q.kind != "quantity" or q.base_unit != "元" or q.approx or q.unit not in ("万元", "亿元"):
            continue
        if q.unit == "万元" and Decimal(q.number) < IMPLAUSIBLE_WAN:
            continue
        if not _PER_HEAD_INCOME.search(text, max(0, q.start - 16), q.start):
            continue
        if _CHANGE_IN_YUAN.match(text, q.end):
            continue  # …4496万元，增加了484元，增长12%: the growth rule names the unit against its change
        yield Hit(TextAnchor(doc.key, q.start, q.end - q.start),
                  f"人均收入填写为 {q.shown}，一人一年的收入不会这么多，像是单位误写：应为 {q.number} 元？")


PER_HEAD_MAGNITUDE_RULE = DocRule(
    id="per-head-magnitude",
    severity="warning",
    title="人均收入单位疑误",
    check=check_per_head_magnitude,
    failing=(
        "全乡农民人均纯收入 4805 万元，比上年增长8.2%。",
        "农村居民人均可支配收入达到7600万元。",
    ),
    passing=(
        "全乡农民人均纯收入4805元，比上年增长8.2%。",
        "农村居民人均可支配收入达到1.86万元，全镇农民收入总额4805万元。",
        "人均纯收入超万元的村达到12个。",
        "2005年农民人均纯收入4496万元，在2004年的基础上增加了484元，增长率达12%。",
    ),
)

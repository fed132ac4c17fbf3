"""Growth stated with both values: 由上年的 500 万元增长到 550 万元，增长 10%.

The change is checked only when the previous value (named 上年/去年/同期) and the
current value are both in the sentence; 同比增长 1.68% alone is nothing to check.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..groups import quantity_groups
from ..intervals import format_decimal, format_plain
from ..registry import DocRule, Hit, TextAnchor, TextDoc

PREVIOUS_WORDS = ("上年同期", "去年同期", "上年", "去年", "上一年", "同期")
_CHANGE_RE = re.compile(r"(增长|增加|提高|上升|下降|减少|降低|增幅为|降幅为|增幅|降幅)了?$")
_COMPARE_RE = re.compile(r"同比|较|比|与.{0,6}相比")
_DOWN = ("下降", "减少", "降低", "降幅")


_CHANGE_WORDS = re.compile(r"增长|增加|提高|上升|下降|减少|降低|增幅|降幅")


def check_growth(doc: TextDoc):
    if not _CHANGE_WORDS.search(doc.text):
        return
    groups = quantity_groups(doc.text)
    by_sentence: dict = {}
    for g in groups:
        for q in g.quantities:
            by_sentence.setdefault(g.sentence, []).append((q, g.label))
    for sentence, items in by_sentence.items():
        sentence_text = sentence.text(doc.text)
        if not _COMPARE_RE.search(sentence_text):
            continue
        for q, label in items:
            m = _CHANGE_RE.search(label.rstrip(" 为达"))
            if not m or q.approx:
                continue
            earlier = [(c, lab) for c, lab in items if c.end <= q.start and c is not q and c.exact]
            percent = q.base_unit == "%"
            if percent:  # 增长10%: relative change of two amounts
                unit_of = lambda c: c.base_unit != "%"  # noqa: E731
            elif q.base_unit == "个百分点":  # 提高5个百分点: difference of two rates
                unit_of = lambda c: c.base_unit == "%"  # noqa: E731
            else:  # 增加60万元: difference of two amounts
                unit_of = lambda c, unit=q.base_unit: c.base_unit == unit  # noqa: E731
            prev = [c for c, lab in earlier if unit_of(c) and any(w in lab for w in PREVIOUS_WORDS)]
            if not prev:
                continue
            previous = prev[-1]
            current = [c for c, lab in earlier if unit_of(c) and c is not previous
                       and c.base_unit == previous.base_unit
                       and not any(w in lab for w in PREVIOUS_WORDS)]
            if not current:
                continue
            cur = current[-1]
            down = any(w in m.group(1) for w in _DOWN)
            stated = q.interval.negated() if down else q.interval
            if percent:
                if previous.interval.contains_zero():
                    continue
                change = ((cur.interval - previous.interval) / previous.interval).scaled(100)
                expected = format_decimal(abs(cur.interval.mid - previous.interval.mid)
                                          / previous.interval.mid * 100, 2)
                shown = f"{expected}%"
            else:
                change = cur.interval - previous.interval
                factor = previous.interval.mid / Decimal(previous.number) if Decimal(previous.number) else 1
                shown = f"{format_plain(abs(change.mid / factor).quantize(Decimal('0.01')))} {q.unit}"
            if change.intersects(stated):
                continue
            word = m.group(1)
            grew = cur.interval.mid >= previous.interval.mid
            direction = "增长" if grew else "下降"
            if not percent:
                direction = "增加" if grew else "减少"
            message = (f"“{word}{q.shown}”与前后数值不符：上年 {previous.shown} → 本期 {cur.shown}，"
                       f"应为{direction} {shown}")
            related = (TextAnchor(doc.key, previous.start, previous.end - previous.start),
                       TextAnchor(doc.key, cur.start, cur.end - cur.start))
            yield Hit(TextAnchor(doc.key, q.start, q.end - q.start), message, None, related)


GROWTH_RULE = DocRule(
    id="growth",
    severity="error",
    title="增长幅度与前后数值不符",
    check=check_growth,
    failing=(
        "财政收入由上年的500万元增长到550万元，同比增长12%。",
        "上年同期为200户，今年为180户，较上年下降5%。",
        "上年完成投资300万元，今年完成投资360万元，较上年增加50万元。",
        "参保率由上年的90%提高到95%，较上年提高3个百分点。",
    ),
    passing=(
        "财政收入由上年的500万元增长到550万元，同比增长10%。",
        "全乡预计实现国民生产总值9100万元，同比增长1.68%。",
        "信访平台信访件较去年同期的12个降低为7个。",
        "上年完成投资300万元，今年完成投资360万元，较上年增加60万元。",
        "上年同期为200户，今年为180户，较上年下降10%。",
        "参保率由上年的90%提高到95%，较上年提高5个百分点。",
    ),
)

"""由A增加到B with B below A: the change said one way, the figures going the other.

全市个体工商户达到23034户，从2015年的14503户增加到8531户: 8531 is the increase (14503 + 8531 =
23034), written where the level reached should be, or a digit is wrong; either way the sentence
as written says a rise to a smaller figure. Only the shape 由/从 A (verb)到/至 B is read, with A
and B in one unit and nothing but the verb (and B's year) between them; a figure is compared as
the interval its writing allows, so rounding never makes a slip.
"""
from __future__ import annotations

import re

from ..changes import is_from_level, is_level_after_change
from ..groups import quantity_groups
from ..registry import DocRule, Hit, TextDoc, span_of

_UP = re.compile(r"(?:增加|增长|提高|提升|上升|扩大|增|升)了?(?:到|至|为)了?$")
_DOWN = re.compile(r"(?:减少|下降|降低|缩小|缩减|压缩|减|降)了?(?:到|至|为)了?$")
#: what may stand between the verb and the level reached: its year or period (增加到2020年的…)
_PERIOD_BEFORE = re.compile(r"(?:(?:19|20)\d\d年(?:底|末)?|今年|本年|年底|年末|目前|现在)?的?$")


def check_directions(doc: TextDoc):
    text = doc.text
    if "到" not in text and "至" not in text:
        return
    groups = quantity_groups(text)
    for k in range(1, len(groups)):
        reached, start = groups[k], groups[k - 1]
        if reached.sentence != start.sentence or len(reached.quantities) != 1 or len(start.quantities) != 1 \
                or not is_level_after_change(reached.label) or not is_from_level(start.label):
            continue
        words = _PERIOD_BEFORE.sub("", reached.label.strip(" \u3000"))
        up, down = _UP.search(words), _DOWN.search(words)
        if (up is None) == (down is None) or len(words) - (up or down).start() != len((up or down).group()) \
                or words[:(up or down).start()].strip(" \u3000，,"):
            continue  # (the verb alone between the two: not 由A…，其中B增加到C)
        a, b = start.quantities[0], reached.quantities[0]
        if a.base_unit != b.base_unit or a.kind != "quantity" or b.kind != "quantity":
            continue
        if up is not None and b.interval.hi < a.interval.lo:
            said, went = "增加", "减少"
        elif down is not None and b.interval.lo > a.interval.hi:
            said, went = "减少", "增加"
        else:
            continue
        verb = (up or down).group().replace("了", "")
        root = verb[:-1]
        written = f"{b.number}{b.unit}"
        message = f"“{verb}{written}”：由 {a.shown} 到 {b.shown} 实为{went}，与“{verb}”不符（方向或数字有误"
        message += "）" if "%" in b.unit else f"；若 {b.shown} 是{said}的数量，应写作“{root}了{written}”）"
        yield Hit(span_of(doc, b), message, None, (span_of(doc, a),))


DIRECTION_RULE = DocRule(
    id="change-direction",
    severity="error",
    title="增减方向与数值不符",
    check=check_directions,
    failing=(
        "全市个体工商户达到23034户，从2015年的14503户增加到8531户。",
        "农民人均可支配收入由上年的15200元提高到14800元。",
        "森林火灾发生次数由12次下降到15次。",
        "贫困发生率从5.2%降至6.1%。",
    ),
    passing=(
        "全市个体工商户达到23034户，从2015年的14503户增加到23034户。",
        "农民人均可支配收入由上年的15200元提高到16800元。",
        "森林火灾发生次数由12次下降到5次。",
        "贫困发生率从5.2%降至0.6%。",
        "粮食产量由2.4万吨增长到2.4万吨左右。",
        "茶叶综合产值由2015年的1.4亿元增加到2020年的2.4亿元。",
        "补助标准由每人每月520元调整到480元。",
        "乡镇由原来的3个减少到2个，流动人口由9800人增加到1.2万人。",
    ),
)

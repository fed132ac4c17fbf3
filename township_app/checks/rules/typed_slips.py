"""Slips of typing in figures and dates that no arithmetic needs to show.

- a date that does not exist: 2023年2023月16日 (a year pasted over the month), 2月30日, 13月;
- a change whose two ends carry the same year: 由2020年的14646元提高到2020年的16403元;
- a letter typed for a digit: 其中田2101O畝 (O for 0), 1l5户 (l for 1).
"""
from __future__ import annotations

import re

from ..registry import DocRule, Hit, TextAnchor, TextDoc

_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: (a year first, so that 12月31日 after a year is read with it; 2023年13月 with no day too)
_DATE = re.compile(r"(?<![0-9０-９])(?P<year>(?:19|20)[0-9]{2})年(?P<month>[0-9]{1,4})月(?:(?P<day>[0-9]{1,2})[日号])?")
_SAME_YEAR_CHANGE = re.compile(
    # each year right before its figure (由2020年的14646元): 由2020年初…到2020年底 is a change within the year
    r"(?:由|从)(?P<a>(?:19|20)[0-9]{2})年的?[0-9.．]+[^，,。；;0-9]{0,6}?"
    r"(?:提高|增加|增长|上升|提升|下降|减少|降低|降|增|升|扩大|缩小)(?:了)?(?:到|至)(?P<b>(?:19|20)[0-9]{2})年的?(?=[0-9])")
#: 2101O亩: a capital or small o among digits (or closing them before a unit); 1l5: an l among digits
_LETTER_FOR_DIGIT = re.compile(r"(?<=[0-9]{2})[Oo](?=[0-9]|[\u4e00-\u9fff%％])|(?<=[0-9])[Oo](?=[0-9])|(?<=[0-9])[lI](?=[0-9])")


def check_typed_slips(doc: TextDoc):
    text = doc.text
    if "月" in text:
        for m in _DATE.finditer(text):
            month, day = int(m.group("month")), m.group("day")
            if not 1 <= month <= 12:
                yield Hit(TextAnchor(doc.key, m.start("month"), len(m.group("month"))),
                          f"“{m.group()}”：{month}月不存在，月份可能写错", "warning")
            elif day is not None and not 1 <= int(day) <= _DAYS[month - 1]:
                yield Hit(TextAnchor(doc.key, m.start("day"), len(day)),
                          f"“{m.group()}”：{month}月没有{int(day)}日，日期可能写错", "warning")
    if "由" in text or "从" in text:
        for m in _SAME_YEAR_CHANGE.finditer(text):
            if m.group("a") == m.group("b"):
                yield Hit(TextAnchor(doc.key, m.start("b"), 4),
                          f"“{m.group()}”：变化前后的年份都是{m.group('a')}年，其中一个年份可能写错", "warning")
    if "O" in text or "o" in text or "l" in text or "I" in text:
        for m in _LETTER_FOR_DIGIT.finditer(text):
            digit = "0" if m.group() in "Oo" else "1"
            lo = m.start()
            while lo > 0 and text[lo - 1].isdigit():
                lo -= 1
            if lo > 0 and text[lo - 1].isascii() and text[lo - 1].isalpha():
                continue  # H2O2, C20I2: a formula or a model's code, letters and digits by design
            hi = m.end()
            while hi < len(text) and text[hi].isdigit():
                hi += 1
            yield Hit(TextAnchor(doc.key, m.start(), 1),
                      f"“{text[lo:hi]}”：数字中的字母“{m.group()}”像是数字 {digit} 打错", "warning")


TYPED_SLIP_RULE = DocRule(
    id="typed-slip",
    severity="warning",
    title="数字或日期写法有误",
    check=check_typed_slips,
    failing=(
        "工农业总产值50.25亿元。2023年2023月16日召开总结大会。",
        "于2022年2月30日前完成验收。",
        "农民人均纯收入由2020年的14646元提高到2020年的16403元。",
        "全村耕地23085亩，其中田2101O亩，地2075亩。",
    ),
    passing=(
        "2023年12月16日召开总结大会，2024年2月29日前完成验收。",
        "农民人均纯收入由2019年的14646元提高到2020年的16403元。",
        "全镇贫困户由2020年初的120户减少到2020年底的30户。",  # a change within the year
        "购买过氧化氢H2O2消毒液，型号为C20I2的设备2台。",
        "从2020年起，人均纯收入由14646元提高到16403元。",
        "全村耕地23085亩，其中田21010亩，地2075亩。",
        "建成5G基站12个，购置iPhone13手机2部，安装LED屏3块，O2O电商平台1个。",
        "2023年1月至6月，全镇完成投资2.3亿元。",
    ),
)

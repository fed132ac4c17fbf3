"""翻番: 翻一番 is twice, 翻两番 four times, 翻三番 eight times the base.

完成财税收入550万元，比成立之初的170万元翻了三番还要多: 550 ÷ 170 = 3.2 times, and
翻三番 needs 8. The base is the figure the sentence compares with (比…170万元, 由…170万元),
just before the words; the current figure is the nearest earlier one in the sentence in the
same unit and about the same thing (their words end alike: 财税收入). 翻番 is often written
loosely, so a miss is a warning.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison, is_from_level, is_level_after_change
from ..groups import index_before, quantity_groups
from ..intervals import format_decimal
from ..numerals import parse_chinese_numeral
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of

_DOUBLING = re.compile(r"翻了?(?P<n>一|两|二|三|四|五|[1-5])?番(?P<more>还要多|还多|多|以上|有余)?")
_BASE_LABEL = re.compile(r"(?:比|较|与|由|从)")
#: a stated 翻N番 (without 多) holds when the multiple is at most this much above 2^N …
TOLERANCE = Decimal("0.1")
#: … and at most this much below it: 翻番 says the figure has at least about doubled, so
#: 860万元 → 1650万元 (×1.92) is not 翻番, while 1.4亿元 → 2.75亿元 (×1.96) passes as rounding.
BELOW_TOLERANCE = Decimal("0.025")
#: 基本实现翻番 / 接近翻番 claims less: only a figure short of 90% of the multiple is named
HEDGED_BELOW = Decimal("0.1")
_HEDGE = re.compile(r"基本上?|接近|将近|近|几乎")


def _times(word: str | None) -> int:
    if not word:
        return 1  # 实现翻番: doubled
    return int(word) if word.isdigit() else (2 if word == "两" else parse_chinese_numeral(word)[0])


def _subject(label: str) -> str:
    core = re.sub(r"[^\u4e00-\u9fff]", "", label)
    return core[-2:] if len(core) >= 2 else ""


#: 与2019年（: a base set in a bracket after the year compared with
_COMPARED_YEAR_BRACKET = re.compile(r"(?:与|比|较)(?:\d{4}年|上年|去年)?[（(]$")
#: 接待游客人数（2020年: a figure's name, then the year of its base in a bracket
_NAME_YEAR_BRACKET = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12})[（(](?:\d{4}年|上年|去年)$")
_CLOSE_THEN = re.compile(r"[）)][ \u3000]*(?:相比|比较)?[，,]?[ \u3000]*(?:实现|已经|已)?(?:基本上?|接近|将近|近|几乎)?(?:实现)?$")


def _bracketed_base(text: str, before, between: str):
    """(base, current) for a base in a bracket right before 翻番, or None."""
    last = before[-1]
    if len(last.quantities) != 1 or not _CLOSE_THEN.match(between):
        return None
    base, label = last.quantities[0], last.label.strip(" \u3000，,")
    if not base.exact or base.interval.mid == 0:
        return None
    if _COMPARED_YEAR_BRACKET.search(label):
        for g in reversed(before[:-1]):  # the nearest figure of the sentence in the base's unit
            if g.sentence != last.sentence:
                return None
            q = g.by_unit().get(base.base_unit)
            if q is not None and not is_comparison(g.label):
                return (base, q) if q.exact else None
        return None
    named = _NAME_YEAR_BRACKET.search(label)
    if named is None:
        return None
    para_start = text.rfind("\n", 0, last.start) + 1
    name = re.sub(r"(?:人数|总数|数量|人次|数)$", "", named.group("name"))[-4:]  # (接待游客人数: 接待游客86.3万人次)
    if len(name) < 2:
        return None
    for g in reversed(before[:-1]):  # the latest figure of the paragraph so named, in the base's unit
        if g.start < para_start:
            return None
        q = g.by_unit().get(base.base_unit)
        if q is not None and name in g.label and not is_comparison(g.label):
            return (base, q) if q.exact else None
    return None


#: ，比上年 right before 翻番, no base figure between
_THAN_LAST_YEAR = re.compile(r"[，,]?[ \u3000]*(?:比|较)(?:上年|去年)(?:同期)?(?:实现)?$")
_NEW = re.compile(r"(?:新增|新建|增加)[\u4e00-\u9fff]{0,8}$")


def _base_from_increase(before, between: str):
    """新增养老床位50张，全乡养老床位达到150张，比上年翻了一番: last year's level is what was reached
    less what was added (150 − 50 = 100); (added, current) or None."""
    if len(before) < 2 or not _THAN_LAST_YEAR.match(between):
        return None
    last, new = before[-1], before[-2]
    if new.sentence != last.sentence or len(last.quantities) != 1 or len(new.quantities) != 1 \
            or not _NEW.search(new.label.strip(" \u3000，,")) or "达到" not in last.label:
        return None
    current, added = last.quantities[0], new.quantities[0]
    if current.base_unit != added.base_unit or not (current.exact and added.exact) \
            or added.interval.mid >= current.interval.mid:
        return None
    return added, current


def check_doubling(doc: TextDoc):
    text = doc.text
    if "番" not in text:
        return
    groups = quantity_groups(text)
    for m in _DOUBLING.finditer(text):
        k = index_before(text, m.start())
        while k > 0 and groups[k - 1].end > m.start():
            k -= 1
        if k == 0:
            continue
        before = groups[max(0, k - 40):k]  # the sentence's figures are near: no need to look further
        last = before[-1]
        between = text[last.end:m.start()]
        needed = Decimal(2) ** _times(m.group("n"))
        increase = _base_from_increase(before, between)
        if increase is not None:
            added, current = increase
            base = current.interval.mid - added.interval.mid
            multiple = current.interval.mid / base
            if multiple < needed * (1 - BELOW_TOLERANCE):
                shown = format_decimal(base / current.factor, max(0, len(current.number.partition(".")[2])))
                yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                          f"“{m.group(0)}”即 {needed} 倍，但上年为 {current.shown} − 新增 {added.shown} = {shown} "
                          f"{current.unit}，{current.shown} ÷ {shown} {current.unit} = {format_decimal(multiple, 2)} 倍",
                          None, (span_of(doc, added), span_of(doc, current)))
            continue
        bracketed = _bracketed_base(text, before, between)
        if bracketed is not None:
            # 实现旅游收入1.15亿元，与2019年（0.68亿元）相比实现翻番; 旅游综合收入4.27亿元…与2020年相比，
            # 接待游客人数（2020年31.6万人次）翻了两番: only a multiple short of the claim is named
            base, current = bracketed
            multiple = current.interval.mid / base.interval.mid
            if multiple < needed * (1 - (HEDGED_BELOW if _HEDGE.search(between) else BELOW_TOLERANCE)):
                yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                          f"“{m.group(0)}”即 {needed} 倍，但 {current.shown} ÷ {base.shown} = "
                          f"{format_decimal(multiple, 2)} 倍", None, (span_of(doc, base), span_of(doc, current)))
            continue
        hedged = _HEDGE.search(between) is not None
        if last.sentence.end < m.start() or len(last.quantities) != 1 \
                or _HEDGE.sub("", between).strip("整整了实现已经 ，,"):
            continue
        current = None
        if is_level_after_change(last.label) and len(before) > 1 and is_from_level(before[-2].label) \
                and before[-2].sentence == last.sentence and len(before[-2].quantities) == 1:
            # 由2015年的1.4亿元增加到2020年的2.4亿元，实现翻番
            base, current = before[-2].quantities[0], last.quantities[0]
            if base.base_unit != current.base_unit:
                continue
        elif _BASE_LABEL.search(last.label) is not None:
            base = last.quantities[0]
            subject = _subject(last.label)
            for g in reversed(before[:-1]):
                if g.sentence != last.sentence:
                    break
                q = g.by_unit().get(base.base_unit)
                if q is None or is_comparison(g.label):
                    continue
                if subject and subject in g.label:
                    current = q
                break
        else:
            continue
        if current is None or not base.exact or not current.exact or base.interval.mid == 0:
            continue
        multiple = current.interval.mid / base.interval.mid
        at_least = m.group("more") is not None
        if at_least and multiple >= needed * (1 - TOLERANCE / 4):
            continue
        if not at_least and needed * (1 - BELOW_TOLERANCE) <= multiple <= needed * (1 + TOLERANCE):
            continue
        if hedged and not at_least and needed * (1 - HEDGED_BELOW) <= multiple:
            continue  # 基本实现翻番 at ×1.92: near enough for what it claims
        claim = m.group(0)
        message = (f"“{claim}”即 {needed} 倍，但 {current.shown} ÷ {base.shown} = "
                   f"{format_decimal(multiple, 2)} 倍")
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()), message, None,
                  (span_of(doc, base),
                   span_of(doc, current)))


DOUBLING_RULE = DocRule(
    id="doubling",
    severity="warning",
    title="翻番与数值不符",
    check=check_doubling,
    failing=(
        "今年完成财税收入550万元，比2015年财税收入170万元翻了三番还要多。",
        "村集体经济收入达到32万元，比2018年集体经济收入10万元翻了两番。",
        "茶叶综合产值由2015年的1.4亿元增加到2020年的2.4亿元，实现翻番。",
        "中药材产值由上年的860万元增至1650万元，实现翻番。",
        # the base in a bracket: after the year compared with, or after the figure's name
        "乡村旅游接待游客28.6万人次，实现旅游收入1.15亿元，与2019年（0.68亿元）相比实现翻番。",
        "全年接待游客86.3万人次，实现旅游综合收入4.27亿元。与2020年相比，旅游综合收入（2020年1.86亿元）翻了一番，接待游客人数（2020年31.6万人次）翻了两番。",
        # last year's level worked out from what was added
        "新增养老床位50张，全乡养老床位达到150张，比上年翻了一番。",
    ),
    passing=(
        "今年完成财税收入550万元，比2015年财税收入170万元翻了一番还要多。",
        "村集体经济收入达到41万元，比2018年集体经济收入10万元翻了两番。",
        "力争三年内产值翻一番。",
        "全镇实现生产总值4.2亿元，比2015年的2亿元翻了一番。",
        "茶叶综合产值由2015年的1.4亿元增加到2020年的2.9亿元，实现翻番。",
        "茶叶综合产值由2015年的1.4亿元增加到2020年的2.75亿元，实现翻番。",
        "中药材产值由上年的860万元增至1650万元，基本实现翻番。",
        "中药材产值由上年的860万元增至1650万元，接近翻番。",
        "乡村旅游接待游客28.6万人次，实现旅游收入1.45亿元，与2019年（0.68亿元）相比实现翻番。",
        "全年接待游客86.3万人次，实现旅游综合收入4.27亿元。与2020年相比，旅游综合收入（2020年1.86亿元）翻了一番。",
        "新增养老床位75张，全乡养老床位达到150张，比上年翻了一番。",
    ),
)

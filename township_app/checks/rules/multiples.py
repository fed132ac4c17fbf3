"""Multiples: 是…的N倍 = A ÷ B; 增长N倍 = A ÷ B − 1.

全镇财政收入5600万元，是2015年1930万元的2.9倍 (5600 ÷ 1930 = 2.90); 比2015年1930万元增长1.9倍.
The figure compared is the one before 是/比 in the sentence; the base is the figure inside
是…的 / 比… in the same unit, or the one figure of the paragraph named by those words
(二季度186.2万元…是一季度的1.56倍 → 一季度112.4万元). 增长N倍 where A ÷ B is N is the usual
misuse of 增长 for 是…的, said as such.
"""
from __future__ import annotations

import re

from ..changes import is_from_level, is_level_after_change
from ..groups import quantity_groups
from ..intervals import format_decimal, rounds_to
from ..registry import DocRule, Hit, TextDoc, span_of
from .ratio_verdict import StatedNumber, judge_ratio

_TIMES = re.compile(r"(?:(?P<is>是|为|相当于)(?P<of>[^，,。；;！？\n]{1,24}?)的|"
                    r"(?P<grew>增长|增加|提高|扩大|翻)了?)(?P<n>\d+(?:\.\d+)?)倍")
_COMPARED = re.compile(r"(?:比|较)(?P<of>[^，,。；;！？\n]{1,24}?)$")


#: 上年为, 2020年是: what follows the name of the level compared with
_STATED_AS = re.compile(r"^(?:为|是|：|:)?$")
#: 注册率61.2%（全镇常住人口29978人）: a bracket after a rate holds that rate's base
_RATE_BASE = re.compile(r"[ \u3000，,]*[（(]")


class _Stated(StatedNumber):
    def __init__(self, number: str, start: int, end: int):
        super().__init__(number)
        self.start, self.end = start, end


def _named_as(label: str, words: str) -> bool:
    """上年为 / （2020年为: the words of the level compared with, as the clause's own words."""
    tail = re.split(r"[，,（(、；;]", "".join(label.split()))[-1]
    return tail.startswith(words) and _STATED_AS.match(tail[len(words):]) is not None


def _sentence_groups(text: str, pos: int):
    groups = quantity_groups(text)
    return [g for g in groups if g.sentence.start <= pos < g.sentence.end], groups


def _named_once(groups, text: str, words: str, unit: str, before: int):
    """The one figure before `before` in the paragraph whose words hold `words` (一季度)."""
    para = text.rfind("\n", 0, before) + 1
    found = [g.by_unit()[unit] for g in groups
             if para <= g.start < before and unit in g.by_unit() and words in g.label]
    return found[0] if len(found) == 1 else None


def check_multiples(doc: TextDoc):
    text = doc.text
    if "倍" not in text:
        return
    for m in _TIMES.finditer(text):
        if m.group("grew") == "翻":
            continue  # 翻了两番/翻番: the doubling rule's
        inside, groups = _sentence_groups(text, m.start())
        head = m.start("is") if m.group("is") else m.start("grew")
        if m.group("grew"):
            compared = _COMPARED.search(text, max(0, head - 26), head)
            if compared is None:
                # 由2018年的14家增加到2023年的42家，增长3倍: the level left and the level reached
                pair = _from_to(inside, head)
                if pair is None:
                    continue  # 增长2倍 with nothing it is compared to
                base, current = pair
                yield from _judge(doc, m, current.by_unit()[base.base_unit], base, False)
                continue
            of_start, of_end = compared.start("of"), compared.end("of")
        else:
            of_start, of_end = m.start("of"), m.end("of")
        anchor = head if not m.group("grew") else compared.start()
        before = [g for k, g in enumerate(inside) if g.end <= anchor
                  and not (k > 0 and _RATE_BASE.match(g.label) and "%" in inside[k - 1].units)]
        base = None
        for g in inside:
            if of_start <= g.start and g.end <= of_end and len(g.quantities) == 1:
                base = g.quantities[0]
        named = False
        base_group = None
        if base is None:
            words = re.sub(r"^(?:同期|上年同期|去年同期)?", "", text[of_start:of_end]).strip()
            if len(words) < 2 or not before:
                continue
            # 上年为812万元，是上年的3.9倍 / 相当于上年的2.7倍，上年为1568万元 / （2020年为47.5万元）: the
            # level so named in the sentence, before the multiple or right after it
            stated = [g for g in inside if len(g.quantities) == 1 and _named_as(g.label, words)]
            if len(stated) == 1:
                base_group = stated[0]
                base = base_group.quantities[0]
            else:
                for unit in before[-1].by_unit():
                    base = _named_once(groups, text, words, unit, before[-1].start)
                    if base is not None:
                        break
            named = True
        if base is None:
            continue
        current = next((g for g in reversed(before) if base.base_unit in g.by_unit() and g is not base_group), None)
        if current is None:
            continue
        yield from _judge(doc, m, current.by_unit()[base.base_unit], base, named)


def _from_to(inside, head: int):
    """(the level left, the group of the level reached) of 由A增加到B just before `head`."""
    before = [g for g in inside if g.end <= head]
    for k in range(len(before) - 1, 0, -1):
        to, left = before[k], before[k - 1]
        if is_level_after_change(to.label) and is_from_level(left.label) and len(left.quantities) == 1 \
                and left.quantities[0].base_unit in to.by_unit():
            return left.quantities[0], to
    return None


def _judge(doc: TextDoc, m, now, base, named: bool):
    if not (now.exact and base.exact) or now is base or base.interval.contains_zero():
        return
    stated = _Stated(m.group("n"), m.start("n"), m.end())
    grew = m.group("grew") is not None
    ratio = now.interval.mid / base.interval.mid
    if grew and rounds_to(ratio, stated.number) and not rounds_to(ratio - 1, stated.number):
        times = format_decimal(ratio, max(2, len(stated.number.split(".")[1]) if "." in stated.number else 0))
        yield Hit(span_of(doc, stated),
                  f"“{m.group('grew')}{stated.number}倍”：{now.shown} ÷ {base.shown} = {times}，"
                  f"即“是…的{stated.number}倍”；“{m.group('grew')}…倍”应为 "
                  f"{format_decimal(ratio - 1, 2)} 倍（增长倍数 = 倍数 − 1）", "warning",
                  (span_of(doc, now), span_of(doc, base)))
        return
    numerator = now.interval - base.interval if grew else now.interval
    verdict = judge_ratio(numerator, base.interval, stated, 1)
    if verdict is None:
        return
    severity, expected = verdict
    if named and severity is None:
        severity = "warning"  # the base found by its words, not stated in the phrase
    how = f"({now.shown} − {base.shown}) ÷ {base.shown}" if grew else f"{now.shown} ÷ {base.shown}"
    word = f"{m.group('grew')}{stated.number}倍" if grew else f"是…的{stated.number}倍"
    yield Hit(span_of(doc, stated), f"“{word}”与数值不符：按 {how} 计算应为 {expected} 倍", severity,
              (span_of(doc, now), span_of(doc, base)))


MULTIPLE_RULE = DocRule(
    id="multiple",
    severity="error",
    title="倍数与数值不符",
    check=check_multiples,
    failing=(
        "今年发放产业奖补资金2382万元，上年为812万元，是上年的3.9倍。",
        "村集体经济收入141.6万元，是2020年的2.9倍（2020年为47.5万元）。",
        "全镇财政收入5600万元，是2015年1930万元的2.6倍。",
        "其中一季度112.4万元、二季度186.2万元，二季度收入是一季度的1.56倍。",
        "全镇财政收入5600万元，比2015年1930万元增长2.9倍。",
    ),
    passing=(
        "今年发放产业奖补资金2382万元，上年为812万元，是上年的2.9倍。",
        "全年招商引资到位资金4361万元，相当于上年的2.8倍，上年为1568万元。",
        "村集体经济收入141.6万元，是2020年的3.0倍（2020年为47.5万元）。",
        "全镇财政收入5600万元，是2015年1930万元的2.9倍。",
        "其中一季度112.4万元、二季度186.2万元，二季度收入是一季度的1.66倍。",
        "全镇财政收入5600万元，比2015年1930万元增长1.9倍。",
        "全镇财政收入5600万元，是全县平均水平的1.5倍。",
        "粮食产量比十年前增长2倍，达到1.2万吨。",
    ),
)

"""Parts listed in a sentence of their own, of a figure of the sentence before: 累计纳入监测对象103户
386人。分村情况为：红星村18户67人；建新村15户59人；… and 农村低保按类别分：一类保障对象96户173人，二类…
158户278人，三类…120户214人; and a sentence that only lists items closed by 其它 (remainder_lists).

The sentence opens by saying how the whole is divided (分村情况为, 按类别分, 按风险类型分, 从产业看)
and then only lists parts. They are of the figure of the sentence just before it — or, when the
opening names a thing (农村低保按类别分), of the latest figure so named before it in the paragraph.
"""
from __future__ import annotations

import re

from ..changes import is_comparison, is_previous_level
from ..groups import QuantityGroup
from .fact_setting import _PLACE_SUFFIX
from .breakdown_words import _REMAINDER, _core, _lead, _summable, exact_units

#: how a whole is divided, opening a sentence: (what is divided) 按/分/从 (by what) 分/看/情况 (为)：
_OPENING = re.compile(r"[ \u3000]*(?P<name>[\u4e00-\u9fff]{0,8}?)(?:按|分|从)(?P<by>[\u4e00-\u9fff]{1,6}?)"
                      r"(?:划分|分类|来看|上看|看|分|情况)(?:为|是|如下)?[：:，,]")
_OPEN_BRACKETS = "（("


def classifies(text: str, first: QuantityGroup) -> bool:
    """The part's sentence opens by saying how a whole is divided (分村情况为：, 按类别分：)."""
    m = _OPENING.match(text, first.sentence.start)
    return m is not None and m.end() <= first.start


_DONE = re.compile(r"(?:实现|完成|达到|达|共|累计|全年)+$")
_PLACE_ENDS = (*_PLACE_SUFFIX, "办", "区", "县")  # (拱辰办, 城关区)


def _qualified_otherwise(total: QuantityGroup, parts: list[QuantityGroup]) -> bool:
    """The parts all end with one word (产值) that the total's name ends with after words of its
    own (销售产值) that no part has: the parts are of another figure of that word."""
    cores = [_core(p.label) for p in parts]
    word = cores[0][-2:]
    if len(word) < 2 or not all(c.endswith(word) for c in cores):
        return False
    name = _core(total.label)
    if not name.endswith(word):
        return False
    qualifier = name[:-2][-2:]
    # (parts by place — 甲镇产值, 拱辰办产值 — measure the bare word; 国税收入, 地税收入 are kinds of 财政收入)
    by_place = all(_DONE.sub("", c[:-2]).endswith(_PLACE_ENDS) for c in cores)  # (拱辰办实现产值)
    return by_place and len(qualifier) == 2 and not any(qualifier in c for c in cores)


#: （1）, (一): an item's number opening a line, no bracket of an aside
_ITEM_NUMBER = re.compile(r"^[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]")
_TARGET_NAMES = ("任务", "计划", "目标", "预算")


def _level(g: QuantityGroup) -> bool:
    label = _ITEM_NUMBER.sub("", _lead(g.label))
    return _summable(g) and not g.approx and not is_comparison(g.label) and not is_previous_level(g.label) \
        and label[:1] not in _OPEN_BRACKETS and not any(w in label for w in _TARGET_NAMES)


def classified_lists(groups: list[QuantityGroup], text: str):
    """(total, parts, "some") for each sentence that classifies the figure before it."""
    k = 0
    while k < len(groups):
        first = groups[k]
        sentence = first.sentence
        k += 1
        if first.label_start < sentence.start or k == 1:
            continue
        if groups[k - 2].sentence == sentence:
            continue  # (the list is the sentence's first figures)
        m = _OPENING.match(text, sentence.start)
        if m is None or m.end() > first.start:
            continue
        parts = [first]
        while k < len(groups) and groups[k].sentence == sentence and not groups[k].gap_has_clause:
            g = groups[k]
            if g.units == first.units and _level(g):
                parts.append(g)
            elif _summable(g) or g.units & first.units:
                break  # 省外务工1036人，人均月收入约5200元；省内县外744人: an average of a part is passed over
            k += 1
        if len(parts) < 2 or not _level(first):
            continue
        total = _total_before(groups, groups.index(first), m.group("name"), text, parts)
        if total is not None and _qualified_otherwise(total, parts):
            continue  # 销售产值212亿元。从分乡镇来看：甲镇产值120.5亿元…: 产值, not 销售产值
        if total is not None and total.units == first.units:
            # …、其它收入46万元: closed by the rest, the list is the whole
            yield total, parts, "whole" if _core(parts[-1].label).startswith(_REMAINDER) else "some"


def _total_before(groups: list[QuantityGroup], first: int, name: str, text: str,
                  parts: list[QuantityGroup]) -> QuantityGroup | None:
    sentence_start = groups[first].sentence.start
    line_start = text.rfind("\n", 0, sentence_start) + 1
    reach = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # this line and the one before
    if name:  # 农村低保按类别分: the latest figure so named
        for j in range(first - 1, -1, -1):
            g = groups[j]
            if g.start < reach:
                return None
            if _core(g.label).endswith(name) and _level(g):
                return g
        return None
    # 分村情况为：a figure of the sentence just before — the one level there in the parts' units, or
    # of several the one their sum gives exactly in a unit (排查436起，调处成功421起。按类型分：…)
    before = groups[first - 1]
    if text[before.sentence.end:sentence_start].strip("。.！!？?；; \u3000\n") or before.start < reach:
        return None
    candidates = []
    for j in range(first - 1, -1, -1):
        g = groups[j]
        if g.sentence != before.sentence:
            break
        if g.units == groups[first].units and _level(g):
            candidates.append(g)
    if len(candidates) == 1:
        return candidates[0]
    exact = [g for g in candidates if exact_units(g.by_unit(), parts)]
    return exact[0] if exact else None


def remainder_lists(groups: list[QuantityGroup], text: str):
    """财政收入112.48万元。国税收入28.08万元、地税收入37.4万元、契税收入3.55万元、其它收入45.1万元。
    a sentence that only lists items named alike, closed by 其它/其余 (the rest), is the whole
    of the figure so named in the sentence before."""
    by_sentence: dict = {}
    for k, g in enumerate(groups):
        by_sentence.setdefault(g.sentence, []).append(k)
    sentences = list(by_sentence)
    for n in range(1, len(sentences)):
        members = [groups[k] for k in by_sentence[sentences[n]]]
        if len(members) < 3 or any(len(g.units) != 1 or not _summable(g) for g in members):
            continue
        cores = [_core(g.label) for g in members]
        tail = cores[0][-2:]
        if len(tail) < 2 or not all(c.endswith(tail) for c in cores) \
                or not cores[-1].startswith(_REMAINDER) or members[0].label_start != members[0].sentence.start:
            continue
        unit = next(iter(members[0].units))
        if any(g.units != {unit} for g in members):
            continue
        before = [groups[k] for k in by_sentence[sentences[n - 1]]]
        named = [g for g in before if g.units == {unit} and _core(g.label).endswith(tail)
                 and not is_comparison(g.label) and not _core(g.label).startswith(_REMAINDER)]
        if len(named) == 1:
            yield named[0], members, "whole"

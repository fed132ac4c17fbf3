"""Breakdowns opened by a line or a name rather than by 其中 after the total: 全年共发放补贴资金1856.4万元，
具体为：⏎耕地地力保护补贴…⏎农机购置补贴…; …未脱贫户214户692人；未脱贫户中，因病致贫89户，因残致贫47户."""
from __future__ import annotations

import re

from ..changes import is_comparison
from ..groups import QuantityGroup
from .breakdown_words import _REMAINDER, _core, _has_total_word, _is_level, _lead, _summable
from .tallies import _COUNT_THEN_AMONG

_LIST_INTRO = re.compile(r"[，,。.]?\s*(?P<word>其中|具体为|具体是|分别为|分别是|具体如下|明细如下|分项如下|分类如下|如下)[：:]\s*\n")
#: 危房改造47户，分布在5个村：⏎1.东坪村12户；⏎…: the places the total is spread over, counted, then a line each
_SPREAD_INTRO = re.compile(r"[，,]\s*(?:分布在|分布于|涉及|覆盖)(?P<places>[0-9]{1,3})个(?:行政村|自然村|村民小组|村|社区|乡镇|镇|乡)[：:]\s*\n")
#: 全年完成投资1198.78万元。⏎——基础设施项目，完成143.81万元；⏎…: a sentence of one total, then lines of
#: items marked with a dash or a number (no word says the list is complete)
_LIST_AFTER = re.compile(r"[。.]?[ \u3000]*\n(?=[ \u3000]*(?:——|—|[0-9]{1,2}[.．、](?![0-9])))")


_AMONG = re.compile(r"(?:^|[；;。，,\n])\s*(?P<name>[\u4e00-\u9fff]{2,8})中[，,：:]\s*$")


def among_lists(groups: list[QuantityGroup], text: str):
    """…未脱贫户214户692人；未脱贫户中，因病致贫89户，因残致贫47户: parts after "X中，", of the
    figure named X earlier in the paragraph."""
    for k in range(1, len(groups)):
        first = groups[k]
        before = groups[k - 1]
        if text.find("中", before.end, first.start) < 0:
            continue  # each reading below needs 中 between the two figures
        own = _COUNT_THEN_AMONG.match(text, before.end)
        lead, named = _lead(first.label), _core(before.label)
        if own is not None and own.end() <= first.start and before.sentence == first.sentence \
                and _is_level(before, text) and _summable(before):
            total, name = before, ""  # 23起案件中，冒充客服类8起…: the figure itself, then what it is of
        elif before.sentence == first.sentence and len(named) >= 2 and _summable(before) \
                and any(lead.startswith(named[-n:] + "中") for n in (4, 3, 2) if len(named) >= n):
            total, name = before, ""  # 旱地36052亩，旱地中15度以上坡地13319亩…: the figure just named
        else:
            m = _AMONG.search(text, before.end, first.label_start)
            if m is None:
                continue
            name, total = m.group("name"), None
        para_start = text.rfind("\n", 0, first.start) + 1
        for j in range(k - 1 if total is None else -1, -1, -1):
            t = groups[j]
            if t.start < para_start:
                break
            if _core(t.label).endswith(name) and _is_level(t, text) and _summable(t):
                total = t
                break
        if total is None:
            continue
        parts = [first]
        for g in (groups[j] for j in range(k + 1, len(groups))):
            if g.sentence != first.sentence or g.gap_has_clause or not _summable(g) \
                    or g.units != first.units or is_comparison(g.label):
                break
            if len(parts) >= 2 and "、" in text[parts[0].end:parts[1].label_start] \
                    and "、" not in text[parts[-1].end:g.label_start]:
                break  # 普通食品3108批次、农产品960批次，不合格158批次: the 、-list ended at the comma
            parts.append(g)
        if len(parts) >= 3 and "分别" in parts[1].label:
            parts = parts[1:]  # 茶叶、食用菌、生猪3个主导产业项目分别为8个、6个、6个: 3 counts the list
        if len(parts) >= 2 and first.units & total.units:
            closed = _core(parts[-1].label).startswith(_REMAINDER) or "分别" in parts[0].label
            yield total, parts, "whole" if closed else "some"


def line_lists(groups: list[QuantityGroup], text: str):
    """全年共发放补贴资金1856.4万元，具体为：⏎耕地地力保护补贴1203.5万元；⏎农机购置补贴…: a total
    whose line ends with 其中：/具体为：, and the lines after it, each opening with one part."""
    for i, total in enumerate(groups):
        m = _LIST_INTRO.match(text, total.end)
        if m is None and _LIST_AFTER.match(text, total.end) is not None \
                and (i == 0 or groups[i - 1].sentence != total.sentence):
            m = _LIST_AFTER.match(text, total.end)  # (the total alone in its sentence)
        skip = 0
        if m is None and _SPREAD_INTRO.match(text, total.end) is not None:
            m, skip = _SPREAD_INTRO.match(text, total.end), 1  # (the count of places is no part)
        if m is None or not _summable(total):
            continue
        parts = []
        for g in (groups[j] for j in range(i + 1 + skip, len(groups))):
            if parts and not _summable(g) and "\n" not in text[parts[-1].end:g.start]:
                continue  # 1.住院救助1126人次，救助资金198.7万元，人次均1765元；: an average on the part's line
            if g.units != total.units or not _summable(g) or (parts and "。" in text[parts[-1].end:g.start]):
                break
            gap = text[parts[-1].end:g.label_start] if parts else ""
            if parts and "\n" not in gap and any(c in gap for c in "；;、") and not _lead(g.label).startswith("其中"):
                parts.append(g)  # …：⏎交通项目1850万元；水利项目1320万元；…: the list on one line
                continue
            # each part opens its own line (the sentence of its first figure starts the line)
            if text.rfind("\n", 0, g.start) + 1 != g.sentence.start \
                    or (parts and parts[-1].sentence == g.sentence):
                break
            parts.append(g)
        if len(parts) < 2:
            continue
        word = m.groupdict().get("word")
        if skip and int(m.group("places")) == len(parts):
            strength = "whole"  # 分布在5个村 and five lines, one a village: every place is listed
        elif word is None or word == "其中":
            strength = "total" if _has_total_word(total.label) else "some"
        else:
            strength = "whole"
        yield total, parts, strength

"""The same fact stated twice with different numbers (615户2096人 … 615户2196人).

A fact is a quantity group and the words that name it. Two statements are the same fact
when their names agree once the filler (全乡、其中、共、已 …) is dropped. If they share one
number (615户) and differ in another (2096人 vs 2196人) the slip is certain: an error at the
later place pointing at the earlier one. Same name without a shared number, or a place
named first and described more fully later (青光村 / 青光村基地建棚), gives a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..groups import QuantityGroup, quantity_groups
from ..registry import CorpusRule, Hit, TextAnchor, TextDoc

_LEAD = re.compile(r"^(?:其中|另外|同时|此外|全乡|全镇|全县|全村|我乡|我镇|本乡|本镇|今年|目前|截至目前|截止目前|现|共计|共有|共|累计|已经|已|有|为|达到|达|实现|完成|和|及|与|以及)+")
_TRAIL = re.compile(r"(?:共计|共有|合计|累计|总计|共|有|为|达到|达|约|计|了|的|是)+$")
_YEAR = re.compile(r"[0-9０-９]{4}年|[一二三四五六七八九十]+月|上半年|下半年|今年|去年|明年|上年")
_PLACE_SUFFIX = ("村", "乡", "镇", "组", "社区", "街道")
_STOP = {"其中", "投入", "资金", "建设", "新建", "发放", "开展", "组织", "解决", "完成"}


@dataclass(frozen=True)
class _Fact:
    doc: TextDoc
    group: QuantityGroup
    key: str
    times: frozenset[str]


def subject_key(label: str) -> str:
    text = label.strip(" \u3000，,、；;：:（）()“”\"")
    text = _YEAR.sub("", text)
    text = re.sub(r"[0-9０-９]+", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text)
        text = _TRAIL.sub("", text)
    return text


def _facts(docs: list[TextDoc]) -> list[_Fact]:
    out = []
    for doc in docs:
        for g in quantity_groups(doc.text):
            if g.approx or any(q.base_unit == "%" for q in g.quantities):
                continue
            key = subject_key(g.label)
            if len(key) < 2 or key in _STOP:
                continue
            times = frozenset(_YEAR.findall(g.sentence.text(doc.text)))
            out.append(_Fact(doc, g, key, times))
    return out


def _same_subject(a: _Fact, b: _Fact) -> str | None:
    """"exact" | "place" | None."""
    if a.key == b.key:
        return "exact"
    short, long_ = sorted((a.key, b.key), key=len)
    if long_.startswith(short) and short.endswith(_PLACE_SUFFIX) and len(short) >= 3:
        return "place"
    return None


def _compare(a: _Fact, b: _Fact):
    ua, ub = a.group.by_unit(), b.group.by_unit()
    common = set(ua) & set(ub)
    if not common:
        return None
    equal = [u for u in common if ua[u].interval.intersects(ub[u].interval)]
    differ = [u for u in common if not ua[u].interval.intersects(ub[u].interval)]
    if not differ:
        return None
    return equal, differ


def _statement(doc: TextDoc, g: QuantityGroup) -> str:
    return doc.text[g.label_start:g.end].strip(" ，,、；;")


def check_repeats(docs: list[TextDoc]):
    facts = _facts(docs)
    by_key: dict[str, list[_Fact]] = {}
    for f in facts:
        by_key.setdefault(f.key, []).append(f)
    seen: set[tuple] = set()
    for i, later in enumerate(facts):
        for earlier in facts[:i]:
            if earlier.doc.key == later.doc.key and earlier.group.sentence == later.group.sentence:
                continue
            kind = _same_subject(earlier, later)
            if kind is None:
                continue
            if earlier.times and later.times and earlier.times != later.times:
                continue  # 2017年 … / 2018年 …: different facts
            result = _compare(earlier, later)
            if result is None:
                continue
            equal, differ = result
            if len(later.key) < 3 and not equal:
                continue  # a two-character name (低保) is the same fact only with a shared number
            ident = (id(later), later.group.start)
            if ident in seen:
                continue
            seen.add(ident)
            severity = "error" if (kind == "exact" and equal) else "warning"
            ue, ul = earlier.group.by_unit(), later.group.by_unit()
            diffs = "，".join(f"{ue[u].shown} ≠ {ul[u].shown}" for u in differ)
            message = (f"同一数据前后不一致：此处“{_statement(later.doc, later.group)}”，"
                       f"另一处为“{_statement(earlier.doc, earlier.group)}”（{diffs}）")
            q = ul[differ[0]]
            p = ue[differ[0]]
            yield Hit(TextAnchor(later.doc.key, q.start, q.end - q.start), message, severity,
                      (TextAnchor(earlier.doc.key, p.start, p.end - p.start),))
            break


REPEAT_RULE = CorpusRule(
    id="repeated-fact",
    severity="error",
    title="同一数据前后不一致",
    check=check_repeats,
    failing=(
        "总人口3718户11440人，其中建档立卡贫困户共615户2096人。\n全乡建档立卡贫困户共615户2196人，已脱贫426户1506人。",
        "建设村118亩、青光村197亩蔬菜大棚，现已投入使用。\n青光村基地建棚28栋194亩，已定植辣椒苗。",
        "全乡共有低保128户231人。\n今年全乡共有低保128户213人。",
    ),
    passing=(
        "总人口3718户11440人，其中建档立卡贫困户共615户2096人。\n全乡建档立卡贫困户共615户2096人，已脱贫426户1506人。",
        "建设村118亩蔬菜大棚。\n建设村基地建棚19栋共118.35亩。",
        "2017年已完成厚朴种植300亩。\n2018年已完成厚朴种植500亩。",
        "共发放宣传资料1000余份。\n共发放宣传资料800余份。",
        "组织贫困劳动力培训6次1000余人次。\n组织贫困劳动力培训6次1000余人次。",
        "青光村197亩蔬菜大棚。\n青光村新修公路3公里。",
    ),
)

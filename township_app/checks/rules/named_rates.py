"""Rates named after the part they measure: 共出生82人，其中一孩66人，一孩率80.5%.

A rate whose word is the part's own name plus 率 (一孩 → 一孩率, 晚婚 → 晚婚率) is that
part over the total the part belongs to (the 共…其中 breakdown it sits in). The rates with
a conventional definition of their own (拨付率, 完成率 …) are the rate rule's.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..groups import QuantityGroup, group_positions, groups_by_paragraph, quantity_groups
from ..intervals import interval_sum
from ..registry import DocRule, Hit, TextDoc, span_of
from .rate_definitions import RATE_DEFINITIONS
from .ratio_verdict import judge_ratio
from .breakdowns import text_breakdowns

_RATE_WORD = re.compile(r"([\u4e00-\u9fff]{2,6})率(?:为|达到|达|是|仅为|只有)?$")
_DEFINED = tuple(d.keyword for d in RATE_DEFINITIONS)
#: rate words that name a change or a general condition, not a part of a total
_NOT_PARTS = ("增长", "增", "完成", "利用", "使用", "满意", "知晓", "合格", "出生", "死亡",
              "自然增长", "发生", "覆盖", "参保", "参合", "入学", "巩固", "升学", "城镇化")


def _stem(label: str) -> str | None:
    m = _RATE_WORD.search(label.strip(" \u3000，,、；;：:（("))
    if not m:
        return None
    word = m.group(1) + "率"
    if any(word.endswith(k) for k in _DEFINED):
        return None
    stem = m.group(1)
    # 一孩率 → 一孩; a longer word keeps its last part (出生一孩率 → 一孩 is not guessed)
    if stem in _NOT_PARTS or stem.endswith(_NOT_PARTS):
        return None
    return stem


@lru_cache(maxsize=4096)
def _part_totals(text: str) -> dict[int, QuantityGroup]:
    """id(part) → the total of the breakdown it is a part of (the first one found)."""
    out: dict[int, QuantityGroup] = {}
    for total, parts, _strength in text_breakdowns(text):
        for p in parts:
            out.setdefault(id(p), total)
    return out


def _total_of(text: str, groups, part: QuantityGroup):
    """The total a part belongs to: its breakdown's, or the figure its 其中 follows in the
    sentence even in another unit (新婚84对，其中晚婚52人)."""
    total = _part_totals(text).get(id(part))
    if total is not None:
        return total
    k = group_positions(text).get(id(part), 0)
    if k > 0 and part.label.strip(" \u3000，,、；;：:（(").startswith("其中") \
            and groups[k - 1].sentence == part.sentence and not part.gap_has_clause:
        return groups[k - 1]
    return None


#: words that say a part is done without telling it from another part (已经完工 / 已完工项目)
_QUALIFIER_OFF = re.compile(r"已经|已經|已|累计|累計|共|项目|項目|目前|截至目前")


def _core_before(label: str, stem: str) -> str:
    """The words of the label's last clause up to the stem (见面 of 其中见面劝阻)."""
    clause = re.split(r"[，,、；;：:（(]", label[:label.rfind(stem)])[-1]
    return clause.removeprefix("其中").replace(" ", "").replace("\u3000", "")  # (a copy's glosses, blanked)


def _named_alike(text: str, part_group, stem: str, unit: str):
    """The parts of part_group's breakdown whose words hold the stem, when there are two or more."""
    for _total, parts, _strength in text_breakdowns(text):
        if any(p is part_group for p in parts):
            named, seen = [], set()
            for p in parts:
                if stem not in p.label:
                    continue
                q = p.by_unit().get(unit)
                key = (q.number if q is not None else None, _QUALIFIER_OFF.sub("", _core_before(p.label, stem)))
                if key in seen:
                    continue  # 其中已经完工1912个，…，已完工项目1912个: the same part said again
                seen.add(key)
                named.append(q)
            if len(named) >= 2 and all(q is not None and q.exact for q in named):
                return named
            return None
    return None


def _earlier_level_gives(inside, total_group, part, numerator, rate) -> bool:
    """新签约项目30个，开工26个，其中投产8个，投产率26.67%: 8 ÷ 30 gives it — the rate is over the
    sentence's first figure (the one 开工 is of too), not over the 26 its 其中 follows."""
    k = next((n for n, g in enumerate(inside) if g is total_group), None)
    if k is None:
        return False
    for g in inside[:k]:
        q = g.by_unit().get(part.base_unit)
        if g.sentence == total_group.sentence and q is not None and q.exact and not g.approx \
                and "%" not in g.units and not q.interval.contains_zero() \
                and judge_ratio(numerator, q.interval, rate, 100) is None:
            return True
    return False


def _a_figure_before_gives(inside, part_group, part, rate) -> bool:
    """开展就业技能培训17.31万人…；实现就业12.54万人，就业率72.44%: 12.54 ÷ 17.31 gives it — the
    rate is over a figure stated before its part (those trained), not over the breakdown's total."""
    for g in inside:
        if g is part_group:
            return False
        q = g.by_unit().get(part.base_unit)
        if q is not None and q.exact and not g.approx and "%" not in g.units and not q.interval.contains_zero() \
                and judge_ratio(part.interval, q.interval, rate, 100) is None:
            return True
    return False


def check_named_rates(doc: TextDoc):
    if "率" not in doc.text:
        return
    groups = quantity_groups(doc.text)
    for _para, inside in groups_by_paragraph(doc.text):
        for k, g in enumerate(inside):
            if g.units != {"%"} or g.approx:
                continue
            stem = _stem(g.label)
            if stem is None:
                continue
            part_group = None
            for j in range(k - 1, -1, -1):
                cand = inside[j]
                if "%" in cand.units:
                    continue
                core = cand.label.strip(" \u3000，,、；;：:（(")
                if stem in core:
                    part_group = cand
                    break
            if part_group is None or part_group.approx or len(part_group.quantities) != 1:
                continue
            total_group = _total_of(doc.text, groups, part_group)
            if total_group is None or total_group.approx or stem in total_group.label:
                continue  # 共劝阻1364条，其中见面劝阻…: that total is what the rate counts, not its base
            part = part_group.quantities[0]
            total = total_group.by_unit().get(part.base_unit)
            if total is None and len(total_group.quantities) == 1:
                total = total_group.quantities[0]  # 新婚60对，其中晚婚39人
            if total is None or not total.exact or total.interval.contains_zero():
                continue
            rate = g.quantities[0]
            numerator, shown = part.interval, part.shown
            siblings = _named_alike(doc.text, part_group, stem, part.base_unit)
            if siblings:
                # 其中见面劝阻1216条、电话劝阻148条，劝阻率98.8%: every part so named counts
                numerator = interval_sum(q.interval for q in siblings)
                shown = " + ".join(q.number for q in siblings) + f" {part.unit}"
            verdict = judge_ratio(numerator, total.interval, rate, 100)
            if verdict is None or _earlier_level_gives(inside, total_group, part, numerator, rate) \
                    or _a_figure_before_gives(inside, part_group, part, rate):
                continue
            severity, expected = verdict
            if numerator.lo > total.interval.hi and Decimal(rate.number) <= 100:
                # 青壮年人口总数3381人，…非文盲人数3421人，非文盲率99.94%: a part above its whole, so a count is wrong
                message = (f"{stem} {shown} 多于总数 {total.shown}，{stem}率不会超过 100%（填写为 {rate.shown}）："
                           f"两个数字之一可能有误")
            else:
                message = (f"{stem}率填写为 {rate.shown}，按 {stem} {shown} ÷ 总数 {total.shown} "
                           f"计算应为 {expected}%")
            yield Hit(span_of(doc, rate), message, severity,
                      (span_of(doc, part),
                       span_of(doc, total)))


NAMED_RATE_RULE = DocRule(
    id="named-rate",
    severity="error",
    title="比率与其分项不符",
    check=check_named_rates,
    failing=(
        "上半年共出生148人，其中一孩96人，一孩率70%，二孩52人，二孩率30%。",
        "全镇新婚84对，其中晚婚52人，晚婚率为58.2%。",
        "全乡共有适龄儿童420人，其中留守儿童158人，留守率35.6%。",
        # a part above its whole: a count is wrong, not the rate
        "全乡青壮年人口总数3381人，其中失能3人，非文盲人数3421人，剩余文盲2人，非文盲率99.94%。",
    ),
    passing=(
        "上半年共出生148人，其中一孩96人，一孩率64.9%，二孩52人，二孩率35.1%。",
        "全镇新婚84对，其中晚婚52人，晚婚率为61.9%。",
        "全乡共有适龄儿童420人，其中留守儿童158人，入学率100%。",
        "留守儿童158人，留守率35.6%。",
        "全乡共有适龄儿童约420人，其中留守儿童158人，留守率35%。",
        "各类人员参加职业培训31.67万人。其中开展就业技能培训17.31万人，完成全年目标任务的50.66%；实现就业12.54万人，就业率72.44%。",
    ),
)

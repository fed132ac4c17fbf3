"""A total and its breakdown: 共65户243人，其中县城集中安置16户53人，集镇集中安置25户95人 …

The parts are compared with the total unit by unit, as intervals. When the text says the
parts are the whole (合计, 分别为, 共…其中, or complementary parts such as 已脱贫/未脱贫,
贫困户/非贫困户) any mismatch is an error. A plain 其中 may list overlapping or only some
categories, so only parts that add up to more than the total are reported, as a warning.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..groups import QuantityGroup, quantity_groups
from ..intervals import format_plain, interval_sum
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..tokens import Quantity
from ..units import PERSON_LIKE

TOTAL_WORDS = ("共计", "合计", "总计", "总共", "共有", "共", "总")
BREAKDOWN_WORDS = ("其中",)
EXHAUSTIVE_WORDS = ("分别为", "分别是", "分别")
SUBTOTAL_WORDS = ("共计", "合计", "总计", "总共", "共", "累计", "全部", "总")
#: labels that select by an attribute, so parts may overlap (35周岁以下的5名，大专以上学历的3名)
OVERLAP_MARKERS = ("以上", "以下", "以内", "周岁", "岁", "的", "含", "包括")
_COMPLEMENT_PREFIXES = (("已", "未"), ("", "非"))


def _core(label: str) -> str:
    label = label.strip(" \u3000，,、；;：:")
    for word in BREAKDOWN_WORDS + EXHAUSTIVE_WORDS:
        if label.startswith(word):
            label = label[len(word):]
    return label


def complementary(a: str, b: str) -> bool:
    """已脱贫/未脱贫, 贫困户/非贫困户: two parts that together are the whole."""
    a, b = _core(a), _core(b)
    for yes, no in _COMPLEMENT_PREFIXES:
        if yes and a.startswith(yes) and b.startswith(no) and a[len(yes):] and a[len(yes):] == b[len(no):]:
            return True
        if not yes and b.startswith(no) and b[len(no):] and b[len(no):] == a:
            return True
    return False


def _has_total_word(label: str) -> bool:
    return any(w in label for w in TOTAL_WORDS)


def _show(q: Quantity) -> str:
    return q.number


def _compare_unit(total: Quantity, parts: list[Quantity], exhaustive: bool):
    """None when consistent (or not comparable), else (severity, message)."""
    if total.approx or any(p.approx for p in parts):
        return None
    summed = interval_sum(p.interval for p in parts)
    if summed.intersects(total.interval):
        return None
    exceeds = summed.lo > total.interval.hi
    if not exhaustive and not exceeds:
        return None
    same_written_unit = all(p.unit == total.unit for p in parts)
    if same_written_unit:
        shown_sum = format_plain(sum((Decimal(p.number) for p in parts), Decimal(0)))
        terms = " + ".join(_show(p) for p in parts)
    else:
        factor = total.interval.mid / Decimal(total.number) if Decimal(total.number) else Decimal(1)
        shown_sum = format_plain((summed.mid / factor).quantize(Decimal("0.01")))
        terms = " + ".join(p.shown for p in parts)
    unit = total.unit
    if exhaustive:
        message = (f"分项之和为 {shown_sum} {unit}（{terms}），与总数 {total.number} {unit} 不符")
        return "error", message
    message = (f"“其中”各项之和为 {shown_sum} {unit}（{terms}），超过总数 {total.number} {unit}；"
               f"若各项有交叉请忽略，否则请核对")
    return "warning", message


def _parts_after(groups: list[QuantityGroup], i: int, total: QuantityGroup) -> list[QuantityGroup]:
    parts: list[QuantityGroup] = []
    first_units = None
    for g in groups[i + 1:]:
        if g.gap_has_clause and parts:
            break
        core = _core(g.label)
        if parts and (g.label.strip(" ，,、；;").startswith("其中") or any(w in core for w in SUBTOTAL_WORDS)):
            break
        if not parts and any(w in core for w in SUBTOTAL_WORDS):
            break  # "其中建档立卡贫困户共615户": a new total, not a part
        if first_units is None:
            first_units = g.units
            if not (g.units & total.units) and not _person_like_match(total, [g]):
                break
        elif not (g.units & first_units):
            break
        parts.append(g)
    return parts


def _person_like_match(total: QuantityGroup, parts: list[QuantityGroup]) -> bool:
    return (len(total.units) == 1 and next(iter(total.units)) in PERSON_LIKE
            and all(len(p.units) == 1 and next(iter(p.units)) in PERSON_LIKE for p in parts))


@lru_cache(maxsize=4096)
def text_breakdowns(text: str) -> tuple:
    """(total, parts, exhaustive) for every breakdown in a text (memoized on the text)."""
    return tuple((t, tuple(p), e) for t, p, e in breakdowns(list(quantity_groups(text))))


def breakdowns(groups: list[QuantityGroup]):
    """(total, parts, exhaustive) for every breakdown in one text's groups."""
    for i, total in enumerate(groups):
        if i + 1 >= len(groups) or total.sentence != groups[i + 1].sentence:
            continue
        nxt = groups[i + 1]
        nxt_label = nxt.label.strip(" ，,、；;：:")
        if nxt.gap_has_clause:
            continue
        if nxt_label.startswith(BREAKDOWN_WORDS) or nxt_label.startswith(EXHAUSTIVE_WORDS):
            parts = [p for p in _parts_after(groups, i, total) if p.sentence == total.sentence]
            if not parts:
                continue
            exhaustive = nxt_label.startswith(EXHAUSTIVE_WORDS) or _has_total_word(total.label)
            yield total, parts, exhaustive
        elif _has_total_word(total.label) and i + 2 < len(groups):
            a, b = groups[i + 1], groups[i + 2]
            if (a.sentence == b.sentence == total.sentence and not b.gap_has_clause
                    and complementary(a.label, b.label)):
                yield total, [a, b], True


def check_sums(doc: TextDoc):
    for total, parts, exhaustive in text_breakdowns(doc.text):
        parts = list(parts)
        if not exhaustive and len(parts) >= 2 and all(_complement_pairs(parts)):
            exhaustive = True
        if not exhaustive and any(m in _core(p.label) for p in parts for m in OVERLAP_MARKERS):
            continue
        for unit, tq in total.by_unit().items():
            values = [p.by_unit().get(unit) for p in parts]
            if any(v is None for v in values):
                if _person_like_match(total, parts):
                    values = [next(iter(p.by_unit().values())) for p in parts]
                else:
                    continue
            result = _compare_unit(tq, values, exhaustive)
            if result:
                severity, message = result
                related = tuple(TextAnchor(doc.key, v.start, v.end - v.start) for v in values)
                yield Hit(TextAnchor(doc.key, tq.start, tq.end - tq.start), message, severity, related)


def _complement_pairs(parts: list[QuantityGroup]):
    yield len(parts) == 2 and complementary(parts[0].label, parts[1].label)


SUM_RULE = DocRule(
    id="sum",
    severity="error",
    title="总数与分项不符",
    check=check_sums,
    failing=(
        "共完成易地搬迁65户243人，其中县城集中安置16户53人，集镇集中安置25户95人，自购房10户48人，分散自建14户46人。",
        "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人，三类低保37户95人。",
        "全乡建档立卡贫困户共615户2096人，已脱贫426户1506人，未脱贫191户596人。",
        "实现危房改造109户，其中贫困户82户，非贫困户28户。",
        "全乡建档立卡234户，729人，其中脱贫户217户676人，脱贫不稳定户3户13人，边缘易致贫户14户42人，突发困难户4户13人。",
        "开发公益性岗位56个，其中安排乡村保洁员31人，护林员26人。",
        "三个村分别为：投入资金合计100万元，分别为甲村40万元，乙村50万元。",
    ),
    passing=(
        "共完成易地搬迁65户243人，其中县城集中安置16户53人，集镇集中安置25户95人，自购房10户48人，分散自建14户47人，进一步加强了住房保障。",
        "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人，三类低保38户95人，五保户共52人，残疾人共273人。",
        "实现危房改造109户，其中贫困户82户，非贫困户27户，享受危房改造补贴350.5万元。",
        "今年已完成党员发展任务6名，其中35周岁以下的5名，大专以上学历的3名。",
        "开发公益性岗位56个，其中安排乡村保洁员31人，护林员25人。",
        "全乡共有低保户131户191人、分散五保户17户18人、集中五保7人。",
        "总人口3718户11440人，其中建档立卡贫困户共615户2096人。",
        "2019年21个项目均已开工，其中20个项目已竣工。",
        "共投入资金100万元，其中县级资金40余万元，乡级资金70万元。",
        "全乡7个村村级集体经济均达到15万元以上，其中有4村级集体经济均达到20万元以上。",
        "合计种植1047.67亩，其中水稻1000.5亩，玉米47.17亩。",
    ),
)

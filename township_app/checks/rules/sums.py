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
_TOTAL_RE = re.compile("|".join(TOTAL_WORDS))
BREAKDOWN_WORDS = ("其中",)
EXHAUSTIVE_WORDS = ("分别为", "分别是", "分别")
SUBTOTAL_WORDS = ("共计", "合计", "总计", "总共", "共", "累计", "全部", "总")
#: labels that select by an attribute, so parts may overlap (35周岁以下的5名，大专以上学历的3名)
#: labels of figures that do not add up: averages, rates, shares, prices
NOT_SUMMABLE = ("人均", "户均", "平均", "每", "均", "率", "占比", "比例", "单价", "亩产", "标准")
#: parts that fall short of a 共…其中 / 其中 total are reported (as a warning) only when they
#: cover most of it: a partition with a slip comes close, a few notable subsets do not
NEAR_WHOLE = Decimal("0.9")
_NOT_SUMMABLE_RE = re.compile("|".join(NOT_SUMMABLE))
REVERSE_TOTAL_WORDS = ("合计", "共计", "总计")
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


def _short_name(label: str) -> str:
    """How a part is named in a message: 已脱贫 426, 县城集中安置 16 (long names cut)."""
    core = _core(label).strip(" ，,、；;：:")
    if not core or len(core) > 8:
        return ""
    return core + " "


def _has_total_word(label: str) -> bool:
    return _TOTAL_RE.search(label) is not None


def _show(q: Quantity) -> str:
    return q.number


def _compare_unit(total: Quantity, parts: list[Quantity], strength: str, names: list[str] | None = None):
    """None when consistent (or not comparable), else (severity, message).

    strength: "whole" (分别为, 合计, complementary parts), "total" (共…其中) or "some" (其中).
    """
    if total.approx or any(p.approx for p in parts):
        return None
    summed = interval_sum(p.interval for p in parts)
    if summed.intersects(total.interval):
        return None
    exceeds = summed.lo > total.interval.hi
    unit = total.unit
    if len(parts) == 1:
        if exceeds:  # one part can never exceed its whole, overlapping or not
            return "error", f"分项 {parts[0].shown} 超过总数 {total.number} {unit}"
        if strength == "whole":
            return "error", f"分项 {parts[0].shown} 与总数 {total.number} {unit} 不符"
        return None
    if strength == "some" and not exceeds and summed.hi < total.interval.lo * NEAR_WHOLE:
        return None
    same_written_unit = all(p.unit == total.unit for p in parts)
    names = names or [""] * len(parts)
    if same_written_unit:
        shown_sum = format_plain(sum((Decimal(p.number) for p in parts), Decimal(0)))
        terms = " + ".join(f"{n}{_show(p)}" for n, p in zip(names, parts))
    else:
        factor = total.interval.mid / Decimal(total.number) if Decimal(total.number) else Decimal(1)
        shown_sum = format_plain((summed.mid / factor).quantize(Decimal("0.01")))
        terms = " + ".join(f"{n}{p.shown}" for n, p in zip(names, parts))
    if strength == "whole" or (strength == "total" and exceeds):
        message = f"分项之和为 {shown_sum} {unit}（{terms}），与总数 {total.number} {unit} 不符"
        return "error", message
    if strength == "total":
        if summed.hi < total.interval.lo * NEAR_WHOLE:
            return None  # far short: the text lists only some parts (女党员80名，少数民族党员50名)
        message = (f"分项之和为 {shown_sum} {unit}（{terms}），少于总数 {total.number} {unit}；"
                   f"若还有未列出的分项请忽略，否则请核对")
        return "warning", message
    if not exceeds:
        message = (f"“其中”各项之和为 {shown_sum} {unit}（{terms}），少于总数 {total.number} {unit}；"
                   f"若还有未列出的分项请忽略，否则请核对")
        return "warning", message
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
        if not _summable(g):
            break
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


def _summable(g: QuantityGroup) -> bool:
    """Averages, rates and shares do not add up (户均增收2000元, 覆盖率95%)."""
    return "%" not in g.units and not _NOT_SUMMABLE_RE.search(g.label)


def breakdowns(groups: list[QuantityGroup]):
    """(total, parts, strength) for every breakdown in one text's groups."""
    for i, total in enumerate(groups):
        label = total.label.strip(" ，,、；;：:")
        if label.startswith(REVERSE_TOTAL_WORDS):
            if not _summable(total):
                continue
            parts = _parts_before(groups, i, total)
            if len(parts) >= 2:
                yield total, parts, "whole"
            continue
        if i + 1 >= len(groups) or total.sentence != groups[i + 1].sentence:
            continue
        nxt = groups[i + 1]
        nxt_label = nxt.label.strip(" ，,、；;：:")
        if nxt.gap_has_clause:
            continue
        if nxt_label.startswith(BREAKDOWN_WORDS) or nxt_label.startswith(EXHAUSTIVE_WORDS):
            if not _summable(total):
                continue
            parts = [p for p in _parts_after(groups, i, total) if p.sentence == total.sentence]
            if not parts:
                continue
            if nxt_label.startswith(EXHAUSTIVE_WORDS) or (
                    len(parts) == 2 and complementary(parts[0].label, parts[1].label)):
                strength = "whole"
            elif _has_total_word(total.label):
                strength = "total"
            else:
                strength = "some"
            yield total, parts, strength
        elif i + 2 < len(groups) and _has_total_word(total.label):
            a, b = groups[i + 1], groups[i + 2]
            if (a.sentence == b.sentence == total.sentence and not b.gap_has_clause
                    and complementary(a.label, b.label) and _summable(total)):
                yield total, [a, b], "whole"


def _parts_before(groups: list[QuantityGroup], i: int, total: QuantityGroup) -> list[QuantityGroup]:
    """A 合计 after its parts: A村10户、B村20户，合计30户."""
    parts: list[QuantityGroup] = []
    j = i
    while j > 0:
        g = groups[j - 1]
        if g.sentence != total.sentence or not (g.units & total.units) or not _summable(g):
            break
        parts.insert(0, g)
        if g.gap_has_clause or any(w in _core(g.label) for w in SUBTOTAL_WORDS):
            break
        j -= 1
    if parts and any(w in _core(parts[0].label) for w in SUBTOTAL_WORDS):
        return []  # 共10户，甲村4户，合计…: the first is itself a total
    return parts


def check_sums(doc: TextDoc):
    for total, parts, strength in text_breakdowns(doc.text):
        parts = list(parts)
        overlapping = strength != "whole" and any(
            m in _core(p.label) for p in parts for m in OVERLAP_MARKERS)
        if overlapping and len(parts) > 1:
            continue  # 35周岁以下的5名，大专以上学历的3名: attributes, not a partition
        for unit, tq in total.by_unit().items():
            values = [p.by_unit().get(unit) for p in parts]
            if any(v is None for v in values):
                if _person_like_match(total, parts):
                    values = [next(iter(p.by_unit().values())) for p in parts]
                else:
                    continue
            result = _compare_unit(tq, values, strength, [_short_name(p.label) for p in parts])
            if result:
                severity, message = result
                related = tuple(TextAnchor(doc.key, v.start, v.end - v.start) for v in values)
                yield Hit(TextAnchor(doc.key, tq.start, tq.end - tq.start), message, severity, related)


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
        "监测对象42户138人，其中脱贫不稳定户16户61人，边缘易致贫户15户46人，突发严重困难户9户31人。",
        "开发公益性岗位56个，其中安排乡村保洁员31人，护林员26人。",
        "投入资金合计100万元，分别为甲村40万元，乙村50万元。",
        "甲村10户、乙村20户，合计31户。",
        "共有党员50名，其中女党员60名。",
        "共投入资金500万元，其中县级资金300万元，乡级资金250万元。",
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
        "共有党员361名，其中女党员80名，少数民族党员50名。",
        "共有党员361名，其中女党员80名。",
        "林地覆盖率95%，其中甲村90%，乙村100%。",
        "带动脱贫户增收，户均增收2000元，其中甲户1500元，乙户1800元。",
        "甲村10户、乙村20户，合计30户。",
        "已发放交通补贴224人，合计11.1万元。",
        "全乡建档立卡贫困户共615户，已脱贫426户，未脱贫189户，2018年脱贫144户。",
    ),
)

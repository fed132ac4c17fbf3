"""Averages per household, per person, per mu: 户均 = total ÷ households.

发放扶持资金共计168万元，惠及脱贫户420户，户均4500元 (1680000 ÷ 420 = 4000); 265户…种植
烤烟1060亩，户均种植5亩 (1060 ÷ 265 = 4). The total and the count are read from the same
sentence, before the average, and each must be the only figure of its kind there: an average
is never paired by guessing. When words follow 户均 (户均种植, 人均增收), the total must be
named by the same words (种植烤烟1060亩), so 投资500万元…户均增收3000元 is left alone.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..changes import is_comparison
from ..units import is_count
from ..groups import group_of_quantity, quantity_groups
from ..passages import open_bracket
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of
from .breakdown_words import _lead
from .breakdowns import in_closed_aside
from .density import township_population
from .ratio_verdict import judge_ratio
from .slip_shapes import swapped
from ..intervals import format_decimal

#: what the average is per, and the base unit that counts it
_PER = {"户均": "户", "人均": "人", "户平": "户", "人平": "人", "亩均": "亩", "每户平均": "户", "平均每户": "户",
        "平均每个家庭户": "户", "每个家庭户平均": "户",  # a census: 平均每个家庭户的人口为2.83人
        "每人平均": "人", "平均每人": "人", "村均": "村", "每村平均": "村", "平均每村": "村",
        "次均": "人次", "人次均": "人次", "头均": "头", "平均每头": "头", "生均": "人"}
#: people are counted in 人, 名 or 位 (1260名老人…人均30小时)
_COUNTED_IN = {"人": ("人", "名", "位", "人次")}  # 赔付183人次…人均1.17万元: per person paid
#: (人均占有246.1公斤: 占有/拥有 say nothing of what, as 人均 alone)
_AVERAGE_RE = re.compile(rf"(?P<per>{'|'.join(sorted(_PER, key=len, reverse=True))})(?:占有|拥有|有)?"
                         r"(?P<what>[\u4e00-\u9fff]{0,6}?)(?:为|达到|达|是|约)?$")


_SUBGROUP_AVERAGE = re.compile(r"^其中[，,：:]?[^，,。；;]*?[\u4e00-\u9fff0-9]{2,}[^，,。；;]*?(?:人均|户均|亩均|平均)")


def _named_in_paragraph(text: str, groups, k: int, what: str, stated):
    """The one figure earlier in the paragraph whose words, 总 dropped, end with what the average
    is of (财政总收入 for 人均财政收入), in the average's base unit and not a change."""
    found = _all_named_in_paragraph(text, groups, k, what, stated)
    return found[0] if len(found) == 1 else None


def _all_named_in_paragraph(text: str, groups, k: int, what: str, stated) -> list:
    para_start = text.rfind("\n", 0, groups[k].start) + 1
    found = []
    for h in groups[:k]:
        if h.start < para_start or is_comparison(h.label) or h.approx:
            continue
        words = h.label.strip(" \u3000，,、；;：:").replace("总", "")
        for q in h.quantities:
            if q.base_unit == stated.base_unit and words.endswith(what) and q.exact:
                found.append(q)
    return found


def _in_bracket_of_another(text: str, groups, k: int) -> bool:
    """An average inside a bracket, after an average of its own kind outside it in the sentence."""
    g = groups[k]
    if open_bracket(text, g.sentence.start, g.start) < 0:
        return False
    return any(h.sentence == g.sentence and _per_label(h.label)[0] is not None for h in groups[:k])


@lru_cache(maxsize=16384)
def _per_label(label: str):
    m = _AVERAGE_RE.search(label.rstrip(" \u3000"))
    return (m.group("per"), m.group("what").removeprefix("的")) if m else (None, None)


def _named_as(counts, labels, average_label: str, per: str):
    """The one count whose words hold what the average is of, named before 户均/亩均 (投产茶园
    亩均产值 → 其中投产茶园2.8万亩), or all of them when none or several do."""
    head = re.split(r"[，,、；;：:。]", average_label[:average_label.rfind(per)])[-1].strip()
    if len(head) < 2:
        return counts
    named = [c for c in counts if head in labels[id(c)]]
    return named if len(named) == 1 else counts


_MONTHLY = re.compile(r"月(?:人均|户均)|(?:人均|户均)每?月|每月")
_PERIOD_MONTHS = (("全年", 12), ("上半年", 6), ("下半年", 6), ("一季度", 3), ("第一季度", 3))


def _months_averaged(text: str, g) -> int | None:
    """1 for an average over the whole total; for 月人均 over a 全年 total, 12 (None when the
    period of the total is not said)."""
    if not _MONTHLY.search(g.label):
        return 1
    sentence = text[g.sentence.start:g.start]
    for word, months in _PERIOD_MONTHS:
        if word in sentence:
            return months
    return None


def _counts_of(text: str, quantities, count_unit: str):
    if count_unit == "村":  # 全镇14个村…村均74.6万元: villages are counted in 个 before 村
        return [q for q in quantities if q.base_unit == "村" or (
            q.base_unit == "个" and text.startswith(("村", "行政村"), q.end))]
    return [q for q in quantities if q.base_unit in _COUNTED_IN.get(count_unit, (count_unit,))]


def _operands(text: str, groups, stated, count_unit: str, labels, average_label: str, per: str):
    """(totals in the average's unit, counts of what it is per) among the groups before it."""
    before = [q for h in groups for q in h.quantities]
    totals = [q for q in before if q.base_unit == stated.base_unit]
    counts = _counts_of(text, before, count_unit)
    if len(counts) > 1:
        counts = _named_as(counts, labels, average_label, per)  # 投产茶园亩均产值: of the 投产茶园 area
    if len(counts) > 1 and len({(q.number, q.factor) for q in counts}) == 1:
        counts = counts[-1:]  # 计划改造42户，完成42户，…户均: one count, whichever is meant
    return totals, counts


_BRACKET_COUNT = re.compile(r"[（(](?:全乡|全镇|全村|共|涉及|惠及)?[\u4e00-\u9fff]{0,6}?(?=[0-9０-９])")


def _count_in_bracket(text: str, g, count_unit: str):
    """The count in a bracket right after the average, when that is all the bracket says."""
    m = _BRACKET_COUNT.match(text, g.end)
    if m is None:
        return []
    close = min((i for i in (text.find("）", m.end()), text.find(")", m.end())) if i >= 0), default=-1)
    inside = [q for h in quantity_groups(text) if m.end() <= h.start and close >= 0 and h.end <= close
              for q in h.quantities]
    counts = _counts_of(text, inside, count_unit)
    return counts if len(inside) == 1 and len(counts) == 1 else []


_NAME_LEAD = re.compile(r"^(?:全乡|全镇|全村|全县|我乡|我镇|共有|现有|共|有|计)+")


def _count_named_before(text: str, groups, k: int, count_unit: str):
    """The count stated in an earlier sentence of the paragraph under a name (three characters
    or more) that the average's own sentence repeats: 全乡种粮农户5120户。上半年向种粮农户发放…户均."""
    g = groups[k]
    para_start = text.rfind("\n", 0, g.start) + 1
    said = text[g.sentence.start:g.start]
    found = []
    for h in groups[:k]:
        if h.start < para_start or h.sentence == g.sentence:
            continue
        name = _NAME_LEAD.sub("", h.label.strip(" \u3000，,、；;：:。"))
        if len(name) >= 3 and name in said and not is_comparison(h.label):
            found.extend(_counts_of(text, h.quantities, count_unit))
    return found if len(found) == 1 else []


#: 农民人均, 农村居民人均: per head of some of the people, not of the whole population
_OF_SOME = re.compile(r"(?:农民|农村|居民|城镇|劳动力|从业)[\u4e00-\u9fff]{0,3}(?:人均|人平)")
_YEAR = re.compile(r"(?:19|20)\d\d年")
_OWN_FRAME = re.compile(r"(?:19|20)\d\d年|全[县市省乡镇村区]|今年|去年|上半年|全年")


def _years_differ(text: str, population_at: int, lo: int, hi: int) -> bool:
    """常住人口17785人（2017年）… 2007年…人均占有粮431公斤: the two are of other years."""
    start = max(text.rfind(c, 0, population_at) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, population_at) for c in "。！？\n") if i >= 0]
    around = text[start:min(ends, default=len(text))]  # the population's own sentence
    a, b = set(_YEAR.findall(around)), set(_YEAR.findall(text, lo, hi))
    return bool(a) and bool(b) and not (a & b)


def _named_whole_before(own, cut: int, what: str):
    """The figure before 其中 named as the average is (财政总收入 for 人均财政收入), when the part
    after 其中 adds words to that name (地方财政收入): the average is the whole's."""
    after = [h for h in own if h.start > cut]
    before = [h for h in own if h.start < cut and len(h.quantities) == 1
              and h.label.replace("总", "").rstrip(" \u3000，,、；;：:为达").endswith(what)]
    if len(before) != 1 or not after:
        return None
    names = [h.label.replace("总", "").strip(" \u3000，,、；;：:为达").removeprefix("其中") for h in after]
    return before[0] if all(n.endswith(what) and len(n) > len(what) for n in names) else None


def check_per_unit(doc: TextDoc):
    text = doc.text
    if "均" not in text and "平" not in text:  # 人均, 户均, 人平, 户平
        return
    groups = quantity_groups(text)
    for k, g in enumerate(groups):
        per, what = _per_label(g.label)
        if per is None:
            continue
        stated = g.quantities[0]
        if not stated.exact or stated.base_unit in ("%", "‰"):
            continue
        if _in_bracket_of_another(text, groups, k):
            continue  # 户均增收4500元（西村养殖户户均增收2500元）: another group's average, said aside
        if _SUBGROUP_AVERAGE.match(_lead(g.label)):
            continue  # 人均2145元，其中80岁以上老人人均2628元: a part's average, its own figures not stated
            # (有耕地104亩，其中人均耕地1.96亩: 其中 right before 人均 is the total's own average)
        count_unit = _PER[per]
        own = [h for h in groups[:k] if h.sentence == g.sentence and not is_comparison(h.label)
               and not _per_label(h.label)[0]
               # (耕地总面积181.5亩（其中：田0亩，地181.5亩），人均耕地2.8亩: the bracket breaks the total
               # down; a count in one stays a possible base: 总人口12607人（其中农业户2842户11941人）)
               and (count_unit in h.units or not in_closed_aside(text, h, g.sentence.start, g.start))]
        labels = {id(q): h.label for h in groups[:k] if h.sentence == g.sentence for q in h.quantities}
        totals, counts = _operands(text, own, stated, count_unit, labels, g.label, per)
        if not totals and counts and k + 1 < len(groups) and groups[k + 1].sentence == g.sentence \
                and len(groups[k + 1].quantities) == 1 and not groups[k + 1].gap_has_clause:
            after = groups[k + 1].quantities[0]
            swaps = [(c, sw) for c in counts if (sw := _swapped_product(after, c, stated)) is not None]
            if len(swaps) == 1:  # 68户，户均补助2.1万元，完成投资124.8万元: 142.8 with two digits swapped
                count, swap = swaps[0]
                yield Hit(TextAnchor(doc.key, after.start, after.end - after.start),
                          f"{after.shown} 与 {count.shown} × {per}{stated.shown} = {swap} {after.unit} "
                          f"两位数字前后颠倒，请核对", "warning", (span_of(doc, stated), span_of(doc, count)))
        others = ()
        if len(totals) > 1 or (len(totals) == 1 and not counts):
            # …，其中农户奖补资金160.93万元，惠及农户1127户，户均1482元: an average after 其中 is the part's;
            # the sentence's other totals stay possible bases (发放资金36万元，其中救助资金12万元，惠及
            # 120户，户均3000元 is right over 36万元), and the average is wrong only over none of them
            others = totals
            cut = max(text.rfind("其中", g.sentence.start, g.start), text.rfind("；", g.sentence.start, g.start),
                      text.rfind(";", g.sentence.start, g.start))
            whole = _named_whole_before(own, cut, what) if what else None
            if whole is not None:
                totals = [whole.quantities[0]]  # 财政总收入364万元，其中地方财政收入352万元，人均财政收入87元
            elif cut > g.sentence.start and any(cut < h.start < g.start for h in own):
                # (有耕地104亩，其中人均耕地1.96亩: 其中 opens the average's own words, cuts nothing)
                totals, counts = _operands(text, [h for h in own if h.start > cut], stated, count_unit,
                                           labels, g.label, per)
        if not totals and not counts and what and g.label_start == g.sentence.start \
                and not _OWN_FRAME.search(g.label):  # (2015年全县人均劳务收入: a frame of its own)
            # 家庭户104717户，家庭户人口为283492人。平均每个家庭户的人口为2.71人: a sentence that only
            # gives the average, of the figures the sentence before it names
            before = [h for h in groups[:k] if h.sentence.end <= g.sentence.start]
            if before and "\n" not in text[before[-1].end:g.start]:
                last = before[-1].sentence
                prev = [h for h in before if h.sentence == last and not is_comparison(h.label)
                        and not _per_label(h.label)[0]]
                labels.update({id(q): h.label for h in prev for q in h.quantities})
                totals, counts = _operands(text, prev, stated, count_unit, labels, g.label, per)
        if len(totals) == 1 and not counts:
            counts = _count_in_bracket(text, g, count_unit)  # 户均2780元（全乡10314户）
        if len(totals) == 1 and not counts:
            counts = _count_named_before(text, groups, k, count_unit)  # 全乡种粮农户5120户。…向种粮农户…户均
        if len(totals) != 1 and not counts and count_unit == "人" and per != "生均" and len(what) >= 2 \
                and g.label_start == g.sentence.start \
                and not _OWN_FRAME.search(g.label):
            # 完成财政总收入342.8万元，比上年增长2.39%。…。人均财政收入328元: the total named so, once, earlier
            # in the paragraph (its own sentence); the head count is the population below
            named = _named_in_paragraph(text, groups, k, what, stated)
            if named is not None:
                totals = [named]
                labels[id(named)] = group_of_quantity(text)[id(named)].label
        population = False
        # 生产粮食5993吨，人均2647千克: a bare 人均 right after a stock or a harvest is per head of the
        # population (money paid out, 发放特困供养金136.8万元，人均1.44万元, is per head of those paid)
        right_after = not what and len(totals) == 1 and totals[0].base_unit != "元" and k > 0 \
            and any(q is totals[0] for q in groups[k - 1].quantities) \
            and text[groups[k - 1].end:g.label_start].strip(" \u3000") in ("，", ",")
        if len(totals) == 1 and not counts and count_unit == "人" and per != "生均" \
                and (right_after or (what and what in labels[id(totals[0])].replace("总", "")
                                     and not _qualifier_left_out(what, labels[id(totals[0])]))) \
                and not _OF_SOME.search(g.label):
            # 全村2462人。耕地面积2406亩，人均耕地1.1亩: a township's stock per head of its population,
            # the one population the text states (of the same year)
            counts = [q for q in township_population(text)
                      if not _years_differ(text, q.start, g.sentence.start, g.start)]
            population = True
        also = []
        if population and len(totals) == 1 and 2 <= len(counts) <= 3 and totals[0].exact \
                and all(c.exact and not c.interval.contains_zero() for c in counts):
            # 共1788人，其中农业人口1749人…人均耕地1.18亩: over neither population (1.13, 1.15), a slip
            # whichever is meant; over one of them, nothing to say
            if any(judge_ratio(totals[0].interval, c.interval, stated, 1 / stated.factor) is None for c in counts):
                continue
            named = [q for q in _people_named(text) if all(q.number != c.number for c in counts)]
            near = sorted([*counts, *named], key=lambda c: abs(totals[0].interval.mid / c.interval.mid / stated.factor
                                                              - Decimal(stated.number)))
            near = [c for n, c in enumerate(near) if all(c.number != d.number for d in near[:n])]  # (once each)
            counts, also = near[:1], near[1:]  # (the nearest first: the one most likely meant)
        if count_unit == stated.base_unit or len(totals) != 1 or len(counts) != 1:
            continue
        total, count = totals[0], counts[0]
        if not (total.exact and count.exact) or count.interval.contains_zero():
            continue
        if per == "人均" and _WORKERS.search(text, max(0, count.start - 6), count.start):
            continue  # 1.6万人,劳动力7580人…人均收入4200元: the workers are not the heads 人均 is over (劳均 is)
        if what and what not in labels[id(total)] and what not in labels[id(total)].replace("总", "") \
                and not (len(what) >= 4 and what[:2] in labels[id(total)] and not is_count(total.base_unit)
                         and total.base_unit != "元") \
                and not (stated.base_unit == total.base_unit != "元" and not is_count(total.base_unit)
                         and stated.factor == total.factor and k >= 2
                         and total in groups[k - 2].quantities and count in groups[k - 1].quantities
                         and not groups[k - 1].gap_has_clause and not g.gap_has_clause):
            continue  # 户均增收 against an investment: another quantity (but 粮食总产量…，人均粮食占有量: the harvest
            # per head, its first word the total's; and 发展设施蔬菜5137亩…户均种植3.3亩:
            # the one area in the sentence, per household)
        own_years, total_years = set(_YEAR.findall(g.label)), set(_YEAR.findall(text, g.sentence.start, total.start))
        if own_years and total_years and not own_years & total_years:
            continue  # 2016年底…38户获得分红1.04万元，2017年户均分红1500元: another year's total
        months = _months_averaged(text, g)
        if months is None:
            continue  # 月人均 over a total for an unknown period
        # the quotient in the unit the average is written in (户均0.4万元: 万元, not 元)
        verdict = judge_ratio(total.interval, count.interval.scaled(months), stated, 1 / stated.factor)
        if verdict is None or any(judge_ratio(t.interval, count.interval.scaled(months), stated,
                                              1 / stated.factor) is None for t in others if t.exact):
            continue
        if population and _another_population_fits(text, total, count, stated, months):
            continue  # 人均耕地0.08亩 over 农业人口2376人, not 乡村人口3386人: a base by convention
        if what and any(judge_ratio(t.interval, c.interval.scaled(months), stated, 1 / stated.factor) is None
                        for t in _all_named_in_paragraph(text, groups, k, what, stated) if t is not total
                        for c in [count, *also]):
            continue  # 财政总收入100.8亿元。其中地方财政收入30.0亿元。人均财政收入36.98万元: of the whole
        severity, expected = verdict
        if (not what or population) and severity is None:
            severity = "warning"  # paired by position alone, or over a population stated elsewhere
        by_month = f" ÷ {months} 个月" if months != 1 else ""
        message = (f"{per}{what}填写为 {stated.shown}，按 {total.shown} ÷ {count.shown}{by_month} "
                   f"计算应为 {expected} {stated.unit}")
        if per == "人均" and "耕地" in what and stated.interval.mid > total.interval.mid / count.interval.mid \
                and not _FARMING_PEOPLE.search(text, max(0, count.start - 8), count.start) \
                and not _another_population_fits(text, total, count, stated, months):
            # 人均耕地14.5亩 of 16.31万亩 ÷ 11434人 (14.26): farmland is often shared over the farming
            # people only, fewer than all, a base the text may not give
            severity = "warning" if severity != "info" else severity
            message += "（人均耕地常按农业人口计算；若如此请忽略）"
        if also:
            others_shown = "、".join(f"按 {c.shown} 为 {format_decimal(total.interval.mid / c.interval.mid / stated.factor, 2)} "
                                     f"{stated.unit}" for c in also)
            message = message.replace("（人均耕地常按农业人口计算；若如此请忽略）", "") + f"（{others_shown}，亦不符）"
            severity = "warning" if severity != "info" else severity
        yield Hit(TextAnchor(doc.key, stated.start, stated.end - stated.start), message, severity,
                  (span_of(doc, total), span_of(doc, count)))


#: the figure counts a township's workers (劳动力7580人), not its people
_WORKERS = re.compile(r"(?:劳动力|劳力|从业人员|务工人员|务工)(?:人数|总数)?(?:为|有|共|达)?$")


def _swapped_product(total, count, stated) -> str | None:
    """count × the average, in the total's unit to its decimals, when it is the total with two
    neighbouring digits swapped (of three digits or more): a slip, whatever the total is named."""
    if not (total.exact and count.exact and stated.exact) or total.base_unit != stated.base_unit:
        return None
    product = Decimal(count.number) * count.factor * Decimal(stated.number) * stated.factor / total.factor
    places = len(total.number.partition(".")[2])
    shown = format(product.quantize(Decimal(1).scaleb(-places)), "f")
    if product != Decimal(shown) or len(total.number.replace(".", "")) < 3:
        return None
    return shown if swapped(total.number, shown) else None


#: 农业人口78人, 乡村人口54人: the base farmland per head is usual over, already the one used
_FARMING_PEOPLE = re.compile(r"(?:农业|乡村|农村)人口|农民")
#: 农业人口2376人, 户籍人口…: the people a stock per head may be counted over
_PEOPLE_NAMED = re.compile(r"(?:农业|户籍|常住|乡村|农村)?人口(?:数)?(?:为|有|共)?$")


#: what narrows a total of money to one kind (财政总收入, 集体经济收入, 税收收入): a figure per head that
#: does not say it (人均收入) is another measure, the residents' own
_MONEY_QUALIFIERS = ("财政", "税", "集体", "经营性", "工资性", "转移性", "财产性")


def _qualifier_left_out(what: str, total_label: str) -> bool:
    """财政总收入6148万元，人均收入7892元: the total is the treasury's, the average the residents'."""
    return any(word in total_label and word not in what for word in _MONEY_QUALIFIERS)


def _people_named(text: str) -> list:
    """农业人口2376人, 乡村人口112人…: the people a stock per head may be counted over."""
    out = []
    for g in quantity_groups(text):
        q = g.by_unit().get("人")
        if q is not None and q.exact and _PEOPLE_NAMED.search("".join(g.label.split())):
            out.append(q)
    return out


#: 城镇常住人口4220人, 非农业人口: the people of the towns, whom a stock of land per head leaves out
_TOWN_PEOPLE = re.compile(r"(?:城镇常住|城镇|非农业|非农|集镇|场镇)人口(?:数)?(?:为|有|共)?$")
_ALL_PEOPLE = re.compile(r"(?:总|户籍|常住)人口(?:数)?(?:为|有|共)?$")


def _rural_people(text: str) -> list:
    """总人口57496人，其中城镇常住人口4220人: the rest (53276) are the countryside's people, whom a
    stock of farmland per head is usually counted over."""
    alls, towns = [], []
    for g in quantity_groups(text):
        q = g.by_unit().get("人")
        if q is None or not q.exact:
            continue
        label = "".join(g.label.split())
        if _TOWN_PEOPLE.search(label):
            towns.append(q)
        elif _ALL_PEOPLE.search(label):
            alls.append(q)
    return [whole.interval - town.interval for whole in alls for town in towns
            if whole.start < town.start and whole.interval.lo > town.interval.hi]


def _another_population_fits(text: str, total, count, stated, months: int) -> bool:
    return any(q is not count and judge_ratio(total.interval, q.interval.scaled(months), stated, 1 / stated.factor)
               is None for q in _people_named(text)) \
        or any(judge_ratio(total.interval, people.scaled(months), stated, 1 / stated.factor) is None
               for people in _rural_people(text))


PER_UNIT_RULE = DocRule(
    id="per-unit",
    severity="error",
    title="户均、人均、亩均与总数不符",
    check=check_per_unit,
    failing=(
        "2011年末，全乡总人口4529人。2011年，生产粮食5993吨，人均1232千克。",
        "2011年末，全乡总人口10611人。\n2011年，全乡完成财政总收入342.8万元，比上年增长2.39%。完成营业税33万元，"
        "增值税18万元。人均财政收入328元，比上年增长6.4%。",
        "全村有乡村人口138人。\n全村有耕地总面积192.56亩（其中：田87.73亩，地104.83亩），人均耕地1.39亩。",
        # the count times the average, the figure after it with two digits swapped
        "完成危房改造68户，其中C级加固改造41户，D级拆除重建27户，户均补助2.1万元，完成投资124.8万元。",
        # over neither population the text gives
        "全乡总人口634人，其中农业人口302人。全乡耕地面积2021亩，人均占有耕地面积3.3亩。",
        "大坪村265户农户全部种植烤烟，今年共种植烤烟1060亩，户均种植5亩。",
        "全年发放产业发展扶持资金共计168万元，惠及脱贫户420户，户均4500元。",
        "全村320人参加务工，务工收入共计1152万元，人均务工收入4.2万元。",
        "全年发放产业扶持资金168万元，惠及420户，户均0.45万元。",
        "全镇建档立卡脱贫户768户2355人，户均3.5人。",
        "为1260名特殊困难老人提供居家养老服务，服务时长3.78万小时，人均35小时。",
        "发展设施蔬菜5137亩，带动农户1514户，户均种植3.3亩。",
        "关于全年惠农补贴发放情况的报告\n全年共发放各类惠农补贴资金98\n50万元，惠及农户792户，户均124300元。",
        "全年粮食总产量4007吨，按户籍人口8258人计算，人均粮食占有量458.2公斤。",
        "全村农业人口78人，有耕地236.76亩，人均耕地3.12亩。",
    ),
    passing=(
        "平阳镇现有9.2万亩耕地，1.6万人，劳动力7580人。全年实现农村经济收入6700万元，人均收入4200元。",
        # the residents' income per head, not the treasury's revenue
        "2011年，辖区总人口6.55万人。2011年，牡丹街道财政总收入6148万元，人均收入7892元。",
        "完成危房改造68户，其中C级加固改造41户，D级拆除重建27户，户均补助2.1万元，完成投资186.5万元。",
        # over the people outside the towns (57496 − 4220 = 53276): 79000 ÷ 53276 = 1.48
        "2011年，关津乡有耕地7.9万亩，人均1.5亩。\n截至2011年末，关津乡总人口有57496人，其中城镇常住人口4220人，城镇化率7.3%。",
        "全乡总人口634人，其中农业人口302人。全乡耕地面积2021亩，人均占有耕地面积6.7亩。",
        "大榭街道户籍人口27255人。大榭街道财政总收入100.8亿元，比上年增长27.6%。其中地方财政收入30.0亿元，比上年增长56.2%。人均财政收入36.98万元。",
        "2011年末，全乡总人口4529人。2011年，生产粮食5993吨，人均1323千克。",
        "全镇特困供养人员186人。全年发放特困供养金213.6万元，人均1.15万元。",
        "东村65户养殖户全年共增收29.25万元，户均增收4500元（西村养殖户户均增收2500元）。",
        "发展设施蔬菜1430亩，实现产值693.55万元，亩均产值4850元，是种植粮食作物的4.0倍（粮食作物亩均产值1200元）。",
        "2011年末，全乡总人口10611人。\n2011年，全乡完成财政总收入342.8万元，比上年增长2.39%。完成营业税33万元，"
        "增值税18万元。人均财政收入323元，比上年增长6.4%。",
        "全年发放城乡居民养老保险待遇356.86万元，惠及1664人，人均2145元，其中80岁以上老人人均2628元。",
        "全村有乡村人口138人。\n全村有耕地总面积192.56亩（其中：田87.73亩，地104.83亩），人均耕地1.40亩。",
        "全乡总人口为12607人（其中农业户2842户11941人），共有耕地面积12246.6亩（其中水田2135亩），人均耕地面积1.03亩。",
        "大坪村265户农户全部种植烤烟，今年共种植烤烟1060亩，户均种植4亩。",
        "全年发放产业发展扶持资金共计168万元，惠及脱贫户420户，户均4000元。",
        "投资500万元建设冷库，惠及120户，户均增收3000元。",
        "全镇总人口2万人，农民人均可支配收入1.2万元。",
        "发放资金36万元，其中救助资金12万元，惠及120户，户均3000元。",
        "全村320人参加务工，务工收入共计1152万元，人均务工收入3.6万元。",
        "全镇耕地面积3.2万亩，粮食总产1.5万吨，亩均产值2000元。",
        "全年发放产业扶持资金168万元，惠及420户，户均0.4万元。",
        "全镇建档立卡脱贫户768户2355人，户均3.07人。",
        "为1260名特殊困难老人提供居家养老服务，服务时长3.78万小时，人均30小时。",
        "全镇常住人口18620人，为1260名特殊困难老人提供居家养老服务，服务时长3.78万小时，人均30小时。",
        "2016年底入股的38户贫困户获得分红1.04万元，2017年户均分红达1500元。",
        "发展设施蔬菜5137亩，带动农户1514户，户均种植3.4亩。",
        "关于全年惠农补贴发放情况的报告\n全年共发放各类惠农补贴资金98\n50万元，惠及农户792户，户均124369元。",
        "全年粮食总产量4007吨，按户籍人口8258人计算，人均粮食占有量485.2公斤。",
        "完成财政总收入364万元，其中地方财政收入352万元，人均财政收入88元。全镇总人口41400人。",
    ),
)

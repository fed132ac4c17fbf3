"""Lists matched in order by 分别: 新增就业1236人、再就业318人，分别完成全年目标任务2000人、
500人的61.8%和63.6%; 其中老年人468人、残疾人213人，分别占42.35%和19.28%.

分别 pairs the k-th percentage with the k-th figure before it (and the k-th target). The pairing
is the writer's own, so a pair that misses is an error, but only when another pair of the same
list holds: if none holds, the lists were read wrongly, and nothing is said.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..groups import QuantityGroup, groups_between, paired_groups, quantity_groups
from ..intervals import Interval
from ..registry import DocRule, Hit, TextDoc, span_of
from ..passages import sentences
from ..tokens import Quantity, tokenize
from .ratio_verdict import judge_ratio
from .share_bases import COUNTING_TAIL, SCOPE_PREFIX, named_exactly
from ..changes import is_comparison
from .share_lists import _sentence_before, share_hit

_JOIN = frozenset("、，,和及与 \u3000")
_TARGET_WORDS = ("任务", "计划", "目标")
_CLAUSE_END = "，,；;：:"
#: 分别占 / 分别占比 / 分别占总数的: the share is of the list's total
_SHARE_OF_TOTAL = re.compile(r"分别占(?:比|总数的|总数|比为|比重为|比例为)?(?:为)?$")
#: 分别占培训总人次的 / 分别占资助总人数的: a total named by its words
_SHARE_OF_NAMED = re.compile(r"分别占(?P<name>[\u4e00-\u9fff]{2,12}?)的$")
#: what a base's name ends in that only says it counts (总人次, 人数, 总)
_COUNTED = re.compile(r"(?:总人次|总人数|总户数|总人口|总面积|总投资|总产值|总收入|总数|总量|总额|总计|人次|人数|户数|总)$")
_TARGET_SHARE = re.compile(r"分别完成(?:了)?[^，,。；;]{0,10}?(?:任务|计划|目标)(?:数)?的?$")


def _runs(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
    """Figures in one unit joined only by 、/，/和 (2000人、500人、150人)."""
    runs: list[list[Quantity]] = []
    for q in quantities:
        if runs:
            last = runs[-1][-1]
            if last.base_unit == q.base_unit and all(c in _JOIN for c in text[last.end:q.start]):
                runs[-1].append(q)
                continue
        runs.append([q])
    return runs


def _clause_start(text: str, lo: int, pos: int) -> int:
    return max([lo] + [text.rfind(c, lo, pos) + 1 for c in _CLAUSE_END])


def quantities_before(text: str, lo: int, hi: int) -> list[Quantity]:
    return [q for q in tokenize(text) if q.kind == "quantity" and q.unit and lo <= q.start and q.end <= hi]


def _told_with_its_part(text: str, q: Quantity, part_starts: set[int]) -> bool:
    """理论培训6期1120人次: a figure in another unit written right before a part, one thing told twice."""
    end = q.end
    while end < len(text) and text[end] in " \u3000":
        end += 1
    return end in part_starts


def _names_the_total(name: str, words: str) -> bool:
    """培训总人次 of 培训干部2840人次: the name, scope and counting words dropped, is in the total's
    words (or nothing is left of it: 分别占总数的)."""
    stem = _COUNTED.sub("", SCOPE_PREFIX.sub("", name)).removeprefix("总")
    return not stem or stem in words


def _pairs(text: str, sentence, quantities: list[Quantity], rates: list[Quantity]):
    """(figure, base, rate) for each rate of a 分别 list, or None when the lists do not line up."""
    n = len(rates)
    first = rates[0]
    head_start = _clause_start(text, sentence.start, first.start)
    head = text[head_start:first.start]
    if "分别" not in head:
        return None
    before = [q for q in quantities if q.end <= first.start and "%" != q.unit]
    if _TARGET_SHARE.search(head) or (any(w in head for w in _TARGET_WORDS) and "分别完成" in head):
        # the targets: in the rates' own clause (分别完成任务2000人、500人的…), or an earlier
        # 任务分别为2000人、500人、150人
        runs = [r for r in _runs(text, before) if len(r) == n]
        targets = None
        for run in reversed(runs):
            label = text[_clause_start(text, sentence.start, run[0].start):run[0].start]
            if any(w in label for w in _TARGET_WORDS):
                targets = run
                break
        if targets is None:
            return None
        unit = targets[0].base_unit
        done = [q for q in before if q.end <= targets[0].start and q.base_unit == unit]
        if len(done) != n:
            return None  # more (or fewer) figures than targets: which are meant is unclear
        return [(d, t, r) for d, t, r in zip(done, targets, rates)]
    named = _SHARE_OF_NAMED.search(head)
    if _SHARE_OF_TOTAL.search(head) or named:
        # 低保对象1105人，其中老年人468人、残疾人213人，分别占…: the last n figures before 分别
        # are the parts, the one before 其中 their total (培训干部2840人次。其中：…，分别占培训
        # 总人次的…: or the previous sentence's, when the parts' sentence opens with 其中)
        lo = sentence.start
        if text[sentence.start:first.start].lstrip(" \u3000").startswith("其中"):
            lo = _sentence_before(text, sentence.start)
            before = [q for q in quantities_before(text, lo, first.start) if "%" != q.unit]
        if not before:
            return None
        unit = before[-1].base_unit
        same = [q for q in before if q.base_unit == unit]
        if len(same) < n + 1:
            return None
        parts = same[-n:]
        starts = {p.start for p in parts}
        if any(q.base_unit != unit and q.start > parts[0].start - 12 and not _told_with_its_part(text, q, starts)
               for q in before[-2 * n:]):
            return None  # a figure of another unit among the parts (6期1120人次 is one part's)
        totals = [q for q in same[:-n] if not is_comparison(text[_clause_start(text, lo, q.start):q.start])]
        if not totals:
            return None
        total = totals[-1]  # (培训2840人次，比上年增加620人次: not the difference)
        between = text[total.end:parts[0].start]
        if "其中" not in between or any(c in "；;" for c in text[total.end:first.start]) \
                or text[total.end:first.start].count("。") > (lo < sentence.start):
            return None  # 其中 says the parts are of the figure before them
        if named and not _names_the_total(named.group("name"), text[_clause_start(text, lo, total.start):total.start]):
            return None  # 分别占全镇总人口的: another total than the one the parts are of
        return [(p, total, r) for p, r in zip(parts, rates)]
    bases = [q for q in quantities if head_start <= q.start and q.end <= first.start and q.unit != "%"]
    if "分别占" in head and len(bases) == n and n >= 2:
        # 已改建254万户农村户厕、1.72万座农村公厕，分别占三年目标总任务（改建330万户厕、25063座
        # 公厕）的76.7%、68.8%: the bases listed in the rates' clause, the figures before it, unit by unit
        done = [q for q in quantities if sentence.start <= q.start and q.end <= head_start and q.unit != "%"][-n:]
        if len(done) == n and all(d.base_unit == b.base_unit and d.exact for d, b in zip(done, bases)):
            return [(d, b, r) for d, b, r in zip(done, bases, rates)]
    return None


_COMPARED_LIST = re.compile(r"分别(?:比|较)(?:上年|去年|上年同期|去年同期)?(?:的|为)?$")
_GREW = re.compile(r"^(?:增长|增加|提高|上升|下降|减少|降低)了?$")


def _growth_pairs(text: str, sentence, quantities: list[Quantity], rates: list[Quantity]):
    """存栏2.86万头，出栏1.72万头，分别比上年同期的2.77万头、1.63万头增长3.2%和5.5%: the k-th
    figure before 分别 against the k-th after 比, by the k-th rate. (now, before, rate, down)."""
    n = len(rates)
    first = rates[0]
    verb = text[_clause_start(text, sentence.start, first.start):first.start]
    runs = _runs(text, [q for q in quantities if q.end <= first.start and q.unit != "%"])
    if not runs or len(runs[-1]) != n:
        return None
    before = runs[-1]
    tail = text[before[-1].end:first.start].strip(" \u3000")
    if not _GREW.match(tail):
        return None
    head = text[_clause_start(text, sentence.start, before[0].start):before[0].start]
    if not _COMPARED_LIST.search(head):
        return None
    unit = before[0].base_unit
    now = [q for q in quantities if q.end <= before[0].start and q.base_unit == unit][-n:]
    if len(now) != n or any(c in "。；;" for c in text[now[0].start:first.start]):
        return None
    down = tail.startswith(("下降", "减少", "降低"))
    return [(a, b, r, down) for a, b, r in zip(now, before, rates)] if verb is not None else None


_LEVELS_AFTER = re.compile(r"[（(](?:上年同期|去年同期|上年|去年|同期)分别为")
_COMPARED_BARE = re.compile(r"分别(?:比|较)(?:上年同期|去年同期|上年|去年|同期)(?P<verb>增长|提高|上升|增加|下降|减少|降低)$")


def _growth_pairs_bracketed(text: str, sentence, quantities: list[Quantity], rates: list[Quantity]):
    """产值分别为3860万元、2950万元、1720万元，分别比上年同期增长12.2%、9.8%和15.4%（上年同期分别为
    3440万元、2709万元、1490万元）: last year's levels in a bracket after the rates."""
    n = len(rates)
    first, last = rates[0], rates[-1]
    verb = _COMPARED_BARE.search(text[_clause_start(text, sentence.start, first.start):first.start])
    bracket = _LEVELS_AFTER.match(text, last.end)
    if verb is None or bracket is None:
        return None
    after = [q for q in quantities if q.start >= bracket.end() and q.unit != "%"]
    runs = _runs(text, after)
    if not runs or len(runs[0]) != n or runs[0][0].start != after[0].start:
        return None
    before = runs[0]
    now = [q for q in quantities if q.end <= first.start and q.base_unit == before[0].base_unit][-n:]
    if len(now) != n or not _runs(text, now) or len(_runs(text, now)[-1]) != n:
        return None
    down = verb.group("verb") in ("下降", "减少", "降低")
    return [(a, b, r, down) for a, b, r in zip(now, before, rates)]


def _growth_hits(doc: TextDoc, pairs):
    verdicts = []
    for now, base, rate, down in pairs:
        change = base.interval - now.interval if down else now.interval - base.interval
        verdicts.append(judge_ratio(change, base.interval, rate, 100))
    if all(v is not None for v in verdicts):
        return  # no pair holds: the lists are not what they seemed
    for (now, base, rate, down), verdict in zip(pairs, verdicts):
        if verdict is None:
            continue
        severity, expected = verdict
        word = "下降" if down else "增长"
        yield Hit(span_of(doc, rate), f"“分别”对应的{word}幅度填写为 {rate.shown}，按 {now.shown} 比 {base.shown} "
                  f"计算应为{word} {expected}%（按列出的顺序一一对应）", severity, (span_of(doc, now), span_of(doc, base)))


def _set(target: Quantity) -> Interval:
    if "." in target.number or target.chinese:
        return target.interval
    return Interval.exact(format(Decimal(target.number) * target.factor, "f"))


def check_respective(doc: TextDoc):
    text = doc.text
    if "分别" not in text or ("%" not in text and "％" not in text):
        return
    tokens = [q for q in tokenize(text) if q.kind == "quantity" and q.unit]
    for sentence in sentences(text):
        if "分别" not in text[sentence.start:sentence.end]:
            continue
        inside = [q for q in tokens if sentence.start <= q.start < sentence.end]
        for run in _runs(text, inside):
            if len(run) < 2 or run[0].unit != "%" or any(q.approx or q.unit != "%" for q in run):
                continue
            grown = _growth_pairs(text, sentence, inside, run) or _growth_pairs_bracketed(text, sentence, inside, run)
            if grown is not None:
                if all(a.exact and b.exact for a, b, _r, _d in grown):
                    yield from _growth_hits(doc, grown)
                continue
            pairs = _pairs(text, sentence, inside, run)
            if pairs is None or any(not (a.exact and b.exact) for a, b, _r in pairs):
                continue
            # a target set in whole units is set, not measured (三年目标总任务330万户 is 330万 exactly)
            head = text[_clause_start(text, sentence.start, run[0].start):run[0].start]
            set_targets = any(w in head for w in _TARGET_WORDS)
            verdicts = [judge_ratio(a.interval, _set(b) if set_targets else b.interval, r, 100) for a, b, r in pairs]
            if all(v is not None for v in verdicts):
                continue  # no pair holds: the lists are not what they seemed
            for (a, b, rate), verdict in zip(pairs, verdicts):
                if verdict is None:
                    continue
                severity, expected = verdict
                message = (f"“分别”对应的比例填写为 {rate.shown}，按 {a.shown} ÷ {b.shown} 计算应为 "
                           f"{expected}%（按列出的顺序一一对应）")
                yield Hit(span_of(doc, rate), message, severity, (span_of(doc, a), span_of(doc, b)))
    yield from respective_shares_of_named_parts(doc)


_RESPECTIVE = re.compile(r"分别占(?P<names>[\u4e00-\u9fff]{2,8}?(?:和[\u4e00-\u9fff]{2,8}?)?)的")
_PERCENT_LIST = re.compile(r"\s*\d+(?:\.\d+)?[%％](?:\s*(?:和|、|与|及)\s*\d+(?:\.\d+)?[%％])+")


def _named_total(groups: list[QuantityGroup], before: int, name: str, para_start: int):
    """The nearest earlier figure whose words contain `name` (总户数, 总人口) in the paragraph."""
    core = name.removeprefix("全乡").removeprefix("全镇")
    for g in reversed(groups):
        if g.start >= before or g.start < para_start:
            continue
        if core in g.label or (len(g.quantities) > 1 and core in g.label + "".join(q.unit for q in g.quantities)):
            return g
    bare = COUNTING_TAIL.sub("", core)  # 占女党员总数的: the figure named 女党员 (全县女党员1470人)
    if bare != core and len(bare) >= 2:
        for g in reversed(groups):
            if para_start <= g.start < before and named_exactly(g.label, bare):
                return g
    return None


def respective_shares_of_named_totals(doc: TextDoc, groups: list[QuantityGroup]):
    """农业户6053户，农业人口24844人，分别占总户数和总人口的93.51%和96.6%; 男性13423人、女性
    12610人，分别占总人口的51.56%和48.44%: each figure before 分别占 over its named total."""
    text = doc.text
    if "分别占" not in text:
        return
    for m in _RESPECTIVE.finditer(text):
        listed = _PERCENT_LIST.match(text, m.end())
        if not listed:
            continue
        shares = [q for q in tokenize(text) if listed.start() <= q.start < listed.end() and q.unit == "%"]
        names = m.group("names").split("和")
        if len(names) == 2 and len(shares) != 2:
            continue
        para_start = text.rfind("\n", 0, m.start()) + 1
        parts = [g for g in groups_between(text, para_start, m.start()) if g.end <= m.start()][-len(shares):]
        if len(parts) != len(shares) or any(p.approx or len(p.quantities) != 1 or p.units & {"%", "‰"} for p in parts):
            continue
        if any(p.sentence.end <= m.start() for p in parts):
            continue  # 工业项目和现代服务业项目投资分别占…: parts listed sentences before, named not placed
        for k, (part_group, share) in enumerate(zip(parts, shares)):
            name = names[k] if len(names) == 2 else names[0]
            part = part_group.quantities[0]
            total_group = _named_total(groups, parts[0].start, name, para_start)
            total = total_group.by_unit().get(part.base_unit) if total_group else None
            if total is None or not total.exact or total.interval.contains_zero() or share.approx:
                continue
            yield from share_hit(doc, share, part, total, f"{part.shown} ÷ {name} {total.shown}")


#: 工业项目和现代服务业项目投资分别占协议总投资的: the parts named before 分别占, the total after it
_NAMED_PARTS_SHARE = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,16}(?:[和、及与][\u4e00-\u9fff]{2,16})+)"
                                r"分别占(?P<total>[\u4e00-\u9fff]{2,12}?)的")
_NAME_JOINS = re.compile(r"[和、及与]")


def _stems(names: list[str], total_name: str) -> list[str]:
    """工业项目 / 现代服务业项目投资 of 协议总投资: the measure the last name ends in, which the
    total names too, said once for all of them, dropped."""
    last = names[-1]
    for k in (4, 3, 2):
        tail = last[-k:]
        if len(last) - k >= 2 and tail in total_name:
            return [n.removesuffix(tail) for n in names]
    return names


def _group_named(groups: list[QuantityGroup], stem: str, unit: str, lo: int, hi: int) -> QuantityGroup | None:
    """The one group between lo and hi whose words name `stem` and that has a figure in `unit`."""
    found = [g for g in groups if lo <= g.start and g.end <= hi and stem in g.label and unit in g.by_unit()]
    return found[0] if len(found) == 1 else None


def respective_shares_of_named_parts(doc: TextDoc):
    """其中：工业项目15个、投资39.8亿元；现代服务业项目9个、投资14.3亿元。工业项目和现代服务业项目
    投资分别占协议总投资的67.9%和24.2%: the parts named (not placed) before 分别占, each found by
    its name in the paragraph, over the total named after it. Said only when one pair holds."""
    text = doc.text
    groups = None
    for m in _NAMED_PARTS_SHARE.finditer(text):
        listed = _PERCENT_LIST.match(text, m.end())
        if not listed:
            continue
        shares = [q for q in tokenize(text) if listed.start() <= q.start < listed.end() and q.unit == "%"]
        names = _NAME_JOINS.split(m.group("subject"))
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。；;\n!！?？") + 1
        if len(names) != len(shares) or any(q.approx for q in shares) \
                or text[sentence_start:m.start()].strip(" \u3000，,"):
            continue  # (the names open their sentence: nothing else is said of them there)
        if groups is None:
            groups = list(paired_groups(text) or quantity_groups(text))
        para_start = text.rfind("\n", 0, m.start()) + 1
        total_group = _named_total(groups, sentence_start, m.group("total"), para_start)
        if total_group is None:  # 一、總體情況 …收入總額386.4萬元 … 三、收入構成 …分別佔收入總額的: named once, sections before
            core = m.group("total").removeprefix("全乡").removeprefix("全镇")
            named = [g for g in groups if g.end <= sentence_start and core in g.label]
            total_group = named[0] if len(named) == 1 else None
        if total_group is None or len(total_group.quantities) != 1:
            continue
        total = total_group.quantities[0]
        if not total.exact or total.interval.contains_zero():
            continue
        parts = [_group_named(groups, stem, total.base_unit, total_group.end, sentence_start)
                 for stem in _stems(names, m.group("total"))]
        if any(g is None for g in parts) or len({id(g) for g in parts}) != len(parts):
            continue
        figures = [g.by_unit()[total.base_unit] for g in parts]
        if any(not f.exact for f in figures):
            continue
        verdicts = [judge_ratio(f.interval, total.interval, r, 100) for f, r in zip(figures, shares)]
        if all(v is not None for v in verdicts):
            continue  # no pair holds: the names were not found as meant
        for name, f, rate, verdict in zip(names, figures, shares, verdicts):
            if verdict is not None:
                severity, expected = verdict
                yield Hit(span_of(doc, rate), f"“分别”对应的比例填写为 {rate.shown}，按 {name} {f.shown} ÷ "
                          f"{m.group('total')} {total.shown} 计算应为 {expected}%（按列出的顺序一一对应）",
                          severity, (span_of(doc, f), span_of(doc, total)))


RESPECTIVE_RULE = DocRule(
    id="respective",
    severity="error",
    title="“分别”对应的比例与数值不符",
    check=check_respective,
    failing=(
        "上半年新增城镇就业1236人、失业人员再就业318人，分别完成全年目标任务2000人、500人的61.8%和36.6%。",
        "上半年新增城镇就业1236人，城镇失业人员再就业318人，就业困难人员就业87人，全年目标任务分别为2000人、500人、150人，分别完成全年目标任务的61.8%、63.6%和85.0%。",
        "低保对象1105人，其中老年人468人、残疾人213人，分别占42.35%和19.82%。",
        "截至今年9月30日，全省已改建254万户农村户厕、1.72万座农村公厕，分别占三年目标总任务（改建330万户厕、25063座公厕）的76.7%、68.8%。",
        "全年共举办培训班18期，培训干部2840人次，比上年增加620人次。其中：理论培训6期1120人次、业务培训8期1260人次、履职能力培训4期460人次，分别占培训总人次的39.4%、44.3%和16.2%。",
        "全镇共有耕地12000亩。其中水田8000亩、旱地4000亩，分别占耕地总面积的66.7%和38.3%。",
        # the parts named, not placed, before 分别占: found by their names in the paragraph
        "全年共引进项目27个，协议总投资58.6亿元。其中：工业项目15个、投资39.8亿元；现代服务业项目9个、投资14.3亿元；农业项目3个、投资4.5亿元。工业项目和现代服务业项目投资分别占协议总投资的67.9%和24.2%。",
        "全镇农业总产值2.35亿元，其中种植业产值1.27亿元，养殖业产值0.88亿元。种植业和养殖业产值分别占农业总产值的54.0%和38.4%。",
        "一、总体情况\n全镇9个村集体经济收入总额386.4万元。\n三、收入构成\n光伏收益126.0万元，资产租赃收入98.7万元，经营性收入115.3万元，其他收入46.4万元。光伏收益和经营性收入分别占收入总额的32.6%和28.9%。",
    ),
    passing=(
        "上半年新增城镇就业1236人、失业人员再就业318人，分别完成全年目标任务2000人、500人的61.8%和63.6%。",
        "上半年新增城镇就业1236人，城镇失业人员再就业318人，就业困难人员就业87人，全年目标任务分别为2000人、500人、150人，分别完成全年目标任务的61.8%、63.6%和58.0%。",
        "低保对象1105人，其中老年人468人、残疾人213人，分别占42.35%和19.28%。",
        # no pair holds: not the lists they seem
        "低保对象1105人，其中老年人468人、残疾人213人，分别占12.35%和9.28%。",
        "两村分别增长12.5%和8.3%。",
        "截至今年9月30日，全省已改建254万户农村户厕、1.72万座农村公厕，分别占三年目标总任务（改建330万户厕、25063座公厕）的77.0%、68.6%。",
        "全年共举办培训班18期，培训干部2840人次，比上年增加620人次。其中：理论培训6期1120人次、业务培训8期1260人次、履职能力培训4期460人次，分别占培训总人次的39.4%、44.4%和16.2%。",
        "贫困人口1200人。其中老人300人、儿童200人，分别占全镇总人口的2.5%和1.9%。",
        "全年共引进项目27个，协议总投资58.6亿元。其中：工业项目15个、投资39.8亿元；现代服务业项目9个、投资14.3亿元；农业项目3个、投资4.5亿元。工业项目和现代服务业项目投资分别占协议总投资的67.9%和24.4%。",
        "全镇农业总产值2.35亿元，其中种植业产值1.27亿元，养殖业产值0.88亿元。种植业和养殖业产值分别占农业总产值的54.0%和37.4%。",
        # neither pair holds: the names found other figures than meant
        "全镇农业总产值2.35亿元，其中种植业产值1.27亿元，养殖业产值0.88亿元。种植业和养殖业产值分别占全县农业总产值的5.4%和3.7%。",
        # a name found twice in the paragraph: which figure is meant is unclear
        "全镇农业总产值2.35亿元，其中种植业产值1.27亿元，养殖业产值0.88亿元，种植业产值比上年增加0.12亿元。种植业和养殖业产值分别占农业总产值的50.0%和37.4%。",
    ),
)

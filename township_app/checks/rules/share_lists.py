"""Shares listed with a bare 占 whose base is not named beside them (因病致贫69户，占34.6%；
因残致贫32户，占16%；…): the base is worked out from the list itself — the figure the parts add up
to exactly, the one figure before them that most of the list's shares are of, or the base the
shares of the sentence before hold on (其中… after it); and a share whose part is named again
before 占 (女性占34.78%), of the breakdown that part is listed in."""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison, is_previous_level
from ..groups import QuantityGroup
from ..intervals import format_decimal, interval_sum
from ..registry import Hit, TextDoc, span_of
from ..tokens import Quantity
from .breakdowns import text_breakdowns
from .ratio_verdict import judge_ratio


_ROUGHLY = re.compile(r"(?:约|近|大约|接近|将近|超过|不到|不足)占")


def _lead_words(label: str) -> str:
    return label.strip(" \u3000，,、；;：:（(")


#: parts listed with a share each before their sum names their total
MIN_LISTED_PARTS = 3


def shares_of_an_exact_sum(doc: TextDoc, groups, unbased, held: dict | None = None):
    """贫困户1139户。…因病致贫755户占66.3%，因学20户占1.76%，因无劳动力致贫234户占20.6%，因残130户
    占11.4%: three or more parts of one sentence, each with a bare 占, no total in their sentence;
    the figure before them their sum equals exactly (755 + 20 + 234 + 130 = 1139) is the total."""
    for run in _runs(unbased):
        pair = len(run) == 2 and _shares_make_100(run)
        if (len(run) < MIN_LISTED_PARTS and not pair) or len({id(p) for _s, p in run}) < len(run):
            continue
        total = _exact_sum_total(groups, run)
        if total is None or (pair and total.start < doc.text.rfind("\n", 0, run[0][1].start) + 1):
            continue  # (two parts: their total stated in their paragraph)
        for share_group, part in run:
            share = share_group.quantities[0]
            verdict = judge_ratio(part.interval, total.interval, share, 100)
            if verdict is None:
                if held is not None:
                    held.setdefault(share_group.sentence, []).append(total)  # (the base it holds on)
                continue
            severity, expected = verdict
            message = f"占比填写为 {share.shown}，按 {part.shown} ÷ {total.shown} 计算应为 {expected}%"
            yield Hit(span_of(doc, share), message, severity, (span_of(doc, part), span_of(doc, total)))


def _shares_make_100(run) -> bool:
    """高中及以上文化8人，占38%；初中及以下文化13人，占62%: two shares that make the whole between
    them, so their parts do too (of 发展党员21人, which 8 + 13 make)."""
    return abs(sum(Decimal(s.quantities[0].number) for s, _p in run) - 100) <= Decimal("0.1")


def _exact_sum_total(groups, run) -> Quantity | None:
    """The last figure before the run that its parts add up to exactly."""
    first = run[0][1]
    exact_sum = sum(Decimal(p.number) for _s, p in run)
    for g in reversed(groups):
        if g.end > first.start:
            continue
        q = g.by_unit().get(first.base_unit)
        if q is not None and q.exact and q.factor == first.factor and Decimal(q.number) == exact_sum \
                and not is_comparison(g.label) and not is_previous_level(g.label):
            return q
    return None


#: how many of a list's shares must hold on one base, and how many of those be written to a
#: decimal, before the others are read as slips on it (2% and 16% fit many bases; 1.5% few)
MIN_FITTING_SHARES = 3
MIN_PRECISE_FITS = 2


def _runs(unbased) -> list[list[tuple[QuantityGroup, Quantity]]]:
    """The shares without a base, in runs of one sentence and one unit."""
    runs: list[list[tuple[QuantityGroup, Quantity]]] = []
    for share, part in unbased:
        if runs and runs[-1][-1][0].sentence == share.sentence and runs[-1][-1][1].base_unit == part.base_unit \
                and runs[-1][-1][1].factor == part.factor:
            runs[-1].append((share, part))
        else:
            runs.append([(share, part)])
    return runs


def shares_of_a_fitting_base(doc: TextDoc, groups, unbased, held: dict | None = None):
    """脱贫户共198户…，已消除风险边缘户2户，其中缺技术脱贫户42户，占22.1%；…缺资金4户，占2%；…因残
    致贫32户，占16%；因灾3户，占1.5%…: a list of bare shares whose nearest figure cannot be their
    base. When one earlier figure of their sentence makes most of them hold (three or more, two of
    them to a decimal) and no other figure does as well, the rest are slips on that base: a warning,
    as the base is inferred."""
    for run in _runs(unbased):
        yield from _shares_of_the_sentence_before(doc, run, held or {})
        if len(run) < MIN_FITTING_SHARES + 1 or len({id(p) for _s, p in run}) < len(run) \
                or _exact_sum_total(groups, run) is not None:
            continue  # (a total the parts make exactly is the exact-sum reading's)
        first, sentence = run[0][1], run[0][0].sentence
        largest = max(p.interval.hi for _s, p in run)
        reach = _sentence_before(doc.text, sentence.start) if _CLASSIFYING_OPENER.match(doc.text, sentence.start) \
            else sentence.start  # …上报事件信息1474件…。从事件主要类别看：城市管理类143件，占9.71%；…: of that sentence's
        candidates = _bases_that_fit(groups, run, reach, first, largest)
        search_from, back = sentence.start, 0
        while reach == sentence.start and back < SENTENCES_BACK \
                and not any(c[0] >= MIN_FITTING_SHARES for c in candidates):
            # 总人口有57496人。18岁以下15892人，占27.6%；18—35岁17848人，占31.1%；…: none in the
            # shares' own sentence; one of the few before it in the paragraph may hold their base
            # (总人口57496人。总人口中，男性…，占51%；…。18岁以下…: another split of it between)
            earlier = _sentence_before(doc.text, search_from)
            if earlier >= search_from or "\n" in doc.text[earlier:search_from]:
                break  # (not past the paragraph's start)
            candidates = _bases_that_fit(groups, run, earlier, first, largest)
            search_from, back = earlier, back + 1
        if not candidates:
            continue
        candidates.sort(key=lambda c: -c[0])
        held, precise, total = candidates[0]
        if held < MIN_FITTING_SHARES or precise < MIN_PRECISE_FITS or 2 * held < len(run) \
                or (len(candidates) > 1 and candidates[1][0] == held):
            continue
        for share_group, part in run:
            share = share_group.quantities[0]
            verdict = judge_ratio(part.interval, total.interval, share, 100)
            if verdict is None or verdict[0] == "info":
                continue  # (far off: of some other figure, not a slip on this one)
            message = (f"占比填写为 {share.shown}，按 {part.shown} ÷ {total.shown} 计算应为 {verdict[1]}%"
                       f"（同一列举中有 {held} 项占比按 {total.shown} 计算相符）")
            yield Hit(span_of(doc, share), message, "warning", (span_of(doc, part), span_of(doc, total)))


#: how many sentences before a list of bare shares its base may stand in
SENTENCES_BACK = 3


def _bases_that_fit(groups, run, reach: int, first, largest) -> list[tuple]:
    """(shares that hold, of them to a decimal, figure) for each figure from reach to the first
    part that could be the run's base."""
    candidates = []
    for g in groups:
        if g.start < reach or g.end > first.start:
            continue
        q = g.by_unit().get(first.base_unit)
        if q is None or not q.exact or q.factor != first.factor or q.interval.lo < largest \
                or is_comparison(g.label) or is_previous_level(g.label):
            continue
        fits = [s for s, p in run if judge_ratio(p.interval, q.interval, s.quantities[0], 100) is None]
        candidates.append((len(fits), sum("." in s.quantities[0].number for s in fits), q))
    return candidates


def _shares_of_the_sentence_before(doc: TextDoc, run, held: dict):
    """发展党员21人，…高中及以上文化8人，占38%；初中及以下文化13人，占62%。其中经济能人4人，占18.2%…:
    bare shares in a sentence opened by 其中, whose figures give no base, go on with the sentence
    before; where two or more of its shares hold on one base, these are of it too. A near miss
    on it is a slip (a warning: the base is inferred); one far off is of something else."""
    sentence = run[0][0].sentence
    if not doc.text[sentence.start:run[0][1].start].lstrip(" \u3000").startswith("其中"):
        return
    before = _sentence_before(doc.text, sentence.start)
    bases = next((b for s, b in held.items() if s.start == before), [])
    if len(bases) < 2 or len({(b.number, b.start) for b in bases}) > 1:
        return
    total = bases[0]
    for share_group, part in run:
        if part.base_unit != total.base_unit or part.interval.lo > total.interval.hi:
            continue
        share = share_group.quantities[0]
        verdict = judge_ratio(part.interval, total.interval, share, 100)
        if verdict is None or verdict[0] == "info":
            continue
        message = (f"占比填写为 {share.shown}，按 {part.shown} ÷ {total.shown} 计算应为 {verdict[1]}%"
                   f"（上一句中 {len(bases)} 项占比按 {total.shown} 计算相符）")
        yield Hit(span_of(doc, share), message, "warning", (span_of(doc, part), span_of(doc, total)))


#: 从事件主要类别看：, 按类别分：, 分行业看，: a sentence opening a classification of a total said before
_CLASSIFYING_OPENER = re.compile(r"[ \u3000]*(?:从|按|就)?[\u4e00-\u9fff]{1,8}(?:看|来看|上看|分|划分)[，,：:]")


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one starting at `start` starts (in its paragraph)."""
    return max(text.rfind(c, 0, max(0, start - 1)) for c in "。！？!?\n") + 1


def unit_slip_hit(doc: TextDoc, shares: list[tuple[Quantity, Quantity]], total: Quantity, step: int) -> Hit:
    """Shares whose digits agree with part ÷ total only 10⁴ or 10⁸ times over: a figure is in the
    wrong unit (万元 for 亿元) — the base, when two or more parts' shares all say so."""
    times = 10 ** abs(step)
    if len(shares) >= 2:
        listed = "、".join(share.shown for share, _ in shares)
        return Hit(span_of(doc, total),
                   f"{total.shown} 与其各部分的占比（{listed}）数字相符而相差 {times} 倍："
                   f"{total.shown} 的单位可能写错（万、亿）", "warning",
                   tuple(span_of(doc, q) for q in sorted((q for pair in shares for q in pair), key=lambda q: q.start)))
    share, part = shares[0]
    exact = part.interval.mid / total.interval.mid * 100
    return Hit(span_of(doc, share),
               f"占比填写为 {share.shown}，按 {part.shown} ÷ {total.shown} 计算为 {format_decimal(exact, 2)}%，"
               f"数字相符而相差 {times} 倍：{part.shown} 或 {total.shown} 的单位可能写错（万、亿）",
               "warning", (span_of(doc, part), span_of(doc, total)))


def share_hit(doc: TextDoc, share: Quantity, part: Quantity, total: Quantity, how: str):
    """The finding on a share that part ÷ total does not give (none when it does)."""
    verdict = judge_ratio(part.interval, total.interval, share, 100)
    if verdict is not None:
        severity, expected = verdict
        yield Hit(span_of(doc, share), f"占比填写为 {share.shown}，按 {how} 计算应为 {expected}%", severity,
                  (span_of(doc, part), span_of(doc, total)))


def shares_of_a_stated_base(doc: TextDoc, groups: list[QuantityGroup]):
    """共22个，占全镇党支部总数（28个）的78.5%; 化解1250万元，占年初债务余额5110万元的24.5%: the
    base written inside 占…的, the part the figure just before it in the sentence."""
    for k in range(2, len(groups)):
        share_g, base_g, part_g = groups[k], groups[k - 1], groups[k - 2]
        if share_g.units != {"%"} or share_g.approx or share_g.label.strip(" \u3000（()）") != "的":
            continue
        if not _lead_words(base_g.label).startswith(("占", "约占")) or _ROUGHLY.search(base_g.label):
            continue
        if share_g.sentence != base_g.sentence or len(base_g.quantities) != 1 \
                or (part_g.sentence != share_g.sentence and not _share_opens_sentence(doc.text, groups, part_g, base_g)):
            continue
        total = base_g.quantities[0]
        j = k - 2
        while j > 0 and is_comparison(groups[j].label) and groups[j - 1].sentence == share_g.sentence:
            j -= 1  # 粮食总产量19236吨，比上年增加573吨，占全县…78282吨的24.6%: the level's share, not the change's
        part_g = groups[j]
        part = part_g.by_unit().get(total.base_unit)
        if part is None or not (part.exact and total.exact) or total.interval.contains_zero() \
                or part.interval.lo > total.interval.hi or is_comparison(part_g.label):
            continue
        share = share_g.quantities[0]
        yield from share_hit(doc, share, part, total, f"{part.shown} ÷ {total.shown}")

#: what a copy may end a sentence with (…203.1万亩.占宜林地面积…): a full stop of either width
_STOPS = ("。", ".", "．")


def _share_opens_sentence(text: str, groups, part_g: QuantityGroup, base_g: QuantityGroup) -> bool:
    """有林地面积达到203.1万亩.占宜林地面积352.1万亩的57.6%: 占 opening a sentence has no subject of
    its own; its part is the figure that ended the sentence before (a copy's stop for a comma), when
    that is the sentence's one figure in the unit (not the last item of a list: 完成造林1820亩，其中：
    …，其他684亩。占市局下达任务1500亩的123%)."""
    if any(g is not part_g and g.sentence == part_g.sentence and g.units & base_g.units for g in groups):
        return False
    return text[part_g.end:base_g.sentence.start].strip(" \u3000") in _STOPS \
        and not text[base_g.sentence.start:base_g.label_start].strip(" \u3000") \
        and _lead_words(base_g.label).startswith("占")


#: 其中女性8名、35周岁以下的17名；女性占34.78%，35周岁以下的占73.19%: a part named again
_NAMED_SHARE = re.compile(r"^(?P<name>[^，,。；;：:、（(]{2,12}?)的?(?:占比|占)(?:为|达到|达)?$"
                          # 网上信访占信访总量的20.5%: of the total the list breaks down, however named
                          r"|^(?P<name2>[^，,。；;：:、（(占]{2,12}?)占[\u4e00-\u9fff]{0,8}总[\u4e00-\u9fff]{0,3}的$")


def _part_named(part_words: str, name: str, exact: bool) -> bool:
    """A part named again: its words end in the name (35周岁以下的 / 35周岁以下), or, for a share
    of a total named otherwise (网上信访占信访总量的), are the very name (not 深度贫困村 for 贫困村)."""
    return part_words == name if exact else part_words.endswith(name)


def shares_by_name(doc: TextDoc, groups: list[QuantityGroup]):
    """A share after a list, its part named again before 占: the part is the one figure of a
    breakdown earlier in the sentence whose words end in that name, its base that breakdown's total."""
    text = doc.text
    breakdowns = None
    for g in groups:
        if g.units != {"%"} or g.approx:
            continue
        m = _NAMED_SHARE.match(g.label.strip(" \u3000，,、；;"))
        if m is None:
            continue
        name = (m.group("name") or m.group("name2")).rstrip("的")
        if name.startswith(("占", "其中")):
            continue
        if breakdowns is None:
            breakdowns = {}
            for total, parts, _s in text_breakdowns(text):
                breakdowns.setdefault(total.sentence, []).append((total, parts))
        found = [(total, p) for total, parts in breakdowns.get(g.sentence, ())
                 if total.end <= g.start for p in parts
                 if _part_named(_lead_words(p.label).removeprefix("其中").rstrip("的"), name,
                                exact=m.group("name2") is not None)]
        if len(found) != 1:
            continue
        total_group, part_group = found[0]
        if len(part_group.quantities) != 1:
            continue
        part = part_group.quantities[0]
        total = total_group.by_unit().get(part.base_unit)
        share = g.quantities[0]
        if total is None or not (total.exact and part.exact) or total.interval.contains_zero():
            continue
        yield from share_hit(doc, share, part, total, f"{name} {part.shown} ÷ {total.shown}")


def listed_run(text: str, groups: list[QuantityGroup], at: int, part: Quantity) -> list[Quantity]:
    """36~45岁的2人，46~54岁的12人，55~59岁的17人，占党员总数的52%: the figures of the list the part
    ends (each an item of its own, joined by ，/、 in one sentence, no share between), which a share
    after the list may be of together. Empty when the part stands alone."""
    run = [part]
    j = at
    while j > 0:
        prev, cur = groups[j - 1], groups[j]
        if prev.sentence != cur.sentence or len(prev.quantities) != 1 or prev.approx or prev.units & {"%", "‰"} \
                or cur.label.lstrip(" \u3000，,、").startswith("其中"):
            break
        q = prev.quantities[0]
        if q.base_unit != part.base_unit or not q.exact or is_comparison(prev.label) \
                or text[prev.end:cur.label_start].strip(" \u3000") not in ("，", ",", "、"):
            break
        run.insert(0, q)
        j -= 1
    return run if len(run) >= 2 else []


def run_verdict(run: list[Quantity], total: Quantity, share: Quantity):
    """(verdict of the list's sum over the total, the sum) where a run was found."""
    summed = interval_sum(q.interval for q in run)
    return judge_ratio(summed, total.interval, share, 100), summed

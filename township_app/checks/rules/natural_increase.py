"""Natural increase: births less deaths, in people.

出生人口138人、死亡人口96人，人口净增加24人 (138 − 96 = 42). The three figures are read in one
sentence, each named by its own word, counted in people: the difference is exact. Rates in ‰
are compared within their rounding (出生率8.837‰，死亡率2.06‰，自然增长率4.605‰: 6.777‰), and
said as a warning on the growth rate: any of the three may be the one miswritten.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison, is_previous_level
from ..groups import quantity_groups
from ..intervals import Interval, format_plain
from ..registry import DocRule, Hit, TextDoc, span_of
from .density import _POPULATION
from .ratio_verdict import judge_ratio

_BIRTHS = re.compile(r"出生(?:人口|人数)?(?:率)?(?:为|达|共)?$")
_DEATHS = re.compile(r"死亡(?:人口|人数)?(?:率)?(?:为|达|共)?$")
_NET = re.compile(r"(?P<what>人口)?(?P<word>自然增长率|自然增长|净增加|净增|自然减少|净减少|净减)(?:了|为|达)?$")


_MIGRATION = re.compile(r"迁入|迁出|机械增长|机械变动|迁移")


def _clean(label: str) -> str:
    return label.strip(" \u3000，,、；;：:").rstrip("-－—")  # (自然增长率为-3.26‰: the sign is the figure's)


def check_natural_increase(doc: TextDoc):
    text = doc.text
    if "出生" not in text:
        return
    if "自然增长率" in text:
        yield from _growth_above_births(doc)
    if "死亡" not in text:
        return
    groups = quantity_groups(text)
    for k, g in enumerate(groups):
        m = _NET.search(_clean(g.label))
        if m is None or len(g.quantities) != 1 or g.approx or is_previous_level(g.label):
            continue  # (上年自然增长率2.87‰: last year's, not of this year's births and deaths)
        net = g.quantities[0]
        births = deaths = None
        rates = net.base_unit in ("‰", "%")
        for h in groups[:k]:
            if h.sentence != g.sentence or len(h.quantities) != 1:
                continue
            q = h.quantities[0]
            if q.base_unit != net.base_unit or not q.exact or is_comparison(h.label) \
                    or rates != ("率" in h.label):
                continue  # 比去年同期多出生140人: a difference, not the births
            if _BIRTHS.search(_clean(h.label)):
                births = q
            elif _DEATHS.search(_clean(h.label)):
                deaths = q
        if rates and (births is None or deaths is None):
            yield from _rate_from_counts(doc, groups, k, net, "减" in m.group("word"), m.group("word"))
            continue
        if births is None or deaths is None or births.start > deaths.start:
            continue
        if m.group("word").startswith("净") and _MIGRATION.search(text, g.sentence.start, g.end):
            continue  # 迁入261人、迁出279人…户籍人口净减少71人: the net change counts who moved too
        down = "减" in m.group("word")
        if rates:
            if not _counts_beside(groups, g):
                yield from _rates_differ(doc, births, deaths, net, down, m.group("word"))
            else:  # (with the counts stated, the rate rule tells which birth or death rate is wrong;
                # the growth rate is the counts' difference over the population those rates are of)
                yield from _rate_from_counts(doc, groups, k, net, down, m.group("word"))
            continue
        value = Decimal(births.number) - Decimal(deaths.number)
        minus = doc.text[net.start - 1:net.start] in ("-", "－", "—")  # (自然增长-53人)
        stated = -Decimal(net.number) if down or minus else Decimal(net.number)
        if value == stated:
            continue
        shown = format_plain(abs(value))
        word = "自然增长" if value >= 0 else "自然减少"
        message = (f"“{m.group('word')}{net.number}{net.unit}”与数值不符：出生 {births.shown} − 死亡 {deaths.shown} = "
                   f"{'' if value >= 0 else '−'}{shown} {net.unit}，应为{word} {shown} {net.unit}")
        yield Hit(span_of(doc, net), message, None, (span_of(doc, births), span_of(doc, deaths)))


def _growth_above_births(doc: TextDoc):
    """人口出生率3.62‰，自然增长率11.09‰: births less deaths cannot exceed the births, whatever the
    deaths; the two rates of one sentence, over one population."""
    groups = quantity_groups(doc.text)
    for k, g in enumerate(groups):
        label = _clean(g.label)
        if len(g.quantities) != 1 or g.approx or not label.endswith(("自然增长率", "自然增长率为", "自然增长率达")) \
                or is_previous_level(g.label) or is_comparison(g.label):
            continue
        net = g.quantities[0]
        if net.base_unit not in ("‰", "%") or doc.text[net.start - 1:net.start] in ("-", "－", "—"):
            continue
        births = next((h.quantities[0] for h in reversed(groups[:k]) if h.sentence == g.sentence
                       and len(h.quantities) == 1 and h.quantities[0].base_unit == net.base_unit
                       and h.quantities[0].exact and "率" in h.label and _BIRTHS.search(_clean(h.label))
                       and not is_comparison(h.label) and not is_previous_level(h.label)), None)
        if births is None or _MIGRATION.search(doc.text, g.sentence.start, g.end) \
                or net.interval.lo <= births.interval.hi:
            continue
        yield Hit(span_of(doc, net), f"自然增长率 {net.shown} 高于出生率 {births.shown}：自然增长率为出生率减死亡率，"
                  f"不会高于出生率，两者之一可能有误", None, (span_of(doc, births),))


def _rate_from_counts(doc: TextDoc, groups, k: int, net, down: bool, word: str):
    """全年出生202人，死亡163人，年末户籍人口28030人，人口出生率7.21‰，自然增长率1.38‰: births less
    deaths over the population that the stated birth (or death) rate is worked out on."""
    g = groups[k]
    counts: dict[str, object] = {}
    population, rate_of = [], {}
    for h in groups[:k]:
        if h.sentence != g.sentence or len(h.quantities) != 1 or is_comparison(h.label):
            continue
        q, label = h.quantities[0], _clean(h.label)
        if q.base_unit == "人" and q.exact:
            if _BIRTHS.search(label) and "率" not in label:
                counts["births"] = q
            elif _DEATHS.search(label) and "率" not in label:
                counts["deaths"] = q
            elif _POPULATION.search(label):
                population.append(q)
        elif q.base_unit == net.base_unit and q.exact and "率" in label:
            rate_of["births" if _BIRTHS.search(label) else "deaths" if _DEATHS.search(label) else ""] = q
    if len(counts) != 2 or not population:
        return
    if "births" in rate_of and "deaths" in rate_of and (rate_of["births"].interval - rate_of["deaths"].interval) \
            .intersects(net.interval.negated() if down or doc.text[net.start - 1:net.start] in ("-", "－", "—")
                        else net.interval):
        return  # 出生率11.1‰，死亡率5.88‰，自然增长率5.22‰: the rates agree (over a mean population, say)
    scale = 1000 if net.base_unit == "‰" else 100
    stated = [(kind, r) for kind, r in rate_of.items() if kind in counts]
    bases = [p for p in population if stated and all(judge_ratio(counts[kind].interval, p.interval, r, scale) is None
                                                      for kind, r in stated)]
    if len(bases) != 1:
        return  # (no stated rate tells which population the rates are over)
    base = bases[0]
    value = Decimal(counts["births"].number) - Decimal(counts["deaths"].number)
    negative = down or doc.text[net.start - 1:net.start] in ("-", "－", "—")
    if value == 0 or (value < 0) != negative:
        return  # (a sign that does not match is left: it may be worded elsewhere)
    verdict = judge_ratio(Interval.exact(abs(value)), base.interval, net, scale)  # (-3.26‰: its size)
    if verdict is None:
        return
    severity, expected = verdict
    sign = "-" if negative and not down else ""  # (自然增长率-5.60‰ as written; 自然减少 says it in words)
    message = (f"“{word}{sign}{net.number}{net.unit}”与数值不符：（出生 {counts['births'].shown} − 死亡 "
               f"{counts['deaths'].shown}）÷ {base.shown} = {sign}{expected}{net.unit}")
    yield Hit(span_of(doc, net), message, severity, (span_of(doc, counts["births"]), span_of(doc, base)))


def _counts_beside(groups, g) -> bool:
    """出生人口186人，出生率8.51‰；死亡人口142人…: births or deaths counted in the rate's sentence."""
    return any(h.sentence == g.sentence and (_BIRTHS.search(_clean(h.label)) or _DEATHS.search(_clean(h.label)))
               and not (h.units & {"‰", "%"}) for h in groups)


def _rates_differ(doc: TextDoc, births, deaths, net, down: bool, word: str):
    """出生率 − 死亡率 against the stated growth rate, each within its written rounding."""
    negative = down or doc.text[net.start - 1:net.start] in ("-", "－", "—")  # (自然增长率-3.38‰)
    stated = net.interval.negated() if negative else net.interval
    if (births.interval - deaths.interval).intersects(stated):
        return
    value = Decimal(births.number) - Decimal(deaths.number)
    message = (f"“{word}{net.number}{net.unit}”与出生率、死亡率不符：{births.shown} − {deaths.shown} = "
               f"{format_plain(value)}{net.unit}（三者之一可能有误，请核对）")
    yield Hit(span_of(doc, net), message, "warning", (span_of(doc, births), span_of(doc, deaths)))


NATURAL_INCREASE_RULE = DocRule(
    id="natural-increase",
    severity="error",
    title="自然增长与出生、死亡不符",
    check=check_natural_increase,
    failing=(
        "总人口14703人，其中非农业人口11614人，人口出生率3.62‰，自然增长率11.09‰。",
        "上半年出生人口138人、死亡人口96人，人口净增加24人。",
        "全年出生人口86人，死亡人口112人，人口自然减少62人。",
        "全镇人口出生率8.837‰，死亡率2.06‰，人口自然增长率4.605‰。",
        "全年出生202人，死亡163人，年末户籍人口28030人，人口出生率7.21‰，自然增长率1.38‰。",
        "全年出生173人，死亡268人，年末户籍人口29400人，人口出生率5.88‰，自然增长率为-3.26‰。",
        "全镇总人口16828人，全年出生104人，出生率6.18‰；死亡215人，死亡率12.78‰；人口自然增长率-5.60‰。",
    ),
    passing=(
        "总人口14703人，人口出生率13.62‰，自然增长率11.09‰。",
        "人口出生率3.62‰，上年自然增长率11.09‰。",
        "上半年出生人口138人、死亡人口96人，人口净增加42人。",
        "全年出生率8.51‰，死亡率6.05‰，人口自然增长率2.46‰。",
        "全年出生人口86人，死亡人口112人，人口自然减少26人。",
        "全年出生人口86人，死亡人口112人，自然增长率-1.2‰。",
        "全年出生245人，死亡298人，自然增长-53人；迁入261人，迁出279人，机械增长-18人；户籍人口净减少71人。",
        "全年出生人口305人、死亡人口238人，加上迁入271人、迁出225人，全年户籍人口净增加113人。",
        "全镇人口出生率9.4‰，人口死亡率4.3‰，人口自然增长率5.1‰。",
        "全年出生202人，死亡163人，年末户籍人口28030人，人口出生率7.21‰，自然增长率1.39‰。",
        "全年出生173人，死亡268人，年末户籍人口29400人，人口出生率5.88‰，自然增长率为-3.23‰。",
        # no stated rate shows which population the rates are over (户籍 or 常住): nothing to say
        "全年出生202人，死亡163人，户籍人口28030人，常住人口26000人，自然增长率1.50‰。",
        "人口出生率为5.92‰，死亡率为3.89‰，自然增长率为2.03‰，比上年下降0.84个千分点（上年自然增长率2.87‰）。",
        # the counts beside the rates: the rate rule says which of them is wrong (here 死亡率)
        "全年出生人口186人，出生率8.51‰；死亡人口142人，死亡率6.05‰；人口自然增长率2.01‰。",
        "全年出生率7.26‰，死亡率8.13‰，人口自然增长率为-0.87‰。",
        "全镇总人口16828人，全年出生104人，出生率6.18‰；死亡215人，死亡率12.78‰；人口自然增长率-6.60‰。",
        # the stated rates agree with each other: over another population than the one stated (a mean)
        "户籍总人口为30317人；出生336人，人口出生率11.1‰；死亡178人，死亡率5.88‰，人口自然增长率为5.22‰。",
    ),
)

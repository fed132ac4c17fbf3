"""Averages stated with what they average: 均价 = 收入 ÷ 数量, 亩产 = 产量 ÷ 面积.

产烟6282担，卖烟收入8254102.95元，均价13.13元/斤: 8254102.95 ÷ 628200斤 = 13.14. Weights
convert (1担 = 100斤, 1公斤 = 2斤, 1吨 = 2000斤). Each figure must be the only one of its
kind in the paragraph (one income, one quantity produced, one area), or nothing is said:
an average cannot be paired by guessing.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..groups import groups_between, label_of
from ..passages import paragraphs
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of
from .ratio_verdict import StatedNumber, judge_ratio

#: a weight's base unit in 斤
JIN = {"斤": Decimal(1), "公斤": Decimal(2), "千克": Decimal(2), "吨": Decimal(2000), "担": Decimal(100)}
_PRICE = re.compile(r"(?:均价|平均价格|平均单价|平均收购价|收购均价|平均售价)(?:为|达到|达|是)?"
                    r"(?P<v>\d+(?:\.\d+)?)元/(?P<u>斤|公斤|千克|吨|担)")
_YIELD = re.compile(r"(?:平均)?亩产(?:量)?(?:为|达到|达|是)?(?P<v>\d+(?:\.\d+)?)(?P<u>斤|公斤|千克|吨)")
#: (收购资金 too: where it and 收入 are both stated, which the price divides is not known)
_INCOME_WORDS = re.compile(r"收入|金额|销售额|收购额|总额|价款|产值|收购资金|货款")
_PRODUCE_WORDS = re.compile(r"产|收购|销售|交售|出售")
_AREA_WORDS = re.compile(r"种植|面积|种|播种")
_AVERAGE_WORDS = re.compile(r"均|亩产|每")



#: what a harvest or an area is of (夏粮 is not 冬小麦)
_CROP = re.compile(r"冬小麦|春小麦|小麦|夏粮|秋粮|早稻|中稻|晚稻|粮食|玉米|水稻|稻谷|油菜|大豆|马铃薯|烤烟|蔬菜|茶叶|棉花")


def _other_crops(a: str, b: str) -> bool:
    crops_a, crops_b = set(_CROP.findall(a)), set(_CROP.findall(b))
    return bool(crops_a) and bool(crops_b) and not crops_a & crops_b


def _listed(text: str, g) -> bool:
    """g is an item of a 、-list (…335亩、晒烟355亩), or joined by 和/及."""
    return text[max(0, g.label_start - 1):g.label_start] in ("、", "和", "及") \
        or g.label.lstrip(" \u3000").startswith(("和", "及"))


def _only(candidates):
    return candidates[0] if len(candidates) == 1 else None


def check_averages(doc: TextDoc):
    text = doc.text
    if "价" not in text and "亩产" not in text:  # 均价, 平均收购价, 平均售价, 平均单价 …
        return
    for para in paragraphs(text):
        chunk = para.text(text)
        if not _PRICE.search(chunk) and not _YIELD.search(chunk):
            continue
        inside = groups_between(text, para.start, para.end)
        labelled = [(q, g.label) for g in inside for q in g.quantities if q.exact]
        weights = [q for q, label in labelled if q.base_unit in ("斤", "公斤", "吨")
                   and _PRODUCE_WORDS.search(label) and not _AVERAGE_WORDS.search(label)]
        incomes = [q for q, label in labelled if q.base_unit == "元"
                   and _INCOME_WORDS.search(label) and not _AVERAGE_WORDS.search(label)]
        # (种植烤烟335亩、晒烟355亩: the area the yield is of may be both; with two, nothing is said)
        areas = [q for g in inside for q in g.quantities if q.exact and q.base_unit == "亩"
                 and not _AVERAGE_WORDS.search(g.label) and (_AREA_WORDS.search(g.label) or _listed(text, g))]
        weight = _only(weights)
        if weight is None:
            continue
        weight_jin = weight.interval.scaled(JIN[weight.base_unit])
        for regex, kind in ((_PRICE, "price"), (_YIELD, "yield")):
            for m in regex.finditer(chunk):
                per_unit = JIN[m.group("u")]
                stated = StatedNumber(m.group("v"))
                if kind == "price":
                    income = _only(incomes)
                    if income is None:
                        continue
                    numerator, denominator = income.interval, weight_jin.scaled(1 / per_unit)
                    how = f"{income.shown} ÷ {weight.shown}"
                    other = income
                else:
                    area = _only(areas)
                    if area is None or _other_crops(label_of(text, weight), label_of(text, area)):
                        continue  # (夏粮总产量 over 冬小麦播种面积: two crops' figures)
                    numerator, denominator = weight_jin.scaled(1 / per_unit), area.interval
                    how = f"{weight.shown} ÷ {area.shown}"
                    other = area
                verdict = judge_ratio(numerator, denominator, stated, 1)
                if verdict is None:
                    continue
                severity, expected = verdict
                word = "均价" if kind == "price" else "亩产"
                unit = f"元/{m.group('u')}" if kind == "price" else m.group("u")
                message = f"{word}填写为 {stated.number}{unit}，按 {how} 计算应为 {expected}{unit}"
                start = para.start + m.start("v")
                yield Hit(TextAnchor(doc.key, start, len(stated.number)), message, severity,
                          (span_of(doc, weight),
                           span_of(doc, other)))


AVERAGE_RULE = DocRule(
    id="average",
    severity="error",
    title="均价、亩产与总量不符",
    check=check_averages,
    failing=(
        "全乡种植烤烟1850亩，产烟4620担，卖烟收入6125400元，均价13.62元/斤。",
        "全乡种植烤烟1850亩，产烟4620担，平均亩产达259.7斤。",
        "全年收购茶叶38.5万公斤，收购金额1232万元，收购均价30.2元/公斤。",
    ),
    passing=(
        "全乡种植烤烟1850亩，产烟4620担，卖烟收入6125400元，均价13.26元/斤。",
        "全乡种植烤烟1850亩，产烟4620担，平均亩产达249.7斤。",
        "全年收购茶叶38.5万公斤，收购金额1232万元，收购均价32元/公斤。",
        "产烟4620担，卖烟收入6125400元，户均收入8254元，均价13.26元/斤。",
        "全乡种植烤烟1850亩，产烟4620担，上年产烟4400担，卖烟收入6125400元，均价13.62元/斤。",
        "全县共收购烟叶900.70万公斤，全县平均单价14.73元/公斤，全县支付收购资金13264.13万元，兑现品种补助392.04万元，农民直接烤烟收入达13778.5万元。",
        "全省冬小麦播种面积1010.27万亩。全省夏粮总产量为26.03亿公斤，夏粮平均亩产253公斤。",
    ),
)

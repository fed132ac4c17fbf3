"""三次产业结构: the three industries' shares of their sum, written a:b:c.

全县生产总值316.80亿元，其中第一产业增加值52.27亿元，第二产业82.96亿元，第三产业181.58亿元。三次产业
结构为16.5:26.2:57.3 — each term is the industry's added value over the three together, in
per cent. Statistics offices round each term and then may move one last digit so that the three
make 100 (16.93:26.14:56.93 is written 16.9:26.2:56.9): such a structure is right. A term off by
more than that, or a structure that fits other figures, is a slip.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ..groups import quantity_groups
from ..intervals import Interval, decimals_of
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from .ratio_verdict import StatedNumber, judge_ratio

_SEP = r"[:：︰∶]"
_TERM = r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)"
_TRIPLE = re.compile(rf"{_TERM}[ \u3000]*{_SEP}[ \u3000]*{_TERM}[ \u3000]*{_SEP}[ \u3000]*{_TERM}(?![\d.%％:：︰∶])")
#: 三次产业结构19.5:34.6:45.9, 三次产业结构比例为16.5︰26.2︰57.3, 产业结构由…调整为36.3:24.3:39.4
_NAMED = re.compile(r"产业(?:结构|比重|比例)[^。；;\n，,]{0,24}$")
#: 由上年的9.4:66.8:23.8 (调整为…), （上年为17.9:…）, 全省为…: another year's or place's structure
_OTHER = re.compile(r"由|上年|去年|上一年|前年|全[县市省国区]|[省市]级|就业")
_TO = re.compile(r"(?:调整|变化|优化|提升|转变|变)为[ \u3000]*$|(?:调整|变化|优化|提升)?(?:到|至)[ \u3000]*$")
_INDUSTRY = re.compile(r"第([一二三])产业(?:增加值|产值|实现增加值|完成增加值)?(?:为|实现|完成|达到|达)?$")
#: how far back from the structure its industries' figures are looked for (a paragraph of a bulletin)
REACH = 400


def _industry_values(text: str, at: int) -> dict[str, object] | None:
    """The latest 第一/第二/第三产业 figure of each before the structure, in one unit, none approximate."""
    found: dict[str, object] = {}
    for g in quantity_groups(text):
        if g.end > at:
            break
        if g.start < at - REACH:
            continue
        m = _INDUSTRY.search(g.label.strip(" \u3000，,、；;：:"))
        q = g.quantities[0]  # (…5.67亿元，三次产业结构: 三次 read as a count joins the group)
        if m is not None and q.exact and q.base_unit not in ("%", "‰"):
            found[m.group(1)] = q
    if len(found) != 3 or len({q.base_unit for q in found.values()}) != 1:
        return None
    return found


def _rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _made_to_add_to_100(stated: list[str], exact: list[Decimal]) -> bool:
    """Each term at most one last digit off its rounded value, the stated terms making 100 and the
    rounded ones not: the office's own adjustment, not a slip."""
    places = max(decimals_of(s) for s in stated)
    step = Decimal(1).scaleb(-places)
    rounded = [_rounded(e, places) for e in exact]
    written = [Decimal(s) for s in stated]
    return sum(written) == 100 and sum(rounded) != 100 \
        and all(abs(w - r) <= step for w, r in zip(written, rounded))


def check_industry_structure(doc: TextDoc):
    text = doc.text
    if "产业" not in text:
        return
    for m in _TRIPLE.finditer(text):
        named = _NAMED.search(text, max(0, m.start() - 40), m.start())
        if named is None or (_OTHER.search(named.group()) and not _TO.search(named.group())):
            continue
        values = _industry_values(text, m.start())
        if values is None:
            continue
        parts = [values[k] for k in "一二三"]
        whole = Interval(sum(q.interval.lo for q in parts), sum(q.interval.hi for q in parts))
        if whole.lo <= 0:
            continue  # a template's 0 in every industry: nothing to divide by
        stated = [m.group(k) for k in (1, 2, 3)]
        exact = [q.interval.mid / whole.mid * 100 for q in parts]
        if _made_to_add_to_100(stated, exact):
            continue
        wrong = []
        for term, q, n in zip(stated, parts, "一二三"):
            verdict = judge_ratio(q.interval, whole, StatedNumber(term), 100)
            if verdict is not None:  # (however far off: the three terms are the three figures')
                wrong.append((n, term, verdict[1]))
        if not wrong:
            continue
        quote = m.group(0)
        computed = ":".join(f"{e:.2f}" for e in exact)
        said = "，".join(f"第{n}产业应为 {expected}（文中 {term}）" for n, term, expected in wrong)
        message = (f"三次产业结构填写为 {quote}，按各产业增加值 {' + '.join(q.shown for q in parts)} 计算为 "
                   f"{computed}；{said}")
        yield Hit(TextAnchor(doc.key, m.start(1), m.end(3) - m.start(1)), message, "warning",
                  tuple(TextAnchor(doc.key, q.start, q.end - q.start) for q in parts))


INDUSTRY_STRUCTURE_RULE = DocRule(
    id="industry-structure",
    severity="warning",
    title="三次产业结构与增加值不符",
    check=check_industry_structure,
    failing=(
        "全县地区生产总值797156万元，其中第一产业增加值155864万元，第二产业增加值275605万元，"
        "第三产业增加值365687万元。三次产业结构29.5:34.6:45.9。",
        "全年生产总值316.80亿元。其中：第一产业增加值52.27亿元；第二产业增加值82.96亿元；"
        "第三产业增加值181.58亿元。三次产业结构比例为16.5︰27.2︰57.3。",
        "全县地区生产总值797156万元，其中第一产业增加值155864万元，第二产业增加值275605万元，"
        "第三产业增加值365687万元，三次产业结构为9.5:34.6:45.9。",
    ),
    passing=(
        "全年生产总值316.80亿元。其中：第一产业增加值52.27亿元；第二产业增加值82.96亿元；"
        "第三产业增加值181.58亿元。三次产业结构比例为16.5︰26.2︰57.3。",
        # each term rounded, one moved by a last digit so that the three make 100
        "生产总值296.80亿元，其中第一产业增加值50.24亿元，第二产业增加值77.58亿元，第三产业增加值168.97亿元。"
        "三次产业结构比例为16.9︰26.2︰56.9。",
        "全县地区生产总值797156万元，其中第一产业增加值155864万元，第二产业增加值275605万元，"
        "第三产业增加值365687万元。三次产业结构19.5:34.6:45.9。",
        "三次产业结构由18.2:35.1:46.7调整为17.6:34.8:47.6。",
        "第一产业增加值0万元，第二产业增加值0万元，第三产业增加值0万元。三次产业结构为0:0:0。",
        "全年生产总值316.80亿元。其中：第一产业增加值52.27亿元；第二产业增加值82.96亿元；"
        "第三产业增加值181.58亿元。三次产业结构比例为16.5︰26.2︰57.3（上年为17.9:25.8:56.3）。",
    ),
)

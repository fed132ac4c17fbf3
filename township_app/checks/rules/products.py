"""Amounts paid at a standard: 54人，每人每月60元，发放6个月，共发放19440元.

Subsidies are reported as a head count, a standard per head per month (or year), a period
and the amount paid. The amount is their product. The figures often sit in neighbouring
sentences, so the check runs only when each role has exactly one candidate nearby: one
count of people or households, one standard, one period, one amount paid. A product that
misses is a warning (the text may pay some heads for part of the period); one that misses
wildly is a 提示.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from decimal import Decimal

from ..intervals import format_plain
from ..passages import Span, paragraphs
from ..registry import DocRule, Hit, TextDoc, span_of
from ..tokens import tokenize

_NUM = r"(?P<v>\d+(?:\.\d+)?)"
_STANDARD_RES = (
    re.compile(rf"每(?:人|户)?每?(?P<per>月|年)(?:[\u4e00-\u9fff]{{0,8}}?)(?:为|是)?{_NUM}元"),
    re.compile(rf"{_NUM}元/(?:人|户)?/?(?P<per>月|年)"),
    re.compile(rf"{_NUM}元每?(?:人|户)?每(?P<per>月|年)"),
)
_PERIOD_RES = (
    (re.compile(r"(\d+)个月"), lambda m: int(m.group(1))),
    (re.compile(r"(\d{1,2})[-－—~～至到](\d{1,2})月"), lambda m: int(m.group(2)) - int(m.group(1)) + 1),
    (re.compile(r"全年"), lambda m: 12),
    (re.compile(r"[上下]半年"), lambda m: 6),
)
_PAID = re.compile(r"(?:发放|拨付|拨款|兑现|支付|发给|补贴资金|救助金|资金|金额|合计|共计)[^，,。；;]{0,8}$")
_COUNT_UNITS = ("人", "户", "名")
#: a statement of its own: sentences, ；-parts, and runs set apart by spaces in pasted text
_SEGMENT = re.compile(r"[^。；;！？!?\s\u3000]+")


def _window(text: str, spans, k: int):
    lo = spans[max(0, k - 1)].start
    hi = spans[min(len(spans) - 1, k + 1)].end
    return lo, hi


@lru_cache(maxsize=4096)
def _token_starts(text: str) -> list[int]:
    return [q.start for q in tokenize(text)]


def _roles(text: str, lo: int, hi: int, std_start: int, per_month: bool):
    """(count, amount paid, months) when each has exactly one candidate in text[lo:hi]."""
    tokens = tokenize(text)
    first = bisect_left(_token_starts(text), lo)
    quantities = []
    for q in tokens[first:]:
        if q.start >= hi:
            break
        if q.is_quantity:
            quantities.append(q)
    counts = [q for q in quantities if q.unit in _COUNT_UNITS and q.exact]
    paid = [q for q in quantities if q.base_unit == "元" and q.exact
            and not (q.num_start <= std_start < q.end)
            and _PAID.search(text[max(lo, q.start - 12):q.start])]
    if len(counts) != 1 or len(paid) != 1:
        return None
    months = 1
    if per_month:
        window = text[lo:hi]
        found = {f(pm) for p, f in _PERIOD_RES for pm in p.finditer(window)}
        if len(found) != 1:
            return None
        months = found.pop()
    return counts[0], paid[0], months


def check_products(doc: TextDoc):
    text = doc.text
    if "每" not in text and "/" not in text:
        return
    for para in paragraphs(text):
        spans = [Span(para.start + m.start(), para.start + m.end())
                 for m in _SEGMENT.finditer(para.text(text))]
        for k, sentence in enumerate(spans):
            chunk = sentence.text(text)
            standards = [(m, p) for p in _STANDARD_RES for m in p.finditer(chunk)]
            if len(standards) != 1:
                continue
            m, _pattern = standards[0]
            std_start = sentence.start + m.start("v")
            std_value = Decimal(m.group("v"))
            per_month = m.group("per") == "月"
            roles = None
            for lo, hi in ((sentence.start, sentence.end), _window(text, spans, k)):
                roles = _roles(text, lo, hi, std_start, per_month)
                if roles is not None:
                    break
            if roles is None:
                continue
            count, amount, months = roles
            expected = Decimal(count.number) * std_value * months
            stated = amount.interval.mid
            if expected == stated or expected == 0:
                continue
            ratio = stated / expected
            severity = "warning" if Decimal("0.5") <= ratio <= 2 else "info"
            period = f" × {months} 个月" if per_month else ""
            per = "每月" if per_month else "每年"
            shown = f"{format_plain(expected / amount.factor)} {amount.unit}"  # in the amount's own unit
            message = (f"金额 {amount.shown} 与标准不符：按 {count.shown} × {per} {format_plain(std_value)} 元"
                       f"{period} 计算应为 {shown}")
            if severity == "info":
                message += "（相差较大，请核对人数、标准和期数）"
            yield Hit(span_of(doc, amount), message, severity,
                      (span_of(doc, count),))


PRODUCT_RULE = DocRule(
    id="product",
    severity="warning",
    title="金额与人数、标准不符",
    check=check_products,
    failing=(
        "今年共审核重度残疾人护理补贴38人，发放补贴资金14400元。补贴标准为每人每月60元，本次发放1-6月份6个月的补贴。",
        "全镇特困人员23人，每月400元，全年拨款金额331200元。",
        "为全镇213名特困供养人员每人每月发放基本生活费650元，上半年共发放80.37万元。",
    ),
    passing=(
        "今年共审核重度残疾人护理补贴38人，发放补贴资金13680元。补贴标准为每人每月60元，本次发放1-6月份6个月的补贴。",
        "全镇特困人员23人，每月400元，全年拨款金额110400元。",
        "全镇特困人员23人，每月400元，另有孤儿5人，全年拨款金额110400元。",
        "高龄补贴每人每月100元，按时足额发放。",
        "为全镇213名特困供养人员每人每月发放基本生活费650元，上半年共发放83.07万元。",
    ),
)

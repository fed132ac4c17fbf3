"""A percentage written with its own fraction: 检出率47%(166/374), 检出率为166/374=44.4%.

Health and survey reports give a rate and, beside it, the two counts it was worked out from.
The fraction is the writer's own statement of the relation, so nothing has to be guessed: the
percentage must be the quotient, rounded to the digits written.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..intervals import Interval
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from .ratio_verdict import StatedNumber, judge_ratio

_NUMBER = r"\d+(?:\.\d+)?"
#: a count in a fraction, its thousands spaced as some typesetting does (620/2 337)
_COUNT = r"[1-9]\d{0,2}(?: \d{3})+(?![\d.])|[1-9]\d{0,2}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?"  # (12,456/13,020 too)
#: 47%(166/374), 8.1%（295/3665）
_RATE_THEN_FRACTION = re.compile(
    rf"(?<![\d.])(?P<rate>{_NUMBER})\s*[%％]\s*[（(]\s*(?P<num>{_COUNT})\s*[/／]\s*(?P<den>{_COUNT})\s*[）)]")
#: 166/374=44.4%, 166÷374=44.4%
_FRACTION_THEN_RATE = re.compile(
    rf"(?<![\d./])(?P<num>{_NUMBER})\s*[/／÷]\s*(?P<den>{_NUMBER})\s*[=＝]\s*(?P<rate>{_NUMBER})\s*[%％]")


#: 增长8.5%, 同比下降3.2%: a change, whose fraction is the two levels
_CHANGE_BEFORE = re.compile(r"(?:增长|下降|增幅|降幅|提高|降低|减少|增加|上升|回落)(?:了|为|达|达到)?$")


def check_fractions(doc: TextDoc):
    text = doc.text
    if "/" not in text and "／" not in text and "÷" not in text:
        return
    for pattern in (_RATE_THEN_FRACTION, _FRACTION_THEN_RATE):
        for m in pattern.finditer(text):
            num_written, den_written = (m.group(k).replace(" ", "").replace(",", "") for k in ("num", "den"))
            num, den = Decimal(num_written), Decimal(den_written)
            if den == 0 or num > den * 10 or (1900 <= num <= 2100 and 1900 <= den <= 2100):
                continue  # 1/0, a date (2023/5), a pair of years (2024/2023) rather than a fraction
            stated = StatedNumber(m.group("rate"))
            numerator = Interval.exact(num_written)
            growth = _CHANGE_BEFORE.search(text, max(0, m.start() - 8), m.start("rate")) is not None
            if growth:  # 增长8.5%（15620/14396）: the two levels, the rate their change
                numerator = numerator - Interval.exact(den_written)
            verdict = judge_ratio(numerator, Interval.exact(den_written), stated, 100)
            if verdict is None:
                continue
            severity, expected = verdict
            if severity == "info":
                continue  # far off (签约率85.2%（6/30）: a date): not the rate's own fraction
            start, end = m.span("rate")
            end += 1 if text[end:end + 1] in "%％" else 0
            yield Hit(TextAnchor(doc.key, start, end - start),
                      f"百分比填写为 {m.group('rate')}%，按文中所列 "
                      + (f"({num_written} − {den_written}) ÷ {den_written}" if growth
                         else f"{num_written} ÷ {den_written}") + f" 计算应为 {expected}%",
                      severity)


FRACTION_RULE = DocRule(
    id="fraction",
    severity="error",
    title="百分比与所列分子分母不符",
    check=check_fractions,
    failing=(
        "有糖尿病史者374人，高血糖检出率47%(166/374)。",
        "高血糖检出率为166/374=47%。",
        "高血压患者单纯服药率为10.56%(247/2 337)，控制率为26.51%(620/2 337)。",
        "居民电子健康档案建档率为96.57%（12,456/13,020）。",
    ),
    passing=(
        "有糖尿病史者374人，高血糖检出率44.4%(166/374)。",
        "高血糖检出率为166/374=44.4%。",
        "截至2023/5，完成率98%。",
        "高血压病相关知识的知晓率为47.87%(5 065/10 581)，从未测过血压的居民占39.56%(4 186/10 581)。",
        "居民电子健康档案建档率为95.67%（12,456/13,020）。",
    ),
)

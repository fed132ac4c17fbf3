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
#: 47%(166/374), 8.1%（295/3665）
_RATE_THEN_FRACTION = re.compile(
    rf"(?<![\d.])(?P<rate>{_NUMBER})\s*[%％]\s*[（(]\s*(?P<num>{_NUMBER})\s*[/／]\s*(?P<den>{_NUMBER})\s*[）)]")
#: 166/374=44.4%, 166÷374=44.4%
_FRACTION_THEN_RATE = re.compile(
    rf"(?<![\d./])(?P<num>{_NUMBER})\s*[/／÷]\s*(?P<den>{_NUMBER})\s*[=＝]\s*(?P<rate>{_NUMBER})\s*[%％]")


def check_fractions(doc: TextDoc):
    text = doc.text
    if "/" not in text and "／" not in text and "÷" not in text:
        return
    for pattern in (_RATE_THEN_FRACTION, _FRACTION_THEN_RATE):
        for m in pattern.finditer(text):
            num, den = Decimal(m.group("num")), Decimal(m.group("den"))
            if den == 0 or num > den * 10:
                continue  # 1/0, or a date (2023/5) rather than a fraction
            stated = StatedNumber(m.group("rate"))
            verdict = judge_ratio(Interval.exact(m.group("num")), Interval.exact(m.group("den")), stated, 100)
            if verdict is None:
                continue
            severity, expected = verdict
            start, end = m.span("rate")
            end += 1 if text[end:end + 1] in "%％" else 0
            yield Hit(TextAnchor(doc.key, start, end - start),
                      f"百分比填写为 {m.group('rate')}%，按文中所列 {m.group('num')} ÷ {m.group('den')} 计算应为 {expected}%",
                      severity)


FRACTION_RULE = DocRule(
    id="fraction",
    severity="error",
    title="百分比与所列分子分母不符",
    check=check_fractions,
    failing=(
        "有糖尿病史者374人，高血糖检出率47%(166/374)。",
        "高血糖检出率为166/374=47%。",
    ),
    passing=(
        "有糖尿病史者374人，高血糖检出率44.4%(166/374)。",
        "高血糖检出率为166/374=44.4%。",
        "截至2023/5，完成率98%。",
    ),
)

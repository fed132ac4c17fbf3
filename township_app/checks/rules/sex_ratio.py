"""性别比: boys (men) per hundred girls (women), stated with the two counts it comes from.

出生人口男孩62人、女孩61人，性别比101.64: the ratio is 62 ÷ 61 × 100. The counts are the
nearest 男…/女… pair before it in the paragraph.
"""
from __future__ import annotations

import re
from ..groups import groups_between
from ..passages import paragraphs
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of
from .ratio_verdict import StatedNumber, judge_ratio

_RATIO_RE = re.compile(r"性别比(?:例)?(?:为|是|达到|达|：|:)?\s*(\d+(?:\.\d+)?)(?![\d.%％:：])")
_MALE = re.compile(r"(男孩|男婴|男性|男生|男)$")
_FEMALE = re.compile(r"(女孩|女婴|女性|女生|女)$")



def check_sex_ratio(doc: TextDoc):
    if "性别比" not in doc.text:
        return
    for para in paragraphs(doc.text):
        chunk = para.text(doc.text)
        for m in _RATIO_RE.finditer(chunk):
            at = para.start + m.start(1)
            before = [g for g in groups_between(doc.text, para.start, at) if g.end <= at]
            pair = None
            for k in range(len(before) - 1, 0, -1):
                a, b = before[k - 1], before[k]
                la = a.label.strip(" \u3000，,、；;：:（(")
                lb = b.label.strip(" \u3000，,、；;：:（(")
                if _MALE.search(la) and _FEMALE.search(lb) and a.units & b.units:
                    pair = (a, b)
                    break
            if pair is None:
                continue
            unit = next(iter(pair[0].units & pair[1].units))
            male, female = pair[0].by_unit()[unit], pair[1].by_unit()[unit]
            if male.approx or female.approx:
                continue
            stated = StatedNumber(m.group(1))
            verdict = judge_ratio(male.interval, female.interval, stated, 100)
            if verdict is None:
                continue
            severity, expected = verdict
            message = (f"性别比填写为 {stated.number}，按 男 {male.shown} ÷ 女 {female.shown} × 100 "
                       f"计算应为 {expected}")
            yield Hit(TextAnchor(doc.key, at, len(m.group(1))), message, severity,
                      (span_of(doc, male),
                       span_of(doc, female)))


SEX_RATIO_RULE = DocRule(
    id="sex-ratio",
    severity="error",
    title="性别比与男女人数不符",
    check=check_sex_ratio,
    failing=(
        "全年出生148人，其中男孩78人、女孩70人，出生人口性别比111.3。",
        "出生男婴52人，女婴50人，性别比为103.00。",
    ),
    passing=(
        "全年出生148人，其中男孩78人、女孩70人，出生人口性别比111.43。",
        "出生男婴52人，女婴50人，性别比为104。",
        "出生人口性别比107.5，保持在正常范围。",
    ),
)

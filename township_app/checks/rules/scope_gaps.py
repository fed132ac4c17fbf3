"""A figure against a wider area's: 巩固率99.2%，高于全县平均水平0.4个百分点（全县98.9%）.

Reports set the township's rate or average beside the county's (city's, province's) and say
how far above or below it lies, giving the wider figure in a bracket after. The gap is then
the difference of two figures as written: 99.2 − 98.9 = 0.3, not 0.4. Read only when all three
stand in one sentence in that order — the township's figure, the gap named by 高于/低于 (or
比全县高/低) and the area, and the bracket opened by the same area's name — so the pairing is
the text's own.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison
from ..groups import group_positions, quantity_groups
from ..intervals import decimals_of, format_decimal, rounds_to
from ..registry import DocRule, Hit, TextDoc, span_of

_AREA = r"全(?:县|市|省|国|区|州|旗|盟)"
_AVERAGE = r"(?:的)?(?:平均)?(?:水平|值|数)?"
#: 高于全县平均水平 / 比全县平均水平高 (then the gap)
_GAP_LABEL = re.compile(
    rf"(?:(?P<up>高于|高出|超出|超过|多于)|(?P<down>低于|低出|少于))(?P<area>{_AREA}){_AVERAGE}(?:了)?$"
    rf"|比(?P<area2>{_AREA}){_AVERAGE}(?:(?P<up2>高出|高了|高|多)|(?P<down2>低了|低|少))$")
#: （全县98.9%） / （全县平均为98.9%）: the wider area's figure in the bracket after the gap
_BRACKET_LABEL = re.compile(rf"^[（(](?P<area>{_AREA}){_AVERAGE}(?:为|是|：|:)?$")


def _clean(label: str) -> str:
    return label.strip(" \u3000，,、")


def check_scope_gaps(doc: TextDoc):
    text = doc.text
    if "全" not in text or ("高" not in text and "低" not in text and "多" not in text and "少" not in text):
        return
    groups = quantity_groups(text)
    positions = group_positions(text)
    for g in groups:
        m = _GAP_LABEL.search(_clean(g.label))
        if m is None or len(g.quantities) != 1 or g.approx:
            continue
        k = positions[id(g)]
        if k == 0 or k + 1 >= len(groups):
            continue
        j = k - 1
        while j > 0 and groups[j].sentence == g.sentence and (
                _BRACKET_LABEL.match(groups[j].label.strip(" \u3000")) or _GAP_LABEL.search(_clean(groups[j].label))):
            j -= 1  # …高于全县0.22个百分点（全县97.22%），低于全市…: past another area's gap and figure
        own, ref = groups[j], groups[k + 1]
        if own.sentence != g.sentence or ref.sentence != g.sentence \
                or len(own.quantities) != 1 or len(ref.quantities) != 1:
            continue
        b = _BRACKET_LABEL.match(ref.label.strip(" \u3000"))
        area = m.group("area") or m.group("area2")
        if b is None or b.group("area") != area:
            continue
        gap, mine, theirs = g.quantities[0], own.quantities[0], ref.quantities[0]
        if not (mine.exact and theirs.exact) or mine.base_unit != theirs.base_unit or mine.factor != theirs.factor \
                or is_comparison(own.label):
            continue
        points = gap.unit == "个百分点"
        if (points and mine.base_unit != "%") or (not points and gap.base_unit != mine.base_unit):
            continue
        if not points and gap.factor != mine.factor:
            continue
        up = bool(m.group("up") or m.group("up2"))
        value = Decimal(mine.number) - Decimal(theirs.number)
        stated = Decimal(gap.number) if up else -Decimal(gap.number)
        if (value >= 0) == (stated >= 0) and rounds_to(abs(value), gap.number):
            continue
        decimals = max(decimals_of(gap.number), decimals_of(mine.number), decimals_of(theirs.number))
        word = "高于" if value >= 0 else "低于"
        unit = "个百分点" if points else gap.unit
        shown = f"{format_decimal(abs(value), decimals)} {unit}"
        message = (f"“{_clean(g.label)}{gap.number}{gap.unit}”与前后数值不符：{mine.shown} − {area} {theirs.shown}"
                   f" = {'' if value >= 0 else '−'}{shown}，应为{word}{area} {shown}")
        severity = None
        if value == 0 or (value > 0) != (stated > 0) or not (
                Decimal("0.5") <= abs(stated / value) <= 2):
            severity = "info"  # far off, or the other way round: perhaps not these two figures (the engine says so)
        yield Hit(span_of(doc, gap), message, severity, (span_of(doc, mine), span_of(doc, theirs)))


SCOPE_GAP_RULE = DocRule(
    id="scope-gap",
    severity="error",
    title="与全县（市）水平的差距与数值不符",
    check=check_scope_gaps,
    failing=(
        "全镇义务教育巩固率97.44%，高于全县平均水平0.22个百分点（全县97.22%），低于全市平均水平0.02个百分点（全市97.64%）。",
        "义务教育巩固率99.2%，高于全县平均水平0.4个百分点（全县98.9%）。",
        "农村居民人均可支配收入15860元，比全县平均水平高1260元（全县14800元）。",
        "参保率95.3%，低于全市平均水平1.5个百分点（全市平均为97.1%）。",
    ),
    passing=(
        "全镇义务教育巩固率97.44%，高于全县平均水平0.22个百分点（全县97.22%），低于全市平均水平0.20个百分点（全市97.64%）。",
        "义务教育巩固率99.2%，高于全县平均水平0.3个百分点（全县98.9%）。",
        "农村居民人均可支配收入15860元，比全县平均水平高1060元（全县14800元）。",
        "参保率95.3%，低于全市平均水平1.8个百分点（全市平均为97.1%）。",
        "参保率95.3%，高于全县平均水平1.2个百分点。",
        "参保率95.3%，比上年提高1.2个百分点（上年94.1%）。",
        "参保率95.3%，高于全县平均水平1.2个百分点（全市98.9%）。",
    ),
)

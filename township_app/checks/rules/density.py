"""Population density: 人口密度 = 总人口 ÷ 面积, as a township's profile states all three.

行政区域面积274.92平方千米…总人口13015人…人口密度为每平方千米96人: 13015 ÷ 274.92 = 47.3. The
population and the area are the figures so named anywhere in the text (总人口, 户籍人口, 常住人口;
总面积, 国土面积, 辖区面积), not a part of them (农业人口, 耕地面积); when the text gives several
(户籍 and 常住), the density holds if it fits any. Which count the writer divided is never
certain, so a mismatch is a warning, and one far off (more than twice) only a 提示.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..groups import label_of, quantity_groups
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of
from .ratio_verdict import StatedNumber, judge_ratio

_DENSITY = re.compile(r"人口密度(?:为|是|达到|达)?[ \u3000]*(?:每平方(?:公里|千米)[ \u3000]*(?P<a>\d+(?:\.\d+)?)[ \u3000]*人"
                      r"|(?P<b>\d+(?:\.\d+)?)[ \u3000]*人[/／](?:平方(?:公里|千米)|km²|km2|Km²|KM²))")
_POPULATION = re.compile(r"(?:总人口|户籍人口|常住人口|人口总数|人口)(?:为|是|达到|达|有|共|共计)?$")
_PART_OF_PEOPLE = re.compile(r"流动|外出|农业|非农|城镇|乡村|农村|贫困|老年|少数民族|劳动力|男|女|密度|增长|出生|死亡")
_AREA = re.compile(r"面积(?:为|是|达到|达|有|共|约为|约)?$")
_PART_OF_AREA = re.compile(r"耕地|林地|森林|水域|水面|草|建成区|城区|集镇|镇区|园区|基本农田|山地|平原|坝区")


#: a density of a place within the township (集镇, 城区, 社区, 村)
_SUB_PLACE = re.compile(r"集镇|城区|镇区|社区|[\u4e00-\u9fff]村(?!人口)")


#: 全村…有乡村人口54人: a village's people, all of them rural (a village profile's wording)
_VILLAGE_RURAL = re.compile(r"(?:有|共有)?乡村人口(?:为|有|共)?$")


def _figures(text: str):
    people, areas, rural = [], [], []
    for g in quantity_groups(text):
        label = "".join(g.label.split())
        for q in g.quantities:
            if not q.exact:
                continue
            if q.base_unit == "人" and _POPULATION.search(label) and not _PART_OF_PEOPLE.search(label):
                people.append(q)
            elif q.base_unit == "人" and _VILLAGE_RURAL.search(label):
                rural.append(q)
            elif q.base_unit == "平方公里" and _AREA.search(label) and not _PART_OF_AREA.search(label):
                areas.append(q)
    if not people and len({q.number for q in rural}) == 1 and ("全村" in text or "该村" in text or "本村" in text):
        people = rural[:1]  # a village's profile: its 乡村人口 is its whole population
    return people, areas


#: 城镇常住人口, 农业人口: people of one kind, whom a density may also be worked out over
_KIND_OF_PEOPLE = re.compile(r"(?:城镇|农业|非农业|乡村|农村)(?:常住|户籍)?人口(?:为|是|达到|达|有|共|共计)?$")


def _kinds_of_people(text: str) -> list:
    return [q for g in quantity_groups(text) if _KIND_OF_PEOPLE.search("".join(g.label.split()))
            for q in g.quantities if q.exact and q.base_unit == "人"]


_COUNTED_BY = re.compile(r"按(?P<which>户籍|常住)人口(?:计算|计)")


def township_population(text: str) -> list:
    """The population counts the text states (总人口13015人, 户籍人口10904人)."""
    return _figures(text)[0]


def _segment_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "；;。\n") + 1


#: the people and the area a density's own part of the sentence states (镇区面积…，常住人口…，人口密度…)
_ANY_PEOPLE = re.compile(r"人口(?:数)?(?:为|是|达到|达|有|共|共计)?$")


def _own_pair(text: str, pos: int):
    """(people, area) stated in the density's own part of its sentence (since the last ；or
    full stop), one of each; None otherwise."""
    lo = _segment_start(text, pos)
    people, areas = [], []
    for g in quantity_groups(text):
        if g.start < lo or g.start >= pos:
            continue
        label = "".join(g.label.split())
        for q in g.quantities:
            if q.exact and q.base_unit == "人" and _ANY_PEOPLE.search(label) and "密度" not in label:
                people.append(q)
            elif q.exact and q.base_unit == "平方公里" and _AREA.search(label):
                areas.append(q)
    return (people[0], areas[0]) if len(people) == 1 and len(areas) == 1 else None


def check_density(doc: TextDoc):
    text = doc.text
    if "密度" not in text:
        return
    found = list(_DENSITY.finditer(text))
    if not found:
        return
    people, areas = _figures(text)
    if not people or not areas:
        return
    for m in found:
        clause = text[max(text.rfind(c, 0, m.start()) for c in "，,；;。\n") + 1:m.start()]
        group = "a" if m.group("a") else "b"
        stated = StatedNumber(m.group(group))
        if "其中" in clause or _SUB_PLACE.search(clause):
            continue  # 其中集镇所在地城东社区人口密度3004人/平方公里: a part's density, its figures not stated
        local = _own_pair(text, m.start())
        if local is not None and judge_ratio(local[0].interval, local[1].interval, stated, 1) is None:
            continue  # 全镇总面积108平方公里，总人口51006人；镇区面积8.35平方公里，常住人口6856人，人口密度821人/平方公里
        if local is not None:
            # the area and the people stated with the density, in its own part of the sentence, or any other
            people_here = [local[0], *(p for p in people if p is not local[0])]
            areas_here = [local[1], *(a for a in areas if a is not local[1])]
        else:
            people_here, areas_here = people, areas
        chosen = people_here
        said = _COUNTED_BY.search(text, max(0, m.start() - 20), m.start())
        if said is not None:
            # 户籍人口22225人，常住人口18596人，按户籍人口计算，人口密度…: only the population the text names
            chosen = [p for p in people_here if said.group("which") in label_of(text, p)] or people_here
        verdicts = [(judge_ratio(p.interval, a.interval, stated, 1), p, a) for p in chosen for a in areas_here]
        if any(v is None or (p.interval / a.interval).intersects(stated.interval) for v, p, a in verdicts):
            continue  # (12.15万人 ÷ 30.18 is 4024.2–4027.5: 4025 fits the rounded population)
        if any(judge_ratio(p.interval, a.interval, stated, 1) is None for p in _kinds_of_people(text) for a in areas_here):
            continue  # 城镇常住人口49491人…人口密度为每平方千米14429 (÷ 3.43): a 街道 counted by its town residents
        # several counts, none fits (户籍, 常住, 总人口 of other years): the nearest is shown
        (severity, expected), p, a = min(verdicts, key=lambda v: abs(Decimal(v[0][1]) - Decimal(stated.number)))
        none_fits = "（文中其他人口数、面积也都不符）" if len(verdicts) > 1 else ""
        start = m.start(group)
        yield Hit(TextAnchor(doc.key, start, len(stated.number)),
                  f"人口密度填写为 {stated.number} 人/平方公里，按 {p.shown} ÷ {a.shown} 计算应为 "
                  f"{expected} 人/平方公里{none_fits}",
                  severity if severity == "info" else "warning",
                  (span_of(doc, p), span_of(doc, a)))


DENSITY_RULE = DocRule(
    id="density",
    severity="warning",
    title="人口密度与人口、面积不符",
    check=check_density,
    failing=(
        "镇域面积72.8平方公里，户籍人口22225人，常住人口18596人，按户籍人口计算，人口密度为每平方公里255人。",
        "行政区域面积274.92平方千米，总人口13015人，人口密度为每平方千米45人。",
        "全镇总面积91.26平方公里，总人口26400人，人口密度274人/平方公里。",
        "全镇总面积108平方公里，总人口51006人；镇区面积8.35平方公里，常住人口6856人，人口密度812人/平方公里。",
    ),
    passing=(
        # over the town residents a 街道 counts (49491 ÷ 3.43 = 14429)
        "联盟街道面积3.43平方公里。2011年末，联盟街道总人口62764人，其中城镇常住人口49491人，城镇化率78.9%。人口密度为每平方千米14429人。",
        "镇域面积72.8平方公里，户籍人口22225人，常住人口18596人，按常住人口计算，人口密度为每平方公里255人。",
        "全乡国土面积154.0平方公里，总人口20253人，人口密度132人/平方公里，其中集镇所在地城东社区人口密度3004人/平方公里。",
        "行政区域面积274.92平方千米，总人口13015人，人口密度为每平方千米47.3人。",
        "全镇总面积91.26平方公里，户籍人口26400人，常住人口25000人，人口密度274人/平方公里。",
        "全镇耕地面积12.5平方公里，总人口26400人，人口密度289人/平方公里。",
        "全镇总面积108平方公里，总人口51006人；镇区面积8.35平方公里，常住人口6856人，人口密度821人/平方公里。",
        "镇区建成区面积7.56平方公里，居住人口9532人，建成区人口密度1261人/平方公里；全镇总面积177.5平方公里，总人口52232人。",
    ),
)

"""Households and people stated as one pair: 6996户,214万人 is 306 people a household.

A count of households followed at once by a count of people (贫困户131户191人, 1.2万户3.5万人)
says how many people live in those households. Fewer people than households cannot be, and
more than ten a household over several households is a slip in a figure or its unit (万人 for
人). The pair must stand together, with at most a comma between: 帮扶企业12户，带动就业600人
names two different things.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..tokens import tokenize

#: more people a household than this, over MIN_HOUSEHOLDS households or more, is not a household
MAX_PER_HOUSEHOLD = 10
MIN_HOUSEHOLDS = 3
_BETWEEN = ("", "，", ",", "、")
_PEOPLE = ("人", "名")


#: 集体户, 集体户口: a school's, a firm's or a temple's register holds many people
_COLLECTIVE = re.compile(r"集体户口?[^，,。；;]{0,4}$")
#: …3人轻伤, 2人死亡, 5人受灾: people named by what befell them, not the households' members
_OTHER_PEOPLE_AFTER = re.compile(r"(?:轻伤|重伤|受伤|死亡|遇难|失踪|伤亡|受灾|被困|转移|住院)")


#: 比上年增加12户3人, 较…减少, 多出: the pair is a difference of two counts, not one count
_DIFFERENCE_BEFORE = re.compile(r"(?:比|较|与)[^，,。；;]{0,10}(?:多出|多|少|增加|减少|增|减|上升|下降)了?$"
                                r"|(?:净增|净减|净增加|净减少|多出|减少了?|增加了?)$")


def _value(q) -> Decimal:
    return Decimal(q.number) * q.factor


def check_household_size(doc: TextDoc):
    text = doc.text
    if "户" not in text:
        return
    quantities = tokenize(text)
    for first, second in zip(quantities, quantities[1:]):
        if first.base_unit != "户" or second.base_unit not in _PEOPLE:
            continue
        if not (first.exact and second.exact) or text[first.end:second.start] not in _BETWEEN:
            continue
        households, people = _value(first), _value(second)
        if households <= 0:
            continue
        if _COLLECTIVE.search(text, max(0, first.start - 8), first.start) \
                or _OTHER_PEOPLE_AFTER.match(text, second.end):
            continue  # 集体户3户270人: a school's register; 房屋受损126户，3人轻伤: other people
        if text[max(0, first.start - 1):first.start] == "每":
            continue  # 网格员按每300户1名配备: one worker to so many households, a ratio
        if _DIFFERENCE_BEFORE.search(text, max(0, first.start - 12), first.start):
            continue  # 比清查登记多出50户20人: a difference of two registers, fewer people is no slip
        per = (people / households).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        pair = text[first.start:second.end]
        if people < households:
            message = f"“{pair}”：人数少于户数（每户至少一人），请核对人数、户数或单位"
        elif households >= MIN_HOUSEHOLDS and people > households * MAX_PER_HOUSEHOLD:
            if _a_list_of_households_before(text, quantities, first, people):
                continue  # 新建小区1560户，单体1484户，联体别墅76户，5621人: the people of all 1560
            message = (f"“{pair}”：户均 {per} 人，远多于一户人口（常见每户一至十人），"
                       f"请核对人数或单位")
        else:
            continue
        yield Hit(TextAnchor(doc.key, first.start, second.end - first.start), message)


def _a_list_of_households_before(text: str, quantities, last, people: Decimal) -> bool:
    """The 户 figure closes a list of 户 figures in its sentence (1560户，单体1484户，联体别墅76户)
    whose first is the whole the list adds up to, and the people fit that whole: the people are
    the whole's, not the last part's."""
    start = max(text.rfind(c, 0, last.start) for c in "。；;\n") + 1
    run = [q for q in quantities if start <= q.start < last.start and q.base_unit == "户" and q.exact]
    if len(run) < 2:
        return False
    whole, parts = run[0], run[1:] + [last]
    return sum(map(_value, parts)) == _value(whole) and _value(whole) <= people <= _value(whole) * MAX_PER_HOUSEHOLD


HOUSEHOLD_SIZE_RULE = DocRule(
    id="household-size",
    severity="warning",
    title="户数与人数不相称",
    check=check_household_size,
    failing=(
        "全镇辖12个行政村，6996户,214万人。",
        "共有低保户131户91人。",
        "易地搬迁安置1.2万户35万人。",
    ),
    passing=(
        "全镇共有低保户131户191人、分散五保户17户18人。",
        "五保113户113人，孤儿2户2人。",
        "帮扶企业12户，带动就业600人。",
        "公安部门户籍资料显示两村共523户1882人，比试点清查登记多出50户20人。",  # a difference of two counts
        "全村现有农户412户1520人，较上年减少8户5人。",
        "易地搬迁安置1.2万户3.5万人。",
        "其中1户12人为多代同堂家庭。",
        "约300户2000余人受益。",
        "全村2户9人。",
        "集中居住的新建小区1560户，单体1484户，联体别墅76户，5621人。",
        "社区按照3000户左右规模设置，网格员按每300户1名配备，共配备专职网格员175名。",
    ),
)

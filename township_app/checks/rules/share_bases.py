"""Which figures a share is of. Where the text states two figures that could be a share's base
and the share holds on one of them, the text is right on that one and the check stays quiet (the
pairing, not the text, would be wrong); and the part a share names again (脱贫户占…) is the one so
named, not a word that only ends alike."""
from __future__ import annotations

import re

from ..changes import is_comparison, is_previous_level
from ..groups import QuantityGroup, figure_in
from ..tokens import Quantity
from .breakdowns import text_breakdowns
from .ratio_verdict import judge_ratio


def another_total_fits(groups, before: int, part: Quantity, share: Quantity, total: Quantity) -> bool:
    """上报事件3684件，办结3621件，办结率98.3%；其中…2940件，占79.8%: a bare 占 with two figures
    before it that could be its base; the text is right on the one that gives the share."""
    sentence = groups[before].sentence
    for j in range(before - 1, -1, -1):
        g = groups[j]
        if g.sentence != sentence:
            break
        q = figure_in(g, part.base_unit)
        if q is None or q is total or not q.exact or q.interval.contains_zero() \
                or is_comparison(g.label) or is_previous_level(g.label):
            continue
        if judge_ratio(part.interval, q.interval, share, 100) is None:
            return True
    return False


def of_its_breakdown(text: str, part_group: QuantityGroup, part: Quantity, share: Quantity,
                      total: Quantity) -> bool:
    """累计完成投资1.26亿元，占计划投资2.1亿元的60%，其中老旧小区改造完成投资8600万元，占68.25%:
    the part's own breakdown total (before 其中) gives the share, so it is the base meant."""
    for whole, parts, _strength in text_breakdowns(text):
        if any(p is part_group for p in parts):
            own = whole.by_unit().get(part.base_unit)
            return own is not None and own is not total and own.exact \
                and not own.interval.contains_zero() \
                and judge_ratio(part.interval, own.interval, share, 100) is None
    return False


def another_so_named_fits(groups, before: int, part: Quantity, share: Quantity, total: Quantity,
                          so_named, text: str) -> bool:
    """户籍总人口171.5万人，其中，某区（不含高新区）户籍总人口为159.4万人。…占总人口的24.6%: two figures
    of the paragraph bear the base's name; the share holds on the other one."""
    para_start = text.rfind("\n", 0, groups[before].start) + 1
    for j in range(before, -1, -1):
        g = groups[j]
        if g.start < para_start:
            break
        q = figure_in(g, part.base_unit)
        if q is None or q is total or q is part or not q.exact or q.interval.contains_zero() \
                or is_comparison(g.label) or is_previous_level(g.label) or not so_named(g.label):
            continue
        if judge_ratio(part.interval, q.interval, share, 100) is None:
            return True
    return False


def names_the_part(label: str, who: str) -> bool:
    """其中农业人口27000人，非农业人口4600人，农业人口占85.4%: the part before is so named, not a word
    that only ends alike (非农业人口 is the rest of 农业人口)."""
    words = label.rstrip(" \u3000，,、为有共达")
    if not words.endswith(who) and who.endswith("额") and len(who) >= 3:
        # 已征收49.84万元，征收额占应征额的…: the amount of what was done (not 应征收, the amount due)
        stem = who[:-1]
        return words.endswith(stem) and words[-len(stem) - 1:-len(stem)] not in ("应", "未", "非", "不")
    if not words.endswith(who) and who.endswith(("人口", "人数")) and len(who) >= 4:
        # 建档立卡贫困户469户1655人，贫困人口占…: the people of the households so named
        stem = who[:-2]
        ending = next((stem + w for w in ("户", "家庭") if words.endswith(stem + w)), None)
        return ending is not None and words[-len(ending) - 1:-len(ending)] not in ("非", "不", "未", "无")
    return words.endswith(who) and words[-len(who) - 1:-len(who)] not in ("非", "不", "未", "无")


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}")


def named_after_it(text: str, q: Quantity, noun: str) -> bool:
    """A figure named by the words right after it: 3862户农户 (农户…), 193名居委会成员 (…成员)."""
    m = _HAN_RUN.match(text, q.end)
    return m is not None and (m.group().startswith(noun) or m.group().endswith(noun))


#: 全镇, 本村, 全部, 所有 before a name: the report's own scope, not part of the name
SCOPE_PREFIX = re.compile(r"^(?:(?:全|本|我)(?:乡|镇|县|旗|区|市|村|社区|街道)|社区|街道|全部|全体|所有)(?=[\u4e00-\u9fff]{2})")
#: 总数, 人数 after a name: what is counted, not part of the name
COUNTING_TAIL = re.compile(r"(?:总数|总量|总人数|总户数|总额|总计|人数|户数)$")
#: scope and verbs around a figure's name (全镇共有…, …为)
SCOPE_WORDS = re.compile(r"^(?:(?:全|我|本)(?:乡|镇|村|县|区|市|街道|社区)|现有|具有|共有|共|有|其中)+|(?:共|为|有|达|计)+$")


def named_exactly(label: str, name: str) -> bool:
    """The figure's words are the name itself, scope and verbs aside (党员总数 for 占社区党员总数的)."""
    words = SCOPE_WORDS.sub("", "".join(label.split()).strip("，,、；;：:"))
    name = "".join(name.split())
    return words == name or words == SCOPE_PREFIX.sub("", name, count=1)  # 党员总数 for 占社区党员总数的


#: 三个居委会共有1973户,5477人, 全镇辖12个村共3718户11440人: the words of a population stated as
#: households and people of a place, with nothing naming a kind of them (低保, 贫困户)
_POPULATION_STATEMENT = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}(?:居委会|社区|村|镇|乡|街道|地区|辖区|全[乡镇村])|[0-9]+个(?:行政)?村(?:民小组)?|现|全)?"
    r"(?:(?:共有|共计|总计|共|有|现有|辖)(?:人口|住户|农户)?|(?:共有|有|现有)?(?:户籍|常住)?人口(?:数|总数)?(?:为|有|达|共)?"
    r"|(?:共有|有|现有)?(?:农户|户籍户数|户数)(?:为|有|共)?)$")


#: the counting word of a base's name → the unit its figure is in (低保总户数 → 户)
_COUNTED_IN = (("户数", "户"), ("人数", "人"))


def counted_as_named(label: str, q, name: str) -> bool:
    """占低保总户数的 names 年末在保低保对象698户: the name's noun (低保) in the figure's words and its
    counting word (户数) the figure's unit."""
    core = SCOPE_PREFIX.sub("", "".join(name.split()), count=1)
    for tail, unit in _COUNTED_IN:
        if core.endswith(tail) and q.base_unit == unit:
            noun = core[:-len(tail)].removesuffix("总")
            return len(noun) >= 2 and noun in "".join(label.split())
    return False


_NAMES_POPULATION = re.compile(r"人口|农户|户数")


def population_statement(groups, before, part):
    """占总人口的11.9% where no figure is named 总人口 but one statement gives the place's
    households and people together (三个居委会共有1973户,5477人): that is its population. Only
    when the text makes one such statement before the share."""
    found = None
    for g in groups[:before]:
        if g.approx or part.base_unit not in g.units:
            continue
        words = "".join(re.split(r"[，,、\s]", g.label.strip(" \u3000，,、；;：:")))
        if _POPULATION_STATEMENT.match(words) is None or (len(g.units) == 1 and not _NAMES_POPULATION.search(words)):
            continue  # (one figure alone must say it is the people or the households: 户籍人口12560人)
        q = figure_in(g, part.base_unit)
        if q is None:
            continue
        if found is not None:
            return None  # two statements: which is the population is not known
        found = q
    return found


#: 总支出, 总收入: a whole named by 总 and a two-character noun, and what may follow that noun in the
#: words of the figure itself (公共财政预算支出完成5472.90万元)
_WHOLE_BY_NOUN = re.compile(r"^总(支出|收入|投资|产值|资金|经费|费用|成本)$")
_SCOPE_OPENING = re.compile(r"(?:[0-9]{4}年[^，,]{0,6}?[，,]?)?(?:全|本|我)[乡镇县区村]|全街道")
_AFTER_NOUN = re.compile(r"(?:完成|为|达|达到|合计|共计|总计|总额|总数)?[ \u3000]*$")


def the_whole_so_named(label: str, name: str) -> bool:
    """占总支出的20.21% of 公共财政预算支出完成5472.90万元 (its list of items after 如下：): the figure
    whose words end with the noun of 总支出 (支出 in 预算支出完成)."""
    m = _WHOLE_BY_NOUN.match("".join(name.split()))
    if m is None:
        return False
    words = "".join(label.split()).rstrip("，,：:")
    end = _AFTER_NOUN.search(words)
    head = words[:end.start()]
    # said as the whole: 支出完成/合计 …, or the place's own (全镇…支出): not an item (维护费支出1105.73万元)
    return head.endswith(m.group(1)) and len(head) > 2 and (end.group().strip() != "" or _SCOPE_OPENING.match(head) is not None)

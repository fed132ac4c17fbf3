"""Shares: 共有党员361名，其中女党员80名，占22.2% — the part over the total it belongs to.

The part is the figure just before 占…%; the total is the nearest earlier figure in the same
sentence and unit that the text names as a total (共, 总, 合计, 全乡) or breaks down with 其中.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_change, is_comparison, is_previous_level
from ..groups import QuantityGroup, figure_in, group_positions, quantity_groups
from ..names import common_run
from ..intervals import format_plain
from ..registry import DocRule, Hit, TextDoc, span_of
from ..tokens import Quantity, written_sum
from .ratio_verdict import judge_ratio, unit_slip
from .breakdown_words import _core as breakdown_core
from .breakdowns import is_target_aside, part_totals
from .respective import respective_shares_of_named_totals
from .share_bases import (COUNTING_TAIL, SCOPE_PREFIX, SCOPE_WORDS, another_so_named_fits, another_total_fits, counted_as_named,
                          named_after_it, named_exactly, names_the_part, of_its_breakdown, population_statement,
                          the_whole_so_named)
from .share_lists import (listed_run, run_verdict, _ROUGHLY, _lead_words, shares_by_name, shares_of_a_fitting_base,
                          shares_of_a_stated_base, shares_of_an_exact_sum, unit_slip_hit)

#: (仅占, 只占, 已占: the share as exact as 占 alone; 约占 is read and left as rough)
_SHARE_LABEL = re.compile(r"^(?:仅占|只占|已占|占|约占|比重为|比重|所占比例为|所占比重为)")
#: (not 共 of 中共党员, 公共, 共同)
_TOTAL_LABEL = re.compile(r"(?<![公中])共(?!同|享|建|产|青|性|识|治)|合计|总数|总户数|总人口|总人数|总计|全部")
#: 占党员总数的19% / 占党员总数19%: a base ending in a counting word needs no 的
_DENOMINATOR = re.compile(r"^(?:约|仅|只|已)?占(.+?)(?:的|(?<=总数|总量|总额)$|(?<=总人数|总户数|总人口|总面积|总收入|总产值|总支出)$)")
#: 占总数的 / 占总户数的 name no particular figure: the sentence's total is meant
GENERIC_TOTALS = ("总数", "总户数", "总人数", "总人口", "总量", "全部", "总体", "总里程", "总长度", "总面积", "总规模")
_UNIT_HINTS = (("人口", "人"), ("人数", "人"), ("户", "户"), ("人", "人"))  # 户籍人口 is people


_NAMED_SHARE_LEAD = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,8}?)(?=占)")


def _listed_beside(text: str, groups, total: Quantity, part_group: QuantityGroup) -> bool:
    """The base found is the figure listed right before the part with a 、 between them."""
    k = group_positions(text).get(id(part_group))
    return k is not None and k > 0 and any(q is total for q in groups[k - 1].quantities) \
        and text[groups[k - 1].end:part_group.label_start].strip(" \u3000") in ("、",)


def _part_quantity(group: QuantityGroup, share_label: str) -> Quantity | None:
    """The figure a share is of: the only one, or the one its words name (占总户数 → 户)."""
    if len(group.quantities) == 1:
        return group.quantities[0]
    units = group.by_unit()
    for word, unit in _UNIT_HINTS:
        if word in share_label and unit in units:
            return units[unit]
    return None


#: 总人口中，男性… / 总人口中非农业1025人…: a sentence opened by the total its parts are among
_OPENS_WITH_TOTAL = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,6}?)中[，,：:]?")


def _total_for(groups: list[QuantityGroup], before: int, part: Quantity, sentence,
               share_label: str, text: str | None = None) -> Quantity | None:
    """The figure the share is of. 占总人口的 names it (a group whose words contain 总人口);
    a bare 占/占比 means the total that the sentence breaks down (共…，其中…)."""
    named = _DENOMINATOR.match(share_label)
    if named is None and _OF_A_PLAN.match(share_label):
        return None  # 其中…完成投资35.34亿元，占年度计划投资42.5%: of its own plan, not stated (the target rule's)
    name = named.group(1) if named else ""
    generic = not name or name in GENERIC_TOTALS
    found = _in_sentence(groups, before, part, sentence, name, generic, text or "")
    if found is None and text and generic:
        found = _total_before_qizhong(groups, before, part, sentence, name, text)
    if found is not None or text is None:
        return found
    if (name and not generic and not _TARGET_ONLY.fullmatch("".join(name.split()))) or name in _MEASURED_TOTALS:
        # (占任务的100.7% after 其中: each part's own task, not the task named in the paragraph)
        found = _named_in_paragraph(groups, before, part, sentence, name, text)
        if found is not None:
            return found
    opening = _OPENS_WITH_TOTAL.match(text, sentence.start)
    if opening is None or (name and not generic and not _names(opening.group(1), name)):
        return None  # (总人口中，…其中回族778人，占少数民族人口的81.89%: a base named otherwise)
    # 总人口中，男性13423人，占51.56%: the total is the figure named so earlier in the paragraph
    para_start = text.rfind("\n", 0, sentence.start) + 1
    for j in range(before - 1, -1, -1):
        g = groups[j]
        if g.start < para_start:
            break
        if g.start < sentence.start and opening.group(1) in g.label:
            return _in_unit(g, part.base_unit)
    return None


#: 占年度计划投资42.5%, 占全年任务48%: a share of a plan named without 的
_OF_A_PLAN = re.compile(r"^(?:约|仅|只|已)?占[\u4e00-\u9fff]{0,8}?(?:计划|任务|目标|预算)")
#: a base named only as a target (任务数, 全年任务, 年度计划): each indicator has its own
_TARGET_ONLY = re.compile(r"(?:全年|年度|年初|年|上级|县)?(?:下达)?(?:的)?(?:任务|计划|目标)(?:数|总数|总量)?")


#: generic names of a total that still say what is measured: looked for in the paragraph by name
#: (农村公路总里程2011.8公里。…等外公路662公里，占总里程的22.9%)
_MEASURED_TOTALS = ("总人口", "总户数", "总人数", "总里程", "总长度", "总面积")


def _total_before_qizhong(groups, before, part, sentence, name, text):
    """我乡发展党员21人。其中经济能人4人，占18.2%；致富能手5人，占22.8%: a sentence opened by 其中
    breaks down the total of the sentence just before it (same paragraph)."""
    first = before
    while first > 0 and groups[first - 1].sentence == sentence:
        first -= 1
    if first == 0 or not text[sentence.start:groups[first].start].lstrip(" \u3000").startswith("其中") \
            or "\n" in text[groups[first - 1].end:sentence.start]:
        return None
    previous = groups[first - 1].sentence
    if text[previous.end:sentence.start].strip("。！？!?；; \u3000"):
        return None  # only the sentence right before
    candidates = []
    for j in range(first - 1, -1, -1):
        g = groups[j]
        if g.sentence != previous:
            break
        q = _in_unit(g, part.base_unit)
        if q is not None and not (is_comparison(g.label) or is_previous_level(g.label) or is_target_aside(g.label)):
            candidates.append(q)
    # one figure it can be of (脱贫户426户 after 建档立卡户1200户: which one is not said)
    if len(candidates) != 1 or not candidates[0].exact:
        return None
    # …unless the part names another figure of the paragraph better (全市新签约项目219个。新建项目
    # 222个。其中来自沪苏浙的新签约项目58个: of the 219 新签约, not the 222 新建)
    own = groups[first].label
    para_start = text.rfind("\n", 0, sentence.start) + 1
    near = max((common_run(own, g.label) for g in groups[:first] if g.sentence == previous), default=0)
    other = max((common_run(own, g.label) for g in groups[:first]
                 if g.start >= para_start and g.sentence != previous), default=0)
    return None if other >= max(3, near + 1) else candidates[0]


def _base_in_bracket_after(groups, i: int, part: Quantity, share_label: str, text: str) -> Quantity | None:
    """占参保单位职工总数的94.2%（职工总数1338人）: the base the share names, given in a bracket
    right after it under that name."""
    named = _DENOMINATOR.match(share_label)
    if named is None or i + 1 >= len(groups):
        return None
    after = groups[i + 1]
    opening = (text[groups[i].end:after.label_start] + after.label).strip(" \u3000")[:1]
    if opening not in ("（", "(") or after.sentence != groups[i].sentence:
        return None
    words = "".join(after.label.split()).strip("（(：:为是")
    noun = COUNTING_TAIL.sub("", "".join(named.group(1).split()))
    if len(words) < 2 or not (words in named.group(1) or (len(noun) >= 2 and noun.endswith(words.replace("总数", "")))):
        return None
    q = _in_unit(after, part.base_unit)
    return q if q is not None and q.exact and q.interval.lo >= part.interval.lo else None


def _in_unit(g: QuantityGroup, unit: str) -> Quantity | None:
    return figure_in(g, unit)  # (2人 is a share of 党员39名)


def _names(label: str, name: str) -> bool:
    """占耕地总面积的 names 全镇耕地面积4.2万亩 (总 may be left out where the figure is stated)."""
    # a copy's pinyin glosses (總數(shù)) stand as spaces in the text read: words run on across them
    label, name = "".join(label.split()), "".join(name.split())
    core = SCOPE_PREFIX.sub("", name, count=1)  # 占社区党员总数的 names 党员总数39名: the scope is the report's
    if core.endswith("人口") and len(core) >= 4 and (_names(label, core[:-1]) or (len(core) >= 5 and _names(label, core[:-2]))):
        return True  # 占老年人口的 names 60周岁以上老年人3826人; 占少数民族人口的, 少数民族950人
    if core.endswith("面积") and len(core) >= 5 and _names(label, core[:-2]):
        return True  # 占家庭承包耕地面积的 names 其中家庭承包耕地21911亩
    reduced = core.replace("总", "")
    # 占劳动力总数的 names 农村劳动力9860人: the counting word after the name is not its name
    bare = COUNTING_TAIL.sub("", core)
    ending = label.rstrip(" \u3000，,、；;：:为有共计达")
    return bool(core) and (core in label or (len(reduced) >= 3 and reduced in label.replace("总", ""))  # (总流转面积: 流转总面积)
                           or (bare != core and len(bare) >= 2 and ending.endswith(bare)
                               # (今年新发展党员15名 is no 党员总数: those who joined this year)
                               and not _JOINED.search(ending, 0, len(ending) - len(bare)))
                           # 占收购总量的 names 共收购烟叶76.06万担: what was done, said as a total
                           or (bare != core and len(bare) >= 2 and bare in label
                               and _TOTAL_LABEL.search(label) is not None))


#: words before a noun that make it those who joined or were added in the period, not all there are
_JOINED = re.compile(r"(?:发展|新增|吸收|接收|转入|迁入|录用|招录|招聘)(?:了|的)?$")


#: the scope a base's name may open with that the figure's own name leaves out (全镇, 本村, 社区)

_PAIRED_SHARE = re.compile(r"[和、与及][0-9０-９.．]+[%％]")



_AMONG = re.compile(r"[\u4e00-\u9fff]{0,6}中[，,：:]")


def _before_bracket(groups, at: int, share, text: str) -> int:
    """已经完成178亩(其中新建58亩,续建120亩),占任务数的64%: a share after a bracket that breaks
    down the figure before it is that figure's, not the bracket's last part's."""
    if not any(c in text[groups[at].end:share.start] for c in ")）"):
        return at
    for k in range(at, -1, -1):
        if groups[k].sentence != share.sentence:
            break
        opening = max(text.rfind("(", groups[k].start, groups[at].start + 1),
                      text.rfind("（", groups[k].start, groups[at].start + 1))
        if k < at and opening >= groups[k].end and not text[groups[k].end:opening].strip(" \u3000"):
            return k
    return at


_AMONG_OPENER = re.compile(r"[^，,。；;]{0,6}(?:当中|之中|中)[，,：:]")


def _among_opener(groups, before, part, label, text):
    """在出生的215人当中，一孩出生为126人，…，占出生总数的58.60%: a sentence opened by the figure
    its parts are among; a share of 总数 there is over that figure."""
    named = _DENOMINATOR.match(label)
    if named is None or not COUNTING_TAIL.search(named.group(1)):
        return None
    sentence = groups[before].sentence
    first = next((g for g in groups if g.sentence == sentence), None)
    if first is None or first is groups[before] or not _AMONG_OPENER.match(text, first.end):
        return None
    noun = COUNTING_TAIL.sub("", named.group(1))
    if len(noun) >= 2 and any(g is not first and g.sentence == sentence
                              and g.label.strip(" \u3000，,、；;：:").startswith(noun) for g in groups[:before]):
        return None  # 3862户农户中，应改造户厕3250户，…占应改造户数的: the figure so named, not the opener
    q = _in_unit(first, part.base_unit)
    return q if q is not None and q.exact else None


def _complement_makes_100(groups, g: QuantityGroup, share: Quantity) -> bool:
    """Another share of the sentence that makes exactly 100% with this one: the two were worked
    out from the counts behind rounded figures (8.69万 / 8.55万), so their own rounding is no slip."""
    stated = Decimal(share.number)
    return any(h is not g and h.sentence == g.sentence and h.units == {"%"} and not h.approx
               and Decimal(h.quantities[0].number) + stated == 100 for h in groups)


def _has_named_share(groups, total: Quantity, sentence) -> bool:
    """The total has its own share of a named base right after it: a bare share of a part of it
    is read alike, of the part's own base."""
    for k, h in enumerate(groups[:-1]):
        if any(q is total for q in h.quantities):
            return bool(_share_of(groups[k + 1], sentence))
    return False


def _share_of(g: QuantityGroup, sentence) -> str | None:
    """The base a share group names ("" for a bare 占), None when g is no share of this sentence."""
    label = g.label.strip(" \u3000，,、；;：:（(")
    if g.units != {"%"} or g.sentence != sentence or not _SHARE_LABEL.match(label):
        return None
    named = _DENOMINATOR.match(label)
    return "".join(named.group(1).split()) if named else ""


#: a base named as the whole task (占总目标的, 占总任务的): what the sentence set out to do
_SET_OUT = re.compile(r"总(?:目标|任务)(?:数)?|(?:目标|任务)总数")


def _plans_own_part(groups, j: int, part_group: QuantityGroup) -> QuantityGroup | None:
    """The figure after the plan groups[j], in its sentence, named by a word that also names the
    share's figure (县本级 of 其中…县本级3.3亿 for 县本级配套资金3.3亿元): that part's own plan."""
    words = _HAN_ONLY.sub("", part_group.label)
    for p in groups[j + 1:]:
        if p.sentence != groups[j].sentence or p.start >= part_group.start:
            break
        name = breakdown_core(p.label)
        if len(name) >= 2 and name in words:
            return p
    return None


def _work_set_out(groups, before: int, part: Quantity, sentence) -> Quantity | None:
    """对14000座厕所进行改厕，已完成9804座，占总目标的70.5%: the work set out — the figure of the
    sentence named a plan or task (共有14000座，计划改造9000座，已完成6300座: the 9000), else the one
    figure before in the part's unit; None when neither says which."""
    before_it = [q for g in groups[:before] if g.sentence == sentence and not is_comparison(g.label)
                 for q in [_in_unit(g, part.base_unit)] if q is not None and q.interval.lo >= part.interval.hi]
    planned = [q for g in groups[:before] if g.sentence == sentence and _PLAN_AFTER_NAME.search(g.label)
               for q in [_in_unit(g, part.base_unit)] if q is not None and q in before_it]
    if planned:
        return planned[-1]
    return before_it[0] if len(before_it) == 1 else None


def _in_sentence(groups, before, part, sentence, name, generic, text=""):
    if _SET_OUT.fullmatch("".join(name.split())) and "完成" in groups[before].label:
        return _work_set_out(groups, before, part, sentence)
    for j in range(before - 1, -1, -1):
        g = groups[j]
        if g.sentence != sentence:
            break
        q = _in_unit(g, part.base_unit)
        if q is None or is_comparison(g.label) or is_previous_level(g.label):
            continue  # 比上年的2.12万亩增加0.26万亩，其中…占68.9%: not the total the share is of
        if generic and is_target_aside(g.label):
            continue  # 收入3862万元，完成年度预算5200万元的74.3%，其中…占78.1%: the target is no total
        if j + 1 < before and _share_of(groups[j + 1], sentence) == "".join(name.split()):
            # 大专党员28名占党员总数20%、高中党员68名占党员总数47%: a sibling part with its own share of
            # the same base (老年人3826人，占总人口的19.7%；…占老年人口的7.4%: a base, its share of another)
            continue
        if not generic:
            if _names(g.label, name) and _TARGET_ONLY.fullmatch("".join(name.split())):
                own = _plans_own_part(groups, j, groups[before])
                if own is not None:
                    # 计划投入15.62亿元，其中…县本级3.3亿…；县本级配套资金3.3亿元…，占计划的100%: of 县本级's plan
                    return _in_unit(own, part.base_unit)
            if _names(g.label, name):
                if COUNTING_TAIL.search(name) and text and g.start in part_totals(text):
                    continue  # 占出生总数的: the total the parts are of, not the part 其中一孩出生为126人
                if not named_exactly(g.label, name):
                    exact = _exactly_named_before(groups, j, part, sentence, name)
                    if exact is not None:
                        return exact  # 有党员601名，男党员511名，女党员90名，占党员的15%: 党员, not 男党员
                return q
            continue
        among = _OPENS_WITH_TOTAL.match(g.label.lstrip(" \u3000，,"))  # 总人口中非农业1025人: 总人口 is the opening's
        own_words = g.label.lstrip(" \u3000，,")[among.end():] if among and g.label_start == g.sentence.start else g.label
        if _TOTAL_LABEL.search(own_words) or _broken_down_after(groups, j, before, part.base_unit) \
                or _AMONG.match(text, g.end):
            return q  # 共…, …其中, 全镇2000户农户中，…
        noun = SCOPE_WORDS.sub("", "".join(own_words.split()).strip("，,、；;：:"))
        part_words = _HAN_ONLY.sub("", groups[before].label)
        if name and len(noun) >= 2 and part_words.endswith(noun) and len(part_words) > len(noun):
            return q  # 有劳动力19081人，外出劳动力8209人，占总数的43.1%: 外出劳动力 are some of the 劳动力
            # (a bare 占 after two such figures names no total: 全乡党员361名，女党员80名，占25.2%)
    return None








def _exactly_named_before(groups, j, part, sentence, name):
    """The figure of the sentence, before groups[j], named by the share's noun alone."""
    for i in range(j - 1, -1, -1):
        g = groups[i]
        if g.sentence != sentence:
            return None
        q = _in_unit(g, part.base_unit)
        if q is not None and named_exactly(g.label, name) and not is_comparison(g.label):
            return q
    return None


def _sibling_total(groups, before, part, text):
    """其中省外资金7.42亿元，占到位资金的60.0%。市外资金9.86亿元，占比78.8%: a bare 占比 after a
    sibling part's share of a named total is of the same total. Only the nearest share before
    it, in its sentence or the one before, is looked at; any other figure in between, or a
    sibling in another unit, and the base is not known."""
    sentence = groups[before].sentence
    j = before - 1
    if j >= 0 and groups[j].sentence == sentence and groups[j].units != {"%"}:
        return None  # the part is not the first figure of its clause run: 共…，其中… is read above
    if _lead_words(groups[before].label).startswith("其中") or _AMONG.match(text, sentence.start):
        return None  # 其中有劳动力的312户，占比73.2%: a part of the sibling, not one more sibling
    while j >= 1:
        g = groups[j]
        if g.units != {"%"}:
            return None
        label = g.label.strip(" ，,、；;：:（(")
        named = _DENOMINATOR.match(label)
        if not named and _SHARE_LABEL.match(label) and not _ROUGHLY.search(label):
            if g.sentence == sentence:  # 女性59人，占比77.7%；男性17人，占比22.3%: past the sibling before
                j -= 2
                continue
            return _split_again(groups, before, part, j, text)
        if not named or named.group(1) in GENERIC_TOTALS or _ROUGHLY.search(label):
            return None
        sibling = _part_quantity(groups[j - 1], label)
        if sibling is None or sibling.base_unit != part.base_unit or not sibling.exact:
            return None
        if g.sentence != sentence and (text[g.sentence.end:sentence.start].strip("。！？!?；; \u3000")
                                       or "\n" in text[g.end:sentence.start]):
            return None  # only the sentence just before, in the same paragraph
        total = _total_for(groups, j - 1, sibling, g.sentence, label, text)
        return (total, sibling) if total is not None else None
    return None


def _split_again(groups, before, part, j, text):
    """成员共76人，其中大专54人，占比71%；本科19人，占比25%；研究生3人，占比4%。女性59人，占比77.7%；男性17人，
    占比22.3%: a sentence of parts each with a bare 占比, right after a sentence whose last part's
    share holds on its total, splits that total again when its parts make the total exactly."""
    sentence, previous = groups[before].sentence, groups[j].sentence
    if text[previous.end:sentence.start].strip("。！？!?；; \u3000") or "\n" in text[groups[j].end:sentence.start]:
        return None  # only the sentence just before, in the same paragraph
    label = groups[j].label.strip(" ，,、；;：:（(")
    sibling = _part_quantity(groups[j - 1], label) if _SHARE_LABEL.match(label) else None
    if sibling is None or not sibling.exact or sibling.base_unit != part.base_unit:
        return None
    total = _total_for(groups, j - 1, sibling, previous, label, text)
    if total is None or not total.exact or judge_ratio(sibling.interval, total.interval, groups[j].quantities[0], 100):
        return None
    parts = []
    for k in range(j + 1, len(groups)):
        g = groups[k]
        if g.sentence != sentence:
            break
        if g.units == {"%"}:
            share_label = g.label.strip(" ，,、；;：:（(")
            one = _part_quantity(groups[k - 1], share_label) if _SHARE_LABEL.match(share_label) \
                and not _DENOMINATOR.match(share_label) and groups[k - 1].sentence == sentence else None
            if one is None or one.base_unit != part.base_unit:
                return None
            parts.append(one)
    if len(parts) < 2 or part not in parts or written_sum(parts) != written_sum([total]):
        return None
    return total, sibling


_HAN_ONLY = re.compile(r"[^\u4e00-\u9fff]")


_POPULATION_TOTALS = ("总人口", "总户数")


_PLAN_AFTER_NAME = re.compile(r"预算|任务|计划|目标")
#: a figure per something (亩产292公斤, 人均1.2亩): no part a share is of
_PER_UNIT = re.compile(r"(?:亩产|单产|亩均|人均|户均|均价|平均)[\u4e00-\u9fff]{0,4}[为达]?$")


def _named_elsewhere(groups, before, part, name, text=""):
    """占户籍人口的4.2% with 全镇户籍人口6315户21640人 stated sections earlier: a base named by
    a specific name (not 总数) and stated once, in the part's unit, anywhere before (or named by
    the words right after it: 占农户总数的 with 全乡11个行政村、3862户农户)."""
    if (name in GENERIC_TOTALS and name not in _POPULATION_TOTALS) or len(name) < 3:
        return None  # (总人口 / 总户数 name the township's one population figure: looked for anywhere)
    if _TARGET_ONLY.fullmatch("".join(name.split())):
        return None  # 其中工业投资7198万元，占任务数的48%: its own task, not another indicator's stated elsewhere
    found = None
    parts_named: list = []
    noun = COUNTING_TAIL.sub("", SCOPE_PREFIX.sub("", "".join(name.split()), count=1))
    for g in groups[:before]:
        if g.approx or is_comparison(g.label) or is_previous_level(g.label) \
                or (text and _another_year(text, g.sentence, groups[before].sentence)):
            continue
        q = _in_unit(g, part.base_unit)
        if q is None or q.interval.hi < part.interval.lo:
            continue  # (其中特困党员6人 is no base of 25名: a base holds its part)
        if not _names(g.label, name) and not (text and len(noun) >= 2 and noun != name
                                              and named_after_it(text, q, noun)) \
                and not counted_as_named(g.label, q, name) and not the_whole_so_named(g.label, name):
            continue
        if _PLAN_AFTER_NAME.search(g.label[g.label.find(noun) + len(noun):] if noun in g.label else ""):
            continue  # 一般公共预算收入完成年初预算4100万元: the year's budget for it, not the figure
        if text and g.start in part_totals(text) and part_totals(text)[g.start] is not g:
            parts_named.append(q)  # 其中：来信23件，…网上信访65件: a part of the total so named,
            continue               # passed over when another figure is so named
        if found is not None and found.number != q.number:
            return None  # two figures so named: which one is meant is not known
        found = q
    if found is None and len({q.number for q in parts_named}) == 1:
        found = parts_named[0]  # 其中农业人口184人，劳动力106人 … 占劳动力的27%: the one so named
    if found is None and SCOPE_PREFIX.sub("", "".join(name.split()), count=1) in _POPULATION_TOTALS:
        found = population_statement(groups, before, part)  # (占全镇总户数的 too)
    return found


def _broken_down_after(groups, j: int, before: int, unit: str) -> bool:
    """…，其中… follows the figure at j: right after it, or after figures in other units only
    (衔接资金1856万元，实施产业项目22个，其中用于产业发展的资金1142万元，占比63.5%)."""
    for m in range(j + 1, min(before, len(groups) - 1) + 1):
        h = groups[m]
        if h.label.strip(" \u3000，,、；;：:").startswith("其中"):
            return True
        if unit in h.units and not is_target_aside(h.label) and not is_comparison(h.label) \
                and not is_previous_level(h.label):
            return False
    return False


def _named_in_paragraph(groups, before, part, sentence, name, text):
    """占总人口的43.6% with 总人口40260人 stated in an earlier sentence of the paragraph."""
    para_start = text.rfind("\n", 0, sentence.start) + 1
    nearest = None
    for j in range(before - 1, -1, -1):
        g = groups[j]
        if g.start < para_start:
            break
        if g.sentence != sentence and _names(g.label, name):
            q = _in_unit(g, part.base_unit)
            if q is None or _other_scope(name, g.label) or is_previous_level(g.label) or is_comparison(g.label):
                continue  # (实际移栽面积较上年的22161亩: last year's area, not the one the share is of)
            if _another_year(text, g.sentence, sentence):
                continue  # 今年…二孩出生5.9万人，占出生总数的63% … 2016年…共出生二孩6.44万人: another year's
            if nearest is None:
                nearest = _total_of_list(groups, j, q, name) or q
            label = g.label.strip(" \u3000，,、；;：:")
            if nearest is not q or label.startswith("其中"):
                # 共有党员143名，其中女党员26名。…占党员总数19%: a part whose name ends alike is passed
                # over for the total before it, named so or by 共/总
                if named_exactly(label, name) or (_TOTAL_LABEL.search(label) and not label.startswith("其中")):
                    return q
    return nearest


#: a year a sentence is of (not 比2022年…, a comparison's; not 截至2023年底, a stock at its end)
_YEAR = re.compile(r"(?<![比较与])(?:19|20)\d\d(?=年)(?!年底|年末)")
_THIS_YEAR = re.compile(r"今年|本年|当年")


def _another_year(text: str, candidate, sentence) -> bool:
    """The candidate's sentence names a year and the share's names another (or 今年 and no year)."""
    theirs = set(_YEAR.findall(text, candidate.start, candidate.end))
    ours = set(_YEAR.findall(text, sentence.start, sentence.end))
    return bool(theirs) and ((bool(ours) and not theirs & ours)
                             or (not ours and _THIS_YEAR.search(text, sentence.start, sentence.end) is not None))


_VILLAGE_SCOPE = re.compile(r"^(?:(?:本|全|该|我)(?:村|社区|居委会)|社区|居委会)")
_TOWNSHIP_SCOPE = re.compile(r"^(?:全|本|我)?(?:乡|镇|街道|县)|^全[乡镇县区]")


def _other_scope(name: str, label: str) -> bool:
    """占本村户籍人口的 is not of 全乡户籍人口14530人: a village's (or a community's) base, and a
    township's figure so named."""
    words = label.strip(" \u3000，,、；;：:")
    return _VILLAGE_SCOPE.match(name) is not None and _TOWNSHIP_SCOPE.match(words) is not None


def _total_of_list(groups, j: int, q, name: str):
    """受理信访事项186件，来信23件，来访98件，网上信访65件。…占信访总量的: a name ending in 总量/总数
    found on the last item of a list is of the figure the list adds up to (exactly), first in its
    sentence; None when that does not hold."""
    if not COUNTING_TAIL.search(name):
        return None
    same = [h for h in groups if h.sentence == groups[j].sentence and q.base_unit in h.by_unit()]
    if len(same) < 3 or same[0] is groups[j]:
        return None
    first, rest = same[0].by_unit()[q.base_unit], [h.by_unit()[q.base_unit] for h in same[1:]]
    if not first.exact or any(not r.exact for r in rest):
        return None
    total = sum(Decimal(r.number) * r.factor for r in rest)
    return first if total == Decimal(first.number) * first.factor else None


def check_shares(doc: TextDoc):
    groups = list(quantity_groups(doc.text))
    unbased: list[tuple[QuantityGroup, Quantity]] = []  # (share, part) with a bare 占 and no base found
    unit_slips: dict[tuple, tuple[Quantity, list]] = {}  # (base, power of ten) → shares that fit it so
    held: dict = {}  # sentence → the bases its shares hold on
    for i, g in enumerate(groups):
        if i < 2 or g.units != {"%"} or g.approx:
            continue
        label = g.label.strip(" ，,、；;：:（(")
        who = _NAMED_SHARE_LEAD.match(label)
        named_at = None
        if who is not None and len(who.group("who")) >= 2 \
                and doc.text[groups[i - 1].end:g.label_start].strip(" \u3000") in ("，", ","):
            # 其中脱贫户714户，脱贫户占全部农户的11.1%: the part named again (or one before it in the
            # sentence: 其中农业人口27000人，非农业人口4600人，农业人口占85.4%)
            named_at = next((j for j in range(i - 1, max(-1, i - 4), -1) if groups[j].sentence == g.sentence
                             and names_the_part(groups[j].label, who.group("who"))), None)
            if named_at is not None:
                label = label[who.end("who"):]
        if not _SHARE_LABEL.match(label) or g.gap_has_clause or is_change(label):
            continue  # (占比较上一届提高16%: a change of the share, not a share)
        if _PAIRED_SHARE.match(doc.text, g.end):
            continue  # 分别为485人和36人，占党员总数的比重为93.09%和6.91%: matched in order (respective.py)
        at = named_at if named_at is not None and named_at != i - 1 else _before_bracket(groups, i - 1, g, doc.text)
        back = at
        if back > 0 and "%" in groups[back].units and is_change(groups[back].label) \
                and is_comparison(groups[back - 1].label):
            back -= 1  # 参加失业保险1236人，比上年增加108人，增长9.6%，占…的94.2%: past the change and its rate
        if is_comparison(groups[back].label) and back > 0 and groups[back - 1].sentence == g.sentence \
                and not is_comparison(groups[back - 1].label) and "%" not in groups[back - 1].units:
            at = back - 1  # 一孩出生为126人，比去年同期增加7人，占出生总数的58.60%: the level's share, not the change's
        while at > 0 and _PER_UNIT.search(groups[at].label) and groups[at - 1].sentence == g.sentence:
            at -= 1  # 总产3292吨，亩产292公斤，占粮食总产量的30.2%: the share is the 总产's, not the yield's
        prev = groups[at]
        if prev.sentence != g.sentence or "%" in prev.units or prev.approx or is_comparison(prev.label):
            continue
        part = _part_quantity(prev, label)
        if part is None or not part.exact:
            continue
        if _ROUGHLY.search(label):
            continue  # 约占党员总数的5%: a rough share says nothing exact
        total = _base_in_bracket_after(groups, i, part, label, doc.text) or \
            _among_opener(groups, at, part, label, doc.text) or \
            _total_for(groups, at, part, g.sentence, label, doc.text)
        if total is not None and total.exact and part.interval.lo > total.interval.hi:
            step = unit_slip(part, total, g.quantities[0])
            if step is not None:  # 1137万元 of 总投资0.7094万元, 占16.03%: 0.7094亿元 meant
                unit_slips.setdefault((total.start, step), (total, []))[1].append((g.quantities[0], part))
                continue
            total = None  # 共发展新党员17人，…党员有25名，占党员总数70%: no base of the part; look further
        far = False
        sibling = None
        if total is None and not _DENOMINATOR.match(label):
            total, sibling = _sibling_total(groups, at, part, doc.text) or (None, None)
        elif total is None:
            total = _named_elsewhere(groups, at, part, _DENOMINATOR.match(label).group(1), doc.text)
            far = total is not None
        if total is None and (not _DENOMINATOR.match(label)
                              or "".join(_DENOMINATOR.match(label).group(1).split()).endswith(("总量", "总数"))):
            unbased.append((g, part))  # (占总量的52.84%, 占承办总数的26.8%: of whatever the listed parts make)
        if total is None or not total.exact or total.interval.contains_zero():
            continue
        if part.interval.lo > total.interval.hi:
            continue  # a part larger than its total: the figures were paired wrongly
        if _listed_beside(doc.text, groups, total, prev):
            continue  # 男党员447名、女党员146名，女党员占党员总数的24.6%: a part beside it, not its base
        if total is not part and total.number == part.number and total.base_unit == part.base_unit \
                and Decimal(g.quantities[0].number) < 99:
            continue  # 少数民族党员952名 … 少数民族952名，占党员总数的52.4%: the part stated twice, not its base
        if not _DENOMINATOR.match(label) and _has_named_share(groups, total, g.sentence):
            continue  # 老年人口84.77万人，占总人口的14.7%，其中市区24.24万人，占15.93%: of 市区's own 总人口
        share = g.quantities[0]
        verdict = judge_ratio(part.interval, total.interval, share, 100)
        if verdict is None:
            held.setdefault(g.sentence, []).append(total)
        named = _DENOMINATOR.match(label)
        specific = named is not None and "".join(named.group(1).split()) not in GENERIC_TOTALS
        if verdict is None or (not specific and of_its_breakdown(doc.text, prev, part, share, total)) \
                or (not _DENOMINATOR.match(label) and another_total_fits(groups, at, part, share, total)) \
                or (named is not None and another_so_named_fits(
                    groups, at, part, share, total, lambda label_: _names(label_, named.group(1)), doc.text)):
            continue
        severity, expected = verdict
        step = unit_slip(part, total, share) if severity == "info" else None
        if step is not None:  # 种植业收入66.79元，占总收入（74.88万元）的89.2%: 66.79万元 meant
            yield unit_slip_hit(doc, [(share, part)], total, step)
            continue
        run = listed_run(doc.text, groups, at, part) if not _DENOMINATOR.match(label) or named else []
        together = run_verdict(run, total, share) if run else None
        if together is not None and together[0] is None:
            continue  # 36~45岁的2人，46~54岁的12人，55~59岁的17人，占党员总数的52.5%: the list's together
        if together is not None and abs(together[1].mid / total.interval.mid * 100 - Decimal(share.number)) \
                < abs(part.interval.mid / total.interval.mid * 100 - Decimal(share.number)):
            severity, expected = together[0]  # nearer with the list together: say so
            alike = all(q.unit == total.unit for q in run)  # (1.20万人 + 3000人: each with its unit)
            terms = " + ".join(q.number if alike else q.shown for q in run)
            whole = format_plain((together[1].mid / total.factor).normalize())
            yield Hit(span_of(doc, share), f"占比填写为 {share.shown}，按 {terms} = {whole} {total.unit} ÷ {total.shown} "
                      f"计算应为 {expected}%", severity, (span_of(doc, part), span_of(doc, total)))
            continue
        if severity == "warning" and not (part.exact and total.interval.lo == total.interval.hi
                                          and part.interval.lo == part.interval.hi) \
                and _complement_makes_100(groups, g, share):
            continue  # 男性8.69万人，占50.40%；女性8.55万人，占49.60%: computed from the counts, not the 万
        if far or sibling is not None:
            if severity == "info":
                continue  # far off on a base worked out this way: the base is not the one meant
            if sibling is not None and judge_ratio(part.interval, sibling.interval, share, 100) is None:
                continue  # 水田2.94万亩，占耕地面积的70%。种植水稻2.1万亩，占比71.4%: of the sibling
            severity = "warning"  # the base is the one figure so named, paragraphs away, or a sibling's
        base = f"{_DENOMINATOR.match(label).group(1)} " if far else ""  # say which figure, stated far away
        message = (f"占比填写为 {share.shown}，按 {part.shown} ÷ {base}{total.shown} 计算应为 {expected}%")
        yield Hit(span_of(doc, share), message, severity,
                  (span_of(doc, part),
                   span_of(doc, total)))
    for (_, step), (total, shares) in unit_slips.items():
        yield unit_slip_hit(doc, shares, total, step)
    yield from shares_of_an_exact_sum(doc, groups, unbased, held)
    yield from shares_of_a_fitting_base(doc, groups, unbased, held)
    yield from respective_shares_of_named_totals(doc, groups)
    if "占" in doc.text:
        yield from shares_by_name(doc, groups)
        yield from shares_of_a_stated_base(doc, groups)


SHARE_RULE = DocRule(
    id="share",
    severity="error",
    title="占比与分子分母不符",
    check=check_shares,
    failing=(
        # the amount of what was done, named again as …额 before 占
        "应征额63.62万元，已征收49.84万元，征收面达100%，征收额占应征额的78.28%。",
        # a part whose 万 was left off: the digits agree, 10⁴ times over
        "该村农村经济总收入74.88万元，其中：种植业收入66.79元，占总收入的89.2%；畜牧业收入4.4万元，占总收入的5.88%。",
        # the people of the households so named, named again as 人口 before 占
        "全镇农业人口11088人，全镇有建档立卡贫困户469户1655人，贫困人口占农业人口的14.92%。",
        "全镇共有农村劳动力9860人，其中外出务工4215人，占劳动力总数的45.7%。",
        "全乡共有党员361名，其中女党员80名，占25.2%。",
        "全乡总人口11440人，未脱贫596人，占总人口的0.8%。",
        "年度任务2.8亿元，完成固定资产投资1.5亿元，占年度任务的50%。",
        "全乡共有3718户11440人，其中脱贫户426户1506人，占总户数的15%。",
        "全镇2000户农户中，已有1173户加入农民专业合作社，占58.6%。",
        "全镇耕地面积4.2万亩，其中水田2.94万亩，占耕地总面积的76%。",
        "全镇总人口40260人，居住着苗、布依、汉等民族。少数民族人口18642人，占总人口的43.6%。",
        "全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.65%和48.44%。",
        "全镇户籍人口6315户21640人。\n全镇持证残疾人864人，占户籍人口的4.2%。",
        "全年到位资金12.36亿元。其中省外资金7.42亿元，占到位资金的60.0%。市外资金9.86亿元，占比78.8%。",
        "累计完成投资1.26亿元，占计划投资2.1亿元的60%，其中老旧小区改造完成投资8600万元，占完成投资的68.52%。",
        "全年发展党员23名，其中女性8名、35周岁以下的17名、大专以上学历的11名；女性占34.78%，35周岁以下的占73.19%。",
        "全年评选星级党支部共22个，占全镇党支部总数（28个）的78.5%。",
        "全村农户共240户，低收入户3户，其中务工收入为主的108户，占45.5%；种养收入为主的62户，占25.8%；"
        "经营收入为主的35户，占14.6%；其他收入为主的18户，占7.5%。",
        "全村有党员36人，平均年龄54岁，其中特困党员6人。\n今年共发展新党员17人，联系农户的党员有25名，占党员总数70%。",
        "全镇参加失业保险1236人，比上年增加108人，增长9.6%，占参保单位职工总数的94.2%（职工总数1338人）。",
        "全镇耕地面积26038亩，其中家庭承包耕地21911亩；已流转土地9545亩，占家庭承包耕地面积的36.7%。",
        "全镇共有农户6446户，其中脱贫户714户，脱贫户占全部农户的12.5%。",
        "全镇粮食总产量19236吨，比上年增加573吨，占全县粮食总产量78282吨的26.4%。",
        "全镇总人口3.16万人，其中农业人口27000人，非农业人口4600人，农业人口占88.4%。",
        "粮食总产量10883吨。其中高粱种植11275亩，总产3292吨，亩产292公斤，占粮食总产量的31.2%。",
        "全年实施重点项目11个，总投资1.0143万元。按资金来源分，群众自筹5513万元，占总投资的54.35%，中央衔接资金409万元，占总投资的4.03%。",
        "山区有林地面积达到203.1万亩.占宜林地面积352.1万亩的57.6%,森林覆盖率达到38.4%.",
        "本周共上报事件信息1474件，总体办结率83.11%。从事件主要类别看：城市管理类143件，占9.71%；公共安全类449件，占30.46%；环境保护类21件，占1.42%；矛盾纠纷类229件，占15.54%。",
        "该镇家庭承包耕地流转总面积为62130.63亩。\n全镇目前实施23个扶贫项目，共租赁土地1.31万亩，占全镇总流转面积的20%。",
        "今年以来，我区对全区24个行政村的14000座厕所进行农村改厕，目前已完成9804座，占总目标的70.5%。",
        "经测算，全县16项民生实事计划投入15.62亿元，其中中央及省市以上6.57亿元、县本级3.3亿元、乡镇及其他5.75亿元；县本级配套资金3.1亿元已到位，占计划的100%。",
        "全县共有农村户厕14000座，今年计划改造9000座，已完成6300座，占总目标的72%。",
        "全镇总人口27273人。总人口中，汉族26323人，占96.52%；少数民族950人，占3.48%，其中回族778人，占少数民族人口的80.89%。",
        "2024年上半年度，全镇公共财政预算支出完成5472.90万元，主要预算项目执行情况如下：\n1、一般公共服务支出534.06万元，占总支出的9.76%。\n2、维护费支出1105.73万元，占总支出的20.21%。",
        "土地总面积20,082平方公里，其中草场总面积17,819平方公里，占全旗土地面积的88.8%。",
        "今年新发展党员15名，其中女党员6名，占发展党员总数的45%。",
        "今年我乡发展党员21人，高中及以上文化8人，占36%；初中及以下文化13人，占64%。",
        "我乡发展党员21人,文化结构方面,高中及以上文化8人,占38%;初中及以下文化13人,占62%。其中经济能人4人,占18.2%;致富能手5人占23.8%。",
        "全镇党员59人。党员年龄结构：35岁以下的19人，占党员总数的32.2%，36~45岁的2人，46~54岁的12人，55~59岁的17人，占党员总数的55.4%。",
        "全乡农业总产值9515万元，其中种植业产值6407万元，畜牧业总产值3108万元，占农业总产值的2.7%。",
        "截至2011年末，全乡总人口有57496人。18岁以下15892人，占27.6%；18—35岁17848人，占31.1%；35—60岁17329人，占30.1%；60岁以上6429人，占11.2%。",
        # another split of the same total between them
        "截至2011年末，全乡总人口有57496人，其中城镇常住人口4220人。总人口中，男性29327人，占51%；女性28169人，占49%。"
        "18岁以下15892人，占27.6%；18—35岁17848人，占31.1%；35—60岁17329人，占30.1%；60岁以上6429人，占11.2%。",
        "全镇劳动力25000人。外出务工1.20万人，本地就业3000人，占劳动力总数的62%。",
    ),
    passing=(
        "应征额63.62万元，已征收49.84万元，征收面达100%，征收额占应征额的78.34%。",
        "全镇农业人口11088人，全镇有建档立卡贫困户469户1655人，贫困人口占农业人口的14.93%。",
        "全镇农业人口11088人，全镇有非贫困户3020户9433人，贫困人口占农业人口的14.93%。",
        "全镇共有农户6446户，其中脱贫户714户，脱贫户占全部农户的11.1%。",
        "全镇粮食总产量19236吨，比上年增加573吨，占全县粮食总产量78282吨的24.6%。",
        "全镇现有男党员447名、女党员146名，女党员占党员总数的24.6%。",
        "全村有党员36人，平均年龄54岁，其中特困党员6人。\n今年共发展新党员17人，联系农户的党员有25名，占党员总数69.4%。",
        "全镇参加失业保险1236人，比上年增加108人，增长9.6%，占参保单位职工总数的92.4%（职工总数1338人）。",
        # a part's own task, not another indicator's task stated in another paragraph
        "完成规模工业增加值10764万元，占任务数16900万元的63.7%。\n完成固定资产投资22166万元（其中工业投资7198万元，占任务数的48%）。",
        "按期转正预备党员15名。评选“优秀共产党员”56名，约占党员总数的5%。",
        "按期转正预备党员15名。评选“优秀共产党员”56名，占党员总数的5%。",
        "全镇茶园面积2.38万亩，比上年的2.12万亩增加0.26万亩，其中投产茶园1.64万亩，占68.9%。",
        "全镇共有农村劳动力9860人，其中外出务工4215人，占劳动力总数的42.7%。",
        "全乡共有党员361名，其中女党员80名，占22.2%。",
        "全乡总人口11440人，未脱贫596人，占总人口的5.21%。",
        "全乡共有3718户11440人，其中脱贫户426户1506人，占总户数的11.5%。",
        "全乡共有党员361名，其中女党员约80名，占25%。",
        "女党员80名，占25%。",
        "其中女党员80名，占比超过20%。",
        "完成地区生产总值3.2亿元，同比增长8.5%；完成固定资产投资1.5亿元，占全年任务的52.3%。",
        "全乡生产总值3.2亿元，工业产值1.5亿元，占22%。",
        "全镇2000户农户中，已有1173户加入农民专业合作社，占58.7%。",
        "全镇耕地面积4.2万亩，其中水田2.94万亩，占耕地总面积的70%。",
        "全镇总人口40260人，居住着苗、布依、汉等民族。少数民族人口18642人，占总人口的46.3%。",
        "全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.56%和48.44%。",
        "全镇总户数6473户，总人口25440人。农业户6053户，农业人口24844人，分别占总户数和总人口的93.51%和97.66%。",
        "全镇户籍人口6315户21640人。\n全镇持证残疾人864人，占户籍人口的4.0%。",
        "2020年全镇户籍人口21000人。2021年全镇户籍人口21640人。\n全镇持证残疾人864人，占户籍人口的4.2%。",
        "全年到位资金12.36亿元。其中省外资金7.42亿元，占到位资金的60.0%。市外资金9.86亿元，占比79.8%。",
        "全年到位资金12.36亿元。其中省外资金7.42亿元，占到位资金的60.0%。\n市外资金9.86亿元，占比78.8%。",
        "全乡建档立卡户1200户，脱贫户426户，占建档立卡户的35.5%。其中有劳动力的312户，占比73.2%。",
        "全镇耕地面积4.2万亩，水田2.94万亩，占耕地面积的70%。今年种植水稻2.1万亩，占比71.4%。",
        "累计完成投资1.26亿元，占计划投资2.1亿元的60%，其中老旧小区改造完成投资8600万元，占68.25%。",
        "一般公共预算收入3862万元，完成年度预算5200万元的74.3%，其中税收收入3015万元，占78.1%。",
        "全年发展党员23名，其中女性8名、35周岁以下的17名、大专以上学历的11名；女性占34.78%，35周岁以下的占73.91%。",
        "全年评选星级党支部共22个，占全镇党支部总数（28个）的78.6%。",
        "全村农户共240户，低收入户3户，其中务工收入为主的108户，占45%；种养收入为主的62户，占25.8%；"
        "经营收入为主的35户，占14.6%；其他收入为主的18户，占7.5%。",
        # two of four fit 240 and two do not: of some figure not stated, not slips on 240
        "全村农户共240户，低收入户3户，其中务工收入为主的108户，占41.5%；种养收入为主的62户，占25.8%；"
        "经营收入为主的35户，占14.6%；其他收入为主的18户，占6.9%。",
        "年末辖区户籍总人口171.5万人，比上年增加1.58万人，其中，城区（不含高新区）户籍总人口为159.4万人。全年出生人口2.46万人。18岁以下人口39.16万人，占总人口的24.6%；60周岁以上人口23.54万人，占总人口的14.8%。",
        "全镇总人口3.16万人，其中农业人口27000人，非农业人口4600人，农业人口占85.4%。",
        "全年到位外省资金突破700亿元，累计实现702.76亿元。其中实际到位外省资金为447.96亿元，占全部到位外省资金的比重达63.7%。",
        "粮食总产量10883吨。其中高粱种植11275亩，总产3292吨，亩产292公斤，占粮食总产量的30.2%。",
        "实际移栽24780亩。实际移栽面积较上年的22161亩增加2619亩。51—100亩连片面积4645亩，占总移栽面积的19%；101—200亩连片面积14044亩，占总移栽面积的57%。",
        "人均财政收入为172元，仅占全省人均的15.8%；人均生产总值3961元，仅占全省的30.8%；城镇居民人均可支配收入和农民人均纯收入分别占全省的81.7%、79.3%。",
        "全年实施重点项目11个，总投资1.0143亿元。按资金来源分，群众自筹5513万元，占总投资的54.35%，中央衔接资金409万元，占总投资的4.03%。",
        "山区有林地面积达到203.1万亩.占宜林地面积352.1万亩的57.7%,森林覆盖率达到38.4%.",
        "全镇耕地面积2.3万亩。占全县耕地面积15.2万亩的15.1%。",
        "完成造林1820亩，其中：湿地松603亩，杨树390亩，其他827亩。占市局下达任务1500亩的121%。",
        "本周共上报事件信息1474件，总体办结率83.11%。从事件主要类别看：城市管理类143件，占9.70%；公共安全类449件，占30.46%；环境保护类21件，占1.42%；矛盾纠纷类229件，占15.54%。",
        "该镇家庭承包耕地流转总面积为62130.63亩。\n全镇目前实施23个扶贫项目，共租赁土地1.31万亩，占全镇总流转面积的21%。",
        "今年以来，我区对全区24个行政村的14000座厕所进行农村改厕，目前已完成9804座，占总目标的70.0%。",
        "全省已完成造林绿化总面积314.8万亩，占总任务300万亩的104.9%。其中，绿色通道造林50.3万亩，占任务的100.7%；人工补植造林155万亩，占任务的103.4%。",
        "2011年末，街道总人口27273人。总人口中，以汉族为主，达26323人，占96.5%；有回、满、蒙古等9个少数民族，共950人，占3.5%；其中回族778人，占少数民族人口的81.89%。",
        "今年全市重点建设项目97项，一季度累计完成投资54.53亿元，占年度计划投资37.11%。其中，列入省的项目有10个，一季度累计完成投资35.34亿元，占年度计划投资42.5%。",
        "经测算，全县16项民生实事计划投入15.62亿元，其中中央及省市以上6.57亿元、县本级3.3亿元、乡镇及其他5.75亿元；县本级配套资金3.3亿元已及时足额保障到位，占计划的100%。",
        "全县共有农村户厕14000座，今年计划改造9000座，已完成6300座，占总目标的70%。",
        "2024年上半年度，全镇公共财政预算支出完成5472.90万元，主要预算项目执行情况如下：\n1、一般公共服务支出534.06万元，占总支出的9.76%。\n2、维护费支出1105.73万元，占总支出的20.20%。",
        "土地总面积20,082平方公里，其中草场总面积17,819平方公里，占全旗土地面积的88.7%。",
        "全年完成中小企业营业总收入任务，完成年任务69亿元。2016年计划投资10.63亿元，截至3月底，累计完成投资1.96亿元，占年任务的18.4%。",
        "全镇现有党支部12个。今年新发展党员15名，其中女党员6名，占党员总数的18.5%。",
        "我乡发展党员21人,文化结构方面,高中及以上文化8人,占38%;初中及以下文化13人,占62%。其中经济能人4人,占19%;致富能手5人占23.8%。",
        "今年我乡发展党员21人，高中及以上文化8人，占38%；初中及以下文化13人，占62%。",
        "全镇党员59人。党员年龄结构：35岁以下的19人，占党员总数的32.2%，36~45岁的2人，46~54岁的12人，55~59岁的17人，占党员总数的52.5%。",
        "截至2011年末，全乡总人口有57496人。18岁以下15892人，占27.6%；18—35岁17848人，占31.0%；35—60岁17329人，占30.1%；60岁以上6429人，占11.2%。",
        "截至2011年末，全乡总人口有57496人，其中城镇常住人口4220人。总人口中，男性29327人，占51%；女性28169人，占49%。"
        "18岁以下15892人，占27.6%；18—35岁17848人，占31.0%；35—60岁17329人，占30.1%；60岁以上6429人，占11.2%。",
        # a paragraph before is not searched: another year's or another place's figures
        "截至2011年末，全乡总人口有57496人。\n2015年，全乡开展培训。18岁以下15892人，占27.6%；18—35岁17848人，占33.1%；35—60岁17329人，占30.1%；60岁以上6429人，占11.2%。",
        "全镇共有农户一千二百户，其中脱贫户三百二十户，占百分之二十六点七。",
    ),
)

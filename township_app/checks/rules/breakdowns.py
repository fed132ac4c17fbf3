"""Breakdowns in running text: which figure is a total and which are its parts.

共65户243人，其中县城集中安置16户53人…; A村10户、B村20户，合计30户; 其中：⏎交通项目1850万元；…;
23起案件中，…; （男生521人、女生456人）. Every rule that reasons over a total and its parts (sums,
change sums, shares, named rates, targets, repeated facts) reads them here, once per text.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..changes import is_change, is_comparison, is_previous_level
from ..groups import QuantityGroup, group_positions, paired_groups, quantity_groups
from ..intervals import format_plain, interval_sum
from ..passages import open_bracket
from ..units import PERSON_LIKE, is_count
from .classified_lists import classified_lists, remainder_lists
from .tallies import (ADDED_TO, BRACKETED_TOTAL, _parts_before, counted_items, namesake_level, parallel_subsets,
                      total_of_sentences_before)
from .breakdown_words import (RUNNING, income_by_source, all_income_sources, _AMONG_OPENER, _among_a_part, _SHARED_VERB_TOTAL, _measure_of_total, _noun_after_figure,
                              _pair_near, BREAKDOWN_WORDS, EXHAUSTIVE_WORDS, SUBTOTAL_WORDS, _names_subtotal,
                              REVERSE_TOTAL_WORDS, _REMAINDER, _CLOSING_SOURCES, _core, complementary,
                              _pair_is_whole, _has_total_word, _summable, _lead, _gender_pair, exact_units,
                              _is_level, _OPEN, _CLOSE, _TARGET_ASIDE, _TARGET_WORDS, _BY_KIND_LEAD)
from .slip_shapes import _a_part_swapped, typo_like
from .sentence_wholes import figure_the_parts_make, fits, level_the_parts_make, whole_of_the_sentence
from .list_openers import among_lists, line_lists


def _parts_after(groups: list[QuantityGroup], i: int, total: QuantityGroup,
                 text: str = "", first: int | None = None, within=None) -> list[QuantityGroup]:
    """The parts listed after total (groups[i]); with `within` (a sentence) only those in it,
    the walk stopping where the sentence ends rather than where the list does."""
    parts: list[QuantityGroup] = []
    first_units = None
    skip_to = -1
    nested = bool(text) and _is_nested(text, total)
    for k in range(i + 1 if first is None else first, len(groups)):
        g = groups[k]
        if within is not None and g.sentence != within:
            break
        if g.start < skip_to:
            continue  # inside a part's own bracket: 东村110户（其中已脱贫80户，未脱贫30户）
        if parts and nested and any(c in "；;" for c in text[parts[-1].end:g.start]):
            break  # 其中：因病救助31.2万元，其中大病救助19.5万元；因灾救助…: the inner list ends at ；
        if parts and is_comparison(g.label) and not _listed_item(text, parts[-1], g) \
                and not _category_of_change(g):
            continue  # 农业产值14520万元，比上年同期增509.5万元: the part's change, not a part
        if parts and _narrows(parts[-1].label, g.label):
            continue  # 其中流出1925人，跨省流出1115人，流入17人: 跨省流出 is part of 流出
        if parts and _among_a_part(parts, g):
            # 其中持证残疾人712人，持证残疾人中重度残疾人265人: a part of that part; its list runs on to
            # the next ； (财政资金中中央资金138.5万元、省级资金42.4万元；社会资本…)
            stop = text.find("；", g.end, g.sentence.end) if text else -1
            if stop < 0 and text:
                stop = text.find(";", g.end, g.sentence.end)
            skip_to = stop if stop >= 0 else skip_to
            continue
        if parts and "按" in g.label and _BY_KIND_LEAD.match(_lead(g.label)) is not None:
            break  # …，山区33.42万吨；按作物划分：水稻秸秆…: another split of the total begins
        if parts and _NOTE_ON_PART.search(_lead(g.label)):
            continue  # 行政编制20名，区财政局占用1名: a note on the part before, within it
        if parts and g.units <= _SHARE_UNITS and _lead(g.label).startswith("占"):
            continue  # 分别为肢体残疾2156人，占总数的58%，精神残疾389人…: each part's share, between parts
        if g.gap_has_clause and parts and not (text and _only_a_share_between(text[parts[-1].end:g.start])):
            break
        if parts and text and _REST_OF_WHOLE.match(_lead(g.label)) and any(c in "；;" for c in text[parts[-1].end:g.start]):
            break  # 已完成整改83个，其中限期整改11个，整改率72.2%；剩余32个正在整改: the rest of the whole
        if parts and ADDED_TO.match(g.label.strip(" \u3000，,、；;：:")):
            break  # …其中地方收入271630万元；加上级补助收入…: added to the total, not a part of it
        if parts and text and _ends_list(text, parts[-1], g, groups, k):
            break
        if parts and text and _sibling_of_total(text, total, parts[0], parts[-1], g):
            break
        if len(parts) >= 2 and text and _list_closed(text, parts, g):
            break
        if parts and text:
            between = text[parts[-1].end:g.start]
            opens = [k for k in (between.find("（"), between.find("(")) if k >= 0]
            if opens and not any(c in between[min(opens):] for c in "）)"):
                # 畜牧业收入13万元（其中，年内出栏肉猪50头，…）；第二、三产业…: an aside on the part
                skip_to = _bracket_end(text, parts[-1].end + min(opens))
                continue
        if parts and k + 1 < len(groups) and _gender_pair(g.label, groups[k + 1].label) \
                and not _gender_pair(parts[0].label, groups[i + 2].label if i + 2 < len(groups) else ""):
            break  # …其中寄宿生610人；男生702人，女生618人: another split of the total begins
        core = _core(g.label)
        if parts and text and g.label.strip(" ，,、；;").startswith("其中"):
            # a part's own 其中 list: skip to the next ；, where the outer list goes on
            stop = min((text.find(c, g.start, g.sentence.end) for c in "；;"
                        if text.find(c, g.start, g.sentence.end) >= 0), default=-1)
            if stop < 0:
                break
            skip_to = stop
            continue
        subtotal = _names_subtotal(RUNNING.sub("", core)) and not _measure_of_total(total, core)
        if parts and (g.label.strip(" ，,、；;").startswith("其中") or subtotal):
            rest = groups[k + 1] if k + 1 < len(groups) else None
            if _names_subtotal(core) and rest is not None and rest.sentence == g.sentence \
                    and _core(rest.label).startswith(_REMAINDER) and rest.units & g.units:
                parts.append(rest)  # …，合计1220万元，其余60万元由镇村自筹: the rest is a part too
            break
        if not parts and subtotal:
            break  # "其中建档立卡贫困户共615户": a new total, not a part
        if parts and g.units == {"%"} and not g.gap_has_clause:
            continue  # 其中一孩66人，一孩率80.5%，二孩16人: a part's own rate between parts
        if not _summable(g):
            break
        if first_units is None:
            first_units = g.units
            if not (g.units & total.units) and not _person_like_match(total, [g], text):
                break
        elif not (g.units & first_units) and not (first_units | g.units) <= _PEOPLE_UNITS:
            break  # (正式党员6名，预备党员5人: people, however counted)
        parts.append(g)
    return parts


_LIST_MARKS = "、"
_OTHER_MEASURE = re.compile(r"里程|路程|直线|实际|按[\u4e00-\u9fff]{1,4}(?:计算|口径)|口径")
_REST_OF_WHOLE = re.compile(r"(?:剩余|尚有|还有|仍有|尚余|还剩|余下|剩下)")
_SHARE_UNITS = frozenset(("%", "‰", ""))  # (a share whose % a copy lost: 占总数的60)
_SHARE_CLAUSE = re.compile(r"[，,][ \u3000]*占[^，,。；;：:]{0,12}?[0-9.]+[%％‰]?(?=[，,、])")


def _only_a_share_between(between: str) -> bool:
    """，占总数的60，: the part's share (its % lost or not) is all that stands between two parts."""
    rest = _SHARE_CLAUSE.sub("", between, count=1)
    return rest != between and not any(c in rest for c in "。；;：:") and sum(rest.count(c) for c in "，,") <= 1


#: what another body takes of a part (占用, 借用, 借调): counted within the part, not beside it
_NOTE_ON_PART = re.compile(r"(?:占用|借用|借调)$")


_PEOPLE_UNITS = frozenset(("人", "名", "位"))


_CLAUSE_MARKS = "，,；;"


_COMPARE_WORD = re.compile(r"比|较|相比|同比|环比|上年|去年|同期")


def _category_of_change(g: QuantityGroup) -> bool:
    """产值增长的31家、持平的4家、下降的13家: things counted by how they changed, not a change."""
    return _lead(g.label).endswith("的") and all(is_count(u) for u in g.units)


def _listed_item(text: str, previous: QuantityGroup, g: QuantityGroup) -> bool:
    """其中新建户厕215座、改造提升165座: an item joined to the part before by 、 is one more part,
    even when its words end in a verb of change (提升, 新增), unless they compare (比上年增加)."""
    return bool(text) and text[previous.end:g.label_start].strip(" \u3000") == "、" \
        and _COMPARE_WORD.search(g.label) is None


#: a target the figures are measured against (完成年度预算5200万元的74.3%): no part of a list


def is_target_aside(label: str) -> bool:
    """完成年度预算5200万元的, 超额完成年度任务: a target the figure is measured against, said in passing."""
    # (a copy's pinyin gloss, 任務(wù)數, is read as spaces inside the words: they are dropped)
    return _TARGET_ASIDE.search(_lead(label).replace(" ", "")) is not None


_BRACKETED = re.compile(r"[（(][^（()）]{0,12}[）)]")


def _joined_pair(gap: str) -> bool:
    """10名、工作队员28名 / 14个村（社区）和17个单位: two figures joined into one list."""
    core = _BRACKETED.sub("", gap).strip(" \u3000")
    return bool(core) and not any(c in core for c in "，,；;。：:") \
        and (core[0] in "、和及与" or core[-1] in "、和及与")


#: 同比增长8.3%，增收218万元。其中：…: a change stated after the level, no level of its own
_CHANGE_TAIL = re.compile(r"(?:增收|减收|增支|减支|增产|减产|净增|净减)$"
                          r"|(?:还需|尚需|仍需|还要)[\u4e00-\u9fff]{0,2}$")  # 下半年还需完成3.04亿元。其中：…
_MORE_LESS = ("少", "多", "少了", "多了", "增加", "减少", "高", "低", "高出", "低于")


def _difference_after(groups, i: int) -> bool:
    """比计划12.5亿元少1.14亿元: the figure after a 比… figure and 少/多 is a difference."""
    return i > 0 and groups[i - 1].sentence == groups[i].sentence \
        and _lead(groups[i].label) in _MORE_LESS and re.search(r"比|较", groups[i - 1].label) is not None


_RATE_NAME = re.compile(r"(?:率|占比|比重|比例)(?:为|达到|达)?$|(?:任务|计划|目标)(?:数)?的$")


def _levels_of_rate(groups, i: int, nxt) -> list[QuantityGroup]:
    """The figures before a rate in its sentence (计划投资3260万元，已到位资金2745万元，到位率
    84.2%), nearest first, in the unit of the parts after it."""
    rate = groups[i]
    if not _RATE_NAME.search(_lead(rate.label)):
        return []
    out = []
    for j in range(i - 1, -1, -1):
        g = groups[j]
        if g.sentence != rate.sentence or len(out) == 2:
            break
        if not (g.units & nxt.units) or "%" in g.units or is_comparison(g.label) \
                or is_previous_level(g.label) or not _summable(g) or any(w in g.label for w in _TARGET_WORDS):
            continue
        out.append(g)
    return out


def _level_the_parts_fit(levels: list[QuantityGroup], parts: list[QuantityGroup]) -> QuantityGroup | None:
    """The level the parts add up to; else the one they miss as a slip of the keyboard does
    (2736 for 2745), when only one does; else None (排查248件，调解成功241件，调解成功率97.2%。
    其中…: of the 248)."""
    unit = next(iter(levels[0].units & parts[0].units), None)
    values = [p.by_unit().get(unit) for p in parts]
    if unit is None or any(v is None for v in values):
        return None
    summed = interval_sum(v.interval for v in values)
    for level in levels:
        q = level.by_unit().get(unit)
        if q is not None and q.interval.intersects(summed):
            return level
    shown = format_plain(sum((Decimal(v.number) * v.factor for v in values), Decimal(0)))
    near = [lv for lv in levels if (q := lv.by_unit().get(unit)) is not None
            and (typo_like(format_plain(Decimal(q.number) * q.factor), shown) or _a_part_swapped(values, q))]
    return near[0] if len(near) == 1 else None


def _each_follows(groups, last: QuantityGroup, text: str) -> bool:
    k = group_positions(text).get(id(last)) if text else next(
        (j for j, g in enumerate(groups) if g is last), None)
    return k is not None and k + 1 < len(groups) and groups[k + 1].sentence == last.sentence \
        and _core(groups[k + 1].label).endswith("各")


def _level_before(groups, i: int) -> QuantityGroup | None:
    """The level the figure at i is an aside to: the nearest figure before it in its sentence,
    in a unit it shares, that is itself a level (not a change, a previous level or a target)."""
    aside = groups[i]
    for j in range(i - 1, -1, -1):
        g = groups[j]
        if g.sentence != aside.sentence:
            return None
        if not (g.units & aside.units) or "%" in g.units:
            continue
        if is_comparison(g.label) or is_previous_level(g.label) or _TARGET_ASIDE.search(_lead(g.label)) \
                or any(w in _lead(g.label) for w in _TARGET_WORDS):
            continue  # (…10901万元，为年度任务10245万元的106.4%，比上年的10646万元…: the task is no level)
        return g  # (人均可支配收入 is broken down into its sources: averages add up too)
    return None


_SHARE_IN_GAP = re.compile(r"占[^，,；;。]{0,8}?\d+(?:\.\d+)?[%％]")


_RESTATED_WHOLE = re.compile(r"[\u4e00-\u9fff]{1,8}中[，,：:]")


def _sibling_of_total(text: str, total: QuantityGroup, first: QuantityGroup, last: QuantityGroup,
                      g: QuantityGroup) -> bool:
    """存款余额11.2亿元，其中居民储蓄存款余额9.1亿元，贷款余额2.5亿元: the first part is named by the
    total's whole name, what follows is not even by its head (存款) — another figure beside the
    total (单位存款2.1亿元 would be one more part)."""
    if not (g.units & total.units):
        return False  # (a part's own rate, 完成年度目标任务的307.08%, is passed over, not read here)
    gap = text[last.end:g.start]
    if any(c in gap for c in _LIST_MARKS) and not any(c in gap for c in _CLAUSE_MARKS):
        return False  # 其中，二级医疗机构1家、…、中医院1家、…: one more item of a list joined by 、
    if gap.lstrip(" \u3000")[:1] in _OPEN:
        return False  # 乡镇卫生院28家（含4家中心卫生院）: an aside on the part, passed over after
    name = _core(total.label)[-4:]
    return len(name) >= 4 and name in _core(first.label) and name[:2] not in _core(g.label)


def _ends_list(text: str, last: QuantityGroup, g: QuantityGroup, groups, k: int) -> bool:
    """Where a 其中 list ends before g: at a target said in passing (…，占78.1%，完成年度预算
    5200万元的74.3%); at a ； after which the clause opens a breakdown of its own (其中食品加工9家，
    占34.6%；园区入驻企业42家，其中规上19家)."""
    if _TARGET_ASIDE.search(_lead(g.label)) and g.units != {"%"}:
        return True  # (a bare rate against the target, 完成年度目标任务的307.08%, is the part's own)
    if _RESTATED_WHOLE.match(text, g.end):
        return True  # 其中产业项目19个；19个产业项目中，茶叶8个…: the part broken down in turn
    gap = text[last.end:g.start]
    if not any(c in "；;" for c in gap):
        return False
    if _SHARE_IN_GAP.search(gap) and not _SHARE_AFTER.match(text, g.end):
        # 其中卫生技术人员56人，占82.4%；执业医师21人: a part closed by its share, and what
        # follows has none (…；市外资金5.06亿元，占41.0%: one more part, stated alike)
        return True
    nxt = groups[k + 1] if k + 1 < len(groups) else None
    return nxt is not None and nxt.sentence == g.sentence and _lead(nxt.label).startswith("其中") \
        and not any(c in "；;" for c in text[g.end:nxt.start])


def _list_closed(text: str, parts: list[QuantityGroup], nxt: QuantityGroup) -> bool:
    """其中小学生2158人、初中生1286人，专任教师251人: parts joined by 、 end at the first ，
    (what follows is another fact of the same sentence, not one more part)."""
    gap = text[parts[-1].end:nxt.start]
    if all(_core(g.label).endswith(_PLACE_ENDS) for g in (*parts, nxt)):
        return False  # 罗阳镇12个、东溪乡3个,西旸镇6个: one more place of the list, a comma for a 、
    # the last part joined by 、 — but a list of ， with one 、 for a ， runs on (幼儿园232所，小学206所，
    # 初级中学37所、九年一贯制学校1所，完全中学2所: two ， joins before the 、)
    seps = [c for c in text[parts[0].end:parts[-1].start] if c in "，,、"]
    if not seps or seps[-1] != "、" or sum(c in "，," for c in seps) >= 2:
        return False
    return any(c in gap for c in _CLAUSE_MARKS) and not any(c in gap for c in _LIST_MARKS)


_PLACE_ENDS = ("村", "乡", "镇", "社区", "街道", "组")


def _is_nested(text: str, total: QuantityGroup) -> bool:
    """The total is itself a part of a list (其中：因病救助31.2万元… or after a ；)."""
    if _lead(total.label).startswith(BREAKDOWN_WORDS):
        return True
    return any(c in "；;" for c in text[total.sentence.start:total.start])


def _narrows(previous: str, label: str) -> bool:
    """跨省流出 after 流出: the words of the part before, narrowed by a qualifier in front."""
    a, b = _core(previous), _core(label)
    return len(a) >= 2 and len(b) > len(a) and b.endswith(a) and not complementary(previous, label) \
        and not b[:-len(a)].lstrip("、，,").endswith(_DEGREES)  # 满意 / 基本满意: another grade, not a part


#: words of degree: 基本满意 and 比较满意 are grades beside 满意, not kinds of it
_DEGREES = ("基本", "比较", "非常", "较为", "一般")


def _person_like_match(total: QuantityGroup, parts: list[QuantityGroup], text: str = "") -> bool:
    """人, 名, 位 count people alike, and 个 too (岗位56个，其中保洁员31人) — except where the words
    after it name places or bodies (辖3个社区，其中常住人口5000人 is no breakdown)."""
    groups = (total, *parts)
    if not all(len(g.units) == 1 and next(iter(g.units)) in PERSON_LIKE for g in groups):
        return False
    units = {next(iter(g.units)) for g in groups}
    if "个" not in units or len(units) == 1 or not text:
        return True
    return not any(_BODIES.match(text, g.by_unit()["个"].end) or _BODIES.search(_lead(g.label)[-4:])
                   for g in groups if "个" in g.units)


#: what 个 counts when it counts no people: places, peoples, organisations, projects
_BODIES = re.compile(r"(?:行政|自然)?(?:村|社区|居委会|乡|镇|街道|组|民族|单位|部门|企业|合作社|项目|支部|党组织)")


@lru_cache(maxsize=4096)
def text_breakdowns(text: str) -> tuple:
    """(total, parts, exhaustive) for every breakdown in a text (memoized on the text)."""
    out, seen = [], set()
    for t, p, e in breakdowns(list(quantity_groups(text)), text):
        key = tuple(map(id, p))
        if key not in seen:  # parts read twice (the level past an aside or a rate) are of one total
            seen.add(key)
            out.append((t, tuple(p), e))
    return tuple(out)


@lru_cache(maxsize=4096)
def part_totals(text: str) -> dict[int, QuantityGroup]:
    """Where each part of the text's breakdowns starts → its breakdown's total (the first found)."""
    out: dict[int, QuantityGroup] = {}
    for total, parts, _s in text_breakdowns(text):
        for p in parts:
            out.setdefault(p.start, total)
    return out


_PAIRED_CUE = re.compile(r"其中|合计|共计|总计|小计|分别|具体|：|:")
_LIST_OPENED = re.compile(r"[：:][ \u3000]*\n")


@lru_cache(maxsize=4096)
def paired_breakdowns(text: str) -> tuple:
    """What reading the text again with each part's two figures as one adds (其中新建项目3个、
    投资1920万元，改扩建项目4个、投资670万元): breakdowns the plain reading did not find, for the
    sums to check unit by unit. Kept apart from text_breakdowns, whose parts other rules look up
    among the text's own groups."""
    paired = paired_groups(text)
    if paired is None:
        return ()
    # only sentences where a pair sits within a few sentences after a word that opens or closes
    # a breakdown (其中：⏎1.…⏎2.…⏎3.…), and the sentence before them (their total): elsewhere the
    # second reading finds what the first did
    plain_ids = {id(g) for g in quantity_groups(text)}
    order = sorted({g.sentence for g in paired})
    pairs = {g.sentence for g in paired if id(g) not in plain_ids}  # only where two were joined
    keep: set = set()
    for n, sentence in enumerate(order):
        if sentence not in pairs:
            continue
        if _PAIRED_CUE.search(text, sentence.start, sentence.end + 6):
            keep.update(order[max(0, n - 1):n + 1])  # the cue in the pair's sentence (or just after it)
        elif _LIST_OPENED.search(text, order[max(0, n - 4)].start, sentence.start):
            keep.update(order[max(0, n - 4):n + 1])  # …。其中：⏎1.…⏎2.…: a list opened lines before
    if not keep:
        return ()
    paired = [g for g in paired if g.sentence in keep]
    plain = text_breakdowns(text)
    read = {(t.start, tuple(g.start for g in p)) for t, p, _e in plain}
    totals = {t.start for t, _p, _e in plain}
    out = []
    for t, p, e in breakdowns(paired, text):
        key = (t.start, tuple(g.start for g in p))
        if any(len(g.quantities) > 1 for g in (t, *p)) and t.start not in totals and key not in read:
            read.add(key)
            out.append((t, tuple(p), e))
    return tuple(out)


#: sets of single characters, so that an empty label or the end of a text ('') is never in them




#: how far a bracket may run on over line breaks (a page break inside a breakdown)
BRACKET_REACH = 200


def _bracket_end(text: str, start: int) -> int:
    """Where the bracket opened at `start` closes. Copied pages break lines inside a bracket
    (…15766千元，开⏎⏎禄制粉25650千元…), so a bracket runs on over line breaks, but not past
    a sentence end or BRACKET_REACH characters; unclosed, it ends at its line."""
    depth = 0
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for k in range(start, min(len(text), start + BRACKET_REACH)):
        ch = text[k]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return k
        elif ch in "。！？":
            # …四类低保33户150人。）: a full stop just inside the bracket ends it
            return k if text[k + 1:k + 2] in _CLOSE or k < line_end else line_end
    return line_end


def _bracketed_parts(groups, i: int, text: str) -> list[QuantityGroup]:
    """耕地面积23004亩（水田7160亩，旱地18488亩）: the figures inside the bracket after a total."""
    total = groups[i]
    opening = text.find(_lead(groups[i + 1].label)[:1], total.end) if i + 1 < len(groups) else -1
    if opening < 0 or text[opening] not in _OPEN or text[total.end:opening].strip(" \u3000"):
        return []
    end = _bracket_end(text, opening)
    parts = []
    skip_to = -1
    for g in (groups[j] for j in range(i + 1, len(groups))):
        if g.start >= end:
            break
        if g.start < skip_to:
            continue  # 耕地2410亩（其中水田1200亩）: a part's own bracket
        if parts and _lead(g.label)[:1] in _OPEN:  # as in _parts_after
            inner = text.find(_lead(g.label)[:1], parts[-1].end)
            if 0 <= inner < g.start:
                skip_to = _bracket_end(text, inner)
                continue
        parts.append(g)
    return parts


def _same_kind(parts: list[QuantityGroup], total: QuantityGroup | None = None) -> list[QuantityGroup]:
    """第一产业…，第二产业…，第三产业…，财政收入…: a list whose items share their last word
    ends where an item of another kind begins — unless the whole list makes the total exactly
    (中学19所，其中高级中学4所，完全中学1所，初级中学9所，九年一贯制学校5所)."""
    if len(parts) < 4:
        return parts
    cores = [_core(p.label).strip("（(：:") for p in parts]
    tail = cores[0][-2:]
    if len(tail) < 2 or not all(c.endswith(tail) for c in cores[:3]):
        return parts  # two alike may be chance (县城集中安置, 集镇集中安置, 自购房 …)
    for k, c in enumerate(cores):
        if not c.endswith(tail):
            for j in range(len(parts), k, -1) if total is not None else ():
                if exact_units(total.by_unit(), parts[:j]):
                    return parts[:j]  # (…，山区33.42万吨；按作物划分：…: the list ends where it makes the total)
            return parts[:k]
    return parts


def _after_sentence(text: str, total: QuantityGroup, nxt: QuantityGroup) -> bool:
    """实现国民生产总值4558万元。其中：第一产业…: 其中 opening the sentence right after the total."""
    if nxt.sentence == total.sentence:
        return False
    if nxt.label_start != nxt.sentence.start \
            and not _LEAD_IN.fullmatch(text[nxt.sentence.start:nxt.label_start].strip(" \u3000")):
        return False  # 分产业看，其中：…: a lead-in before 其中 still opens the breakdown
    between = text[total.end:nxt.sentence.start]
    if "占" in between:
        between = _SHARE_IN_WORDS.sub("", between)
    return not between.strip(" \u3000。.！!？?\n，,；;：:）)")  # (…（上年16920元）。其中…)


#: 流转土地11644亩，占全乡耕地面积的三分之一。其中…: a share said in words, no figure between
_SHARE_IN_WORDS = re.compile(r"[，,]\s*占[^，,。；;\d]{0,16}?(?:[一二三四五六七八九十两]+分之[一二三四五六七八九十]+|一半|大半|近半|多半)")


_LEAD_IN = re.compile(r"(?:分|从|按|就)?[\u4e00-\u9fff]{1,6}(?:看|来看|上看|分|而言)[，,：:]")


def breakdowns(groups: list[QuantityGroup], text: str = ""):
    """(total, parts, strength) for every breakdown in one text's groups."""
    leads = [_lead(g.label) for g in groups]  # (each group's is read as a total and as the next one)
    for i, total in enumerate(groups):
        label = leads[i]
        if i > 1 and text and "计" in label:
            before = total_of_sentences_before(groups, i, total, text)
            if before is not None:
                yield total, before, "whole"  # …。几项共计2354.4万元: the figures listed before
                continue
        bracketed = BRACKETED_TOTAL.match(label) if label[:1] in _OPEN else None
        if bracketed is not None:
            label = label[1:]  # …31200元（两项合计34800元）: the parts' total, given in brackets after them
        named = not label.startswith(REVERSE_TOTAL_WORDS) and "计" in label and _NAMED_TOTAL.search(label) is not None \
            and i > 0 and groups[i - 1].sentence == total.sentence
        shared = _SHARED_VERB_TOTAL.match(label) if i > 1 and not named and not total.gap_has_clause else None
        if shared is not None and _summable(total):
            # 第一批检查68家，第二批检查57家，共检查152家: 共 and the verb every part was counted by
            parts = _parts_before(groups, i, total, text)
            if len(parts) >= 2 and all(shared.group("verb") in _lead(p.label) for p in parts):
                yield total, parts, "whole"
                continue
        if label in ("共", "共有") and i > 1 and _summable(total) and not _noun_after_figure(text, total) \
                and not total.gap_has_clause:
            # 30岁以下48名，…，61岁以上268名，共625名: a bare 共 closing the list before it (not 11个村委会，
            # 1个居委会，共135个自然村: another thing counted)
            parts = _parts_before(groups, i, total, text)
            if len(parts) >= 2 and not _AMONG_OPENER.match(_lead(parts[0].label)):
                yield total, parts, "whole"
                continue
        if label.startswith(REVERSE_TOTAL_WORDS) or named:
            parts = _parts_before(groups, i, total, text) if _summable(total) else []
            counted = counted_items(bracketed)
            if counted and len(parts) > counted:
                parts = parts[-counted:]  # （后两项合计34800元）, （二者合计…）: the last so many
            if len(parts) >= 2:
                yield total, parts, "whole"
                continue
            if not named and not (i + 1 < len(groups) and _lead(groups[i + 1].label).startswith(BREAKDOWN_WORDS)
                                  and groups[i + 1].sentence == total.sentence):
                continue  # (示范社合计27家, 共计完成519亩，其中…: with no parts before, a list after it)
        if i + 1 >= len(groups):
            continue
        nxt = groups[i + 1]
        nxt_label = leads[i + 1]
        by_kind = _BY_KIND_LEAD.match(nxt_label) if nxt_label.startswith("按") else None
        if by_kind is not None:
            nxt_label = nxt_label[by_kind.end():]  # 按保障类别分别为A类40户、…: how the list divides the whole
            if by_kind.group("split"):
                nxt_label = "分别为" + nxt_label  # 按类别分：重度残疾374户…: every one is of a kind listed
        if text and nxt_label[:1] in _OPEN and _summable(total):
            if BRACKETED_TOTAL.match(nxt_label):
                continue  # 31200元（两项合计34800元）: the total of this figure and those before it, no part of it
            inner = _lead(nxt_label[1:])
            parts = [p for p in _bracketed_parts(groups, i, text) if _summable(p)
                     and (p.units & total.units or _person_like_match(total, [p], text))
                     and not any(w in _lead(p.label) for w in _TARGET_WORDS)  # （年度任务1000亩）
                     and not is_previous_level(p.label) and not is_comparison(p.label)]  # （上年同期4.85亿元）
            period = _lead(_lead(parts[0].label)[1:]) if len(parts) == 1 else ""
            if len(parts) == 1 and _REFERENCE.search(period) and not inner.startswith(BREAKDOWN_WORDS) \
                    and _single_over(parts[0], total):
                continue  # 监测对象家庭劳动力192人（全乡监测对象386人）: the base it is of, not a part
            if period and _OTHER_PERIOD.fullmatch(period):
                continue  # 受理信访事项38件（第三季度46件），环比下降17.4%: another period's level
            if len(parts) == 1 and _single_over(parts[0], total) and _OTHER_MEASURE.search(_lead(parts[0].label)):
                continue  # 距城区14公里（公路里程31公里）: the same distance measured another way
            if len(parts) == 1 and not inner.startswith(BREAKDOWN_WORDS) and _single_over(parts[0], total) \
                    and all(is_count(u) for u in parts[0].units & total.units):
                # 联合会5家（包含企业97家）: more bodies than the whole, so members of another kind
                # (a measure cannot be: 耕地面积2410亩（水田3200亩） is a slip)
                continue
            if parts and not inner.startswith(SUBTOTAL_WORDS):
                strength = "whole" if inner.startswith(EXHAUSTIVE_WORDS) or (
                    len(parts) == 2 and _pair_is_whole(parts)) or (  # （男生521人、女生456人）
                    len(parts) > 2 and _core(parts[-1].label).startswith(_REMAINDER)) else "some"  # （含…、其他212万元）
                yield total, parts, strength
            continue
        cued = nxt_label.startswith(BREAKDOWN_WORDS) or nxt_label.startswith(EXHAUSTIVE_WORDS)
        if not cued and not (i + 2 < len(groups) and _has_total_word(total.label)):
            continue  # most figures: no 其中/分别 after them and no 共 before (read no further)
        next_sentence = text and _after_sentence(text, total, nxt)
        if (total.sentence != nxt.sentence and not next_sentence) or nxt.gap_has_clause:
            continue
        if nxt_label.startswith(BREAKDOWN_WORDS) or (nxt_label.startswith(EXHAUSTIVE_WORDS)
                                                     and not next_sentence):
            rate_levels = None
            if "%" in total.units and nxt_label.startswith(BREAKDOWN_WORDS):
                # 已到位资金2745万元，到位率84.2%；其中中央和省级资金1680万元…: the parts are of
                # a figure before the rate: its numerator or its base, whichever they fit
                rate_levels = _levels_of_rate(groups, i, nxt)
                total = rate_levels[0] if rate_levels else total
            if i > 0 and label[:1] in _OPEN and groups[i - 1].sentence == total.sentence \
                    and groups[i - 1].units & total.units \
                    and (_summable(groups[i - 1]) or income_by_source(groups[i - 1], nxt)) \
                    and any(c in _CLOSE for c in text[total.end:nxt.label_start + 1]):
                total = groups[i - 1]  # 教职工6448人（专任教师6276人），其中小学…: of the figure before the aside
            elif i > 1 and any(c in _CLOSE for c in text[total.end:nxt.label_start + 1]):
                opened = open_bracket(text, total.sentence.start, total.start)
                before = next((g for g in reversed(groups[:i]) if g.end <= opened), None) if opened >= 0 else None
                if before is not None and before.sentence == total.sentence and before.units & total.units \
                        and _summable(before) and not text[before.end:opened].strip(" \u3000"):
                    total = before  # 教职工5037人（公办4573人，民办464人），其中专任教师4840人: of 5037, not 464
            if not (_summable(total) or income_by_source(total, nxt)) or _change_after_level(groups, i, text):
                continue
            if nxt_label.startswith(EXHAUSTIVE_WORDS) and (any(w in nxt_label for w in _TARGET_WORDS)
                                                           or _COMPARE_WORD.search(nxt_label) or is_change(nxt_label)):
                continue  # 分别完成全年目标任务2000人、500人的…; 分别比去年同期增加214人和186人: not parts
            if i > 0 and groups[i - 1].sentence == total.sentence and groups[i - 1].units & total.units \
                    and _joined_pair(text[groups[i - 1].end:total.start]):
                continue  # 第一书记10名、工作队员28名，其中省派2名…: the parts are of both together
            if is_comparison(total.label) or is_previous_level(total.label) \
                    or _TARGET_ASIDE.search(_lead(total.label)) or _difference_after(groups, i) \
                    or _CHANGE_TAIL.search(_lead(total.label)):
                # 投资5.26亿元（上年同期4.85亿元），其中…; 比计划12.5亿元少1.14亿元，其中…: the
                # breakdown is of the level stated just before (with none, of the figure itself:
                # 应完成…任务100亩，其中新植80亩; 比上年增加32名，其中…)
                level = _level_before(groups, i)
                if level is None and is_previous_level(total.label):
                    continue  # last year's figure is never what this year's 其中 breaks down
                total = level or total
            parts = _parts_after(groups, i, total, text, within=nxt.sentence)
            parts = _same_kind(parts, total)
            if not parts or _each_follows(groups, parts[-1], text) or any(_core(p.label).endswith("各") for p in parts):
                continue  # 分别为河东村2人，柏树村、马鞍村、龙潭村各1人: so many in each place listed
            if rate_levels:
                total = _level_the_parts_fit(rate_levels, parts)
                if total is None:
                    continue
            elif next_sentence and not fits(total, parts):
                # 任务150亩，乙类120亩。其中2005年50亩，2006年45亩，2007年55亩: the parts make an
                # earlier level of the sentence before exactly; that is the one they break down
                other = figure_the_parts_make(groups, i, total.sentence, parts)
                if other is not None and other.units == total.units:
                    total = other
                elif (whole := whole_of_the_sentence(groups, total, parts)) is not None:
                    total = whole
                elif any(g.sentence == total.sentence and g.units & total.units and _summable(g)
                         and not is_comparison(g.label) for g in groups[:groups.index(total)]):
                    continue  # …包括：退耕地还林29.5万亩，荒山造林120.6万亩。其中：20xx年…: of the last item, or of the whole?
            if nxt_label.startswith(EXHAUSTIVE_WORDS) or (len(parts) > 1 and (  # 其中自筹24万元: some, alone
                    _core(parts[-1].label).startswith(_REMAINDER) or _core(parts[-1].label).endswith(_CLOSING_SOURCES))) or (
                    len(parts) == 2 and _pair_is_whole(parts)) or all_income_sources(total, parts):
                strength = "whole"  # 分别为…; …，其他救助7.6万元 (the rest); 已脱贫/未脱贫
            elif _has_total_word(total.label):
                strength = "total"
            else:
                strength = "some"
            yield total, parts, strength
        elif i + 2 < len(groups) and _has_total_word(total.label):
            a, b = groups[i + 1], groups[i + 2]
            if (a.sentence == b.sentence == total.sentence and not b.gap_has_clause
                    and complementary(a.label, b.label) and _summable(total) and _pair_near(total, (a, b))):
                yield total, [a, b], "whole"
    if text:
        yield from _previous_sentence_totals(groups, text)
        if "其中" in text:
            yield from parallel_subsets(groups, text)
        if any(w in text for w in _REMAINDER):
            yield from remainder_lists(groups, text)
        if "：\n" in text or ":\n" in text or "\n—" in text or "\n1" in text:
            yield from line_lists(groups, text)
        if "中" in text:
            yield from among_lists(groups, text)
        if "按" in text or "分" in text:
            yield from classified_lists(groups, text)
    if not text or ("男" in text and "女" in text):
        yield from _split_pairs(groups)


#: words of a larger figure a bracket refers to: the township's whole, a plan, what was checked
_REFERENCE = re.compile(r"全[乡镇村县区]|总|共有|共|规划|计划|排查|应|发放|任务|目标|占|辖")


def _single_over(part: QuantityGroup, total: QuantityGroup) -> bool:
    common = part.units & total.units
    return bool(common) and all(part.by_unit()[u].interval.lo > total.by_unit()[u].interval.hi for u in common)
#: a period named alone in a bracket after a figure: that period's level, to compare with
_OTHER_PERIOD = re.compile(r"(?:(?:19|20)[0-9]{2}年|20[xX×＊*]{2}年|去年|上年|前年|同期|上年同期|去年同期)?"
                           r"(?:上半年|下半年|全年|第?[一二三四1-4]季度|上季度|上一季度|上月|上个月|同期"
                           r"|[0-9一二三四五六七八九十]{1,2}月份?|[0-9一二三四五六七八九十]{1,2}-[0-9]{1,2}月)?"
                           r"(?:为|是|共|共计)?")
#: 示范社合计27家, “三保”支出合计5281万元: a total named before 合计, after its parts
_NAMED_TOTAL = re.compile(r"^[\u4e00-\u9fff“”\"]{1,8}(?:合计|共计|总计)(?:为|达)?$")


def _previous_sentence_totals(groups: list[QuantityGroup], text: str):
    """…总产值23364万元，比上年同期增1333.12万元，完成任务数（20800万元）的112.33%，⏎其中：农业产值…
    and 全镇GDP达15.6亿元，增长6.5%；其中第一产业…: 其中 after a change, a rate or a target (in
    the sentence, or opening the next one) breaks down the last figure before it that is a
    level. Totals right before 其中 are the main loop's."""
    for k in range(1, len(groups)):
        first = groups[k]
        if not _lead(first.label).startswith(BREAKDOWN_WORDS):
            continue
        if first.sentence == groups[k - 1].sentence:
            before = first.sentence
            if _is_level(groups[k - 1], text) or first.gap_has_clause:
                continue
        else:
            before = groups[k - 1].sentence
            if first.label_start != first.sentence.start \
                    or text[before.end:first.sentence.start].strip(" \u3000。.！!？?\n，,；;：:"):
                continue
        for j in range(k - 1, -1, -1):
            t = groups[j]
            if t.sentence != before:
                break
            if not _is_level(t, text) or in_closed_aside(text, t, before.start, first.start):
                continue  # (…102.30亿元（其中…临空经济区7.35亿元）。其中，种植业…: the bracket's figures are an aside)
            if j != k - 1 and _summable(t):
                parts = _parts_after(groups, j, t, text, first=k, within=first.sentence)
                parts = _same_kind(parts)
                if parts:
                    made = level_the_parts_make(groups, j, before, parts, text)
                    namesake = namesake_level(groups, before, parts[0], t) if made is None else None
                    if namesake is not None:
                        parts = parts[:1]  # (the next parts restate the sentence's next figures, each its own)
                    t = made or namesake or t
                    strength = "total" if _has_total_word(t.label) else "some"
                    if len(parts) == 2 and _pair_is_whole(parts):
                        strength = "whole"
                    yield t, parts, strength
            break


def in_closed_aside(text: str, g: QuantityGroup, lo: int, hi: int) -> bool:
    """g stands inside a bracket opened after lo that closes again before hi."""
    before = text[lo:g.start]
    depth = sum(before.count(c) for c in _OPEN) - sum(before.count(c) for c in _CLOSE)
    after = text[g.end:hi]
    return depth > 0 and sum(after.count(c) for c in _CLOSE) - sum(after.count(c) for c in _OPEN) >= depth


def _change_after_level(groups: list[QuantityGroup], i: int, text: str) -> bool:
    """户籍人口23586人，较上年减少126人，其中男性12103人: 其中 after a change breaks down the level
    stated before the change (_previous_sentence_totals reads it), not the change."""
    total = groups[i]
    if not is_comparison(total.label):
        return False
    return any(g.sentence == total.sentence and g.units & total.units and _is_level(g, text)
               for g in groups[:i])


def _split_pairs(groups: list[QuantityGroup]):
    """…共出生人口82人，其中一孩66人，二孩16人；男孩40人，女孩22人: a 男/女 pair later in the
    sentence splits the same total again. Not adjacent to it, the pair may split a part
    instead, so only a typo-like difference is reported (strength "some")."""
    for k in range(1, len(groups) - 1):
        a, b = groups[k], groups[k + 1]
        if b.gap_has_clause or a.sentence != b.sentence or not _gender_pair(a.label, b.label):
            continue
        for j in range(k - 1, -1, -1):
            t = groups[j]
            if t.sentence != a.sentence:
                break
            if j == k - 1 and not a.gap_has_clause and _lead(a.label).startswith(BREAKDOWN_WORDS):
                break  # directly after its total: the pair is an ordinary breakdown
            if _has_total_word(t.label) and _summable(t) and t.units & a.units & b.units:
                yield t, [a, b], "some"
                break


_SHARE_AFTER = re.compile(r"[，,]?\s*(?:约)?占[^，,。；;%％]{0,12}?(\d+(?:\.\d+)?)[%％]")

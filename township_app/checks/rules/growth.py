"""Growth stated with the values it is computed from.

Every shape offices write: 由上年的500万元增长到550万元，同比增长10% (both levels);
均价22.07元，比上年增4.35元，增22.6% (the level and the change: the base is 22.07 − 4.35);
上等烟比例74.25%，较去年的77.14%减少2.89% (rates: a change in points, or relative);
上年完成投资300万元，今年完成投资360万元，较上年增加60万元 (a difference).
The change is checked only when the sentence itself names both terms; 同比增长1.68% alone
is nothing to check. A change whose words name another subject (企业个数6家，产值增长35.3%)
is left alone, and a computed value far from the stated one means the figures were paired
wrongly rather than written wrongly: that is a 提示, never an error.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from decimal import Decimal

from ..changes import (change_verb, is_change, is_down, is_from_level, is_level_after_change,
                       is_previous_level, subject_words)
from ..groups import group_of_quantity, group_positions, groups_between, quantity_groups
from ..names import common_run
from ..intervals import Interval, decimals_of, format_decimal, format_plain, rounds_to
from ..registry import DocRule, Hit, TextDoc, span_of
from ..tokens import Quantity
from ..units import is_count
from .ratio_verdict import slip_pattern

_CHANGE_HINT = re.compile(r"增|减|降|升|提高|涨|回落|下滑|多|少")
_SHARE_LABEL = re.compile(r"^[，,、；;：:（(\s]*(?:约)?占")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
HELD = "held"  # a change that holds to the last digit of its figures
ROUNDED = "rounded"  # a change that fails unless its figures were rounded
#: a computed value this many times the stated one (or less) means another pairing was meant
WILD_RATIO = Decimal(2)


class _Item(NamedTuple):
    """A figure and the words naming it. A tuple: a paragraph's figures are wrapped once per
    rule, and a frozen dataclass took several times as long to build."""

    q: Quantity
    label: str


def _items(text: str) -> dict:
    """Quantities by sentence, each with the words naming it (the group's words for the first)."""
    out: dict = {}
    for g in quantity_groups(text):
        for n, q in enumerate(g.quantities):
            out.setdefault(g.sentence, []).append(_Item(q, g.label if n == 0 else ""))
    return out


def _subject(label: str) -> str:
    return _NOT_CJK.sub("", subject_words(re.sub(r"/[\u4e00-\u9fff]{1,2}", "", label)))


def _compatible(kind: str, q: Quantity, cur: Quantity | None) -> bool:
    if kind == "amount":
        return q.base_unit == (cur.base_unit if cur else q.base_unit)
    if kind == "points":
        return q.base_unit == "%"
    return q.base_unit != "个百分点"


#: 月均720吨, 日均23.7吨, 人均…: an average worked out from the figure before it
_AVERAGE_LEVEL = re.compile(r"(?:月|日|年|周|人|户|亩|季|村|企|家|场|校|头)均[\u4e00-\u9fff]{0,2}$|平均[\u4e00-\u9fff]{0,4}$")


#: 2023年新增680个, 今年新增…: what one period added is that period's level, the figure a
#: later 比上年多180个（上年500个） compares (五年新增2600个 before it is not)
_PERIOD_ADDITION = re.compile(r"(?:(?:19|20)\d\d年|今年|当年|本年|全年)(?:共|累计)?(?:新增|新建|新发展|新培育)$")


_YEAR_IN_LABEL = re.compile(r"((?:19|20)\d\d)年")
_YEAR_LEVEL = re.compile(r"[ \u3000，,；;]*((?:19|20)\d\d)年(?:同期)?(?:为|是|有|达)?")


def _earlier_year_level(text: str, it: _Item, items: list[_Item], j: int) -> bool:
    """2024年，全镇实现地区生产总值11.49亿元，2023年为10.86亿元，比上年增加0.63亿元: a level named only by
    a year before the one its sentence opens with is the earlier period's; so is one right after a
    level of the same unit (全年实现利税7.7亿元，2023年为5.6亿元，增加2.1亿元) when the change after
    it is the difference of the two."""
    m = _YEAR_LEVEL.fullmatch(it.label)
    if m is None or not text:
        return False
    start = max(text.rfind(c, 0, it.q.start) for c in "。！？\n") + 1
    years_before = _YEAR_IN_LABEL.findall(text, start, it.q.start - len(it.label))
    if any(int(y) > int(m.group(1)) for y in years_before):
        return True
    if years_before or j == 0 or j + 1 >= len(items):
        return False  # (2023年…7.7万吨，2024年为6.5万吨: the later year's level, the current one)
    level, change = items[j - 1], items[j + 1]
    return level.q.base_unit == it.q.base_unit == change.q.base_unit and level.q.exact \
        and not is_change(level.label) and is_change(change.label) \
        and any(d.intersects(change.q.interval) for d in (level.q.interval - it.q.interval,
                                                          it.q.interval - level.q.interval))


def _rise_of_the_share(items: list[_Item], j: int, change: _Item, passed: list[_Item]) -> bool:
    """2001个村完成入户调查，占任务90.58%，比上月增加132个村，增长5.97%: the rate is the share's rise
    (132 of the 2209 the task is), not the count's growth; said so where that reading fits."""
    share = items[j].q
    if j == 0 or not passed or not share.exact or share.interval.contains_zero():
        return False
    level, delta = items[j - 1].q, passed[-1].q
    if level.base_unit != delta.base_unit or not level.exact:
        return False
    whole = level.interval.mid * 100 / share.interval.mid
    return abs(delta.interval.mid * 100 / whole - change.q.interval.mid) < Decimal("0.1")


#: 超额完成0.86万亩, 超计划6公里: how far a figure passed its plan
_OVER_PLAN = re.compile(r"超额|超出计划|超过计划|超计划|超任务|超目标")


#: a bracket opening right after a figure (…16949人（建档立卡…): what it holds is an aside on that figure
_IN_ASIDE = re.compile(r"[ \u3000]*[（(]")


def _current(items: list[_Item], i: int, kind: str, change: _Item, text: str = ""):
    """(current level, changes passed on the way) walking back from the change at i."""
    subject = _subject(change.label)
    passed: list[_Item] = []
    for j in range(i - 1, -1, -1):
        it = items[j]
        if not it.q.exact:
            return None, passed
        if is_change(it.label) and not _PERIOD_ADDITION.search(it.label):
            passed.append(it)
            continue
        if is_previous_level(it.label) or _earlier_year_level(text, it, items, j):
            continue
        if _OVER_PLAN.search(it.label):
            continue  # 实际投保3.66万亩，超额完成0.86万亩，与去年2.6万亩相比: beyond the plan, not the level
        if j > 0 and it.label.lstrip(" \u3000，,")[:1] in ("（", "(") and items[j - 1].q.base_unit == "%":
            continue  # 环比增长5.1%（8月3.73亿元），同比增长10.4%: the bracket is the first rate's base
        if j > 0 and _IN_ASIDE.match(text, items[j - 1].q.end) and it.label.lstrip(" \u3000")[:1] in ("（", "("):
            continue  # 上报的4722户16949人（建档立卡贫困户4371户15766人），减少700户: a part in an aside, not the level
        if kind == "rate" and it.q.base_unit == "%" and _SHARE_LABEL.match(it.label):
            if _rise_of_the_share(items, j, change, passed):
                return None, passed
            continue  # 占全年任务的114%: a share, not the thing that grew
        if kind == "amount" and it.q.base_unit != change.q.base_unit:
            continue
        amounts = [c for c in (change, *passed) if c.q.base_unit == it.q.base_unit]
        own_level = bool(amounts) and all(c.q.unit == it.q.unit for c in amounts) and any(
            items[k].q.base_unit == it.q.base_unit and items[k].q.unit != it.q.unit for k in range(j))
        if _AVERAGE_LEVEL.search(it.label) and not own_level and any(
                items[k].q.base_unit == it.q.base_unit for k in range(j)) \
                and not any("均" in items[k].label for k in range(j + 1, i)):
            continue  # 全年清运8640吨，月均720吨，比上年的7686吨增长12.4%: an average of the level
            # (but 日均13.3吨，比上年日均12.6吨增加0.7吨 compares the averages; and 经济总收入3741万元，
            # 人均收入2818元，增加312元: an average in 元 after a level in 万元 is a level of its own)
        if not _compatible(kind, it.q, None):
            return None, passed
        if len(subject) >= 2 and subject not in it.label:
            return None, passed  # 企业个数6家 … 产值增长35.3%: another subject
        if not subject and passed:
            # 收入总计293.54万元、支出总计284.47万元，…收入总计减少13.54万元，下降4.41%: the change names
            # the level it is of; an earlier level of the sentence so named is the one
            named = _subject(passed[0].label)
            if len(named) >= 2 and named not in it.label:
                for k in range(j - 1, -1, -1):
                    other = items[k]
                    if other.q.base_unit == it.q.base_unit and named in other.label and other.q.exact \
                            and not is_change(other.label) and not is_previous_level(other.label) \
                            and not _apart(text, other, change):
                        return other, passed
        return it, passed
    return None, passed


_ITEM_BREAKS = ("其中", "；", ";")


def _apart(text: str, a: _Item, b: _Item) -> bool:
    """…比上年的1002万元增长8.1%；其中税收收入786万元，同比增长6.5%: a level of the whole and a
    part's figure are not the two ends of one change."""
    lo, hi = sorted((a.q, b.q), key=lambda q: q.start)
    between = text[lo.end:hi.start]
    return any(w in between for w in _ITEM_BREAKS)


_LAST_YEAR_WAS = re.compile(r"(?:上年|去年|上年同期|去年同期)(?:为|是)")
_PER_HEAD = re.compile(r"人均|户均|亩均|人平|户平")


def _other_measure(previous_label: str, label: str) -> bool:
    """由上年的2157万元 (财政收入) against 人均财政收入905元: a total and a per head figure, where the
    earlier level names what it measures (比上年的37.7% names nothing: it is the current one's)."""
    named = _subject(previous_label)
    return bool(named) and (_PER_HEAD.search(previous_label) is None) != (_PER_HEAD.search(label) is None)


#: 增长9.00%（2021年为35731亩）: the earlier year's level in a bracket right after the rate
_BRACKET_YEAR_LEVEL = re.compile(r"[（(](?:19|20)\d\d年(?:同期|全年)?(?:为|是|达)?")


def _previous(items: list[_Item], i: int, cur: _Item, text: str = "") -> _Item | None:
    """An explicitly earlier level in the same unit: 较去年的77.14%, 由上年的500万元, 上年同期为200户."""
    k = items.index(cur) if cur in items else 0  # (a whole found outside the paragraph: no level just before it)
    if k > 0 and is_level_after_change(cur.label) and (is_from_level(items[k - 1].label)
                                                      or is_level_after_change(items[k - 1].label)) \
            and items[k - 1].q.base_unit == cur.q.base_unit and items[k - 1].q.exact:
        if _years_apart(items[k - 1], cur, items[i]):
            return None  # 从1949年的96.2万元，增加到2011年的…，比上年增加8.6%: not last year's
        return items[k - 1]  # 由A提高到B，…又提高到C，比上年提高N: the level just before C
    found = [it for it in items[:i] if it is not cur and it.q.base_unit == cur.q.base_unit
             and it.q.exact and is_previous_level(it.label) and not _apart(text, it, cur)
             and not _years_apart(it, cur, items[i]) and not _other_measure(it.label, cur.label)]
    # (由上年的2157万元增加到2277万元…人均财政收入905元，比上年增长9.6%: a total's level is no per head's base)
    if not found and i + 1 < len(items):
        after = items[i + 1]  # 比上年提高2.3个百分点（上年为95.8%）: the base in a bracket after
        if after.q.base_unit == "%" != cur.q.base_unit and items[i].q.base_unit == cur.q.base_unit \
                and i + 2 < len(items) \
                and text[after.q.end:items[i + 2].q.start].lstrip(" \u3000")[:1] in ("（", "("):
            after = items[i + 2]  # 比上年增加311吨，增长3.07%（2023年为10107吨）: past the change's rate
        bracketed = after.label.lstrip(" \u3000，,")[:1] in ("（", "(")
        if after.q.base_unit == cur.q.base_unit and after.q.exact and (
                (bracketed and (is_previous_level(after.label) or _year_compared(items[i].label, after.label)
                                or (_BRACKET_YEAR_LEVEL.fullmatch(after.label.strip(" \u3000，,")) is not None
                                    and _YEAR_IN_LABEL.search(items[i].label) is None)))  # (比2019年…（2018年为…）)
                # …，比上年提高5.1个百分点，上年为43.0%: the base said in the clause right after
                or (not bracketed and _LAST_YEAR_WAS.fullmatch(after.label.strip(" \u3000，,")))):
            return after
    if not found:
        return _earlier_year(items, i, k)
    # nearest to the current level
    return min(found, key=lambda it: abs(it.q.start - cur.q.start))


_YEAR_WORDS = re.compile(r"(?:我镇|我乡|全镇|全乡)?(?:19|20)\d\d年度?")


def _years_apart(prev: _Item, cur: _Item, change: _Item) -> bool:
    """从1949年的96.2万元，增加到2011年的9515万元，比上年增加8.6%: a level dated more than a year
    before the current one is not last year's (比上年 compares with the year before)."""
    if not any(w in change.label for w in ("上年", "去年", "上一年")):
        return False
    then = _YEAR_IN_LABEL.search(prev.label)
    if then is None:
        return False
    now = _YEAR_IN_LABEL.search(cur.label)
    return now is None or int(now.group(1)) - int(then.group(1)) > 1


def _earlier_year(items: list[_Item], i: int, k: int) -> _Item | None:
    """2022年全镇财政收入100万元，2023年财政收入120万元，增长20%: the current level names its year,
    the nearest figure before it in its unit names an earlier one and the same thing (or nothing
    else): that is the level it grew from."""
    cur = items[k]
    now = _YEAR_IN_LABEL.search(cur.label)
    if now is None:
        return None
    for it in reversed(items[:k]):
        if it.q.base_unit != cur.q.base_unit:
            continue
        then = _YEAR_IN_LABEL.search(it.label)
        if then is None or not it.q.exact or is_change(it.label) or int(then.group(1)) >= int(now.group(1)):
            return None
        named = _COMPARED_YEAR.search(items[i].label)  # 比2021年增长: that year's, not this one
        if named is not None and named.group(1) != then.group(1):
            return None
        if _years_apart(it, cur, items[i]):
            return None  # …1978年的268.2万元，2011年达到9515万元，比上年增加8.6%: 2010's is not given
        a, b = (subject_words(_YEAR_WORDS.sub("", it.label)).removeprefix("全镇").removeprefix("全乡"),
                subject_words(_YEAR_WORDS.sub("", cur.label)).removeprefix("全镇").removeprefix("全乡"))
        if a and b and a not in b and b not in a and common_run(a, b) < 3:
            return None  # 2022年财政收入… 2023年税收收入…: two things
        return it
    return None


_COMPARED_YEAR = re.compile(r"(?:比|较|与|同)((?:19|20)\d\d)年(?:同期)?[^，,；;。\d]{0,8}$")
_BRACKET_YEAR = re.compile(r"^[ \u3000，,]*[（(]((?:19|20)\d\d)年(?:同期)?(?:为|是|：|:)?$")


def _year_compared(change_label: str, bracket_label: str) -> bool:
    """比2019年提高4.5个百分点（2019年74.9%）: the bracket names the very year compared with, so
    its figure is the base."""
    a, b = _COMPARED_YEAR.search(change_label), _BRACKET_YEAR.match(bracket_label)
    return a is not None and b is not None and a.group(1) == b.group(1)


def _severity(stated: Decimal, computed: Decimal) -> str | None:
    if computed == 0 or stated == 0 or (stated > 0) != (computed > 0):
        return "info"
    ratio = abs(stated / computed)
    return None if 1 / WILD_RATIO <= ratio <= WILD_RATIO else "info"


def _whole_of_part(text: str, item: _Item) -> _Item | None:
    """…16850元，其中工资性收入8120元、…转移净收入1890元，同比增长7.1%（上年15730元）: a change
    after a 其中 list is of the figure the list breaks down (16850), not of its last part."""
    if "其中" not in text:
        return None
    groups = quantity_groups(text)
    group = group_of_quantity(text).get(id(item.q))
    if group is None:
        return None
    k = group_positions(text)[id(group)]
    for j in range(k, 0, -1):
        g = groups[j]
        if g.sentence != group.sentence:
            return None
        if any(c in text[g.end:group.start] for c in "；;"):
            return None  # another statement after the list
        if item.q.base_unit not in g.units:
            return None  # not one of the list's parts
        if g.label.strip(" \u3000，,、；;：:").startswith("其中"):
            whole = groups[j - 1]
            q = whole.by_unit().get(item.q.base_unit)
            if whole.sentence == group.sentence and q is not None and q.exact and k - j >= 1:
                return _Item(q, whole.label)  # the change follows a list of two parts or more
            return None
    return None


def _part_named_by(text: str, delta: _Item) -> _Item | None:
    """…，其中小麦2.87万亩、油菜0.39万亩，小麦播种面积较上年同期增加0.12万亩，增长4.4%: a change
    whose words name one part of a breakdown before it in the paragraph (the part's name begins
    the change's subject) is of that part, not of the breakdown's total."""
    subject = _subject(delta.label)
    if len(subject) < 2 or "其中" not in text:
        return None
    para_start = text.rfind("\n", 0, delta.q.start) + 1
    found = []
    for g in groups_between(text, para_start, delta.q.start):
        q = g.by_unit().get(delta.q.base_unit)
        if q is None or g.end > delta.q.start or is_change(g.label) or is_previous_level(g.label):
            continue
        name = _subject(g.label.strip(" \u3000，,、；;：:").removeprefix("其中").lstrip("：:"))
        if len(name) >= 2 and subject.startswith(name) and name != subject:
            found.append(_Item(q, g.label))
    return found[0] if len(found) == 1 and found[0].q.exact else None


def _level_stated_before(text: str, delta: _Item) -> _Item | None:
    """烟农售烟收入3512.9万元。…烟农售烟收入比上年增加386.4万元，增长12.6%: a change whose level
    was stated in an earlier sentence of the paragraph under the very same name (three
    characters or more), once."""
    subject = _subject(delta.label)
    para_start = text.rfind("\n", 0, delta.q.start) + 1
    if len(subject) < 3:
        return _level_of_sentence_before(text, delta, para_start)

    same, near = [], []
    for g in groups_between(text, para_start, delta.q.start):
        if g.end > delta.q.start:
            continue
        q = g.by_unit().get(delta.q.base_unit)
        if q is None or is_change(g.label) or is_previous_level(g.label):
            continue
        named = _subject(g.label)
        if named == subject:
            same.append(_Item(q, g.label))
        elif common_run(named, subject) >= 4:
            near.append(_Item(q, g.label))  # 共实施临时救助217人次 … 临时救助人次比上年同期增加46人次
    found = same or near  # the very same name first; else four characters of it
    if len(found) != 1 or not found[0].q.exact:
        return None
    return found[0]


#: 与上年相比，增加了7823人次: a sentence that opens with the comparison, its level the sentence before's
_COMPARISON_OPENER = re.compile(r"(?:与|和|同)(?:上年|去年|上年同期|去年同期)相比[，,]?(?:增加了?|减少了?|增长了?|下降了?|多|少)?")


def _level_of_sentence_before(text: str, delta: _Item, para_start: int) -> _Item | None:
    """今年乡村旅游接待人数完成86054人次。与上年相比，增加了7823人次，增长9.1%: the one figure in the
    change's unit that ends the sentence right before."""
    start = max(text.rfind(c, para_start, delta.q.start) for c in "。！？") + 1
    if start <= para_start or not _COMPARISON_OPENER.fullmatch(text[start:delta.q.start].strip(" \u3000")):
        return None
    before = [g for g in groups_between(text, para_start, start) if delta.q.base_unit in g.units]
    if not before or is_change(before[-1].label) or is_previous_level(before[-1].label):
        return None
    last = before[-1]
    q = last.by_unit()[delta.q.base_unit]
    prev_start = max(text.rfind(c, para_start, last.start) for c in "。！？") + 1
    if sum(1 for g in before if g.start >= prev_start) != 1 or not q.exact:
        return None  # (the sentence before states one such figure, or which is meant is not known)
    return _Item(q, last.label)


_PAST_GROWTH = re.compile(r"(?:上年|去年|上一年)(?:同期)?(?:的)?(?:增幅|增速|增长率)")


def _check_change(doc: TextDoc, items: list[_Item], i: int):
    change = items[i]
    q = change.q
    verb = change_verb(change.label)
    if verb is None or not q.exact or _PAST_GROWTH.search(change.label):
        return None  # (…增幅比上年提高1.6个百分点（上年增幅为7.5%）: last year's own growth)
    kind = "rate" if q.base_unit == "%" else "points" if q.base_unit == "个百分点" else "amount"
    cur, passed = _current(items, i, kind, change, doc.text)
    from_before = False
    if cur is None and kind == "rate" and len(passed) == 1:
        cur = _level_stated_before(doc.text, passed[0])
        from_before = cur is not None
    named = _part_named_by(doc.text, passed[0]) if len(passed) == 1 and kind == "rate" else None
    if named is not None and (cur is None or named.q is not cur.q):
        cur, from_before = named, True  # 其中小麦2.87万亩、油菜0.39万亩，小麦播种面积较上年增加0.12万亩
    if cur is None:
        return None
    named_part = bool(passed) and len(_subject(passed[0].label)) >= 3 and _subject(passed[0].label) in cur.label
    if not from_before and not named_part:  # (…，申请财政奖补资金161.5万元，比上年财政奖补资金净增…: the part's own)
        cur = _whole_of_part(doc.text, cur) or cur
    down = is_down(verb)
    # an earlier level stated outright wins over one worked out from a change
    prev = None if from_before else _previous(items, i, cur, doc.text)
    delta = None
    if kind != "amount" and prev is None:
        deltas = [d for d in passed if d.q.base_unit == cur.q.base_unit]
        if len(deltas) == 1 and len(passed) == 1:
            delta = deltas[0]
        elif len(deltas) > 1 and passed[0] is deltas[0] and kind == "rate" \
                and any(p.q.base_unit == "%" for p in passed[1:passed.index(deltas[1])]):
            # 较上年减少19万元，下降9.09%，较年初预算数减少4万元，下降2.2%: the earlier change has its own
            # rate, so this one is of the change right before it
            delta = deltas[0]
    if delta is None and prev is None:
        prev = _first_of_two_periods(doc.text, items, cur)
    if delta is None and prev is None:
        return None
    if prev is not None and prev.q is cur.q:
        return None  # 去年水产品总产量达20406吨，其中…，同比增长2%: one figure both years, no pairing
    if prev is not None and delta is None and kind in ("amount", "rate"):
        pair = _amount_and_rate(items, i, kind, prev, down)
        if pair is not None:
            amount, rate = pair
            made = prev.q.interval + (amount.q.interval.negated() if down else amount.q.interval)
            if not made.intersects(cur.q.interval):
                # 达到8251元，比上年7050元增加1050元，增长15%: the change and its rate agree on last
                # year's figure (1050 ÷ 7050 = 14.9%); the level is what they do not make
                return _level_off(doc, cur, prev, amount, rate, made, down) if kind == "amount" else None
    if delta is not None:
        d_verb = change_verb(delta.label)
        d_down = d_verb is not None and is_down(d_verb)
        if d_down != down:
            return None
        signed = delta.q.interval.negated() if d_down else delta.q.interval
        unit_slip = _unit_slip_of_level(cur.q, delta.q, signed, q, down, kind)
        if unit_slip is not None:
            slipped, other = (delta.q, cur.q) if delta.q.factor > cur.q.factor else (cur.q, delta.q)
            return Hit(span_of(doc, slipped), unit_slip, "warning", (span_of(doc, other), span_of(doc, q)))
        base = cur.q.interval - signed
        if base.hi <= 0:
            return None  # a last year at or below nothing: the change is not of this figure
        factor = cur.q.factor
        base_shown = f"{format_plain((base.mid / factor).quantize(Decimal('0.01')))} {cur.q.unit}"
        basis = f"本期 {cur.q.shown}、{delta.label.strip(' ，,')}{delta.q.shown}，上年为 {base_shown}"
        related = (delta.q, cur.q)
    else:
        base = prev.q.interval
        year = _BRACKET_YEAR.match(prev.label)  # （2019年74.9%）: the base is that year's
        basis = f"{year.group(1) + '年' if year else '上年'} {prev.q.shown} → 本期 {cur.q.shown}"
        then, now = _YEAR_IN_LABEL.search(prev.label), _YEAR_IN_LABEL.search(cur.label)
        if then is not None and now is not None and not is_previous_level(prev.label):
            basis = f"{then.group(1)}年 {prev.q.shown} → {now.group(1)}年 {cur.q.shown}"
        related = (prev.q, cur.q)
    stated = q.interval.negated() if down else q.interval
    stated_value = -Decimal(q.number) if down else Decimal(q.number)
    base_value = base.mid
    difference = cur.q.interval - base
    if delta is not None:
        difference = signed  # the change as stated (not cur − (cur − change): that doubles the rounding)
    diff_value = cur.q.interval.mid - base_value
    # (interval, exact value, unit shown) for each reading of the stated change
    candidates: list[tuple[Interval, Decimal, str]] = []
    if kind == "amount":
        candidates.append((difference.scaled(1 / q.factor), diff_value / q.factor, q.unit))
    elif kind == "points" or cur.q.base_unit == "%":
        candidates.append((difference, diff_value, "个百分点" if kind == "points" else "%"))
    if kind == "rate":
        if base.contains_zero() or base_value == 0:
            return None
        candidates.append(((difference / base).scaled(100), diff_value / base_value * 100, "%"))
    if any((stated_value == 0 or (v >= 0) == (stated_value >= 0)) and rounds_to(v, q.number)
           for _i, v, _u in candidates):  # (下降0.0% for −0.049%: a zero has no sign to disagree with)
        return HELD
    _interval, value, unit = candidates[-1]
    if kind == "points":  # a difference of rates as written: exact at their decimals
        decimals = decimals_of(q.number)
    elif kind == "amount" and is_count(q.base_unit):
        decimals = decimals_of(q.number)
    else:
        decimals = max(2, decimals_of(q.number))
    direction = ("增长" if value >= 0 else "下降") if kind == "rate" else \
        ("提高" if value >= 0 else "下降") if kind == "points" else ("增加" if value >= 0 else "减少")
    shown = f"{format_decimal(abs(value), decimals)}{'' if unit == '%' else ' '}{unit}"
    message = f"“{verb}{q.shown}”与前后数值不符：{basis}，应为{direction} {shown}"
    rounding = any(i.scaled(q.factor if kind == "amount" else 1).intersects(stated)
                   for i, _v, _u in candidates)
    if rounding:
        # only the rounding of the figures explains it: reported where the stated figure has
        # the shape of a slip, or the paragraph shows its figures are exact (another change
        # next to it holds to the last digit)
        severity = "warning"
        if slip_pattern(value, q.number):
            rounding = False
            message += "（按所列数字计算，像是尾数被截去或数字录错）"
        else:
            message += "（按所列数字计算；若所列数字为约数，可忽略）"
    else:
        severity = _severity(stated_value, value)  # (a 提示 is said to be far off by the engine)
    hit = Hit(span_of(doc, q), message, severity,
              tuple(span_of(doc, r) for r in related))
    if rounding and kind == "points" and prev is not None \
            and decimals_of(prev.q.number) == decimals_of(cur.q.number) == decimals_of(q.number):
        return hit  # 由95.6%提高到97.1%，提高1.6个百分点: a reader subtracts the rates as written
    if not rounding:
        return hit
    # (产值1.47亿元，增长12.3%（上年1.31亿元）: the figures allow 11.4%–13.0%, and a rate to the
    # tenth may be worked out from them as written; 49.2亿元 on 32.02亿元, 增长53.66%: they allow
    # 53.50%–53.81%, thirty times the hundredth the rate is given to: it was worked out from finer
    # figures than these, and their rounding is no slip)
    allowed = candidates[-1][0]
    step = Decimal(1).scaleb(-decimals_of(q.number))
    return ROUNDED, hit, allowed.hi - allowed.lo <= 20 * step


def _amount_and_rate(items: list[_Item], i: int, kind: str, prev: _Item, down: bool):
    """(amount, rate) where the change at i and the one beside it are an amount and its rate over
    last year's figure that agree with each other (增加1050元，增长15% of 7050元), else None."""
    j = i + 1 if kind == "amount" else i - 1
    if not 0 <= j < len(items):
        return None
    amount, rate = (items[i], items[j]) if kind == "amount" else (items[j], items[i])
    verbs = change_verb(amount.label), change_verb(rate.label)
    if None in verbs or any(is_down(v) != down for v in verbs) or rate.q.base_unit != "%" \
            or amount.q.base_unit != prev.q.base_unit or not (amount.q.exact and rate.q.exact) \
            or prev.q.interval.contains_zero():
        return None
    if not rounds_to(amount.q.interval.mid / prev.q.interval.mid * 100, rate.q.number):
        return None
    return amount, rate


def _level_off(doc: TextDoc, cur: _Item, prev: _Item, amount: _Item, rate: _Item, made, down: bool) -> Hit:
    factor = cur.q.factor
    shown = format_plain((made.mid / factor).quantize(Decimal("0.01")).normalize())
    word = "减少" if down else "增加"
    share = format_decimal(amount.q.interval.mid / prev.q.interval.mid * 100, 2)
    message = (f"“{cur.q.shown}”与上年 {prev.q.shown} {word} {amount.q.shown} 所得 {shown} {cur.q.unit} 不符"
               f"（{word}额与上年之比 {share}%，与所写的 {rate.q.shown} 相符），请核对本期数字")
    return Hit(span_of(doc, cur.q), message, "error",
               (span_of(doc, prev.q), span_of(doc, amount.q), span_of(doc, rate.q)))


def _unit_slip_of_level(level, change, signed, rate, down: bool, kind: str) -> str | None:
    """农民人均纯收入4496万元，增加了484元，增长率达12%: the level and its change written in units
    10⁴ apart, and the rate holds with the level read in the change's unit (4496元: 484 ÷ 4012 =
    12.06%): the level's unit is the slip, not the rate."""
    if kind != "rate" or level.base_unit != change.base_unit or level.factor == change.factor \
            or not level.exact or "." in level.number and len(level.number) < 4:
        return None
    read = Interval.from_written(level.number, change.factor)
    base = read - signed
    if base.hi <= 0 or base.contains_zero():
        return None
    value = (read.mid - base.mid) / base.mid * 100
    if (value < 0) != down or not rounds_to(abs(value), rate.number):
        return None
    grown = f"{'下降' if down else '增长'} {format_decimal(abs(value), 2)}%，与所写的 {rate.shown} 相符；请核对单位"
    if change.factor > level.factor:  # (人均纯收入4496元，增加了484万元: the 万 is the change's slip)
        return f"变化量“{change.shown}”与“{level.shown}”单位不一致：若为 {change.number} {level.unit}，则{grown}"
    return f"“{level.shown}”与变化量“{change.shown}”单位不一致：若为 {level.number} {change.unit}，则{grown}"


_TWO_PERIODS = re.compile(r"(?:(?:19|20)\d\d年|上年|去年|今年|上半年|下半年|[一二三四]季度)[、和与及至]"
                          r"(?:(?:19|20)\d\d年|上年|去年|今年|上半年|下半年|[一二三四]季度)")


def _first_of_two_periods(text: str, items, cur) -> _Item | None:
    """2022年、2023年全乡…治安案件分别为126起、104起，下降17.4%: two periods named, their figures
    listed in that order after 分别: the first is the earlier level, the second the current."""
    k = next((n for n, it in enumerate(items) if it is cur), None)
    if not k:
        return None
    first = items[k - 1]
    if first.q.base_unit != cur.q.base_unit or not first.q.exact \
            or text[first.q.end:cur.q.start].strip(" \u3000") not in ("、", "和", "与", "及"):
        return None
    clause = max(text.rfind(c, 0, first.q.start) for c in "，,；;。\n") + 1
    sentence = max(text.rfind(c, 0, first.q.start) for c in "。！？\n") + 1
    if "分别" not in text[clause:first.q.start] or not _TWO_PERIODS.search(text, sentence, first.q.start):
        return None
    return first


def _in_respective_list(text: str, q) -> bool:
    """…，分别比上年同期的2.77万头、1.63万头增长3.2%和5.5%: figures matched in order by 分别
    (respective.py), not a change of the figure just before."""
    clause = max(text.rfind(c, 0, q.start) for c in "，,；;。\n") + 1
    return "分别" in text[clause:q.start]


def check_growth(doc: TextDoc):
    if not _CHANGE_HINT.search(doc.text):
        return
    by_paragraph: dict[int, list] = {}
    for sentence, items in _items(doc.text).items():
        if len(items) < 2:
            continue
        results = by_paragraph.setdefault(doc.text.rfind("\n", 0, sentence.start), [])
        for i in range(1, len(items)):
            if change_verb(items[i].label) is not None and not is_level_after_change(items[i].label) \
                    and not _in_respective_list(doc.text, items[i].q):
                results.append(_check_change(doc, items, i))
    for results in by_paragraph.values():
        exact_elsewhere = HELD in results
        for r in results:
            if isinstance(r, Hit):
                yield r
            elif isinstance(r, tuple) and exact_elsewhere:
                yield r[1]
            elif isinstance(r, tuple) and r[2] and _one_sentence(doc.text, r[1]) and _precise(doc.text, r[1]):
                # no change beside it holds to the last digit: the figures may be rounded ones, so
                # it is only pointed out (a 提示, the rounding named), and only where the figures
                # stand in the change's own sentence (产值1.47亿元，同比增长12.3%（上年同期1.31亿元）)
                # and are written to three digits or more (1.8万元 to 3.8万元 may be any of a range)
                yield Hit(r[1].anchor, r[1].message, "info", r[1].related, r[1].fix)


_DIGITS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")


def _precise(text: str, hit: Hit) -> bool:
    """The figures the change is worked out from have three significant digits or more each."""
    for a in hit.related:
        m = _DIGITS.search(text, a.start, a.start + a.length)
        if m is None or len(m.group().replace(".", "").replace("．", "").strip("0０")) < 3:
            return False
    return True


def _one_sentence(text: str, hit: Hit) -> bool:
    """The hit's figures all stand in one sentence."""
    starts = [a.start for a in (hit.anchor, *hit.related)]
    return not any(c in text[min(starts):max(starts)] for c in "。！？\n")


GROWTH_RULE = DocRule(
    id="growth",
    severity="error",
    title="增长幅度与前后数值不符",
    check=check_growth,
    failing=(
        "上报易地扶贫搬迁4022户14200人（建档立卡贫困户3807户13559人），与2017年年底上报的4722户16949人（建档立卡贫困户4371户15766人），减少710户2749人。",
        "全镇常住人口城镇化率达到44.5%，比上年提高1.8个百分点，上年为43.0%。",
        "2020年，街道收入总计293.54万元、支出总计284.47万元，与2019年相比，支出总计减少13.54万元，下降4.41%。",
        "财政收入由上年的500万元增长到550万元，同比增长12%。",
        "上年同期为200户，今年为180户，较上年下降5%。",
        "一季度完成财政收入8460万元，较上年同期增收620万元，同比增长8.5%。",
        "一季度完成税收收入5210万元，较上年同期减收380万元，同比下降7.3%。",
        "上年完成投资300万元，今年完成投资360万元，较上年增加50万元。",
        "参保率由上年的90%提高到95%，较上年提高3个百分点。",
        "五年来，农业生产总值由2亿元增长到了4.05亿元，增长101.5%；农民人均纯收入由4800元增长到了10800元，增长了125%。",
        "五年来，农业生产总值由2亿元增长到了4.05亿元，增长101.5%。",
        "均价22.07元/公斤，比上年增4.35元，增22.6%。",
        "地方一般公共预算收入累计完成1.78亿元，较同期增长0.75亿元，增幅达67.6%。",
        "均价32.51元/公斤，较去年的30.83元/公斤增加1.86元/公斤。",
        "全镇农村低保人数由上年的1586人减少到1427人，减少169人，下降10%。",
        "全镇城乡居民医保参保率达到97.6%，比上年提高2.3个百分点（上年为95.8%）。",
        "上半年完成固定资产投资4.62亿元,同比增长18.6%(上年同期3.985亿元)。",
        "烟农售烟收入4713.2萬元,較去年4254.38萬元增加485.82萬元。",
        "城乡居民医保参保率由上年的95.6%提高到97.1%，提高1.6个百分点。",
        "全年清运生活垃圾8640吨，月均720吨，比上年的7686吨增长14.2%。",
        "烟农售烟收入3512.9万元，担均价1626.3元。烟农售烟收入比上年增加386.4万元，增长12.6%。",
        "全镇粮食总产量6.5万吨，2022年为7.7万吨，减少1.2万吨，下降13.6%。",
        "今年乡村旅游接待人数完成86054人次。与上年相比，增加了7823人次，增长9.1%。",
        "全年蔬菜种植面积完成38947亩，增长9.10%（2021年为35731亩）。",
        "项目总投资228.8万元，其中：村自筹资金67.3万元，申请财政奖补资金161.5万元，比上年财政奖补资金净增31.69万元，增长25.77%。",
        "粮食总产量达到10417吨，比上年增加311吨，增长3.07%（2023年为10107吨）。",
        "镇卫生院全年门急诊8.62万人次，同比增长4.8%（上年8.23万人次）。",
        "2005年农民人均纯收入4496万元，在2004年的基础上增加了484元，增长率达12%。",
        "全乡农民人均纯收入达到8251元，比上年农民人均纯收入7050元增加1050元，增长15%。",
        "人均纯收入4496元，增加了484万元，增长率达12%。",
    ),
    passing=(
        # the aside's part is not the level: 4722 − 4022 = 700
        "上报易地扶贫搬迁4022户14200人（建档立卡贫困户3807户13559人），与2017年年底上报的4722户16949人（建档立卡贫困户4371户15766人），减少700户2749人。",
        "全镇常住人口城镇化率达到44.5%，比上年提高1.5个百分点，上年为43.0%。",
        "2020年，街道收入总计293.54万元、支出总计284.47万元，与2019年相比，收入总计减少13.54万元，下降4.41%。",
        "全镇财政收入由上年的2157万元增加到2277万元，增长5.6%，人均财政收入905元，比上年增长9.6%。",
        # 增收 / 减收 after a comparison is the change, not last year's level
        "一季度完成财政收入8460万元，较上年同期增收620万元，同比增长7.9%。",
        "一季度完成税收收入5210万元，较上年同期减收380万元，同比下降6.8%。",
        "上半年完成一般公共预算收入1083万元，比上年同期的1002万元增长8.1%；其中税收收入786万元，同比增长6.5%。",
        "全年实现农业总产值5.62亿元，比上年的5.21亿元增长7.9%；其中畜牧业产值2.03亿元，增长11.3%。",
        "财政收入由上年的500万元增长到550万元，同比增长10%。",
        "全乡预计实现国民生产总值9100万元，同比增长1.68%。",
        "信访平台信访件较去年同期的12个降低为7个。",
        "上年完成投资300万元，今年完成投资360万元，较上年增加60万元。",
        "上年同期为200户，今年为180户，较上年下降10%。",
        "参保率由上年的90%提高到95%，较上年提高5个百分点。",
        "生产干毛茶440万公斤，比上年增11.63万公斤，增长2.71%。",
        "农业产值14520万元，比上年同期增509.5万元，增长3.64%，工业值8844万元，比上年同期增823.12万元，增长10.26%。",
        "规模上企业产值任务23亿元，企业个数6家，比去年减少1家，产值增长35.3%。",
        "上等烟比例74.25%，较去年的77.14%减少2.89%。",
        "均价32.51元/公斤，较去年的30.83元/公斤增加1.68元/公斤。",
        "完成财税收入550万元，占全年任务的114%，同比增长137%。",
        "实现产值3862.6万元，比上年增990多万元，增30.75%。",
        "户均种烟收入17438.37元，比上年增3383.34元，增24%。",
        "农民人均纯收入由4800元增长到了10800元，增长了125%。",
        "村集体收入由1.8万元增长到3.8万元，增长110%。",
        "全镇农村低保人数由上年的1586人减少到1427人，减少159人，下降10%。",
        "全镇城乡居民医保参保率达到97.6%，比上年提高1.8个百分点（上年为95.8%）。",
        "上半年完成固定资产投资4.62亿元,同比增长15.9%(上年同期3.985亿元)。",
        "城乡居民医保参保率由上年的95.6%提高到97.1%，提高1.5个百分点。",
        "城乡居民医保参保率由上年的95.62%提高到97.1%，提高1.5个百分点。",
        "全年清运生活垃圾8640吨，月均720吨，比上年的7686吨增长12.4%。",
        "全镇集体经济收入总额达到486.3万元，村均34.7万元，比上年增加98.6万元，增长25.4%。",
        "烟农售烟收入3512.9万元，担均价1626.3元。烟农售烟收入比上年增加386.4万元，增长12.4%。",
        "2024年，全镇实现地区生产总值11.49亿元，2023年为10.86亿元，比上年增加0.63亿元，增长5.8%。",
        "全镇7家规上企业全年实现利税7.7亿元，2023年为5.6亿元，增加2.1亿元，增长37.50%。",
        "今年乡村旅游接待人数完成86054人次。与上年相比，增加了7823人次，增长10.0%。",
        "全年蔬菜种植面积完成38947亩，增长9.00%（2021年为35731亩）。",
        "2023年全镇粮食产量7.7万吨，2024年为6.5万吨，减少1.2万吨，下降15.6%。",
        "项目总投资228.8万元，其中：村自筹资金67.3万元，申请财政奖补资金161.5万元，比上年财政奖补资金净增31.69万元，增长24.41%。",
        "截至8月底，全市已有2001个村完成入户调查工作，占任务90.58%，比上月增加132个村，增长5.97%。",
        "全国播种面积为27557千公顷，比上年扩大116千公顷，增长0.4%。",
        "6月份全镇完成税收收入486万元，环比增长8.0%，同比增长12.5%（上年同月432万元）。",
        "全年一般公共预算收入8504万元，比上年的7795万元增长9.1%，增幅比上年提高1.6个百分点（上年增幅为7.5%）。",
        "本月财政收入12267万元，上年同期为12273万元，同比下降0.0%。",
        "据统计，该区去年水产品总产量达20406吨，其中内陆养殖产量20294吨，内陆捕捞量112吨，同比增长2%。",
        "全县位列榜单823位，较2017年的875位提升了52位。",
        "镇卫生院全年门急诊8.62万人次，同比增长4.7%（上年8.23万人次）。",
        "2005年农民人均纯收入4496元，在2004年的基础上增加了484元，增长率达12%。",
        "全乡农民人均纯收入达到8100元，比上年农民人均纯收入7050元增加1050元，增长15%。",
        "2023年完成工业总产值49.2亿元，比2022年的32.02亿元，增长53.66%。",
        "全镇实际投保3.66万亩，超额完成0.86万亩，与去年2.6万亩相比，增加1.06万亩，提高40.8%。",
    ),
)

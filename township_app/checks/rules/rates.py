"""Rates stated with their numerator and denominator: 已拨付 152.81 万元 ÷ 安排 174 万元 = 87.82%.

A rate keyword is a line of RATE_DEFINITIONS: the words that name its numerator and its
denominator in the text. A rate whose definition is a convention (贫困发生率 = 未脱贫人口 ÷
总人口) may be computed on another base by the county, so its mismatch is a warning.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from ..groups import groups_by_paragraph
from ..intervals import interval_sum
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..tokens import Quantity
from .rate_definitions import RATE_DEFINITIONS, RateDefinition
from .records import records_joined
from .rate_bases import base_in_paragraph_before, base_the_numerator_names, rest_before
from .remainders import UNDER_WAY_WORDS
from .ratio_verdict import another_population_explains, judge_ratio, mistyped_base, slip_pattern
from .slip_shapes import typo_like
from ..changes import is_comparison, is_previous_level


_BY_LENGTH = sorted(RATE_DEFINITIONS, key=lambda d: len(d.keyword), reverse=True)


class _Labelled(NamedTuple):
    """A figure and the words naming it. A tuple: a paragraph's figures are wrapped once per
    rule, and a frozen dataclass took several times as long to build."""

    q: Quantity
    label: str


#: 应参加…保险28436人, 应改厕农户2480户, 应接种3260人, 需拆迁房屋86户: what should (must) be done
#: is the base of the rate of what was done (not 相应, 供应, 应急, 应当, 需要, 急需 …)
_SHOULD_RE = re.compile(r"(?:(?<![相供响适反效感呼照理答对])应(?![急用对当该届声])"
                        r"|(?<![必急所无])需(?![要求]))[\u4e00-\u9fff]{1,2}")
#: 接种率96.2%, 改厕率88.1%: a rate named after what was done, with no line of its own
_STEM_RATE_RE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2})率(?:为|是|达到|达|了|：|:)*\s*$")
_NOT_STEMS = ("增长", "同比", "环比", "占有", "比例", "利用", "增加", "下降", "提高", "发生", "增幅")


_REACHED = re.compile(r"(?:下降|降低|提高|提升|上升|增长|增加|减少)(?:了)?(?:到|至|为)(?:现在|目前|当前|今年|年底|年末)?的?$")


def _reached_from(items: list[_Labelled], n: int, text: str) -> RateDefinition | None:
    """贫困发生率由2017年的42.3%下降到21.43%: the rate a 由A…到B names for A is B's too (A, the
    level left, is of another year and not checked)."""
    if n == 0 or not _REACHED.search(items[n].label.rstrip(" \u3000")):
        return None
    before = items[n - 1]
    if before.q.base_unit != items[n].q.base_unit or any(c in text[before.q.end:items[n].q.start] for c in "。；;\n"):
        return None
    for d in _BY_LENGTH:
        if d.keyword in before.label:
            return d
    return None


_OF_INFANTS = re.compile(r"(?:新生儿|婴儿|孕产妇|儿童|围产儿)$")


#: the words a ratio's name is joined to its figure by (报销比例为, 实际补偿比达到)
_LINKED = re.compile(r"[ \u3000]*(?:为|是|达到了?|达|提高到|提高至|提升到|提升至|：|:)?[ \u3000]*")


def _definition_for(label: str) -> RateDefinition | None:
    tail = label[-8:]
    for d in _BY_LENGTH:
        at = tail.rfind(d.keyword)
        if at > 0 and tail[at - 1] in "不未非":
            return None  # 不合格率2.09%: the rate of the rest, not of 合格
        if at >= 0 and _OF_INFANTS.search(tail[:at]):
            return None  # 新生儿死亡率, 婴儿死亡率, 孕产妇死亡率: over births (or per 10万), not the population
        if at >= 0 and d.keyword.endswith(("比", "比例")) and not _LINKED.fullmatch(tail[at + len(d.keyword):]):
            continue  # 补偿比上年提高5个百分点, 报销比例较去年…: a comparison, not the ratio's level
        if at >= 0:
            return d
    m = _STEM_RATE_RE.search(label)
    if m and m.group("stem") not in _NOT_STEMS:
        stem = m.group("stem")
        # the base is only ever what should have been done (应…), the figure what was (已/实际…)
        return RateDefinition(f"{stem}率", (f"已{stem}", f"实际{stem}", f"累计{stem}"), ())
    return None


def _should(label: str) -> str | None:
    m = _SHOULD_RE.search(label)
    return m.group() if m else None


def _matches(label: str, words: tuple[str, ...]) -> str | None:
    for w in words:
        if w in label:
            return w
    return None


_TARGET_WORDS = ("目标", "任务", "计划", "指标")
_TARGET_NAMED = re.compile("|".join(_TARGET_WORDS))


def _role(definition: RateDefinition, label: str) -> str | None:
    """Which side a label names; 应参保 names the denominator although it contains 参保."""
    role = _side(definition, label)
    if role == "numerator" and _TARGET_NAMED.search(label):
        return None  # 完成全年参保目标人数400万人的116.36%: a target is not what was done
    return role


#: what makes a population figure one part of the people (乡村户籍人口, 男性人口)
_PART_OF_PEOPLE = re.compile(r"(?:乡村|农村|城镇|男性|女性|农业|非农业|男|女)$")


def _side(definition: RateDefinition, label: str) -> str | None:
    among = label.rfind("中")
    if 0 < among < len(label) - 1 and _matches(label[among + 1:], definition.numerator) \
            and not _matches(label[among + 1:], definition.denominator):
        label = label[among + 1:]  # 签约项目中已开工19个: those among the projects that started
    num = _matches(label, definition.numerator)
    den = _matches(label, definition.denominator) or _should(label)
    if den and definition.convention and _PART_OF_PEOPLE.search(label[:label.find(den)]):
        den = None  # 城镇户籍人口718215人，乡村户籍人口493685人: parts of the population, no base of a rate over it
    if den and (not num or num in den):
        return "denominator"
    if num and not den:
        return "numerator"
    if num and den and den.find(num) < 0 and label.find(num) < label.find(den):
        return "numerator"  # 政策内出生人口: a qualifier before the base's noun narrows it to the part
    if num and den and len(num) != len(den):  # 政策内出生: 政策内 says more than 出生
        return "numerator" if len(num) > len(den) else "denominator"
    return None


_IN_PROGRESS_WORD = re.compile(rf"(?:{'|'.join(UNDER_WAY_WORDS)})[\u4e00-\u9fff]{{0,4}}$")


def _done_before_its_subset(definition: RateDefinition, items: list[_Labelled], num: _Labelled,
                            rate_label: str) -> _Labelled:
    """已办结24件，其中按期办结17件，办结率77.4%: the rate counts all that were done, not the part
    of them 其中 names — unless the rate is named for that part (其中重点人群签约…，重点人群签约率)."""
    core = num.label.strip(" \u3000，,、；;：:")
    if not core.startswith("其中"):
        return num
    stem = _matches(core, (definition.keyword[:-1], *definition.numerator))
    named = core[2:core.find(stem)] if stem else ""
    if len(named) >= 2 and named in rate_label:
        return num
    k = next((n for n, it in enumerate(items) if it is num), 0)
    for it in reversed(items[:k]):
        if it.q.base_unit == num.q.base_unit and it.q.exact:
            return it if _role(definition, it.label) == "numerator" else num
    return num


#: a task beaten by up to half again is written 完成率100% (5200米 of 5000米); beyond that, a slip
CAPPED_AT_MOST = Decimal("1.5")

#: 从45.64%下降为…, 由上年的95.2%提高到…: the rate a change started from, an earlier time's
_FROM_RATE = re.compile(r"(?:从|由)(?:上年|去年|上一年|年初|(?:19|20)\d\d年)?(?:末|底)?的?$")


def _pick(definition: RateDefinition, rate: Quantity, items: list[_Labelled], text: str = "",
          brackets: list | None = None):
    """The numerator nearest before the rate and the nearest denominator in the same unit.

    Only the nearest numerator is tried: when the figure just before 完成率 is about roads,
    an earlier investment figure must not be divided instead. Walks back from the rate, so
    the usual case (both within a clause or two) costs little."""
    num: _Labelled | None = None
    dens: list[_Labelled] = []
    first_after_num = False
    own_base: _Labelled | None = None
    passed: list[RateDefinition] = []  # rates of other kinds between this one and its numerator
    others_brackets = {id(b) for r, b in (_bracket_bases(items, text) if brackets is None else brackets) if r is not rate}
    for it in reversed(items):
        if it.q.end > rate.start:
            continue
        if it.q.base_unit in ("%", "‰"):
            if it.q is not rate and _definition_for(it.label) == definition \
                    and not _FROM_RATE.search(it.label.rstrip(" \u3000")):
                # 常住人口…，签约…，签约率65.65%；重点人群9856人，已签约9127人，签约率92.60%: what
                # lies before an earlier rate of the same kind is that rate's; the base is the
                # figure just before the numerator, or unknown (重点人群签约率82.6% with no
                # figures of its own: nothing to check)
                return (num, own_base) if num is not None and own_base is not None else None
            other = _definition_for(it.label) if it.q is not rate and num is None \
                and not _FROM_RATE.search(it.label.rstrip(" \u3000")) else None
            if other is not None:
                passed.append(other)
            continue
        if not it.q.exact or id(it) in others_brackets:
            continue  # 参保率96.3%（应参保19134人）: another rate's own base
        if _IN_PROGRESS_WORD.search(it.label):
            continue  # 正在整改15个, 正在办理4件: still under way, neither done nor the base
        if is_comparison(it.label) and _role(definition, it.label) == "numerator":
            continue  # 出生1070人，比上年多出生140人，出生率…: the difference is not what the rate counts
        role = _role(definition, it.label)
        right_before_num, first_after_num = first_after_num, False
        if role == "numerator" and num is None and any(_role(d, it.label) == "numerator" for d in passed):
            return None  # 已入学52名，入学率96.3%，初等教育完成率100%: the figure is the rate passed's own
        if role == "numerator" and num is None:
            if definition.unit and it.q.base_unit != definition.unit:
                continue
            num = it
            first_after_num = True
            for den in dens:  # a denominator stated after the numerator (已拨付…，安排…，拨付率…)
                if den.q.base_unit == num.q.base_unit:
                    return num, den
        elif role == "denominator":
            if text and _SHARE_RIGHT_AFTER.match(text, it.q.end) and _SENTENCE_END.search(text, it.q.end, rate.start):
                continue  # 达到序时进度的项目有188个，占开工在建项目数的67.6%。已竣工项目共50个，竣工率…: a part of another
            if num is not None and it.q.base_unit == num.q.base_unit:
                if it.q.interval.hi < num.q.interval.lo and rate.interval.hi <= 100 \
                        and not (len(num.q.number) >= 3 and typo_like(it.q.number, num.q.number)) \
                        and mistyped_base(num.q, it.q, rate, [x.q for x in items]) is None:
                    continue  # 亿元以上项目17个 … 已开工19个: a base is never less than what it counts
                    # (排查414处，整改441处: unless the two are one figure mistyped)
                return num, it
            dens.append(it)
        elif right_before_num and it.q.base_unit == num.q.base_unit and it.q.end <= num.q.start:
            if _planned(definition, it.label) and text \
                    and not any(c in text[it.q.end:num.q.start] for c in "。；;\n"):
                return num, it  # 计划新开工项目270项，实际已开工129项，开工率…: the plan is the base
            if _sub_group_of(text, it, num):
                return num, it  # …；其中重点人群5002人，签约4632人，签约率92.6%: the group's own rate
            if not text or not any(c in text[it.q.end:num.q.start] for c in "。；;\n"):
                own_base = it
    return None


def _planned(definition: RateDefinition, label: str) -> bool:
    """计划新开工项目, 年度任务完成…: what was to be done of the kind the rate counts."""
    return _side(definition, label) == "numerator" and _TARGET_NAMED.search(label) is not None


def _qualified_numerator(definition: RateDefinition, label: str, rate: Quantity,
                         items: list[_Labelled], num: _Labelled, den: _Labelled) -> _Labelled:
    """已完成路基52.3公里、路面41.8公里，路面完成率71.3%: a rate named for one of the figures
    (路面) is of that figure, not of the first after 已完成."""
    head = label[:label.rfind(definition.keyword)] if definition.keyword in label else ""
    qualifier = re.split(r"[，,、；;：:。\s]", head)[-1][-4:]
    if len(qualifier) < 2 or qualifier in num.label:
        return num
    named = [it for it in items if it.q.end <= rate.start and it.q.exact and qualifier in it.label
             and it.q is not den.q  # 重点人群共18102人，签约14862人，重点人群签约率: the group is the base
             and it.q.base_unit == num.q.base_unit and it.q.start > num.q.start - 60
             and _role(definition, it.label) != "denominator"]  # 人口出生率: 总人口 is the base
    return named[-1] if named else num


def _group_the_numerator_names(definition: RateDefinition, items: list[_Labelled],
                               num: _Labelled, den: _Labelled, rate: Quantity | None = None) -> _Labelled:
    """教职工总数73人，…，其中专任教师57人。专任教师合格学历57人，合格率100%: the numerator names its
    group (专任教师) and that group's own figure stands between the base found and it: the rate
    is of that group."""
    stem = _matches(num.label, (definition.keyword[:-1], *definition.numerator))
    core = num.label.strip(" \u3000，,、；;：:")
    head = core[:core.find(stem)][-6:] if stem else ""
    # …下达营造林任务42200亩，其中人工造林8700亩…。已完成人工造林8740亩，任务完成率100.5%: the
    # group named after 已完成, a part of the task, is the task done (and a task may be beaten)
    tail = core[core.find(stem) + len(stem):] if stem and definition.keyword.endswith("完成率") else ""
    if tail and rate is not None and any(num.q.end <= it.q.start and it.q.end <= rate.start
                                         and it.q.base_unit == num.q.base_unit for it in items if it is not num):
        tail = ""  # 已完成人工造林8740亩、封山育林33500亩，任务完成率100.1%: all done of the whole task
    for name, holds in ((head, True), (tail, False)):
        if len(name) < 2 or not _HAN_NAME.fullmatch(name):
            continue
        for it in reversed(items):
            if den.q.start < it.q.start and it.q.end <= num.q.start and it.q.exact \
                    and it.q.base_unit == num.q.base_unit and (not holds or it.q.interval.lo >= num.q.interval.lo) \
                    and it.label.strip(" \u3000，,、；;：:").endswith(name):
                return it
    return den


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")


#: nouns that name a group of people a rate may be of (普通人群, 常住人口, 低保对象)
_GROUP_NOUNS = ("人群", "人口", "群体", "对象", "家庭", "农户", "学生", "儿童", "老人", "妇女", "职工", "居民")


def _of_another_group(definition: RateDefinition, label: str, num: _Labelled, den: _Labelled) -> bool:
    """The rate names a group (普通人群, 常住人口) by the noun the figures' group is named by (人群,
    人口), and neither figure is of that group."""
    head = label[:label.rfind(definition.keyword)] if definition.keyword in label else ""
    qualifier = re.split(r"[，,、；;：:。\s]", head)[-1][-4:]
    if len(qualifier) < 4 or not qualifier.endswith(_GROUP_NOUNS):
        return False
    noun = qualifier[-2:]
    return any(noun in x.label for x in (num, den)) and not any(qualifier in x.label for x in (num, den))


#: schemes people are counted in (养老保险参保 / 医保参保率): a rate named for one is not the other's
_SCHEMES = ("养老", "医保", "医疗", "失业", "工伤", "生育", "新农合", "低保", "五保")


def _of_another_scheme(definition: RateDefinition, label: str, num: _Labelled, den: _Labelled) -> bool:
    """养老保险参保人数达到28471人…医保参保率96.10%: the rate names a scheme, its numerator another."""
    head = label[:label.rfind(definition.keyword)] if definition.keyword in label else ""
    named = [w for w in _SCHEMES if w in head]
    if not named or any(w in num.label or w in den.label for w in named):
        return False
    return any(w in num.label for w in _SCHEMES)


def _nearest_numerator(definition: RateDefinition, rate: Quantity, items: list[_Labelled]):
    stem = definition.keyword[:-1]
    for it in reversed(items):
        if it.q.end <= rate.start and it.q.exact and it.q.base_unit not in ("%", "‰") \
                and (_role(definition, it.label) == "numerator"
                     or (stem in it.label and not _negated(it.label, stem))):  # 规范管理738人，规范管理率…
            return it
    return None


def _bracket_bases(items: list[_Labelled], text: str) -> list[tuple[Quantity, _Labelled]]:
    """(rate, figure) for each figure in a bracket right after a rate: 参保率96.3%（应参保19701人）,
    签约率55.5%（按常住人口22860人计）. The bracket gives that rate's base."""
    out = []
    for k in range(1, len(items)):
        before, it = items[k - 1], items[k]
        if before.q.base_unit in ("%", "‰") and it.q.base_unit not in ("%", "‰") \
                and it.label.strip(" \u3000，,")[:1] in ("（", "(") and "）" not in it.label and ")" not in it.label:
            out.append((before.q, it))
            if text and _ALL_RATES.search(it.label):
                # 出生率4.75‰；死亡率3.86‰；自然增长率0.71‰（均按户籍人口36754人计算）: the base of
                # every rate of the sentence in that unit, back to the first figure of another kind
                for j in range(k - 2, -1, -1):
                    q = items[j].q
                    if _SENTENCE_END.search(text, q.end, items[j + 1].q.start):
                        break
                    if q.base_unit == before.q.base_unit:
                        out.append((q, it))
    return out


#: ，占开工在建项目数的67.6%: a figure's own share, said right after it
_SHARE_RIGHT_AFTER = re.compile(r"[，,]\s*(?:约)?占[^，,。；;]{0,16}?[0-9.]+[%％]")
_ALL_RATES = re.compile(r"[（(]\s*(?:以上|上述)?(?:均按|均以|均为按|都按)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _sub_group_of(text: str, it: _Labelled, num: _Labelled) -> bool:
    """…；其中老年人、孕产妇等重点人群5002人，签约4632人: 其中 opens the clause of this very figure
    (no other figure between), and the numerator follows in the same sentence."""
    clause = _clause_before(text, it.q.start) if text else it.label
    if any(c.isdigit() for c in clause) or any(c in text[it.q.end:num.q.start] for c in "。；;\n"):
        return False
    return _sub_group(clause) is not None


def _clause_before(text: str, start: int) -> str:
    """The words from the last ；/。 before a figure (其中老年人、孕产妇…等重点人群)."""
    lo = max(0, start - 60)
    cut = max(text.rfind(c, lo, start) for c in "；;。\n")
    return text[max(cut + 1, lo):start] if text else ""


def _sub_group(label: str) -> str | None:
    """其中重点人群: a group named as part of the one before, whose own rate follows."""
    core = label.strip(" \u3000，,、；;：:")
    if not core.startswith("其中"):
        return None
    name = re.split(r"[、等，,]", core[2:].strip(" ，,：:"))[-1]
    return name[-6:] if name else None


#: words a rate is named by (城镇化水平 is the 城镇化率 by another name)
_RATE_NAMES = ("率", "进度", "城镇化水平", "比例", "补偿比", "报销比")


def check_rates(doc: TextDoc):
    if not any(w in doc.text for w in _RATE_NAMES):
        return
    previous = None
    for para, inside in records_joined(doc.text, groups_by_paragraph(doc.text)):
        previous, before_items = (para, inside), previous
        words = para.text(doc.text)
        if not any(w in words for w in _RATE_NAMES):
            continue
        # (计(jì)划: a copy's pinyin glosses stand as spaces in the text read; words run on across them)
        items = [_Labelled(q, g.label.replace(" ", "") if " " in g.label else g.label)
                 for g in inside for q in g.quantities]
        brackets = None
        for n, it in enumerate(items):
            rate = it.q
            if rate.base_unit not in ("%", "‰") or rate.approx:
                continue
            if "分别" in it.label:
                continue  # 出生率和死亡率分别为5.86‰和8.19‰: several rates matched in order, not this one's word
            if _FROM_RATE.search(it.label.rstrip(" \u3000")):
                continue  # 贫困发生率从45.64%下降为现在的11.17%: the level of an earlier time it fell from
            definition = _definition_for(it.label) or _reached_from(items, n, doc.text)
            if definition is None or _PLANNED_RATE.search(doc.text, max(0, rate.start - 12), rate.start):
                continue  # 确保全年完成率100%: a rate planned, not one reached
            if brackets is None:
                brackets = _bracket_bases(items, doc.text)  # once a paragraph, not once a rate
            pair = _pick(definition, rate, items, doc.text, brackets)
            if pair is None:
                pair = base_the_numerator_names(rate, items, doc.text, lambda label: _role(definition, label))
            rest = rest_before(definition, rate, items) if definition.rest else None
            if rest is not None:
                pair = rest  # 总费用…，报销…，医疗救助…，个人自付…，综合报销比例: all but what was left to pay
            bracket = next((b for r, b in brackets if r is rate), None)
            both = _both_in_bracket(definition, n, items, doc.text) if bracket is not None else None
            if both is not None:
                pair, bracket = both, None  # 参保率97.2%（应参保39602人，实际参保38652人）: the two meant
            if bracket is not None:
                # the base written in a bracket after the rate is the one meant
                num = pair[0] if pair is not None else _nearest_numerator(definition, rate, items)
                fits = num is not None and num.q.base_unit == bracket.q.base_unit and bracket.q.exact \
                    and bracket.q.interval.hi >= num.q.interval.lo \
                    and _role(definition, bracket.label) != "numerator"  # （化解64件）: a detail, no base
                pair = (num, bracket) if fits else None
            if pair is not None:
                pair = (_qualified_numerator(definition, it.label, rate, items, pair[0], pair[1]), pair[1])
                pair = (_done_before_its_subset(definition, items, pair[0], it.label),
                        _group_the_numerator_names(definition, items, *pair, rate))
            implicit = False
            if pair is None and not definition.convention:
                pair = _implicit_pair(definition, rate, items, doc.text)
                implicit = pair is not None
                if pair is None:
                    pair = _complement_after(definition, n, items, doc.text)
                    implicit = "near" if pair is not None else False
            if pair is None and before_items is not None and not definition.convention:
                pair = base_in_paragraph_before(definition, rate, items, before_items, doc.text,
                                                lambda label: _role(definition, label))
                implicit = "before" if pair is not None else False
            if pair is None:
                continue
            num, den = pair
            if _of_another_group(definition, it.label, num, den) or _of_another_scheme(definition, it.label, num, den):
                continue  # 重点人群7890人，重点人群签约3280人；普通人群签约率56%: not those people's rate
            if den.q.interval.contains_zero() or num.q is den.q \
                    or _side(definition, num.label) == "numerator" and _TARGET_NAMED.search(num.label):
                continue  # (a target found by another reading is still not what was done)
            num_word = _matches(num.label, definition.numerator) or _matches(num.label, (definition.keyword[:-1],)) \
                or _plain_name(num.label)
            if num_word in ("已", "实际"):
                num_word = _plain_name(num.label)  # 已体检, 实际参保, as written
            den_word = _matches(den.label, definition.denominator) or _should(den.label) \
                or _sub_group(_clause_before(doc.text, den.q.start)) or _plain_name(den.label)
            if den_word in ("辖", "村民小组", "村民组"):
                den_word = "总人口"  # 辖…64个村民小组2348户9907人: the population under the township
            negated = _negated(num.label, num_word)
            if rest is not None:
                num_word = _matches(num.label, definition.rest)
                negated = " "  # (the base less what it names)
            # 共检测120户，未达标18户，达标率85%: the rate is of the rest
            numerator = den.q.interval - num.q.interval if negated else num.q.interval
            scale = 1000 if rate.base_unit == "‰" else 100  # 出生率6.83‰: per thousand
            verdict = judge_ratio(numerator, den.q.interval, rate, scale)
            if verdict is None or _listed_done_fits(items, num, den, rate, scale) \
                    or _another_base_fits(definition, rate, items, num, den, negated, scale) \
                    or _listed_base_fits(doc.text, items, num, den, rate, scale) \
                    or _pair_in_another_unit_fits(definition, rate, items, num, scale):
                continue
            verdict_severity, expected = verdict
            if verdict_severity == "info" and den.q.end < num.q.start \
                    and any(c in doc.text[den.q.end:num.q.start] for c in "；;。"):
                continue  # 销售总额23.26亿元…；完成招商引资23179万元，总完成率115%: far off over another statement's figure
            if definition.keyword.endswith("完成率") and Decimal(rate.number) == 100 \
                    and den.q.interval.hi < numerator.lo <= den.q.interval.hi * CAPPED_AT_MOST:
                continue  # 任务量5000米、已完成5200米，完成率100%: a task beaten is written as done in full
            if (definition.convention or (definition.exempted and Decimal(rate.number) * den.q.interval.mid
                                          > numerator.mid * scale)) \
                    and another_population_explains(numerator, den.q, rate, scale):
                continue  # 出生率9.19‰ over the year's average population (23389), not its end (23449)
            if implicit == "before":
                verdict_severity = "warning" if verdict_severity is None else verdict_severity
            elif implicit:
                exact = numerator.mid / den.q.interval.mid * scale
                near = implicit == "near" and abs(exact - Decimal(rate.number)) < NEAR_MISS_POINTS
                if not near and not slip_pattern(exact, rate.number) and not mistyped_base(num.q, den.q, rate, [x.q for x in items]):
                    continue  # over a base only guessed, only a slip's shape (96.65 for 96.56, or a
                    #           base less than what it counts, one digit off the one that fits) tells
                verdict_severity = "warning"
            if negated:
                message = (f"{definition.keyword}填写为 {rate.shown}，按 ({den_word} {den.q.shown} − "
                           f"{negated.strip()}{num_word} {num.q.shown}) ÷ {den_word} {den.q.shown} 计算应为 {expected}{rate.unit}")
            else:
                message = (f"{definition.keyword}填写为 {rate.shown}，按 {num_word} {num.q.shown} ÷ "
                           f"{den_word} {den.q.shown} 计算应为 {expected}{rate.unit}")
            severity = verdict_severity
            if definition.convention:
                severity = "warning"  # the county may compute it on another base
                message += (f"（{definition.keyword}通常按 {num_word} ÷ {den_word} 计算；"
                            f"若采用其他口径请忽略）")
            related = (TextAnchor(doc.key, num.q.start, num.q.end - num.q.start),
                       TextAnchor(doc.key, den.q.start, den.q.end - den.q.start))
            meant = mistyped_base(num.q, den.q, rate, [x.q for x in items]) if not negated and not definition.convention else None
            if meant is not None and meant != num.q.number:  # the base, not the rate, is the slip: say which figure fits
                message += f"；若 {den.q.shown} 应为 {meant} {den.q.unit}，则与 {rate.shown} 相符"
                severity = "warning"
            yield Hit(TextAnchor(doc.key, rate.start, rate.end - rate.start), message, severity, related)


def _listed_done_fits(items: list[_Labelled], num: _Labelled, den: _Labelled, rate: Quantity, scale: int) -> bool:
    """已完成人工造林8740亩、封山育林33500亩，任务完成率100.1%: the numerator and the figures listed
    after it in its unit, before the rate, make the rate together (42240 ÷ 42200)."""
    listed = [it.q for it in items if num.q.end <= it.q.start and it.q.end <= rate.start
              and it.q.base_unit == num.q.base_unit and it.q.exact and it is not den]
    if not listed:
        return False
    return judge_ratio(interval_sum([num.q.interval, *(q.interval for q in listed)]), den.q.interval, rate, scale) is None


def _both_in_bracket(definition: RateDefinition, n: int, items: list[_Labelled], text: str):
    """参保率97.6%（应参保39602人，实际参保38652人）, 入学率98.1%（适龄儿童1250人，已入学1238人）: the
    bracket right after the rate holds exactly two figures of one unit, one named by what the rate
    counts (参保, 已入学; not 未参保) and the other at least as large: (numerator, base)."""
    rate = items[n].q
    inside = []
    for it in items[n + 1:n + 4]:
        gap = text[rate.end:it.q.start]
        if gap.lstrip(" \u3000，,")[:1] not in ("（", "(") or "）" in gap or ")" in gap:
            break
        inside.append(it)
    if len(inside) != 2 or ("）" not in text[inside[1].q.end:inside[1].q.end + 2]
                            and ")" not in text[inside[1].q.end:inside[1].q.end + 2]):
        return None  # the bracket must close right after its second figure
    a, b = inside
    if a.q.base_unit != b.q.base_unit or a.q.base_unit in ("%", "‰") or not (a.q.exact and b.q.exact) \
            or a.q.factor != b.q.factor:
        return None
    words = (*definition.numerator, definition.keyword[:-1])

    def counts(it: _Labelled) -> bool:
        word = _matches(it.label, words)
        return word is not None and not _negated(it.label, word) \
            and not any(neg in it.label for neg in _NEGATIONS) and _role(definition, it.label) != "denominator"
    if counts(a) and not counts(b):
        num, den = a, b
    elif counts(b) and not counts(a):
        num, den = b, a
    else:
        return None
    if den.q.interval.hi < num.q.interval.lo:
        return None  # the base is never less than what it counts
    return num, den


def _plain_name(label: str) -> str:
    """有就业意愿的退役军人, 排查矛盾纠纷: the figure's words as written, at most twelve characters."""
    core = label.strip(" \u3000，,、；;：:（()）")
    return core if len(core) <= 12 else core[-10:]


def _implicit_pair(definition: RateDefinition, rate: Quantity, items: list[_Labelled], text: str):
    """调处成功率, 就业率, 健康管理率: a rate named after what was done, with no 应… base. The
    numerator is the nearest figure before the rate whose words hold the rate's stem (调处成功421起,
    已实现就业163人, not 未实现就业23人), the base the figure just before it in the same sentence and
    unit, at least as large (排查矛盾纠纷436起). A guess, so at most a warning."""
    words = (definition.keyword[:-1], *definition.numerator)
    before = [it for it in items if it.q.end <= rate.start and it.q.base_unit not in ("%", "‰")]
    sentence_start = max(text.rfind(c, 0, rate.start) for c in "。！？!?\n") + 1
    num_k = None
    for k in range(len(before) - 1, -1, -1):
        it = before[k]
        if it.q.start < sentence_start:
            return None
        stem = _matches(it.label, words)
        if stem:
            if _negated(it.label, stem) or any(n in it.label[:it.label.find(stem)] for n in _NEGATIONS):
                continue  # 未实现就业23人: not what the rate counts
            num_k = k
            break
    if num_k is None:
        return None
    num = before[num_k]
    for it in reversed(before[:num_k]):
        if it.q.start < sentence_start:
            return None
        if it.q.base_unit != num.q.base_unit:
            continue
        if not (it.q.exact and num.q.exact) \
                or (it.q.interval.hi < num.q.interval.lo and mistyped_base(num.q, it.q, rate, [x.q for x in items]) is None) \
                or is_comparison(it.label) or is_previous_level(it.label) \
                or it.label.strip(" \u3000，,、；;：:").startswith("其中") \
                or it.label.strip(" \u3000，,、；;：:").endswith(words):
            return None  # 比上年的22起, 上年同期50起, 其中一孩66人: not the base
        return num, it
    return None


#: a rate over a base worked out from what it does not count is said when this near (in points)
NEAR_MISS_POINTS = Decimal("1")


def _complement_after(definition: RateDefinition, n: int, items: list[_Labelled], text: str):
    """农业人口7174户，已做住房安全认定7174户，住房保障达标率98.86%。未达标83户 (or 农户7174户，未达标83户，
    达标率98.86%): what the rate does not count stated right after it (the next figure, in its
    sentence or opening the next) or right before it, and the base the nearest figure before that
    in the rate's sentence and unit, at least as large: (that figure, the base); the rate is then
    (base − it) ÷ base. A guess, so at most a warning."""
    rate = items[n].q
    sentence_start = max(text.rfind(c, 0, rate.start) for c in "。！？!?\n") + 1
    if n + 1 < len(items):
        nxt = items[n + 1]
        gap = text[rate.end:nxt.q.start]
        if "\n" not in gap and sum(gap.count(c) for c in "。！？!?；;") <= 1 and not any(c.isdigit() for c in gap) \
                and _counts_the_rest(definition, nxt):
            return _base_before(definition, items[:n], nxt, sentence_start)
    if n >= 1 and _counts_the_rest(definition, items[n - 1]) and items[n - 1].q.start >= sentence_start:
        return _base_before(definition, items[:n - 1], items[n - 1], sentence_start)
    return None


def _counts_the_rest(definition: RateDefinition, it: _Labelled) -> bool:
    """未达标83户: the words open with what the rate does not count."""
    if not it.q.exact or it.q.base_unit in ("%", "‰"):
        return False
    lead = it.label.strip(" \u3000，,、；;：:。")
    stem = _matches(lead, (definition.keyword[:-1], *definition.numerator))
    return stem is not None and lead.startswith(tuple(neg + stem for neg in _NEGATIONS))


def _base_before(definition: RateDefinition, before: list[_Labelled], rest: _Labelled, sentence_start: int):
    """The nearest figure before the rest in its unit and sentence, named by nothing the rate
    counts (合格1207户, 累计支付资金: what was done is the numerator, not the base)."""
    words = (definition.keyword[:-1], *definition.numerator)
    for it in reversed(before):
        if it.q.start < sentence_start:
            return None
        if it.q.base_unit != rest.q.base_unit:
            continue
        if not it.q.exact or it.q.interval.hi < rest.q.interval.lo or is_comparison(it.label) \
                or is_previous_level(it.label) or _matches(it.label, _NEGATIONS) or _matches(it.label, words):
            return None
        return rest, it
    return None


def _pair_in_another_unit_fits(definition, rate, items, num, scale) -> bool:
    """实施项目18个，完成16个，计划投资2860万元，完成投资2410万元，项目完成率88.9%: the rate counts in
    another unit than the pair picked (16 ÷ 18 gives it): the text is right on that pair."""
    for k in range(len(items) - 1, -1, -1):
        it = items[k]
        if it.q.end > rate.start or it.q.base_unit in ("%", "‰", num.q.base_unit) or not it.q.exact \
                or _role(definition, it.label) != "numerator":
            continue
        for base in reversed(items[:k]):
            if base.q.base_unit == it.q.base_unit and base.q.exact and base.q.interval.hi >= it.q.interval.lo:
                if judge_ratio(it.q.interval, base.q.interval, rate, scale) is None:
                    return True
                break
    return False


def _listed_base_fits(text: str, items, num, den, rate, scale) -> bool:
    """排查一般隐患637处、重大隐患3处，已整改631处，整改率98.6%: the base is the 、-list the
    named figure opens (637 + 3), when that sum gives the rate."""
    k = next((i for i, it in enumerate(items) if it is den), None)
    if k is None:
        return False
    total = den.q.interval
    for it in items[k + 1:]:
        if it is num or it.q.start >= num.q.start or it.q.base_unit != den.q.base_unit or not it.q.exact:
            break
        gap = text[items[k].q.end:it.q.start] if text else ""
        if "、" not in gap or any(c in gap for c in "，,；;。"):
            break
        total = total + it.q.interval
        k = items.index(it)
        if judge_ratio(num.q.interval, total, rate, scale) is None:
            return True
    return False


_PLANNED_RATE = re.compile(r"(?:确保|力争|争取|预计|力求|目标)[^，,。；;]{0,8}$")


#: words naming a base any rate of what was done may be taken over
_ANY_BASE = ("任务", "计划", "目标", "全村", "全乡", "全镇", "全街道", "户籍", "常住", "总人口")  # a scope names a population base


def _another_base_fits(definition, rate, items, num, den, negated, scale) -> bool:
    """年度任务38户，已开工35户，竣工28户，…竣工率73.7%: 28 ÷ 38 gives it, so the rate is over the
    task, not over 开工; 户籍人口 and 常住人口 both stated, 出生率 on either. Where another stated
    base of the rate reproduces it, the text is right on that base."""
    for it in items:
        if it is den or it is num or it.q.end > rate.start or it.q.base_unit != den.q.base_unit \
                or not it.q.exact or it.q.interval.contains_zero():
            continue
        if _role(definition, it.label) != "denominator" and not any(w in it.label for w in _ANY_BASE):
            continue
        numerator = it.q.interval - num.q.interval if negated else num.q.interval
        if judge_ratio(numerator, it.q.interval, rate, scale) is None:
            return True
    return False


_NEGATIONS = ("尚未", "没有", "未", "不", "非")


def _negated(label: str, word: str | None) -> str:
    """未 in 未达标, 不 in 不合格: the figure counts what the rate's word is not."""
    if not word:
        return ""
    at = label.find(word)
    for neg in _NEGATIONS:
        if at >= len(neg) and label[at - len(neg):at] == neg:
            return neg
    return ""


def _decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


RATE_RULE = DocRule(
    id="rate",
    severity="error",
    title="比率与分子分母不符",
    check=check_rates,
    failing=(
        "2017年1月至6月份全镇共出生人口110人，其中政策内出生93人，符合政策生育率为84.54%。",
        # the base in the paragraph before, the numerator and the rate on a line of their own
        "全年争取各级财政衔接推进乡村振兴补助资金2468.5万元，实施项目27个。\n资金支出2159.7万元，支出进度88.9%。",
        "2011年末，街道辖区总人口29928人，其中城镇常住人口19505人，城镇化率61.5%。",
        "全镇常住人口18850人，签约12856人，签约率68.2%；其中重点人群5002人，签约4632人，签约率93.6%。",
        "全镇应参加城乡居民基本医疗保险28436人，实际参保27891人，参保率为98.3%。",
        "全镇应改厕农户2480户，截至目前已完成2135户，完成率为88.1%。",
        "全镇适龄儿童应入学1286人，已入学1276人，入学率98.9%。",
        "全乡共有贫困户768户，已脱贫735户，脱贫率97.1%。",
        "今年共安排11个专项扶贫项目，安排资金174万元。已拨付资金152.81万元，拨付率为85%。",
        "任务数120户，已完成100户，完成率为90%。",
        "总人口3718户11440人，已脱贫426户1506人，未脱贫191户596人，贫困发生率0.8%。",
        "应参保人数5000人，实际参保4800人，参保率为98%。",
        "已拨付资金152.81万元，安排资金174万元，拨付率为85%。",
        "排查矛盾纠纷46起，化解44起，化解率90%。",
        "全年15项民生实事已完成13项，完成率为90%。",
        "上半年共出生137人，其中政策内出生131人，出生政策符合率95.8%。",
        "共检测农户饮用水120户，未达标18户，达标率82%。",
        "全镇总人口25440人，全年出生人口312人，人口出生率13.2‰。",
        "全镇常住人口32860人，签约服务21574人，签约率65.65%；重点人群9856人，已签约9127人，签约率92.06%。",
        "共排查各类矛盾纠纷436起，调处成功421起，调处成功率96.65%。",
        "有就业意愿的退役军人186人，已实现就业163人，未实现就业23人，就业率87.36%。",
        "全乡总人口32460人。城乡居民养老保险参保18972人，参保率93.6%（应参保19701人）。",
        "全市安排重点建设项目710项，项目总投资6960亿元。本年度计划新开工项目270项，实际已开工129项，开工率达47%。",
        "争取上级各类项目资金1354.7万元，已到位1765.4万元，到位率75.0%。",
        "学校教职工总数73人，在岗在编教师71人，其中专任教师57人，工勤人员2人。专任教师合格学历55人，合格率98.5%。",
        "全镇总人口3040户12165人，建档立卡贫困户1314户5568人，剩余贫困人口370户1359人，贫困发生率从45.64%下降为现在的11.71%。",
        "今年省市共下达我县营造林任务42200亩，其中人工造林8700亩，森林抚育32000亩，退化林修复1500亩。目前全县已完成人工造林8740亩，任务完成率101.5%。",
        "开展技能培训12期，培训648人，其中取得职业资格证书的412人，取证率63.5%；",
        "2018年秋季一年级入学487人，2024年秋季六年级在校483人，小学六年巩固率99.28%。",
        "上半年新签约项目11个，协议投资16.65亿元；到位资金2.36亿元，资金到位率14.3%。",
        # reimbursement over the bill; stated with what the patients paid, the bill less that
        "参合农民住院总费用2136.8万元，新农合补偿1452.3万元，实际补偿比为69.7%。",
        "住院费用总额2136.8万元，基本医保报销1452.3万元，大病保险报销187.4万元，医疗救助198.7万元，个人自付298.4万元，综合报销比例86.4%。",
        "今年实施项目45个，已完工38个，完工率86.4%。",
        "截至今年5月底,18个深度贫困乡镇累计开工规划项目2145个,其中已经完工1912个,项目开工率和投资完成率分别达到100%、"
        "86.47%,已完工项目1912个,完工率达到88.89%,在建项目233个。",
        # the numerator names the group it is of, whose figure stands sentences before
        "签约的26个项目中，亿元以上项目17个，其中10亿元以上项目3个。签约项目中已开工19个，开工率76.9%。",
        "全年排查的矛盾纠纷共86起。其中邻里纠纷41起、土地纠纷23起。排查的矛盾纠纷中已化解79起，化解率93.9%。",
    ),
    passing=(
        "参合农民住院总费用2136.8万元，新农合补偿1452.3万元，实际补偿比为67.97%。",
        "住院费用总额2136.8万元，基本医保报销1452.3万元，大病保险报销187.4万元，医疗救助198.7万元，个人自付298.4万元，综合报销比例86.0%。",
        "参合农民住院总费用2136.8万元，新农合补偿1452.3万元，实际补偿比上年提高9.9%。",  # a change, not the ratio
        "住院总费用2136.8万元，报销1452.3万元，报销比例比上年提高5.9个百分点。",
        "政策范围内住院费用报销比例达到75%，全年报销住院费用1200万元。",  # a policy's standard
        "签约的26个项目中，亿元以上项目17个，其中10亿元以上项目3个。签约项目中已开工19个，开工率73.1%。",
        # two figures of the group named: which one is the base is not said
        "签约项目26个，投资额超亿元的签约项目17个。签约项目中已开工15个，开工率88.2%。",
        "全镇当年出生人数128人，计划内出生109人，计划生育率为85.16%。",
        "全年争取各级财政衔接推进乡村振兴补助资金2468.5万元，实施项目27个。\n资金支出2159.7万元，支出进度87.5%。",
        # two figures named as bases before: which one is not said
        "全年争取补助资金2468.5万元，县级下达资金300万元。\n资金支出2159.7万元，支出进度88.9%。",
        "全镇户籍人口29545人，全年出生173人、死亡242人，人口自然增长率为-2.34‰，出生率和死亡率分别为5.86‰和8.19‰。",
        "2011年末，街道辖区总人口29928人，其中城镇常住人口19505人，城镇化率65.2%。",
        "全乡总人口25433人，全年出生284人，死亡175人，其中新生儿死亡2人，新生儿死亡率7.04‰。",
        # a target (目标/任务/计划) is neither side of a 参保率: its base is not stated here
        "全镇参加养老保险人数达到4654人，完成全年参保目标人数4000人的116.35%，平均参保率达85%。",
        "全镇常住人口18850人，签约12856人，签约率68.2%；其中重点人群5002人，签约4632人，签约率92.6%。",
        "全镇应参加城乡居民基本医疗保险28436人，实际参保27891人，参保率为98.1%。",
        "全镇应接种人数3260人，已接种3105人，接种率95.2%。",
        "全镇应急物资储备库2个，已储备物资1200件，储备率100%。",
        "今年共安排11个专项扶贫项目，安排资金174万元。目前项目已完工并验收8个，已拔付资金152.81万元，拔付率为87.82%。",
        "任务数120户，已完成100户，完成率为83.3%。",
        "2019年，医疗保险参保率为86%。",
        "安排资金174万元，已拨付资金约150万元，拨付率为85%。",
        "总人口11440人，未脱贫596人，贫困发生率5.21%。",
        "贫困患者住院治疗自费率控制在10%以内。",
        "计划投资200万元，完成投资150万元；新建道路完成10公里，完成率100%。",
        "排查矛盾纠纷46起，化解44起，化解率95.7%。排查隐患28处，整改到位28处，整改率100%。",
        "全乡共有低保128户，全年完成走访120户，完成率93.75%。",
        "全年完成13项，完成率为90%。",
        "上半年共出生137人，其中政策内出生131人，出生政策符合率95.62%。",
        "共检测农户饮用水120户，未达标18户，达标率85%。",
        "全镇总人口25440人，全年出生人口312人，人口出生率12.26‰。",
        "2011年，人口出生率13.95‰，人口死亡率6.92‰，人口自然增长率7.03‰。",
        "全镇常住人口32860人，签约服务21574人，签约率65.65%；重点人群9856人，已签约9127人，签约率92.60%。",
        "共排查各类矛盾纠纷436起，调处成功421起，调处成功率96.56%。",
        "刑事案件立案22起，比上年的18起增加4起，破案14起，破案率82.4%。",
        "政府采购预算618万元，实际采购金额574万元，节约44万元，节约率7.1%。",
        "养老保险参保18426人,参保率96.3%(应参保19134人);医疗保险参保28761人,参保率98.1%,大病保险全覆盖。",
        "应参保25360人，已参保24892人，参保率98.15%；其中脱贫人口和监测对象6248人，全部参保，参保率100%。",
        "计划建设里程58.6公里,已完成路基52.3公里、路面41.8公里,路面完成率71.3%.",
        "全市安排重点建设项目710项，项目总投资6960亿元。本年度计划新开工项目270项，实际已开工129项，开工率达47.78%。",
        "其中高血压、糖尿病等重点人群为7890人，重点人群签约人数3280人；普通人群签约率达到56%，重点人群签约率达到41.6%。",
        "年末全市户籍总人口1211900人，其中城镇户籍人口718215人，乡村户籍人口493685人。全年出生人口6085人，死亡人口9187人。人口出生率为5.02‰，死亡率为7.58‰。",
        "医保征缴任务圆满完成，参保40817人，占应参保人数42474人的96.10%。城乡居民养老保险参保人数达到28471人，其中缴费人员19361人。医保参保率96.10%，高于全县平均水平。",
        "争取上级各类项目资金2354.7万元，已到位1765.4万元，到位率75.0%。",
        "学校教职工总数73人，在岗在编教师71人，其中专任教师57人，工勤人员2人。专任教师合格学历57人，合格率100%。",
        "洪庄镇：任务量5000米、已完成5200米，完成率100%。",
        "全镇共识别建档立卡贫困户1314户5568人，剩余贫困人口370户1359人，贫困发生率从45.64%下降为现在的11.17%。",
        "计划改造农村危房352户，实际完成改造372户，完成率94.9%（任务含上年结转40户）。",
        "上级交办信访事项31件，已办结24件，其中按期办结17件，办结率77.4%。",
        "全镇共排查环保督察反馈问题144个，已完成整改129个，正在整改15个，整改率89.58%。",
        "今年省市共下达我县营造林任务42200亩，其中人工造林8700亩，森林抚育32000亩，退化林修复1500亩。目前全县已完成人工造林8740亩，任务完成率100.5%。",
        "今年省市共下达我县营造林任务42200亩，其中人工造林8700亩，封山育林33500亩。目前已完成人工造林8740亩、封山育林33500亩，任务完成率100.1%。",
        "开展技能培训12期，培训648人，其中取得职业资格证书的412人，取证率63.6%；",
        "2016年秋季一年级入学473人，2024年秋季九年级在校466人，九年义务教育巩固率98.52%。",
        "上半年新签约项目11个，协议投资16.65亿元；到位资金2.36亿元，资金到位率14.2%。",
        "7-12周岁适龄儿童总数3264人,实际入学3231人,入学率99.05%,适龄儿童少年中残疾儿童2人免入学。",
        "实现限上社会消费品销售总额23.26亿元，同比增长1.58%；完成招商引资23179万元，总完成率115%。",
    ),
)

"""Progress against a target: 完成产值440万公斤，完成县级下达任务数（438万公斤）的100.5%;
完成产值17.4亿元，超任务2.4%.

The target is the figure in the bracket or just before 的, or, when the sentence names none,
the nearest earlier figure in the paragraph called a 任务/计划/目标 in the same unit and about
the same thing (its words share the achieved figure's last word: 产值, 收入). The achieved
figure is the nearest earlier one in the sentence in the same unit that is not the target.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison, is_previous_level
from ..intervals import Interval
from ..groups import QuantityGroup, figure_in, group_of_quantity, quantity_groups
from ..registry import DocRule, Hit, TextDoc, span_of
from ..tokens import Quantity
from .ratio_verdict import judge_ratio
from .breakdowns import text_breakdowns

_COMPLETE = re.compile(r"完成[^，,。；;]{0,12}?(?:任务|计划|目标)(?:数)?[（(]?$|完成[^，,。；;]{0,12}?(?:任务|计划|目标)(?:数)?的$")
_OVER = re.compile(r"超(?:额完成|过|出)?(?:全年|年度)?(?:任务|计划|目标)(?:数)?(?:的)?$")
_TARGET_WORDS = ("任务", "计划", "目标")
_SHARE_OF_TARGET = re.compile(r"(?:占|为)(?:全年|年度|年初)?(?:任务|计划|目标)(?:数)?")
_DONE_OF_TARGET = re.compile(r"完成了?(?:全年|年度|年初)?(?:目标)?(?:任务|计划|目标)(?:数)?")
_BARE_DONE = frozenset(("完成", "已完成", "完成了", "共完成", "累计完成", "实际完成"))
_DONE_WORD = re.compile(r"(?:完成|实现|达到|达)([\u4e00-\u9fff]{0,6})$")


def _clean(label: str) -> str:
    return label.strip(" \u3000，,、；;：:（(）)")


def _subject(label: str) -> str:
    """产值 in 规模上企业完成产值, 收入 in 财政收入: the last word of what was achieved."""
    core = _clean(label)
    m = _DONE_WORD.search(core)
    word = m.group(1) if m and m.group(1) else core
    return word[-2:] if len(word) >= 2 else ""


def _stated_target(groups: list[QuantityGroup], k: int) -> Quantity | None:
    """占年初县下达任务1.33亿元的134.5% / 完成任务数（438万公斤）的100.5%: the figure right before."""
    prev = groups[k - 1]
    label = _clean(prev.label)
    between = groups[k].label.strip(" \u3000）)")
    if any(w in label for w in _TARGET_WORDS) and between in ("的", "") and len(prev.quantities) == 1:
        return prev.quantities[0]
    return None


def _later_target(groups, k: int, unit: str, text: str) -> Quantity | None:
    """完成年度计划的48%，年度计划投资2000万元: the target stated just after, before the next ；."""
    rate = groups[k]
    for g in groups[k + 1:]:
        if g.sentence != rate.sentence or any(c in "；;" for c in text[rate.end:g.start]):
            break
        q = g.by_unit().get(unit)
        if q is not None and any(w in _clean(g.label) for w in _TARGET_WORDS):
            return q
    return None


def _earlier_target(groups, k: int, unit: str, subject: str, para_start: int,
                    sentence, text: str = "") -> Quantity | None:
    """The nearest earlier target about the same thing; in the sentence itself, the only
    target in that unit will do (年度招商引资目标任务2.4亿元，实际到位资金2.76亿元，超任务15%),
    unless a ； separates it (another item's target: …计划2800万元的66.4%；B项目完成…)."""
    in_sentence = []
    for j in range(k - 1, -1, -1):
        g = groups[j]
        if g.start < para_start:
            break
        label = _clean(g.label)
        q = g.by_unit().get(unit)
        if q is None or not any(w in label for w in _TARGET_WORDS) or _OVER.search(label):
            continue  # (超计划6公里: by how much the plan was passed, not the plan)
        if subject and subject in label:
            return q
        if g.sentence == sentence and not any(c in "；;" for c in text[g.end:groups[k].start]):
            in_sentence.append(q)
    return in_sentence[0] if len(in_sentence) == 1 else None


def _more_than_one_done(groups, k: int, target: Quantity) -> bool:
    """Two or more figures in the target's unit, besides it, before the rate in its sentence."""
    done = [g for g in groups[:k] if g.sentence == groups[k].sentence and figure_in(g, target.base_unit) is not None
            and figure_in(g, target.base_unit) is not target and not any(w in _clean(g.label) for w in _TARGET_WORDS)
            and not is_comparison(g.label)]
    return len(done) > 1


def _within(part, whole) -> bool:
    """A part is never more than its whole (存栏75万头，其中母猪6万头，出栏127万头: 出栏 is no part)."""
    return all(q.interval.lo <= whole.by_unit()[u].interval.hi
               for u, q in part.by_unit().items() if u in whole.by_unit())


def _achieved(groups, k: int, target: Quantity | None, sentence, whole_of=None) -> Quantity | None:
    """The nearest earlier figure in the sentence that is not a target (in the target's unit);
    for a part of a breakdown, the breakdown's total (改造380座，其中新建215座、提升165座，完成
    任务400座的95%: 380 was done, not 165)."""
    for j in range(k - 1, -1, -1):
        g = groups[j]
        if g.sentence != sentence:
            break
        if "%" in g.units:
            continue
        if j + 1 < k and "%" in groups[j + 1].units and _clean(groups[j + 1].label) == "的":
            continue  # 为人大预算数37.1亿元的91.16%: the base of a ratio before, not what was achieved
        if whole_of and id(g) in whole_of and _within(g, whole_of[id(g)]):
            g = whole_of[id(g)]
        q = figure_in(g, target.base_unit) if target is not None else g.quantities[0]  # (151名 of 任务125人)
        if q is None or q is target:
            continue
        if any(w in _clean(g.label) for w in _TARGET_WORDS) or is_comparison(g.label) \
                or is_previous_level(g.label):
            continue  # 比上年增11.63万公斤, 比上年的2710人: a change or last year's level
        return q
    return None


def _the_parts_own_task(groups, target: Quantity, achieved: Quantity, text: str) -> Quantity | None:
    """蔬菜计划面积10000亩（其中大蒜3155亩），…，大蒜完成2967亩，占计划94%: what was done is named
    for a part of the task (大蒜), whose own task the task's 其中 gives."""
    done = group_of_quantity(text).get(id(achieved))
    name = _clean(done.label).split("完成")[0][-4:] if done is not None and "完成" in done.label else ""
    if len(name) < 2:
        return None
    for g in groups:
        if target.end <= g.start < achieved.start and "其中" in g.label and _clean(g.label).endswith(name):
            q = g.by_unit().get(target.base_unit)
            if q is not None and q.exact:
                return q
    return None


#: 財政總收入完成全年任務的51.2%: what was done named before 完成, its figures told sentences before
_NAMED_DONE = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,10}?)(?:累计)?完成(?:了)?(?:全年|年度)(?:目标)?(?:任务|计划)(?:数)?的?$")


_DONE_VERB = re.compile(r"完成|实现|达到|累计")


def _named_achieved(groups, k: int, subject: str, para_start: int) -> tuple[Quantity, Quantity] | None:
    """(achieved, target) for a rate whose sentence names what was done but states no figure:
    the nearest earlier figure of the paragraph done under that name (上半年完成財政總收入1.35億元)
    and the target named alike (全年財政總收入任務為2.64億元), each the only one of its kind."""
    done, tasks = [], []
    for g in groups[:k]:
        if g.start < para_start or g.sentence == groups[k].sentence or "%" in g.units or g.approx:
            continue
        label = _clean(g.label)
        if subject not in label or is_comparison(g.label) or is_previous_level(g.label):
            continue
        if any(w in label for w in _TARGET_WORDS):
            tasks.append(g)
        elif label.endswith(subject) and _DONE_VERB.search(label):
            done.append(g)
    if len(done) != 1 or len(tasks) != 1 or done[0].start < tasks[0].start:
        return None
    task = tasks[0].quantities[0] if len(tasks[0].quantities) == 1 else None
    achieved = figure_in(done[0], task.base_unit) if task is not None else None
    return (achieved, task) if achieved is not None else None


def check_targets(doc: TextDoc):
    text = doc.text
    if "任务" not in text and "计划" not in text and "目标" not in text:
        return
    groups = list(quantity_groups(text))
    whole_of = None
    for k, g in enumerate(groups):
        if k == 0 or g.units != {"%"} or g.approx:
            continue
        if whole_of is None:
            whole_of = {id(p): total for total, parts, _s in text_breakdowns(text) for p in parts}
        label = _clean(g.label)
        clause = text[max(text.rfind(c, 0, g.start) for c in "，,；;。\n") + 1:g.start]
        if "分别" in label or "分别" in clause:
            continue  # 分别完成任务…的61.8%、63.6%, 分别占年度任务（1500户）的80%: lists matched in order (respective.py)
        if label.startswith("其中"):
            continue  # 其中民间投资完成任务的103.0%: a part's own progress, its figures not stated
        over = _OVER.search(label) is not None
        # 完成水稻投保1294.3亩，任务数5242亩，完成24.6%; 计划任务118户，实际安排建设120户，占任务101.6%
        bare = label in _BARE_DONE or _SHARE_OF_TARGET.fullmatch(label) is not None \
            or _DONE_OF_TARGET.fullmatch(label) is not None  # (…完成投入1008个停车车位，完成年度任务91.63%)
        if not over and not bare and not _COMPLETE.search(g.label.rstrip()) and _clean(g.label) != "的":
            continue
        if _clean(g.label) == "的" and not any(w in _clean(groups[k - 1].label) for w in _TARGET_WORDS):
            continue
        para_start = text.rfind("\n", 0, g.start) + 1
        target = _stated_target(groups, k)
        if target is not None and _clean(groups[k - 1].label).startswith("超"):
            over = True  # 超目标任务2.4亿元的15%
        if target is None:
            if not over and not bare and "任务的" not in label and "计划的" not in label and "目标的" not in label:
                continue
            achieved = _achieved(groups, k, None, g.sentence, whole_of)
            named = _NAMED_DONE.match(label) if achieved is None else None
            if named is not None:
                pair = _named_achieved(groups, k, named.group("subject"), para_start)
                if pair is not None:
                    achieved, target = pair
                    if achieved.exact and target.exact:
                        yield from _target_hit(doc, g.quantities[0], achieved, target, False)
                continue
            if achieved is None:
                continue
            subject = _subject(group_of_quantity(text)[id(achieved)].label)
            if bare:  # only the one target in the sentence, stated before: nothing else says which
                target = _earlier_target(groups, k, achieved.base_unit, "", g.sentence.start, g.sentence, text)
                if target is not None and _DONE_OF_TARGET.fullmatch(label) and _more_than_one_done(groups, k, target):
                    continue  # 已新建480座，改建120座，完成年度任务96%: which of them (or their sum) is not said
            else:
                target = _later_target(groups, k, achieved.base_unit, text) or \
                    _earlier_target(groups, k, achieved.base_unit, subject, para_start, g.sentence, text)
        else:
            achieved = _achieved(groups, k, target, g.sentence, whole_of)
        if target is None or achieved is None or not target.exact or not achieved.exact:
            continue
        rate = g.quantities[0]
        own_task = _the_parts_own_task(groups, target, achieved, text)
        if own_task is not None and judge_ratio(achieved.interval, target.interval, rate, 100) is not None:
            target = own_task  # (…计划5亿元（其中工业投资3亿元），工业投资完成2.7亿元，占计划54%: of the 5亿元)
        task = _task(target)
        if judge_ratio(achieved.interval - task if over else achieved.interval, task, rate, 100) is None:
            continue
        own = _achieved(groups, k, target, g.sentence)  # the part itself, not its breakdown's total
        if own is not None and own is not achieved and own.exact and judge_ratio(
                own.interval - task if over else own.interval, task, rate, 100) is None:
            continue  # 其中大豆0.42万亩，完成任务0.4万亩的105%: the part's own task
        yield from _target_hit(doc, rate, achieved, target, over)


def _task(target: Quantity) -> Interval:
    """A task set in whole units is set, not measured: 年度任务4亿元 is 4亿 exactly, not 3.5–4.5亿
    (任务1.33亿元 may be 13,25x万 rounded)."""
    return target.interval if "." in target.number else \
        Interval.exact(format(Decimal(target.number) * target.factor, "f"))


def _target_hit(doc: TextDoc, rate: Quantity, achieved: Quantity, target: Quantity, over: bool):
    task = _task(target)
    verdict = judge_ratio(achieved.interval - task if over else achieved.interval, task, rate, 100)
    if verdict is None:
        return
    severity, expected = verdict
    how = f"({achieved.shown} − {target.shown}) ÷ {target.shown}" if over else \
        f"{achieved.shown} ÷ 任务 {target.shown}"
    word = "超任务" if over else "完成任务"
    yield Hit(span_of(doc, rate), f"{word}比例填写为 {rate.shown}，按 {how} 计算应为 {expected}%", severity,
              (span_of(doc, achieved), span_of(doc, target)))


TARGET_RULE = DocRule(
    id="target",
    severity="error",
    title="完成任务比例与数值不符",
    check=check_targets,
    failing=(
        "外出务工2865人，比上年的2710人增加155人，完成务工目标2800人的101.3%。",
        "全年生产干毛茶512万公斤，完成县级下达任务数（480万公斤）的105.7%。",
        "地方一般公共预算收入累计完成2.46亿元，占年初县下达任务2.1亿元的112.5%。",
        "全年规模以上企业产值任务25亿元。实际完成产值25.59亿元，超任务的2.3%。",
        "年度招商引资目标任务24000万元，实际到位资金27600万元，超任务16%。",
        "省住建厅下达我县危房改造计划任务118户，实际安排建设120户，占任务101.6%。",
        "冬春商品蔬菜计划面积10000亩（其中大蒜3155亩），已完成3900亩，占计划39%，大蒜完成2967亩，占计划84%。",
        "完成一般公共预算收入33.82亿元，为人大预算数37.1亿元的91.16%，为市下全年目标42亿元的81.52%。",
        "2022年全市新增计划1100个停车位，完成投入1008个停车车位，完成年度任务91.63%。",
        # what was done named before 完成, its figure and its task told sentences before
        "全年财政总收入任务为26400万元。上半年完成财政总收入13500万元。财政总收入完成全年任务的51.2%。",
        "今年粮食播种面积任务为12000亩，全年完成粮食播种面积12360亩，其中水稻8000亩。粮食播种面积完成全年任务的130%。",
    ),
    passing=(
        "全年完成固定资产投资3.95亿元，完成年度任务3.32亿元的119%，其中民间投资完成任务的103.0%。",
        "全年城乡居民医保征缴任务384万元，实际征缴414万元，超任务7.81%，其中脱贫人口个人缴费部分超任务5.6%。",
        "外出务工2865人，比上年的2710人增加155人，完成务工目标2800人的102.3%。",
        "全年生产干毛茶512万公斤，完成县级下达任务数（480万公斤）的106.7%。",
        "地方一般公共预算收入累计完成2.46亿元，占年初县下达任务2.1亿元的117.1%。",
        "全年规模以上企业产值任务25亿元。实际完成产值25.59亿元，超任务的2.4%。",
        "上半年财政收入112.48万元，完成全年任务的44.1%。",
        "完成财税收入550万元，占全年任务的114%。",
        "全年计划新建道路20公里，已完成15公里，完成年度计划的75%。",
        "全年招商引资到位资金2.76亿元，超目标任务2.4亿元的15%。",
        "年度招商引资目标任务24000万元，实际到位资金27600万元，超任务15%。",
        "新增就业1236人，再就业318人，困难人员就业87人，全年目标任务分别为2000人、500人、150人，分别完成全年目标任务的61.8%、63.6%和58.0%。",
        "省住建厅下达我县危房改造计划任务118户，实际安排建设120户，占任务101.7%。",
        "冬春商品蔬菜计划面积10000亩（其中大蒜3155亩），已完成3900亩，占计划39%，大蒜完成2967亩，占计划94%。",
        "全年计划完成固定资产投资5亿元（其中工业投资3亿元），工业投资完成2.7亿元，占计划54%。",
        "完成一般公共预算收入33.82亿元，同比增长25.63%，为人大预算数37.1亿元的91.16%，超序时进度16个百分点，为市下全年目标42亿元的80.52%。",
        "2022年全市新增计划1100个停车位，完成投入1008个停车车位，完成年度任务91.64%。",
        "年度任务改厕500座，已新建480座，改建120座，完成年度任务96%。",
        "年度任务1500户，新建户厕1200户、改建户厕300户，分别占年度任务（1500户）的80%、20%。",
        "今年,全乡共硬化公路26.8公里,超计划6公里,完成全年任务的129%。",
        "全年财政总收入任务为26400万元。上半年完成财政总收入13500万元，比上年同期增加1500万元。财政总收入完成全年任务的51.1%。",
        # two figures done under the name: which one is meant is not said
        "全年财政总收入任务为26400万元。一季度完成财政总收入6500万元，上半年完成财政总收入13500万元。财政总收入完成全年任务的51.1%。",
        # figures to a tenth of 亿 allow 50.85%–51.42%
        "全年财政总收入任务为2.64亿元。上半年完成财政总收入1.35亿元。财政总收入完成全年任务的51.2%。",
    ),
)

"""What is left to do: 应参保11286人，已参保10952人，…未参保343人 (11286 − 10952 = 334).

A remainder (未参保N, 尚有N户未签订, 剩余N, 还需完成N) is the whole less what was done. The
three figures are read in one sentence (the whole, then 已…/完成…, then the remainder, in one
unit), or the remainder alone in a later sentence with the whole and the done figure stated
together earlier, the done figure named by the same verb (尚有6户未签订协议 … 需拆迁86户，已签订
协议78户). The same verb on both sides, and nothing else in that unit between, is what makes the
relation evident; a remainder read across sentences is a warning.
"""
from __future__ import annotations

import re

from ..changes import is_comparison, is_previous_level
from ..groups import QuantityGroup, quantity_groups
from ..names import common_run
from ..intervals import format_plain
from ..registry import DocRule, Hit, TextDoc, span_of
from ..tokens import Quantity
from .slip_shapes import swapped, typo_like

#: words a remainder's figure is named by, just before it: 尚有16户, 剩余13.5公里, 还需完成345万元, 未参保343人
_REMAINDER_BEFORE = re.compile(r"(?:尚有|仍有|还有|剩余|其余|尚余|还剩|剩下|余下|尚欠|仍欠|还欠|还需完成|尚需完成|还需|尚需|仍需"
                               r"|(?:还需|尚需|仍需)(?P<verb>[\u4e00-\u9fff]{2})|尚未[\u4e00-\u9fff]{1,4}|未[\u4e00-\u9fff]{1,4})$")
#: …尚有16户风险未消除, 尚有6户未签订协议: the verb after the figure
_NOT_DONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:尚未|未|没有|正在|仍在)(?P<verb>[\u4e00-\u9fff]{2})")
_DONE = re.compile(r"(?:已|已经|完成|实际|累计)(?P<verb>[\u4e00-\u9fff]{2})?")
_WHOLE_WORDS = re.compile(r"应|需|计划|目标|任务|共|总|监测对象|排查|摸排|涉及|存在|发现|初判|现有")


def _verb_after_not(label: str) -> str | None:
    m = re.search(r"(?:尚未|未)(?P<verb>[\u4e00-\u9fff]{2})", label)
    return m.group("verb") if m else None


def _lead(label: str) -> str:
    return label.strip(" \u3000，,、；;：:。")


def _single(g: QuantityGroup) -> Quantity | None:
    return g.quantities[0] if len(g.quantities) == 1 and g.quantities[0].exact else None


#: 正在整改, 仍在施工: what is still under way
UNDER_WAY_WORDS = ("正在", "仍在")
_UNDER_WAY = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(UNDER_WAY_WORDS)})")


def _remainder_verb(text: str, g: QuantityGroup) -> tuple[bool, str | None]:
    """(is a remainder, the verb it is not done by)."""
    label = _lead(g.label)
    m = _REMAINDER_BEFORE.search(label)
    if m:
        verb = _verb_after_not(label) or m.group("verb")  # 还需新增124人: what is still to be done
        if verb is None:
            m = _NOT_DONE_AFTER.match(text, g.end)
            verb = m.group("verb") if m else None
        if verb is None and re.search(r"完成$", label):
            verb = "完成"
        if verb is None and re.search(r"(?:剩余|其余|尚余|还剩|剩下|余下|尚欠|仍欠|还欠)$", label):
            verb = ""  # 剩余15.3公里将于10月底前完成, 尚欠591.4万元: the rest of whatever was being done
        return True, verb
    return False, None


def _done_verb(label: str) -> str | None:
    m = None
    lead = _lead(label)
    for found in _DONE.finditer(lead):
        if found.start() == 0 or lead[found.start() - 1] not in "未没不需":
            m = found  # 未完成年度任务的3件: not done
        else:
            m = None
    if m is None:
        return None
    return m.group("verb") or ("完成" if "完成" in m.group(0) else None)


#: what is left of the money: 资金40万元，支出39.6万元，结余0.4万元
_BALANCE = re.compile(r"(?:结余|余额|结存)(?:资金)?(?:为|是|达|共)?$")
_SPENT = re.compile(r"支出|使用|支付|拨付|花费|用于")


def _balances(doc: TextDoc, groups: list[QuantityGroup]):
    """A balance after the money spent and the money there was, in one sentence and unit:
    the balance is the whole less what was spent."""
    for k, g in enumerate(groups):
        rest = _single(g)
        if rest is None or rest.base_unit != "元" or not _BALANCE.search(_lead(g.label)):
            continue
        before = [groups[j] for j in range(k - 1, -1, -1) if groups[j].sentence == g.sentence]
        same = [(h, h.by_unit().get("元")) for h in before if h.by_unit().get("元") is not None]
        if len(same) != 2:
            continue  # (上年结余50万元，本年收入500万元，支出480万元，年末结余70万元: the carry-over counts too)
        (spent_g, spent), (whole_g, whole) = same
        if not (spent.exact and whole.exact) or not _SPENT.search(spent_g.label) \
                or _SPENT.search(whole_g.label) or is_comparison(whole_g.label) or is_comparison(spent_g.label):
            continue
        expected = whole.interval.mid - spent.interval.mid
        if expected <= 0 or (whole.interval - spent.interval).intersects(rest.interval):
            continue  # (the figures' own rounding may explain it: 40万 − 39.6万 is 0.35–0.45万)
        if not Rounding.plausible(rest, expected) and not typo_like(rest.number, format_plain(expected / rest.factor)):
            continue
        shown = format_plain(expected / rest.factor)
        yield Hit(span_of(doc, rest), f"余数不符：{whole.shown} − 支出 {spent.shown} = {shown} {rest.unit}，文中为 {rest.shown}",
                  None, (span_of(doc, whole), span_of(doc, spent)))


#: 正在整改55个: what is still under way, by the verb the done figure before it names
_IN_PROGRESS = re.compile(rf"(?:{'|'.join(UNDER_WAY_WORDS)})(?P<verb>[\u4e00-\u9fff]{{2}})$")


def _under_way_past_the_whole(doc: TextDoc, groups: list[QuantityGroup]):
    """通报问题105个，完成整改60个，正在整改55个: what is done and what is under way by the same
    verb are both of the whole before them; together they can never exceed it (those not yet
    begun may make them fall short, so only the excess is said)."""
    for k in range(2, len(groups)):
        g, done_g, whole_g = groups[k], groups[k - 1], groups[k - 2]
        m = _IN_PROGRESS.search(_lead(g.label))
        rest, done, whole = _single(g), _single(done_g), _single(whole_g)
        if m is None or None in (rest, done, whole) or not (g.sentence == done_g.sentence == whole_g.sentence):
            continue
        if len({rest.base_unit, done.base_unit, whole.base_unit}) != 1 or m.group("verb") not in done_g.label \
                or _done_verb(whole_g.label) or is_comparison(whole_g.label) or is_previous_level(whole_g.label) \
                or "其中" in doc.text[whole_g.sentence.start:done_g.start]:
            continue
        both = done.interval.mid + rest.interval.mid
        if done.interval.mid <= whole.interval.mid < both:
            shown = format_plain(both / whole.factor)
            yield Hit(span_of(doc, rest), f"已完成 {done.shown} 与正在{m.group('verb')} {rest.shown} 合计 {shown} {whole.unit}，"
                      f"超过总数 {whole.shown}", "warning", (span_of(doc, whole), span_of(doc, done)))


def check_remainders(doc: TextDoc):
    text = doc.text
    if "结余" in text or "余额" in text or "结存" in text:
        yield from _balances(doc, list(quantity_groups(text)))
    if any(w in text for w in UNDER_WAY_WORDS):
        yield from _under_way_past_the_whole(doc, list(quantity_groups(text)))
    if not any(w in text for w in ("未", "尚有", "剩余", "其余", "还需", "尚需", "仍有", "还有", "尚余", "还剩",
                                   "剩下", "余下", "欠")):
        return
    groups = list(quantity_groups(text))
    for k, g in enumerate(groups):
        rest = _single(g)
        if rest is None:
            if len(g.quantities) > 1:
                yield from _paired_remainder(doc, groups, k)
            continue
        is_rest, verb = _remainder_verb(text, g)
        if not is_rest or verb is None:
            continue
        if _OTHERS_BESIDE.match(text, g.end):
            continue  # 尚有216人未参保（另有118人在外地参保）: the rest is split, this is part of it
        found = _in_sentence(text, groups, k, rest, verb) or (
            _stated_before(text, groups, k, rest, verb) if verb else None)
        if found is None and verb and _UNDER_WAY.match(text, g.end) \
                and _lead(g.label).endswith(("尚有", "还有", "仍有", "剩余", "其余", "尚余", "还剩", "剩下", "余下")):
            verb = ""  # 已完工491户，尚有168户正在抓紧施工: still under way, the rest of whatever was being done
            found = _in_sentence(text, groups, k, rest, verb)
        near_only = False
        if found is None:
            found = _against_target(text, groups, k, rest)
            near_only = True
        if found is None:
            continue
        whole, done, severity = found
        expected = whole.interval.mid - done.interval.mid
        if expected < 0:  # the done figure mistyped past the whole: say what it should be
            shown = format_plain((whole.interval.mid - rest.interval.mid) / done.factor)
            yield Hit(span_of(doc, done), f"已完成数 {done.shown} 超过总数 {whole.shown}；按 {whole.shown} − "
                      f"余下 {rest.shown} 计算应为 {shown} {done.unit}", "warning", (span_of(doc, whole), span_of(doc, rest)))
            continue
        if rest.interval.lo <= expected <= rest.interval.hi or expected <= 0:
            continue
        shown = format_plain(expected / rest.factor)
        if not Rounding.plausible(rest, expected) and not (rest.exact and swapped(rest.number, shown)):
            continue  # (未竣工的62户 for 26: two digits swapped, however far that puts it; not 尚有4户…，其余36户)
        if near_only and not typo_like(rest.number, shown):
            continue  # a done figure sections away may be of another period: only a slip's shape is said
        message = (f"余数不符：{whole.shown} − 已{verb or '完成'} {done.shown} = {shown} {rest.unit}，"
                   f"文中为 {rest.shown}")
        yield Hit(span_of(doc, rest), message, severity, (span_of(doc, whole), span_of(doc, done)))


#: 未消除风险的监测对象10户28人: not done by a verb, then what is counted
_NOT_DONE_OF = re.compile(r"^(?:尚未|未|没有)(?P<verb>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,4}的[\u4e00-\u9fff]{0,8}$")
#: 已消除风险的监测对象104户303人: done by a verb
_DONE_OF = re.compile(r"(?:^|[^未没不])(?:已经?|累计|共|实际)(?P<verb>[\u4e00-\u9fff]{2})")


def _paired_remainder(doc: TextDoc, groups, k: int):
    """监测对象112户331人。…已消除风险的监测对象104户303人，未消除风险的监测对象10户28人: a
    remainder stated in two units (户 and 人) right after what was done by the same verb, and the
    whole the nearest figure before both in those units, in the sentence or the one before. Where
    one unit adds up (331 = 303 + 28) the three are evidently whole, done and rest, and the unit that
    does not is a slip; where neither does, the figures may be of other things and nothing is said."""
    text = doc.text
    g, done_g = groups[k], groups[k - 1] if k > 0 else None
    if done_g is None or not any(c in g.label for c in "未有剩余需"):
        return  # (each word of a remainder below holds one of these)
    m = _NOT_DONE_OF.match(_lead(g.label)) or _REMAINDER_BEFORE.search(_lead(g.label))
    if done_g is None or m is None or done_g.sentence != g.sentence or g.approx or done_g.approx:
        return
    verb = m.groupdict().get("verb") or _verb_after_not(_lead(g.label))
    if not verb:
        after = _NOT_DONE_AFTER.match(text, g.end)  # 尚有8户32人未搬迁: the verb after the figures
        verb = after.group("verb") if after else None
    done_m = _DONE_OF.search(_lead(done_g.label))
    if not verb or done_m is None or done_m.group("verb") != verb:
        return
    if not g.units <= done_g.units:
        return
    whole_g = next((groups[j] for j in range(k - 2, -1, -1) if groups[j].units & g.units), None)
    if whole_g is None or not g.units <= whole_g.units or whole_g.approx \
            or is_comparison(whole_g.label) or _lead(whole_g.label).startswith("其中"):
        return
    between = text[whole_g.end:done_g.start]
    if "\n" in between or sum(between.count(c) for c in "。！？!?") > 1:
        return  # the whole in the sentence or the one before, in the paragraph
    holds, fails = [], []
    for unit in sorted(g.units, key=lambda u: g.by_unit()[u].start):
        whole, done, rest = whole_g.by_unit()[unit], done_g.by_unit()[unit], g.by_unit()[unit]
        if not (whole.exact and done.exact and rest.exact) or done.interval.hi > whole.interval.lo:
            return
        expected = whole.interval.mid - done.interval.mid
        (holds if rest.interval.lo <= expected <= rest.interval.hi else fails).append((whole, done, rest, expected))
    if not holds or not fails:
        return
    for whole, done, rest, expected in fails:
        shown = format_plain(expected / rest.factor)
        agree = "，".join(f"{w.shown} − {d.shown} = {r.shown}" for w, d, r, _ in holds)
        message = (f"余数不符：{whole.shown} − 已{verb} {done.shown} = {shown} {rest.unit}，文中为 {rest.shown}"
                   f"（而 {agree} 相符）")
        yield Hit(span_of(doc, rest), message, None, (span_of(doc, whole), span_of(doc, done)))


#: …未参保（另有118人因参军、在校在外地参保）, 尚有520户未签约（不含常年外出的382户）: a bracket after the
#: remainder's clause naming others of the whole beside it
_OTHERS_BESIDE = re.compile(r"[^，,。；;（(]{0,12}[（(][^）)]{0,6}(?:另有|另|不含|不包括|除|此外|还有)[^）)]{0,20}\d")


class Rounding:
    @staticmethod
    def plausible(rest: Quantity, expected) -> bool:
        """A slip is near: within half to twice the stated remainder. Far off, the figures are
        about other things."""
        value = rest.interval.mid
        return value > 0 and expected > 0 and (value / expected) <= 2 and (expected / value) <= 2


def _in_sentence(text: str, groups, k: int, rest: Quantity, verb: str):
    """应参保11286人，已参保10952人，参保率97.0%；未参保343人: the whole, the done, the rest in
    one sentence and one unit, nothing else in that unit between (from the ； before the whole:
    …占7.1%；初判存在安全隐患的57栋，已整治完成49栋，尚有9栋正在整治)."""
    g = groups[k]
    same = []
    for j in range(k - 1, -1, -1):
        h = groups[j]
        if h.sentence != g.sentence:
            break
        if len(same) == 2 and any(c in text[h.end:same[-1][0].start] for c in "；;"):
            break
        q = h.by_unit().get(rest.base_unit)
        if q is not None:
            same.append((h, q))
    if len(same) != 2:
        return None
    (done_g, done), (whole_g, whole) = same
    if not (done.exact and whole.exact):
        return None
    if done.interval.hi > whole.interval.lo and not (
            rest.exact and typo_like(done.number, format_plain((whole.interval.mid - rest.interval.mid) / done.factor))):
        return None  # (已拆除整改616处 of 213处, 剩余47处: 166 with two digits swapped is the done figure)
    done_verb = _done_verb(done_g.label)
    if done_verb is None or (verb and done_verb != verb and verb not in done_g.label):
        return None
    strong = verb in whole_g.label and "应" in whole_g.label  # 应参保 / 已参保 / 未参保
    if not strong and not _WHOLE_WORDS.search(whole_g.label):
        # 全镇60岁以上老人3256人，已签约2890人，未签约的336人: no word says the first is the whole;
        # only a keyboard's slip (336 for 366) tells the three were meant together
        if not typo_like(rest.number, format_plain((whole.interval.mid - done.interval.mid) / rest.factor)):
            return None
    return whole, done, "error" if strong else "warning"


#: how many figures back a remainder's whole and done figure are looked for (sections, not books)
REACH = 120


def _stated_before(text: str, groups, k: int, rest: Quantity, verb: str):
    """…尚有6户未签订协议 after 需拆迁房屋86户，已签订协议78户: the one earlier figure done by the
    same verb in the remainder's unit, and the whole stated in the paragraph before it (parts of
    a breakdown between are skipped) under words the remainder's sentence names too."""
    g = groups[k]
    sentence = text[g.sentence.start:g.sentence.end]
    pairs = []
    for j in range(max(1, k - REACH), k):
        done_g = groups[j]
        if done_g.sentence == g.sentence:
            break
        done = _single(done_g)
        if done is None or done.base_unit != rest.base_unit or _done_verb(done_g.label) is None \
                or verb not in done_g.label:
            continue
        para_start = text.rfind("\n", 0, done_g.start) + 1
        whole = None
        for i in range(j - 1, -1, -1):
            whole_g = groups[i]
            if whole_g.start < para_start:
                break
            label = _lead(whole_g.label)
            if label.startswith(("其中", "、")) or text[max(0, whole_g.label_start - 1):whole_g.label_start] == "、":
                continue  # a part of a breakdown before the done figure
            q = whole_g.by_unit().get(rest.base_unit)
            if q is None or not q.exact:
                continue
            noun = re.sub(r"^(?:全[乡镇村县]|共有|有|共|需|应)+", "", label)
            if q.interval.lo >= done.interval.hi and any(noun[n:n + 2] in sentence for n in range(max(0, len(noun) - 1))):
                whole = q
            break  # only the nearest figure in the unit that is not a part
        if whole is not None:
            pairs.append((whole, done))
    if len(pairs) != 1:
        return None
    whole, done = pairs[0]
    return whole, done, "warning"


_TARGET_WORDS = re.compile(r"目标|任务|计划")
_TARGET_AFTER = re.compile(r"[的]?(?:目标|任务|计划)")
_NOT_NAME = re.compile(r"全年|年度|今年|上半年|下半年|确保|力争|完成|实现|目标|任务|计划|全[乡镇县村]|我[乡镇]|[0-9]+年")


def _is_target(text: str, g: QuantityGroup) -> bool:
    return _TARGET_WORDS.search(g.label) is not None or _TARGET_AFTER.match(text, g.end) is not None


def _against_target(text: str, groups, k: int, rest: Quantity):
    """确保完成新增城镇就业300人目标，下半年还需新增124人 after 上半年新增城镇就业186人: the target in
    the remainder's sentence, and the one figure stated earlier under the target's name that is
    no target itself (the done figure, sections before)."""
    g = groups[k]
    targets = [h for h in groups[:k] if h.sentence == g.sentence and _is_target(text, h)
               and (q := _single(h)) is not None and q.base_unit == rest.base_unit]
    if len(targets) != 1:
        return None
    target_g = targets[0]
    whole = _single(target_g)
    name = _NOT_NAME.sub("", _lead(target_g.label))
    if len(name) < 4:
        return None
    done = {}
    for h in groups[:k]:
        if h.sentence == g.sentence:
            break
        q = _single(h)
        if q is None or q.base_unit != rest.base_unit or _is_target(text, h) or is_comparison(h.label) \
                or is_previous_level(h.label) or common_run(name, _NOT_NAME.sub("", _lead(h.label))) < 4:
            continue
        done.setdefault(q.interval.mid, q)
    if len(done) != 1:
        return None
    [q] = done.values()
    if q.interval.hi >= whole.interval.lo:
        return None
    return whole, q, "warning"


REMAINDER_RULE = DocRule(
    id="remainder",
    severity="error",
    title="余数与总数、已完成数不符",
    check=check_remainders,
    failing=(
        "县里下达我镇农村户厕改造任务677户，已完工491户，尚有168户正在抓紧施工。",
        "全乡城乡居民基本养老保险应参保11286人，已参保10952人，参保率97.0%；未参保343人，主要为外出务工人员。",
        "需拆迁房屋86户，已签订协议78户，已拆除72户。\n三是征地拆迁难度加大，尚有6户未签订协议。",
        "监测对象97户，已消除风险82户，尚有16户风险未消除。",
        "全年应收回借款1161.4万元，已收回670.0万元，尚欠591.4万元。",
        "排查出违法占地建房418处，已拆除整改267处，剩余152处正在依法处置。",
        "排查出违法占地建房213处，已拆除整改616处，剩余47处正在依法处置。",
        "今年下达危房改造任务53户，已竣工27户，未竣工的62户将于明年3月前完工。",
        "今年共印发通报11期，通报问题105个，完成整改60个，正在整改55个。",
    ),
    passing=(
        "县里下达我镇农村户厕改造任务677户，已完工491户，尚有186户正在抓紧施工。",
        "全乡城乡居民基本养老保险应参保11286人，已参保10952人，参保率97.0%；未参保334人，主要为外出务工人员。",
        "需拆迁房屋86户，已签订协议78户，已拆除72户。\n三是征地拆迁难度加大，尚有8户未签订协议。",
        "监测对象97户，已消除风险82户，尚有15户风险未消除。",
        # a remainder of something else: not the whole less the done
        "全乡共有脱贫户420户，已实现稳定增收386户，其中尚有12户需要持续关注。",
        "全年计划新建道路20公里，已完成15公里，剩余部分明年完成。",
        "全年应收回借款1161.4万元，已收回670.0万元，尚欠491.4万元。",
        "排查出违法占地建房418处，已拆除整改267处，剩余151处正在依法处置。",
        "年度任务1014户，完成改厕684户，占任务数的67.5%，还需完成330户。\n改厕还有330户未完成，部分群众卫生习惯有待改进。",
        "排查出违法占地建房213处，已拆除整改166处，剩余47处正在依法处置。",
        "今年下达危房改造任务53户，已竣工27户，未竣工的26户将于明年3月前完工。",
        "今年共印发通报11期，通报问题105个，完成整改60个，正在整改35个。",
        "全镇排查问题105个，其中县级反馈问题46个，完成整改40个，正在整改65个。",
        "应参保人数1286人，已参保1196人，未参保的30人为外出务工人员，其余60人正在动员。",
    ),
)

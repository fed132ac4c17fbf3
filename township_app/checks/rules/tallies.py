"""Totals stated after their parts: a 合计 after its list (A村10户、B村20户，合计30户), and a
running tally with an item's own 其中 list inside it (本级收入100万元，转移支付收入50万元，其中一般
转移支付收入30万元，专项转移支付收入20万元，上年结余10万元，收入合计为160万元: the 合计 adds the
tally's items, 100 + 50 + 10, not the 其中 list and what follows it, 30 + 20 + 10).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from ..changes import is_comparison
from ..groups import QuantityGroup
from ..numerals import parse_chinese_numeral
from ..units import PERSON_LIKE, is_count
from ..tokens import token_starts, tokenize, written_sum
from .breakdown_words import LOOKING_BACK, _core, _names_subtotal, _summable


def running_tally(groups: list[QuantityGroup], first: int, total: QuantityGroup,
                   parts: list[QuantityGroup]) -> list[QuantityGroup] | None:
    """Items of a tally before 其中, the item the 其中 list breaks down, and the items after that
    list, when they (and not the 其中 list with what follows it) make the total exactly."""
    unit = next(iter(total.units & parts[0].units), None)
    if unit is None or first == 0:
        return None
    tq = total.by_unit()[unit]
    want = written_sum([tq])
    if want is None or written_sum([p.by_unit().get(unit) for p in parts]) == want:
        return None
    item = groups[first - 1]
    if item.sentence != total.sentence or unit not in item.units:
        return None
    own = written_sum([item.by_unit()[unit]])
    before = []
    for g in reversed(groups[:first - 1]):
        if g.sentence != total.sentence or unit not in g.units or not _summable(g) or g.gap_has_clause:
            break
        before.insert(0, g)
    if not before:
        return None
    for n in range(2, len(parts)):  # the 其中 list: the first n parts, which make the item
        if written_sum([p.by_unit().get(unit) for p in parts[:n]]) == own:
            return [*before, item, *parts[n:]]  # the tally is what adds up (right or not)
    for n in range(1, len(parts)):
        # the 其中 list's end unsure (its items have their own bracketed lists, or a bracket
        # closes in the wrong place): the tally that makes the total exactly is the one meant
        tally = [*before, item, *parts[n:]]
        if written_sum([p.by_unit().get(unit) for p in tally]) == want:
            return tally
    return None


_COUNT_THEN_AMONG = re.compile(r"[\u4e00-\u9fff]{1,6}中[，,：:]")


def _parts_before(groups: list[QuantityGroup], i: int, total: QuantityGroup,
                  text: str = "") -> list[QuantityGroup]:
    """A 合计 after its parts: A村10户、B村20户，合计30户."""
    parts: list[QuantityGroup] = []
    j = i
    listed = False  # the parts so far are joined by 、: a list, which a ， before it ends
    while j > 0:
        g = groups[j - 1]
        if listed and parts and text and not _joined_by_list_mark(text, g, parts[0]):
            break  # 对14个村和17个单位开展考核，评定优秀8个、良好15个、合格8个，合计31个
        if text and _COUNT_THEN_AMONG.match(text, g.end):
            break  # 全镇22个村中，收入10万元以上的村14个…，合计22个: the figure the list is among
        if parts and text and not (g.units & total.units) and _in_name_of(text, g, parts[0]):
            j -= 1  # 收入10万元以上的村14个: a threshold in the next part's name, not a part
            continue
        if g.sentence == total.sentence and parts and not g.gap_has_clause and _other_count(g, total):
            if text and any(c in text[g.end:parts[0].start] for c in "：:"):
                break  # 分两批开展检查：第一批…: a count announcing the list, before its colon
            return []  # 中心学校1所、完全小学6所、教学点4个、初级中学1所…，共计15所: 个 counted in too
        if text and g.label.strip(" \u3000，,、；;：:")[:1] in "（(" and text[g.end:g.end + 1] in "）)" \
                and (parts or j - 2 >= 0 and groups[j - 2].sentence == total.sentence):
            j -= 1  # 党员38名（其中预备党员3名）、入党积极分子5名，共43名: an aside on the figure before
            continue
        if g.sentence != total.sentence or not (g.units & total.units) or not _summable(g):
            break
        if parts and text and len(parts) == 1:
            listed = _joined_by_list_mark(text, g, parts[0])
        parts.insert(0, g)
        if g.label.strip(" \u3000，,、；;：:").startswith("其中"):
            # 培训620人次，其中农业技术380人次、电商240人次，合计620人次: the list begins at 其中 —
            # unless the 其中 list is an item's own and the tally runs on (本级收入100万元，转移支付收入
            # 50万元，其中…30万元，…20万元，上年结余10万元，收入合计为160万元)
            return running_tally(groups, j - 1, total, parts) or parts
        if g.gap_has_clause or _names_subtotal(_core(g.label)):
            break
        j -= 1
    if parts and _names_subtotal(_core(parts[0].label)):
        return []  # 共10户，甲村4户，合计…: the first is itself a total
    if parts and text and ADDED_TO.match(parts[0].label.strip(" \u3000，,、；;：:")):
        start = _level_added_to(groups, groups.index(parts[0]), total)
        return [start, *parts] if start is not None else []
    return parts


#: 加上级补助收入…, 加上年结余…: a figure added to the one before, not a part listed beside it
ADDED_TO = re.compile(r"加(?![工强快大油入班盟速紧重深宽])")


def _level_added_to(groups: list[QuantityGroup], k: int, total: QuantityGroup) -> QuantityGroup | None:
    """The level a 加… tally starts from (支出361315万元，下降11.8%；加上解上级支出…，支出合计…): the
    nearest figure before it in the sentence in the total's unit that is no rate or change."""
    for g in reversed(groups[:k]):
        if g.sentence != total.sentence:
            return None
        if g.units & total.units and _summable(g) and not is_comparison(g.label):
            return g
    return None


def _in_name_of(text: str, g: QuantityGroup, part: QuantityGroup) -> bool:
    """g's figures are words of the part after it (10万元以上的村14个, 5万至10万元的村5个)."""
    return text.startswith("的", g.end) and part.label_start <= g.end + 1 and part.sentence == g.sentence


def _joined_by_list_mark(text: str, a: QuantityGroup, b: QuantityGroup) -> bool:
    """a and b are items of one 、-list: nothing but 、 (and b's words) stands between them."""
    return "、" in text[a.end:b.label_start + 1] and not any(c in text[a.end:b.start] for c in "，,；;。")


def _other_count(g: QuantityGroup, total: QuantityGroup) -> bool:
    """A list item counted in another unit of things (4个 among 所): the writer counts it in."""
    return (len(g.units) == 1 and len(total.units) == 1 and not (g.units & total.units)
            and is_count(next(iter(g.units))) and is_count(next(iter(total.units)))
            and not (g.units & PERSON_LIKE and total.units & PERSON_LIKE))


#: 以上合计, 几项共计, 上述各项共计: a total opening its sentence, of the figures before it
_BACK_TOTAL = re.compile(f"(?:{'|'.join(LOOKING_BACK)})(?:合计|共计|总计)")


def total_of_sentences_before(groups: list[QuantityGroup], i: int, total: QuantityGroup, text: str):
    """…农村饮水安全534.0万元；乡村道路硬化233.9万元；土地整理586.5万元。几项共计2354.4万元: the figures
    of the sentence before; or of the two or three before it in the paragraph, when those make the
    total exactly. None when the total's words do not say so or that sentence holds other figures."""
    words = total.label.strip(" \u3000，,、；;：:")
    if _BACK_TOTAL.match(words) is None or text[total.sentence.start:total.label_start].strip() \
            or len(total.units) != 1 or not _summable(total):
        return None
    unit = next(iter(total.units))
    want = written_sum([total.by_unit()[unit]])
    para_start = text.rfind("\n", 0, total.start) + 1
    sentences: list[list[QuantityGroup]] = []  # the sentences before, nearest first, each in order
    for g in reversed(groups[:i]):
        if g.start < para_start:
            break
        if not sentences or sentences[-1][0].sentence != g.sentence:
            if len(sentences) == 3:
                break
            sentences.append([])
        sentences[-1].insert(0, g)
    taken: list[QuantityGroup] = []
    for k, sentence in enumerate(sentences):
        if any(g.units != total.units or not _summable(g) for g in sentence):
            break  # (a sentence of other figures: the list does not reach back past it)
        taken = sentence + taken
        if written_sum([t.by_unit().get(unit) for t in taken]) == want:
            return taken if len(taken) >= 2 else None
    first = sentences[0] if sentences else []
    if len(first) < 2 or any(g.units != total.units or not _summable(g) for g in first):
        return None
    return first  # only the sentence right before: its items, which the total should make


def last_item_in_another_unit(text: str, total, values) -> bool:
    """配套建筑物88座，其中排水阀井21座、雨篦子66座、管道穿路1处: the list goes on after its last
    part with one more item counted in another word (处 for 座) that makes the parts the total
    exactly; the list was not short."""
    last = values[-1]
    tokens = tokenize(text)[bisect_left(token_starts(text), last.end):]
    if not tokens or not is_count(tokens[0].base_unit) or not tokens[0].exact or tokens[0].base_unit == last.base_unit:
        return False
    between = text[last.end:tokens[0].start]
    if between[:1] not in ("、", "，", ",") or any(c in between[1:] for c in "，,、。；;"):
        return False
    summed, whole = written_sum(values), written_sum([total])
    return summed is not None and whole is not None and summed + Decimal(tokens[0].number) * tokens[0].factor == whole


_PART_MARKS = frozenset("，,、；;：:。\n")
#: the words that say whom a part serves (30个自然村通公路329个, 覆盖12个村的…)
_SERVES = re.compile(r"通|覆盖|惠及|涉及|服务|受益|带动|连接")


def a_count_naming_the_next(text: str, total, values) -> bool:
    """其中：30个自然村通公路329个630公里，安全生命防护工程188个…: a figure with no mark between it and
    the next part's figure says what that part serves (30 villages), it is no part of its own: the
    others make the total exactly without it."""
    whole = written_sum([total])
    for k in range(len(values) - 1):
        between = text[values[k].end:values[k + 1].start]
        if any(c in _PART_MARKS for c in between) or not _SERVES.search(between):
            continue
        if whole is not None and written_sum(values[:k] + values[k + 1:]) == whole:
            return True
    return False


def namesake_level(groups: list[QuantityGroup], before, first: QuantityGroup,
                   total: QuantityGroup) -> QuantityGroup | None:
    """…签约项目108个，签约资金64.08亿元，…上报到位资金36亿元…。其中，我区单独签约项目94个，签约资金
    50.51亿元…: a 其中 sentence restating the sentence before item by item, for some of it; its first
    part is of the figure named as it is (签约项目108个), not of the last level (到位资金36亿元).
    That figure, or None when the part's name is the last level's or no other's."""
    name = _core(first.label)
    own = _core(total.label) if total is not None else ""
    if len(name) < 3 or (own and (name.endswith(own[-4:]) or own.endswith(name[-4:]))):
        return None
    for g in groups:
        if g.sentence != before or g is total or g.start >= first.start or not (g.units & first.units):
            continue
        other = _core(g.label)
        if len(other) >= 3 and name.endswith(other[-4:]) and _summable(g):
            return g
    return None


#: （两项合计…）, （以上合计…）, （合计…）: a bracket after the last part giving the parts' total
BRACKETED_TOTAL = re.compile(r"^[（(](?:以上|上述|后|前)?(?P<n>[两二三四五六七八九十0-9]{1,2}项|二者|两者)?(?:各项)?"
                             r"(?:合计|共计|总计)(?:为|达)?$")


def counted_items(bracketed) -> int:
    """How many parts a bracketed total says it adds (两项, 二者: 2), 0 when it says not."""
    n = bracketed.group("n") if bracketed is not None else None
    if not n:
        return 0
    if n in ("二者", "两者"):
        return 2
    parsed = parse_chinese_numeral(n[:-1]) if not n[:-1].isdigit() else (int(n[:-1]), 0)
    return parsed[0] if parsed else 0


def parallel_subsets(groups: list[QuantityGroup], text: str):
    """…签约项目108个，签约资金64.08亿元，上报到位资金36亿元。其中，我区单独签约项目94个，签约资金
    70.51亿元: a 其中 sentence restating the sentence before, figure by figure, for some of it. Each
    of its figures named as one of the sentence before (two or more so named) is a part of that one
    (total, [part], "some") — a part is never more than its whole."""
    for k in range(1, len(groups)):
        first = groups[k]
        if first.sentence == groups[k - 1].sentence or first.label_start != first.sentence.start \
                or not first.label.lstrip(" \u3000").startswith("其中"):
            continue
        before = groups[k - 1].sentence
        pairs = []
        for g in groups[k:]:
            if g.sentence != first.sentence:
                break
            if is_comparison(g.label) or not _summable(g):
                continue
            whole = namesake_level(groups, before, g, None)
            if whole is not None and not is_comparison(whole.label):
                pairs.append((whole, g))
        if len(pairs) >= 2 and len({id(w) for w, _p in pairs}) == len(pairs):
            for whole, part in pairs:
                yield whole, [part], "some"

#: counts of people, and of cases (出生285例: the births counted as cases)
_PEOPLE_OR_CASES = frozenset(PERSON_LIKE | {"例"})


def an_earlier_whole_holds(groups: list[QuantityGroup], total: QuantityGroup, part: QuantityGroup,
                           tq, pq) -> bool:
    """总人口419人，党员91名，其中流动人员294名: one part more than the figure just before it (`tq`,
    the part's `pq`), which an earlier figure of the sentence holds, and not named as a kind of
    that figure (流动党员 would be): the part is of the earlier figure, not a slip."""
    if pq.interval.lo <= tq.interval.hi:
        return False
    noun = _core(total.label)[-2:]
    if len(noun) < 2 or noun in _core(part.label):
        return False
    for g in groups:
        if g.start >= total.start:
            return False
        if g.sentence != total.sentence or not _summable(g) or is_comparison(g.label):
            continue
        for q in g.quantities:
            if q.exact and (q.base_unit == pq.base_unit or (q.base_unit in _PEOPLE_OR_CASES and pq.base_unit in _PEOPLE_OR_CASES)) \
                    and q.interval.hi >= pq.interval.lo:
                return True
    return False


def counts_another_thing(total: QuantityGroup, part: QuantityGroup) -> bool:
    """综合网格120个，其中进入网格的党组织数160个: the part's words name, after their last 的, a
    thing other than the total's (党组织, not 网格): it counts something else, however many."""
    words = _core(part.label)
    if "的" not in words:
        return False
    noun = _core(total.label)[-2:]
    head = words.rsplit("的", 1)[1]
    return len(noun) == 2 and len(head) >= 2 and noun not in head

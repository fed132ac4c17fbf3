"""A total and its breakdown: 共65户243人，其中县城集中安置16户53人，集镇集中安置25户95人 …

The parts are compared with the total unit by unit, as intervals. When the text says the
parts are the whole (合计, 分别为, 共…其中, or complementary parts such as 已脱贫/未脱贫,
贫困户/非贫困户) any mismatch is an error. A plain 其中 may list overlapping or only some
categories, so only parts that add up to more than the total are reported, as a warning.
Which figures are a total and its parts is read in breakdowns.py.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import change_verb, is_comparison, is_down
from ..groups import QuantityGroup, group_positions, quantity_groups
from ..intervals import Interval, format_plain, interval_sum
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..tokens import Quantity, written_sum
from .breakdown_words import (BREAKDOWN_WORDS, MEASURE_WORDS, OVERLAP_MARKERS, _ASIDE, _GENDER_WORDS,
                              _core, _lead, _pair_is_whole, _short_name, exact_units, without_parts_own_lists)
from .bare_lists import bare_list_sums, line_list_sums, pair_line_sums
from .parallel_lines import parallel_line_sums
from .breakdowns import _SHARE_AFTER, _person_like_match, paired_breakdowns, text_breakdowns
from .classified_lists import classifies
from .list_units import total_unit_slip, unit_slip_in_list, unit_slip_message
from .kinds import (all_three_industries, members_of_bodies, parts_of_another_kind, sex_among_other_kinds,
                    tiers_within, total_names_more_kinds)
from .tallies import (a_count_naming_the_next, an_earlier_whole_holds, counts_another_thing,
                      last_item_in_another_unit)
from .sum_misses import compare_unit, of_the_totals_own_noun


def _other_split(text: str, total: Quantity, values: list[Quantity]) -> list[Quantity] | None:
    """Parts a ；divides into two runs of two or more, one of which adds up to the total exactly:
    the other run, a second split of the same total. None otherwise."""
    if total.approx or any(v.approx for v in values):
        return None
    whole = written_sum([total])
    for k in range(2, len(values) - 1):
        if any(c in "；;" for c in text[values[k - 1].end:values[k].start]):
            first, second = values[:k], values[k:]
            if written_sum(second) == whole and written_sum(first) != whole:
                return first
            if written_sum(first) == whole and written_sum(second) != whole:
                return second
            return None
    return None


def _prefix_adds_up(text: str, total: Quantity, values: list[Quantity]) -> bool:
    """The first parts (not all) add up to the total exactly and a ；closes them: the
    breakdown ended there and what follows is another statement (在校生0.236万人，其中义务教育
    学段在校生0.236万人；教职工0.021万人)."""
    if total.approx or any(v.approx for v in values):
        return False
    target = total.interval.mid
    running = Decimal(0)
    for k, v in enumerate(values[:-1]):
        running += v.interval.mid
        if running == target and any(c in "；;" for c in text[v.end:values[k + 1].start]):
            return True
    return False


_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _name_of(text: str, part) -> str:
    """A part's name: its words before the figure, or after it when it names nothing before
    (8个村党支部, 6个乡机关支部)."""
    core = _core(part.label)
    if len(core) >= 2:
        return core
    m = _WORDS_AFTER.match(text, part.end)
    return m.group() if m else core


def _one_more_kind(totals: dict, parts, text: str = "") -> bool:
    """All parts but the last make the total exactly, in every unit, and the parts are not named
    as one kind (支部, 支部, 支部): the last is another kind beside the whole (在校生45597人，其中
    小学31107人，初中14490人，特殊教育学校56人; 普通中小学8所，其中…小学6所，成人学校1所)."""
    if len(parts) < 3:
        return False
    cores = [_name_of(text, p) for p in parts]
    if len(cores[0]) >= 2 and all(c.endswith(cores[0][-2:]) for c in cores):
        return False  # 农村支部5个、机关支部2个、学校支部1个: one kind, so one of them is off
    return _all_but_last_make_it(totals, parts)


def _all_but_last_make_it(totals: dict, parts) -> bool:
    return len(parts) >= 3 and len(exact_units(totals, parts[:-1])) == len(totals)


#: 其中大专学历52人，学历合格率92%；本科学历13人，本科率23%: a part's own rate right after it
_OWN_RATE_AFTER = re.compile(r"[，,]\s*[\u4e00-\u9fff]{0,6}(?:率|比例|占比)(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?)[%％]")


#: 80-89周岁, 90至99岁, 100周岁以上, 60岁以下: a band of ages
_AGE_BAND = re.compile(r"(?:\d{1,3}(?:周岁|岁)?[-－~～—至到]\d{1,3}(?:周岁|岁)|\d{1,3}(?:周岁|岁)(?:以上|以下|及以上|及以下))(?:的)?"
                       r"(?:[\u4e00-\u9fff]{0,4})$")


def _age_bands(parts) -> bool:
    """其中80-89周岁591人、90-99周岁86人、100周岁以上4人: bands of age, one after another, that
    divide the whole (one person is in one band), unlike 35周岁以下的5名，大专以上学历的3名. At least
    one band is a range, and they do not repeat."""
    cores = [_core(p.label).removeprefix("其中").strip(" ，,、：:") for p in parts]
    if len(cores) < 2 or not all(_AGE_BAND.fullmatch(c) for c in cores) or len(set(cores)) != len(cores):
        return False
    return any(re.search(r"\d[-－~～—至到]\d", c) for c in cores)


#: （达标率95%）, ，合格率98%: a rate right after a figure
_RATE_RIGHT_AFTER = re.compile(r"\s*[（(，,]\s*(?P<stem>[\u4e00-\u9fff]{1,4})率")


def _rated_subset(text: str, parts) -> bool:
    """A part after the first followed by its own rate named by its words (达标19个（达标率95%）,
    合格18个，合格率90%): it counts those of the part before that pass, not a kind beside it."""
    for p in parts[1:]:
        m = _RATE_RIGHT_AFTER.match(text, p.end)
        if m is not None and m.group("stem")[-2:] in _core(p.label):
            return True
    return False


def _rates_per_head(total, parts) -> bool:
    """Amounts listed after 分别 with no count of their own, against a total that counts heads too
    (共计奖励66人25200元): the amounts are what each head got, at several rates."""
    heads = {"人", "户", "名"} & total.units
    return bool(heads) and "分别" in parts[0].label and all(not (p.units & heads) for p in parts)


def _ends_bare_list(text: str, g) -> bool:
    """The group's first figure closes a list of bare figures (1.6、0.9公里): the unit is theirs too."""
    q = g.quantities[0]
    return q.num_start >= 2 and text[q.num_start - 1] in "、和及与" and text[q.num_start - 2].isdigit()


def _shares_overlap(text: str, parts) -> bool:
    """Each part followed by its share of the total (占…, or a rate of its own), and the shares add
    up to well over 100%: the parts overlap (one contains another), so their sum means nothing."""
    shares = []
    for p in parts:
        m = _SHARE_AFTER.match(text, p.end) or _OWN_RATE_AFTER.match(text, p.end)
        if m is None:
            return False
        shares.append(Decimal(m.group(1)))
    return len(shares) >= 2 and sum(shares) > 101


def _changes_both_ways(total, parts) -> bool:
    """A change broken down into changes of which some go up and some down: they net, not add."""
    verbs = [change_verb(g.label) for g in (total, *parts)]
    if any(v is None for v in verbs):
        return False
    return len({is_down(v) for v in verbs}) > 1  # (净减少112人，其中…增加119人: the rest went down)


_SHARE_OF_NAMED = re.compile(r"[，,]?\s*(?:仅|只|约)?占(?P<name>[^，,。；;0-9０-９%％]{2,16}?)(?:的|总数|总量|总面积)")


def _share_of_an_earlier_part(text: str, parts) -> bool:
    """A part followed by its share of another, earlier part (占家庭承包耕地面积的36.7%): it is some
    of that part, not a part beside it."""
    for k, p in enumerate(parts[1:], 1):
        m = _SHARE_OF_NAMED.match(text, p.end)
        if m is None:
            continue
        name = m.group("name").replace("面积", "").replace("总", "")
        for earlier in parts[:k]:
            core = _core(earlier.label).replace("面积", "").replace("总", "")
            if len(name) >= 2 and len(core) >= 2 and (name in core or core in name):
                return True
    return False


def _companion_total(text: str, total: QuantityGroup, parts) -> QuantityGroup | None:
    """资助学生1436人次，发放资助金186.4万元，其中学前教育312人次18.7万元，…: parts that each carry
    two figures break down the total just before 其中 and, in their other unit, the figure of the
    clause before it — one fact told in two clauses of one sentence."""
    if len(parts) < 2 or any(len(p.units) < 2 for p in parts):
        return None
    missing = frozenset.intersection(*(p.units for p in parts)) - total.units
    groups = quantity_groups(text)
    k = group_positions(text).get(id(total))
    if not missing or not k:
        return None
    before = groups[k - 1]
    if before.sentence != total.sentence or len(before.units) != 1 or not before.units <= missing \
            or before.approx or is_comparison(before.label) or _lead(before.label).startswith(BREAKDOWN_WORDS) \
            or any(c in "；;" for c in text[before.end:total.start]):
        return None
    if k >= 2 and groups[k - 2].sentence == before.sentence and groups[k - 2].units & total.units \
            and not any(c in "，,；;。、" for c in text[groups[k - 2].end:before.start]):
        return None  # 5户监测户18人，新纳入2户（…1户4人，…1户2人）: the 18人 are the 5户's, not the 2户's
    return before


_DIRECTIONS = (("增长", "增加", "上升", "提高"), ("持平", "不变", "稳定"), ("下降", "减少", "下滑", "降低"))


def _by_direction(parts) -> bool:
    """Parts named by which way they changed, one each: up, (flat,) down."""
    if not 2 <= len(parts) <= 3:
        return False
    seen = []
    for p in parts:
        core = _core(p.label)
        kinds = [k for k, words in enumerate(_DIRECTIONS) if any(w in core for w in words)]
        if len(kinds) != 1 or not core.endswith("的"):
            return False
        seen.append(kinds[0])
    return len(set(seen)) == len(seen) and 0 in seen and 2 in seen


_TIMES = frozenset(("人次", "户次"))


def _may_overlap(parts) -> bool:
    """Parts that may count one person twice: all named by a measure (…帮扶, …补贴), or a split by
    sex beside another attribute (其中女性186人次，脱贫人口142人次)."""
    cores = [_core(p.label).rstrip("为有达共计约") for p in parts]
    if all(c.endswith(MEASURE_WORDS) for c in cores) and not all(p.units & _TIMES for p in parts):
        return True  # (人次 count each time anyone was served: the kinds add up to the 人次 of all)
    by_sex = [c.endswith(_GENDER_WORDS) or c.startswith(_GENDER_WORDS[:3])
              or (len(c) > 2 and c.startswith(("女", "男"))) for c in cores]  # 女党员, 男职工
    return any(by_sex) and not all(by_sex)


#: parts named by heterogeneous words (总人口…其中农业人口…，劳动力…，贫困人口…) that add up to this
#: much over their total are attributes of it that overlap, not a split of it miswritten
ATTRIBUTES_WILD_SUM = Decimal("1.25")
_SPLIT_KIND = re.compile(r"^(?:[一二三四五六七八九十\dA-Da-d甲乙丙丁]+(?:类|级|档|星|等|批|期)|第[一二三四五六七八九十\d]+"
                         r"|[\u4e00-\u9fff]{1,6}(?:村|社区|组|镇|乡|街道)$|城[市镇]|农村|省[内外]|县[内外]|市[内外])")


def _kinds_of_one_split(parts) -> bool:
    """Names that divide a whole (一类/二类, 第一产业/第二产业, villages, 城市/农村, 已/未, 男/女,
    …其他): such parts over their total are a slip however far over."""
    cores = [_ASIDE.sub("", _core(p.label)).strip(" ，,、；;：:") for p in parts]
    if len(parts) == 2 and _pair_is_whole(parts):
        return True
    if cores and cores[-1].startswith(("其他", "其它", "其余")):
        return True
    if len(cores) >= 2 and len(set(cores)) == len(cores) and _kinds_named_alike(cores):
        return True  # 村团支部6个、企业团支部7个: kinds of one thing, named alike
    return all(_SPLIT_KIND.search(c) for c in cores if c) and any(cores)


def _kinds_named_alike(cores: list[str]) -> bool:
    """Names that share a noun of three characters or more and differ only by a short word in
    front (村团支部 / 企业团支部; not 制造业预计完成投资 / 技改完成投资)."""
    shared = 0
    while shared < min(len(c) for c in cores) and len({c[-shared - 1] for c in cores}) == 1:
        shared += 1
    return shared >= 3 and all(0 < len(c) - shared <= 2 for c in cores)


def _a_run_adds_up(total: Quantity, values: list[Quantity]) -> bool:
    """Two or more neighbouring parts, not all of them, add up exactly to a total stated after
    them (小麦2.1万亩、玉米1.8万亩、大豆0.4万亩、油菜0.6万亩，粮食作物合计4.3万亩): the total is
    of those, and the list went on past it."""
    if not total.exact or any(not v.exact for v in values) or len(values) < 3:
        return False
    target = Decimal(total.number) * total.factor
    amounts = [Decimal(v.number) * v.factor for v in values]
    for i in range(len(amounts)):
        running = amounts[i]
        for j in range(i + 1, len(amounts)):
            running += amounts[j]
            if running == target and (i, j) != (0, len(amounts) - 1):
                return True
            if running > target:
                break
    return False


_CROSS_CUT = re.compile(r"双重|同时|兼|重复|交叉|既是|均为|也是")


#: two words that divide people between them (农业人口 / 城镇人口, 城镇居民 / 农村居民)
_DIVIDING_WORDS = (("农业", "城镇"), ("城镇", "农村"), ("城镇", "乡村"), ("城市", "农村"), ("农村", "城镇"),
                   ("农业", "非农业"))


def _split_then_another_axis(totals, parts) -> bool:
    """The first two parts divide the people between them (农业人口 / 城镇人口) and make the total
    exactly, in every unit: what follows (流动人口, 常住人口) counts on another axis."""
    if len(parts) < 3:
        return False
    a, b = _core(parts[0].label).removeprefix("其中"), _core(parts[1].label)
    if not any(a.startswith(x) and b.startswith(y) and a[len(x):] == b[len(y):] for x, y in _DIVIDING_WORDS):
        return False
    return len(exact_units(totals, parts[:2])) == len(totals)


def _two_axes(total, parts) -> bool:
    """Parts of a population named as people (农业人口) beside its workers (劳动力): the workers are
    counted across the people, so the parts may overlap."""
    if len(parts) < 2:
        return False
    cores = ["".join(_core(p.label).split()) for p in parts]  # (劳动(láo)力: a copy's glosses as spaces)
    workers = [c.endswith(_LABOUR) and not c.startswith(("非", "无", "缺")) for c in cores]
    if not _core(total.label).endswith("人口"):
        # 182户656人，其中移民427人，劳动力296人: the workers are counted across whatever the other parts are
        return any(workers) and not all(workers)
    named = [c.endswith(("人口", "户")) for c in cores]  # (农业户13477户54740人: its people too)
    others = [c for c, n in zip(cores, named) if not n]
    return any(named) and bool(others) and all(o.endswith(_LABOUR) for o in others)


#: the people at work: counted across the people by where they live or what they are
_LABOUR = ("劳动力", "劳力", "从业人员", "就业人员")


def _overlap_stated_after(text: str, totals, parts) -> bool:
    """The figure right after the parts, in their sentence, counts those in two of them (交叉任职,
    兼任, 双重身份), and the parts less it make the total exactly: the overlap is stated."""
    groups = quantity_groups(text)
    k = group_positions(text).get(id(parts[-1]))
    if k is None:
        return False
    for after in groups[k + 1:k + 4]:  # (一肩挑的有3000人 may stand between)
        if after.sentence != parts[-1].sentence:
            return False
        if not _CROSS_CUT.search(after.label):
            continue
        for unit, tq in totals.items():
            summed, both, whole = (written_sum([p.by_unit().get(unit) for p in parts]),
                                   written_sum([after.by_unit().get(unit)]), written_sum([tq]))
            if None not in (summed, both, whole) and summed - both == whole:
                return True
    return False


def _split_then_cross_cut(totals, parts) -> bool:
    """The first parts (two or more) add up exactly to the total — in each of two units, or in
    one with what follows named as a cross-cut (双重身份, 同时享受): the split is complete, and what
    follows counts some of the same again."""
    for n in range(2, len(parts)):
        made = exact_units(totals, parts[:n])
        if len(made) < len(totals) or not made:
            continue
        if len(made) >= 2 or any(_CROSS_CUT.search(p.label) for p in parts[n:]):
            return True
    return False


def _parts_add_to_another(doc: TextDoc, total: QuantityGroup, parts) -> Hit | None:
    """Parts that might overlap but add up exactly, in their total's unit, to another figure
    stated before them in the sentence (the figure their total is itself a part of): the parts
    were summed by the writer, to the wrong total."""
    if len(total.quantities) != 1:
        return None
    tq = total.quantities[0]
    values = [p.by_unit().get(tq.base_unit) for p in parts]
    if any(v is None or not v.exact for v in values) or not tq.exact:
        return None
    summed = sum(Decimal(v.number) * v.factor for v in values)
    if summed == Decimal(tq.number) * tq.factor:
        return None
    for g in quantity_groups(doc.text):
        if g.sentence != total.sentence or g.start >= total.start:
            continue
        other = g.by_unit().get(tq.base_unit)
        if other is not None and other.exact and Decimal(other.number) * other.factor == summed:
            if _shares_of(doc.text, parts, values, other):
                return None  # 23件…满意件20件…已解决10件，占43%；…5件，占22%；…8件，占35%: the 23's parts
            names = " + ".join(f"{_short_name(p.label)}{v.number}" for p, v in zip(parts, values))
            message = (f"分项之和为 {format_plain(summed / tq.factor)} {tq.unit}（{names}），与总数 {tq.number} "
                       f"{tq.unit} 不符，却等于前面的 {_short_name(g.label)}{other.shown}；请核对各分项是否属于此总数")
            return Hit(TextAnchor(doc.key, tq.start, tq.end - tq.start), message, "warning",
                       tuple(TextAnchor(doc.key, v.start, v.end - v.start) for v in values))
    return None


def _shares_of(text: str, parts, values, whole: Quantity) -> bool:
    """Each part followed by its share (占43%), and every share that of the part over `whole`."""
    for p, v in zip(parts, values):
        m = _SHARE_AFTER.match(text, p.end)
        if m is None:
            return False
        share = Decimal(m.group(1))
        exact = Decimal(v.number) * v.factor / (Decimal(whole.number) * whole.factor) * 100
        places = len(m.group(1).partition(".")[2])
        if abs(exact - share) > Decimal(1).scaleb(-places) / 2 + Decimal("0.0001"):
            return False
    return True


def _one_unit_exact(totals, parts) -> bool:
    """The parts add up exactly, with two or more of them, in one unit of the total's (households,
    projects, 万元 to the last digit written): the list names every item, so in the other unit too."""
    return len(parts) >= 2 and bool(exact_units(totals, parts))


def check_sums(doc: TextDoc):
    yield from bare_list_sums(doc)  # 分别为2.1、1.6、0.9公里，共计4.8公里: the unit written once
    yield from line_list_sums(doc)  # 石桥村：292人⏎…⏎合计：1357人: one item a line, the total's line after
    yield from pair_line_sums(doc)  # 石桥村：335户，1012人⏎…⏎合计：…户，…人: two columns
    yield from parallel_line_sums(doc)  # 1.沙坝村完成改厕114户，投入资金59.86万元。⏎…⏎合计：…: lines alike
    for total, parts, strength in text_breakdowns(doc.text) + paired_breakdowns(doc.text):
        parts = list(parts)
        if any(_ends_bare_list(doc.text, p) for p in parts) or _ends_bare_list(doc.text, total):
            continue  # 分别硬化2.1、1.6、0.9公里，另新修1.2公里，共计5.8公里: 0.9 is the last of three
        if _rates_per_head(total, parts):
            continue  # 分别奖励500元、300元、200元，共计奖励66人25200元: what each got, not parts
        industries = all_three_industries(total.label, [p.label for p in parts]) and "%" not in total.units
        if _by_direction(parts) or industries:
            strength = "whole"  # 增长的31家、持平的4家、下降的13家; 第一、二、三产业: every firm is one of these
        totals = total.by_unit()
        companion = _companion_total(doc.text, total, parts)
        if companion is not None:
            totals = {**totals, **companion.by_unit()}
        if strength != "whole" and len(totals) > 1 and _one_unit_exact(totals, parts):
            # 其中新建项目3个、投资1920万元，改扩建项目4个、投资670万元 of 7个; 流转给合作社的1048户3590人…
            # of 3126户: every item is listed, and items that add up exactly do not overlap
            strength = "whole"
        parts = without_parts_own_lists(parts, totals)  # …少数民族40人，回族30人，其他少数民族10人
        may_overlap = (strength != "whole" and _may_overlap(parts)) or members_of_bodies(parts)
        overlapping = strength != "whole" and any(
            m in _core(p.label) for p in parts for m in OVERLAP_MARKERS) and not _age_bands(parts)
        if overlapping and len(parts) > 1:
            hit = _parts_add_to_another(doc, total, parts)
            if hit is not None:
                yield hit  # 旱地36052亩，旱地中15度以上…、25度以上…、川腰地…: the parts make the 耕地 figure
            continue  # 35周岁以下的5名，大专以上学历的3名: attributes, not a partition
        if parts_of_another_kind(total.label, [p.label for p in parts]) or tiers_within(total.label, [p.label for p in parts]):
            continue  # 粮食播种面积…其中稻谷…，油料…: no grain; 其中民生支出…，教育支出…: within 民生
        if _shares_overlap(doc.text, parts):
            continue  # 其中省外资金7.42亿元，占60.0%；市外资金9.86亿元，占78.8%: 省外 is within 市外
        if _changes_both_ways(total, parts):
            continue  # 净减少112人，其中城镇人口增加119人，农村人口减少231人: a net of changes up and down
        if _share_of_an_earlier_part(doc.text, parts):
            continue  # 其中义务教育阶段学生3786人，留守儿童1012人，占义务教育阶段学生的26.7%: within that part
        if _rated_subset(doc.text, parts):
            continue  # 集中供水点20个，达标19个（达标率95%）: those that pass, among the points before
        if _one_more_kind(totals, parts, doc.text):
            continue
        if _split_then_another_axis(totals, parts):
            continue  # 总人口48368人，其中农业人口40556人，城镇人口7812人，流动人口542人
        if sex_among_other_kinds([p.label for p in parts]):
            continue  # 代表29人，其中农村基层代表17人，女性代表8人: women are counted across the other kinds
        if _two_axes(total, parts):
            continue  # 人口3386人，其中农业人口2376人，劳动力1243人: 劳动力 cuts across 人口
        if _overlap_stated_after(doc.text, totals, parts):
            continue  # 党组织成员21人、村委会成员20人，交叉任职6人 of 35: 21 + 20 − 6
        if _split_then_cross_cut(totals, parts):
            continue  # 663户1932人（其中低保对象521户1772人，特困142户160人，双重身份122户395人）
        for unit, tq in totals.items():
            values = [p.by_unit().get(unit) for p in parts]
            if any(v is None for v in values):
                if _person_like_match(total, parts, doc.text):
                    values = [next(iter(p.by_unit().values())) for p in parts]
                else:
                    continue
            if tq.start > values[-1].start and _a_run_adds_up(tq, values):
                continue  # …市县财政补贴44.2万元、农户自缴44.2万元，财政补贴合计176.8万元: a subtotal of some
            if strength != "whole" and len(values) > 1 and written_sum([tq]) is not None \
                    and any(written_sum([v]) == written_sum([tq]) for v in values):
                continue  # 乡村人口218人，其中农业人口218人，劳动力100人: one part is all of it, the rest cut across
            other_split = _other_split(doc.text, tq, values)
            if other_split is not None:
                # 其中，菜类制种7798亩，高效作物4200亩；公司建园6060亩，合作社自主经营5584亩: two splits of
                # 11644亩 after each other, the second exact; the first is checked on its own
                values, parts = other_split, [p for p in parts if p.by_unit().get(unit) in other_split]
            elif _prefix_adds_up(doc.text, tq, values):
                continue  # 红茶244.76、烘青193.84、晒青1.4；生产精制茶220.8…: the list ended at 440
            if len(values) == 1 and (an_earlier_whole_holds(quantity_groups(doc.text), total, parts[0], tq, values[0])
                                     or counts_another_thing(total, parts[0])):
                continue  # 总人口419人，党员91名，其中流动人员294名: of 419, not of 91
            slip = unit_slip_in_list(tq, values) or (tq if total_unit_slip(tq, values) else None)
            if slip is not None:
                yield Hit(TextAnchor(doc.key, slip.start, slip.end - slip.start), unit_slip_message(tq, values, slip),
                          "error", (TextAnchor(doc.key, tq.start, tq.end - tq.start),))
                continue
            result = compare_unit(tq, values, strength, lambda: [_short_name(p.label) for p in parts],
                                   None if strength == "whole" or _kinds_of_one_split(parts) else ATTRIBUTES_WILD_SUM,
                                   of_the_totals_own_noun(doc.text, total, parts))
            if result and ((may_overlap and interval_sum(v.interval for v in values).lo > tq.interval.hi)
                           or a_count_naming_the_next(doc.text, tq, values)):
                continue  # more than the total, where one may be counted under two parts; 30个自然村通公路329个
            if result and interval_sum(v.interval for v in values).hi < tq.interval.lo \
                    and (total_names_more_kinds(total.label, [p.label for p in parts])
                         or last_item_in_another_unit(doc.text, tq, values)):
                continue  # 猪牛羊禽肉产量2.99万吨，其中猪肉…，牛肉…: two of the four meats named
            if result and strength == "whole" and len(totals) == 1 and tq.start < values[0].start:
                moved = _parts_add_to_another(doc, total, parts)
                if moved is not None:
                    yield moved  # 共出生123人，其中政策内出生119人（男孩62人、女孩61人）: the bracket set after
                    continue     # the wrong figure; its parts make the 123 exactly (a warning, not a slip)
            if result:
                severity, message = result
                if industries and not interval_sum(v.interval for v in values).intersects(
                        Interval(tq.interval.lo / ATTRIBUTES_WILD_SUM, tq.interval.hi * ATTRIBUTES_WILD_SUM)):
                    severity = "warning"  # 49.5 of 91.4: so far off, a figure may belong elsewhere
                anchor, named = tq, values
                if "\n" in doc.text[tq.end:values[0].start] and classifies(doc.text, parts[0]):
                    # the total lines away (农村低保374户674人 ⏎ 农村低保按类别分：…): said where the
                    # list is added up, its last figure, with the total and the other parts beside it
                    anchor, named = values[-1], [tq, *values[:-1]]
                related = tuple(TextAnchor(doc.key, v.start, v.end - v.start) for v in named)
                yield Hit(TextAnchor(doc.key, anchor.start, anchor.end - anchor.start), message, severity, related)


SUM_RULE = DocRule(
    id="sum",
    severity="error",
    title="总数与分项不符",
    check=check_sums,
    failing=(
        "截止9月30日,共出生123人,其中政策内出生119人(男孩62人、女孩58人),出生政策符合率96.7%。",
        # the bracket's split adds up to the earlier figure (123): set after the wrong one, a warning that says so
        "截止9月30日,共出生123人,其中政策内出生119人(男孩62人、女孩61人),出生政策符合率96.7%。",
        # a total and its parts in a bracket, their one unit written after the bracket
        "不折不扣完成全年财税目标任务2699(国税1636地税1036)万元。",
        # a list set out several items a line, its total on a line of its own
        "其中:分村完成情况为:\n东岭村186户;西河村212户;南坪村175户;\n北山村198户;中和村243户;新华村240户;\n合计1236户.",
        "各村易地搬迁安置情况：\n石桥村：335户，1012人\n马坊村：812户，2476人\n双河村：788户，2359人\n合计：1935户，5854人",
        "各村脱贫人口分布如下：\n石桥村：292人\n马坊村：195人\n双河村：378人\n合计：878人",
        "各村土地流转情况（单位：亩）\n柳河村　193.2\n杨庄村　132.6\n新华村　287.3\n合计　614.1",
        "全镇现有农村低保对象385户，按保障类别分别为A类40户、B类220户、C类126户，全年发放低保金608万元。",
        "学校共占地193.1亩，总建筑面积2613.4平方米，其中教学楼8栋，建筑面积17628平方米。",
        "全年发放各类惠农补贴资金741.3万元，具体为：\n（一）耕地地力保护补贴452.9万元；\n（二）农机购置补贴131.8万元；\n"
        "（三）实际种粮农民一次性补贴146.6万元。",
        "全乡流转土地11644亩，占全乡耕地面积的三分之一。其中，菠菜、香菜等菜类制种7798亩，订单种植万寿菊、茴香等高效作物"
        "4200亩；公司建园种植6060亩，合作社自主经营5584亩。",
        "全镇地区生产总值40.33亿元。其中，第一产业增加值2.13亿元；第二产业增加值16.65亿元；第三产业增加值21.55万元。",
        "全年农林牧渔业总产值实现10.23亿元，同比增长7.4%（可比价，下同）（其中东片实现9.28亿元，同比增长7.4%；西片实现"
        "0.95亿元，同比增长7.7%）。其中，种植业产值5.53亿元，同比增长6.2%；林业产值0.62亿元，同比增长4.2%；牧业产值"
        "3.20亿元；渔业产值0.49亿元；服务业产值0.69亿元。",
        "全镇共有中小学7所，在校学生3426人，其中小学生2158人、初中生1286人，专任教师251人。",
        "共完成易地搬迁65户243人，其中县城集中安置16户53人，集镇集中安置25户95人，自购房10户48人，分散自建14户46人。",
        "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人，三类低保37户95人。",
        "全乡建档立卡贫困户共615户2096人，已脱贫426户1506人，未脱贫191户596人。",
        "实现危房改造109户，其中贫困户82户，非贫困户28户。",
        "全乡建档立卡234户，729人，其中脱贫户217户676人，脱贫不稳定户3户13人，边缘易致贫户14户42人，突发困难户4户13人。",
        "监测对象42户138人，其中脱贫不稳定户16户61人，边缘易致贫户15户46人，突发严重困难户9户31人。",
        "开发公益性岗位56个，其中安排乡村保洁员31人，护林员26人。",
        "投入资金合计100万元，分别为甲村40万元，乙村50万元。",
        "甲村10户、乙村20户，合计31户。",
        "共有党员50名，其中女党员60名。",
        "共投入资金500万元，其中县级资金300万元，乡级资金250万元。",
        "全镇实现地区生产总值8620万元。其中：第一产业3410万元，第二产业2875万元，第三产业2345万元，农民人均纯收入8120元。",
        "全村土地面积5630亩（耕地2410亩，林地3390亩），森林覆盖率62%。",
        "享受临时救助人数352人，其中县级救助235人，乡级救助90人。",
        "上半年共出生新生儿146人，其中一孩98人，二孩48人；男孩79人，女孩57人。",
        "共有低保户156户(其中:一类低保38户、二类低保65户、三类低保63户)。",
        "规模以上企业完成产值1.5亿元(甲公司52310千元,乙\n\n公司43860千元,丙公司8830千元),规模以下完成0.9亿元。",
        "共检测农户饮用水120户，其中达标102户，未达标17户。",
        "全镇共有农村户厕2860户，已完成改厕2314户，其余564户将于年内完成改造。",
        "全镇共有农村户厕2860户，已完成改厕2314户，未改厕564户。",
        "全乡共有低保户128户，\n其中一类低保27户，二类低保63户，三类低保37户。",
        "全年流动人口1946人，其中流出1925人，跨省流出1115人，流入17人。",
        "全年共发放临时救助资金48.6万元，其中：因病救助31.2万元，其中大病救助19.5万元；因灾救助9.8万元；其他救助6.7万元。",
        "全年下达危房改造任务46户，其中C级危房加固维修32户，D级危房拆除重建15户。",
        "培训电商人才320人次，其中女性186人次，男性144人次。",
        "全年共发放各类涉农补贴资金1856.4万元，具体为：\n耕地地力保护补贴1203.5万元；\n农机购置补贴421.6万元；\n生态公益林补偿240.3万元。",
        "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户；未脱贫户中，因病致贫89户，因残致贫47户，缺劳力87户。",
        "2022年全镇GDP达15.6亿元，增长6.5%；其中第一产业增加值4.2亿元，增长4.1%；第二产业增加值6.8亿元，增长7.9%；第三产业增加值5.0亿元，增长6.8%。",
        "上半年全镇财政收入96.5万元。国税收入21.3万元、地税收入30.2万元、其它收入46万元。",
        "全镇共有贫困户320户，其中：东村110户（其中已脱贫80户，未脱贫30户）；西村120户（其中已脱贫100户，未脱贫20户）；南村100户。",
        "完成固定资产投资5.26亿元（上年同期4.85亿元），其中工业投资2.14亿元、基础设施投资1.87亿元、房地产开发投资1.35亿元。",
        "争取上级项目资金共计4265万元，具体为：\n交通项目1850万元；水利项目1320万元；农业项目685万元；其他项目401万元。",
        "计划投资3260万元，已到位资金2745万元，到位率84.2%；其中中央和省级资金1680万元，县级资金856万元，镇级自筹200万元。",
        "专项项目总投资16281.61万元，其中中省财政8100万元，县级配套4200万元，群众自筹167万元，群众投劳折资3814.94万元。",
        "累计核销补偿参合人员25537人次，累计补偿金额2510.16万元。\n其中，住院补偿9545人次，补偿支出2302.35万元；门诊补偿15874人次，补偿支出135.69万元；大病补充补偿166人次，补偿支出87.41万元。",
        "从资金构成看，农村饮水安全534.0万元；乡村道路硬化233.9万元；土地整理586.5万元。几项共计2354.4万元。",
        "各项资金使用情况：\n（一）农业项目：820万元\n（二）工业项目：168万元\n（三）社会事业项目：882万元\n以上合计1770万元。",
        "外出务工人数分村统计：\n柳树湾村：36户72人\n小河村：12户27人\n红星村：12户37人\n全镇共计60户146人。",
        "经过逐户核查，共确定残疾人家庭435户1144人，按类别分：重度残疾374户950人，轻度残疾51户194人。",
        "全年完成投资1198.78万元。\n——基础设施项目，完成143.81万元；\n——农业项目，完成445.74万元；\n——工业项目，完成690.23万元。",
        "全年累计投入2221万元，分项如下：\n1.社会事业项目880万元；\n2.工业项目866万元；\n3.基础设施项目745万元。",
        "分村情况：\n1.沙坝村完成农村户厕改造114户，投入资金59.86万元。\n2.枫树村完成农村户厕改造86户，投入资金35.98万元。\n3.青龙村完成农村户厕改造31户，投入资金16.52万元。\n合计：完成农村户厕改造231户，投入资金112.37万元。",
        "各村完成情况如下：\n1.马鞍村新建产业路9.3公里，完成投资164.95万元。\n2.金盆村新建产业路4.7公里，完成投资146.29万元。\n3.石桥村新建产业路3.2公里，完成投资44.43万元。\n全乡合计：新建产业路17.2公里，完成投资535.67万元。",
        "分村情况：\n龙井村：新建产业路6.4公里，完成投资89.49万元；\n桃源村：新建产业路5.7公里，完成投资31.72万元；\n大坪村：新建产业路31.5公里，完成投资156.90万元；\n金盆村：新建产业路2.0公里，完成投资50.25万元；\n全乡合计：新建产业路27.6公里，完成投资328.36万元。",
        "其中持证残疾人3718人，分别为肢体残疾2156人，占总数的60，精神残疾389人，占总数的13.4，听力言语残疾454人，占总数的12.1，视力残疾381人，占总数的10.2，智力残疾328人，占总数的9.1。",
        "全年猪牛羊禽肉产量2.99万吨，其中猪肉产量2.11万吨，牛肉产量0.38万吨，羊肉产量0.1万吨，禽肉产量0.1万吨。",
        "一般公共预算支出361315万元，下降11.8%；加上解上级支出52441万元，债务还本支出6751万元，安排预算稳定调节基金28478万元，支出合计448895万元。",
        "应发放城镇低保老年人高龄补贴费3600元；农村低保老年人高龄补贴费31200元（两项合计34900元）。",
        "全年签约项目108个，签约资金64.08亿元，上报到位资金36亿元，转化率为38.31%。其中，我区单独签约项目94个，签约资金70.51亿元。",
        "全县共有各级各类学校468所。其中，幼儿园232所，小学206所，初级中学37所、九年一贯制学校1所，完全中学2所，高级中学4所，十二年一贯制学校1所（民办），中职学校1所，特殊教育学校1所，专门学校1所。",
        "2022年末，全县现有医疗机构728家，其中，二级医疗机构1家、一级综合医疗机构1家、中医院1家、精神专科医院1家、乡镇卫生院28家（含4家乡镇中心卫生院）、民营医院4家、结核病防治所1家、村卫生室678家、个体诊所9家、综合门诊部1家、社区卫生服务站1家、医务室1家。",
        "农机购置补贴1200元；耕地地力保护补贴3600元；种粮一次性补贴31200元（后两项合计34900元）。",
        "全年共签约项目108个，签约资金64.08亿元，上报到位资金36亿元。其中，我区单独签约项目124个，签约资金50.51亿元。",
        "全年共签约项目108个，签约资金64.08亿元，上报到位资金36亿元。其中，我区单独签约项目94个，签约资金50.51亿元，上报到位资金44.8亿元。",
        "全乡总人口4190人，党员91名，其中流动党员194名。",
        "镇党政班子15人，分别为党委班子9人、政府班子4人。",
        "财政收入完成1318万元,其中国税累计完成161万元,地税累计完成778万元,其他380万元。",
        "启动防汛应急响应6次，其中Ⅲ级响应2次、Ⅳ级响应3次。",
        "开展职业技能培训18期,培训1,086人次,其中电工培训620人次,家政培训486人次;",
        "全镇共有贫困户1200户，其中享受低保的贫困户1300户。",
        "全镇农村居民人均可支配收入18260元，同比增长7.9%（上年16920元）。其中工资性收入8470元、经营净收入6320元、财产净收入560元、转移净收入2640元。",
        "全年争取各类项目资金一千一百八十万元，其中衔接资金六百八十万元、其他涉农资金四百九十万元。",
        "全镇出生人口278人，其中男性145人，女性133人。其中一胎200人，二胎87人。",
        "全年实施农村危房改造47户，分布在5个村：\n1.东坪村12户；\n2.河口村9户；\n3.新华村11户；\n4.高桥村6户；\n5.石岭村7户。",
        "完成村组道路硬化42.6公里，其中：甲村8.4公里；乙村11.2公里；丙村6.6公里；丁村7.9公里；戊村6.5公里。",
        "全镇耕地面积17583万亩，其中水田15535亩，旱土2048亩。",
    ),
    passing=(
        "不折不扣完成全年财税目标任务2672(国税1636地税1036)万元。",
        "完成2019(上半年1636)万元。",  # one figure in the bracket: no list of parts
        "1-11月份，当年出生285例，女孩数109人，其中合法生育210人，计生符合率73.68%。",
        "五保贫困户18户19人，5户监测户18人，2023年1月新纳入2户（邵国1户4人，邵耀杰1户2人），2023年6月风险消除1户。",
        "其中:分村完成情况为:\n东岭村186户;西河村212户;南坪村175户;\n北山村198户;中和村243户;新华村222户;\n合计1236户.",
        "完成村组道路硬化42.6公里，其中：甲村8.4公里；乙村11.2公里；丙村8.6公里；丁村7.9公里；戊村6.5公里。",
        "全年实施农村危房改造45户，分布在5个村：\n1.东坪村12户；\n2.河口村9户；\n3.新华村11户；\n4.高桥村6户；\n5.石岭村7户。",
        "全镇出生人口278人，其中男性145人，女性133人。其中一胎202人，二胎76人。",
        "全年争取各类项目资金一千一百七十万元，其中衔接资金六百八十万元、其他涉农资金四百九十万元。",
        "全镇农村居民人均可支配收入17990元，同比增长6.3%（上年16920元）。其中工资性收入8470元、经营净收入6320元、财产净收入560元、转移净收入2640元。",
        "农民人均纯收入8120元，其中工资性收入3100元、家庭经营收入3900元。",
        "各村易地搬迁安置情况：\n石桥村：335户，1012人\n马坊村：812户，2476人\n双河村：788户，2359人\n合计：1935户，5847人",
        "2004年全镇人口21018户74172人，其中：农业户13477户54740人，劳动力24994人。",
        "年末全镇户籍人口比上年净减少112人，其中城镇人口增加119人，农村人口减少231人。",
        "各村脱贫人口分布如下：\n石桥村：292人\n马坊村：195人\n双河村：378人\n合计：865人",
        "各村土地流转情况（单位：亩）\n柳河村　193.2\n杨庄村　132.6\n新华村　287.3\n合计　613.1",
        "全镇现有农村低保对象386户，按保障类别分别为A类40户、B类220户、C类126户，全年发放低保金608万元。",
        "全年共排查各类安全隐患285处（一般隐患269处、较大隐患16处），整改率100%。",
        # a part of a part (财政资金中…) runs to the next ；; a part's share of an earlier part is some of it
        "项目总投资300.0万元，其中财政资金178.2万元，财政资金中中央资金135.8万元、省级资金42.4万元；社会资本121.8万元。",
        "全镇在校中小学生4606人，其中义务教育阶段学生3786人，留守儿童1012人，占义务教育阶段学生的26.7%。",
        "新建学校2所，总建筑面积26134平方米，其中教学楼8栋，建筑面积17628平方米，宿舍楼3栋，建筑面积8506平方米。",
        "全年发放各类惠农补贴资金731.3万元，具体为：\n（一）耕地地力保护补贴452.9万元；\n（二）农机购置补贴131.8万元；\n"
        "（三）实际种粮农民一次性补贴146.6万元。",
        # a figure per something (人/平方公里) is a rate: it adds to nothing
        "全乡国土面积154.0平方公里，总人口20253人，人口密度132人/平方公里，其中集镇所在地城东社区人口密度3004人/平方公里。",
        # two splits of one total after each other, each adding up
        "全乡流转土地11644亩，占全乡耕地面积的三分之一。其中，菠菜、香菜等菜类制种7798亩，订单种植万寿菊、茴香等高效作物"
        "3846亩；公司建园种植6060亩，合作社自主经营5584亩。",
        "全年完成投资1.2亿元，其中财政资金0.7亿元，社会资金5000万元。",
        # 其中 after a bracket of the total's own parts breaks down the total, not the bracket's last figure
        "全年农林牧渔业总产值实现10.23亿元，同比增长7.4%（可比价，下同）（其中东片实现9.28亿元，同比增长7.4%；西片实现"
        "0.95亿元，同比增长7.7%）。其中，种植业产值5.23亿元，同比增长6.2%；林业产值0.62亿元，同比增长4.2%；牧业产值"
        "3.20亿元；渔业产值0.49亿元；服务业产值0.69亿元。",
        "全年到位资金12.36亿元。其中省外资金7.42亿元，占到位资金的60.0%；市外资金9.86亿元，占78.8%。",
        "排查矛盾纠纷248件，调解成功241件，调解成功率97.2%。其中婚姻家庭类86件、邻里纠纷74件、土地山林权属纠纷52件、其他纠纷36件。",
        # parts joined by 、 end at the next ，: what follows is another fact
        "全镇共有中小学7所，在校学生3444人，其中小学生2158人、初中生1286人，专任教师251人。",
        "全镇有养殖户326户，其中生猪养殖户210户、肉牛养殖户116户，带动脱贫户85户增收。",
        # 其中 after a change breaks down the level before the change
        "全镇户籍人口23586人，较上年减少126人，其中男性12103人、女性11483人。",
        "全年新增市场主体326户，比上年多52户，其中企业58户、个体工商户268户。",
        "全镇共有党员568名，比上年增加12名，其中女党员162名，增加5名。",
        "全镇规上企业14家，比上年增加2家，其中新增入规企业3家、退规1家。",
        "共完成易地搬迁65户243人，其中县城集中安置16户53人，集镇集中安置25户95人，自购房10户48人，分散自建14户47人，进一步加强了住房保障。",
        "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人，三类低保38户95人，五保户共52人，残疾人共273人。",
        "实现危房改造109户，其中贫困户82户，非贫困户27户，享受危房改造补贴350.5万元。",
        "今年已完成党员发展任务6名，其中35周岁以下的5名，大专以上学历的3名。",
        # a group with no words of its own (…,6996户,214万人) is a level, not a bracketed aside
        "2001年,辖15个村,2个居委会,231个村民小组,6996户,214万人,其中非农业人口938人。",
        "对156户监测对象全部落实帮扶措施，其中产业帮扶128户、就业帮扶96户、兜底保障42户。",
        "培训电商人才320人次，其中女性186人次，脱贫人口142人次。",
        "为全乡1324名残疾人发放补贴，其中生活补贴486人、护理补贴912人。",
        "开发公益性岗位56个，其中安排乡村保洁员31人，护林员25人。",
        "全乡共有低保户131户191人、分散五保户17户18人、集中五保7人。",
        "总人口3718户11440人，其中建档立卡贫困户共615户2096人。",
        "2019年21个项目均已开工，其中20个项目已竣工。",
        "共投入资金100万元，其中县级资金40余万元，乡级资金70万元。",
        "全乡7个村村级集体经济均达到15万元以上，其中有4村级集体经济均达到20万元以上。",
        "合计种植1047.67亩，其中水稻1000.5亩，玉米47.17亩。",
        "共有党员361名，其中女党员80名，少数民族党员50名。",
        "共有党员361名，其中女党员80名。",
        "林地覆盖率95%，其中甲村90%，乙村100%。",
        "带动脱贫户增收，户均增收2000元，其中甲户1500元，乙户1800元。",
        "甲村10户、乙村20户，合计30户。",
        "已发放交通补贴224人，合计11.1万元。",
        "全乡建档立卡贫困户共615户，已脱贫426户，未脱贫189户，2018年脱贫144户。",
        "全年共发放各类救助金835120元，其中孤儿基本生活费12人，15.6万元，残疾人两项补贴203人，412800元。",
        "共有党员50名，其中女党员20名，少数民族党员10名。",
        "全镇实现地区生产总值8620万元。其中：第一产业3410万元，第二产业2865万元，第三产业2345万元，农民人均纯收入8120元。",
        "全村土地面积5630亩（其中耕地2410亩），森林覆盖率62%。",
        "共有低保户156户(其中:一类低保38户、二类低保55户、三类低保63户)，另有特困供养人员42人。",
        "全镇共有学生1320人，其中寄宿生610人；男生702人，女生618人。",
        "现有低保对象318户872人(其中一类低保52户74人、二类低保266户798人。)、特困供养人员56户61人。",
        "共检测农户饮用水120户，其中达标102户，未达标18户。",
        "全镇共有农村户厕2860户，已完成改厕2314户，其余546户将于年内完成改造。",
        "全乡共有低保户128户，\n其中一类低保27户，二类低保63户，三类低保38户。",
        "全镇共有贫困户320户，其中：东村110户（其中已脱贫80户，未脱贫30户）；西村120户（其中已脱贫100户，未脱贫20户）；南村90户。",
        "全年引进企业8家，其中工业企业5家，商贸企业等3家。",
        "全年产茶520万公斤。其中：红茶300.5万公斤，绿茶219.5万公斤；生产精制茶180万公斤，比上年增20万公斤。",
        "上半年全镇财政收入96.5万元。国税收入21.3万元、地税收入30.2万元、其它收入45万元。",
        "上半年全镇财政收入96.5万元。国税收入21.3万元、地税收入30.2万元、契税收入45万元。",
        "全镇在校生0.236万人，其中义务教育学段在校生0.236万人；教职工0.021万人。",
        "全年流动人口1946人，其中流出1925人，跨省流出1115人，流入21人。",
        "全年共发放临时救助资金48.6万元，其中：因病救助31.2万元，其中大病救助19.5万元；因灾救助9.8万元；其他救助7.6万元。",
        "全镇共有在校学生4386人，其中：初中生1524人，其中寄宿生1136人；小学生2862人，其中留守儿童684人。",
        "全镇共有特困供养人员186人，其中：集中供养42人，其中男性30人；分散供养144人。",
        "全年共发放各类涉农补贴资金1865.4万元，具体为：\n耕地地力保护补贴1203.5万元；\n农机购置补贴421.6万元；\n生态公益林补偿240.3万元。",
        "2022年全镇GDP达15.6亿元，增长6.5%；其中第一产业增加值4.2亿元，增长4.1%；第二产业增加值6.8亿元，增长7.9%；第三产业增加值4.6亿元，增长6.8%。",
        "粮食总产量1.25万吨，比上年增长3.2%，其中稻谷0.86万吨，玉米0.39万吨。",
        "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户；未脱贫户中，因病致贫89户，因残致贫47户，缺劳力78户。",
        "全镇现有中心学校1所、完全小学6所、教学点4个、初级中学1所、公办幼儿园3所，共计15所。",
        "上半年新增城镇就业1236人、失业人员再就业318人，分别完成全年目标任务2000人、500人的61.8%和63.6%。",
        "完成固定资产投资5.26亿元（上年同期4.85亿元），其中工业投资2.14亿元、基础设施投资1.87亿元、房地产开发投资1.25亿元。",
        "全镇有规上企业26家，其中食品加工9家，占34.6%；园区入驻企业42家，其中规上19家。",
        "争取上级项目资金共计4256万元，具体为：\n交通项目1850万元；水利项目1320万元；农业项目685万元；其他项目401万元。",
        "完成投资1280万元，其中中央资金760万元，省级补助280万元，县级配套180万元，合计1220万元，其余60万元由镇村自筹解决。",
        "全乡选派驻村第一书记10名、工作队员28名，其中省派2名、市派3名、县派12名、乡派21名。",
        "镇卫生院现有职工68人，其中卫生技术人员56人，占82.4%；执业（助理）医师21人。",
        "已建成通组路48.5公里，其中水泥路面41.3公里、沥青路面7.2公里.剩余13.5公里将于年底完工.",
        "专项项目总投资16281.61万元，其中中省财政8100万元，县级配套4200万元，群众自筹167万元，群众投劳折资3814.61万元。",
        "全县普通中学19所，其中高级中学4所，完全中学1所，初级中学9所，九年一贯制学校5所。",
        "从资金构成看，农村饮水安全534.0万元；乡村道路硬化233.9万元；土地整理586.5万元。几项共计1354.4万元。",
        "特困供养金投入1146.3万元、残疾人两项补贴投入434.1万元、高龄津贴投入491.0万元、临时救助金投入947.8万元，共计投入3019.2万元。",
        "外出务工人数分村统计：\n柳树湾村：36户72人\n小河村：12户27人\n红星村：12户37人\n全镇共计60户136人。",
        "2018年全区秸秆产量76.72万吨，按区域划分：坝区秸秆18.92万吨，热区秸秆18.92万吨，山区38.88万吨；按作物划分：水稻秸秆7.56万吨，玉米秸秆59.16万吨，其他秸秆10万吨。",
        "全年完成投资1279.78万元。\n——基础设施项目，完成143.81万元；\n——农业项目，完成445.74万元；\n——工业项目，完成690.23万元。",
        "全镇总人口18988人，比上年的15564人增长22.0%，其中60岁以上老年人16722人，占88.07%。",
        "脱贫户较多的村：\n石桥村：35户\n河口村：28户\n全镇共计146户。",
        "双联村共182户，656人，其中移民427人，劳动力296人。",
        "2.财政收支平稳运行\n（1）全年完成一般公共预算收入10901万元，为年度任务10245万元的106.4%，比上年的10646万元增长2.4%。从结构看，税收收入8939万元、非税收入1962万元，税收占比82.0%。",
        "分村情况：\n1.沙坝村完成农村户厕改造114户，投入资金59.86万元。\n2.枫树村完成农村户厕改造86户，投入资金35.98万元。\n3.青龙村完成农村户厕改造31户，投入资金16.52万元。\n合计：完成农村户厕改造231户，投入资金112.36万元。",
        "重点村完成情况：\n1.马鞍村新建产业路9.3公里，完成投资164.95万元。\n2.金盆村新建产业路4.7公里，完成投资146.29万元。\n全乡合计：新建产业路37.2公里，完成投资935.67万元。",
        "分村情况：\n龙井村：新建产业路6.4公里，完成投资89.49万元；\n桃源村：新建产业路5.7公里，完成投资31.72万元；\n大坪村：新建产业路13.5公里，完成投资156.90万元；\n金盆村：新建产业路2.0公里，完成投资50.25万元；\n全乡合计：新建产业路27.6公里，完成投资328.36万元。",
        "其中持证残疾人3718人，分别为肢体残疾2156人，占总数的58%，精神残疾389人，占总数的10.5%，听力言语残疾454人，占总数的12.2%，视力残疾381人，占总数的10.2%，智力残疾338人，占总数的9.1%。",
        "教职工5037人（公办4573人，民办464人），其中专任教师4840人，行政人员107人，工勤人员90人。",
        "全年粮食播种面积85.76千公顷，其中稻谷播种面积78.06千公顷；油料播种面积44.86千公顷；蔬菜播种面积6.47千公顷。",
        "一般公共预算支出29.92亿元，其中：民生支出24.15亿元，卫生健康支出2.52亿元，教育支出6.73亿元。",
        "全年猪牛羊禽肉产量2.99万吨，其中猪肉产量2.11万吨，牛肉产量0.38万吨。",
        "我办共有区级人大代表29人，其中农村基层代表17人，女性代表8人。",
        "一批项目批复总投资3374.3万元（其中建筑工程3292万元），二批项目批复投资2069.51万元（其中建筑工程1975.775万元），三批项目批复投资778.59万元（其中建筑工程757.44万元），合计批复总投资6222.4万元。",
        "安装排水管道2.66千米，配套建筑物88座，其中排水阀井21座、雨篦子66座、管道穿路1处。",
        "一般公共预算支出361315万元，下降11.8%；加上解上级支出52441万元，债务还本支出6751万元，安排预算稳定调节基金28478万元，支出合计448985万元。",
        "全区一般公共预算总收入410338万元，其中地方一般公共预算收入271630万元；加上级补助收入120846万元，上年结余收入42690万元，债务转贷收入16714万元，调入预算稳定调节基金44421万元，调入资金18300万元，收入合计514601万元。",
        "共排查问题隐患115个，已完成整改83个，其中限期整改11个，整改率72.2%；剩余32个正在整改。",
        "距城区14公里（公路里程31公里）。",
        "应发放城镇低保老年人高龄补贴费3600元；农村低保老年人高龄补贴费31200元（两项合计34800元）。",
        "新建户厕120户，改建户厕80户（合计200户）。",
        "全年签约项目108个，签约资金64.08亿元，上报到位资金36亿元，转化率为38.31%。其中，我区单独签约项目94个，签约资金50.51亿元，上报到位资金24.8亿元。",
        "全年签约项目108个，签约资金64.08亿元，上报到位资金36亿元，转化率为38.31%。其中，我区单独签约项目94个，签约资金50.51亿元。",
        "全县共有各级各类学校486所。其中，幼儿园232所，小学206所，初级中学37所、九年一贯制学校1所，完全中学2所，高级中学4所，十二年一贯制学校1所（民办），中职学校1所，特殊教育学校1所，专门学校1所。",
        "2022年末，全县现有医疗机构729家，其中，二级医疗机构1家、一级综合医疗机构1家、中医院1家、精神专科医院1家、乡镇卫生院28家（含4家乡镇中心卫生院）、民营医院4家、结核病防治所1家、村卫生室680家、个体诊所9家、综合门诊部1家、社区卫生服务站1家、医务室1家。",
        "耕地地力保护补贴3600元，种粮一次性补贴31200元（以上两项合计34800元）。",
        "农机购置补贴1200元；耕地地力保护补贴3600元；种粮一次性补贴31200元（后两项合计34800元）。",
        "全乡共有村民小组56个，其中山区组30个，半山区组18个、平坝组8个，全年新建村级活动场所12个。",
        "全镇共有企业36家，其中工业企业28家、商贸企业8家、规上企业6家。",
        "全年共签约项目108个，签约资金64.08亿元，上报到位资金36亿元。其中，我区单独签约项目94个，签约资金50.51亿元，上报到位资金24.8亿元。",
        "常住總?cè)丝跒?5.6萬(wàn)人，其中城鎮(zhèn)常住人口50.56萬(wàn)人。",
        "全市10个镇街中，3万人以下的有2个。其中，常住人口居前三位的镇（街）合计人口占全市的60.80%。",
        "全乡总人口419人，党员91名，其中流动人员294名。",
        "镇党政班子10人，分别为党委班子9人、政府班子4人。",
        "财政收入完成1319万元,其中国税累计完成161万元,地税累计完成778万元,其他380万元。",
        "此次摸排工作覆盖全镇6个村(社区),其中聚集提升类村庄1个、城郊融合类村庄2个、特色保护类村庄2个;",
        "开展职业技能培训18期,培训1,106人次,其中电工培训620人次,家政培训486人次;",
        "全镇共划分综合网格120个,其中进入网格的党组织数160个。",
        "社区党支部中有妇女党员20人、流动党员3人，生活困难党员18人，其中大专学历8人，中专学历3人，高中学历27人，高中以下27人。",
        "2023年农村居民人均可支配收入18260元（2022年为16920元）。其中：工资性收入8470元，经营净收入6320元，财产净收入830元，转移净收入2640元。",
        "全镇户籍人口23586人，其中男性12103人，女性11483人。其中劳动力14500人，外出务工人员9600人。",
        "全镇共有耕地面积12.5万亩，其中水田5.2万亩，旱地3.7万亩。",
        "全镇耕地面积1.7583万亩，其中水田15535亩，旱土2048亩。",
    ),
)

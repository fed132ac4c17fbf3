"""The same fact stated twice with different numbers (615户2096人 … 615户2196人).

A fact is a quantity group and the words that name it. Two statements are the same fact
when their names agree once the filler (全乡、其中、共、已 …) is dropped. If they share one
number (615户) and differ in another (2096人 vs 2196人) the slip is certain: an error at the
later place pointing at the earlier one. Same name without a shared number, or a place
named first and described more fully later (青光村 / 青光村基地建棚), gives a warning.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..names import common_run
from ..groups import QuantityGroup, quantity_groups
from ..tokens import token_starts, tokenize
from ..registry import CorpusRule, Hit, TextAnchor, TextDoc
from .breakdown_words import _lead
from .breakdowns import part_totals
from .fact_owners import (ACTIVITY_VERBS, governed_count_key, land_area_key, reached_level_name, subject_key, _noun_after, _other_subjects, _other_items, _other_heads,
                          _counts_other_things, _far_apart, _grand_and_sub_total, _one_said_of_some, _one_a_share, _typo_apart,
                          _per_head_of_other_figures)
from .fact_setting import (_times, _opened_period, _line_place, _PLACE_SUFFIX, _PLACE_RE, _NOT_PLACES, _MASKED_PLACE, _village_heading,
                           _heading_over, _frame, _run_in_head, _place_index, _between, _place_prefixes,
                           _blank_year_against, _different, _dated, _TOWNSHIP, _heading_year, _THIS_PERIOD,
                           _PLACE_HEAD, _in_list_after_qizhong, _in_qizhong_bracket, _selects_from_sentence_before,
                           _item_over_field)
from .slip_shapes import swapped, typo_like
from .restated_names import UNNAMED, alike, labels_alike, named_after, one_name, part_named_after
from ..changes import is_comparison, is_from_level, is_level_after_change

_STOP = {"其中", "投入", "资金", "建设", "新建", "发放", "开展", "组织", "解决", "完成",
         "实施", "计划实施", "计划", "计划完成", "已完成", "共实施"}  # (words of any project in a list)


#: 镇级, 村级: the level of office a figure counts (not a place)
_LEVEL = re.compile(r"(?:省|市|县|区|乡|镇|村|组)级")
#: 产业项目方面，/ 城建项目方面：: the kind of thing a sentence goes on to tell of
_TOPIC_LEAD = re.compile(r"(?P<topic>[\u4e00-\u9fff]{2,10})方面[，,：:]")
#: 29个项目共完成投资: a count of the items right before the words of their figure
_ITEMS_RIGHT_BEFORE = re.compile(r"[0-9]{1,4}个$")

#: XX地灾点：, ××项目： an item named by a mask, opening its clause
_MASKED_ITEM = re.compile(r"(?:[×xX*＊]{2,4}|某某)[\u4e00-\u9fff]{0,8}[ \u3000]*[：:]")


class _Statement:
    """A fact as found in one text, independent of where that text sits in a report. Slots, not
    a dataclass: a report holds thousands and building them is part of every cold check."""

    __slots__ = ("group", "key", "text", "place_prefixes", "anchors", "reached", "_context", "_part", "_keys")

    def __init__(self, group: QuantityGroup, key: str, text: str, place_prefixes: tuple[str, ...],
                 anchors: tuple = ()) -> None:
        self.group = group
        self.key = key
        self.text = text  # the whole text it is in; the context is worked out only when compared
        self.place_prefixes = place_prefixes  # leading place names of the key (青光村 in 青光村基地建棚)
        self.anchors = anchors  # (base unit, number) of figures long enough to anchor a restatement
        self.reached = False  # the level a change reached (从203张增加到468张): of the latest year named
        self._context: tuple | None = None
        self._part: bool | None = None
        self._keys: tuple | None = None

    def _context_of(self) -> tuple:
        """(times, places, frame), worked out on first comparison and kept."""
        if self._context is None:
            g, text = self.group, self.text
            times = _times(text, g.sentence.start, g.end) or _opened_period(text, g.sentence.start, g.start) \
                or _heading_year(text, g.sentence.start)  # (二、2023年工作情况⏎…: the heading's year)
            index = _place_index(text)
            own = _between(index, g.label_start, g.start)
            places = frozenset() if own else _between(index, g.sentence.start, g.label_start)
            masked_item = None if own or places else _MASKED_ITEM.search(text, g.sentence.start, g.start)
            if masked_item is not None:  # …。 XX地灾点：共转移16户: a site masked alike in every item
                places = frozenset((f"{masked_item.group()}@{masked_item.start()}",))
            head = _run_in_head(text, g.sentence.start)
            if head is not None and not own and not places:
                places = _between(index, head[0], head[1])  # （一）河口村。新建户厕126户。
                masked = _MASKED_PLACE.search(text, head[0], head[1])
                if not places and masked is not None:  # ××村：… a village not named: told apart by place
                    places = frozenset((f"{masked.group()}@{head[0]}",))
                elif not places and _PLACE_HEAD.search(text[head[0]:head[1]]):  # 中和镇：… (和 read as "and")
                    name = text[head[0]:head[1]].strip(" \u3000\t：:")
                    # XX地灾点：… a site masked alike in every line: told apart by where its line is
                    places = frozenset((f"{name}@{head[0]}" if name[:1] in "×xX*＊某" else name,))
            if not own and not places:
                opener = _line_place(text, g.sentence.start)
                if opener is not None:  # 冢张村现有330户…。…未成年人口146人: the line's village
                    places = frozenset((opener,))
            if not own and not places:
                village = _village_heading(text, g.start)
                if village is not None:  # （一）东岭村⏎粮食播种面积5420亩: the heading's village
                    places = frozenset((village,))
            if not own and not places and len("".join(self.key.split())) <= 4:  # (a gloss leaves spaces)
                heading = _heading_over(text, g.sentence.start)
                if heading is not None:  # 二、萃文小学…项目完成情况⏎总投资278万元: the heading's item
                    places = frozenset((heading,))
            if not own and not places and _ITEMS_COUNTED.search(text, g.sentence.start, g.label_start):
                places = frozenset((_ALL_ITEMS,))  # 规划建设村道公路共3条，…计划投资2580.7万元: all the items'
            if not own and not places:
                item = _item_over_field(text, g.sentence.start, g.start)
                if item is not None:  # （一）…渠道改造项目⏎资金来源：…173万元: the item the record is of
                    places = frozenset((item,))
            level = _LEVEL.search(g.label)
            if not own and not places and level is not None:
                places = frozenset((level.group(),))  # 镇级河长…1250次 / 村级河长…1520次: two levels' figures
            if not own and not places:
                topic = _TOPIC_LEAD.search(text, g.sentence.start, g.label_start)
                counted = _ITEMS_RIGHT_BEFORE.search(text, max(g.sentence.start, g.label_start - 6), g.label_start)
                if topic is not None:  # 产业项目方面，29个项目共完成投资…: what the sentence is about
                    places = frozenset((topic.group("topic"),))
                elif counted is not None:  # 21个项目共完成投资13.2亿元: those so many, not others
                    places = frozenset((counted.group(),))
            if head is not None and not times:
                times = _times(text, head[0], head[1])  # （二）2025年。…
            if self.reached and len(years := sorted(t for t in times if t[:4].isdigit())) > 1:
                times = frozenset((years[-1],))  # 由2018年的18.6亿元增加到2023年的27.4亿元: of 2023
            if times & _THIS_PERIOD:  # 全年完成… / 今年完成…: one period, however named
                times = frozenset("今年" if t in _THIS_PERIOD else t for t in times)
            self._context = (times, places, _frame(text, g))
        return self._context

    @property
    def said_a_part(self) -> bool:
        """A part by its own words (其中县城集中安置…, 分别…): the cheap half of is_part."""
        g, text = self.group, self.text
        label = g.label.strip(" \u3000，,、；;")
        run = max(g.sentence.start, text.rfind("；", 0, g.start) + 1, text.rfind(";", 0, g.start) + 1)
        return (label.startswith(("其中", "分别")) and "共" not in label) \
            or text[run:g.start].lstrip(" \u3000").startswith("其中") \
            or text[g.sentence.start:g.start].lstrip(" \u3000").startswith("其中")

    def _is_part_of(self) -> bool:
        """Whether it is a part of a breakdown: the dearest of its context (the text's breakdowns
        are read for it), so worked out apart from the rest and only when asked."""
        g, text = self.group, self.text
        run = max(g.sentence.start, text.rfind("；", 0, g.start) + 1, text.rfind(";", 0, g.start) + 1)
        return self.said_a_part or g.start in part_totals(text) \
            or _in_list_after_qizhong(text, g, run) or _in_qizhong_bracket(text, g) \
            or _selects_from_sentence_before(text, g)  # 今年发展党员273人。35岁以下的201人

    @property
    def times(self) -> frozenset[str]:
        """Years and periods named before it in its sentence (2017年, 上半年)."""
        return self._context_of()[0]

    @property
    def places(self) -> frozenset[str]:
        """Places it is set in when its own words name none (东门村 …，实现就业20人)."""
        return self._context_of()[1]

    @property
    def frame(self) -> tuple[str, str]:
        """(period, scope): a plan (力争…, under a 工作打算 heading) or last year's figure (上年…),
        and the county's figure (全县…) are other facts than this year's own."""
        return self._context_of()[2]

    @property
    def is_part(self) -> bool:
        """A part of a breakdown (其中县城集中安置…): named relative to its total."""
        if self._part is None:
            self._part = self._is_part_of()
        return self._part


class _Fact:
    """A statement where it stands in the report (its text, its order among all statements)."""

    __slots__ = ("doc", "stmt", "order", "group", "key")

    def __init__(self, doc: TextDoc, stmt: _Statement, order: int) -> None:
        self.doc = doc
        self.stmt = stmt
        self.order = order
        self.group: QuantityGroup = stmt.group
        self.key: str = stmt.key


#: 由每人每月520元提高到680元: what follows the level a change started from
_FROM_TO = re.compile(r"(?:提高|增加|增长|提升|上升|减少|下降|降低|调整|上调|下调|扩大|缩小)了?(?:到|至)")
_TO_VERB = re.compile(r"(?:增长|增加|提高|提升|上升|减少|下降|降低|增)(?:了)?(?:到|至)了?$")


@lru_cache(maxsize=4096)
def doc_facts(text: str) -> tuple[_Statement, ...]:
    """The statements of facts in one text (memoized on the text, which is immutable)."""
    out = []
    before = None
    for g in quantity_groups(text):
        prev, before = before, g
        if g.approx or "%" in g.units or "个百分点" in g.units or is_comparison(g.label):
            continue  # 比去年减少2家, 高于全县1.2个百分点: a difference, not a fact that recurs
        if is_from_level(g.label) or _FROM_TO.match(text, g.end) is not None:
            continue  # 由每人每月520元提高到680元: a level left and one reached, of a period each
        if is_level_after_change(g.label) and len(_TO_VERB.sub("", _lead(g.label))) < 2:
            key = reached_level_name(text, prev, g)
            if key is not None and "".join(key.split()) not in _STOP and not key.startswith(_DEMONSTRATIVES):
                out.append(_Statement(g, key, text, _place_prefixes(key), ()))  # 从203张增加到468张: now, of 养老床位
                out[-1].reached = True
            continue
        if len(g.quantities) == 1 and text.startswith("的", g.end) and "\u4e00" <= text[g.end + 1:g.end + 2] <= "\u9fff" \
                and _figure_in_clause_after(text, g.end):
            continue  # 职数设置4名的村有4个: a figure naming what the next figure counts (but 在…168.5万人次的基础上 restates one)
        key = subject_key(g.label)
        if _GLOSS_DEBRIS.search(key):
            continue  # 總?cè)藬?shù)有113961人: a copy's pinyin gloss, its opening lost, where the name was
        if _ALL_PLACES_COUNTED.search(text, max(0, g.label_start - 12), g.label_start):
            key = _COUNTED_BEFORE.sub("", key)  # 全镇45个行政村户籍人口10034人: 行政村 is what 45个 counts
        if key.startswith(_DEMONSTRATIVES):
            key = ""  # 该项目总投资: the project just named, a different one in each item of a list
        bodies = governed_count_key(text, g)
        if bodies is not None:  # 全村辖有8个村民组 … 全村辖5个村民组; 覆盖全镇16个村 … 全镇15个村
            out.append(_Statement(g, bodies, text, (), ()))
            continue
        if len(key) < 2 or "".join(key.split()) in _STOP:  # (a copy's pinyin glosses leave spaces)
            # 为1284名寄宿生发放…: no name before the figure, the one after it; such a statement is
            # compared only by its digits (a swap), never by a name of its own
            noun = _noun_after(text, g.quantities[0]) if len(g.quantities) == 1 else ""
            land = land_area_key(text, g)
            if land is not None:  # 全乡2.6万亩茶园中…: the 茶园面积, as 全乡茶园面积2.8万亩 names it
                out.append(_Statement(g, land, text, (), ()))
            elif len(noun) >= 3:
                out.append(_Statement(g, f"{UNNAMED}{g.start}{noun}", text, (), ()))
            elif len(g.quantities) >= 2 and not _NAME_WORDS.sub("", _lead(g.label)):
                # 为全镇493户752人低保对象…: figures named after them are compared by a shared figure only
                # (a bare verb or 资金 before them names nothing: such statements stay out)
                anchors = tuple((q.base_unit, q.number) for q in g.quantities
                                if q.exact and "." not in q.number and len(q.number) >= ANCHOR_DIGITS)
                if anchors:
                    out.append(_Statement(g, f"{UNNAMED}{g.start}", text, (), anchors))
            continue
        anchors = () if len(g.quantities) < 2 else tuple(
            (q.base_unit, q.number) for q in g.quantities
            if q.exact and "." not in q.number and len(q.number) >= ANCHOR_DIGITS)
        out.append(_Statement(g, key, text, _place_prefixes(key), anchors))
    return tuple(out)


#: 共3条, 共计5个: the items a sentence's figures add up, counted before them
_ITEMS_COUNTED = re.compile(r"共(?:计|有)?[0-9一二两三四五六七八九十]{1,3}(?:条|个|项|处|座|所|批)")
_ALL_ITEMS = "\x00all items"
_GLOSS_DEBRIS = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
#: the nouns a count right before a label may be of (45个行政村户籍人口: 行政村 is the count's)
_COUNTED_BEFORE = re.compile(r"^(?:行政村|自然村|村民小组|村民组|社区|村)(?=[\u4e00-\u9fff]{2})")
#: 全镇45个 right before the label: every village of the place (not 为12个村脱贫户…: some of them)
_ALL_PLACES_COUNTED = re.compile(r"(?:全[乡镇]|全街道|全区|全县)(?:辖|共|共有)?[0-9]{1,3}个$")

#: a name that points back to the one before it (该项目, 此项, 这些企业)
_DEMONSTRATIVES = ("该", "此", "这")


#: words before figures that name nothing of their own (全年为全镇493户752人低保对象)
_NAME_WORDS = re.compile(r"^(?:(?:今年|全年|上半年|目前|截至目前|现|共|为|对|向|给|帮助|带动|覆盖|惠及)|(?:全|本|我)(?:乡|镇|村|街道))+")


_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")


def _figure_in_clause_after(text: str, pos: int) -> bool:
    m = _CLAUSE_END.search(text, pos)
    end = m.start() if m else len(text)
    starts = token_starts(text)
    k = bisect_left(starts, pos)
    return k < len(starts) and starts[k] < end


def _compare(a: _Fact, b: _Fact):
    ua, ub = a.group.by_unit(), b.group.by_unit()
    # in the order the later statement states them: the quote (and so a 已核实 mark's
    # fingerprint) must not depend on the run's hash seed
    common = sorted(set(ua) & set(ub), key=lambda u: ub[u].start)
    if not common:
        return None
    equal = [u for u in common if _same_figure(ua[u], ub[u])]
    differ = [u for u in common if not _same_figure(ua[u], ub[u])]
    if not differ:
        return None
    return equal, differ


def _same_figure(p, q) -> bool:
    """One figure, however rounded (1.2亿元 / 1.19亿元); written alike to the same digit in the same
    unit, a restatement differs where its digits do (1.19亿元 / 1.18亿元 touch at 1.185 only)."""
    if p.unit == q.unit and p.number != q.number and not p.chinese and not q.chinese \
            and len(p.number.partition(".")[2]) == len(q.number.partition(".")[2]):
        return False
    return p.interval.intersects(q.interval)


def _statement(doc: TextDoc, g: QuantityGroup) -> str:
    return doc.text[g.label_start:g.end].strip(" \u3000，,、；;")


@lru_cache(maxsize=8)
def _index(docs: tuple[TextDoc, ...]) -> tuple[tuple[_Fact, ...], dict]:
    """Every statement of every text; per name all its statements in order, and per place name
    the statements whose name starts with it (青光村 → 青光村基地建棚). Memoized on the texts,
    so re-checking one section reuses the rest of the report's index."""
    by_key: dict = {}
    anchored: dict = {}
    facts: list[_Fact] = []
    for doc in docs:
        for stmt in doc_facts(doc.text):
            fact = _Fact(doc, stmt, len(facts))
            facts.append(fact)
            by_key.setdefault(stmt.key, []).append(fact)
            for anchor in stmt.anchors:
                anchored.setdefault(anchor, []).append(fact)
            for prefix in stmt.place_prefixes:
                if prefix != stmt.key:
                    by_key.setdefault(("place", prefix), []).append(fact)
    by_key[_ANCHORED] = anchored
    by_digits: dict = {}
    of_doc: dict = {}
    by_ending: dict[str, list] = {}
    # names by their endings: a part (其中一孩) finds its longer names (共出生一孩); only the
    # endings some statement's part name is are filed
    part_names = {f.key.removeprefix("其中") for f in facts}
    for fact in facts:
        _file_by_digits(by_digits, fact, of_doc)
        for ending in _endings(fact.key):
            if ending in part_names:
                by_ending.setdefault(ending, []).append(fact)
    by_key[_BY_DIGITS] = by_digits
    by_key[_DIGITS_OF_DOC] = of_doc
    facts_of_doc: dict = {}
    for fact in facts:
        facts_of_doc.setdefault(fact.doc.key, []).append(fact)
    by_key[_FACTS_OF_DOC] = facts_of_doc
    by_key[_BY_ENDING] = by_ending
    return tuple(facts), by_key


#: a name stated more often than this is a category label (集镇集中安置 in every village's
#: breakdown), not one subject: its statements are not compared with each other
GENERIC_NAME_COUNT = 12
_ANY = "\x00any"  # wildcard in the context index below


def _context_keys(stmt: _Statement) -> tuple[list, list]:
    """(keys to file the statement under, keys to look up earlier statements by); kept on the
    statement, which is memoized with its text, so re-checks do not redo this."""
    if stmt._keys is None:
        times = "|".join(sorted(stmt.times))
        places = "|".join(sorted(stmt.places))
        t_query = (times, "") if times else (_ANY,)
        p_query = (places, "") if places else (_ANY,)
        units = stmt.group.units
        query = [(u, t, p) for u in units for t in t_query for p in p_query]
        store = [(u, t, p) for u in units for t in (times, _ANY) for p in (places, _ANY)]
        stmt._keys = (store, query)
    return stmt._keys


def _same_name_candidates(facts: list[_Fact]) -> dict[int, _Fact]:
    """For each statement of one name, the first earlier one it must agree with: sharing a
    unit, and set in a compatible year and place (an empty context fits any). Linear: each
    statement is filed under its exact and wildcarded contexts, each look-up is a few dict gets."""
    heads: dict = {}
    found: dict[int, _Fact] = {}
    for f in facts:
        store, query = _context_keys(f.stmt)
        best = None
        for k in query:
            e = heads.get(k)
            if e is not None and (best is None or e.order < best.order):
                best = e
        if best is not None:
            found[f.order] = best
        for k in store:
            if k not in heads:
                heads[k] = f
    return found


def _candidates(by_key: dict, keys) -> dict[int, list[tuple[_Fact, str]]]:
    """later statement's order → earlier statements to compare with, nearest in kind first."""
    out: dict[int, list[tuple[_Fact, str]]] = {}
    for key in keys:
        facts = by_key.get(key, ())
        if 2 <= len(facts) <= GENERIC_NAME_COUNT:
            for order, earlier in _same_name_candidates(facts).items():
                out.setdefault(order, []).append((earlier, "exact"))
        longer = by_key.get(("place", key))
        if longer and facts and key.endswith(_PLACE_SUFFIX):
            # 青光村197亩 … 青光村基地建棚28栋194亩: a place, then the same place described more fully
            first_short, first_long = facts[0], longer[0]
            for f in longer:
                if f.order > first_short.order:
                    out.setdefault(f.order, []).append((first_short, "place"))
            for f in facts:
                if f.order > first_long.order:
                    out.setdefault(f.order, []).append((first_long, "place"))
    return out


def check_repeats(docs: list[TextDoc], focus: frozenset | None = None):
    """All repeated-fact slips; with `focus` (doc keys) only those that may touch those texts."""
    facts, by_key = _index(tuple(docs))
    anchors = None
    if focus is None:
        names = [k for k, v in by_key.items() if isinstance(k, str)
                 and (2 <= len(v) <= GENERIC_NAME_COUNT or ("place", k) in by_key)]
    else:  # re-checking some texts: only the names and figures stated in them
        wanted = set()
        anchors = set()
        of_doc = by_key[_FACTS_OF_DOC]
        for f in (f for d in focus for f in of_doc.get(d, ())):
            wanted.add(f.key)
            wanted.update(f.stmt.place_prefixes)
            anchors.update(f.stmt.anchors)
        names = [k for k in by_key.keys() & wanted
                 if 2 <= len(by_key[k]) <= GENERIC_NAME_COUNT or ("place", k) in by_key]
        names.sort(key=lambda k: by_key[k][0].order)  # the order the whole report's pass takes
    candidates = _candidates(by_key, names)
    reported = set()
    for order in sorted(candidates):
        later = facts[order]
        for earlier, kind in candidates[order]:
            hit = _slip(earlier, later, kind)
            if hit is not None:
                reported.add(order)
                if focus is None or later.doc.key in focus or earlier.doc.key in focus:
                    yield hit
                break
    for earlier, later, unit in _anchored_typos(by_key, anchors):
        if later.order in reported or not (focus is None or later.doc.key in focus or earlier.doc.key in focus):
            continue
        reported.add(later.order)
        p, q = earlier.group.by_unit()[unit], later.group.by_unit()[unit]
        yield _possible_slip(earlier, p, later, q, f"{p.shown} ≠ {q.shown}，另一数相同")
    for earlier, p, later, q in _transposed_restatements(by_key, reported, focus):
        if not (focus is None or later.doc.key in focus or earlier.doc.key in focus):
            continue
        reported.add(later.order)
        yield _possible_slip(earlier, p, later, q, f"{p.shown} 与 {q.shown} 两位数字前后颠倒")
    for earlier, p, later, q in _qualified_parts(facts, by_key, reported, focus):
        if later.order in reported:
            continue
        reported.add(later.order)
        yield _possible_slip(earlier, p, later, q, f"{p.shown} ≠ {q.shown}")


def _possible_slip(earlier: _Fact, p, later: _Fact, q, why: str) -> Hit:
    """The warning that a figure (q, later) may restate another (p, earlier) wrongly."""
    message = (f"同一数据前后可能不一致：此处“{_statement(later.doc, later.group)}”，另一处为"
               f"“{_statement(earlier.doc, earlier.group)}”（{why}）")
    return Hit(TextAnchor(later.doc.key, q.start, q.end - q.start), message, "warning",
               (TextAnchor(earlier.doc.key, p.start, p.end - p.start),))


def _qualified_parts(facts, by_key: dict, reported: set, focus: frozenset | None = None):
    """全镇共出生人口82人，其中一孩66人 … 全镇共出生一孩62人: a part named again with its total's
    word before its own name (出生 + 一孩), one digit off. (earlier, its figure, later, its figure)"""
    by_ending = by_key[_BY_ENDING]
    if focus is not None:  # re-checking some texts: the parts in them, and the parts their names end with
        of_doc = by_key[_FACTS_OF_DOC]
        near = [f for d in focus for f in of_doc.get(d, ())]
        keys = {f.key for f in near} | {f.key[-n:] for f in near for n in range(2, min(len(f.key), 8))}
        facts = sorted({f.order: f for k in keys for f in (*by_key.get(k, ()), *by_key.get("其中" + k, ()))
                        if isinstance(f, _Fact)}.values(), key=lambda f: f.order)
    for fact in facts:
        part_key = fact.key.removeprefix("其中")
        longer = by_ending.get(part_key) if len(part_key) >= 2 else None
        if not longer or len(longer) > GENERIC_NAME_COUNT or longer[-1].order <= fact.order \
                or not fact.stmt.is_part:
            continue  # (a name stated in every village's lines is a category, not one fact)
        total = part_totals(fact.doc.text).get(fact.group.start)
        if total is None:
            continue
        whole = subject_key(total.label)
        for later in longer:
            if later.order <= fact.order or later.order in reported:
                continue
            prefix = later.key[:-len(part_key)]
            if len(prefix) < 2 or prefix not in whole or (focus is not None and later.doc.key not in focus
                                                          and fact.doc.key not in focus) or later.stmt.is_part:
                continue
            if _same_sentence(fact, later) or fact.stmt.frame != later.stmt.frame \
                    or _different(_dated(fact.stmt.times), _dated(later.stmt.times)) \
                    or _different(fact.stmt.places, later.stmt.places):
                continue
            ua, ub = fact.group.by_unit(), later.group.by_unit()
            for unit in set(ua) & set(ub):
                a, b = ua[unit], ub[unit]
                if a.exact and b.exact and a.number != b.number and typo_like(a.number, b.number):
                    yield fact, a, later, b
                    break


_FACTS_OF_DOC = ("facts of doc",)  # by_key entry: a text's key → its statements, in order
_DIGITS_OF_DOC = ("digits of doc",)  # by_key entry: a text's key → the digit keys its figures are filed under
_BY_ENDING = ("by ending",)  # by_key entry: the last 2–7 characters of a name → statements so named
_BY_DIGITS = ("by digits",)  # by_key entry: (base unit, point, sorted digits) → (statement, figure)


@lru_cache(maxsize=16384)
def _endings(key: str) -> tuple[str, ...]:
    """The last 2–7 characters of a name, shorter than the name."""
    return tuple(key[-n:] for n in range(2, min(len(key), 8)))


@lru_cache(maxsize=16384)
def _digit_key(number: str) -> tuple[int, str] | None:
    """(where the point is, the digits sorted): two figures with two digits swapped share it.
    None for one digit. 186.5 / 168.5 too: the point stays put."""
    digits = number.replace(".", "")
    return (number.find("."), "".join(sorted(digits))) if len(digits) >= 2 else None


_PERSONS = frozenset(("人", "名", "位"))


def _file_by_digits(by_digits: dict, fact: _Fact, of_doc: dict) -> None:
    for q in fact.group.quantities:
        if q.exact:
            dk = _digit_key(q.number)
            if dk is not None:
                unit = "人" if q.base_unit in _PERSONS else q.base_unit  # 1268人 / 1286名
                key = (unit, *dk)
                by_digits.setdefault(key, []).append((fact, q))
                of_doc.setdefault(fact.doc.key, set()).add(key)


def _transposed_restatements(by_key: dict, reported: set, focus: frozenset | None = None):
    """今年新改建卫生户厕1124户 (一、) … 全年新改建户厕1142户 (五、): a figure of three or more
    digits stated again, in another paragraph, under the same name or a like one, with two
    neighbouring digits swapped (a swap keeps the digits, so figures are filed by them).
    (earlier, its figure, later, its figure)"""
    by_digits = by_key[_BY_DIGITS]
    if focus is None:
        buckets = by_digits.values()
    else:  # re-checking some texts: only the figures filed from them
        touched = by_key[_DIGITS_OF_DOC]
        buckets = [by_digits[k] for k in {k for d in focus for k in touched.get(d, ())}]
    for bucket in buckets:
        if len(bucket) < 2 or len(bucket) > GENERIC_NAME_COUNT \
                or all(q.number == bucket[0][1].number for _, q in bucket):
            continue  # one figure stated again as it was: nothing swapped
        for k, (later, b) in enumerate(bucket):
            if later.order in reported or len(by_key.get(later.key, ())) > GENERIC_NAME_COUNT:
                continue  # (a name stated in every village's lines is a category, not one fact)
            number = b.number
            for earlier, a in bucket[:k]:
                if a.number == number or not swapped(a.number, number) \
                        or _different(_own_places(earlier), _own_places(later)):
                    continue  # (two places' figures: the cheapest test first)
                by_one_name = one_name(earlier, a, later, b)
                if not (by_one_name or alike(earlier.key, later.key) or named_after(earlier, a, later, b)
                        or labels_alike(earlier, later)):
                    continue
                if len(b.number.replace(".", "")) < ANCHOR_DIGITS and not by_one_name:
                    continue  # 39 / 93: two digits swap into each other often; only under one name
                short, long_ = sorted((earlier.key, later.key), key=len)
                same_name = (earlier.key == later.key and len(later.key) >= 4) \
                    or (len(short) >= 4 and short in long_) \
                    or common_run(earlier.key, later.key) >= 6 \
                    or part_named_after(earlier, a, later, b)  # a part restated by its name
                if (_MASKED_PLACE.search(earlier.key) and _MASKED_PLACE.search(later.key)) \
                        or ((earlier.stmt.is_part or later.stmt.is_part) and not same_name) \
                        or _same_sentence(earlier, later) \
                        or _blank_year_against(earlier.stmt.times, later.stmt.times) or _other_items(earlier, later) \
                        or earlier.stmt.frame != later.stmt.frame \
                        or _different(_dated(earlier.stmt.times), _dated(later.stmt.times)) \
                        or _different(earlier.stmt.places, later.stmt.places):
                    continue  # (the names' own places first: they need no reading of the context)
                yield earlier, a, later, b
                break


#: a site or a body within a township that a sentence is about (基地, 合作社, 公司 …)
_ONE_UNIT_OF_IT = re.compile(r"(?:^|[“\"，,。；;\s])(?:该|这个|此)?(?:基地|合作社|公司|企业|园区|厂|示范园|养殖场|农场)")


def _township_and_village(a: _Fact, b: _Fact) -> bool:
    """全乡农民专业合作社达到67个 / ××村：农民专业合作社12个: the township's figure and one
    village's are two facts."""
    def township(f: _Fact) -> bool:
        g = f.group
        return _TOWNSHIP.search(f.doc.text, g.sentence.start, g.start) is not None and not f.stmt.places

    def village(f: _Fact) -> bool:
        if any(p.split("@")[0].endswith(("村", "社区", "组")) for p in f.stmt.places):
            return True
        g = f.group  # 基地养殖的小龙虾…年产值700万元: a site or a firm of the township, its subject
        return _ONE_UNIT_OF_IT.search(f.doc.text, g.sentence.start, g.label_start) is not None
    return (township(a) and village(b)) or (township(b) and village(a))


def _own_places(f: _Fact) -> frozenset[str]:
    return _places_named(f.group.label)


@lru_cache(maxsize=16384)
def _places_named(label: str) -> frozenset[str]:
    """The places a statement's own words name (东门村 in 东门村共完成易地搬迁)."""
    return frozenset(m.group(0) for m in _PLACE_RE.finditer(label) if not m.group(0).endswith(_NOT_PLACES))


#: a shared figure anchors two statements only when it is this long (4520人, not 12人)
ANCHOR_DIGITS = 3


_ANCHORED = ("anchored",)  # by_key entry: (base unit, number) → statements holding it


def _anchored_typos(by_key: dict, only: set | None = None):
    """1238户4520人 … 1283户4520人: two statements in different paragraphs sharing one exact
    figure of three or more digits, whose other figure (also three or more digits) differs as a
    slip of the keyboard does, whatever words name them. (earlier, later, unit that differs)."""
    anchored = by_key[_ANCHORED]
    keys = anchored if only is None else [k for k in only if k in anchored]
    for anchor_unit, number in keys:
        bucket = anchored[(anchor_unit, number)]
        if len(bucket) < 2 or len(bucket) > GENERIC_NAME_COUNT:
            continue
        for a, b in zip(bucket, bucket[1:]):
            ua, ub = a.group.by_unit(), b.group.by_unit()
            for unit in sorted((set(ua) & set(ub)) - {anchor_unit}, key=lambda u: ub[u].start):
                x, y = ua[unit], ub[unit]
                if not (x.exact and y.exact and len(x.number) >= ANCHOR_DIGITS
                        and len(y.number) >= ANCHOR_DIGITS and x.number != y.number
                        and typo_like(x.number, y.number)):
                    continue
                if _same_sentence(a, b) or _different(_own_places(a), _own_places(b)) \
                        or a.stmt.said_a_part or b.stmt.said_a_part:
                    continue  # (the names' own places first: they need no reading of the context)
                if _different(a.stmt.times, b.stmt.times) or _different(a.stmt.places, b.stmt.places):
                    continue  # 东村搬迁320户1250人 / 西村搬迁230户1250人: two villages
                if a.stmt.frame != b.stmt.frame or a.stmt.is_part or b.stmt.is_part:
                    continue  # a total and its part, or two parts, often share a figure
                yield a, b, unit


def _compared_in_sentence(earlier: _Fact, later: _Fact, units) -> bool:
    """The later statement's own sentence states the earlier figure too (as what it is compared
    with): the two are two periods' figures, set side by side on purpose."""
    ue = earlier.group.by_unit()
    text, sentence = later.doc.text, later.group.sentence
    tokens, starts = tokenize(text), token_starts(text)
    for q in tokens[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]:
        if q.start != later.group.start:
            for u in units:
                if q.base_unit == u and q.number == ue[u].number and q.factor == ue[u].factor:
                    return True
    return False


def _same_sentence(a: _Fact, b: _Fact) -> bool:
    if a.doc.key != b.doc.key:
        return False
    lo, hi = sorted((a.group.start, b.group.start))
    return not any(c in a.doc.text[lo:hi] for c in "。！？!?\n")


def _slip(earlier: _Fact, later: _Fact, kind: str) -> Hit | None:
    """The finding when two statements of one subject disagree, else None."""
    if earlier.doc.key == later.doc.key and earlier.group.sentence == later.group.sentence:
        return None
    if _grand_and_sub_total(earlier, later):
        return None
    if _MASKED_PLACE.search(earlier.key) and _MASKED_PLACE.search(later.key):
        return None  # ××村新建户厕126户 / ××村新建户厕98户: a copy masks every village alike
    result = _compare(earlier, later)
    if result is None:
        return None
    equal, differ = result
    if not equal and (len(later.key) < 3 or later.key.startswith(ACTIVITY_VERBS)
                      or later.stmt.is_part or earlier.stmt.is_part):
        return None  # 低保, 其中县城集中安置: the same fact only when a shared number anchors it
    if _blank_year_against(earlier.stmt.times, later.stmt.times) or earlier.stmt.frame != later.stmt.frame:
        return None
    if _other_subjects(earlier, later) or _other_items(earlier, later) or _other_heads(earlier, later):
        return None  # 烤烟播种面积1513亩，预计产量166.4吨 / 玉米制种面积3920亩，预计产量588吨
    if "均" in later.key and not equal and not _typo_apart(earlier, later, differ) \
            and _per_head_of_other_figures(earlier, later):
        return None  # 劳务报酬234.7亿元，人均增收1.3万元 / 31.2亿元，人均增收1.1万元: each of its own total
    if not equal and (_one_said_of_some(earlier, later, differ[0]) or _one_a_share(earlier, later, differ[0])):
        return None  # 新村小组有农户18户 / 新村小组有17户建有沼气池: those of them that have one
    if _counts_other_things(earlier, later, differ[0]):
        return None  # 乡发生了276起盗窃案件 / 乡发生了1557起交通事故: the words after say what is counted
    if _compared_in_sentence(earlier, later, differ):
        return None  # 年度计划投资10.2亿元，比2023年的9.4亿元增加…: the other figure is this one's past
    if _different(earlier.stmt.times, later.stmt.times) or _different(earlier.stmt.places, later.stmt.places) \
            or _different(_own_places(earlier), _own_places(later)) or _township_and_village(earlier, later):
        return None  # 2017年 … / 2018年 …, 东门村 … / 仙坪村 …, 李华台村：… / 高利乌素村：…: different facts
    # certain only when the names agree, a shared number anchors them and the name is
    # not an activity that may recur (开展培训6次300人次 / 开展培训6次200人次)
    certain = (kind == "exact" and equal and not later.key.startswith(ACTIVITY_VERBS)
               and not later.stmt.is_part and not earlier.stmt.is_part)  # parts: of which total?
    severity = "error" if certain else "warning"
    ue, ul = earlier.group.by_unit(), later.group.by_unit()
    if not certain and all(_far_apart(ue[u], ul[u]) for u in differ):
        return None  # 完成销售产值23.5亿元 / 3.78亿元: a slip is a near miss; this far apart, two facts
    diffs = "，".join(f"{ue[u].shown} 与 {ul[u].shown} 两位数字前后颠倒" if swapped(ue[u].number, ul[u].number)
                      else f"{ue[u].shown} ≠ {ul[u].shown}" for u in differ)
    message = (f"同一数据前后不一致：此处“{_statement(later.doc, later.group)}”，"
               f"另一处为“{_statement(earlier.doc, earlier.group)}”（{diffs}）")
    q, p = ul[differ[0]], ue[differ[0]]
    return Hit(TextAnchor(later.doc.key, q.start, q.end - q.start), message, severity,
               (TextAnchor(earlier.doc.key, p.start, p.end - p.start),))


REPEAT_RULE = CorpusRule(
    id="repeated-fact",
    severity="error",
    title="同一数据前后不一致",
    check=check_repeats,
    failing=(
        "全镇有农村低保对象493户742人，特困供养人员147人。\n全年为全镇493户752人低保对象按月足额发放低保金904万元。",
        "今年新改建卫生户厕1124户，完成任务的102.2%。\n全年新改建户厕1142户，全部配套建设三格式化粪池。",
        "全镇户籍总人口6138户23586人。今年将12个行政村6138户23856人全部纳入网格。",
        "总人口3718户11440人，其中建档立卡贫困户共615户2096人。\n全乡建档立卡贫困户共615户2196人，已脱贫426户1506人。",
        "建设村118亩、青光村197亩蔬菜大棚，现已投入使用。\n青光村基地建棚28栋194亩，已定植辣椒苗。",
        "全乡共有低保128户231人。\n今年全乡共有低保128户213人。",
        "西门村：建档立卡贫困户共40户120人。\n东门村：建档立卡贫困户共30户95人。\n东门村：建档立卡贫困户共30户98人。",
        "现有基层党组织9个，党员361名。\n全乡基层党组织共11个。",
        "一、基本情况\n全镇共有建档立卡脱贫户1238户4520人，其中监测户36户118人。\n二、下步打算\n继续巩固全镇1283户4520人脱贫成果。",
        "（一）经济运行\n全年完成固定资产投资4.19万元，为年度目标的117%。\n（二）下步打算\n在今年完成固定资产投资4.19亿元的基础上，明年力争再上新台阶。",
        "（一）经济运行\n全年完成固定资产投资1.19亿元，为年度目标的110%。\n（二）下步打算\n在今年完成固定资产投资1.18亿元的基础上，明年力争再上新台阶。",
        "截至6月30日，已完成4件，累计完成投资1486万元。\n总的看，上半年民生实事累计完成投资1468万元，总体进度符合预期。",
        "截至6月底，全镇累计新增就业1486人。\n综上，上半年全镇累计新增就业1468人。",
        # every village of the township, counted twice
        "村集体经济全面“消薄”，全镇15个村集体经济收入均超过5万元。\n“一村一品”建设覆盖全镇16个村，实现村村有主导产业。",
        # land named after its area: 2.6万亩茶园 is the 茶园面积
        "（一）茶产业。全乡茶园面积2.8万亩，其中投产茶园2.1万亩。\n二、存在的问题\n一是茶产业大而不强，全乡2.6万亩茶园中低产茶园约占三分之一。",
        # the level a change reached is the figure of now, named before the level it left
        "（三）养老服务。全镇养老床位达到486张（2020年为203张）。\n回顾五年，全镇养老床位从203张增加到468张。",
        "全镇地区生产总值由2018年的18.6亿元增加到2023年的27.4亿元；一般公共预算收入由1.12亿元增加到1.68亿元。\n2023年，全镇一般公共预算收入1.86亿元，比上年增长5.7%。",
        "全年镇级河长巡河386次，村级河长巡河2134次，合计巡河2520次。\n一是全年累计巡河2250次中村级河长占比偏高。",
    ),
    passing=(
        # two villages side by side in one line, each sentence after one of them its own
        "扁洞河村共有125户,445人。拥有耕地面积801亩,林地面积7882亩。鹫峰村147户,488人。拥有耕地面积1192亩,林地面积7230亩。",
        # a page of several townships, a paragraph each, opened by its name
        "岩下乡位于贵定县东南部，全乡辖7个行政村，58个村民组。\n猴场堡乡位于贵定县东南部，距县城约54公里。全乡总面积约67平方公里，辖6个行政村，40个村民组。",
        "全社区有394户通自来水，有396户通电。\n到2008年底，全社区装有太阳能农户297户。",
        "全镇34个行政村、4个社区全部建立党组织。\n全镇38个村（社区）集体经济收入全部超过10万元。",
        "全镇15个村集体经济收入均超过5万元。\n“一村一品”建设覆盖全镇15个村，实现村村有主导产业。",
        "（一）茶产业。全乡茶园面积2.8万亩，其中投产茶园2.1万亩。\n二、存在的问题\n一是茶产业大而不强，全乡2.8万亩茶园中低产茶园约占三分之一。",
        "（一）茶产业。全乡茶园面积2.8万亩。\n（二）林业。新造林0.6万亩茶园面积以外的荒山。",
        "（三）养老服务。全镇养老床位达到486张（2020年为203张）。\n回顾五年，全镇养老床位从203张增加到486张。",
        "2020年全镇养老床位达到203张。\n回顾五年，全镇养老床位从203张增加到486张。",
        "全镇地区生产总值由2018年的18.6亿元增加到2023年的27.4亿元；一般公共预算收入由1.12亿元增加到1.86亿元。\n2023年，全镇一般公共预算收入1.86亿元，比上年增长5.7%。",
        "全镇地区生产总值由2018年的18.6亿元增加到2023年的27.4亿元；一般公共预算收入由1.12亿元增加到1.68亿元。\n2022年，全镇一般公共预算收入1.86亿元。",
        "（一）农村饮水安全工程。计划实施40处，已完工32处。\n（二）农田水利建设项目。计划实施27处，已完工20处。",
        # the years are in the headings: two years' figures, not one restated
        "一、2022年工作回顾\n全镇脱贫户人均纯收入11912元，监测户56户。\n二、2023年工作情况\n全镇脱贫户人均纯收入13438元，监测户55户。",
        "全镇有农村低保对象493户742人，特困供养人员147人。\n全年为全镇493户742人低保对象按月足额发放低保金904万元。",
        # parts in a （其中…；…） bracket are of the figure before it: 总产值's part and 增加值's part differ
        "全镇农业总产值10.23亿元，同比增长7.4%（其中东片实现9.28亿元，同比增长7.4%；西片实现0.95亿元，同比增长7.7%）。\n"
        "全镇农业增加值5.44亿元，同比增长6.9%（其中东片实现4.93亿元，同比增长6.8%；西片实现0.51亿元，同比增长7.5%）。",
        "今年新改建卫生户厕1124户。\n全年新改建户厕1124户，全部配套建设三格式化粪池。",
        "东山村新改建户厕1124户。\n西山村新改建户厕1142户。",
        "今年新改建卫生户厕1124户，全年新改建户厕1142户。",
        "主要项目如下：\n1.饲料加工项目，总投资3.2亿元，已完成投资1.6亿元；\n2.新型墙体材料生产线项目，总投资2.8亿元，已完成投资0.95亿元。",
        "总人口3718户11440人，其中建档立卡贫困户共615户2096人。\n全乡建档立卡贫困户共615户2096人，已脱贫426户1506人。",
        "建设村118亩蔬菜大棚。\n建设村基地建棚19栋共118.35亩。",
        "2017年已完成厚朴种植300亩。\n2018年已完成厚朴种植500亩。",
        "共发放宣传资料1000余份。\n共发放宣传资料800余份。",
        "组织贫困劳动力培训6次1000余人次。\n组织贫困劳动力培训6次1000余人次。",
        "青光村197亩蔬菜大棚。\n青光村新修公路3公里。",
        "仙坪村建档立卡贫困户共30户95人。\n东门村建档立卡贫困户共30户88人。",
        "东村搬迁30户，其中县城集中安置24户32人。\n西村搬迁300户，其中县城集中安置275户649人。",
        "东门村组织培训5次，实现转移就业20人。\n仙坪村组织培训3次，实现转移就业30人。",
        "扫黑除恶：悬挂横幅12条。\n安全生产：悬挂横幅30条。",
        "20__年企业个数6家，比去年减少1家。\n20__年企业个数5家，比去年减少2家。",
        "烤烟播种面积1513亩，预计产量166.4吨。\n玉米制种面积3920亩，预计产量588吨。",
        "实际完成与任务相比亏3亿元。\n实际完成与任务相比亏12.4亿元。",
        "农业产值14520万元，比上年同期增509.5万元；工业值8844万元，比上年同期增823.12万元。",
        "一、基本情况\n全镇共有建档立卡脱贫户1238户4520人。\n二、下步打算\n继续巩固全镇1238户4520人脱贫成果。",
        "东村搬迁320户1250人。\n西村搬迁230户1250人。",
        "全镇共有贫困户159户371人，其中未脱贫159户341人。",
        "目前在库项目2家。（1）甲公司颗粒燃料项目，该项目总投资1.09亿元。（2）乙公司陵园项目，该项目总投资1.5亿元。",
        "全市中小学363所，其中中学93所，在校学生73347人，增加2.6%。小学270所，减少4.3%。在校学生99017人，减少7.5%。",
        "郑永志一家4口都是建档立卡贫困户。\n今年郑永志两口子在香菇园务工，月收入3000元。",
        "（一）经济运行\n全年完成固定资产投资4.19亿元，为年度目标的117%。\n（二）下步打算\n在今年完成固定资产投资4.19亿元的基础上，明年力争再上新台阶。",
        "三合镇(zhèn):小麦计划面积2800亩，已完成900亩。\n中和镇(zhèn):小麦计划面积2600亩，已完成800亩。",
        "全年组织174万余名群众参与项目建设，发放劳务报酬234.7亿元，人均增收1.3万元。\n17个中央投资专项吸纳28.6万名群众务工，发放劳务报酬31.2亿元，人均增收1.1万元。",
        "新村小组有农户18户，人口72人。\n新村小组有17户建有沼气池。",
        "XX地灾点：共转移6户34人。集中安置6户34人住帐篷。\nXX地灾点：共转移16户，34人。其中：投亲靠友7户20人。",
        "隔离场所服务人员累计检测337人次。\n交通运输从业人员累计检测373人次。",
        "合作社股本金额142.56万元。\n二是村集体资金入股，股本金额78.56万元，占比55%。",
        "（一）川裕村渠道改造项目\n资金来源：少数民族发展项目资金173万元。\n（二）米粮川村水利配套设施项目\n资金来源：少数民族发展项目资金150万元。",
        "2021年末全县年末户籍总户数150597户，年末户籍总人口43.49万人；\n年末全县常住人口37.00万人，其中城镇人口16.9万人。\n2019末2020初:全县年末户籍总户数153342户，年末户籍总人口44.6万人。年内出生人口3496人，出生率7.83‰。\n年末全县常住人口41.67万人，其中城镇人口21.55万人。\n2018:全县年末户籍总户数153986户，年末户籍总人口44.63万人。年内出生人口3691人，出生率8.27‰。",
        "后古城村现有324户1350人，样本选择200户。调研样本户籍人口结构情况：未成年人口185人，青年人口345人。\n冢张村现有330户1054人，样本选择178户。调研样本户籍人口结构情况：未成年人口146人，青年人口315人。",
        "公益性岗位补贴5.84万元，分配情况：\n1.竹根镇0.28万元，涉及7人次；\n2.牛华镇0.44万元，涉及11人次。\n集中供养生活补贴2.604万元，分配情况：\n1.石麟镇5580元，涉及30人；\n2.竹根镇1488元，涉及8人；\n3.牛华镇3720元，涉及20人。",
        "0-14歲男性總數(shù)有7736人，15-64歲總?cè)藬?shù)有113961人，家庭總戶(hù)數(shù)為54713戶(hù)，家庭戶(hù)總?cè)丝跀?shù)為125525人。",
        "二、村道公路建设情况\n目前，全乡规划建设村道公路共3条，共计31.568公里，计划投资2580.7082万元，已完成投资1758.1万元。\n（一）东坪公路\n东坪至让家道公路改建及硬化工程建设规模23.168公里，计划投资1987.5542万元，已完成投资1632.1万元。",
        "目前，全镇稻虾养殖产业规模已达1000余亩，年产小龙虾65万斤，年产值达1200万元。\n“基地养殖的小龙虾能够达到亩产700斤，年产小龙虾35万斤，年产值700万元。”",
        "截至6月底，全镇累计新增就业1486人。\n综上，1-5月全镇累计新增就业1468人。",
        "产业项目方面，29个项目共完成投资18.81亿元。城建项目方面，21个项目共完成投资13.2亿元。",
        "今年29个项目共完成投资18.81亿元。另有21个项目共完成投资13.2亿元。",
        "2023年第一\n2、批特色种养业扶贫奖补覆盖150户，项目个数179个。其次批特色种养业扶贫奖补申报已结束，项目个数108个。",
        "截至6月底，全镇累计新增就业1486人。\n截至12月底，全镇累计新增就业1846人。全镇镇级河长累计巡河1250次，全镇村级河长累计巡河1520次。",
    ),
)

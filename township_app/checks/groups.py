"""Quantity groups: the numbers that state one fact together, with the words that name it.

"建档立卡贫困户共615户2096人" is one group (615户, 2096人) labelled "建档立卡贫困户共";
"234户，729人" is one group too (only punctuation between, different units). Sums,
repeated facts and text-versus-table all reason over groups rather than single numbers.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from types import MappingProxyType
from functools import lru_cache

from .passages import CLAUSE_BREAK, Span, sentences
from .tokens import Quantity, tokenize

_JOINER_CHARS = "，,、 \u3000"


class QuantityGroup:
    """One fact's figures and the words naming it. Plain slots, not a dataclass: a report holds
    thousands and building them was a tenth of a full check."""

    __slots__ = ("quantities", "label", "label_start", "sentence", "gap_has_clause",
                 "start", "end", "units", "approx", "_by_unit", "per")

    def __init__(self, quantities: tuple[Quantity, ...], label: str, label_start: int,
                 sentence: Span, gap_has_clause: bool, per: bool = False) -> None:
        self.per = per  # a figure per something (3004人/平方公里, 200元/亩): a rate, it adds to nothing
        self.quantities = quantities  # in order
        self.label = label  # words between the clause start (or the previous group) and the first number
        self.label_start = label_start
        self.sentence = sentence
        self.gap_has_clause = gap_has_clause  # a clause without numbers separates it from the previous group
        first = quantities[0]
        self.start = first.start
        self.end = quantities[-1].end
        if len(quantities) == 1:
            by_unit = {first.base_unit: first}
            self.approx = first.approx
        else:
            by_unit = {q.base_unit: q for q in quantities}
            self.approx = any(q.approx for q in quantities)
        self._by_unit = MappingProxyType(by_unit)
        self.units = frozenset(by_unit)

    def __repr__(self) -> str:
        return f"QuantityGroup({self.label!r}, {[q.shown for q in self.quantities]})"

    def by_unit(self) -> Mapping[str, Quantity]:
        """Base unit → its figure. One read-only view, not a copy: the rules ask for it tens of
        thousands of times in a report, and a copy each time was a measurable cost."""
        return self._by_unit


_BREAK_RE = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")


#: 按类别分, 按区域划分: the words that open a classification of a total
BY_KIND = r"按[\u4e00-\u9fff]{1,6}?"
KIND_SPLIT = r"(?:分|划分)"
_BY_KIND = re.compile(BY_KIND + KIND_SPLIT)
_ORDINAL_PIECE = re.compile(r"第?[一二三四五六七八九十]{1,2}(?:类|级|批|期)?")


def _label(text: str, lo: int, start: int, all_breaks: list[int]) -> tuple[str, int, bool]:
    """Words naming the group: the last clause of text[lo:start]; and whether a whole clause lay
    between. `all_breaks`: where the text's clauses break, found once for the whole text."""
    breaks = all_breaks[bisect_left(all_breaks, lo):bisect_left(all_breaks, start)]
    if not breaks:
        return text[lo:start], lo, False
    label_start = breaks[-1] + 1
    if text[breaks[-1]] == "、" and "等" in text[breaks[-1] + 1:start]:
        # 订单种植万寿菊、茴香等高效作物4200亩: kinds listed with 、 and closed by 等 name one part
        keep = len(breaks)
        while keep > 0 and text[breaks[keep - 1]] == "、":
            keep -= 1
        breaks = breaks[:keep]
        if not breaks:
            return text[lo:start], lo, False
        label_start = breaks[-1] + 1
    if len(breaks) >= 1 and text[breaks[-1]] in "，,":
        # 其中，大学生144名: a bare 其中 clause belongs to the first part's words, as with a colon
        head = breaks[-2] + 1 if len(breaks) >= 2 else lo
        if text[head:breaks[-1]].strip(" \u3000") in ("其中", "其中有"):
            label_start = head
            breaks = breaks[:-1]
    elif len(breaks) >= 1 and text[breaks[-1]] in "：:":
        # 其中：第一产业…, 包括：人员经费…: the word before the colon belongs to the first part's words
        head = breaks[-2] + 1 if len(breaks) >= 2 else lo
        lead = text[head:breaks[-1]].strip(" \u3000（(")
        if lead.endswith(("其中", "包括")) or _BY_KIND.fullmatch(lead):  # (按类别分：重度残疾…)
            label_start = head
            breaks = breaks[:-1]
    middle_has_words = False
    for a, b in zip(breaks, breaks[1:]):
        words = text[a + 1:b].strip()
        if words and not _ORDINAL_PIECE.fullmatch(words):
            middle_has_words = True  # (第二、三产业收入: 第二 is a piece of the name, not a clause)
            break
    return text[label_start:start], label_start, middle_has_words


def _groups_in(text: str, sentence: Span, quantities: list[Quantity],
               all_breaks: list[int], slashes: bool = True) -> list[QuantityGroup]:
    groups: list[QuantityGroup] = []
    runs: list[list[Quantity]] = []
    for q in quantities:
        if runs:
            run = runs[-1]
            last = run[-1]
            joined = not text[last.end:q.start].strip(_JOINER_CHARS)
            if joined and all(c.base_unit != q.base_unit for c in run):
                run.append(q)
                continue
        runs.append([q])
    prev_end = sentence.start
    for run in runs:
        label, label_start, gap_clause = _label(text, prev_end, run[0].start, all_breaks)
        per = slashes and any(text[q.end:q.end + 1] in _PER_MARKS for q in run)
        groups.append(QuantityGroup(tuple(run), label, label_start, sentence, gap_clause, per))
        prev_end = run[-1].end
    return groups


_RANGE_MARKS = "至到~～-－—"
_PER_MARKS = frozenset("/／")


def _in_a_name(text: str, q: Quantity) -> bool:
    """A figure that is words of a name, not a stated quantity: the start of a range
    (5万至10万元的村5个) or a threshold before 的 (收入10万元以上的村14个, 5万至10万元的村)."""
    after = text[q.end:q.end + 2]
    if after[:1] in _RANGE_MARKS and after[1:2].isdigit():
        return True
    if text[q.end - 2:q.end] in ("以上", "以下", "以内") and after[:1] != "的" \
            and ("\u4e00" <= after[:1] <= "\u9fff" or after[:1].isdigit()):
        return True  # 15度以上坡地13319亩, 10万元以上项目5个, 注册资金1000万以上29家: a band naming what follows
    return after[:1] == "的" and (q.approx or (q.start > 0 and text[q.start - 1] in _RANGE_MARKS))


#: 两项补贴, 三项制度, 四大工程: a count in words that names a thing
_NAMING_COUNTS = frozenset(("项", "大"))


def _a_names_count(text: str, q: Quantity, following) -> bool:
    """残疾人两项补贴投入434.1万元: a count in words right before more words and a figure of the same
    clause is a piece of that figure's name, not a figure of its own."""
    if not (q.chinese and q.unit in _NAMING_COUNTS and following) or not "\u4e00" <= text[q.end:q.end + 1] <= "\u9fff":
        return False
    return _BREAK_RE.search(text, q.end, following[0].start) is None


@lru_cache(maxsize=4096)
def quantity_groups(text: str) -> tuple[QuantityGroup, ...]:
    """Groups of stated quantities (with a unit), sentence by sentence, in order."""
    tokens = [q for q in tokenize(text) if q.kind == "quantity" and q.unit and not _in_a_name(text, q)]
    out: list[QuantityGroup] = []
    if not tokens:
        return ()
    if any(q.chinese and q.unit in _NAMING_COUNTS for q in tokens):
        tokens = [q for k, q in enumerate(tokens) if not _a_names_count(text, q, tokens[k + 1:k + 2])]
    i = 0
    all_breaks = [m.start() for m in _BREAK_RE.finditer(text)]
    slashes = "/" in text or "／" in text  # (a figure per something needs one)
    for sentence in sentences(text):
        if i >= len(tokens):
            break
        if tokens[i].start >= sentence.end:
            continue
        inside = []
        while i < len(tokens) and tokens[i].start < sentence.end:
            if tokens[i].start >= sentence.start:
                inside.append(tokens[i])
            i += 1
        out.extend(_groups_in(text, sentence, inside, all_breaks, slashes))
    return tuple(out)


#: the words that name a second figure of the same thing (新建项目3个、投资1920万元; 住院救助1126人次，
#: 救助资金198.7万元; 补偿9545人次，补偿支出2302.35万元): a part or a total that carries two figures in two units
_COMPANION = re.compile(
    r"(?:总|共|共计|累计|已|实际|完成|已完成|累计完成|落实|下达|(?:累计)?[\u4e00-\u9fff]{2}(?=资金|面积|金额|支出))?"
    r"(?:投资|资金|金额|补助|补贴|奖补|总额|产值|面积|支出)(?:为|达|达到|计)?")


def _companion(text: str, first: QuantityGroup, second: QuantityGroup) -> bool:
    return (second.sentence == first.sentence and not second.gap_has_clause
            and not text[first.end:second.label_start].strip(_JOINER_CHARS)
            and not (first.units & second.units) and not first.approx and not second.approx
            and "%" not in first.units and "%" not in second.units
            and _COMPANION.fullmatch(second.label.strip(_JOINER_CHARS)) is not None)


@lru_cache(maxsize=4096)
def paired_groups(text: str) -> tuple[QuantityGroup, ...] | None:
    """The text's groups with each figure that only names another side of the group before it
    (、投资1920万元) joined to that group, so that parts carrying two figures add up unit by unit;
    None when the text has no such pair."""
    groups = quantity_groups(text)
    out: list[QuantityGroup] = []
    paired = False
    for g in groups:
        if out and len(out[-1].quantities) == 1 and _companion(text, out[-1], g):
            first = out[-1]
            out[-1] = QuantityGroup(first.quantities + g.quantities, first.label, first.label_start,
                                    first.sentence, first.gap_has_clause, first.per or g.per)
            paired = True
            continue
        out.append(g)
    return tuple(out) if paired else None


def groups_by_paragraph(text: str):
    """(paragraph span, its groups) for each paragraph holding any: rules that pair figures
    within a paragraph walk these instead of every group each time."""
    from bisect import bisect_left

    from .passages import paragraphs

    groups = quantity_groups(text)
    starts = [g.start for g in groups]
    for para in paragraphs(text):
        inside = groups[bisect_left(starts, para.start):bisect_left(starts, para.end)]
        if inside:
            yield para, inside


@lru_cache(maxsize=4096)
def group_positions(text: str) -> dict[int, int]:
    """id(group) → its index in quantity_groups(text): rules find a group's neighbours in
    constant time instead of searching the list (texts of megabytes hold tens of thousands)."""
    return {id(g): n for n, g in enumerate(quantity_groups(text))}


@lru_cache(maxsize=4096)
def group_starts(text: str) -> list[int]:
    """Start offsets of quantity_groups(text), for bisecting by position."""
    return [g.start for g in quantity_groups(text)]


def groups_between(text: str, lo: int, hi: int) -> tuple[QuantityGroup, ...]:
    """The groups starting in [lo, hi)."""
    from bisect import bisect_left

    starts = group_starts(text)
    return quantity_groups(text)[bisect_left(starts, lo):bisect_left(starts, hi)]


def index_before(text: str, pos: int) -> int:
    """How many groups start before `pos` (walk back from groups[index - 1])."""
    from bisect import bisect_left

    return bisect_left(group_starts(text), pos)


@lru_cache(maxsize=4096)
def group_of_quantity(text: str) -> dict[int, QuantityGroup]:
    """id(quantity) → the group holding it."""
    return {id(q): g for g in quantity_groups(text) for q in g.quantities}


def label_of(text: str, q: Quantity) -> str:
    """The words naming the group a figure stands in ('' for a figure in no group)."""
    g = group_of_quantity(text).get(id(q))
    return g.label if g is not None else ""


#: words that count people: 151名 is a count of the 人 a task names
PEOPLE_UNITS = frozenset(("人", "名", "位"))


def figure_in(g: QuantityGroup, unit: str):
    """g's figure in the unit, or its one figure counting people when the unit counts people."""
    units = g.by_unit()
    q = units.get(unit)
    if q is None and unit in PEOPLE_UNITS:
        people = [v for u, v in units.items() if u in PEOPLE_UNITS]
        q = people[0] if len(people) == 1 else None
    return q

"""序号: the style GB/T 9704-2012 gives each level (1. not 1、, 一、 not 一.) and the order of
every sequence (一、二、二、 / （一）（三） / 1. 2. 4. / 一是 二是 四是 / 第一 第三), and levels
skipped by more than one step (（1） directly under 一、).

A sequence runs until a marker of a higher level starts over its count: 1. 2. under （一）
and 1. 2. under （二） are two sequences. A heading tree numbers its own sections; what is
checked here is a number typed in a title and the numbered lines and run-in 一是 of a text.
"""
from __future__ import annotations

from typing import Iterator

from ...model import NUMBERING_AUTO
from ...numbering import chinese_numeral
from ..registry import DocRule, Hit, ReportRule, ReportScope, SectionExample, TextAnchor, TextDoc
from .markers import (AR_PAREN, ARABIC, CN_DUN, CN_PAREN, DI, HEADING_LEVELS, PART, SHI, Marker,
                      find_markers, first_of)

#: a heading this many levels below the nearest one above it skips a level that must be there
#: (一、 then （1）); skipping one level (一、 then 1.) is common usage and left alone
LEVEL_JUMP = 3


def _spellings(level: int, n: int) -> tuple[str, ...]:
    """How the n-th 序号 of a level may be typed (to see one the parser could not place)."""
    cn = chinese_numeral(n)
    return {PART: (f"第{cn}部分",), CN_DUN: (f"{cn}、",), CN_PAREN: (f"（{cn}）", f"({cn})"),
            ARABIC: (f"{n}、", f"{n}.", f"{n}．"), AR_PAREN: (f"（{n}）", f"({n})"),
            DI: (f"第{cn}",), SHI: (f"{cn}是",)}[level]


def _written_between(text: str, start: int, end: int, level: int, numbers: range) -> bool:
    """Is some number of `numbers` typed between two markers (run into a heading, say)?"""
    between = text[start:end]
    return any(s in between for n in numbers for s in _spellings(level, n))


def number_style_hits(doc: TextDoc) -> Iterator[Hit]:
    for m in find_markers(doc.text):
        if m.level == ARABIC and m.mark == "、":
            yield Hit(TextAnchor(doc.key, m.mark_at, 1), "序号“1、”按 GB/T 9704 应为“1.”", fix=".")
        elif m.level == CN_DUN and m.mark in ".．":
            yield Hit(TextAnchor(doc.key, m.mark_at, 1), "序号“一.”按 GB/T 9704 应为“一、”", fix="、")


def _at(doc: TextDoc, m: Marker) -> TextAnchor:
    return TextAnchor(doc.key, m.start, m.end - m.start)


def number_sequence_hits(doc: TextDoc) -> Iterator[Hit]:
    text = doc.text
    last: dict[int, Marker] = {}  # level → the latest marker of the running sequence
    parent_end: dict[int, int] = {}  # level → where the marker that started its count ends
    for m in find_markers(text):
        for level in [lv for lv in last if lv > m.level]:
            del last[level]
        for level in range(m.level + 1, SHI + 1):
            parent_end[level] = m.end
        prev = last.get(m.level)
        last[m.level] = m
        if m.level in HEADING_LEVELS:
            above = [lv for lv in last if lv < m.level and lv in HEADING_LEVELS]
            if above and m.level - max(above) >= LEVEL_JUMP and prev is None:
                outer = last[max(above)]
                yield Hit(_at(doc, m), f"层次越级：“{outer.text}”之下直接用“{m.text}”，"
                                       "按 GB/T 9704 层次依次为“一、”“（一）”“1.”“（1）”")
        if prev is None:
            if m.number == 1:
                continue
            since = parent_end.get(m.level)
            if since is None and m.level not in (DI, SHI):
                continue  # a text's first heading may continue numbering from elsewhere
            if _written_between(text, since or 0, m.start, m.level, range(1, m.number)):
                continue
            yield Hit(_at(doc, m), f"序号“{m.text}”之前没有“{first_of(m)}”")
            continue
        if m.number == prev.number + 1 or m.number == 1:
            continue
        if m.number > prev.number + 1 and _written_between(
                text, prev.end, m.start, m.level, range(prev.number + 1, m.number)):
            continue
        if m.number == prev.number:
            message = f"序号重复：“{prev.text}”之后又是“{m.text}”"
        elif m.number > prev.number:
            message = f"序号跳号：“{prev.text}”之后为“{m.text}”"
        else:
            message = f"序号顺序颠倒：“{prev.text}”之后为“{m.text}”"
        yield Hit(_at(doc, m), message)


NUMBER_STYLE_RULE = DocRule(
    id="number-style",
    severity="info",
    title="序号写法",
    check=number_style_hits,
    failing=("一、全年工作任务完成情况\n1、城乡居民低保水平。", "现将有关情况汇报如下：1、加强领导。",
             "一.基本情况\n全乡下辖八个村。"),
    passing=("一、基本情况\n1.城乡居民低保水平。", "分别于1、2月份完成", "共计3、4户",
             "林业收入10万元；第二、三产业收入158万元。",
             "增长3.5%，其中1.5万元用于修路。", "（一）加强领导"),
    family="numbering",
)

NUMBER_SEQUENCE_RULE = DocRule(
    id="number-sequence",
    severity="warning",
    title="序号顺序",
    check=number_sequence_hits,
    failing=("一、基本情况\n二、工作开展情况\n二、下一步工作计划",
             "一、基本情况\n（一）经济\n（三）民生",
             "（一）经济\n1.增收。\n2.修路。\n4.建房。",
             "存在的问题：一是基础薄弱；二是人才不足；四是资金短缺。",
             "第一，巩固成果。\n第三，提升环境。",
             "一、基本情况\n（1）人口。",
             "人人皆知。三是深入开展线索摸排工作。",
             "一、工作完成情况\n1、2022年烤烟生产。\n3、加大投入。"),
    passing=("一、基本情况\n（一）经济\n1.增收。\n2.修路。\n（二）民生\n1.低保。\n二、计划",
             "一是基础薄弱；二是人才不足。\n一是加强领导；二是强化保障。",
             "一、主要工作情况(一)多方联动。(二)积极谋划。",
             "二、下一步工作打算\n三、保障措施",
             "一、基本情况\n1.人口。\n2.经济。",
             "坚持一是一、二是二的原则。", "这是其一是其二",
             "林业收入10万元；第二、三产业收入158万元。",
             "一、工作完成情况\n1、2022年烤烟生产。\n2、加大投入。"),
    family="numbering",
)


def typed_title_number_hits(scope: ReportScope) -> Iterator[Hit]:
    """二、工作开展情况 typed as the title of a section the tree numbers already: printed
    “二、二、工作开展情况”. The typed number goes; the tree's stays."""
    wanted = set(scope.section_ids)
    for view in scope.walk():
        section = view.section
        doc = scope.docs.get(("section", section.id, "title"))
        if doc is None or section.id not in wanted or section.numbering != NUMBERING_AUTO:
            continue
        marker = next(iter(find_markers(doc.text)), None)
        if marker is None or marker.start != 0 or marker.level not in HEADING_LEVELS:
            continue
        end = marker.end
        while end < len(doc.text) and doc.text[end] in " \t\u3000":
            end += 1
        if end >= len(doc.text):
            continue  # nothing but a number: leave it for the drafter
        yield Hit(TextAnchor(doc.key, 0, end),
                  f"标题前又输入了序号“{marker.text}”：本节已自动编号为“{view.label}”", fix="")


TITLE_NUMBER_RULE = ReportRule(
    id="typed-title-number",
    severity="info",
    title="标题中重复的序号",
    check=typed_title_number_hits,
    failing=((SectionExample(title="一、基本情况"),), (SectionExample(title="（二） 工作开展情况"),)),
    passing=((SectionExample(title="基本情况"),), (SectionExample(title="2023年工作计划"),)),
    family="numbering",
)

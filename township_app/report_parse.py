"""Turn the paragraphs of a report into the Section tree, keeping every character.

The level of a heading comes from its marker style in the order the report
first uses them (the way drafters nest: 一、 then （一） then 1.), so a report
that skips a level or uses 1、 directly under 一、 still gets a sensible tree.
Printed numbers are regenerated from the tree; the marker each section had in
the source is kept in :class:`ParseResult` so a drifting source number (two
“二、”) can be reported and nothing read back differs from the source.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .heading_parse import (
    AR_DOT, AR_DUN, AR_PAREN, CIRCLED, ENUMERATION_STYLES, INLINE_STYLES, LONG_SENTENCE, RUN_IN_STOPS, SENTENCE_END, SHI,
    SHORT_SENTENCE, WHOLE_LINE_HEADING, Marker, first_sentence_end, inline_marker_positions,
    is_half_width_stop, is_heading_line, marker_at, title_ending_split,
)
from .model import NUMBERING_AUTO, NUMBERING_NONE, Indicator, Section

RUN_IN_TITLE = 40  # a heading running straight into the next marker is at most this long


@dataclass
class Block:
    """One paragraph of the source, or one table that became indicator rows."""

    text: str = ""
    indicators: list[Indicator] | None = None  # a converted table
    plain: bool = False  # table text kept as text: never a heading
    outline_level: int | None = None  # a Word heading style says this is a heading


@dataclass
class ParseResult:
    sections: list[Section] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    source_markers: dict[int, str] = field(default_factory=dict)  # section id → marker as typed
    #: section id → the stop that separated a run-in heading from its text (not in the title)
    run_in_stops: dict[int, str] = field(default_factory=dict)


@dataclass
class _Level:
    style: str
    section: Section
    number: int


class _TreeBuilder:
    def __init__(self) -> None:
        self.result = ParseResult()
        self.stack: list[_Level] = []
        self.current: Section | None = None
        self._next_id = 1
        self._body: dict[int, list[str]] = {}
        self._child_count: dict[int | None, int] = {}
        self._indicator_count: dict[int, int] = {}

    # ---- tree ----------------------------------------------------------------------------
    def _new_section(self, parent: Section | None, title: str, numbering: str) -> Section:
        parent_id = parent.id if parent else None
        position = self._child_count.get(parent_id, 0)
        self._child_count[parent_id] = position + 1
        sec = Section(id=self._next_id, parent_id=parent_id, position=position, title=title,
                      numbering=numbering)
        self._next_id += 1
        self.result.sections.append(sec)
        self._body[sec.id] = []
        return sec

    def level_of(self, style: str) -> int | None:
        for i, level in enumerate(self.stack):
            if level.style == style:
                return i
        return None

    def expected_number(self, style: str) -> int:
        i = self.level_of(style)
        return 1 if i is None else self.stack[i].number + 1

    def open_heading(self, marker: Marker, marker_text: str, title: str, stop: str = "") -> None:
        i = self.level_of(marker.style)
        if i is not None:
            del self.stack[i:]
        parent = self.stack[-1].section if self.stack else None
        sec = self._new_section(parent, title, NUMBERING_AUTO)
        self.stack.append(_Level(marker.style, sec, marker.number))
        self.result.source_markers[sec.id] = marker_text
        if stop:
            self.result.run_in_stops[sec.id] = stop
        self.current = sec

    def add_text(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self.current is None:  # 导语 before the first heading
            self.current = self._new_section(None, "", NUMBERING_NONE)
        self._body[self.current.id].append(text)

    def add_indicators(self, rows: list[Indicator]) -> None:
        if self.current is None:
            self.current = self._new_section(None, "", NUMBERING_NONE)
        start = self._indicator_count.get(self.current.id, 0)
        self._indicator_count[self.current.id] = start + len(rows)
        for offset, ind in enumerate(rows):
            ind.section_id = self.current.id
            ind.position = start + offset
            self.result.indicators.append(ind)

    def finish(self) -> ParseResult:
        for sec in self.result.sections:
            sec.body = "\n".join(self._body[sec.id])
        return self.result


def _accepted_enumeration_paragraphs(blocks: list[Block]) -> set[int]:
    """一是/二是 and 第一，/第二， open sections only as heading lines of their own, in sequence.

    In running text they are the drafter's enumeration (“一是…；二是…”), which must stay
    body text exactly as written; only a short numbered line standing alone is a heading.
    """
    starts: list[tuple[int, Marker | None]] = []
    for i, block in enumerate(blocks):
        if block.indicators is not None or block.plain:
            continue
        starts.append((i, marker_at(block.text.strip())))
    accepted: set[int] = set()
    for k, (i, m) in enumerate(starts):
        if m is None or m.style not in ENUMERATION_STYLES or m.number != 1 or i in accepted:
            continue
        if not is_heading_line(blocks[i].text.strip(), m):
            continue
        chain = [i]
        want = 2
        for j, other in starts[k + 1:]:
            if other is None:
                continue  # a plain paragraph: body of the item before
            if other.style == m.style and other.number == want \
                    and is_heading_line(blocks[j].text.strip(), other):
                chain.append(j)
                want += 1
                continue
            break
        if len(chain) >= 2:
            accepted.update(chain)
    return accepted


class _ParagraphParser:
    """Walks one paragraph, opening sections at its start and at inline headings."""

    def __init__(self, tree: _TreeBuilder) -> None:
        self.tree = tree

    def parse(self, text: str, allow_start_marker: bool, allow_enumeration: bool,
              outline_level: int | None = None) -> None:
        m = marker_at(text, 0) if allow_start_marker else None
        if outline_level is not None:
            # a Word heading: its level comes from the style; a number typed in front is
            # kept as its source number, a number from Word's own list numbering is not text
            typed = m if m is not None and m.style != SHI else None
            marker_text = text[:typed.end] if typed else ""
            level_key = Marker(f"outline{outline_level}", typed.number if typed else 0, 0, 0)
            self.tree.open_heading(level_key, marker_text, text[len(marker_text):].strip())
            return
        if m is not None and (m.style not in ENUMERATION_STYLES or allow_enumeration) \
                and not self._listed_in_place(text, m):
            self._parse_body(text, 0, heading_at_start=m)
        else:
            self._parse_body(text, 0)

    def _parse_body(self, text: str, pos: int, heading_at_start: Marker | None = None) -> None:
        """Body text from pos on, opening the headings found after sentence ends.

        heading_at_start is a marker at pos that must open a section whatever follows
        it: a paragraph-start marker, or a child marker a heading title ran into.
        """
        seg_start = pos
        pending = heading_at_start
        candidates = inline_marker_positions(text)
        while True:
            if pending is not None:
                m = pending
                title, after, run_in = self._split_heading(text, m, inline=False)
            else:
                found = self._next_inline_heading(text, pos, candidates)
                if found is None:
                    self.tree.add_text(text[seg_start:])
                    return
                m, (title, after, run_in) = found
            self.tree.add_text(text[seg_start:m.start])
            title, stop = _without_run_in_stop(title, bool(text[after:].strip()) and run_in is None)
            self.tree.open_heading(m, text[m.start:m.end], title, stop)
            seg_start = pos = after
            pending = run_in

    def _next_inline_heading(self, text: str, pos: int, candidates: list[int]):
        for q in candidates[bisect_left(candidates, pos):]:
            m = marker_at(text, q)
            if m is None or m.style not in INLINE_STYLES:
                continue
            if m.number != self.tree.expected_number(m.style):
                continue
            split = self._split_heading(text, m, inline=True)
            if split is not None:
                return m, split
        return None

    def _listed_in_place(self, text: str, m: Marker) -> bool:
        """A paragraph that starts a list and goes on to its next item ((1)…；(2)…) without a
        heading of its own: the drafter's enumeration, kept as text."""
        title, after, run_in = self._split_heading(text, m, inline=False)
        if run_in is not None:
            return False
        for q in range(m.end, after if title else len(text)):
            if text[q - 1] in SENTENCE_END + "，," or is_half_width_stop(text, q - 1):
                nxt = marker_at(text, q)
                if nxt is not None and nxt.style == m.style and nxt.number == m.number + 1:
                    return True
        return False

    def _run_in_marker(self, text: str, m: Marker) -> Marker | None:
        """A first child marker right after a short title with no punctuation between."""
        limit = min(len(text), m.end + RUN_IN_TITLE + 1)
        for q in range(m.end + 2, limit):
            ch = text[q - 1]
            if ch in "。！？!?；;，,：:":
                return None
            nxt = marker_at(text, q)
            if nxt is None or nxt.style not in INLINE_STYLES or nxt.style == m.style:
                continue
            level = self.tree.level_of(nxt.style)
            own = self.tree.level_of(m.style)
            deeper_or_new = level is None or (own is not None and level > own)
            if nxt.number == 1 and deeper_or_new:
                return nxt
        return None

    def _split_heading(self, text: str, m: Marker, *, inline: bool):
        """(title, index where the body starts, child marker the title ran into or None).

        None when an inline candidate has no plausible title (then it is body text).
        """
        rest_start = m.end
        while rest_start < len(text) and text[rest_start].isspace():
            rest_start += 1
        rest = text[rest_start:]
        run_in = self._run_in_marker(text, m)
        if run_in is not None and text[rest_start:run_in.start].strip():
            return text[rest_start:run_in.start].strip(), run_in.start, run_in
        end = first_sentence_end(rest)
        if len(rest.strip()) <= WHOLE_LINE_HEADING and end in (-1, len(rest)):
            return rest.strip(), len(text), None
        if 0 < end <= SHORT_SENTENCE:
            return rest[:end].strip(), rest_start + end, None
        cut = title_ending_split(rest, max_title=SHORT_SENTENCE)
        if cut > 0:
            return rest[:cut].strip(), rest_start + cut, None
        if 0 < end <= LONG_SENTENCE:
            return rest[:end].strip(), rest_start + end, None
        if inline:
            return None
        return "", rest_start, None


def _without_run_in_stop(title: str, text_follows: bool) -> tuple[str, str]:
    """(title, stop): the full stop a run-in heading ends with separates it from its text."""
    if text_follows and len(title) > 1 and title[-1] in RUN_IN_STOPS \
            and (title[-1] == "。" or is_half_width_stop(title, len(title) - 1)):
        return title[:-1], title[-1]
    return title, ""


#: the numbers an item of a list is written with (not 一、 or （一）, a report's own headings)
_LIST_ITEM_STYLES = (AR_DOT, AR_DUN, AR_PAREN, CIRCLED)
#: a list item: short, its figure and unit, ended by ；/。 (1.东坪村12户；)
_LIST_ITEM_MAX = 40


def _list_items(blocks: list[Block]) -> set[int]:
    """全年实施农村危房改造47户，分布在5个村：⏎1.东坪村12户；⏎2.河口村9户；…⏎5.石岭村7户。: numbered
    lines after a paragraph that ends with ：, each a short clause with a figure ended by ；(the last
    by 。), are the items of that paragraph's list, kept as its text, not sections of their own."""
    items: set[int] = set()
    i = 0
    while i < len(blocks):
        text = blocks[i].text.strip()
        if not text.endswith(("：", ":")) or blocks[i].indicators is not None:
            i += 1
            continue
        run, j = [], i + 1
        while j < len(blocks) and blocks[j].indicators is None:
            line = blocks[j].text.strip()
            m = marker_at(line)
            if m is None or m.style not in _LIST_ITEM_STYLES or m.number != len(run) + 1 \
                    or len(line) > _LIST_ITEM_MAX or not any(c.isdigit() for c in line[m.end:]) \
                    or line[-1] not in "；;。.":
                break
            run.append(j)
            j += 1
            if line[-1] in "。.":
                break
        if len(run) >= 2 and blocks[run[-2]].text.strip()[-1] in "；;":
            items.update(run)
        i = j if run else i + 1
    return items


def parse_blocks(blocks: list[Block]) -> ParseResult:
    """The section tree of a report body (title and 落款 already taken off)."""
    tree = _TreeBuilder()
    enumeration_ok = _accepted_enumeration_paragraphs(blocks)
    list_items = _list_items(blocks)
    paragraphs = _ParagraphParser(tree)
    for i, block in enumerate(blocks):
        if block.indicators is not None:
            tree.add_indicators(block.indicators)
        elif block.plain:
            tree.add_text(block.text)
        else:
            text = block.text.strip()
            if text:
                paragraphs.parse(text, allow_start_marker=i not in list_items, allow_enumeration=i in enumeration_ok,
                                 outline_level=block.outline_level)
    return tree.finish()

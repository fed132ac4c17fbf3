"""Pages from blocks on the GB/T 9704 grid: 22 lines of 28.95 pt in a 156 × 225 mm type area.

Every text line sits on a grid line, so body text fills the type area exactly.
Headings keep with what follows (never alone at a page foot), no paragraph leaves
a single line alone at a page's foot or head (widow/orphan control, the page then
ends a line short), the 落款 never stands on a page without body text, and a table breaks between rows with its
header row repeated; after a table the text snaps back onto the grid.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from .. import layout_spec as spec
from .typeset import MissingGlyph, TextRun, TypesetLine

MM = spec.MM


@dataclass(frozen=True)
class PageGeometry:
    """All in points; y runs down from the top of the page."""

    page_width: float = spec.PAGE_WIDTH_MM * MM
    page_height: float = spec.PAGE_HEIGHT_MM * MM
    left: float = spec.LEFT_MARGIN_MM * MM
    top: float = spec.TOP_MARGIN_MM * MM
    width: float = spec.TYPE_AREA_WIDTH_MM * MM
    height: float = spec.TYPE_AREA_HEIGHT_MM * MM
    pitch: float = spec.LINE_PITCH_PT
    lines: int = spec.LINES_PER_PAGE
    body_size: float = spec.BODY_FONT_PT
    #: gap from a grid line's top to the top of its characters' em box; with it the 22nd
    #: line's characters end 0.5 mm inside the 225 mm type area as well
    glyph_top_gap: float = spec.GLYPH_TOP_GAP_MM * MM

    def baseline(self, line_index: int, line: TypesetLine) -> float:
        """Baseline of a text line on grid line `line_index`, characters hung from the line top."""
        face = line.runs[0].face if line.runs else None
        ascent = line.size * (1 + face.descent) if face else line.size * 0.88
        return self.top + line_index * self.pitch + self.glyph_top_gap + ascent


@dataclass
class GridBlock:
    """Lines of text, one per grid line."""

    lines: list[TypesetLine]
    keep_with_next: bool = False  # headings, the 附件 label
    keep_together: bool = False  # the title, the 落款
    keep_with_previous: bool = False  # the 落款: never alone on a page
    x: float = 0.0  # added to every run's x
    dy: float = 0.0  # added to every baseline: a table's unit line sits down on its top rule


@dataclass
class Blank:
    """Empty grid lines; dropped at the top of a page."""

    count: int = 1


@dataclass
class NewPage:
    pass


@dataclass
class Cell:
    x: float  # left edge of the cell within the table
    width: float
    lines: list[tuple[TypesetLine, float]]  # line and its x within the cell


@dataclass
class Row:
    cells: list[Cell]
    height: float


@dataclass
class TableBlock:
    header: Row | None
    rows: list[Row]
    column_edges: list[float]  # x of every vertical rule, 0 … table width
    line_pitch: float
    padding: float


Block = GridBlock | Blank | NewPage | TableBlock


@dataclass
class PlacedRun:
    x: float
    y: float  # baseline, from the top of the page
    run: TextRun


@dataclass
class Page:
    number: int
    runs: list[PlacedRun] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, float]] = field(default_factory=list)
    blocks_done: int = 0  # how many blocks were finished when this page closed

    @property
    def empty(self) -> bool:
        return not self.runs and not self.rules


TABLE_SPACE_BELOW = spec.TABLE_SPACE_BELOW_PT
OUTER_RULE = 0.75
INNER_RULE = 0.5


class Paginator:
    """Places blocks page by page; collects MissingGlyph records with their page numbers."""

    def __init__(self, geometry: PageGeometry):
        self.g = geometry
        self.pages: list[Page] = [Page(1)]
        self.line = 0  # next free grid line on the current page
        self.missing: list[MissingGlyph] = []

    # -- helpers -------------------------------------------------------------------------
    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _new_page(self) -> None:
        self.pages.append(Page(len(self.pages) + 1))
        self.line = 0

    def _room(self) -> int:
        return self.g.lines - self.line

    def _put_line(self, line: TypesetLine, x: float = 0.0, dy: float = 0.0) -> None:
        if self.line >= self.g.lines:
            self._new_page()
        y = self.g.baseline(self.line, line) + dy
        for run in line.runs:
            self.page.runs.append(PlacedRun(self.g.left + x + run.x, y, run))
        for m in line.missing:
            self.missing.append(replace(m, page=self.page.number))
        self.line += 1

    def _table_lines(self, t: TableBlock) -> int:
        """Grid lines the header and first row (two lines of it at most) take: what must
        share a page with the table's start, and what a heading must keep with."""
        first = min(t.rows[0].height, 2 * t.line_pitch + 2 * t.padding) if t.rows else 0.0
        h = (t.header.height if t.header else 0) + first
        return math.ceil((h + self.g.glyph_top_gap) / self.g.pitch)

    def _lead(self, blocks: list[Block], i: int, after_heading: bool = False) -> int:
        """Grid lines that must share a page with the start of blocks[i].

        Widow and orphan control, as WPS's 孤行控制: a paragraph starts at a page's foot
        only with two lines there (one line of three would leave two, or one of four a
        single line, so a paragraph of up to three lines goes over whole); a heading brings
        those lines along.
        """
        if i >= len(blocks):
            return 0
        b = blocks[i]
        if isinstance(b, GridBlock):
            if b.keep_together:
                return len(b.lines)
            if b.keep_with_next:
                return len(b.lines) + self._lead(blocks, i + 1, after_heading=True)
            return len(b.lines) if len(b.lines) <= 3 else 2
        if isinstance(b, TableBlock):
            return self._table_lines(b)
        if isinstance(b, Blank):
            return b.count + self._lead(blocks, i + 1, after_heading)
        return 0

    # -- placing -------------------------------------------------------------------------
    def run(self, blocks: list[Block]):
        """Generator: yields after each block (for progress); the pages are in self.pages."""
        for i, b in enumerate(blocks):
            if isinstance(b, NewPage):
                if not self.page.empty:
                    self._new_page()
            elif isinstance(b, Blank):
                if self.line > 0:
                    self.line = min(self.g.lines, self.line + b.count)
            elif isinstance(b, GridBlock):
                self._place_grid(blocks, i, b)
            elif isinstance(b, TableBlock):
                self._place_table_before(blocks, i, b)
            self.page.blocks_done = i + 1
            yield i + 1
        if self.page.empty and len(self.pages) > 1:
            self.pages.pop()

    def _place_grid(self, blocks: list[Block], i: int, b: GridBlock) -> None:
        if self.line >= self.g.lines:
            self._new_page()
        lead = self._lead(blocks, i)
        if self.line > 0 and lead > self._room() and lead <= self.g.lines:
            self._new_page()
        n = len(b.lines)
        early_break = None  # a line that goes to the next page before this one is full
        if not b.keep_together and n > 1:
            room = self._room()
            tail = self._next_needs_company(blocks, i)
            if tail and n <= room < n + tail and tail < self.g.lines:
                # the 落款 must have text above it: the paragraph's last two lines go over
                # with it (never one: that would be a widow), or all of a short paragraph
                carry = 2 if n >= 4 else n
                if carry < n:
                    early_break = n - carry
                elif self.line > 0:
                    self._new_page()
            elif n > room:
                # widow control: the paragraph's last page gets two lines at least, so the
                # page before it breaks a line early (this page keeps two or more: _lead)
                last_start = room + self.g.lines * ((n - room - 1) // self.g.lines)
                if n - last_start == 1:
                    early_break = last_start - 1
        for k, line in enumerate(b.lines):
            if k == early_break:
                self._new_page()
            self._put_line(line, b.x, b.dy)

    def _next_needs_company(self, blocks: list[Block], i: int) -> int:
        """Lines the block after blocks[i] needs when it must not open a page alone (落款)."""
        nxt = i + 1
        while nxt < len(blocks) and isinstance(blocks[nxt], Blank):
            nxt += 1
        if nxt < len(blocks) and isinstance(blocks[nxt], GridBlock) and blocks[nxt].keep_with_previous:
            return self._lead(blocks, i + 1)
        return 0

    def _place_table_before(self, blocks: list[Block], i: int, t: TableBlock) -> None:
        """A table followed by the 落款: if the 落款 would open a page alone, the table's
        last row goes over with it (placed again from a snapshot)."""
        tail = self._next_needs_company(blocks, i)
        if not tail or len(t.rows) < 2:
            self._place_table(t)
            return
        snapshot = (len(self.pages), len(self.page.runs), len(self.page.rules), self.line,
                    len(self.missing))
        self._place_table(t)
        if self._room() >= tail:
            return
        n_pages, n_runs, n_rules, line, n_missing = snapshot
        del self.pages[n_pages:]
        del self.page.runs[n_runs:]
        del self.page.rules[n_rules:]
        del self.missing[n_missing:]
        self.line = line
        self._place_table(t, break_before_last_row=True)

    def _place_table(self, t: TableBlock, break_before_last_row: bool = False) -> None:
        g = self.g
        if self.line >= g.lines:
            self._new_page()
        if self.line > 0 and self._table_lines(t) > self._room():
            self._new_page()
        head_h = t.header.height if t.header else 0.0
        y = seg_top = self.line * g.pitch + g.glyph_top_gap
        row_tops: list[float] = []

        def start_segment(top: float) -> float:
            if t.header:
                row_tops.append(top)
                self._put_row(t, t.header, top)
            return top + head_h

        y = start_segment(y)
        queue = list(t.rows)
        last_row = t.rows[-1] if t.rows else None
        while queue:
            row = queue.pop(0)
            if break_before_last_row and row is last_row and y > seg_top + head_h + 0.01:
                self._rule_segment(t, seg_top, y, row_tops)
                self._new_page()
                row_tops = []
                y = seg_top = g.glyph_top_gap
                y = start_segment(y)
            if y + row.height > g.height + 0.01:
                # a tall row fills what is left of the page and goes on overleaf
                fit = int((g.height - y - 2 * t.padding) / t.line_pitch + 1e-6)
                if fit >= 2 and max(len(c.lines) for c in row.cells) > fit:
                    first, rest = _split_row_at(row, fit, t)
                    row_tops.append(y)
                    self._put_row(t, first, y)
                    y += first.height
                    queue.insert(0, rest)
                    row = None
                if y > seg_top + head_h + 0.01:
                    self._rule_segment(t, seg_top, y, row_tops)
                    self._new_page()
                    row_tops = []
                    y = seg_top = g.glyph_top_gap
                    y = start_segment(y)
                if row is None:
                    continue
                if y + row.height > g.height + 0.01:  # taller than a whole page
                    fit = max(1, int((g.height - y - 2 * t.padding) / t.line_pitch + 1e-6))
                    row, rest = _split_row_at(row, fit, t)
                    queue.insert(0, rest)
            row_tops.append(y)
            self._put_row(t, row, y)
            y += row.height
        self._rule_segment(t, seg_top, y, row_tops)
        self.line = min(g.lines, math.ceil((y + TABLE_SPACE_BELOW) / g.pitch - 1e-6))

    def _put_row(self, t: TableBlock, row: Row, top: float) -> None:
        g = self.g
        for cell in row.cells:
            for k, (line, dx) in enumerate(cell.lines):
                face = line.runs[0].face if line.runs else None
                ascent = line.size * (1 + face.descent) if face else line.size * 0.88
                leading = (t.line_pitch - line.size) / 2
                y = g.top + top + t.padding + k * t.line_pitch + leading + ascent
                for run in line.runs:
                    self.page.runs.append(PlacedRun(g.left + cell.x + dx + run.x, y, run))
                for m in line.missing:
                    self.missing.append(replace(m, page=self.page.number))

    def _rule_segment(self, t: TableBlock, top: float, bottom: float, row_tops: list[float]):
        g = self.g
        x0, x1 = g.left, g.left + t.column_edges[-1]
        for k, y in enumerate(row_tops):
            w = OUTER_RULE if k == 0 else INNER_RULE
            self.page.rules.append((x0, g.top + y, x1, g.top + y, w))
        self.page.rules.append((x0, g.top + bottom, x1, g.top + bottom, OUTER_RULE))
        for k, x in enumerate(t.column_edges):
            w = OUTER_RULE if k in (0, len(t.column_edges) - 1) else INNER_RULE
            self.page.rules.append((g.left + x, g.top + top, g.left + x, g.top + bottom, w))


def _split_row_at(row: Row, lines: int, t: TableBlock) -> tuple[Row, Row]:
    """The first `lines` lines of every cell, and the rest (a row taller than the room left)."""
    def part(sl: slice) -> Row:
        cells = [Cell(c.x, c.width, c.lines[sl]) for c in row.cells]
        n = max((len(c.lines) for c in cells), default=0)
        return Row(cells, max(1, n) * t.line_pitch + 2 * t.padding)
    return part(slice(0, lines)), part(slice(lines, None))

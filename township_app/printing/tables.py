"""Ruled tables inside the type area: column widths from content, cells wrapped by the line breaker.

Number columns never wrap and are right-aligned; text columns share what is
left, widest need first, so a long 指标名称 wraps instead of squeezing numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import layout_spec as spec
from ..layout_spec import FONT_ROLES
from .compose import Cell, Row, TableBlock
from .linebreak import break_lines, units
from .typeset import Typesetter, Where

TABLE_FONT_PT = spec.TABLE_FONT_PT
TABLE_LINE_PITCH = spec.TABLE_LINE_PITCH_PT
CELL_PADDING_X = spec.TABLE_CELL_PADDING_X_PT  # digits keep clear of the rules
CELL_PADDING_Y = spec.TABLE_CELL_PADDING_Y_PT
MAX_ROWS_TO_BALANCE = 300  # beyond this the even share from fit_widths is good enough
LOOKAHEAD_CHARS = 5  # a heading like 指标名称 needs several characters more before it saves a line


@dataclass(frozen=True)
class Column:
    title: str
    align: str  # "left" / "right" / "center"
    wraps: bool = True


def build_table(ts: Typesetter, columns: list[Column], rows: list[list[str]], measure: float,
                where: list[Where], header_where: Where, style: str = FONT_ROLES["table"],
                size: float = TABLE_FONT_PT,
                header_style: str = FONT_ROLES["table_header"]) -> TableBlock:
    """A TableBlock `measure` points wide; where[i] names row i for missing-glyph records.
    The header row is set in header_style (黑体): bold by its face, as the .docx sets it."""
    header_shaped = [ts.shape(c.title, header_style, size, header_where) for c in columns]
    body_shaped = [[ts.shape(text, style, size, where[r]) for text in row]
                   for r, row in enumerate(rows)]
    widths = column_widths(columns, header_shaped, body_shaped, measure, size)
    pad = 2 * CELL_PADDING_X
    edges = [0.0]
    for w in widths:
        edges.append(edges[-1] + w)

    def make_row(shaped_cells) -> Row:
        cells = []
        tallest = 1
        for c, (col, shaped) in enumerate(zip(columns, shaped_cells)):
            inner = widths[c] - pad
            lines = ts.lines(shaped, size, inner, justify=False) if shaped.text else []
            placed = []
            for line in lines:
                if col.align == "right":
                    dx = inner - line.width
                elif col.align == "center":
                    dx = (inner - line.width) / 2
                else:
                    dx = 0.0
                placed.append((line, CELL_PADDING_X + max(0.0, dx)))
            tallest = max(tallest, len(lines))
            cells.append(Cell(edges[c], widths[c], placed))
        return Row(cells, tallest * TABLE_LINE_PITCH + 2 * CELL_PADDING_Y)

    header = make_row(header_shaped)
    for cell in header.cells:  # headings centred whatever the column's alignment
        inner = cell.width - pad
        cell.lines = [(line, CELL_PADDING_X + max(0.0, (inner - line.width) / 2))
                      for line, _ in cell.lines]
    return TableBlock(header, [make_row(r) for r in body_shaped], edges, TABLE_LINE_PITCH,
                      CELL_PADDING_Y)


def column_widths(columns: list[Column], header_shaped, body_shaped, measure: float,
                  size: float, slack: float = 0.0) -> list[float]:
    """Widths summing to `measure` from the cells' text (anything with .text and .widths):
    numbers never wrap, a long 指标名称 or 备注 wraps at its units, and of the table with
    number headings whole and the one with them wrapped, the shorter wins. The .docx
    writer passes estimated widths and some slack for the word processor's own fonts."""
    pad = 2 * CELL_PADDING_X + slack
    mins, maxs = [], []
    for c, col in enumerate(columns):
        cells = [header_shaped[c]] + [r[c] for r in body_shaped]
        natural = max(sum(s.widths) for s in cells)
        if col.wraps:
            longest_unit = max((sum(s.widths[a:b]) for s in cells for a, b in units(s.text)),
                               default=0.0)
            low = max(longest_unit, size * 2)
        else:
            head = header_shaped[c]
            head_unit = max((sum(head.widths[a:b]) for a, b in units(head.text)), default=0.0)
            low = max([sum(r[c].widths) for r in body_shaped] + [head_unit, size * 2])
        mins.append(low + pad)
        maxs.append(max(natural, low) + pad)
    widths = fit_widths(columns, mins, maxs, measure)
    if sum(maxs) > measure:
        widths = _shortest_table(columns, widths, mins, maxs, header_shaped, body_shaped, size)
        # the headings of number columns may wrap (目标/ 任务数) when that gives the text
        # columns enough room to save lines in the rows: whichever table is shorter
        narrow = [mins[i] if not c.wraps else maxs[i] for i, c in enumerate(columns)]
        if narrow != maxs and len(body_shaped) <= MAX_ROWS_TO_BALANCE:
            wrapped = _shortest_table(columns, fit_widths(columns, mins, narrow, measure), mins,
                                      narrow, header_shaped, body_shaped, size)
            rows = [header_shaped] + body_shaped
            if _table_lines(rows, wrapped) < _table_lines(rows, widths):
                widths = wrapped
    return widths


def _table_lines(rows, widths: list[float]) -> int:
    """Text lines the table takes at these column widths, header row included."""
    return sum(max(_cell_lines(cell, w) for cell, w in zip(row, widths)) for row in rows)


def _cell_lines(shaped, width: float) -> int:
    if not shaped.text:
        return 1
    return max(1, len(break_lines(shaped.text, shaped.widths, width - 2 * CELL_PADDING_X)))


def _shortest_table(columns, widths, mins, maxs, header_shaped, body_shaped, size) -> list[float]:
    """Re-share the width of the wrapping text columns so the table is as short as it can be.

    Starting from their minimums, one character's width at a time goes to the column
    where it saves the most lines; width that saves nothing is shared out at the end.
    """
    group = [i for i, c in enumerate(columns) if c.wraps and c.align == "left"]
    if len(group) < 2 or len(body_shaped) > MAX_ROWS_TO_BALANCE:
        return widths
    rows = [header_shaped] + body_shaped
    budget = sum(widths[i] for i in group)
    cur = {i: mins[i] for i in group}
    # column headings stay on one line when the width allows
    heads = {i: min(maxs[i], max(mins[i], sum(header_shaped[i].widths) + 2 * CELL_PADDING_X))
             for i in group}
    if sum(heads.values()) <= budget:
        cur = heads
    budget -= sum(cur.values())
    if budget <= 0:
        return widths

    counts: dict[tuple[int, float], list[int]] = {}

    def column_lines(i: int, width: float) -> list[int]:
        key = (i, round(width, 3))
        if key not in counts:
            counts[key] = [_cell_lines(r[i], width) for r in rows]
        return counts[key]

    def height(w: dict[int, float]) -> int:
        per_column = [column_lines(i, w[i]) for i in group]
        return sum(max(col[k] for col in per_column) for k in range(len(rows)))

    step = size
    best_h = height(cur)
    while budget >= step:
        # the widening (up to a few characters) that saves the most lines per character
        choice, gain, choice_h = None, 0.0, best_h
        for i in group:
            for m in range(1, LOOKAHEAD_CHARS + 1):
                if m * step > budget or cur[i] + m * step > maxs[i] + step:
                    break
                trial = dict(cur)
                trial[i] = cur[i] + m * step
                h = height(trial)
                if (best_h - h) / m > gain + 1e-9:
                    choice, gain, choice_h = (i, m), (best_h - h) / m, h
        if choice is None:
            break
        i, m = choice
        cur[i] += m * step
        budget -= m * step
        best_h = choice_h
    if budget > 0:  # nothing more to save: spread what is left by how much text each holds
        need = {i: max(0.0, maxs[i] - cur[i]) for i in group}
        total = sum(need.values()) or float(len(group))
        for i in group:
            cur[i] += budget * ((need[i] / total) if sum(need.values()) else 1 / len(group))
    out = list(widths)
    for i in group:
        out[i] = cur[i]
    return out


def fit_widths(columns: list[Column], mins: list[float], maxs: list[float], measure: float) -> list[float]:
    """Widths summing to measure: natural widths if they fit, extra to the text columns."""
    total_max = sum(maxs)
    if total_max <= measure:
        extra = measure - total_max
        growable = [i for i, c in enumerate(columns) if c.wraps and c.align == "left"] or \
            list(range(len(columns)))
        share = sum(maxs[i] for i in growable)
        return [w + (extra * w / share if i in growable else 0.0) for i, w in enumerate(maxs)]
    # shrink the wrapping text columns first (a long 指标名称 wraps), then, if that is not
    # enough, everything else (headings of number columns wrap last)
    widths = list(maxs)
    for group in ([i for i, c in enumerate(columns) if c.wraps and c.align == "left"],
                  list(range(len(columns)))):
        over = sum(widths) - measure
        if over <= 1e-6:
            break
        # water-filling: cap the widest columns at a common width, never below their minimum
        fixed = sum(w for i, w in enumerate(widths) if i not in group)
        lo, hi = 0.0, max(widths[i] for i in group)
        for _ in range(60):
            cap = (lo + hi) / 2
            total = fixed + sum(max(mins[i], min(widths[i], cap)) for i in group)
            lo, hi = (cap, hi) if total <= measure else (lo, cap)
        for i in group:
            widths[i] = max(mins[i], min(widths[i], lo))
    over = sum(widths) - measure
    if -1.0 < over < 0:  # what the search left over goes to the widest column
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= over
    elif over > 1e-6:
        # even the narrowest layout overflows: scale down (units then break by character)
        widths = [w * measure / sum(widths) for w in widths]
    return widths

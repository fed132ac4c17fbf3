"""Heading numbers as official documents write them: 一、 / （一） / 1. / （1）.

GB/T 9704 fixes four levels; deeper sections fall back to circled numbers so a
drafter who nests further still gets distinct, printable labels.
"""
from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 21 → 二十一, 105 → 一百零五 (n ≥ 1, < 10000)."""
    if n <= 0 or n >= 10000:
        return str(n)
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out = ""
    rest = n
    zero_pending = False
    for value, name in units:
        digit, rest = divmod(rest, value)
        if digit:
            if zero_pending:
                out += "零"
                zero_pending = False
            if not (value == 10 and digit == 1 and not out):
                out += _DIGITS[digit]
            out += name
        elif out:
            zero_pending = True
    if rest:
        if zero_pending:
            out += "零"
        out += _DIGITS[rest]
    return out


def heading_label(depth: int, n: int) -> str:
    """The printed number of the n-th numbered section (1-based) at a depth (0-based)."""
    if depth == 0:
        return f"{chinese_numeral(n)}、"
    if depth == 1:
        return f"（{chinese_numeral(n)}）"
    if depth == 2:
        return f"{n}."
    if depth == 3:
        return f"（{n}）"
    return _CIRCLED[n - 1] if n <= len(_CIRCLED) else f"{n})"


def number_tree(children: dict, numbered) -> dict:
    """The one numbering rule: id → (depth, label) for a tree given as parent id → child ids
    in order (None for the top level); numbered(id) says whether the section takes a number.
    A section without a number does not advance its siblings' count."""
    out: dict = {}

    def visit(parent_id, depth: int) -> None:
        n = 0
        for sid in children.get(parent_id, ()):
            if numbered(sid):
                n += 1
                out[sid] = (depth, heading_label(depth, n))
            else:
                out[sid] = (depth, "")
            visit(sid, depth + 1)

    visit(None, 0)
    return out

"""The 序号 a text holds: heading numbers at a paragraph's start or after a sentence's end
(一、 （一） 1. 1、 （1） 第一部分) and the run-in enumerations (第一， 一是).

GB/T 9704-2012 orders the levels 一、 → （一） → 1. → （1）; 第一/一是 enumerate within a
paragraph and start over under every heading. Only the shapes live here; the numbering and
heading rules decide what is wrong with them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import CN_NUMERAL_RE, numeral_value

#: levels, outermost first; 第一/一是 sit below every heading level
PART, CN_DUN, CN_PAREN, ARABIC, AR_PAREN, DI, SHI = range(7)
HEADING_LEVELS = (PART, CN_DUN, CN_PAREN, ARABIC, AR_PAREN)

_N = CN_NUMERAL_RE
_HEADING = re.compile(
    rf"(?:^|(?<=[\n。！？；：!?;:]))[ \t\u3000]*(?P<m>"
    rf"第(?P<part>{_N})部分"
    rf"|第(?P<di>{_N})(?=[，,、：:])"
    rf"|[（(](?P<cnp>{_N})[）)]"
    rf"|[（(](?P<arp>[0-9]{{1,2}})[）)]"
    rf"|(?P<cnd>{_N})(?P<cnd_mark>[、.．])(?![一二三四五六七八九十、.．])"
    rf"|(?P<ard>[0-9]{{1,2}})(?P<ard_mark>、|[.．](?![0-9.．%％]))(?![0-9、])"
    rf")", re.M)
#: 一是 runs in after any clause: “存在的问题，一是…，二是…”
_SHI = re.compile(rf"(?:^|(?<=[\n，,。！？；：!?;:、]))[ \t\u3000]*(?P<m>(?P<shi>{_N})是)(?![是的])", re.M)


@dataclass(frozen=True)
class Marker:
    level: int
    number: int
    start: int  # of the 序号 itself (after any leading spaces)
    end: int
    text: str  # as typed: "二、", "(一)", "1、", "三是"
    mark: str = ""  # the mark after a bare number: "、" "." "．" (一、 1. 1、)
    mark_at: int = -1
    at_paragraph_start: bool = False


def first_of(marker: Marker) -> str:
    """How the first 序号 of this marker's sequence is written: 一、 （一） 1. （1） 第一 一是."""
    if marker.level == ARABIC:
        return f"1{marker.mark}"
    return {PART: "第一部分", CN_DUN: "一、", CN_PAREN: "（一）", AR_PAREN: "（1）",
            DI: "第一", SHI: "一是"}[marker.level]


def _heading_marker(text: str, m: re.Match) -> Marker | None:
    for group, level in (("part", PART), ("di", DI), ("cnp", CN_PAREN), ("arp", AR_PAREN),
                         ("cnd", CN_DUN), ("ard", ARABIC)):
        raw = m.group(group)
        if raw is None:
            continue
        number = int(raw) if raw.isdigit() else numeral_value(raw)
        if not number:
            return None
        mark = m.group(f"{group}_mark") if group in ("cnd", "ard") else ""
        start, end = m.start("m"), m.end("m")
        if end >= len(text) or text[end] == "\n":
            return None  # a bare number ending a line is no 序号
        line_begin = text.rfind("\n", 0, start) + 1
        return Marker(level, number, start, end, m.group("m"), mark or "",
                      end - 1 if mark else -1, not text[line_begin:start].strip())
    return None


def find_markers(text: str) -> list[Marker]:
    """Every 序号 in the text, in order of position."""
    found: list[Marker] = []
    for m in _HEADING.finditer(text):
        marker = _heading_marker(text, m)
        if marker is not None:
            found.append(marker)
    if "是" in text:
        taken = {mk.start for mk in found}
        for m in _SHI.finditer(text):
            number = numeral_value(m.group("shi"))
            start = m.start("m")
            if number and start not in taken:
                line_begin = text.rfind("\n", 0, start) + 1
                found.append(Marker(SHI, number, start, m.end("m"), m.group("m"),
                                    at_paragraph_start=not text[line_begin:start].strip()))
        found.sort(key=lambda mk: mk.start)
    return found

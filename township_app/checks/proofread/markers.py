"""The 序号 a text holds: heading numbers at a paragraph's start or after a sentence's end
(一、 （一） 1. 1、 （1） 第一部分) and the run-in enumerations (第一， 一是).

GB/T 9704-2012 orders the levels 一、 → （一） → 1. → （1）; 第一/一是 enumerate within a
paragraph and start over under every heading. Only the shapes live here; the numbering and
heading rules decide what is wrong with them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .chars import CN_NUMERAL, CN_NUMERAL_RE, numeral_value

#: levels, outermost first; 第一/一是 sit below every heading level
PART, CN_DUN, CN_PAREN, ARABIC, AR_PAREN, DI, SHI = range(7)
HEADING_LEVELS = (PART, CN_DUN, CN_PAREN, ARABIC, AR_PAREN)

_N = CN_NUMERAL_RE
#: where a heading number may start: a paragraph's start or just after a sentence's (or a
#: colon's) end; 一是 may also follow a comma or a 顿号
HEADING_BOUNDARY = "\n。！？；：!?;:"
SHI_BOUNDARY = HEADING_BOUNDARY + "，,、"
_SPACES = " \t\u3000"
_HEADING = re.compile(
    rf"[ \t\u3000]*(?P<m>"
    rf"第(?P<part>{_N})部分"
    rf"|第(?P<di>{_N})(?=[，,：:]|、(?![一二三四五六七八九十]))"  # (not 第二、三产业: ordinals listed)
    rf"|[（(](?P<cnp>{_N})[）)]"
    rf"|[（(](?P<arp>[0-9]{{1,2}})[）)]"
    rf"|(?P<cnd>{_N})(?P<cnd_mark>[、.．])(?![一二三四五六七八九十、.．])"
    rf"|(?P<ard>[0-9]{{1,2}})(?P<ard_mark>、|[.．](?![0-9.．%％]))(?:(?![0-9、])|(?=(?:19|20)[0-9]{{2}}年))"  # (1、2022年…; not 1、2月)
    rf")")
_FIRST_CHARS = frozenset("第（(0123456789" + CN_NUMERAL + _SPACES)
#: a boundary followed by what may begin a 序号: found by the regex engine, not in Python
_CANDIDATE = re.compile(f"[{HEADING_BOUNDARY}](?=[ \t\u3000]*[第（(0-9{CN_NUMERAL}])")


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


def _shi_markers(text: str, taken: set[int]) -> list[Marker]:
    """一是 … 十二是 after a paragraph's start or a clause's end (not 其一是, 唯一是, 一是一)."""
    found = []
    for m in re.finditer("是", text):
        end = m.start()
        j = end
        while j > 0 and end - j < 4 and text[j - 1] in CN_NUMERAL:
            j -= 1
        if j == end or end - j > 3 or text[end + 1:end + 2] in ("是", "的"):
            continue
        k = j
        while k > 0 and text[k - 1] in _SPACES:
            k -= 1
        if k > 0 and text[k - 1] not in SHI_BOUNDARY:
            continue
        number = numeral_value(text[j:end])
        if number and j not in taken:
            line_begin = text.rfind("\n", 0, j) + 1
            found.append(Marker(SHI, number, j, end + 1, text[j:end + 1],
                                at_paragraph_start=not text[line_begin:j].strip()))
    return found


@lru_cache(maxsize=4096)
def find_markers(text: str) -> tuple[Marker, ...]:
    """Every 序号 in the text, in order of position (read once per text: several rules ask)."""
    found: list[Marker] = []
    starts = [0] + [m.start() + 1 for m in _CANDIDATE.finditer(text)]
    after = 0
    for pos in starts:
        if pos < after or pos >= len(text) or text[pos] not in _FIRST_CHARS:
            continue
        m = _HEADING.match(text, pos)
        if m is None:
            continue
        marker = _heading_marker(text, m)
        if marker is not None:
            found.append(marker)
            after = marker.end
    if "是" in text:
        found.extend(_shi_markers(text, {mk.start for mk in found}))
        found.sort(key=lambda mk: mk.start)
    return tuple(found)

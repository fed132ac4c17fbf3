"""Paragraphs, sentences and clauses of a text, as offset ranges into it.

Rules reason within these units: a breakdown lives in one sentence, a rate finds its
numerator and denominator in the same paragraph. Offsets always refer to the original
text so a finding points at exactly what the user typed.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

SENTENCE_END = "。！？!?"
CLAUSE_BREAK = "，,、；;：:"
#: a half-width full stop between a Chinese word and the next (公里.剩余, 增长8.5%.其中) ends a
#: sentence in pasted text; a decimal point (7.2) or a list number (1.饲料) does not
#: (after a bracket or a %, before a figure too: 上年同期29.6亿元）.9月当月…, 增长4.1%.10月…: no
#: decimal point follows a bracket)
_HALF_STOP = r"(?<=[\u4e00-\u9fff）)%])\.(?=[\u4e00-\u9fff]|\n|$)|(?<=[）)%])\.(?=[0-9])"
#: a line that ends on 、 was wrapped inside a list, not ended (龙泉村42.6万元、…新街村22.7万元、⏎桥头村…);
#: one ending on ， may start a paragraph of parts (…增长6.05%,⏎其中:农业产值…) and still ends,
#: unless the next line totals the list (…松林村12.6万元，⏎合计218.8万元)
_WRAPPED = r"(?<=、)[ \u3000]*\n|(?<=[，,])[ \u3000]*\n(?=[ \u3000]*(?:合计|共计|总计))"
_SENTENCE_RE = re.compile(rf"(?:[^{SENTENCE_END}\n.]+|{_WRAPPED}|(?<![\u4e00-\u9fff）)%])\.|(?<=[\u4e00-\u9fff])\.(?![\u4e00-\u9fff]|\n|$)"
                          r"|(?<=[）)%])\.(?![\u4e00-\u9fff0-9]|\n|$))+"
                          rf"(?:[{SENTENCE_END}]|{_HALF_STOP})*")
_CLAUSE_RE = re.compile(rf"[^{SENTENCE_END}{CLAUSE_BREAK}\n]+")
#: a line ending on a colon or a list mark goes on in the next (常住人口21860人，其中：⏎男性…)
_PARAGRAPH_RE = re.compile(r"(?:[^\n]+|(?<=[：:、])[ \u3000]*\n(?=[^\n]))+")


class Span(NamedTuple):
    """An offset range [start, end). A tuple: rules compare sentences thousands of times, and
    a tuple compares and hashes in C where a frozen dataclass runs Python code."""

    start: int
    end: int

    def text(self, full: str) -> str:
        return full[self.start:self.end]

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]


def sentences(text: str, within: Span | None = None) -> list[Span]:
    base = within.start if within else 0
    chunk = within.text(text) if within else text
    return [Span(base + m.start(), base + m.end()) for m in _SENTENCE_RE.finditer(chunk)]


def clauses(text: str, within: Span | None = None) -> list[Span]:
    base = within.start if within else 0
    chunk = within.text(text) if within else text
    return [Span(base + m.start(), base + m.end()) for m in _CLAUSE_RE.finditer(chunk)]


def open_bracket(text: str, lo: int, pos: int) -> int:
    """Where the innermost bracket still open at pos was opened, not before lo; -1 when none is."""
    depth = 0
    for k in range(pos - 1, lo - 1, -1):
        c = text[k]
        if c in "）)":
            depth += 1
        elif c in "（(":
            if depth == 0:
                return k
            depth -= 1
    return -1


def sentence_around(text: str, start: int, end: int | None = None) -> str:
    """The sentence holding [start, end): what a 已核实 mark is tied to."""
    end = start if end is None else end
    stops = _sentence_stops(text)
    k = bisect_left(stops, start)
    left = stops[k - 1] + 1 if k > 0 else 0
    j = bisect_left(stops, max(end, start))
    return text[left:stops[j] if j < len(stops) else len(text)]


_STOP_RE = re.compile(f"[{SENTENCE_END}\n]")


@lru_cache(maxsize=64)
def _sentence_stops(text: str) -> tuple[int, ...]:
    """Where sentences end in a text, found once: texts with thousands of findings ask often."""
    return tuple(m.start() for m in _STOP_RE.finditer(text))


@lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in re.finditer("\n", text)))


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters of that line) of an offset. The line starts are
    found once per text: a text with thousands of findings is not re-counted for each."""
    starts = _line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1

"""Paragraphs, sentences and clauses of a text, as offset ranges into it.

Rules reason within these units: a breakdown lives in one sentence, a rate finds its
numerator and denominator in the same paragraph. Offsets always refer to the original
text so a finding points at exactly what the user typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = "。！？!?"
CLAUSE_BREAK = "，,、；;：:"
_SENTENCE_RE = re.compile(rf"[^{SENTENCE_END}\n]+[{SENTENCE_END}]*")
_CLAUSE_RE = re.compile(rf"[^{SENTENCE_END}{CLAUSE_BREAK}\n]+")
_PARAGRAPH_RE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Span:
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


def sentence_around(text: str, start: int, end: int | None = None) -> str:
    """The sentence holding [start, end): what a 已核实 mark is tied to."""
    end = start if end is None else end
    left = start
    while left > 0 and text[left - 1] not in SENTENCE_END + "\n":
        left -= 1
    right = max(end, start)
    while right < len(text) and text[right] not in SENTENCE_END + "\n":
        right += 1
    return text[left:right]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters of that line) of an offset."""
    line = text.count("\n", 0, offset) + 1
    line_start = text.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1

"""Recognise the heading numbers drafters type (一、 （一） 1. 1、 （1） ① 第一， 一是) and split titles.

A marker is only a *candidate*: whether it starts a section depends on where it
stands (paragraph start, after a sentence end, right after another heading) and
on the numbers around it, which the importer decides. This module knows the
shapes of the text, nothing about the tree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "[一二三四五六七八九十百零〇]{1,4}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

#: marker styles; the same style is the same level wherever it appears in one report
CN_DUN = "一、"
CN_PAREN = "（一）"
AR_DOT = "1."
AR_DUN = "1、"
AR_PAREN = "（1）"
CIRCLED = "①"
DI = "第一，"
PART = "第一部分"
SHI = "一是"

#: styles that may start a section in the middle of a paragraph (after a sentence end)
INLINE_STYLES = (CN_DUN, CN_PAREN, AR_DOT, AR_DUN, AR_PAREN)
#: a drafter's enumeration words (一是…二是…, 第一，…第二，…): headings only on a line of their own
ENUMERATION_STYLES = (SHI, DI)

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (PART, re.compile(rf"第({_CN_NUM})部分[、，,：:．.]?")),
    (DI, re.compile(rf"第({_CN_NUM})[，,、：:]")),
    (CN_PAREN, re.compile(rf"[（(]({_CN_NUM})[）)][、.．]?")),
    (AR_PAREN, re.compile(r"[（(](\d{1,2})[）)][、.．]?")),
    # a half-width comma or full stop typed for 、 (一, 一.) is the same mark; never in a number
    (CN_DUN, re.compile(rf"({_CN_NUM})(?:[、．](?![、])|[,.](?![,.]))")),
    (AR_DUN, re.compile(r"(\d{1,2})(?:、(?![\d、])|,(?![\d,]))")),
    (AR_DOT, re.compile(r"(\d{1,2})[.．](?![\d.．%％])")),
    (CIRCLED, re.compile(f"([{_CIRCLED}])")),
    (SHI, re.compile(rf"({_CN_NUM})是")),
]

#: a stop that only separates a run-in heading from its text (（一）就业创业。上半年…): the
#: heading is printed on a line of its own, where GB/T 9704 sets no full stop
RUN_IN_STOPS = "。.．"
#: characters after which a heading may start in a run-on paragraph (sentence ends, and
#: the colon of “现将…汇报如下：”)
SENTENCE_END = "。！？!?；;：:"
_CLOSERS = "”’」』）)》】\"'"
#: punctuation that ends a clause (for the first clause of a paragraph)
_CLAUSE_END = "，,。；;：:！？!?、"
#: words a title or a heading of a report typically ends with
_TITLE_ENDINGS = ("工作总结", "工作计划", "工作打算", "工作汇报", "工作报告", "汇报材料",
                  "总结", "计划", "打算", "汇报", "报告", "情况", "材料", "要点", "安排",
                  "思路", "问题", "措施", "做法", "成效", "体会", "建议")

SHORT_SENTENCE = 40  # a first sentence this short is a heading even when text follows
LONG_SENTENCE = 80  # beyond this a first sentence is not taken as a heading
WHOLE_LINE_HEADING = 60  # a paragraph this short, ending without a full stop, is all heading


@dataclass(frozen=True)
class Marker:
    style: str
    number: int
    start: int
    end: int  # index just after the marker in the text it was found in


def chinese_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; None when not a plain numeral."""
    if not text:
        return None
    total = 0
    current = 0
    for ch in text:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


def marker_at(text: str, pos: int = 0, *, bare_ok: bool = False) -> Marker | None:
    """The heading marker starting exactly at text[pos], if any.

    bare_ok accepts a marker with nothing after it (a label on its own).
    """
    for style, pattern in _PATTERNS:
        m = pattern.match(text, pos)
        if not m:
            continue
        raw = m.group(1)
        if style == CIRCLED:
            number = _CIRCLED.index(raw) + 1
        elif raw.isdigit():
            number = int(raw)
        else:
            number = chinese_to_int(raw)
        if not number or number > 99:
            continue
        if m.end() >= len(text) and not bare_ok and style not in (CN_PAREN, AR_PAREN):
            # a bare "1." or "一是" at the very end of a paragraph is not a heading
            continue
        return Marker(style, number, m.start(), m.end())
    return None


def is_half_width_stop(text: str, i: int) -> bool:
    """A “.” or “．” typed for 。: after a word, not inside a number (3.85) or a name (www.x)."""
    if text[i] not in ".．" or i == 0:
        return False
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else ""
    return not (before.isascii() and before.isalnum()) and not after.isdigit() and after not in (".", "．")


def inline_marker_positions(text: str) -> list[int]:
    """Positions after a sentence end where an inline heading could start."""
    found = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in SENTENCE_END or is_half_width_stop(text, i):
            j = i + 1
            while j < n and (text[j] in _CLOSERS or text[j].isspace()):
                j += 1
            if j < n:
                found.append(j)
            i = j
        else:
            i += 1
    return found


def first_sentence_end(text: str) -> int:
    """Index just after the first sentence end (and closing quotes), or -1."""
    for i, ch in enumerate(text):
        if ch in "。！？!?" or is_half_width_stop(text, i):
            j = i + 1
            while j < len(text) and text[j] in _CLOSERS:
                j += 1
            return j
    return -1


def title_ending_split(text: str, *, min_title: int = 4, max_title: int = 80) -> int:
    """Where a run-on title ends inside the first clause (…工作打算|今年以来), or -1.

    Used when a heading or the report title runs into the text with no punctuation
    between them: the last report-kind word in the first clause ends the title.
    """
    clause_end = len(text)
    for i, ch in enumerate(text):
        if ch in _CLAUSE_END:
            clause_end = i
            break
    clause = text[:clause_end]
    best = -1
    for word in _TITLE_ENDINGS:
        idx = clause.rfind(word)
        if idx < 0:
            continue
        end = idx + len(word)
        if end >= clause_end:  # the clause ends there: nothing runs on
            continue
        if min_title <= end <= max_title and end > best:
            best = end
    return best


def is_heading_line(text: str, marker: Marker) -> bool:
    """A numbered line that is short and stands alone: its words after the number form no more
    than one sentence and do not run on (no ，；： at the end). A trailing 。 is the drafter's and
    stays a heading (the proofreading rules report it)."""
    rest = text[marker.end:].strip()
    if not rest or len(rest) > SHORT_SENTENCE or rest[-1] in "，,、；;：:":
        return False
    inner = rest[:-1] if rest[-1] in "。！!" or is_half_width_stop(rest, len(rest) - 1) else rest
    return not any(ch in inner for ch in "。！？!?；;") \
        and not any(is_half_width_stop(inner, i) for i in range(len(inner)))


def is_title_like(line: str) -> bool:
    """A standalone short line without sentence punctuation at its end and no number."""
    s = line.strip()
    if not s or len(s) > WHOLE_LINE_HEADING:
        return False
    if s[-1] in "。，,；;：:、！？!?":
        return False
    if marker_at(s) is not None:
        return False
    return True

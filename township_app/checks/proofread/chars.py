"""What a character is to a proofreader: Chinese script, Chinese punctuation, or part of
something never touched (a number, an English word, a URL, a formula).

Every proofreading rule asks these questions before flagging a mark, so the answers live
in one place.
"""
from __future__ import annotations

import re
from bisect import bisect_right

#: Chinese full-width punctuation and the quotes and dashes Chinese text uses
CHINESE_PUNCTUATION = frozenset("，。、；：！？“”‘’（）《》〈〉【】〔〕「」『』…—·～﹏")
#: Chinese numerals as drafters write them in 序号 (一、 十二是 第三)
CN_NUMERAL = "一二三四五六七八九十"
CN_NUMERAL_RE = f"[{CN_NUMERAL}]{{1,3}}"
#: where a sentence or clause ends, so that a 序号 may start after it
SENTENCE_BREAKS = "。！？；：!?;:"

_URL = re.compile(r"(?:https?://|ftp://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_URL_TAIL = ".,;:!?)'"


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where a text holds a web or mail address: its letters and marks are the address's own
    (never a blank to fill, never punctuation to fix)."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        for m in _URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in _URL_TAIL:
                end -= 1
            spans.append((m.start(), end))
    if "@" in text:
        spans.extend((m.start(), m.end()) for m in _EMAIL.finditer(text))
    return spans


def is_han(ch: str) -> bool:
    """A Chinese character (CJK ideographs, extension A, compatibility ideographs)."""
    if not ch:
        return False
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o == 0x3007


def is_chinese(ch: str) -> bool:
    """Chinese script or Chinese punctuation: what makes a half-width mark beside it Chinese."""
    return is_han(ch) or ch in CHINESE_PUNCTUATION


def is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def numeral_value(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23 (the numerals 序号 use); None otherwise."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    if not text or any(c not in digits and c != "十" for c in text):
        return None
    if "十" not in text:
        return digits[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


_CITED_NAME = re.compile(r"《[^《》\n]*》")


class Protected:
    """The spans of a text no rule may touch: URLs, e-mail addresses, and names cited in
    书名号 (《…法(试行)》 is quoted as its issuer wrote it)."""

    def __init__(self, text: str):
        spans = address_spans(text)
        if "《" in text:
            spans.extend((m.start(), m.end()) for m in _CITED_NAME.finditer(text))
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):  # disjoint, so that one lookup answers
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        self.spans = merged
        self._starts = [a for a, _ in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]


def neighbour_left(text: str, pos: int) -> str:
    """The nearest character before pos that is not a space (or "" at a line's start)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return text[i] if i >= 0 and text[i] != "\n" else ""


def neighbour_right(text: str, pos: int) -> str:
    """The nearest character from pos on that is not a space (or "" at a line's end)."""
    i = pos
    n = len(text)
    while i < n and text[i] in " \t\u3000":
        i += 1
    return text[i] if i < n and text[i] != "\n" else ""


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1

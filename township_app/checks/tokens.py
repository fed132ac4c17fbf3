"""Numbers in running text: where they are, what they say, and how precisely.

`tokenize(text)` returns every number with its character offsets, its unit, whether it is
approximate (约/余/多/左右/以上 …) and the interval its written precision allows. Years,
dates, ordinals and codes (5G, 3+2, 37-94, 12345平台) are returned too but marked, so the
rules that reason about quantities leave them alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .intervals import Interval
from .numerals import CHINESE_NUMERAL_CHARS, chinese_interval_bounds, parse_chinese_numeral
from .units import all_units, base_of, is_count, normalize_unit_text

APPROX_BEFORE = ("大约", "约", "将近", "接近", "近", "超过", "逾", "不足", "不到", "达到约")
APPROX_AFTER = ("左右", "以上", "以下", "以内", "上下", "余", "多", "来", "几")
MULTIPLIERS = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

_ARABIC = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
_CHINESE = f"[{CHINESE_NUMERAL_CHARS}]+"
_UNITS = "|".join(re.escape(u) for u in all_units())
_NUMBER_RE = re.compile(
    rf"(?P<pre>{'|'.join(APPROX_BEFORE)})?"
    rf"(?:(?P<pct>百分之)(?P<pctnum>{_CHINESE}|{_ARABIC})|(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE}))"
    r"(?P<post1>余|多|来)?"
    rf"(?:(?P<unit1>{_UNITS})|(?P<mult>[万亿千])(?P<post2>余|多)?(?P<unit2>{_UNITS})?)?"
    r"(?P<post3>左右|以上|以下|以内|上下)?"
    rf"(?(unit1)|(?(unit2)|(?P<unit3>(?:{_UNITS}))?))"
)
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


@dataclass(frozen=True)
class Quantity:
    """One number in a text. Offsets are into the text given to tokenize()."""

    start: int  # first character, including a leading 约/近 …
    end: int  # one past the unit or trailing 左右/以上
    num_start: int
    num_end: int
    number: str  # normalized digits as written ("152.81", "40" for 四十)
    unit: str  # as written ("万元", "户", "%"), "" when none
    base_unit: str  # unit the interval is in ("元" for 万元)
    interval: Interval | None  # in base units; None for non-quantities
    approx: bool
    kind: str  # "quantity" | "bare" | "year" | "date" | "ordinal" | "code"
    chinese: bool = False

    @property
    def is_quantity(self) -> bool:
        return self.kind == "quantity"

    @property
    def exact(self) -> bool:
        return self.kind == "quantity" and not self.approx

    @property
    def shown(self) -> str:
        """How a message shows it: 152.81 万元, 87.82%."""
        if self.unit in ("%", "个百分点"):
            return f"{self.number}{self.unit}"
        return f"{self.number} {self.unit}" if self.unit else self.number


def _classify(text: str, m: re.Match, unit: str, is_chinese: bool) -> str:
    start, end = m.start(), m.end()
    before = text[m.start() - 1] if m.start() > 0 else " "
    num_end = m.end("arabic") if m.group("arabic") else end
    after_num = text[num_end] if num_end < len(text) else " "
    if before in "第#№":
        return "ordinal"
    if m.group("arabic"):
        if _LATIN.match(before) or _LATIN.match(after_num):
            return "code"  # 5G, 3A, iPhone12
        if after_num in "+＋" or before in "+＋":
            return "code"  # 3+2
        if (after_num in "-－—" and num_end + 1 < len(text) and text[num_end + 1].isdigit()) or (
                before in "-－" and start >= 2 and text[start - 2].isdigit()):
            return "code"  # 37-94, ranges of ids
        digits = m.group("arabic").translate(_FULLWIDTH)
        if not unit:
            tail = text[num_end:num_end + 1]
            if tail == "年" and len(digits) == 4 and 1900 <= int(digits) <= 2100:
                return "year"
            if tail in ("年", "月", "日", "号", "时", "点", "届", "期", "版", "号"):
                return "date"
            if tail in ("/", "／", ":", "：") and num_end + 1 < len(text) and text[num_end + 1].isdigit():
                return "code"
            return "bare"
    if is_chinese and not unit:
        return "bare"
    return "quantity"


def _tokenize(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for m in _NUMBER_RE.finditer(text):
        pct = m.group("pct")
        raw = m.group("pctnum") if pct else (m.group("arabic") or m.group("chinese"))
        is_chinese = bool(raw) and raw[0] in CHINESE_NUMERAL_CHARS
        unit = m.group("unit1") or m.group("unit2") or m.group("unit3") or ""
        mult = m.group("mult") or ""
        if pct:
            unit = "%"
        if is_chinese and not pct:
            # a Chinese numeral counts only when a unit follows: 一是, 十九大, 三会一课 are words
            if not unit:
                continue
            if m.start("chinese") > 0 and text[m.start("chinese") - 1] in "第每":
                continue
        start = m.start()
        num_start = m.start("pctnum") if pct else m.start("arabic" if m.group("arabic") else "chinese")
        num_end = m.end("pctnum") if pct else m.end("arabic" if m.group("arabic") else "chinese")
        if pct:
            start = m.start("pct") if not m.group("pre") else start
        approx = bool(m.group("pre") or m.group("post1") or m.group("post2") or m.group("post3"))
        kind = _classify(text, m, unit or mult, is_chinese)
        base, factor = base_of(unit) if unit else ("", Decimal(1))
        factor = factor * MULTIPLIERS.get(mult, Decimal(1))
        interval: Interval | None = None
        if is_chinese:
            parsed = parse_chinese_numeral(raw)
            if parsed is None:
                continue
            value, place = parsed
            lo, hi = chinese_interval_bounds(value, place)
            interval = Interval(lo * factor, hi * factor)
            number = str(value)
        else:
            number = raw.translate(_FULLWIDTH).replace(",", "")
            if is_count(base) and "." not in number and not mult and factor == 1:
                interval = Interval.exact(number)  # 243人 is exactly 243
            else:
                interval = Interval.from_written(number, factor)
        if kind == "quantity" and not unit and mult:
            kind = "quantity"
        elif kind == "quantity" and not unit:
            kind = "bare"
        shown_unit = (mult + normalize_unit_text(unit)) if mult else normalize_unit_text(unit)
        out.append(Quantity(
            start=start, end=m.end(), num_start=num_start, num_end=num_end, number=number,
            unit=shown_unit, base_unit=base, interval=interval, approx=approx, kind=kind,
            chinese=is_chinese,
        ))
    return tuple(out)


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Quantity, ...]:
    """All numbers in `text`, in order. Memoized: the text is the key and the result immutable."""
    return _tokenize(text)


def written_interval(number: str, unit: str) -> Interval | None:
    """A table cell as an interval in base units (None when empty or not a number)."""
    if not number:
        return None
    try:
        base, factor = base_of(unit) if unit else ("", Decimal(1))
        if is_count(base) and "." not in number:
            return Interval.exact(Decimal(number) * factor)
        return Interval.from_written(number, factor)
    except ArithmeticError:
        return None

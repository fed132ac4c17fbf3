"""Chinese numerals (四十, 二百三十五, 五万, 百分之八十) as exact integers with their precision.

A Chinese numeral in a report is usually a round figure: 四十 is "about forty, to the
nearest ten", so the interval it stands for is as wide as its last written unit.
"""
from __future__ import annotations

from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)


def parse_chinese_numeral(text: str) -> tuple[int, int] | None:
    """(value, place of the last written digit) or None when `text` is not a numeral.

    The place is what the numeral is precise to: 四十 → (40, 10), 二百三十五 → (235, 1),
    五万 → (50000, 10000). A digit-by-digit form (二〇一八) gives place 1.
    """
    if not text or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        return None
    if all(ch in DIGITS for ch in text):  # 二〇一八, 三; but 三四 is "three or four"
        if len(text) == 2:
            return None
        value = 0
        for ch in text:
            value = value * 10 + DIGITS[ch]
        return value, 1
    total = 0  # completed 亿/万 groups
    section = 0  # below the current big unit
    digit: int | None = None
    last_place = 1
    last_big = 0
    for ch in text:
        if ch in DIGITS:
            if digit is not None and DIGITS[ch] != 0:
                return None  # two digits in a row without a unit: not a numeral
            digit = DIGITS[ch] if DIGITS[ch] != 0 else None
            last_place = 1
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            section += (digit if digit is not None else 1) * unit
            digit = None
            last_place = unit
        else:
            unit = BIG_UNITS[ch]
            section += digit or 0
            if section == 0:
                return None
            if unit < last_big:  # 一亿五千万: the 五千万 adds to the 亿, it does not multiply it
                total += section * unit
            else:
                total = (total + section) * unit
            last_big = unit
            section = 0
            digit = None
            last_place = last_place * unit
            continue
    tail = 1  # 三百五, 一万五: a last digit right after 百/千/万/亿 is of the place below
    if digit is not None and len(text) >= 2 and text[-2] in "百千万亿":
        tail = {**SMALL_UNITS, **BIG_UNITS}[text[-2]] // 10
    value = total + section + (digit or 0) * tail
    # precision: the place of the last non-zero written digit, times any big unit after it
    place = last_place
    if digit is not None:
        place = tail
    return value, place


def chinese_interval_bounds(value: int, place: int) -> tuple[Decimal, Decimal]:
    """四十 (place 10) stands for 35–45; a numeral precise to units for value ± 0.5."""
    half = Decimal(place) / 2
    return Decimal(value) - half, Decimal(value) + half

"""Numbers in running text: where they are, what they say, and how precisely.

`tokenize(text)` returns every number with its character offsets, its unit, whether it is
approximate (约/余/多/左右/以上 …) and the interval its written precision allows. Years,
dates, ordinals and codes (5G, 3+2, 37-94, 12345平台) are returned too but marked, so the
rules that reason about quantities leave them alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from .intervals import Interval
from .numerals import CHINESE_NUMERAL_CHARS, chinese_interval_bounds, parse_chinese_numeral
from .script import gloss_starts
from .units import LATIN_UNITS, all_units, base_of, is_count, normalize_unit_text

#: (超100%, 突破700亿元: more than; 产量可达20万斤: what it can reach, an estimate)
APPROX_BEFORE = ("大约", "约为", "约", "将近", "接近", "近", "超过", "超", "逾", "不足", "不到", "达到约", "可达", "突破")
APPROX_AFTER = ("左右", "以上", "以下", "以内", "上下", "余", "多", "来", "几")
MULTIPLIERS = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，﹒", "0123456789.,.")  # (﹒: a copy's small full stop for the point)

#: 1,234 and ２,１８６; among full-width digits a full-width comma groups thousands too (２，１８６)
#: 1 865人次, 21 604 人, 20 691.34 万元: a space grouping thousands, as some typesetting does, before a word or unit
_SPACE_GROUPED = r"[1-9][0-9]{0,2}(?: [0-9]{3})+(?![0-9])(?=(?:[.．][0-9]+)? ?[\u4e00-\u9fff%％])"
#: 98⁠50: a figure a copy's line break cut in two, joined again by the word joiner (script.unwrapped)
_ARABIC = (rf"(?:[0-9]+\u2060[0-9]+|{_SPACE_GROUPED}|[０-９]{{1,3}}(?:，[０-９]{{3}}(?![０-９]))+|[0-9０-９]+(?:,[0-9０-９]{{3}}(?![0-9０-９]))*)"
           r"(?:[.．﹒][0-9０-９]+)?")
_CHINESE = f"[{CHINESE_NUMERAL_CHARS}]+"
_UNITS = "|".join([re.escape(u) for u in all_units()]  # 万t, 15km: not the start of a word (15kms, 2tonnes)
                   + [re.escape(u) + "(?![A-Za-z0-9])" for u in sorted(LATIN_UNITS, key=len, reverse=True)])
_NUMBER_RE = re.compile(
    # the lookahead lets the scan skip the many characters that cannot start a number
    rf"(?=[{''.join(sorted({w[0] for w in APPROX_BEFORE}))}百0-9０-９{CHINESE_NUMERAL_CHARS}])"
    rf"(?P<pre>{'|'.join(APPROX_BEFORE)})?"
    rf"(?:(?P<pct>百分之)(?P<pctnum>{_CHINESE}|{_ARABIC})|(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE}))"
    r"(?P<post1>余|多|来)?"
    rf"(?:(?P<unit1>{_UNITS})|(?P<mult>[万亿千])(?P<post2>余|多)?(?P<unit2>{_UNITS})?|[ \u3000](?P<spaced>[%％‰]|{_UNITS})(?![0-9０-９]))?"
    r"(?P<post3>左右|以上|以下|以内|上下)?"
    rf"(?(unit1)|(?(unit2)|(?P<unit3>(?:{_UNITS}))?))"
)


@dataclass(eq=False, slots=True)
class Quantity:
    """One number in a text. Offsets are into the text given to tokenize(). Treat as immutable
    (not frozen only because frozen dataclasses are slow to build, and texts hold thousands)."""

    start: int  # first character, including a leading 约/近 …
    end: int  # one past the unit or trailing 左右/以上
    num_start: int
    num_end: int
    number: str  # normalized digits as written ("152.81", "40" for 四十)
    unit: str  # as written ("万元", "户", "%"), "" when none
    base_unit: str  # unit the interval is in ("元" for 万元)
    approx: bool
    kind: str  # "quantity" | "bare" | "year" | "date" | "ordinal" | "code" | "age"
    chinese: bool = False
    factor: Decimal = Decimal(1)  # written unit (and 万/亿) to base unit
    place: int = 0  # a Chinese numeral's precision (10 for 四十); 0 for digits
    _interval: Interval | None = field(default=None, repr=False)

    @property
    def interval(self) -> Interval:
        """What the written number allows, in base units (computed on first use: most never are)."""
        if self._interval is None:
            if self.chinese and self.place > 1 and int(self.number) // self.place < 10:
                lo, hi = chinese_interval_bounds(int(self.number), self.place)  # 三千人, 四十: a round figure
                self._interval = Interval(lo * self.factor, hi * self.factor)
            elif self.chinese and self.factor == 1 and is_count(self.base_unit):
                self._interval = Interval.exact(self.number)  # 一百二十户, 六人: as exact as 120户
            elif self.chinese:
                lo, hi = chinese_interval_bounds(int(self.number), 1)
                self._interval = Interval(lo * self.factor, hi * self.factor)
            elif self.factor == 1 and "." not in self.number and is_count(self.base_unit):
                self._interval = Interval.exact(self.number)  # 243人 is exactly 243
            else:
                self._interval = Interval.from_written(self.number, self.factor)
        return self._interval

    @property
    def is_quantity(self) -> bool:
        return self.kind == "quantity"

    @property
    def exact(self) -> bool:
        return self.kind == "quantity" and not self.approx

    @property
    def shown(self) -> str:
        """How a message shows it: 152.81 万元, 87.82%."""
        if self.unit in ("%", "‰", "个百分点"):
            return f"{self.number}{self.unit}"
        return f"{self.number} {self.unit}" if self.unit else self.number


_LATIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                         "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")
AGE_UNITS = frozenset(("岁", "周岁"))
#: characters that make a word with 约 / 近 before a number (签约, 节约, 附近, 最近)
_WORD_BEFORE = {"约": "签节预合契制履违特条公邀相", "近": "最附邻靠临接将"}
_DATE_TAILS = frozenset("年月日号时点届期版")
_RANGE_MARKS = frozenset("-－~～—至到")
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")


def _classify(text: str, start: int, num_end: int, arabic: str | None, unit: str) -> str:
    """quantity | bare | year | date | ordinal | code, from the characters around the number."""
    n = len(text)
    before = text[start - 1] if start > 0 else " "
    if before in "第#№" or (before in " \u3000" and start > 1 and text[start - 2] == "第"):
        return "ordinal"  # 第3名, 第 3 名
    if arabic is None:
        return ("age" if unit in AGE_UNITS else "quantity") if unit else "bare"
    after_num = text[num_end] if num_end < n else " "
    if before in _LATIN_CHARS or (after_num in _LATIN_CHARS and unit not in LATIN_UNITS):
        return "code"  # 5G, 3A, iPhone12 (not 200t, 15km)
    if after_num in "+＋" or before in "+＋":
        return "code"  # 3+2
    if (after_num in "-－—" and num_end + 1 < n and text[num_end + 1].isdigit()) or (
            before in "-－" and start >= 2 and text[start - 2].isdigit()):
        return "code"  # 37-94, ranges of ids
    if unit in AGE_UNITS:
        return "age"  # 65岁以上2438人: an age names a group of people, it is not counted
    if unit:
        return "quantity"
    if after_num == "年" and len(arabic) == 4 and arabic.isdigit() and 1900 <= int(arabic) <= 2100:
        return "year"
    if after_num in _DATE_TAILS:
        return "date"
    if after_num in "/／:：" and num_end + 1 < n and text[num_end + 1].isdigit():
        return "code"
    return "bare"


#: a unit after a copy's pinyin gloss, blanked (13.0萬(wàn)人 is read 13.0万      人)
_UNIT_AFTER_GLOSS = re.compile(rf" +[ \u3000]?(?P<unit>{_UNITS})")


def _tokenize(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    glosses = gloss_starts(text) if "  " in text else ()
    for m in _NUMBER_RE.finditer(text):
        pre, pct, pctnum, arabic, chinese, post1, unit1, mult, post2, unit2, spaced, post3, unit3 = m.groups()
        unit = "%" if pct else (unit1 or unit2 or spaced or unit3 or "")  # 60 %: a copy's stray space
        end = m.end()
        if mult and not unit and glosses and end in glosses:
            after = _UNIT_AFTER_GLOSS.match(text, end)
            if after is not None:  # 13.0萬(wàn)人, 13.0萬(wàn) 名: the gloss of 萬 stands before the unit
                unit, end = after.group("unit"), after.end()
        mult = mult or ""
        if chinese is not None or (pct and pctnum[0] in CHINESE_NUMERAL_CHARS):
            # a Chinese numeral counts only when a unit follows: 一是, 十九大, 三会一课 are words
            if not unit:
                continue
            if chinese is not None and m.start("chinese") > 0 and text[m.start("chinese") - 1] in "第每":
                continue
            if text[m.end():m.end() + 1] == "性" or (unit == "口" and text[m.end():m.end() + 1] == "子"):
                continue  # 一次性补贴, 两口子 (a couple): a word, not a count
            parsed = parse_chinese_numeral(pctnum if pct else chinese)
            if parsed is None:
                continue
            number, place, is_chinese = str(parsed[0]), parsed[1], True
            if not pct and not mult and parsed[0] >= 10_000 and parsed[0] % 10_000 == 0 and unit[:1] not in "万亿萬億":
                # 一千一百八十万元 is read 1180 万元, as the digits would be written (and shown so)
                big = 100_000_000 if parsed[0] % 100_000_000 == 0 else 10_000
                number, place, mult = str(parsed[0] // big), max(1, place // big), "亿" if big > 10_000 else "万"
        else:
            number = pctnum if pct else arabic
            if not number.isascii():
                number = number.translate(_FULLWIDTH)  # ４５．６: rare, and translating is slow
            if "," in number or "，" in number or " " in number or "\u2060" in number:
                number = number.replace(",", "").replace("，", "").replace(" ", "").replace("\u2060", "")
            place, is_chinese = 0, False
        group = 3 if pct else (4 if arabic is not None else 5)  # pctnum, arabic, chinese
        num_start, num_end = m.span(group)
        start = m.start(2) if pct and not pre else m.start()
        if pre in ("约", "约为", "近") and m.start() > 0 and text[m.start() - 1] in _WORD_BEFORE.get(pre[0], ""):
            pre = None  # 签约12600人, 节约3万元, 最近3年: a word ending in 约/近, not "about"
            start = num_start
        approx = bool(pre or post1 or post2 or post3)
        if is_chinese and chinese is not None and len(chinese) == 1 and chinese in "百千万":
            approx = True  # 百亩示范方, 千亩基地, 万亩良田: a round name, not a measured figure
        if is_chinese and (text.startswith("点", m.end(3 if pct else 5)) or (num_start > 1 and text[num_start - 1] == "点"
                                                                           and text[num_start - 2] in CHINESE_NUMERAL_CHARS)):
            approx = True  # 百分之二十六点七, 三点五万元: a decimal in words, read no further than its whole part
        if not approx and num_start >= 2 and text[num_start - 1] in _RANGE_MARKS \
                and text[num_start - 2] in _DIGIT_CHARS:
            approx = True  # 3-5人, 35～64岁: the end of a range is not a stated total
        kind = _classify(text, m.start(), num_end, arabic, unit or mult)
        if arabic is not None and num_start > 0 and text[num_start - 1] in ".．" \
                and not (num_start > 1 and text[num_start - 2] in _DIGIT_CHARS):
            kind = "code"  # 常住人口为.29万人: the whole part lost, not 29万 (the blank-figure rule's)
        elif arabic is not None and num_start > 0 and text[num_start - 1] in "?？" and not pre:
            kind = "code"  # 常住總?cè)丝跒?5.6萬人: a character a copy lost may have been its first digit
        elif num_start > 0 and text[num_start - 1] == "前" and unit in ("位", "名"):
            kind = "ordinal"  # 居前三位的镇, 排名前3名: the top so many, a rank, not a count
        elif unit in ("位", "名") and _RANKED.search(text, max(0, start - 12), start):
            kind = "ordinal"  # 位列榜单823位，较2017年的875位…: a place in a ranking
        base, factor, shown_unit = _unit_reading(unit, mult)
        if out and shown_unit.startswith("万") and not is_chinese and out[-1].end == start \
                and out[-1].unit == "亿" and not out[-1].chinese and "." not in out[-1].number:
            # 1亿2536万元, 12亿6190.8万人: one figure written in two parts, read as 12536 万元
            head = out.pop()
            number = format(Decimal(head.number) * 10000 + Decimal(number), "f")
            start, num_start, approx = head.start, head.num_start, approx or head.approx
        out.append(Quantity(start, end, num_start, num_end, number, shown_unit, base, approx,
                            kind, is_chinese, factor, place))
    return tuple(out)


#: words a place in a ranking follows (位列榜单823位, 排名第…, 名列全县12名)
_RANKED = re.compile(r"(?:位列|排名|排在|名列|位居|排行|榜单)[^，,。；;0-9]{0,8}$")


@lru_cache(maxsize=512)
def _unit_reading(unit: str, mult: str) -> tuple[str, Decimal, str]:
    """(base unit, factor to it, unit as shown) for a written unit and 万/亿/千 before it: the
    same few dozen pairs recur thousands of times in a report."""
    base, factor = base_of(unit) if unit else ("", Decimal(1))
    if mult:
        factor = factor * MULTIPLIERS[mult]
    return base, factor, (mult + normalize_unit_text(unit)) if mult else normalize_unit_text(unit)


#: 2699(国税1636地税1036)万元: a total and its parts in a bracket, their one unit after the bracket
_UNIT_AFTER_BRACKET = re.compile(
    rf"(?<![0-9.．])[0-9]+(?:\.[0-9]+)?[（(](?=[^（()）\n]{{0,60}}[)）](?:{_UNITS}))[^（()）\n]{{2,60}}?[)）](?P<unit>{_UNITS})")


def _units_after_brackets(text: str, out: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """Gives the unit written after such a bracket to the bare total before it and to the bare
    figures inside (each after words: 国税1636、地税1036), when there are two or more of them."""
    changed = dict()
    for m in _UNIT_AFTER_BRACKET.finditer(text):
        inside = [q for q in out if m.start() <= q.start and q.end <= m.start("unit")]
        if len(inside) < 3 or any(q.kind != "bare" or q.approx or q.chinese for q in inside):
            continue
        if inside[0].start != m.start() or any(not "\u4e00" <= text[q.start - 1] <= "\u9fff" for q in inside[1:]):
            continue  # each part after the words naming it
        base, factor, shown = _unit_reading(m.group("unit"), "")
        for q in inside:
            changed[id(q)] = Quantity(q.start, q.end, q.num_start, q.num_end, q.number, shown, base, q.approx,
                                      "quantity", False, factor, 0)
    return tuple(changed.get(id(q), q) for q in out) if changed else out


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Quantity, ...]:
    """All numbers in `text`, in order. Memoized: the text is the key and the result immutable."""
    out = _tokenize(text)
    if ")" in text or "）" in text:
        out = _units_after_brackets(text, out)
    return out


@lru_cache(maxsize=4096)
def token_starts(text: str) -> list[int]:
    """Start offsets of tokenize(text), for bisecting by position."""
    return [q.start for q in tokenize(text)]


def written_sum(quantities) -> Decimal | None:
    """The exact sum in base units of figures as written (18 户 + 22 户, 2.5亿 + 3000万); None when
    one is missing or only approximate. Breakdowns that must add up to the last digit use it."""
    total = Decimal(0)
    for q in quantities:
        if q is None or not q.exact:
            return None
        total += Decimal(q.number) * q.factor
    return total


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

"""Chinese line breaking (禁则) and justification over measured character widths.

reportlab's CJK wrap lets lines start with ，；：？！”’》 and end with （“《, and never
justifies CJK text, so the printing package breaks lines itself. Text is cut
into unbreakable units: a closing mark sticks to what precedes it, an opening
mark to what follows, a Latin/number run stays whole, and a number keeps its
unit (1047.67亩, 61.08平方公里). Lines are then filled greedily, and every line
but a paragraph's last is spread to the full measure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: may not start a line (GB/T 15834 marks, their half-width twins, small kana, iteration marks)
NO_START = frozenset(
    "，。、；：？！）》」』’”〉】〕〗〙〛｝］…—·～％‰℃°′″〃々〻"
    ",.;:?!)]}%>"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー"
)
#: may not end a line
NO_END = frozenset("（《「『‘“〈【〔〖〘〚｛［(<[{")

#: half-width characters that form one unbreakable run (numbers, Latin words, codes)
_RUN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ_@#&+\-/.'%‰℃°·]+")
#: thousands separators and decimal commas inside a number
_DIGIT_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9]{3})")

#: units of more than one character a number must not be parted from (longest first)
MULTI_CHAR_UNITS = tuple(sorted((
    "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "厘米", "毫米", "公顷", "公斤",
    "万元", "亿元", "千元", "百元", "万人", "万户", "万亩", "万吨", "万头", "万只", "万株",
    "万平方米", "万千瓦", "千瓦时", "千瓦", "兆瓦", "人次", "户次", "个百分点", "百分点",
    "个月", "余万元", "余万", "余人", "余户", "余亩", "余个", "多万元", "多人", "多户", "多个",
    "小时", "分钟", "周岁", "年度", "季度", "万余元", "万余人", "万余亩",
), key=len, reverse=True))


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_half_width_run_char(ch: str) -> bool:
    return bool(_RUN.fullmatch(ch))


def _atoms(text: str) -> list[tuple[int, int]]:
    """Smallest pieces: a half-width run, a run of dashes/ellipses, or one character."""
    atoms: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        m = _RUN.match(text, i)
        if m:
            j = m.end()
            # 1,047.67 stays one piece
            while j < n and text[j] == "," and _DIGIT_COMMA.match(text, j) and _RUN.match(text, j + 1):
                j = _RUN.match(text, j + 1).end()
            atoms.append((i, j))
            i = j
            continue
        ch = text[i]
        j = i + 1
        if ch in "—…―":
            while j < n and text[j] == ch:
                j += 1
        atoms.append((i, j))
        i = j
    return atoms


def units(text: str) -> list[tuple[int, int]]:
    """Unbreakable (start, end) spans covering text; a break may fall only between two spans."""
    atoms = _atoms(text)
    glue_before = [False] * len(atoms)  # True: no break allowed before atom k
    for k, (s, e) in enumerate(atoms):
        if k == 0:
            continue
        ps, pe = atoms[k - 1]
        if text[s] in NO_START or text[pe - 1] in NO_END:
            glue_before[k] = True
        if text[s].isspace() or text[pe - 1].isspace():
            glue_before[k] = False
    # a closing mark after a space still may not start a line: the space goes with it;
    # likewise an opening mark before a space may not end one
    def is_space(j: int) -> bool:
        return text[atoms[j][0]].isspace()

    for k in range(len(atoms)):  # (from the first: “ 《— opens with a mark before a space)
        s, e = atoms[k]
        if k > 0 and text[s] in NO_START and is_space(k - 1):
            j = k
            while j > 0 and is_space(j - 1):
                glue_before[j] = True
                j -= 1
            glue_before[j] = j > 0
        if not is_space(k) and text[e - 1] in NO_END and k + 1 < len(atoms) and is_space(k + 1):
            j = k + 1
            while j < len(atoms) and is_space(j):
                glue_before[j] = True
                j += 1
            if j < len(atoms):
                glue_before[j] = True
    # a number keeps its unit: the longest known unit, else the one ideograph after it
    for k, (s, e) in enumerate(atoms):
        if not any(c.isdigit() for c in text[s:e]) or k + 1 >= len(atoms):
            continue
        unit = next((u for u in MULTI_CHAR_UNITS if text.startswith(u, e)), None)
        if unit is None:
            if _is_ideograph(text[e]):
                glue_before[k + 1] = True
            continue
        end = e + len(unit)
        m = k + 1
        while m < len(atoms) and atoms[m][0] < end:
            glue_before[m] = True
            m += 1
    spans: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(atoms):
        if glue_before[k] and spans:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


@dataclass(frozen=True)
class LineSpan:
    """One output line: text[start:end], its natural width and whether it ends the paragraph."""

    start: int
    end: int
    width: float
    indent: float
    last: bool


def _trimmed(text: str, widths: list[float], s: int, e: int) -> tuple[int, int, float]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e, sum(widths[s:e])


def break_lines(text: str, widths: list[float], measure: float,
                first_indent: float = 0.0, indent: float = 0.0) -> list[LineSpan]:
    """Greedy fill of units into lines of `measure` points (indents eat into it)."""
    spans = units(text)
    lines: list[LineSpan] = []
    cur_s: int | None = None
    cur_w = 0.0
    avail = measure - first_indent
    pos = 0

    def flush(end: int, last: bool):
        nonlocal cur_s, cur_w, avail
        if cur_s is not None:
            s, e, w = _trimmed(text, widths, cur_s, end)
            if e > s:
                lines.append(LineSpan(s, e, w, measure - avail, last))
        cur_s, cur_w, avail = None, 0.0, measure - indent

    for s, e in spans:
        w = sum(widths[s:e])
        if cur_s is None and text[s:e].isspace():
            continue  # no space at the start of a line
        if cur_s is not None and cur_w + w > avail + 1e-6:
            if text[s:e].isspace():
                flush(s, False)
                continue
            flush(s, False)
        if cur_s is None:
            cur_s = s
        if w > avail + 1e-6:
            # a unit longer than a whole line (a URL, a long code): cut it by character
            i = s
            while i < e:
                cw = widths[i]
                if cur_w + cw > avail + 1e-6 and cur_w > 0:
                    flush(i, False)
                    cur_s = i
                cur_w += cw
                i += 1
            pos = e
            continue
        cur_w += w
        pos = e
    flush(pos if cur_s is not None else len(text), True)
    if lines and not lines[-1].last:
        last = lines[-1]
        lines[-1] = LineSpan(last.start, last.end, last.width, last.indent, True)
    return lines


def justify_gaps(text: str, start: int, end: int, slack: float, max_per_gap: float) -> list[float]:
    """Extra space after each character of text[start:end] (last one gets 0) to fill `slack`.

    Space goes between characters, never inside a half-width run (1047.67, PM2.5);
    a line that would need more than max_per_gap per gap is left unspread.
    """
    n = end - start
    extra = [0.0] * n
    if n < 2 or slack <= 1e-6:
        return extra
    eligible = [k for k in range(n - 1)
                if not (is_half_width_run_char(text[start + k])
                        and is_half_width_run_char(text[start + k + 1]))]
    if not eligible:
        eligible = list(range(n - 1))
    per_gap = slack / len(eligible)
    if per_gap > max_per_gap:
        return extra
    for k in eligible:
        extra[k] = per_gap
    return extra


#: a title may break before these joining words (及/和/与/暨 …) or after them
_TITLE_JOINERS = "及和与暨的"
_DATE_SUFFIX = "年月日度"
#: words a title line may start with / end with in these reports
_TITLE_WORDS_BEFORE = ("关于", "工作", "下一步", "实施", "方案", "意见", "通知")
_TITLE_WORDS_AFTER = ("政府", "委员会", "党委", "办公室", "人民政府", "乡", "镇", "街道")


def _title_break_penalty(text: str, at: int) -> float:
    """Cost, in squared characters of imbalance, of a title line break before text[at].

    Breaking inside a word reads badly in a title; without a dictionary, good
    places are next to a joining word, after a date (2018年), at punctuation or spaces.
    """
    before, after = text[at - 1], text[at]
    if before in "，、：；。！？ ）》”" or after in " （《“":
        return 0.0
    if before in _TITLE_JOINERS or after in _TITLE_JOINERS:
        return 0.0
    if before in _DATE_SUFFIX and at >= 2 and (text[at - 2].isdigit() or text[at - 2] in "半全"):
        return 0.0
    if any(text.startswith(w, at) for w in _TITLE_WORDS_BEFORE):
        return 0.0
    if any(text.endswith(w, 0, at) for w in _TITLE_WORDS_AFTER):
        return 0.0
    if after.isdigit() or before.isdigit():
        return 4.0
    return 30.0


MAX_BALANCED_LINES = 4


def balanced_lines(text: str, widths: list[float], measure: float) -> list[LineSpan]:
    """Title lines of near-equal length, upper lines never shorter (正梯形), within measure."""
    greedy = break_lines(text, widths, measure)
    n = len(greedy)
    if n <= 1 or n > MAX_BALANCED_LINES:
        return greedy  # a "title" of a whole paragraph: balancing would not be a title any more
    spans = units(text)
    m = len(spans)
    prefix = [0.0]
    for s, e in spans:
        prefix.append(prefix[-1] + sum(widths[s:e]))
    total = prefix[-1]
    target = total / n
    widths_em = max(widths) if widths else 1.0
    inf = float("inf")
    # best[k][j]: cost of setting the first j spans in k lines; how[k][j] = where line k began
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    how = [[-1] * (m + 1) for _ in range(n + 1)]
    prev_w = [[inf] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for k in range(1, n + 1):
        for j in range(1, m + 1):
            for i in range(k - 1, j):
                if best[k - 1][i] == inf:
                    continue
                w = prefix[j] - prefix[i]
                if w > measure + 1e-6:
                    continue
                em = widths_em
                cost = best[k - 1][i] + ((w - target) / em) ** 2
                if w > prev_w[k - 1][i] + 0.3 * em:
                    cost += 50 + ((w - prev_w[k - 1][i]) / em) ** 2 * 4  # lower line longer: 倒梯形
                if j < m:
                    cost += _title_break_penalty(text, spans[j][0])
                if cost < best[k][j]:
                    best[k][j], how[k][j], prev_w[k][j] = cost, i, w
    if best[n][m] == inf:
        return greedy
    cuts = []
    j = m
    for k in range(n, 0, -1):
        i = how[k][j]
        cuts.append((i, j))
        j = i
    cuts.reverse()
    out = []
    for idx, (i, j) in enumerate(cuts):
        s, e, w = _trimmed(text, widths, spans[i][0], spans[j - 1][1])
        out.append(LineSpan(s, e, w, 0.0, idx == len(cuts) - 1))
    return out

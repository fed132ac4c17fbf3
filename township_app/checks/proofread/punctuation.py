"""标点: half-width marks in Chinese text, marks left without their partner, doubled marks,
and a mark after a bracketed 序号 (（一）、).

A half-width mark is Chinese when a Chinese character or Chinese punctuation stands next to
it; it is left alone inside a number (1,234 3.5), a time (8:30), a URL or an e-mail address,
between English words, and a bracket pair around a formula ((3+2)). 《》 around a law's name
are never changed.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..registry import DocRule, Hit, TextAnchor, TextDoc
from .chars import CN_NUMERAL, Protected, is_chinese, is_han, neighbour_left, neighbour_right

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
MARK_NAMES = {",": "逗号", ";": "分号", ":": "冒号", "!": "叹号", "?": "问号", "(": "括号",
              ")": "括号"}
_HALF = re.compile(r'[,;:!?()".]')
#: a question mark before a unit or doubled is a blank left for a figure (the placeholder rule's)
_BLANK_BEFORE = frozenset("?？万千百亿元户人个名亩%％")
_FORMULA = re.compile(r"[\sA-Za-z0-9.%+\-*/×÷=^]*[+\-*/×÷=^][\sA-Za-z0-9.%+\-*/×÷=^]*")
_SPACES = " \t"


MESSAGES = {mark: f"半角{MARK_NAMES[mark]}“{mark}”，中文行文应为全角“{full}”" for mark, full in FULL_WIDTH.items()}


def _with_spaces(text: str, i: int) -> int:
    """Length of a mark with the ASCII spaces typed after it (“村, 下辖”: the fix drops them)."""
    j = i + 1
    while j < len(text) and text[j] in _SPACES:
        j += 1
    return j - i if j < len(text) and is_chinese(text[j]) else 1


def _paren_partners(text: str) -> dict[int, int]:
    """Bracket positions (either width) paired by nesting within a line: pos → partner."""
    partners: dict[int, int] = {}
    stack: list[int] = []
    for m in re.finditer(r"[()（）\n]", text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            stack.clear()
        elif ch in "(（":
            stack.append(i)
        elif stack:
            j = stack.pop()
            partners[i], partners[j] = j, i
    return partners


def _chinese_paren(text: str, i: int, partners: dict[int, int]) -> bool:
    j = partners.get(i)
    if j is None:
        return is_chinese(neighbour_left(text, i)) or is_chinese(neighbour_right(text, i + 1))
    a, b = min(i, j), max(i, j)
    if text[a] == "（" or text[b] == "）":
        return True  # its partner is already full-width
    inner = text[a + 1:b]
    if any(is_han(c) for c in inner):
        return True
    if _FORMULA.fullmatch(inner):
        return False  # (3+2)×4
    return is_chinese(neighbour_left(text, a)) or is_chinese(neighbour_right(text, b + 1))


def _quote_hits(doc: TextDoc, protected: Protected) -> Iterator[Hit]:
    text = doc.text
    for line in re.finditer(r'[^\n]*"[^\n]*', text):
        spots = [m.start() + line.start() for m in re.finditer('"', line.group())
                 if m.start() + line.start() not in protected]
        for k in range(0, len(spots) - 1, 2):
            a, b = spots[k], spots[k + 1]
            if any(is_han(c) for c in text[a + 1:b]) or is_chinese(neighbour_left(text, a)) \
                    or is_chinese(neighbour_right(text, b + 1)):
                yield Hit(TextAnchor(doc.key, a, 1), "英文双引号\"，中文行文应为前引号“", fix="“")
                yield Hit(TextAnchor(doc.key, b, 1), "英文双引号\"，中文行文应为后引号”", fix="”")
        if len(spots) % 2:
            a = spots[-1]
            if is_chinese(neighbour_left(text, a)) or is_chinese(neighbour_right(text, a + 1)):
                yield Hit(TextAnchor(doc.key, a, 1), "英文双引号\"未成对，中文行文应为成对的“”")


def _full_stop(text: str, i: int) -> bool:
    """困难.残疾人: a half-width full stop between Chinese characters (not 一. of a 序号)."""
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if not is_han(before) or not (is_han(after) or after == "\n"):
        return False
    k = i - 1
    while k >= 0 and text[k] in CN_NUMERAL:
        k -= 1
    return not (k < i - 1 and (k < 0 or text[k] in "\n。！？；：" or text[k] in _SPACES))


def halfwidth_hits(doc: TextDoc) -> Iterator[Hit]:
    text = doc.text
    if text.isascii():
        return
    protected = Protected(text)
    partners = _paren_partners(text) if "(" in text or ")" in text else {}
    for m in _HALF.finditer(text):
        i, ch = m.start(), m.group()
        if i in protected or ch == '"':
            continue
        if ch == ".":
            if _full_stop(text, i):
                yield Hit(TextAnchor(doc.key, i, 1), "半角句点“.”，中文行文句末应为句号“。”", fix="。")
            continue
        if ch in "()":
            if _chinese_paren(text, i, partners):
                yield Hit(TextAnchor(doc.key, i, 1), MESSAGES[ch], fix=FULL_WIDTH[ch])
            continue
        before, after = text[i - 1:i], text[i + 1:i + 2]
        if before.isascii() and before.isdigit() and after.isascii() and after.isdigit():
            continue  # 1,234  8:30  3:2
        left, right = neighbour_left(text, i), neighbour_right(text, i + 1)
        if not (is_chinese(left) or is_chinese(right)):
            continue
        if ch == "?" and ((left and left in "?？") or right in _BLANK_BEFORE):
            continue
        yield Hit(TextAnchor(doc.key, i, _with_spaces(text, i)), MESSAGES[ch], fix=FULL_WIDTH[ch])
    if '"' in text:
        yield from _quote_hits(doc, protected)


HALFWIDTH_RULE = DocRule(
    id="halfwidth-punctuation",
    severity="info",
    title="半角标点",
    check=halfwidth_hits,
    failing=("2018年,我乡在县委的领导下", "现将有关情况汇报如下:", "下辖8个村,127个村民小组",
             "增长1.1%,农民人均纯收入增加", "(一)求真务实", "完成既定任务;全乡稳定",
             "残疾人有很多实际困难.残疾人家庭", '开展"雪亮工程"建设', "真正做到了零上访!"),
    passing=("全乡1,234户", "增长3.5%。", "上午8:30召开", "按(3+2)×4计算", "详见http://www.gov.cn/a,b;c",
             "联系邮箱abc@qq.com。", "Hello, world; OK!", "依据《中华人民共和国劳动法》",
             "共?户", "G20,", "（一）求真务实，综合实力显著提升"),
    family="punctuation",
)

_PAIRS = {"“": "”", "（": "）", "《": "》"}
_OPENERS = {"“": "“", "（": "（", "(": "（", "《": "《"}
_CLOSERS = {"”": "“", "）": "（", ")": "（", "》": "《"}
_PAIR_CHARS = re.compile(r"[“”（）()《》\n]")
#: 1） ①）: a closing bracket after a paragraph's (or sentence's) leading number is a 序号
_LIST_CLOSER = re.compile(r"(?:^|(?<=[\n。！？；：]))[ \t\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})）",
                          re.M)


def unpaired_hits(doc: TextDoc) -> Iterator[Hit]:
    """One pass over the paired marks; each paragraph (line) must close what it opens."""
    text = doc.text
    if not any(c in text for c in "“”（）《》"):
        return
    list_closers = {m.end() - 1 for m in _LIST_CLOSER.finditer(text)} if "）" in text else set()
    stacks: dict[str, list[int]] = {"“": [], "（": [], "《": []}
    line_start = 0

    def unclosed(line_end: int) -> Iterator[Hit]:
        next_line = text[line_end + 1:line_end + 2]
        for opener, spots in stacks.items():
            for i in spots:
                if text[i] == "(":
                    continue
                if opener == "“" and not text[line_start:i].strip() and next_line == "“":
                    continue  # a quotation over several paragraphs opens each one
                yield Hit(TextAnchor(doc.key, i, 1), f"“{text[i]}”后面没有与之成对的“{_PAIRS[opener]}”")
            spots.clear()

    for m in _PAIR_CHARS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            yield from unclosed(i)
            line_start = i + 1
        elif ch in _OPENERS:
            stacks[_OPENERS[ch]].append(i)
        elif stacks[_CLOSERS[ch]]:
            stacks[_CLOSERS[ch]].pop()
        elif ch in "”）》" and i not in list_closers:
            yield Hit(TextAnchor(doc.key, i, 1), f"“{ch}”前面没有与之成对的“{_CLOSERS[ch]}”")
    yield from unclosed(len(text))


UNPAIRED_RULE = DocRule(
    id="unpaired-mark",
    severity="warning",
    title="标点不成对",
    check=unpaired_hits,
    failing=("开展“雪亮工程建设。", "农村适龄（35-64岁“两癌”免费检查", "依据《中华人民共和国劳动法的规定",
             "完成改造）任务"),
    passing=("开展“雪亮工程”建设。", "农村适龄（35-64岁）“两癌”免费检查", "（一）求真务实",
             "1）加强领导。2）落实责任。", "残疾人(含精神残疾）", "“第一段\n“第二段。”"),
    family="punctuation",
)

_DOUBLED = re.compile(r"([，。、；：])\1+")


def doubled_hits(doc: TextDoc) -> Iterator[Hit]:
    for m in _DOUBLED.finditer(doc.text):
        mark = m.group(1)
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()), f"标点“{mark}”重复", fix=mark)


DOUBLED_RULE = DocRule(
    id="doubled-punctuation",
    severity="warning",
    title="标点重复",
    check=doubled_hits,
    failing=("加强领导，，落实责任。", "任务已完成。。", "县委、、县政府"),
    passing=("加强领导，落实责任。", "等等……", "——县委"),
    family="punctuation",
)

_BRACKET_THEN_MARK = re.compile(r"[）)][、，,.．](?![（(])")
_BRACKET_NUMBER = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]")


def bracket_number_mark_hits(doc: TextDoc) -> Iterator[Hit]:
    """（一）、 at a paragraph's or sentence's start (not 第（一）、（二）款, which lists them)."""
    text = doc.text
    for m in _BRACKET_THEN_MARK.finditer(text):
        close = m.start()
        opener = max(text.rfind("（", max(0, close - 4), close), text.rfind("(", max(0, close - 4), close))
        if opener < 0 or not _BRACKET_NUMBER.fullmatch(text, opener, close + 1):
            continue
        k = opener
        while k > 0 and text[k - 1] in " \t\u3000":
            k -= 1
        if k > 0 and text[k - 1] not in "\n。！？；：":
            continue
        mark = text[close + 1]
        yield Hit(TextAnchor(doc.key, close + 1, 1),
                  f"括号序号后不加“{mark}”（GB/T 9704：“（一）”“（1）”后不用标点）", fix="")


BRACKET_NUMBER_MARK_RULE = DocRule(
    id="bracket-number-mark",
    severity="info",
    title="括号序号后的标点",
    check=bracket_number_mark_hits,
    failing=("（一）、求真务实", "二、工作情况\n(三)、以人为本", "（2）．加强领导"),
    passing=("（一）求真务实", "按照第（一）、（二）款执行", "（1）加强领导"),
    family="punctuation",
)

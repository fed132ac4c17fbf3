"""Figures listed bare with the unit written once, after the last: 分别为2.1、1.6、0.9公里，共计4.6公里.

Writers drop the unit from all but the last of a 、-list of figures. The tokenizer reads only the
last as a quantity, so the sum rule never sees the others as parts. Here the list is read whole,
and checked against a 共计/合计/共 total in the same unit in the clause just before or after it.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..intervals import format_plain
from ..registry import Hit, TextAnchor, TextDoc
from ..units import all_units, base_of
from .breakdown_words import LOOKING_BACK

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = "|".join(sorted((re.escape(u) for u in all_units()), key=len, reverse=True))
#: 分别为2.1、1.6、0.9公里 / 分别投入12、8和5万元 / 分别完成人工造林1200、1500、1800亩
_BARE_LIST = re.compile(
    rf"分别(?P<verb>[\u4e00-\u9fff]{{0,6}}?)(?P<items>{_NUMBER}(?:[、，,]{_NUMBER})*(?:[、和及与]{_NUMBER}))"
    rf"(?P<unit>万|亿)?(?P<word>{_UNIT})(?![\d/])")
#: 共计4.6公里 / 合计清理垃圾260吨 / 三年共计313户
_TOTAL = re.compile(rf"(?:共计|合计|总计|共)(?:为|达)?[\u4e00-\u9fff]{{0,6}}?(?P<v>{_NUMBER})(?P<unit>万|亿)?(?P<word>{_UNIT})")
#: a total whose clause says it is of more than the list (全镇合计, 其余10个村共计, 另有…, 加上…)
_WIDER = re.compile(r"全[镇乡村县区]|其余|其他|另|加上|连同|以及|总体")


def bare_list_sums(doc: TextDoc):
    text = doc.text
    if "分别" not in text:
        return
    for m in _BARE_LIST.finditer(text):
        if "分别" in m.group("verb") or text[m.end():m.end() + 1] == "等":
            continue
        values = [Decimal(v) for v in re.split(r"[、，,和及与]", m.group("items"))]
        if len(values) < 2:
            continue
        tm = _total_after(text, m) or _total_right_before(text, m)
        if tm is None:
            continue
        if (tm.group("unit") or "") != (m.group("unit") or "") or base_of(tm.group("word")) != base_of(m.group("word")):
            continue  # another unit: compared only as written
        written = Decimal(tm.group("v"))
        summed = sum(values, Decimal(0))
        if summed == written:
            continue
        unit = (m.group("unit") or "") + m.group("word")
        terms = " + ".join(format_plain(v) for v in values)
        message = f"分项之和为 {format_plain(summed)} {unit}（{terms}），与总数 {format_plain(written)} {unit} 不符"
        yield Hit(TextAnchor(doc.key, tm.start("v"), tm.end() - tm.start("v")), message, "error",
                  (TextAnchor(doc.key, m.start("items"), m.end() - m.start("items")),))


def _total_after(text: str, m):
    """The 共计/合计 figure opening the clause right after the list (a total stated before it, 共计
    12.6公里，其中三个重点村分别为…, is of more than the list), when nothing in that clause says it
    counts more than the list (全镇合计, 其余10个村共计, 含镇本级6万元)."""
    after = re.match(r"[，,；;]\s*(?P<clause>[^，,。；;\n]{0,20})", text[m.end():])
    if after is None:
        return None
    clause_start = m.end() + after.start("clause")
    t = _TOTAL.match(text, clause_start + _lead_words(after.group("clause")))
    if t is None:
        return None
    clause = after.group("clause")
    if _WIDER.search(clause) or re.match(r"\s*[（(][^）)]*(?:含|包括|其中)", text[t.end():]):
        return None
    return t


def _lead_words(clause: str) -> int:
    """How far into the clause its total starts: 三年共计313户 (a span of years before 共计 only)."""
    lead = re.match(r"(?:[一二两三四五六七八九十\d]{1,2}年(?:来)?|全年|上半年|下半年)?", clause)
    return lead.end()


def _total_right_before(text: str, m):
    """共计4.8公里，分别为2.1、1.6、0.9公里: the 共计 figure ending the clause right before, 分别
    opening the list's own clause (其中…分别为 lists only some)."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,；;。\n") + 1
    if clause_start == 0 or text[clause_start - 1] not in "，,":
        return None
    if text[clause_start:m.start()].strip(" \u3000") not in ("", "长度", "其长度", "面积", "金额"):
        return None  # (三个重点村分别为…: the list is named apart from the total)
    previous_start = max(text.rfind(c, 0, clause_start - 1) for c in "，,；;。\n") + 1
    found = list(_TOTAL.finditer(text, previous_start, clause_start - 1))
    if len(found) != 1 or found[0].end() != clause_start - 1 or _WIDER.search(text[previous_start:found[0].start()]):
        return None
    return found[0]


#: 2,186 / 193.2: a figure on a line of a list, its thousands perhaps grouped
_LINE_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: 石桥村：292人 / 柳河村　193.2 (a table's line): a name and one figure, nothing else on the line
_ITEM_LINE = re.compile(rf"^[ \u3000\t]*(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9]{{1,14}}?)(?:[：:]|[ \u3000\t]+)[ \u3000\t]*"
                        rf"(?P<v>{_LINE_NUMBER})[ \u3000]*(?P<unit>万|亿)?(?P<word>{_UNIT})?[ \u3000]*[；;，,。]?[ \u3000]*$")
#: (以上合计, 上述各项共计: the lines above, added up; 全镇共计 after lines of every village)
_TOTAL_WORD = (rf"[ \u3000\t]*(?P<lead>{'|'.join(LOOKING_BACK)}|全[镇乡村区县]|全街道)?"
               r"(?:合[ \u3000]*计|总[ \u3000]*计|共[ \u3000]*计)[：:]?[ \u3000\t]*")
#: a heading that says its lines are every village's (分村统计, 各村…情况), so 全镇共计 adds them all
_EVERY_PLACE = re.compile(r"分村|各村|各行政村|分社区|各社区|各组|分组|按村|到村")


def _whole_place_total(tm, heading: str) -> bool:
    """全镇共计… closes lines of every village only under a heading that says they are every one."""
    lead = tm.groupdict().get("lead") or ""
    return not lead.startswith("全") or _EVERY_PLACE.search(heading) is not None
_FIGURE_ON_LINE = rf"(?P<v>{_LINE_NUMBER})[ \u3000]*(?P<unit>万|亿)?(?P<word>{_UNIT})?[ \u3000]*[。；;]?[ \u3000]*$"
#: 合计：1357人 / 合  计　814.4: the list's total on a line of its own
_TOTAL_LINE = re.compile(rf"^{_TOTAL_WORD}{_FIGURE_ON_LINE}")
#: 合  计⏎12,437万元: the total's word on a line, its figure on the next
_TOTAL_WORD_LINE = re.compile(rf"^{_TOTAL_WORD}$")
_FIGURE_LINE = re.compile(rf"^[ \u3000\t]*{_FIGURE_ON_LINE}")
#: a heading line that gives the list's unit (各村土地流转情况（单位：亩）)
_UNIT_NOTE = re.compile(rf"单位[：:][ \u3000]*(?P<unit>万|亿)?(?P<word>{_UNIT})")


def _lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and where each starts in it."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def line_list_sums(doc: TextDoc):
    """各村脱贫人口分布如下：⏎石桥村：292人⏎…⏎合计：1357人 — one item a line, each a name and one figure,
    closed by a 合计 line: the items add up to it exactly, in the unit each line (or the heading's
    单位：) gives."""
    text = doc.text
    if "计" not in text or "\n" not in text:
        return
    lines, starts = _lines(text)
    for n, line in enumerate(lines):
        tm, at_line = _TOTAL_LINE.match(line), n
        if tm is None and n + 1 < len(lines) and _TOTAL_WORD_LINE.match(line):
            tm, at_line = _FIGURE_LINE.match(lines[n + 1]), n + 1
        if tm is None:
            continue
        items = []
        k = n - 1
        while k >= 0 and (im := _ITEM_LINE.match(lines[k])) is not None and not _TOTAL_LINE.match(lines[k]):
            items.append(im)
            k -= 1
        if len(items) < 2:
            continue
        items.reverse()
        heading = lines[k] if k >= 0 else ""
        if not _whole_place_total(tm, heading):
            continue  # 脱贫户较多的村：⏎…⏎全镇共计146户: some villages named, the township's total
        note = _UNIT_NOTE.search(heading)
        default = ((note.group("unit") or "") + note.group("word")) if note else ""
        units = {((im.group("unit") or "") + (im.group("word") or "")) or default for im in items}
        total_unit = ((tm.group("unit") or "") + (tm.group("word") or "")) or default
        if len(units) != 1 or not total_unit or units != {total_unit}:
            continue  # (one unit throughout, stated on the lines or in the heading)
        values = [Decimal(im.group("v").replace(",", "")) for im in items]
        written = Decimal(tm.group("v").replace(",", ""))
        summed = sum(values, Decimal(0))
        if summed == written:
            continue
        terms = " + ".join(format_plain(v) for v in values)
        message = (f"分项之和为 {format_plain(summed)} {total_unit}（{terms}），与合计 {format_plain(written)} "
                   f"{total_unit} 不符")
        at = starts[at_line] + tm.start("v")
        yield Hit(TextAnchor(doc.key, at, tm.end("v") - tm.start("v")), message, "error",
                  tuple(TextAnchor(doc.key, starts[n - len(items) + j] + im.start("v"), im.end("v") - im.start("v"))
                        for j, im in enumerate(items)))


_TWO = (rf"(?P<v1>{_LINE_NUMBER})[ \u3000]*(?P<u1>(?:万|亿)?(?:{_UNIT}))[ \u3000]*[，,、]?[ \u3000]*"
        rf"(?P<v2>{_LINE_NUMBER})[ \u3000]*(?P<u2>(?:万|亿)?(?:{_UNIT}))[ \u3000]*[；;。，,]?[ \u3000]*$")
#: 石桥村：335户，1012人 (or 36户72人): a name and two figures in two units
_PAIR_LINE = re.compile(rf"^[ \u3000\t]*[\u4e00-\u9fff（）()A-Za-z0-9]{{1,14}}?[：:][ \u3000\t]*{_TWO}")
_PAIR_TOTAL = re.compile(rf"^{_TOTAL_WORD}{_TWO}")


def pair_line_sums(doc: TextDoc):
    """石桥村：335户，1012人⏎…⏎合计：1935户，5854人: lines of two figures each, closed by a 合计 line
    in the same two units: each column adds up to its total."""
    text = doc.text
    if "计" not in text or "\n" not in text:
        return
    lines, starts = _lines(text)
    for n, line in enumerate(lines):
        tm = _PAIR_TOTAL.match(line)
        if tm is None:
            continue
        items = []
        k = n - 1
        while k >= 0 and (im := _PAIR_LINE.match(lines[k])) is not None:
            items.append((k, im))
            k -= 1
        if len(items) < 2 or any((im.group("u1"), im.group("u2")) != (tm.group("u1"), tm.group("u2"))
                                 for _k, im in items) or not _whole_place_total(tm, lines[k] if k >= 0 else ""):
            continue
        items.reverse()
        for v, u in (("v1", "u1"), ("v2", "u2")):
            values = [Decimal(im.group(v).replace(",", "")) for _k, im in items]
            written = Decimal(tm.group(v).replace(",", ""))
            summed = sum(values, Decimal(0))
            if summed == written:
                continue
            unit = tm.group(u)
            terms = " + ".join(format_plain(x) for x in values)
            message = f"分项之和为 {format_plain(summed)} {unit}（{terms}），与合计 {format_plain(written)} {unit} 不符"
            yield Hit(TextAnchor(doc.key, starts[n] + tm.start(v), tm.end(v) - tm.start(v)), message, "error",
                      tuple(TextAnchor(doc.key, starts[kk] + im.start(v), im.end(v) - im.start(v)) for kk, im in items))

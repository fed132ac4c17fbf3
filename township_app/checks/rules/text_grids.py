"""Tables pasted into the text as lines of columns (项目名称　　总投资　　完成投资　　完成率).

Reports carry their 主要指标 and project lists as such blocks: a header line, then one line a
row, the columns set apart by runs of spaces (full- or half-width) or tabs. Two relations are
evident in them: a 合计 row is the sum of the rows above it, and a column of rates (完成率,
增长%) is one column over another for every row. Which columns a rate is of is not written, so
it is read from the rows: the pair of columns that reproduces the most rows, at least two of
them, and all rows but one. A row that misses then is a slip.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..intervals import Interval, format_plain, interval_sum
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from .ratio_verdict import StatedNumber, judge_ratio

#: columns are set apart by two spaces or more, a full-width space or a tab
_SPLIT = re.compile(r"[ ]{2,}|[\u3000\t]+[ \u3000\t]*|[ \u3000]*[|｜][ \u3000]*")  # (村名 | 户数 | 人数: a pipe too)
#: |---|:---:|: a table's rule under its header, written out by a copy
_RULE_LINE = re.compile(r"[ \u3000]*[|｜]?(?:[ \u3000]*:?-{2,}:?[ \u3000]*[|｜]?)+[ \u3000]*")
_NUMBER = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[+-]?\d+(?:\.\d+)?%?")
_BLANK_CELLS = frozenset(("—", "-", "－", "/", "／", "——", "--", "…"))
_RATE_HEADER = re.compile(r"率|占比|比重|%|％")
_GROWTH_HEADER = re.compile(r"增长|增幅|增减|同比|比上年")
_NOT_SUMMED = re.compile(r"率|%|％|均|/|／|比重|占比|比例|增长|增幅|增速|增减|百分点|倍|密度|满意度|进度|指数|单价|价格|年份|排名|序号"
                         r"|亩产|单产|每亩|每户|每人|标准")
#: 单位：% on the line above a table: every column is a percentage, none adds up
_PERCENT_UNIT_LINE = re.compile(r"单位[：:]\s*[%％]\s*$")
MIN_ROWS = 2


class _Cell:
    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end


#: a two-character label spaced out to the column's width (村  名, 合  计), as Word and Excel justify it
_SPACED_LABEL = re.compile(r"[ \u3000]*[\u4e00-\u9fff][ \u3000]{1,4}[\u4e00-\u9fff](?=[ \u3000]{2,}|\t)")


def _cells(line: str, offset: int) -> list[_Cell]:
    out, pos = [], 0
    spaced = _SPACED_LABEL.match(line)
    if spaced is not None:
        out.append(_Cell(line[:spaced.end()], offset, offset + spaced.end()))
        pos = spaced.end()
    for m in _SPLIT.finditer(line, pos):
        if m.start() > pos:
            out.append(_Cell(line[pos:m.start()], offset + pos, offset + m.start()))
        pos = m.end()
    if pos < len(line):
        out.append(_Cell(line[pos:].rstrip(), offset + pos, offset + len(line.rstrip())))
    return out


def _number(cell: _Cell) -> str | None:
    text = cell.text.strip().rstrip("%％").replace(",", "")
    return text if _NUMBER.fullmatch(cell.text.strip().replace("％", "%")) else None


def _blank(cell: _Cell) -> bool:
    return cell.text.strip() in _BLANK_CELLS


_TOTAL_NAMES = ("合计", "总计", "小计")


def _aligned(cells: list[_Cell], above: list[_Cell]) -> list[_Cell] | None:
    """A total's row one cell short of rows that open with a 序号, its name where 序号 and the
    name stand (小计 | 11055 | 5434 … under 1 | 梅山 | 991 …): a blank cell put in, so its figures
    stand in their columns. None for any other row (a row short of its last cell, 备注 or 责任单位
    left blank, is no such row)."""
    if len(cells) != len(above) - 1 or "".join(cells[0].text.split()) not in _TOTAL_NAMES \
            or _number(above[0]) is None or _number(above[1]) is not None:
        return None
    return [cells[0], _Cell("", cells[0].end, cells[0].end), *cells[1:]]


def _blocks(text: str):
    """Runs of three lines or more with the same number of columns (three or more)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    run: list[list[_Cell]] = []
    for line, offset in lines + [("", pos)]:
        if run and _RULE_LINE.fullmatch(line):
            continue  # (the header's rule: the table goes on below it)
        cells = _cells(line, offset) if line.strip() else []
        if run and len(cells) != len(run[0]):
            cells = _aligned(cells, run[-1]) or cells
        if len(cells) >= 3 and (not run or len(cells) == len(run[0])):
            run.append(cells)
            continue
        if len(run) >= 3:
            yield run
        run = [cells] if len(cells) >= 3 else []


def _interval(number: str) -> Interval:
    return Interval.from_written(number) if "." in number else Interval.exact(number)


def check_text_grids(doc: TextDoc):
    text = doc.text
    if "\u3000" not in text and "  " not in text and "\t" not in text and "|" not in text and "｜" not in text:
        return
    for block in _blocks(text):
        header, rows = block[0], block[1:]
        headed = not any(_number(c) is not None for c in header)
        if not headed:
            # no header line (a header of two lines, cut from its columns): the columns go by number
            rows = block
            header = [_Cell(f"第{k + 1}列", c.start, c.start) for k, c in enumerate(block[0])]
            if not any("".join(_row_name(r).split()) in _TOTAL_NAMES for r in rows):
                continue  # nothing but rows: no sum is stated, and no rate's column is named
        width = len(header)
        numeric = [k for k in range(1, width)
                   if all(_number(r[k]) is not None or _blank(r[k]) or r[k].text == "" for r in rows)
                   and sum(1 for r in rows if _number(r[k]) is not None) >= MIN_ROWS]
        if len(numeric) < 2:
            continue
        names = ["".join(_row_name(r).split()) for r in rows]
        totals = [r for r, n in zip(rows, names) if n in ("合计", "总计")]
        if any(n.startswith("其中") for n in names):
            continue  # nested rows: which add up to what is not one sum
        wrong: set[int] = set()  # cells already found wrong: a rate over them says it again
        if "小计" in names:
            yield from _noted(_subtotals(doc, header, rows, names, numeric, headed), wrong)
            items = [r for r, n in zip(rows, names) if n != "小计" and r not in totals]
        else:
            items = [r for r in rows if r not in totals]
        yield from _noted(_total_row(doc, header, items, totals, numeric, headed), wrong)
        yield from _rate_columns(doc, header, [r for r in rows if all(c.text for c in r)], numeric, wrong)


def _subtotals(doc, header, rows, names, numeric, headed):
    """Each 小计 is the sum of its group: the rows after the 小计 before it (a group's rows, then
    its 小计), or the rows before the next 小计 or 合计 (its 小计 first). Which, the columns that add
    up say; where none does either way, nothing is said of it."""
    marks = [k for k, n in enumerate(names) if n in ("小计", "合计", "总计")]
    for at, k in enumerate(marks):
        if names[k] != "小计":
            continue
        before = rows[(marks[at - 1] + 1 if at else 0):k]
        after = rows[k + 1:(marks[at + 1] if at + 1 < len(marks) else len(rows))]
        fits = {}
        for group in (before, after):
            sums = _column_sums(header, group, rows[k], numeric)
            fits[id(group)] = sum(1 for parts, stated in sums.values() if interval_sum(parts).intersects(stated))
        group = before if fits[id(before)] >= fits[id(after)] else after
        if max(fits.values()) == 0:
            continue  # no column adds up either way: what the 小计 is of is not known
        yield from _total_row(doc, header, group, [rows[k]], numeric, headed)


def _noted(hits, wrong: set[int]):
    for hit in hits:
        wrong.add(hit.anchor.start)
        yield hit


def _column_sums(header, items, total, numeric) -> dict:
    """Per column that may be summed: (the items' cells, the total's cell), as intervals."""
    sums = {}
    for k in numeric:
        if _NOT_SUMMED.search(header[k].text) or any("%" in r[k].text or "％" in r[k].text for r in items) \
                or any(_blank(r[k]) or not r[k].text for r in items + [total]):
            continue
        try:
            sums[k] = ([_interval(_number(r[k])) for r in items], _interval(_number(total[k])))
        except InvalidOperation:
            continue
    return sums


def _total_row(doc, header, items, totals, numeric, headed=True):
    if len(totals) != 1 or len(items) < MIN_ROWS:
        return
    above = doc.text[:header[0].start].rstrip("\n ")
    if _PERCENT_UNIT_LINE.search(above[above.rfind("\n") + 1:]):
        return
    total = totals[0]
    sums = _column_sums(header, items, total, numeric)
    held = sum(1 for parts, stated in sums.values() if interval_sum(parts).intersects(stated))
    for k, (parts, stated) in sums.items():
        summed = interval_sum(parts)
        if summed.intersects(stated):
            continue
        whole = all("." not in _number(r[k]) for r in items + [total])
        severity = "error"
        if all(p.lo >= 0 for p in parts) and min(p.lo for p in parts) <= stated.mid <= max(p.hi for p in parts):
            # 合计 within the rows' range: the column's overall rate or average (189 人/平方公里), not a
            # sum — unless the row's other columns add up and this one counts whole things (a sum
            # row's slip). A table without a header line names no column an average: there the
            # figure must also lie far from the rows' mean, as no average does, and it is a warning
            mean = summed.mid / len(parts)
            if not (held >= 2 and whole and (headed or not mean * 6 / 10 <= stated.mid <= mean * 16 / 10)):
                continue
            severity = "error" if headed else "warning"
        shown = format_plain(sum((Decimal(_number(r[k])) for r in items), Decimal(0)))
        message = (f"表中“{header[k].text.strip()}”一列各行之和为 {shown}，"
                   f"“{_row_name(total)}”行为 {_number(total[k])}")
        yield Hit(TextAnchor(doc.key, total[k].start, total[k].end - total[k].start), message, severity,
                  tuple(TextAnchor(doc.key, r[k].start, r[k].end - r[k].start) for r in items))


def _rate_columns(doc, header, rows, numeric, wrong: set[int]):
    for k in numeric:
        name = header[k].text
        percent_cells = all(r[k].text.strip().endswith(("%", "％")) for r in rows)
        growth = _GROWTH_HEADER.search(name) is not None
        if not (percent_cells or _RATE_HEADER.search(name) or growth):
            continue
        others = [j for j in numeric if j != k and not any(r[j].text.strip().endswith(("%", "％")) for r in rows)]
        best = None
        for a in others:
            for b in others:
                if a == b:
                    continue
                filled = [r for r in rows if not (_blank(r[a]) or _blank(r[b]) or _blank(r[k]))]
                verdicts = [_verdict(r, a, b, k, growth) if r in filled else None for r in rows]
                held = sum(1 for r, v in zip(rows, verdicts) if v is None and r in filled)
                rows_checked = len(filled)
                if best is None or held > best[0]:
                    best = (held, a, b, verdicts, rows_checked)
        if best is None:
            continue
        held, a, b, verdicts, rows_checked = best
        if held < MIN_ROWS or held < rows_checked - 1 or held == rows_checked:
            continue  # read only where the other rows show which columns it is of
        for r, v in zip(rows, verdicts):
            if v is None or r[a].start in wrong or r[b].start in wrong:
                continue
            severity, expected = v
            how = (f"({r[a].text.strip()} − {r[b].text.strip()}) ÷ {r[b].text.strip()}" if growth
                   else f"{r[a].text.strip()} ÷ {r[b].text.strip()}")
            message = (f"表中“{_row_name(r)}”行的“{name.strip()}”为 {r[k].text.strip()}，"
                       f"按 {how}（“{header[a].text.strip()}”÷“{header[b].text.strip()}”，其他各行均相符）"
                       f"计算应为 {expected}%")
            yield Hit(TextAnchor(doc.key, r[k].start, r[k].end - r[k].start), message, severity or "error",
                      (TextAnchor(doc.key, r[a].start, r[a].end - r[a].start),
                       TextAnchor(doc.key, r[b].start, r[b].end - r[b].start)))


def _row_name(row) -> str:
    """The row's name: its first cell that is not a number (序号 1, 2 … come first)."""
    return next((c.text.strip() for c in row if _number(c) is None), row[0].text.strip())


def _verdict(row, a: int, b: int, k: int, growth: bool):
    """None when row[k] is row[a] over row[b] (or its growth over it), else the verdict."""
    try:
        num, den = _interval(_number(row[a])), _interval(_number(row[b]))
        stated = StatedNumber(_number(row[k]))
    except (InvalidOperation, TypeError):
        return ("info", "")
    if den.contains_zero():
        return ("info", "")
    numerator = num - den if growth else num
    verdict = judge_ratio(numerator, den, stated, 100)
    return verdict


TEXT_GRID_RULE = DocRule(
    id="text-grid",
    severity="error",
    title="文中表格计算不符",
    check=check_text_grids,
    failing=(
        "项目名称　　总投资　　完成投资　　完成率\n甲项目　　42000　　16650　　39.6%\n"
        "乙项目　　26500　　12960　　48.9%\n丙项目　　8600　　4215　　49.9%\n合计　　77100　　33825　　43.9%",
        "指标　　2023年　　2022年　　增长（%）\n地区生产总值　　28.64　　26.35　　8.7\n"
        "一般公共预算收入　　8356　　7642　　9.3\n城镇居民人均可支配收入　　38650　　36420　　6.2",
        "村名  应参保  已参保  参保率\n东村  2316  2298  99.22%\n西村  1985  1902  95.82%\n"
        "南村  1200  1150  95.38%",
        "表1 各村产业扶贫资金任务完成情况\n村名\u3000计划数（万元）\u3000完成数（万元）\u3000完成率\n杨家寨村\u30004768\u30003977\u300083.41%\n小河村\u30001807\u30001526\u300084.45%\n高家堡村\u30001326\u30001135\u300085.60%\n合计\u30007901\u30006641\u300084.01%",
        "表1 各村产业扶贫资金任务完成情况\n村名\u3000计划数（万元）\u3000完成数（万元）\n杨家寨村\u30004768\u30003977\n小河村\u30001807\u30001526\n高家堡村\u30001326\u30001135\n合计\u3000790\u30006638",
        "附表：各村临时救助统计\n村名 | 户数（户） | 人数（人） | 金额（万元）\n双河村 | 30 | 105 | 6.08\n白水村 | 37 | 58 | 8.21\n长坡村 | 65 | 162 | 31.73\n合计 | 132 | 326 | 46.02",
    ),
    passing=(
        "项目名称　　总投资　　完成投资　　完成率\n甲项目　　42000　　16650　　39.6%\n"
        "乙项目　　26500　　12960　　48.9%\n丙项目　　8600　　4215　　49.0%\n合计　　77100　　33825　　43.9%",
        "指标　　2023年　　2022年　　增长（%）\n地区生产总值　　28.64　　26.35　　8.7\n"
        "一般公共预算收入　　8356　　7642　　9.3\n城镇居民人均可支配收入　　38650　　36420　　6.1",
        # a rate column no pair of columns reproduces: not read
        "村名  户数  人数  满意度\n东村  231  698  98.5%\n西村  198  602  97.2%\n南村  120  355  99.1%",
        "各村人口密度情况\n村名\u3000\u3000人口（人）\u3000\u3000面积（平方公里）\u3000\u3000人口密度（人/平方公里）\n团结村\u3000\u30003518\u3000\u300015.9\u3000\u3000221\n石桥村\u3000\u30002278\u3000\u300011.0\u3000\u3000207\n红旗村\u3000\u30001581\u3000\u300013.8\u3000\u3000115\n合计\u3000\u30007377\u3000\u300040.7\u3000\u3000181",
        "各村城乡居民医保参保率\n单位：%\n村名\t2023年\t2024年\t提高（个百分点）\n东风村\t96.3\t98.6\t2.3\n青山村\t92.1\t93.1\t1.0\n石桥村\t97.1\t98.2\t1.1\n合计\t95.1\t96.6\t1.5",
        "| 村名 | 户数（户） | 人数（人） |\n|---|---|---|\n| 双河村 | 30 | 105 |\n| 白水村 | 37 | 58 |\n| 合计 | 67 | 163 |",
    ),
)

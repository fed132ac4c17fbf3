"""成文日期与落款: GB/T 9704-2012 (7.3.5.1) writes the 成文日期 in Arabic digits, the year in
full, month and day without a leading zero (2024年3月5日); a 公文 carries one.

A padded month or day is wrong anywhere in the text (GB/T 15835 writes dates the same way);
the 〇/零 spelling and a missing date concern the 成文日期 line only.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..registry import CorpusRule, DocRule, Hit, ReportRule, ReportScope, SectionExample, TextAnchor, TextDoc
from ...import_furniture import furniture_kind
from ...model import ReportProperties
from .chars import is_han, numeral_value
from .headings import is_document, set_up

TEXT_KEY = ("text",)
#: how far from the end the 成文日期 line may stand (落款 unit, date, then perhaps 附件 notes)
DATE_LINE_REACH = 3

_MONTH_AFTER_YEAR = re.compile(r"(?<![0-9])[0-9]{2,4}[ \t]*年[ \t]*(?P<m>0(?P<d>[1-9])月)")
_MONTH_BEFORE_DAY = re.compile(r"(?<![0-9])(?P<m>0(?P<d>[1-9])月)(?=[ \t]*[0-9]{1,2}[ \t]*[日号])")
_PADDED_DAY = re.compile(r"(?<![0-9])(?:0?[1-9]|1[0-2])[ \t]*月[ \t]*(?P<m>0(?P<d>[1-9])[日号])")

_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_DATE_ARABIC = re.compile(r"(?P<y>[0-9]{2,4})[ \t]*年[ \t]*(?P<m>[0-9]{1,2})[ \t]*月[ \t]*(?P<d>[0-9]{1,2})[ \t]*日")
_DATE_CHINESE = re.compile(r"(?P<y>[〇零○一二三四五六七八九]{2,4})年(?P<m>[一二三四五六七八九十]{1,2})月"
                           r"(?P<d>[一二三四五六七八九十]{1,3})日")
#: a date with its figures masked (20xx年12月20日, XXXX年XX月XX日): a date, whose mask the
#: placeholder rule names
_DATE_MASKED = re.compile(r"(?=[^\n]*[xX×])[0-9xX×]{2,4}[ \t]*年[ \t]*[0-9xX×]{1,2}[ \t]*月[ \t]*[0-9xX×]{1,2}[ \t]*日")
_DATE_NUMERIC = re.compile(r"(?P<y>[0-9]{4})[ \t]*(?P<sep>[.．/\-－])[ \t]*(?P<m>[0-9]{1,2})[ \t]*(?P=sep)"
                           r"[ \t]*(?P<d>[0-9]{1,2})[ \t]*日?")


_PADDED = re.compile(r"0[1-9][ \t]*[月日号]")


def padded_date_hits(doc: TextDoc) -> Iterator[Hit]:
    text = doc.text
    if "0" not in text or not _PADDED.search(text):
        return
    seen = set()
    for regex in (_MONTH_AFTER_YEAR, _MONTH_BEFORE_DAY, _PADDED_DAY):
        for m in regex.finditer(text):
            start = m.start("m")
            if start in seen:
                continue
            seen.add(start)
            unit = m.group("m")[-1]
            yield Hit(TextAnchor(doc.key, start, len(m.group("m"))),
                      "日期的月、日不编虚位，应去掉前面的零", fix=m.group("d") + unit)


PADDED_DATE_RULE = DocRule(
    id="padded-date",
    severity="info",
    title="日期编虚位",
    check=padded_date_hits,
    failing=("2024年03月05日", "于2019年01月召开会议", "3月05日完成验收", "03月15日完成验收"),
    passing=("2024年3月5日", "2019年10月召开", "编号03号", "完成03户", "2018年,共投入资金0.5万元"),
    family="dates",
)


def _date_line(text: str, start: int, end: int):
    """(match, kind) when the line is a date alone: the 成文日期 line."""
    line = text[start:end]
    for kind, regex in (("arabic", _DATE_ARABIC), ("chinese", _DATE_CHINESE), ("numeric", _DATE_NUMERIC),
                        ("masked", _DATE_MASKED)):
        m = regex.fullmatch(line)
        if m:
            return m, kind
    return None


def _arabic(m: re.Match, kind: str) -> str | None:
    """The date as GB/T 9704 writes it, when it can be read with certainty."""
    if kind == "chinese":
        year = "".join(_CN_DIGITS[c] for c in m.group("y"))
        month, day = numeral_value(m.group("m")), numeral_value(m.group("d"))
    else:
        year, month, day = m.group("y"), int(m.group("m")), int(m.group("d"))
    if len(year) != 4 or not month or not day or month > 12 or day > 31:
        return None
    return f"{year}年{month}月{day}日"


def text_date_hits(docs: list[TextDoc], focus=None) -> Iterator[Hit]:
    if len(docs) != 1 or docs[0].key != TEXT_KEY:
        return  # a report keeps its 成文日期 in 报告属性 (REPORT_DATE_RULE)
    doc = docs[0]
    text = doc.text
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        s = m.group()
        if s.strip():
            start = m.start() + len(s) - len(s.lstrip())
            lines.append((start, start + len(s.strip())))
    if not lines or not is_document(text):
        return
    while len(lines) > 1 and furniture_kind(text[lines[-1][0]:lines[-1][1]], at_edge=True):
        lines.pop()  # a web page's 责任编辑 or page number below the report
    for start, end in reversed(lines[-DATE_LINE_REACH:]):
        found = _date_line(text, start, end)
        if found is None:
            continue
        m, kind = found
        if kind == "masked" or (kind == "arabic" and len(m.group("y")) == 4):
            return  # padded months and days are padded-date's, masked figures placeholder's
        if kind == "arabic":
            yield Hit(TextAnchor(doc.key, start, end - start), "成文日期的年份应写全（四位）",
                      severity="warning")
            return
        what = "用汉字书写" if kind == "chinese" else "用点号或横线分隔"
        yield Hit(TextAnchor(doc.key, start, end - start),
                  f"成文日期{what}：GB/T 9704 规定用阿拉伯数字写明年、月、日", fix=_arabic(m, kind))
        return
    start, end = lines[-1]
    at = next((i for i in range(end - 1, start - 1, -1) if is_han(text[i])), end - 1)
    yield Hit(TextAnchor(doc.key, at, 1), "未见成文日期：落款处应用阿拉伯数字写明年、月、日")


#: a body long enough for an example to be a whole 公文
_BODY = "全乡干部群众攻坚克难，埋头苦干，较好地完成了县委、县政府交办的各项工作任务。" * 6

TEXT_DATE_RULE = CorpusRule(
    id="text-doc-date",
    severity="info",
    title="成文日期",
    check=text_date_hits,
    failing=("工作总结\n" + _BODY + "\n某乡人民政府",
             "工作总结\n" + _BODY + "\n某乡人民政府\n二〇二四年三月五日",
             "工作总结\n" + _BODY + "\n某乡人民政府\n2024.3.5",
             "工作总结\n" + _BODY + "\n某乡人民政府\n24年3月5日"),
    passing=("今年以来，我乡稳步推进。\n某乡人民政府", "工作总结\n" + _BODY + "\n某乡人民政府\n2024年3月5日",
             "工作总结\n" + _BODY + "\n某乡人民政府\n  2024年3月5日  \n"),
    family="dates",
)


def _last_doc(scope: ReportScope) -> TextDoc | None:
    last = None
    for view in scope.walk():
        for field in ("title", "body"):
            doc = scope.docs.get(("section", view.section.id, field))
            if doc is not None:
                last = doc
    return last


def report_date_hits(scope: ReportScope) -> Iterator[Hit]:
    props = scope.report.properties
    last = _last_doc(scope)
    if last is None or last.section_id not in set(scope.section_ids) or not set_up(scope):
        return
    end = len(last.text.rstrip())
    if end == 0:
        return
    at = TextAnchor(last.key, end - 1, 1)
    if not props.doc_date.strip():
        yield Hit(at, "报告未填成文日期：请在报告属性中填写（打印在落款处）")
    if not props.issuer.strip():
        yield Hit(at, "报告未填落款单位：请在报告属性中填写（打印在文末）")


REPORT_DATE_RULE = ReportRule(
    id="report-doc-date",
    severity="info",
    title="成文日期与落款",
    check=report_date_hits,
    failing=((ReportProperties(title="工作总结", issuer="某乡人民政府"), SectionExample(body="今年以来，我乡稳步推进。")),
             (ReportProperties(title="工作总结", doc_date="2024-03-05"), SectionExample(body="今年以来，我乡稳步推进。"))),
    passing=((ReportProperties(title="工作总结", issuer="某乡人民政府", doc_date="2024-03-05"),
              SectionExample(body="今年以来，我乡稳步推进。")),),
    family="dates",
)

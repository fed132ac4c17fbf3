"""The parts of a report around its body: the title line, the 落款 and date, and the
properties (乡镇, 县, 年度, 期间, 类型) that can be read off them.

Only what is recognisable is filled; a property left empty is for the user to
enter in 报告属性, which is better than a wrong guess.
"""
from __future__ import annotations

import re
from datetime import date

from .heading_parse import is_title_like, marker_at, title_ending_split
from .model import ReportProperties

_CN_DATE_DIGITS = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")
_DATE = re.compile(
    r"(\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_ISSUER_END = ("人民政府", "政府", "党委", "委员会", "办事处", "办公室", "街道", "乡", "镇", "局",
               "中心", "站", "所", "支部", "总支", "工委", "管委会", "领导小组", "工作组")
_SENTENCE_PUNCT = set("，。；：,.;:！？!?、“”\"")
_GENERIC_PLACES = {"乡镇", "本乡", "我乡", "全乡", "该乡", "本镇", "我镇", "全镇", "该镇", "各乡",
                   "各镇", "乡", "镇"}
_TOWNSHIP = re.compile(r"^(?:中共)?(?:[\u4e00-\u9fff]{1,6}?[县市区旗](?=[\u4e00-\u9fff]{2}))?"
                       r"([\u4e00-\u9fff]{1,5}?(?:乡|镇|街道))(?=人民政府|政府|党委|委员会|办事处|"
                       r"\d{4}年|[〇零一二三四五六七八九]{4}年|$)")
_COUNTY_IN_ISSUER = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{1,6}?[县市区旗])[\u4e00-\u9fff]")
_COUNTY_IN_TEXT = re.compile(r"(?:地处|位于|隶属于?|地属)([\u4e00-\u9fff]{1,6}?[县旗])")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_RUN_ON_FIRST_LINE = 200  # a first paragraph this long may be a title run into the text


def _cn_small(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    from .heading_parse import chinese_to_int

    return chinese_to_int(text)


def parse_date_line(line: str) -> str:
    """ISO date when the whole line is a date (2019年1月10日 / 二〇一九年一月十日), else ""."""
    s = line.strip()
    m = _DATE.fullmatch(s)
    if not m:
        return ""
    year = int(m.group(1).translate(_CN_DATE_DIGITS))
    month = _cn_small(m.group(2))
    day = _cn_small(m.group(3))
    if not month or not day:
        return ""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def is_issuer_line(line: str) -> bool:
    """A short line naming an office: 晓坪乡人民政府, 中共XX乡委员会."""
    s = line.strip()
    if not s or len(s) > 30 or any(ch in _SENTENCE_PUNCT for ch in s):
        return False
    if marker_at(s) is not None or any(ch.isdigit() for ch in s):
        return False
    return s.endswith(_ISSUER_END) and len(s) >= 2


def split_title(paragraphs: list[str]) -> tuple[str, list[str]]:
    """(title, remaining paragraphs): the first line when it is a title.

    A report pasted as one long line keeps its title in front of the text
    (“…工作打算今年以来，…”); the last report-kind word of the first clause ends it.
    """
    if not paragraphs:
        return "", paragraphs
    first = paragraphs[0].strip()
    if len(paragraphs) > 2 and is_title_like(first) and is_title_like(paragraphs[1]):
        second = paragraphs[1].strip()
        # “晓坪乡人民政府 / 关于2019年工作情况的报告”: a title set on two lines
        if second.startswith("关于") or (is_issuer_line(first) and second != first):
            return first + second, paragraphs[2:]
    if len(paragraphs) > 1 and is_title_like(first):
        return first, paragraphs[1:]
    if len(first) > _RUN_ON_FIRST_LINE and marker_at(first) is None:
        cut = title_ending_split(first, min_title=8, max_title=60)
        if cut > 0:
            return first[:cut].strip(), [first[cut:]] + paragraphs[1:]
    return "", paragraphs


def split_closing(paragraphs: list[str]) -> tuple[list[str], str, str, str]:
    """(body paragraphs, issuer, date text, ISO date) with the 落款 lines taken off the end."""
    body = list(paragraphs)
    date_text = iso = ""
    if body and parse_date_line(body[-1]):
        date_text = body.pop().strip()
        iso = parse_date_line(date_text)
    issuers: list[str] = []
    while body and len(issuers) < 2 and is_issuer_line(body[-1]):
        issuers.insert(0, body.pop().strip())
    return body, "\n".join(issuers), date_text, iso


def guess_properties(title: str, issuer: str, iso_date: str, body_text: str) -> ReportProperties:
    """What the title, 落款 and opening text say about the report; unknown stays empty."""
    props = ReportProperties(title=title, issuer=issuer, doc_date=iso_date)
    for source in (issuer.split("\n")[-1] if issuer else "", title):
        m = _TOWNSHIP.match(source)
        if m and m.group(1) not in _GENERIC_PLACES and len(m.group(1)) >= 2:
            props.township = m.group(1)
            break
    county = _COUNTY_IN_ISSUER.match(issuer.split("\n")[-1]) if issuer else None
    if county and county.group(1) not in props.township:
        props.county = county.group(1)
    else:
        m = _COUNTY_IN_TEXT.search(body_text[:5000])
        if m:
            props.county = m.group(1)
    m = _YEAR.search(title) or _YEAR.search(body_text[:300])
    if m:
        props.year = m.group(1)
    props.period = _period(title)
    props.report_type = _report_type(title, props.period)
    return props


def _period(title: str) -> str:
    for word in ("上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度"):
        if word in title:
            return word
    if any(w in title for w in ("年度", "全年", "年工作总结", "年工作汇报", "年工作情况")):
        return "全年"
    return ""


def _report_type(title: str, period: str) -> str:
    if "民生实事" in title or "办实事" in title:
        return "民生实事完成情况"
    if period == "上半年":
        return "上半年工作情况"
    if "汇报" in title:
        return "工作汇报"
    if "总结" in title and period == "全年":
        return "年度工作总结"
    return ""

"""标题与层次: a heading standing on its own line ends without 。; the report's title holds no
punctuation but 书名号, is not printed twice, and is there at all.

A plain text's title is its first line (found by CorpusRule, which alone sees a plain text
whole); a report's title is its 报告属性 and its headings are its sections' titles
(ReportRule). Numbered lines inside a text are headings when they stand alone (DocRule).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..registry import CorpusRule, DocRule, Hit, ReportRule, ReportScope, SectionExample, TextAnchor, TextDoc
from ...model import ReportProperties
from .chars import CHINESE_PUNCTUATION, Protected, is_ascii_word, is_han
from .markers import HEADING_LEVELS, find_markers

TEXT_KEY = ("text",)
#: a text this short is a passage, not a whole 公文: it has no title or 成文日期 to miss
DOCUMENT_MIN_CHARS = 200
#: a standalone heading is short; a numbered line longer than this is a paragraph
HEADING_MAX = 40
TITLE_MAX = 60
#: marks a 公文 title does without (书名号 are for names of laws and documents; · and — are
#: parts of names and ranges)
TITLE_MARKS = frozenset(CHINESE_PUNCTUATION - set("《》〈〉·—…～﹏")) | frozenset(",;:!?()\"")
#: words a report title ends its first clause with when the title runs into the text
TITLE_WORDS = ("总结", "汇报", "报告", "计划", "打算", "材料", "情况", "要点", "方案", "意见")
_SENTENCE_ENDS = re.compile(r"[。！？；!?;]")
_LINES = re.compile(r"[^\n]+")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) of their text without surrounding spaces."""
    out = []
    for m in _LINES.finditer(text):
        s = m.group()
        stripped = s.strip()
        if stripped:
            start = m.start() + len(s) - len(s.lstrip())
            out.append((start, start + len(stripped)))
    return out


def _heading_level(text: str, start: int, end: int) -> int | None:
    for marker in find_markers(text[start:end]):
        if marker.start == 0 and marker.level in HEADING_LEVELS:
            return marker.level
        break
    return None


_DIGIT_RUN = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")


def _one_sentence(line: str) -> bool:
    """A line that could be a heading ending in 。: short, one sentence, and not a statement
    of figures (（五）、上半年出生…人，政策符合率为…%。 reports, it does not head)."""
    return (len(line) <= HEADING_MAX and line.endswith("。") and len(_SENTENCE_ENDS.findall(line)) == 1
            and len(_DIGIT_RUN.findall(line)) <= 1)


def _line_of(text: str, marker) -> tuple[int, int]:
    end = text.find("\n", marker.end)
    end = len(text) if end < 0 else end
    while end > marker.start and text[end - 1] in " \t\u3000":
        end -= 1
    return marker.start, end


def heading_stop_hits(doc: TextDoc) -> Iterator[Hit]:
    text = doc.text
    if "。" not in text:
        return
    heads = [m for m in find_markers(text) if m.at_paragraph_start and m.level in HEADING_LEVELS]
    lines = [_line_of(text, m) for m in heads]
    for n, (marker, (start, end)) in enumerate(zip(heads, lines)):
        if not _one_sentence(text[start:end]):
            continue
        # 1.… 2.… 3.… on consecutive lines, each one sentence: a list of items, not headings
        listed = False
        for k in (n - 1, n + 1):
            if 0 <= k < len(heads) and heads[k].level == marker.level:
                s, e = lines[k]
                between = text[min(end, e):max(start, s)]
                if not between.strip() and _one_sentence(text[s:e]):
                    listed = True
        if not listed:
            yield Hit(TextAnchor(doc.key, end - 1, 1), "单独成行的标题末尾不用句号", fix="")


HEADING_STOP_RULE = DocRule(
    id="heading-full-stop",
    severity="info",
    title="标题末尾句号",
    check=heading_stop_hits,
    failing=("（一）求真务实。\n2018年，全乡预计实现增收。", "1、城乡居民低保水平。"),
    passing=("（一）求真务实\n2018年，全乡预计实现增收。", "1.经济实力不断增强。2018年，全乡增收。",
             "1.完成低保审核。\n2.完成危房改造。\n3.完成厕所改造。", "全乡预计实现增收。"),
    family="headings",
)


def _title_like(line: str) -> bool:
    return (len(line) <= TITLE_MAX and line[-1] not in "。，,；;：:！？!?、"
            and _heading_level(line, 0, len(line)) is None)


def _runs_into_text(line: str) -> bool:
    """乡镇…工作打算今年以来,…: a title run into the first paragraph still is a title."""
    clause = re.split(r"[，,。；;：:！？!?]", line, maxsplit=1)[0]
    return len(clause) <= 2 * TITLE_MAX and any(w in clause for w in TITLE_WORDS)


def is_document(text: str) -> bool:
    """A whole 公文 rather than a passage: long enough to be expected to carry its title and date."""
    return len(text) - text.count(" ") - text.count("\n") >= DOCUMENT_MIN_CHARS


def set_up(scope: ReportScope) -> bool:
    """Is this a whole 公文 whose title and 成文日期 can be missed? One whose 报告属性 were filled
    (from a template, an import, the dialog) or whose text is long enough; not a bare example."""
    if any(str(v).strip() for v in scope.report.properties.as_dict().values()):
        return True
    return sum(len(s.title) + len(s.body) for s in scope.report.sections) >= DOCUMENT_MIN_CHARS


def title_marks(title: str) -> Iterator[int]:
    """Where each kind of mark first stands in a title (once per kind; a time's 16:20 and a
    URL's marks are not punctuation)."""
    seen = set()
    protected = Protected(title)
    for i, ch in enumerate(title):
        if ch not in TITLE_MARKS or ch in seen or i in protected:
            continue
        if ch.isascii() and is_ascii_word(title[i - 1:i] or " ") and is_ascii_word(title[i + 1:i + 2] or " "):
            continue
        seen.add(ch)
        yield i


def text_title_hits(docs: list[TextDoc], focus=None) -> Iterator[Hit]:
    if len(docs) != 1 or docs[0].key != TEXT_KEY:
        return  # a report: its title is in 报告属性 (REPORT_TITLE_RULE)
    doc = docs[0]
    text = doc.text
    lines = _lines(text)
    if not is_document(text):
        return
    start, end = lines[0]
    first = text[start:end]
    if not _title_like(first):
        if not _runs_into_text(first):
            at = next((i for i in range(start, end) if is_han(text[i])), start)
            yield Hit(TextAnchor(doc.key, at, 1), "未见标题：公文首行应为标题（发文机关、事由、文种）")
        return
    for i in title_marks(first):
        yield Hit(TextAnchor(doc.key, start + i, 1),
                  f"标题中有标点“{first[i]}”：公文标题除书名号外一般不用标点")
    if len(lines) > 1 and text[lines[1][0]:lines[1][1]] == first:
        s, e = lines[1]
        yield Hit(TextAnchor(doc.key, s, e - s), "标题重复：第二行又是标题", severity="warning")


#: a body long enough for an example to be a whole 公文
_BODY = "全乡干部群众攻坚克难，埋头苦干，较好地完成了县委、县政府交办的各项工作任务。" * 6

TEXT_TITLE_RULE = CorpusRule(
    id="text-title",
    severity="info",
    title="标题",
    check=text_title_hits,
    failing=("根据县委的工作安排，我乡取得了良好成效。\n一、全年工作任务完成情况\n" + _BODY,
             "乡镇年度民生工作总结\n\n乡镇年度民生工作总结\n\n一、咬定目标\n" + _BODY,
             "关于2023年工作的总结，请审阅\n一、基本情况\n" + _BODY),
    passing=("乡2022年工作汇报材料\n\n今年以来，我乡取得了良好成效。\n" + _BODY,
             "关于贯彻《中华人民共和国劳动法》的工作报告\n一、基本情况\n" + _BODY,
             "乡镇委员会上半年主要工作情况与下一步工作打算今年以来,我乡紧紧围绕目标。" + _BODY,
             "根据县委的工作安排，我乡取得了良好成效。"),
    family="headings",
)


def _first_doc(scope: ReportScope) -> TextDoc | None:
    for view in scope.walk():
        for field in ("title", "body"):
            doc = scope.docs.get(("section", view.section.id, field))
            if doc is not None:
                return doc
    return None


def _first_paragraph(text: str) -> tuple[int, int] | None:
    lines = _lines(text)
    return lines[0] if lines else None


def report_title_hits(scope: ReportScope) -> Iterator[Hit]:
    report = scope.report
    wanted = set(scope.section_ids)
    first = _first_doc(scope)
    title = report.properties.title.strip()
    if first is not None and first.section_id in wanted and set_up(scope):
        at = TextAnchor(first.key, 0, 1)
        if not title:
            yield Hit(at, "报告未填标题：请在报告属性中填写标题")
        for i in title_marks(title):
            yield Hit(at, f"报告标题中有标点“{title[i]}”：公文标题除书名号外一般不用标点")
        if title:
            span = _first_paragraph(first.text)
            if span is not None and first.text[span[0]:span[1]] == title:
                yield Hit(TextAnchor(first.key, span[0], span[1] - span[0]),
                          "标题重复：与报告标题相同", severity="warning")
    for sid in scope.section_ids:
        doc = scope.docs.get(("section", sid, "title"))
        if doc is None or not doc.text.rstrip().endswith("。"):
            continue
        end = len(doc.text.rstrip())
        if _heading_level(doc.text, 0, end) is not None and _one_sentence(doc.text[:end].strip()):
            continue  # a typed 序号: heading-full-stop has it
        yield Hit(TextAnchor(doc.key, end - 1, 1), "标题末尾不用句号", fix="")


REPORT_TITLE_RULE = ReportRule(
    id="report-headings",
    severity="info",
    title="报告标题与小标题",
    check=report_title_hits,
    failing=((ReportProperties(title="", township="某乡"), SectionExample(title="基本情况", body="全乡下辖八个村。")),
             (ReportProperties(title="关于2023年工作的总结，请审阅"), SectionExample(title="基本情况")),
             (ReportProperties(title="乡2022年工作汇报材料"),
              SectionExample(title="", body="乡2022年工作汇报材料\n今年以来，我乡稳步推进。")),
             (ReportProperties(title="乡2022年工作汇报材料"), SectionExample(title="城乡居民低保水平。"))),
    passing=((ReportProperties(title="乡2022年工作汇报材料"), SectionExample(title="基本情况")),
             (ReportProperties(title="关于贯彻《中华人民共和国劳动法》的报告"),
              SectionExample(title="", body="今年以来，我乡稳步推进。")),),
    family="headings",
)

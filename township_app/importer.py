"""Import a report someone typed in Word or a text editor: .txt/.docx → Report.

Nothing of the drafter's is lost: every character of the source ends up in the title, a
heading, a body, an indicator row or the 落款; only heading numbers (regenerated from the
tree), whitespace and page furniture (import_furniture: page numbers, download notices, a
title printed twice) may differ, and the notes name every one of those differences.
:class:`ImportResult` keeps the numbers as the source wrote them and the furniture left out,
so that property can be checked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .formats import docx_styles
from .docx_import import DocxItem, is_own_docx, table_indicators
from .docx_text import read_docx
from .heading_parse import is_heading_line, is_title_like, marker_at
from .import_furniture import (PAGE_NUMBER, TITLE_TWICE, LeftOut, clean_title, describe, doubled_prefix, near_double,
                               same_as_title, strip_lines)
from .model import (NUMBERING_AUTO, NUMBERING_NONE, Indicator, Report, ReportProperties, Section,
                    unit_of_line)
from .report_closing import guess_properties, parse_date_line, split_closing, split_title
from .report_parse import Block, parse_blocks
from .model import MAX_REPORT_CHARS
from .textsource import SourceTextError, read_source_text, require_file


class ImportError_(Exception):
    """A file that cannot be imported; the message is for the user."""


@dataclass
class ImportResult:
    report: Report
    notes: list[str] = field(default_factory=list)  # what the user should know (renumbering …)
    source_markers: dict[int, str] = field(default_factory=dict)  # section id → number as typed
    date_text: str = ""  # the date line as typed
    left_out: list[LeftOut] = field(default_factory=list)  # page furniture, in source order
    #: section id → the stop after a run-in heading (（一）就业创业。上半年…), not in its title
    run_in_stops: dict[int, str] = field(default_factory=dict)

    def source_order_text(self) -> str:
        """The imported report read back in order with the source's own numbers.

        Equal to the source apart from whitespace and the furniture in left_out: the no-loss
        property.
        """
        props = self.report.properties
        lines = [props.title] if props.title else []
        for view in self.report.walk():
            s = view.section
            marker = self.source_markers.get(s.id, view.label)
            if marker or s.title:
                lines.append(marker + s.title + self.run_in_stops.get(s.id, ""))
            if s.body:
                lines.append(s.body)
            for ind in self.report.indicators_of(s.id):
                lines.append("\t".join(v for v in (ind.name, ind.value, ind.unit) if v))
        if props.issuer:
            lines.append(props.issuer)
        if self.date_text:
            lines.append(self.date_text)
        return "\n".join(lines)


def _check_size(characters: int) -> None:
    """The same limit a report file has (model.MAX_REPORT_CHARS): an imported report
    must open again."""
    if characters > MAX_REPORT_CHARS:
        raise ImportError_(f"文件中有 {characters:,} 字，超过一份报告的上限 {MAX_REPORT_CHARS:,} 字，"
                           "不像是一份工作报告，请确认选择的文件。")


def import_text(text: str) -> Report:
    return parse_text(text).report


def import_path(path: str | Path) -> Report:
    return parse_path(path).report


def parse_text(text: str, *, keep_furniture: bool = False) -> ImportResult:
    """The tree, properties and 落款 of a report given as plain text.

    keep_furniture imports page numbers, notices and a repeated title as text (the user's
    choice when the importer took report text for furniture)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    _check_size(len(text))
    return _assemble([Block(line) for line in text.split("\n") if line.strip()], keep_furniture)


def parse_path(path: str | Path, *, keep_furniture: bool = False) -> ImportResult:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        require_file(path)
    except SourceTextError as exc:
        raise ImportError_(str(exc)) from exc
    if suffix in (".doc", ".wps", ".rtf", ".wpt", ".dot"):
        raise ImportError_(f"“{path.name}”是旧版 Word/WPS 格式，请先在 Word 或 WPS 中“另存为”"
                           ".docx 文件后再导入。")
    if suffix not in (".txt", ".docx"):
        raise ImportError_(f"“{path.name}”不是可导入的文件：只能导入 .txt 或 .docx 文件。")
    try:
        if suffix == ".txt":
            return parse_text(read_source_text(path), keep_furniture=keep_furniture)
        items, stored_properties, left_out = read_docx(path)
    except SourceTextError as exc:
        raise ImportError_(str(exc)) from exc
    _check_size(sum(len(i.text) + sum(len(c) for r in i.rows for c in r) for i in items))
    if is_own_docx(items):
        result = _parse_own_docx(items)
        _restore_properties(result.report.properties, stored_properties)
    else:
        result = _assemble(_docx_blocks(items), keep_furniture)
    result.notes.extend(left_out)
    return result


def _restore_properties(props: ReportProperties, stored: dict) -> None:
    """Properties the writer kept in the document properties win over guesses."""
    for name in ReportProperties.field_names():
        value = stored.get(name)
        if isinstance(value, str) and (value or name == "template"):
            setattr(props, name, value)


def _docx_blocks(items: list[DocxItem]) -> list[Block]:
    blocks: list[Block] = []
    for item in items:
        if item.kind == "table":
            rows = table_indicators(item.rows)
            if rows is not None:
                blocks.append(Block(indicators=rows))
            else:
                blocks.extend(Block("\t".join(r), plain=True) for r in item.rows if any(r))
        else:
            # a manual line break inside a Word paragraph is a line like any other
            lines = [line for line in item.text.split("\n") if line.strip()]
            if item.outline_level is not None and len(lines) == 1:
                blocks.append(Block(lines[0], outline_level=item.outline_level))
            else:
                blocks.extend(Block(line) for line in lines)
    return blocks


def _without_furniture(blocks: list[Block]) -> tuple[list[Block], list[int], list[LeftOut]]:
    """Paragraphs with page numbers, reprint and download notices taken out (a table's text is
    the drafter's: never furniture), and the index each kept paragraph had in the source."""
    texts = [i for i, b in enumerate(blocks) if _is_text(b)]
    kept, left = strip_lines([blocks[i].text for i in texts])
    out: list[Block | None] = list(blocks)
    for i, text in zip(texts, kept):
        out[i] = None if text is None else Block(text, outline_level=blocks[i].outline_level)
    left_out = [LeftOut(p.text, p.kind, texts[p.paragraph]) for p in left]
    origin = [i for i, b in enumerate(out) if b is not None]
    return _joined_page_chunks([b for b in out if b is not None], origin, left_out)


#: 2、 at a line's start: the number a document site gives each piece (page) it cuts a text into
_CHUNK_MARK = re.compile(r"\s*([0-9]{1,2})、")
#: what a line may end with when its sentence ended there
_SENTENCE_DONE = "。！？!?；;：:”」』）)】…"
#: a piece that long before the mark: a page of text, not a numbered heading or item
_CHUNK_MIN = 100


def _heading_after_mark(text: str) -> bool:
    """2、城镇医疗救助服务进一步优化。⏎…: the number opens a short heading line, the drafter's own
    (after a paragraph the drafter left without its full stop)."""
    marker = marker_at(text.strip())
    return marker is not None and is_heading_line(text.strip(), marker)


def _joined_page_chunks(blocks: list[Block], origin: list[int],
                        left_out: list[LeftOut]) -> tuple[list[Block], list[int], list[LeftOut]]:
    """…2023年第一⏎2、批特色种养业扶贫…: a document site numbers the pages it cuts a text into (2、, 3、
    …) at the start of each, in the middle of a sentence: the numbers are page furniture (left out,
    and named) and the pieces one paragraph, not sections titled with half a sentence."""
    out_b: list[Block] = []
    out_o: list[int] = []
    expected = 2
    for block, o in zip(blocks, origin):
        m = _CHUNK_MARK.match(block.text) if _is_text(block) else None
        before = out_b[-1].text.rstrip() if out_b and _is_text(out_b[-1]) else ""
        if m is not None and int(m.group(1)) == expected and len(before) >= _CHUNK_MIN \
                and before[-1] not in _SENTENCE_DONE and len(block.text.strip()) >= _CHUNK_MIN // 3 \
                and not _heading_after_mark(block.text):
            left_out.append(LeftOut(m.group().strip(), PAGE_NUMBER, o))
            expected += 1
            if len(out_b) == 1:  # (the first line holds the title: the next page stays a paragraph)
                out_b.append(Block(block.text[m.end():], outline_level=block.outline_level))
                out_o.append(o)
                continue
            out_b[-1] = Block(before + block.text[m.end():], outline_level=out_b[-1].outline_level)
            continue
        out_b.append(block)
        out_o.append(o)
    first = _CHUNK_MARK.match(out_b[0].text) if expected > 2 and out_b and _is_text(out_b[0]) else None
    if first is not None and int(first.group(1)) == 1 and out_o[0] == 0:
        left_out.append(LeftOut(first.group().strip(), PAGE_NUMBER, out_o[0]))  # the first page's 1、
        out_b[0] = Block(out_b[0].text[first.end():], outline_level=out_b[0].outline_level)
    return out_b, out_o, left_out  # (_assemble puts left_out in source order)


def _is_text(block: Block) -> bool:
    return block.indicators is None and not block.plain


def _title_twice(blocks: list[Block], origin: list[int], left_out: list[LeftOut]) -> list[Block]:
    """A first line that is one title printed twice (“…总结…总结今年以来”) keeps one copy."""
    if not blocks or not _is_text(blocks[0]):
        return blocks
    text = blocks[0].text.strip()
    n = doubled_prefix(text)
    if n and is_title_like(text[:n]):
        left_out.append(LeftOut(text[n:2 * n], TITLE_TWICE, origin[0]))
        blocks = [Block(text[:n] + text[2 * n:], outline_level=blocks[0].outline_level)] + blocks[1:]
    return blocks


def _assemble(blocks: list[Block], keep_furniture: bool = False) -> ImportResult:
    """Furniture out, title off the front, 落款 off the end, the tree from what is between."""
    if keep_furniture:
        origin, left_out = list(range(len(blocks))), []
    else:
        blocks, origin, left_out = _without_furniture(blocks)
        blocks = _title_twice(blocks, origin, left_out)
    lead = 0
    while lead < len(blocks) and blocks[lead].indicators is None and not blocks[lead].plain:
        lead += 1
    text_head = [b.text for b in blocks[:lead]]
    title, rest_head = split_title(text_head)
    consumed = len(text_head) - len(rest_head)
    if rest_head and consumed == 0 and rest_head[0] != text_head[0]:
        blocks = [Block(rest_head[0])] + blocks[1:]  # a title run into the first line
    else:
        blocks, origin = blocks[consumed:], origin[consumed:]
    if not keep_furniture and title:
        title, tails = clean_title(title, origin[0] - 1 if origin and origin[0] > 0 else 0)
        left_out.extend(tails)
    if not keep_furniture and title and blocks and _is_text(blocks[0]) \
            and same_as_title(blocks[0].text, title):
        # the title again as the first paragraph
        left_out.append(LeftOut(blocks[0].text.strip(), TITLE_TWICE, origin[0]))
        blocks = blocks[1:]
    left_out.sort(key=lambda p: p.paragraph)  # stable: pieces of one paragraph keep their order

    tail = len(blocks)
    while tail > 0 and blocks[tail - 1].indicators is None and not blocks[tail - 1].plain:
        tail -= 1
    body_tail, issuer, date_text, iso = split_closing([b.text for b in blocks[tail:]])
    blocks = blocks[:tail + len(body_tail)]  # the 落款 lines only ever come off the end

    parsed = parse_blocks(blocks)
    body_text = "\n".join(s.body for s in parsed.sections[:3])
    props = guess_properties(title, issuer, iso, body_text)
    report = Report(props, parsed.sections, parsed.indicators)
    notes = describe(left_out)
    twice = near_double(title)
    if twice:
        notes.append(f"标题像是同一标题写了两遍（“{twice[0]}”与“{twice[1]}”），两遍不完全相同，"
                     "已原样保留，请在报告属性中核对。")
    notes.extend(numbering_notes(report, parsed.source_markers))
    notes.extend(run_in_notes(report, parsed.source_markers, parsed.run_in_stops))
    if date_text and not iso:
        notes.append(f"成文日期“{date_text}”无法识别，请在报告属性中填写。")
    return ImportResult(report, notes, parsed.source_markers, date_text, left_out,
                        parsed.run_in_stops)


def run_in_notes(report: Report, source_markers: dict[int, str],
                 run_in_stops: dict[int, str]) -> list[str]:
    """One note for the headings that ran into their text: the report prints each heading on a
    line of its own, so the stop that separated it from the text is not printed."""
    if not run_in_stops:
        return []
    first = report.section(min(run_in_stops, key=lambda sid: _order(report, sid)))
    body = first.body.split("\n", 1)[0]
    clause = next((i + 1 for i, ch in enumerate(body[:20]) if ch in "，,；;。"), 0)
    example = (source_markers.get(first.id, "") + first.title + run_in_stops[first.id]
               + (body[:clause] if clause else body[:20]) + "…")
    return [f"{len(run_in_stops)} 个小标题与正文写在同一段（如“{example}”），已分为小标题和正文，"
            "小标题单独成行，标题后的句号不再打印。"]


def _order(report: Report, section_id: int) -> int:
    return next(n for n, view in enumerate(report.walk()) if view.section.id == section_id)


_FIRST_NUMBER = ((re.compile(r"\d+"), "1"), (re.compile("[一二三四五六七八九十百零〇两]+"), "一"),
                 (re.compile("[①-⑳]"), "①"))


def numbering_notes(report: Report, source_markers: dict[int, str]) -> list[str]:
    """Where the tree's numbers (model: regenerated from depth and position) differ from the
    numbers the drafter typed: each changed number by name, each changed style once."""
    changed: list[str] = []
    styles: dict[tuple[str, str], list[str]] = {}
    for view in report.walk():
        typed = source_markers.get(view.section.id, "")
        if not view.label or not typed:
            continue
        shown = "".join(typed.split())
        if shown == view.label:
            continue
        source = marker_at(shown, bare_ok=True)
        printed = marker_at(view.label, bare_ok=True)
        if source is not None and printed is not None and source.number != printed.number:
            changed.append(f"“{typed}{_short(view.section.title)}”按顺序编为“{view.label}”"
                           "（原文编号重复或跳号）")
        else:
            styles.setdefault((_style_of(shown), _style_of(view.label)), []).append(shown)
    notes = []
    if changed:
        notes.append("标题编号已按顺序重新编排，原文文字未改：" + "；".join(changed) + "。")
    for (typed_style, printed_style), examples in styles.items():
        notes.append(f"原文写作“{typed_style}”的 {len(examples)} 个标题编号，按公文层次编为"
                     f"“{printed_style}”式，标题文字未改。")
    return notes


def _style_of(marker: str) -> str:
    """The marker with its number made the first one ((三) → (一), 12、 → 1、) to name its style."""
    for pattern, first in _FIRST_NUMBER:
        named, count = pattern.subn(first, marker, count=1)
        if count:
            return named
    return marker


def _short(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# ---- a .docx this program wrote: structure from the paragraph styles ------------------------
def _parse_own_docx(items: list[DocxItem]) -> ImportResult:
    sections: list[Section] = []
    indicators: list[Indicator] = []
    bodies: dict[int, list[str]] = {}
    markers: dict[int, str] = {}
    open_at_depth: list[Section] = []
    current: Section | None = None
    title_lines: list[str] = []
    issuer_lines: list[str] = []
    date_text = ""

    def new_section(parent: Section | None, title: str, numbering: str) -> Section:
        parent_id = parent.id if parent else None
        sec = Section(id=len(sections) + 1, parent_id=parent_id, title=title, numbering=numbering,
                      position=sum(1 for s in sections if s.parent_id == parent_id))
        sections.append(sec)
        bodies[sec.id] = []
        return sec

    def body_target() -> Section:
        nonlocal current
        if current is None:
            current = new_section(None, "", NUMBERING_NONE)
        return current

    for item in items:
        if item.kind == "table":
            rows = table_indicators(item.rows)
            target = body_target()
            if rows is None:
                bodies[target.id].extend("\t".join(r) for r in item.rows if any(r))
                continue
            start = sum(1 for i in indicators if i.section_id == target.id)
            for offset, ind in enumerate(rows):
                ind.section_id, ind.position = target.id, start + offset
                indicators.append(ind)
            continue
        text = item.text.strip()
        depth = docx_styles.heading_depth(item.style)
        if item.style == docx_styles.TITLE:
            if text:
                title_lines.append(text)
        elif item.style == docx_styles.ISSUER:
            if text:
                issuer_lines.append(text)
        elif item.style == docx_styles.DATE:
            date_text = date_text or text
        elif item.style == docx_styles.TABLE_TITLE and text:
            body_target().table_title = text
        elif item.style == docx_styles.TABLE_UNIT and text:
            body_target().table_unit = unit_of_line(text)
        elif depth is not None:
            depth = min(depth, len(open_at_depth))
            del open_at_depth[depth:]
            label = item.first_run.strip()
            m = marker_at(label, bare_ok=True) if label else None
            numbered = m is not None and m.end == len(label) and text.startswith(label)
            heading_text = text[len(label):].strip() if numbered else text
            parent = open_at_depth[-1] if open_at_depth else None
            current = new_section(parent, heading_text,
                                  NUMBERING_AUTO if numbered else NUMBERING_NONE)
            if numbered:
                markers[current.id] = label
            open_at_depth.append(current)
        elif item.style == docx_styles.BODY or text:
            bodies[body_target().id].extend(item.text.split("\n"))

    for sec in sections:
        sec.body = "\n".join(bodies[sec.id]).strip("\n")
    iso = parse_date_line(date_text) if date_text else ""
    title = "".join(title_lines)
    props = guess_properties(title, "\n".join(issuer_lines), iso,
                             "\n".join(s.body for s in sections[:3]))
    report = Report(props, sections, indicators)
    notes = numbering_notes(report, markers)
    if date_text and not iso:
        notes.append(f"成文日期“{date_text}”无法识别，请在报告属性中填写。")
    return ImportResult(report, notes, markers, date_text)

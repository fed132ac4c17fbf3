"""Issue 12 · 5/7 on paper: a table's 表题 centred above it and its 单位 line right-aligned
just above the top rule, kept with the table, in the PDF and in the .docx."""
from __future__ import annotations

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from township_app import layout_spec as spec
from township_app.formats import docx_styles
from township_app.formats.docx_export import export_docx
from township_app.model import Indicator, Report, ReportProperties, Section
from township_app.printing import PrintOptions, find_fonts, render_pdf

pdfplumber = pytest.importorskip("pdfplumber")

MM = spec.MM
LEFT = spec.LEFT_MARGIN_MM * MM
RIGHT = LEFT + spec.TYPE_AREA_WIDTH_MM * MM
TITLE = "2018年上半年脱贫攻坚主要指标完成情况表"


def _report(body: str = "全乡脱贫426户。", table_title: str = TITLE, table_unit: str = "万元",
            print_table: bool = True) -> Report:
    rows = [Indicator(section_id=1, position=k, name=name, value=value, unit="万元")
            for k, (name, value) in enumerate([("产业奖补", "30.9"), ("小额信贷", "731.6")])]
    return Report(ReportProperties(title="晓坪乡2018年上半年工作总结"),
                  [Section(id=1, position=0, title="脱贫攻坚", body=body, print_table=print_table,
                           table_title=table_title, table_unit=table_unit),
                   Section(id=2, position=1, title="下半年打算", body="继续巩固脱贫成果。")],
                  rows)


@pytest.fixture(scope="module")
def fonts():
    return find_fonts()


def _lines(page) -> list[tuple[float, str, list]]:
    """(baseline, text, chars) top to bottom, the page number left out."""
    rows: list[tuple[float, list]] = []
    for ch in sorted(page.chars, key=lambda c: (page.height - c["matrix"][5], c["x0"])):
        y = page.height - ch["matrix"][5]
        if ch["text"].isspace() or y > page.height - 30 * MM:
            continue
        if rows and abs(rows[-1][0] - y) < 1.0:
            rows[-1][1].append(ch)
        else:
            rows.append((y, [ch]))
    return [(y, "".join(c["text"] for c in cs), cs) for y, cs in rows]


def _texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return ["".join(c["text"] for c in p.chars if not c["text"].isspace()) for p in pdf.pages]


def test_pdf_prints_the_title_centred_and_the_unit_line_right_on_the_tables_top_rule(
        tmp_path, fonts):
    result = render_pdf(_report(), tmp_path / "t.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        page = pdf.pages[0]
        lines = _lines(page)
        rules = sorted(l["top"] for l in page.lines if abs(l["top"] - l["bottom"]) < 0.1)
    texts = [t for _, t, _ in lines]
    title_at, unit_at = texts.index(TITLE), texts.index("单位：万元")
    header_at = next(k for k, t in enumerate(texts) if t.startswith("指标名称"))
    assert title_at + 1 == unit_at and unit_at + 1 == header_at  # 表题, 单位, then the table
    assert texts[title_at - 1] == "全乡脱贫426户。"

    _, _, title_chars = lines[title_at]
    centre = (title_chars[0]["x0"] + title_chars[-1]["x1"]) / 2
    assert abs(centre - (LEFT + RIGHT) / 2) < 1.0
    heiti = fonts.face(spec.FONT_ROLES["table_title"]).postscript_name
    assert all(c["fontname"].split("+")[-1].startswith(heiti) for c in title_chars)
    assert all(abs(c["size"] - spec.BODY_FONT_PT) < 0.05 for c in title_chars)  # 3号

    _, _, unit_chars = lines[unit_at]
    assert abs(unit_chars[-1]["x1"] - RIGHT) < 1.0  # right-aligned to the type area
    assert all(abs(c["size"] - spec.TABLE_UNIT_FONT_PT) < 0.05 for c in unit_chars)
    top_rule = min(r for r in rules if r > unit_chars[0]["bottom"])
    assert 0 <= top_rule - max(c["bottom"] for c in unit_chars) <= 6  # just above the rule
    assert min(c["top"] for c in unit_chars) > max(c["bottom"] for c in title_chars)


def test_pdf_prints_only_what_is_set_and_nothing_without_a_printed_table(tmp_path, fonts):
    unit_only = _texts(render_pdf(_report(table_title=""), tmp_path / "u.pdf",
                                  PrintOptions(fonts=fonts)).path)[0]
    assert "单位：万元指标名称" in unit_only and TITLE not in unit_only
    title_only = _texts(render_pdf(_report(table_unit=""), tmp_path / "t.pdf",
                                   PrintOptions(fonts=fonts)).path)[0]
    assert TITLE + "指标名称" in title_only and "单位：" not in title_only
    not_printed = _texts(render_pdf(_report(print_table=False), tmp_path / "n.pdf",
                                    PrintOptions(fonts=fonts)).path)[0]
    assert TITLE not in not_printed and "单位：万元" not in not_printed


def test_pdf_never_leaves_the_caption_alone_at_a_page_foot(tmp_path, fonts):
    """Title, blank line, heading and a body of 17 lines end on grid line 20 of 22: room for
    表题 and 单位, not for the table's start, so all three go to the next page together."""
    body = "脱" * 470  # 26 characters on the indented first line, 28 on each of the next 16
    result = render_pdf(_report(body=body), tmp_path / "t.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        first, second = _lines(pdf.pages[0]), _lines(pdf.pages[1])
    assert len(first) == 19 and [t for _, t, _ in first][-1].startswith("脱")
    grid_lines_used = round((first[-1][0] - first[0][0]) / spec.LINE_PITCH_PT) + 1
    assert grid_lines_used == 20  # two grid lines left below the body
    assert not any(TITLE in t or "单位：万元" in t for _, t, _ in first)
    assert [t for _, t, _ in second][:2] == [TITLE, "单位：万元"]
    assert [t for _, t, _ in second][2].startswith("指标名称")


def test_pdf_a_long_title_is_broken_into_balanced_centred_lines(tmp_path, fonts):
    long_title = "晓坪乡2018年上半年脱贫攻坚、产业发展和基础设施建设主要指标完成情况统计表"
    result = render_pdf(_report(table_title=long_title), tmp_path / "t.pdf",
                        PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        lines = _lines(pdf.pages[0])
    texts = [t for _, t, _ in lines]
    first = next(k for k, t in enumerate(texts) if long_title.startswith(t) and t)
    assert texts[first] + texts[first + 1] == long_title
    assert abs(len(texts[first]) - len(texts[first + 1])) <= 2  # balanced, not a long line + stub
    for _, _, chars in lines[first:first + 2]:
        assert abs((chars[0]["x0"] + chars[-1]["x1"]) / 2 - (LEFT + RIGHT) / 2) < 1.0


def _paragraph_style(document, paragraph_el) -> str:
    style_id = paragraph_el.pPr.pStyle.val if paragraph_el.pPr is not None \
        and paragraph_el.pPr.pStyle is not None else ""
    return next((s.name for s in document.styles if s.style_id == style_id), "")


def test_docx_puts_the_title_and_unit_paragraphs_right_before_the_table_kept_with_it(tmp_path):
    path = export_docx(_report(), tmp_path / "t.docx")
    document = Document(str(path))
    body = list(document.element.body)
    table_at = next(k for k, el in enumerate(body) if el.tag == qn("w:tbl"))
    title_el, unit_el, before = body[table_at - 2], body[table_at - 1], body[table_at - 3]
    text = lambda el: "".join(t.text for t in el.iter(qn("w:t")))  # noqa: E731
    assert (text(before), text(title_el), text(unit_el)) == ("全乡脱贫426户。", TITLE, "单位：万元")
    title_style = document.styles[_paragraph_style(document, title_el)]
    unit_style = document.styles[_paragraph_style(document, unit_el)]
    assert (title_style.name, unit_style.name) == (docx_styles.TABLE_TITLE, docx_styles.TABLE_UNIT)
    assert title_style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert unit_style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert title_style.paragraph_format.keep_with_next and unit_style.paragraph_format.keep_with_next
    assert title_style.font.name == "黑体" and title_style.font.size.pt == 16  # 3号 黑体
    assert unit_style.font.name == "仿宋" and unit_style.font.size.pt == 14  # 4号 仿宋
    fonts = title_style.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "黑体"


def test_docx_without_captions_or_a_printed_table_has_no_caption_paragraphs(tmp_path):
    for k, report in enumerate([_report(table_title="", table_unit=""),
                                _report(print_table=False)]):
        document = Document(str(export_docx(report, tmp_path / f"{k}.docx")))
        texts = [p.text for p in document.paragraphs]
        assert TITLE not in texts and "单位：万元" not in texts
        assert "全乡脱贫426户。" in texts


def test_a_docx_this_program_wrote_gives_its_captions_back(tmp_path):
    from township_app.importer import parse_path

    path = export_docx(_report(table_unit="单位：万元"), tmp_path / "t.docx")
    sections = parse_path(path).report.sections
    first = next(s for s in sections if s.title == "脱贫攻坚")
    assert (first.table_title, first.table_unit) == (TITLE, "万元")
    assert "单位" not in first.body and TITLE not in first.body
    other = next(s for s in sections if s.title == "下半年打算")
    assert (other.table_title, other.table_unit) == ("", "")

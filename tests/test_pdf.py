"""The printed report measured from the PDF itself (pdfplumber): grid, text, breaks, tables.

Fonts differ between machines; every assertion here holds whichever faces
find_fonts() picks, and is made twice: with the installed fonts and with none
(the built-in STSong-Light).
"""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from township_app import layout_spec as spec
from township_app.model import Indicator, Report, ReportProperties, Section, format_chinese_date
from township_app.printing import PrintError, PrintOptions, find_fonts, iter_render_pdf, render_pdf
from township_app.printing.linebreak import MULTI_CHAR_UNITS, NO_END, NO_START

from conftest import sample_paths

MM = spec.MM
LEFT = spec.LEFT_MARGIN_MM * MM
RIGHT = LEFT + spec.TYPE_AREA_WIDTH_MM * MM
TOP = spec.TOP_MARGIN_MM * MM
BOTTOM = TOP + spec.TYPE_AREA_HEIGHT_MM * MM
BODY = spec.BODY_FONT_PT


# -- helpers ------------------------------------------------------------------------------
def report_from_lines(lines: list[str], **props) -> Report:
    """First line the title (when it reads like one), every other line an unnumbered section."""
    lines = [l.strip() for l in lines if l.strip()]
    title = lines[0] if lines and len(lines[0]) <= 60 else ""
    rest = lines[1:] if title else lines
    sections = [Section(id=k, position=k, body=line, numbering="none")
                for k, line in enumerate(rest, 1)]
    return Report(ReportProperties(title=title, **props), sections)


def sample_report(path: Path) -> Report:
    return report_from_lines(path.read_text("utf-8").splitlines(),
                             issuer="某某乡人民政府", doc_date="2019-01-05")


def text_lines(page):
    """Characters grouped by baseline inside the type area: [(baseline, [chars])], top to bottom."""
    rows: list[tuple[float, list]] = []
    for ch in sorted(page.chars, key=lambda c: (page.height - c["matrix"][5], c["x0"])):
        if ch["text"].isspace():
            continue
        y = page.height - ch["matrix"][5]
        if y > BOTTOM + 1:  # the page number
            continue
        if rows and abs(rows[-1][0] - y) < 1.0:
            rows[-1][1].append(ch)
        else:
            rows.append((y, [ch]))
    return [(y, sorted(cs, key=lambda c: c["x0"])) for y, cs in rows]


def line_text(chars) -> str:
    return "".join(c["text"] for c in chars)


def body_lines(page):
    return [(y, cs) for y, cs in text_lines(page) if abs(cs[0]["size"] - BODY) < 0.05]


def nonspace(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


@pytest.fixture(scope="module", params=["installed", "built-in"])
def fonts(request):
    """Every test twice: with this machine's fonts, and with none (reportlab's STSong-Light)."""
    return find_fonts(use_system=request.param == "installed")


@pytest.fixture(scope="module")
def rendered_samples(tmp_path_factory, fonts):
    """Each sample rendered once: [(source path, report, RenderResult, pdfplumber PDF)]."""
    paths = sample_paths()
    assert len(paths) == 5, "tests/fixtures/samples should hold the five sample reports"
    out = tmp_path_factory.mktemp("pdf")
    results = []
    for path in paths:
        report = sample_report(path)
        result = render_pdf(report, out / f"{path.stem}.pdf", PrintOptions(fonts=fonts))
        pdf = pdfplumber.open(result.path)
        results.append((path, report, result, pdf))
    yield results
    for *_, pdf in results:
        pdf.close()


# -- text ---------------------------------------------------------------------------------
def test_every_character_of_every_sample_is_in_the_pdf_in_order(rendered_samples):
    for path, report, result, pdf in rendered_samples:
        expected = nonspace(report.plain_text())
        lost = {m.char for m in result.missing_glyphs if m.substitute is None}
        expected = "".join(ch for ch in expected if ch not in lost)
        got = "".join(line_text(cs) for page in pdf.pages for _, cs in text_lines(page))
        assert got == expected, path.name


def test_imported_samples_round_trip_too(tmp_path, samples, fonts):
    """The same through the importer: numbered headings, 落款 and all, as the user gets them."""
    from township_app.sources import load_report

    for path in samples:
        report = load_report(path)
        for s in report.sections:
            s.print_table = False  # table cells are not part of plain_text()
        result = render_pdf(report, tmp_path / f"{path.stem}.pdf", PrintOptions(fonts=fonts))
        lost = {m.char for m in result.missing_glyphs if m.substitute is None}
        expected = "".join(ch for ch in nonspace(report.plain_text()) if ch not in lost)
        with pdfplumber.open(result.path) as pdf:
            got = "".join(line_text(cs) for page in pdf.pages for _, cs in text_lines(page))
        assert got == expected, path.name


def test_no_line_starts_or_ends_with_a_forbidden_mark(rendered_samples):
    for path, _, _, pdf in rendered_samples:
        for page in pdf.pages:
            for _, cs in text_lines(page):
                t = line_text(cs)
                assert t[0] not in NO_START, (path.name, page.page_number, t)
                assert t[-1] not in NO_END, (path.name, page.page_number, t)


_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:\.\d+)?(?:%|％)?(?:" + "|".join(MULTI_CHAR_UNITS) + r"|[亩户人元个村组名万吨台公])")


def test_no_number_is_parted_from_its_unit(rendered_samples):
    checked = 0
    for path, report, _, pdf in rendered_samples:
        source = nonspace(report.plain_text())
        lines = [line_text(cs) for page in pdf.pages for _, cs in text_lines(page)]
        wanted = _NUMBER_WITH_UNIT.findall(source)
        for token in set(wanted):
            # every occurrence in the source must be found whole on some line
            in_lines = sum(l.count(token) for l in lines)
            assert in_lines >= source.count(token), (path.name, token)
            checked += 1
        # and the line break never falls between a digit and the ideograph after it
        for a, b in zip(lines, lines[1:]):
            assert not (a[-1].isdigit() and "\u4e00" <= b[0] <= "\u9fff"), (path.name, a, b)
    assert checked > 50


def test_lines_inside_paragraphs_are_justified_to_both_edges(rendered_samples):
    for path, _, _, pdf in rendered_samples:
        for page in pdf.pages:
            lines = body_lines(page)
            for (y, cs), (_, nxt) in zip(lines, lines[1:]):
                starts_paragraph = nxt[0]["x0"] > LEFT + 1.5 * BODY
                if not starts_paragraph:
                    assert abs(cs[0]["x0"] - LEFT) < 0.5 or cs[0]["x0"] > LEFT + 1.5 * BODY
                    assert abs(cs[-1]["x1"] - RIGHT) < 0.5, (path.name, line_text(cs))


# -- geometry -----------------------------------------------------------------------------
def test_page_is_a4_with_the_type_area_where_the_standard_puts_it(rendered_samples):
    for path, _, _, pdf in rendered_samples:
        for page in pdf.pages:
            assert abs(page.width - 210 * MM) < 0.5 and abs(page.height - 297 * MM) < 0.5
        full = [p for p in pdf.pages[1:-1]] or pdf.pages[:1]
        for page in full:
            lines = body_lines(page)
            left = min(cs[0]["x0"] for _, cs in lines)
            top = min(c["top"] for c in lines[0][1])
            assert abs(left - LEFT) <= 1 * MM, path.name
            assert abs(top - TOP) <= 1 * MM, path.name
            assert max(c["x1"] for _, cs in lines for c in cs) <= RIGHT + 0.3


def test_body_is_3hao_on_a_22_by_28_grid(rendered_samples):
    saw_full_page = saw_full_line = False
    for path, _, _, pdf in rendered_samples:
        sizes = [round(c["size"], 2) for p in pdf.pages for c in p.chars]
        assert max(set(sizes), key=sizes.count) == pytest.approx(BODY, abs=0.02)
        for page in pdf.pages[:-1]:
            lines = body_lines(page)
            if page.page_number > 1:
                # a page ends short only for widow/orphan control: at most a heading and a
                # three-line paragraph that go over whole (or the 落款's blank line and lines)
                assert spec.LINES_PER_PAGE - 4 <= len(lines) <= spec.LINES_PER_PAGE, \
                    (path.name, page.page_number)
                saw_full_page |= len(lines) == spec.LINES_PER_PAGE
                ys = [y for y, _ in lines]
                pitches = [b - a for a, b in zip(ys, ys[1:])]
                assert all(abs(p - spec.LINE_PITCH_PT) < 0.05 for p in pitches)
            for _, cs in lines:
                full_width = [c for c in cs if c["x1"] - c["x0"] >= 0.9 * c["size"]]
                if len(full_width) == len(cs) == spec.CHARS_PER_LINE:
                    saw_full_line = True
                    assert abs(cs[0]["x0"] - LEFT) < 0.1 and abs(cs[-1]["x1"] - RIGHT) < 0.1
                assert len(full_width) <= spec.CHARS_PER_LINE
    assert saw_full_page and saw_full_line


def test_page_numbers_odd_right_even_left_7mm_below_the_type_area(rendered_samples):
    for path, _, result, pdf in rendered_samples:
        assert result.page_count == len(pdf.pages) >= 2
        for page in pdf.pages:
            foot = [c for c in page.chars if c["top"] > BOTTOM and not c["text"].isspace()]
            assert line_text(foot) == f"—{page.page_number}—", path.name
            size = foot[0]["size"]
            assert size == pytest.approx(spec.PAGE_NUMBER_FONT_PT, abs=0.01)
            if page.page_number % 2:
                assert max(c["x1"] for c in foot) == pytest.approx(RIGHT - size, abs=0.5)
            else:
                assert min(c["x0"] for c in foot) == pytest.approx(LEFT + size, abs=0.5)
            baseline = page.height - foot[0]["matrix"][5]
            assert 7 * MM <= baseline - BOTTOM <= 10 * MM


# -- structure ----------------------------------------------------------------------------
def _structured_report(paragraph_lines: list[int]) -> Report:
    """Sections 一、… each with one paragraph of roughly the given number of lines."""
    sections = []
    sentence = "全乡紧紧围绕县委县政府的工作部署，扎实推进各项工作，"  # 26 characters
    for k, n in enumerate(paragraph_lines, 1):
        body = sentence * max(1, round(n * 28 / 26 - 0.3))
        sections.append(Section(id=k, position=k, title=f"第{k}项工作情况", body=body[:-1] + "。"))
    return Report(ReportProperties(title="某某乡2023年工作总结", issuer="某某乡人民政府",
                                   doc_date="2024-01-09"), sections)


def test_a_heading_never_stands_alone_at_the_foot_of_a_page(tmp_path, fonts):
    report = _structured_report([1, 2, 3, 1, 4, 2, 5, 1, 3, 2, 2, 1, 6, 3, 1, 2, 4, 1, 2, 3] * 2)
    result = render_pdf(report, tmp_path / "h.pdf", PrintOptions(fonts=fonts))
    headings = {f"{v.heading}" for v in report.walk()}
    moved = 0
    with pdfplumber.open(result.path) as pdf:
        for page in pdf.pages:
            lines = [line_text(cs) for _, cs in text_lines(page)]
            for k, t in enumerate(lines):
                if t in headings:
                    assert k + 1 < len(lines), f"heading {t} alone at the foot of page {page.page_number}"
            if len(lines) < spec.LINES_PER_PAGE and page.page_number < len(pdf.pages):
                moved += 1
    assert moved >= 1  # the material does put a heading at some page foot


def test_headings_are_numbered_from_the_tree_in_their_fonts(tmp_path, fonts):
    sections = [
        Section(id=1, position=0, body="导语一段。", numbering="none"),
        Section(id=2, position=1, title="主要工作", body="正文。"),
        Section(id=3, parent_id=2, position=0, title="经济发展", body="正文。"),
        Section(id=4, parent_id=3, position=0, title="农业", body="正文。"),
        Section(id=5, parent_id=4, position=0, title="柑橘", body="正文。"),
        Section(id=6, position=2, title="下步打算", body="正文。"),
    ]
    report = Report(ReportProperties(title="标题"), sections)
    result = render_pdf(report, tmp_path / "n.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        lines = {line_text(cs): cs for _, cs in text_lines(pdf.pages[0])}
    for text, style in [("一、主要工作", "黑体"), ("（一）经济发展", "楷体"), ("1.农业", "仿宋"),
                        ("（1）柑橘", "仿宋"), ("二、下步打算", "黑体")]:
        assert text in lines
        cs = lines[text]
        face = fonts.face(style)
        assert cs[1]["fontname"].split("+")[-1].startswith(face.postscript_name)
        assert cs[0]["x0"] == pytest.approx(LEFT + 2 * BODY, abs=0.5)  # indented two characters
    assert "导语一段。" in lines


def test_signature_and_date_per_gbt9704(tmp_path, fonts):
    report = _structured_report([3])
    report.properties.issuer = "某某县某某乡人民政府"
    report.properties.doc_date = "2019-01-05"
    result = render_pdf(report, tmp_path / "s.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        lines = text_lines(pdf.pages[-1])
    (y_issuer, issuer), (y_date, date) = lines[-2], lines[-1]
    assert line_text(issuer) == "某某县某某乡人民政府"
    assert line_text(date) == format_chinese_date("2019-01-05") == "2019年1月5日"
    assert issuer[-1]["x1"] == pytest.approx(RIGHT - 2 * BODY, abs=0.5)
    assert date[0]["x0"] == pytest.approx(issuer[0]["x0"] + 2 * BODY, abs=0.5)
    assert y_date - y_issuer == pytest.approx(spec.LINE_PITCH_PT, abs=0.05)
    # one blank line between the body and the 署名
    assert y_issuer - lines[-3][0] == pytest.approx(2 * spec.LINE_PITCH_PT, abs=0.05)


def test_a_date_longer_than_the_issuer_takes_the_right_inset(tmp_path, fonts):
    report = _structured_report([2])
    report.properties.issuer = "某乡政府"
    report.properties.doc_date = "2019-12-25"
    result = render_pdf(report, tmp_path / "d.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        lines = text_lines(pdf.pages[-1])
    issuer, date = lines[-2][1], lines[-1][1]
    assert date[-1]["x1"] == pytest.approx(RIGHT - 2 * BODY, abs=0.5)
    assert date[0]["x0"] == pytest.approx(issuer[0]["x0"] + 2 * BODY, abs=0.5)


def test_title_is_centred_in_balanced_lines(tmp_path, fonts):
    title = "某某县某某乡人民政府关于2023年上半年民生实事完成情况和下半年工作打算的报告"
    report = Report(ReportProperties(title=title), [Section(id=1, body="正文。", numbering="none")])
    result = render_pdf(report, tmp_path / "t.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        lines = [cs for _, cs in text_lines(pdf.pages[0]) if cs[0]["size"] > 20]
    assert "".join(line_text(cs) for cs in lines) == title
    assert len(lines) >= 2
    widths = [cs[-1]["x1"] - cs[0]["x0"] for cs in lines]
    for cs in lines:
        centre = (cs[0]["x0"] + cs[-1]["x1"]) / 2
        assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=1.0)
    assert all(a >= b - 1 for a, b in zip(widths, widths[1:]))  # 正梯形: no lower line longer
    assert min(widths) > 0.6 * max(widths)  # no long line and a stub


# -- tables -------------------------------------------------------------------------------
def _table_report(rows: int, print_table=True) -> Report:
    s = Section(id=1, position=0, title="主要指标", body="全年各项指标完成情况如下。",
                print_table=print_table)
    inds = [Indicator(id=k, section_id=1, position=k,
                      name=f"第{k}项指标：农村集体经济组织经营性收入达到十万元以上的行政村数量",
                      value=f"{1000 + k * 37.5:.2f}", unit="万元", previous=str(900 + k))
            for k in range(rows)]
    return Report(ReportProperties(title="指标表"), [s], inds)


def test_indicator_table_ruled_right_aligned_and_empty_columns_dropped(tmp_path, fonts):
    result = render_pdf(_table_report(4), tmp_path / "tab.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert page.lines or page.rects  # ruled
        inside = all(LEFT - 1 <= l["x0"] and l["x1"] <= RIGHT + 1 for l in page.lines)
        assert inside
        rows = [line_text(cs) for _, cs in text_lines(page)]
        value_ends = [cs[-1]["x1"] for _, cs in text_lines(page)
                      if re.fullmatch(r"\d+\.\d\d", "".join(c["text"] for c in cs
                                                             if c["text"] in "0123456789.")[:7])]
        sizes = {round(c["size"], 1) for c in page.chars if c["text"] == "指"}
    for head in ("指标名称", "数值", "单位", "上年同期"):
        assert head in text
    assert "目标/任务数" not in text and "备注" not in text  # empty in every row
    assert "1037.50" in text and "万元" in text
    assert any("第0项指标" in r for r in rows)
    assert min(sizes) < BODY  # table text smaller than the body
    # every value cell ends at the same x (right-aligned)
    words = pdfplumber.open(result.path).pages[0].extract_words()
    value_x1 = {round(w["x1"], 1) for w in words if re.fullmatch(r"1\d{3}\.\d\d", w["text"])}
    assert len(value_x1) == 1


def test_long_table_repeats_its_header_on_every_page(tmp_path, fonts):
    result = render_pdf(_table_report(40), tmp_path / "long.pdf", PrintOptions(fonts=fonts))
    assert result.page_count >= 3
    with pdfplumber.open(result.path) as pdf:
        for page in pdf.pages:
            t = page.extract_text()
            if "项指标" in t:
                assert "指标名称" in t and "上年同期" in t, page.page_number
            for l in page.lines:
                assert l["bottom"] <= BOTTOM + 0.5  # rules stay inside the type area
        all_text = "".join(p.extract_text() for p in pdf.pages)
    for k in range(40):
        assert f"第{k}项指标" in all_text.replace("\n", "")


def test_table_not_printed_when_the_section_says_so(tmp_path, fonts):
    result = render_pdf(_table_report(3, print_table=False), tmp_path / "no.pdf",
                        PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        assert "指标名称" not in pdf.pages[0].extract_text()
        assert not pdf.pages[0].lines


# -- options, progress, errors -------------------------------------------------------------
def test_watermark_and_findings_appendix(tmp_path, fonts):
    findings = [("错误", "一、主要指标", "合计与分项之和不符：3718 ≠ 3700"),
                ("警告", "二、工作开展情况", "占位符“xx”未填写")]
    result = render_pdf(_table_report(2), tmp_path / "w.pdf",
                        PrintOptions(watermark="草稿", findings_appendix=findings, fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
    assert all("草" in t and "稿" in t for t in texts)
    assert "检查发现汇总" in texts[-1] and "附件" in texts[-1]
    last = texts[-1].replace("\n", "")
    assert "占位符“xx”未填写" in last and "3718" in last
    plain = render_pdf(_table_report(2), tmp_path / "p.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(plain.path) as pdf:
        assert "草" not in pdf.pages[0].extract_text()
        assert plain.page_count == 1


def test_progress_counts_up_to_total_and_returns_the_result(tmp_path, fonts):
    gen = iter_render_pdf(_structured_report([3] * 12), tmp_path / "g.pdf", PrintOptions(fonts=fonts))
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as stop:
            result = stop.value
            break
    totals = {t for _, t in seen}
    assert len(totals) == 1
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and dones[-1] == seen[-1][1] and len(seen) > 10
    assert result.page_count >= 2 and result.path.exists()


def test_missing_glyph_is_reported_not_printed_as_a_box(tmp_path, fonts):
    odd = "\U000F0001"  # private use: no font has it
    sections = [Section(id=1, position=0, title="概况", body="第一段。\n第二段有怪字" + odd + "。")]
    result = render_pdf(Report(ReportProperties(title="标题"), sections), tmp_path / "m.pdf",
                        PrintOptions(fonts=fonts))
    [m] = [m for m in result.missing_glyphs if m.char == odd]
    assert m.substitute is None and m.page == 1
    assert m.section_path == "一、概况" and m.location == "正文第2段"
    assert "未印出" in m.message and m.severity
    with pdfplumber.open(result.path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "第二段有怪字。" in text and odd not in text


def test_unwritable_output_is_a_user_error_and_leaves_no_file(tmp_path, fonts):
    report = _structured_report([1])
    with pytest.raises(PrintError, match="文件夹不存在"):
        render_pdf(report, tmp_path / "nope" / "x.pdf", PrintOptions(fonts=fonts))
    (tmp_path / "adir.pdf").mkdir()
    with pytest.raises(PrintError, match="文件夹"):
        render_pdf(report, tmp_path / "adir.pdf", PrintOptions(fonts=fonts))
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".part") and p.is_file()]


def test_a_table_row_longer_than_a_page_continues_on_the_next(tmp_path, fonts):
    s = Section(id=1, position=0, title="主要指标", body="说明。")
    note = "这是一段很长的备注，说明该指标的统计口径和数据来源。" * 40
    inds = [Indicator(id=1, section_id=1, position=0, name="耕地面积", value="1047.67", unit="亩",
                      note=note)]
    result = render_pdf(Report(ReportProperties(title="长备注"), [s], inds), tmp_path / "r.pdf",
                        PrintOptions(fonts=fonts))
    assert result.page_count >= 2
    with pdfplumber.open(result.path) as pdf:
        lines = [line_text(cs) for p in pdf.pages for _, cs in text_lines(p)]
        heads = [k for k, t in enumerate(lines) if t == "指标名称数值单位备注"]
        assert len(heads) == result.page_count - (lines.index("指标名称数值单位备注") > 30)
        text = "".join(t for t in lines[heads[0] + 1:] if t != "指标名称数值单位备注")
        for page in pdf.pages:
            table_chars = [c for c in page.chars if c["size"] < BODY and c["top"] < BOTTOM]
            assert table_chars and all(c["bottom"] <= BOTTOM + 0.5 for c in table_chars)
            assert all(l["bottom"] <= BOTTOM + 0.5 for l in page.lines)
    assert text.replace("耕地面积", "", 1).replace("1047.67亩", "", 1) == nonspace(note)


def test_the_signature_never_opens_a_page_alone_after_a_table(tmp_path, fonts):
    """Wherever the table ends, the 落款's page carries some of the table or text above it."""
    tried_break = False
    for k in range(0, 24, 2):
        s = Section(id=1, position=0, title="主要指标", body="全乡紧紧围绕县委县政府的工作部署。" * k)
        inds = [Indicator(id=r, section_id=1, position=r, name=f"指标{r}", value=str(r), unit="个")
                for r in range(12)]
        report = Report(ReportProperties(title="表后落款", issuer="某某乡人民政府",
                                         doc_date="2024-01-09"), [s], inds)
        result = render_pdf(report, tmp_path / f"s{k}.pdf", PrintOptions(fonts=fonts))
        with pdfplumber.open(result.path) as pdf:
            last = pdf.pages[-1]
            lines = [line_text(cs) for _, cs in text_lines(last)]
            assert lines[-2:] == ["某某乡人民政府", "2024年1月9日"]
            assert len(lines) > 2, k  # table rows or text share the page
            if result.page_count > 1 and lines[0] == "指标名称数值单位":
                tried_break = True
    assert tried_break  # some layout did put the table's end overleaf


def _lines_of(text_char: str, lines: int) -> str:
    """A paragraph of exactly `lines` full lines (two-character indent on the first)."""
    return text_char * (26 + 28 * (lines - 1))


def test_no_paragraph_leaves_a_single_line_at_a_page_foot_or_head(tmp_path, fonts):
    body = "\n".join([_lines_of("甲", 21),  # page 1: 21 lines, one free
                      _lines_of("乙", 3),  # would leave 1 line at the foot (orphan): goes over
                      _lines_of("丙", 15),
                      _lines_of("丁", 5)])  # 4 free: 4 + 1 would be a widow → 3 + 2
    report = Report(ReportProperties(), [Section(id=1, body=body, numbering="none")])
    result = render_pdf(report, tmp_path / "w.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        pages = [[nonspace("".join(c["text"] for c in cs))[0] for _, cs in body_lines(p)]
                 for p in pdf.pages]
    assert pages == [["甲"] * 21, ["乙"] * 3 + ["丙"] * 15 + ["丁"] * 3, ["丁"] * 2]


def test_a_long_paragraph_keeps_the_grid_on_full_pages(tmp_path, fonts):
    # 45 lines: 22 + 22 + 1 would leave a widow; the second page breaks a line early
    report = Report(ReportProperties(), [Section(id=1, body=_lines_of("戊", 45), numbering="none")])
    result = render_pdf(report, tmp_path / "l.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        counts = [len(body_lines(p)) for p in pdf.pages]
        ys = [y for y, _ in body_lines(pdf.pages[0])]
    assert counts == [22, 21, 2]
    assert all(abs(b - a - spec.LINE_PITCH_PT) < 0.05 for a, b in zip(ys, ys[1:]))


def test_a_two_line_heading_never_ends_with_a_stub(tmp_path, fonts):
    # 一、 + 24 characters fill the first line (two-character indent); 备。 would stand alone
    title = "全面加强校园周边治安综合治理扎实推进校园内安防设备。"
    assert len("一、" + title) == 26 + 2
    report = Report(ReportProperties(), [Section(id=1, title=title, body="正文。")])
    result = render_pdf(report, tmp_path / "h.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        lines = [(nonspace("".join(c["text"] for c in cs)), cs) for _, cs in body_lines(pdf.pages[0])]
    heading = [(t, cs) for t, cs in lines if t != "正文。"]
    assert "".join(t for t, _ in heading) == "一、" + title
    assert len(heading) == 2 and len(heading[1][0]) >= 3, [t for t, _ in heading]
    assert abs(heading[0][1][-1]["x1"] - RIGHT) < 0.5  # the shortened first line still justified


def test_table_gives_a_long_note_room_pads_digits_and_sets_the_header_in_heiti(tmp_path, fonts):
    note = "按国家统计局口径测算含转移"  # 13 characters
    rows = [Indicator(section_id=1, position=k, name=f"农村居民人均可支配收入{k}",
                      value=f"1653{k}.18", unit="元", target="16000", previous="15210", note=note)
            for k in range(4)]
    report = Report(ReportProperties(), [Section(id=1, title="主要指标")], rows)
    result = render_pdf(report, tmp_path / "t.pdf", PrintOptions(fonts=fonts))
    with pdfplumber.open(result.path) as pdf:
        page = pdf.pages[0]
        chars = page.chars
        verticals = sorted({round(l["x0"], 1) for l in page.lines if abs(l["x0"] - l["x1"]) < 0.1})
    note_chars = sorted((c for c in chars if c["text"] in note), key=lambda c: (c["top"], c["x0"]))
    note_lines = {round(c["top"]) for c in note_chars[:len(note)]}  # the first row's 备注
    assert len(note_lines) <= 2  # two lines, not four lines of three characters
    header = [c for c in chars if c["text"] in "指标名称数值单位目上年同期备注" and c["size"] < BODY]
    heiti = fonts.face(spec.FONT_ROLES["table_header"]).postscript_name
    assert all(c["fontname"].split("+")[-1].startswith(heiti) for c in header)
    if fonts.face(spec.FONT_ROLES["table"]).postscript_name != heiti:  # not one face for all
        assert not any(c["fontname"].split("+")[-1].startswith(heiti)
                       for c in chars if c["text"] in note)  # the rows in the table face
    numbers = [c for c in chars if c["text"] in "0123456789." and c["size"] < BODY]
    gaps = [min(abs(c["x0"] - x), abs(c["x1"] - x)) for c in numbers for x in verticals]
    assert min(gaps) >= 4.9  # digits never touch a rule (5 pt cell padding)
    assert result.page_count == 1

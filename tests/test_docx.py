"""DOCX export (GB/T 9704 page) and import: round trip, foreign Word files, LibreOffice."""
from __future__ import annotations

import json
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from conftest import ROOT
from township_app.formats import docx_styles
from township_app.formats.docx_export import DocxExportError, export_docx
from township_app.importer import import_path, parse_path
from township_app.model import ReportProperties
from township_app.templates import report_from_tree


def demo_report():
    data = json.loads((ROOT / "resources" / "demo" / "xiaoping_2018.json").read_text("utf-8"))
    return report_from_tree(ReportProperties(**data["properties"]), data["sections"])


def shape(report):
    return [(v.depth, v.label, v.section.title, v.section.body, v.section.numbering,
             [(i.name, i.value, i.unit, i.target, i.previous, i.note)
              for i in report.indicators_of(v.section.id)])
            for v in report.walk()]


def test_page_fonts_grid_and_page_numbers(tmp_path):
    out = export_docx(demo_report(), tmp_path / "demo.docx")
    document = docx.Document(str(out))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    # the type area 37/28/35/26 mm, the grid half a millimetre down (glyph tops at 37 mm)
    margins = (section.top_margin, section.left_margin, section.bottom_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [37.5, 28.0, 34.5, 26.0]
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    pitch = int(grid.get(qn("w:linePitch")))
    assert pitch == 579  # 22 × 580 twips would overflow the 225 mm type area (12 756 twips)
    assert 22 * pitch <= 12756 < 23 * pitch
    fonts = {name: document.styles[name].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
             for name in (docx_styles.heading(0), docx_styles.heading(1), docx_styles.heading(2),
                          docx_styles.BODY, docx_styles.TITLE)}
    assert fonts == {docx_styles.heading(0): "黑体", docx_styles.heading(1): "楷体",
                     docx_styles.heading(2): "仿宋", docx_styles.BODY: "仿宋",
                     docx_styles.TITLE: "方正小标宋简体"}
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 16  # 三号
    # condensed a quarter point: 28 × 15.75 pt fit the 442.2 pt line
    assert normal.element.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5"
    body = document.styles[docx_styles.BODY]
    assert body.paragraph_format.line_spacing_rule == 0  # single: snapped to the grid
    ind = body.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    assert document.settings.odd_and_even_pages_header_footer
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    for footer in (odd, even):
        instr = "".join(t.text for t in footer._p.iter(qn("w:instrText")))
        assert instr.strip() == "PAGE" and footer.text.startswith("— ") and footer.text.endswith(" —")
    assert odd.alignment == 2 and even.alignment == 0  # right on odd pages, left on even ones
    paragraphs = {p.style.name: p for p in document.paragraphs}
    assert paragraphs[docx_styles.ISSUER].text == "晓坪乡人民政府"
    assert paragraphs[docx_styles.DATE].text == "2019年1月10日"
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["指标名称", "数值", "单位", "上年同期"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.style.name == "Table Grid"


def test_headings_carry_outline_levels_and_word_headings_are_not_blue(tmp_path):
    document = docx.Document(str(export_docx(demo_report(), tmp_path / "demo.docx")))

    def outline(style):
        while style is not None:
            el = style.element.pPr.find(qn("w:outlineLvl")) if style.element.pPr is not None else None
            if el is not None:
                return int(el.get(qn("w:val")))
            style = style.base_style
        return None

    levels = [(p.text, outline(p.style)) for p in document.paragraphs
              if p.style.name.startswith("报告标题")]
    assert ("一、晓坪乡的基本情况", 0) in levels
    assert ("（一）求真务实，综合实力显著提升", 1) in levels
    assert ("1.经济实力不断增强", 2) in levels
    assert outline(document.styles[docx_styles.BODY]) is None
    for n, face in ((1, "黑体"), (2, "楷体"), (3, "仿宋"), (4, "仿宋")):
        style = document.styles[f"Heading {n}"]
        assert outline(style) == n - 1
        assert style.font.color.rgb == docx.shared.RGBColor(0, 0, 0)
        assert not style.font.bold and style.font.size.pt == 16
        assert style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == face


def test_title_breaks_into_balanced_lines_with_manual_breaks(tmp_path):
    report = demo_report()
    report.properties.title = "某某县某某乡人民政府关于2023年度安全生产和消防工作情况的报告"
    document = docx.Document(str(export_docx(report, tmp_path / "t.docx")))
    title = next(p for p in document.paragraphs if p.style.name == docx_styles.TITLE)
    lines = title.text.split("\n")
    assert len(lines) == 2 and len(title._p.findall(f".//{qn('w:br')}")) == 1
    assert "".join(lines) == report.properties.title
    assert abs(len(lines[0]) - len(lines[1])) <= 4  # no long line and a stub
    assert title.alignment is None  # centred by its style
    assert document.styles[docx_styles.TITLE].paragraph_format.alignment == 1
    assert document.styles[docx_styles.TITLE].font.size.pt == 22


def test_document_properties_say_what_the_report_is(tmp_path):
    from datetime import datetime, timedelta, timezone

    path = export_docx(demo_report(), tmp_path / "demo.docx")
    document = docx.Document(str(path))
    core = document.core_properties
    assert core.title == "晓坪乡人民政府2018年工作总结及2019年工作计划"
    assert core.author == "晓坪乡人民政府" and core.last_modified_by == "晓坪乡人民政府"
    now = datetime.now(timezone.utc)
    assert abs(core.created - now) < timedelta(minutes=5)
    assert abs(core.modified - now) < timedelta(minutes=5)
    assert core.comments == "" and core.revision == 1
    import zipfile

    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode("utf-8")
        custom = z.read("docProps/custom.xml").decode("utf-8")
    assert not any("thumbnail" in n for n in names)
    assert "Microsoft" not in app and "township-app" in app and "Normal.dotm" not in app
    assert 'name="乡镇名称"><vt:lpwstr>晓坪乡</vt:lpwstr></property>' in custom
    assert 'name="年度"><vt:lpwstr>2018</vt:lpwstr></property>' in custom
    assert '{"' not in custom  # named properties, not a JSON dump


def test_table_columns_from_content_number_columns_narrow_and_right_aligned(tmp_path):
    from township_app.model import Indicator, Report, ReportProperties, Section

    report = Report(ReportProperties(title="表"), [Section(id=1, position=0, title="指标")],
                    [Indicator(section_id=1, position=0, name="农村居民人均可支配收入增长情况",
                               value="12345.67", unit="元", note="按国家统计局口径测算不含转移"),
                     Indicator(section_id=1, position=1, name="户数", value="3718", unit="户")])
    document = docx.Document(str(export_docx(report, tmp_path / "t.docx")))
    table = document.tables[0]
    headers = [c.text for c in table.rows[0].cells]
    assert headers == ["指标名称", "数值", "单位", "备注"]
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(sum(widths) - 156 / 25.4 * 1440) < 30  # the whole type area
    name, value, unit, note = widths
    assert name > value > unit and note > value  # text wide, numbers narrow
    assert value >= (8 * 0.5 * 14 + 10) * 20  # 12345.67 on one line, clear of the rules
    assert note - 2 * 5 * 20 >= 14 * 14 / 2 * 20  # the 14-character 备注 in two lines at most
    row = table.rows[1].cells
    assert [row[k].paragraphs[0].alignment for k in range(4)] == [0, 2, 1, 0]
    header_font = table.rows[0].cells[0].paragraphs[0].runs[0]._r.rPr.find(qn("w:rFonts"))
    assert header_font.get(qn("w:eastAsia")) == "黑体"
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    assert [int(margins.find(qn(f"w:{side}")).get(qn("w:w"))) for side in ("left", "right")] \
        == [100, 100]  # 5 pt: digits never touch the rules


def test_demo_round_trip_keeps_tree_text_indicators_and_properties(tmp_path):
    report = demo_report()
    back = import_path(export_docx(report, tmp_path / "demo.docx"))
    assert shape(back) == shape(report)
    assert back.properties == report.properties


def test_samples_round_trip(samples, tmp_path):
    for path in samples:
        report = import_path(path)
        back = import_path(export_docx(report, tmp_path / (path.stem + ".docx")))
        assert shape(back) == shape(report), path.name
        assert back.properties == report.properties


def test_unnumbered_heading_and_body_lines_starting_with_numbers_survive(tmp_path):
    report = demo_report()
    first_top = report.children(None)[1]
    first_top.numbering = "none"
    first_top.body = "1.这一行以数字开头但仍是正文。\n\n一是这也是正文。"
    back = import_path(export_docx(report, tmp_path / "x.docx"))
    assert shape(back) == shape(report)


def _foreign_docx(path):
    document = docx.Document()
    document.add_paragraph("城关镇2020年工作总结")
    document.add_paragraph("今年以来，我镇稳步推进各项工作。")
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("指标名称", "完成数", "单位"), ("财政收入", "1,234.50", "万元"),
                             ("拨付率", "87.82%", "")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("二、其他情况")
    para = document.add_paragraph("（一）党建工作。全年发展党员5名。")
    para.add_run().add_break()
    para.add_run("（二）民生工作。发放救助金10万元。")
    other = document.add_table(rows=2, cols=2)
    other.cell(0, 0).text, other.cell(0, 1).text = "村名", "负责人"
    other.cell(1, 0).text, other.cell(1, 1).text = "东门村", "张三"
    document.add_paragraph("城关镇人民政府")
    document.add_paragraph("2021年1月8日")
    document.save(str(path))


def test_foreign_docx_headings_tables_and_line_breaks(tmp_path):
    path = tmp_path / "foreign.docx"
    _foreign_docx(path)
    result = parse_path(path)
    report = result.report
    assert report.properties.title == "城关镇2020年工作总结"
    assert (report.properties.township, report.properties.doc_date) == ("城关镇", "2021-01-08")
    outline = [(v.depth, v.section.title) for v in report.walk()]
    assert outline == [(0, ""), (0, "主要指标"), (0, "其他情况"), (1, "党建工作"),
                       (1, "民生工作")]
    table_section = report.children(None)[1]
    rows = [(i.name, i.value, i.unit) for i in report.indicators_of(table_section.id)]
    assert rows == [("财政收入", "1234.50", "万元"), ("拨付率", "87.82", "%")]
    last = report.children(report.children(None)[2].id)[1]
    assert last.body.split("\n") == ["发放救助金10万元。", "村名\t负责人", "东门村\t张三"]


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DocxExportError) as err:
        export_docx(demo_report(), tmp_path / "no" / "such" / "dir" / "x.docx")
    assert "无法写入" in str(err.value)
    with pytest.raises(DocxExportError):
        export_docx(demo_report(), tmp_path)


def test_libreoffice_converts_the_export_to_pdf(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    import pdfplumber
    src = export_docx(demo_report(), tmp_path / "demo.docx")
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(src)],
        capture_output=True, text=True, timeout=120)
    pdf = tmp_path / "demo.pdf"
    assert pdf.exists(), proc.stderr
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) >= 2
        first = doc.pages[0]
        assert abs(first.width - 595.3) < 1 and abs(first.height - 841.9) < 1  # A4
        text = "".join((first.extract_text() or "").split())
        assert "晓坪乡人民政府2018年工作总结" in text
        assert "—1—" in text
        second = "".join((doc.pages[1].extract_text() or "").split())
        assert "—2—" in second


def test_foreign_docx_with_word_heading_styles_and_automatic_numbers(tmp_path):
    """Headings numbered by Word itself have no number in their text: the style says heading."""
    document = docx.Document()
    document.add_paragraph("城关镇2020年工作总结", style="Title")
    document.add_paragraph("今年以来，全镇工作稳步推进。")
    document.add_paragraph("经济发展", style="Heading 1")
    document.add_paragraph("农业生产", style="Heading 2")
    document.add_paragraph("粮食播种面积3万亩。")
    document.add_paragraph("工业经济", style="Heading 2")
    document.add_paragraph("规上企业5家。")
    document.add_paragraph("二、社会事业", style="Heading 1")
    document.add_paragraph("（一）教育。新建学校1所。")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    result = parse_path(path)
    outline = [(v.depth, v.label, v.section.title, v.section.body) for v in result.report.walk()]
    assert outline == [
        (0, "", "", "今年以来，全镇工作稳步推进。"), (0, "一、", "经济发展", ""),
        (1, "（一）", "农业生产", "粮食播种面积3万亩。"), (1, "（二）", "工业经济", "规上企业5家。"),
        (0, "二、", "社会事业", ""), (1, "（一）", "教育", "新建学校1所。")]
    assert result.report.properties.title == "城关镇2020年工作总结"


def test_control_characters_from_pasted_text_do_not_break_the_export(tmp_path):
    from township_app.importer import import_text

    report = import_text("标题\x0c\n一、情况\x00\n正文\x0b有换页符。\n")
    back = import_path(export_docx(report, tmp_path / "c.docx"))
    assert [(s.title, s.body) for s in back.sections] == [("情况", "正文有换页符。")]
    assert back.properties.title == "标题"


def test_round_trip_property_on_generated_reports(tmp_path):
    from hypothesis import HealthCheck, example, given, settings
    from hypothesis import strategies as st

    from test_import_fuzz import _REPORTISH
    from township_app.formats.docx_export import xml_safe
    from township_app.importer import import_text

    def plain_shape(report):
        # a body line of nothing but characters a .docx cannot hold (\x08) is an empty line,
        # and empty lines at a body's start or end are not paragraphs worth keeping
        # (a title's spaces at its ends, bared when a control character beside them is dropped, are
        # not kept by Word's paragraph either)
        return [(v.depth, v.label, xml_safe(v.section.title).strip(), xml_safe(v.section.body).strip("\n"),
                 v.section.numbering) for v in report.walk()]

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(_REPORTISH, st.text(max_size=120)))
    @example("一、\x08\x850")  # a C1 control (\x85, which str.strip takes for a space) in a title
    @example("一、0 \x08")  # a space bared at a title's end when the control after it is dropped
    def check(text):
        report = import_text(text)
        back = import_path(export_docx(report, tmp_path / "g.docx"))
        assert plain_shape(back) == plain_shape(report)

    check()


def test_export_word_from_the_window_menu_carries_the_page_and_properties(demo_window, tmp_path,
                                                                           monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "晓坪乡.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action = demo_window.actionExportDocx
    assert menu_action.isEnabled()
    menu_action.trigger()  # 文件 → 导出Word
    qtbot.waitUntil(target.exists, timeout=10000)
    document = docx.Document(str(target))
    assert document.sections[0]._sectPr.find(qn("w:docGrid")).get(qn("w:linePitch")) == "579"
    assert document.core_properties.title == demo_window.session.store.load_report().properties.title
    assert document.core_properties.author == "晓坪乡人民政府"
    headings = [p for p in document.paragraphs if p.style.name == docx_styles.heading(0)]
    assert headings and headings[0].style.base_style.name == "Heading 1"  # 导航窗格 level 1

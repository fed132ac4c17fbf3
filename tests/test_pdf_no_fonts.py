"""A machine without any Chinese font: the font search sees an empty folder (no_system_fonts)
and the page falls back to reportlab's built-in STSong-Light, which the PDF names but does not
embed. Every character is printed or reported, lines are justified with the widths the PDF
itself declares, and the font is called by one name in the PDF, the dialog and the log.
"""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfminer.cmapdb import CMapDB
from pdfminer.pdftypes import resolve1

from conftest import sample_paths, type_text
from township_app import cli
from township_app.model import Report, ReportProperties, Section
from township_app.printing import PrintOptions, find_fonts, render_pdf
from township_app.printing.builtin_font import SENT_AS, UNIGB_UCS2_RANGES
from township_app.report_check import check_report
from test_pdf import line_text, nonspace, sample_report, text_lines

MM = 72 / 25.4
LEFT = 28 * MM  # GB/T 9704: 28 mm left margin, 156 mm type area
RIGHT = (28 + 156) * MM
BODY_PT = 156 * MM / 28  # 28 characters fill a line of the type area
#: the character none of the print paths may lose: 马克思·恩格斯, 2019·春
MIDDLE_DOT = "\u00b7"
#: in GBK but not in the UniGB-UCS2-H CMap the built-in font is reached through
NOT_IN_THE_CMAP = "ńɑ︱"


def test_hidden_fonts_leave_only_the_builtin_font_and_it_is_said(no_system_fonts):
    fonts = find_fonts()
    assert {f.pdf_name for f in fonts.by_style.values()} == {"STSong-Light"}
    assert not any(f.embedded for f in fonts.by_style.values())
    assert fonts.substitutions[0] == (
        "仿宋 → STSong-Light（宋体，未嵌入 PDF，由阅读器用自带字体显示）：本机未找到可嵌入的"
        "中文字体，仿宋也以宋体印出，字形随阅读器而变，打印效果无法保证")


def test_a_folder_named_instead_of_the_system_is_searched_by_file_name(tmp_path, monkeypatch):
    real = next((p for p in (Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
                             Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
                 if p.exists()), None)
    if real is None:
        pytest.skip("needs fonts-arphic-uming or fonts-wqy-microhei (Debian), which .ci/run installs")
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / real.name).symlink_to(real)
    monkeypatch.setenv("TOWNSHIP_APP_FONT_DIRS", str(folder))
    fonts = find_fonts()
    assert {Path(f.path) for f in fonts.by_style.values()} == {folder / real.name}


def test_the_coverage_table_is_the_cmap_readers_use():
    """Checked against pdfminer's copy of Adobe's UniGB-UCS2-H, code point by code point."""
    cmap = CMapDB.get_cmap("UniGB-UCS2-H")
    mapped = [cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000
              and list(cmap.decode(chr(cp).encode("utf-16-be")))]
    table = [cp for a, b in UNIGB_UCS2_RANGES for cp in range(a, b + 1)]
    assert table == mapped
    assert 0xB7 not in mapped  # why · needs SENT_AS
    to_unicode = CMapDB.get_unicode_map("Adobe-GB1")
    for ch, sent in SENT_AS.items():
        [cid] = cmap.decode(sent.encode("utf-16-be"))
        assert to_unicode.get_unichr(cid) == ch


def _pdf_chars(path) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        return [c for page in pdf.pages for c in page.chars]


def test_middle_dot_is_printed_and_odd_letters_are_reported(no_system_fonts, tmp_path):
    body = f"马克思{MIDDLE_DOT}恩格斯，拼音{NOT_IN_THE_CMAP}。"
    report = Report(ReportProperties(title=f"2019{MIDDLE_DOT}春"),
                    [Section(id=1, title="概况", body=body)])
    result = render_pdf(report, tmp_path / "dot.pdf")
    lost = [(m.char, m.location, m.substitute) for m in result.missing_glyphs]
    assert lost == [("ń", "正文第1段", None), ("ɑ", "正文第1段", None), ("︱", "正文第1段", None)]
    chars = _pdf_chars(result.path)
    text = "".join(c["text"] for c in chars)
    assert "2019·春" in text and "马克思·恩格斯，拼音。" in text
    dot = next(c for c in chars if c["text"] == MIDDLE_DOT and c["size"] > 17)  # in the title
    assert dot["x1"] - dot["x0"] == pytest.approx(22, abs=0.01)  # 二号 22 pt, a full em

    # the check that underlines characters the print font lacks says the same, not for ·
    run = check_report(report, fonts=find_fonts())
    gaps = sorted((f.quote, f.location.start, f.severity) for f in run.findings
                  if f.rule == "missing-glyph")
    assert gaps == [("ń", 10, "warning"), ("ɑ", 11, "warning"), ("︱", 12, "warning")]


def test_each_character_advances_by_the_width_the_pdf_declares(no_system_fonts, tmp_path):
    """One unjustified line (the title) measured glyph by glyph: the half-width letters and
    digits of STSong-Light (its W array: 1 → 462, A → 684, a → 417, space → 207 per mille)
    and a full em for everything else."""
    report = Report(ReportProperties(title=f"A1a 中{MIDDLE_DOT}—“"), [])
    result = render_pdf(report, tmp_path / "w.pdf")
    chars = [c for c in _pdf_chars(result.path) if c["size"] > 17]
    widths = [(c["text"], round(c["x1"] - c["x0"], 3)) for c in chars]
    assert widths == [("A", 15.048), ("1", 10.164), ("a", 9.174), (" ", 4.554), ("中", 22.0),
                      (MIDDLE_DOT, 22.0), ("—", 22.0), ("“", 22.0)]
    for a, b in zip(chars, chars[1:]):
        assert b["x0"] == pytest.approx(a["x1"], abs=0.01)


@pytest.fixture(scope="module")
def samples_without_fonts(tmp_path_factory):
    """The five samples printed with the fonts hidden: [(path, report, result, chars by page)]."""
    mp = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("no-fonts")
    mp.setenv("TOWNSHIP_APP_FONT_DIRS", str(folder))
    out = tmp_path_factory.mktemp("pdf")
    rendered = []
    try:
        for path in sample_paths():
            report = sample_report(path)
            result = render_pdf(report, out / f"{path.stem}.pdf")
            with pdfplumber.open(result.path) as pdf:
                pages = [[(y, cs) for y, cs in text_lines(page)] for page in pdf.pages]
                fonts = [resolve1(ref) for page in pdf.pages
                         for ref in resolve1(page.page_obj.resources["Font"]).values()]
            rendered.append((path, report, result, pages, fonts))
    finally:
        mp.undo()
    assert len(rendered) == 5
    return rendered


def test_every_sample_character_is_printed_in_order(samples_without_fonts):
    for path, report, result, pages, _ in samples_without_fonts:
        assert result.missing_glyphs == [], path.name
        got = "".join(line_text(cs) for lines in pages for _, cs in lines)
        assert got == nonspace(report.plain_text()), path.name
    dots = sum("".join(line_text(cs) for lines in pages for _, cs in lines).count(MIDDLE_DOT)
               for _, _, _, pages, _ in samples_without_fonts)
    assert dots == 1  # 004 has one


def test_sample_lines_inside_paragraphs_reach_the_right_edge(samples_without_fonts):
    justified = 0
    for path, _, _, pages, _ in samples_without_fonts:
        for lines in pages:
            body = [(y, cs) for y, cs in lines if cs[0]["size"] == pytest.approx(BODY_PT, abs=0.01)]
            for (_, cs), (_, nxt) in zip(body, body[1:]):
                if nxt[0]["x0"] > LEFT + 1.5 * BODY_PT:  # the next line opens a paragraph
                    continue
                # 0.1 pt: the PDF states the body size to 0.01 pt (15.79 for 15.793)
                assert cs[-1]["x1"] == pytest.approx(RIGHT, abs=0.1), (path.name, line_text(cs))
                justified += 1
    assert justified > 300


def test_first_lines_hang_from_the_top_of_the_type_area(samples_without_fonts):
    """37 mm from the page top (GB/T 9704), measured from the em box the PDF declares: the
    Adobe-GB1 ideographic box 880 / -120 the layout uses (reportlab declares 752 / -271,
    which put every line 0.15 em low)."""
    for path, _, _, pages, fonts in samples_without_fonts:
        for lines in pages[1:-1] or pages[:1]:
            top = min(c["top"] for c in lines[0][1])
            assert top == pytest.approx(37 * MM, abs=1 * MM), path.name
        for font in fonts:
            [cid_font] = resolve1(font["DescendantFonts"])
            descriptor = resolve1(resolve1(cid_font)["FontDescriptor"])
            assert (descriptor["Ascent"], descriptor["Descent"]) == (880, -120)


def test_the_pdf_names_the_font_as_the_dialog_does(samples_without_fonts):
    """BaseFont and the descriptor's FontName agree (reportlab writes STSongStd-Light in the
    descriptor, which readers show), and it is the name in the font lines."""
    for path, _, result, _, fonts in samples_without_fonts:
        for font in fonts:
            assert font["BaseFont"].name == "STSong-Light"
            [cid_font] = resolve1(font["DescendantFonts"])
            cid_font = resolve1(cid_font)
            assert cid_font["BaseFont"].name == "STSong-Light"
            assert resolve1(cid_font["FontDescriptor"])["FontName"].name == "STSong-Light"
            assert "FontFile2" not in resolve1(cid_font["FontDescriptor"])  # nothing embedded
        assert all(line.split(" → ")[1].startswith("STSong-Light（宋体，未嵌入 PDF")
                   for line in result.font_substitutions), path.name


def test_pdf_command_names_the_builtin_font(no_system_fonts, tmp_path, capsys):
    src = sample_paths()[4]
    out = tmp_path / "r.pdf"
    assert cli.main(["pdf", str(src), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "仿宋 → STSong-Light（宋体，未嵌入 PDF，由阅读器用自带字体显示）" in printed
    assert "缺字" not in printed and out.exists()


# -- the window --------------------------------------------------------------------------------
@pytest.fixture
def window(no_system_fonts, demo_window):
    return demo_window


def test_window_underlines_what_the_builtin_font_lacks_and_exports_the_rest(
        window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    from township_app.gui import print_support

    window.printing.warm_up_fonts()
    qtbot.waitUntil(lambda: window.checks.fonts is not None, timeout=10000)
    sid = window.session.store.sections()[-1].id
    window.select_section(sid)
    window.bodyEditor.load("", cursor=0)
    type_text(qtbot, window.bodyEditor, f"马克思{MIDDLE_DOT}恩格斯，拼音ń。")
    qtbot.keyClick(window, Qt.Key.Key_F7)
    gaps = [(f.quote, f.location.start) for f in window.checks.last_run.findings
            if f.rule == "missing-glyph"]
    assert gaps == [("ń", 10)]

    shown = []

    def accept(dialog):
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        return 1

    out = tmp_path / "报告.pdf"
    monkeypatch.setattr(print_support.ExportPdfDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(
        (title, text)))
    window.actionExportPdf.trigger()
    job = window.printing.last_job
    qtbot.waitUntil(lambda: job.result is not None or job.error is not None, timeout=30000)
    assert job.error is None
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    [(title, text)] = warnings
    assert title == "字体缺字" and text.startswith("“ń”（") and "\n" not in text  # ń only
    font_label = next(t for t in shown if t.startswith("字体："))
    assert "黑体 → STSong-Light（宋体，未嵌入 PDF，由阅读器用自带字体显示）" in font_label
    text = "".join(c["text"] for c in _pdf_chars(out))
    assert "马克思·恩格斯，拼音。" in text

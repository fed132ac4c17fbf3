"""Which face plays which role, the fallback chain down to STSong-Light, and what is reported."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from township_app.model import Report, ReportProperties, Section
from township_app.printing import PrintOptions, find_fonts, render_pdf
from township_app.printing.fonts import STYLES


NEEDS_TRUETYPE = ("needs a TrueType Chinese font file: Debian fonts-wqy-microhei or "
                  "fonts-arphic-uming/ukai, which .ci/run installs")


def _some_truetype_font() -> Path | None:
    for p in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
              "/usr/share/fonts/truetype/arphic/uming.ttc",
              "/usr/share/fonts/truetype/arphic/ukai.ttc"):
        if Path(p).exists():
            return Path(p)
    return None


def test_every_style_gets_a_face_and_a_readable_line():
    fonts = find_fonts()
    assert set(fonts.by_style) == set(STYLES)
    assert len(fonts.substitutions) == len(STYLES)
    for style, line in zip(STYLES, fonts.substitutions):
        assert line.startswith(f"{style} → ")
        face = fonts.face(style)
        assert face.has("中") and face.width("中", 10) == pytest.approx(10, abs=0.5)


def test_without_any_font_the_builtin_cid_font_is_used_and_said(tmp_path):
    fonts = find_fonts(use_system=False)
    assert all(not f.embedded for f in fonts.by_style.values())
    assert all("未嵌入 PDF" in line for line in fonts.substitutions)
    report = Report(ReportProperties(title="标题"),
                    [Section(id=1, body="全乡共有1047.67亩耕地。", numbering="none")])
    result = render_pdf(report, tmp_path / "cid.pdf", PrintOptions(fonts=fonts))
    assert result.page_count == 1 and result.font_substitutions == fonts.substitutions
    import pdfplumber
    with pdfplumber.open(result.path) as pdf:
        assert "1047.67亩耕地" in pdf.pages[0].extract_text()
        assert {c["fontname"] for c in pdf.pages[0].chars} == {"STSong-Light"}


def test_cid_fallback_reports_characters_outside_gb(tmp_path):
    fonts = find_fonts(use_system=False)
    odd = "\U000F0001"
    report = Report(ReportProperties(), [Section(id=1, title="概况", body="有" + odd + "字。")])
    result = render_pdf(report, tmp_path / "m.pdf", PrintOptions(fonts=fonts))
    assert [(m.char, m.location, m.substitute) for m in result.missing_glyphs] == \
        [(odd, "正文第1段", None)]


def test_office_font_folder_wins_by_file_name(tmp_path):
    real = _some_truetype_font()
    if real is None:
        pytest.skip(NEEDS_TRUETYPE)
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(real, folder / "simfang.ttf")  # stands for the office PC's 仿宋
    fonts = find_fonts([folder])
    assert Path(fonts.face("仿宋").path) == folder / "simfang.ttf"
    line = fonts.substitutions[STYLES.index("仿宋")]
    assert "simfang.ttf" in line and "代用" not in line and "借用" not in line


def test_missing_style_borrows_a_face_and_says_so():
    real = _some_truetype_font()
    if real is None:
        pytest.skip(NEEDS_TRUETYPE)
    fonts = find_fonts()
    # no machine that runs these tests has 方正小标宋 unless it is an office PC
    line = fonts.substitutions[STYLES.index("小标宋")]
    if fonts.face("小标宋").family.startswith(("方正", "FZ")):
        pytest.skip("方正小标宋 installed")
    assert "借用" in line or "代用" in line or "未嵌入" in line


def test_every_font_the_pdf_names_is_an_embedded_subset(tmp_path):
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    fonts = find_fonts()
    if not all(f.embedded for f in fonts.by_style.values()):
        pytest.skip("needs an embeddable (TrueType) Chinese font installed: Windows' own, or "
                    "Debian fonts-arphic-uming / fonts-wqy-microhei, which .ci/run installs")
    report = Report(ReportProperties(title="标题", issuer="某乡人民政府", doc_date="2020-01-02"),
                    [Section(id=1, title="概况", body="全乡共有1047.67亩耕地。")])
    result = render_pdf(report, tmp_path / "e.pdf", PrintOptions(fonts=fonts, watermark="草稿"))
    with pdfplumber.open(result.path) as pdf:
        for page in pdf.pages:
            for ref in resolve1(page.page_obj.resources["Font"]).values():
                font = resolve1(ref)
                name = font["BaseFont"].name
                assert "+" in name, name  # subset tag: ABCDEF+Name
                assert "FontFile2" in resolve1(font["FontDescriptor"]), name

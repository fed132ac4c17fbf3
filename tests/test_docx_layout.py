"""The .docx as a reader's word processor lays it out: LibreOffice's PDF of every sample's export,
measured by tests/fixtures/tools/pdf_layout.py, a copy of ../shared/tools' (22 lines of 28 三号
characters in the type area)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, sample_paths
from test_docx import demo_report
from township_app.formats.docx_export import export_docx
from township_app.importer import import_path

PDF_LAYOUT = ROOT / "tests" / "fixtures" / "tools" / "pdf_layout.py"

#: measures that depend on the import of the sample, not on the .docx page: the importer turns
#: 一是/二是 into headings, which the tool's in-order character count reads as missing text
NOT_THE_PAGE = ("source characters missing",)
#: LibreOffice 7 breaks "87.82%。" before its % (Word and WPS read the document's own 禁则
#: list, w:noLineBreaksBefore, which includes %); one such line is tolerated
LIBREOFFICE_PERCENT_BREAK = "lines starting with closing punctuation: 1 [(4, '%。')]"


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("needs LibreOffice: Debian libreoffice-writer-nogui, which .ci/run installs")
    tmp = tmp_path_factory.mktemp("docx_layout")
    sources = {}
    for path in sample_paths():
        export_docx(import_path(path), tmp / f"{path.stem}.docx")
        sources[path.stem] = path
    demo = demo_report()
    export_docx(demo, tmp / "demo.docx")
    (tmp / "demo.txt").write_text(demo.plain_text(), "utf-8")
    sources["demo"] = tmp / "demo.txt"
    profile = tmp / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp),
                    *[str(tmp / f"{stem}.docx") for stem in sources]],
                   capture_output=True, text=True, timeout=600)
    out = {}
    for stem, src in sources.items():
        pdf = tmp / f"{stem}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {stem}.docx"
        proc = subprocess.run([sys.executable, str(PDF_LAYOUT), str(pdf), str(src)],
                              capture_output=True, text=True, timeout=300)
        out[stem] = proc.stdout.splitlines()
    return out


def test_every_sample_fills_the_22_by_28_grid_in_libreoffice(measured):
    for stem, lines in measured.items():
        short = [line[6:] for line in lines if line.startswith("SHORT ")]
        short = [s for s in short if not s.startswith(NOT_THE_PAGE) and s != LIBREOFFICE_PERCENT_BREAK]
        assert short == [], (stem, lines)
        assert "ok    lines on a full page: 22 (22)" in lines, stem
        assert "ok    most full-width characters on one line: 28 (28)" in lines, stem
        assert any(line.startswith("ok    body text 16.0 pt") for line in lines), stem

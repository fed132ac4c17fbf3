"""Build .docx files whose body XML is written by hand: text where Word really puts it.

python-docx writes a real package (styles, content types, relationships); only the
<w:body> content is replaced, so every file here opens in Word and LibreOffice.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*inline: str) -> str:
    return "<w:p>" + "".join(inline) + "</w:p>"


def table(rows: list[list[str]]) -> str:
    """rows of cell XML (block content of each cell)."""
    body = "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>"
                   for row in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid/>{body}</w:tbl>"


def rewrite_docx(out: Path, transform) -> Path:
    """A python-docx document whose parts are passed through transform(name, bytes)."""
    import docx

    base = out.with_name(out.stem + ".base.docx")
    docx.Document().save(str(base))
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = transform(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info.filename, data)
    base.unlink()
    return out


def docx_with_body(out: Path, body_xml: str) -> Path:
    def transform(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        text = data.decode("utf-8")
        text = re.sub(r"<w:body>.*</w:body>", lambda _: f"<w:body>{body_xml}</w:body>", text,
                      flags=re.S)
        return text.encode("utf-8")

    return rewrite_docx(out, transform)

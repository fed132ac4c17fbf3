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


# ---- damaged and hostile packages: each returns (path, part of the expected message) -------
def _no_body(tmp_path: Path):
    def drop_body(name, data):
        if name == "word/document.xml":
            return re.sub(rb"<w:body>.*</w:body>", b"", data, flags=re.S)
        return data
    return rewrite_docx(tmp_path / "无正文.docx", drop_body), "没有正文"


def _external_styles(tmp_path: Path):
    def external(name, data):
        if name == "word/_rels/document.xml.rels":
            return data.replace(b'Target="styles.xml"',
                                b'Target="file:///etc/passwd" TargetMode="External"')
        return data
    return rewrite_docx(tmp_path / "外部样式.docx", external), "外部文件"


def _bomb(tmp_path: Path):
    """A few MB on disk, 300 MB of XML inside (a paragraph repeated), written in a stream."""
    import docx

    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    path = tmp_path / "炸弹.docx"
    filler = b"<w:p><w:r><w:t>" + b"A" * 1000 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                       compresslevel=1) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with dst.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(head + b"<w:body>")
                for _ in range(300):
                    member.write(filler * 1000)
                member.write(tail)
    return path, "解压后过大"


def _lying_bomb(tmp_path: Path):
    """The zip's directory claims 1 KB for a member that expands to 200 MB."""
    path = tmp_path / "谎报大小.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(200):
                member.write(b" " * 1_000_000)
    data = bytearray(path.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # central directory record of the last member
    while entry != -1:
        name_len = int.from_bytes(data[entry + 28:entry + 30], "little")
        if data[entry + 46:entry + 46 + name_len] == b"word/document.xml":
            data[entry + 24:entry + 28] = (1024).to_bytes(4, "little")  # uncompressed size
            break
        entry = data.rfind(b"PK\x01\x02", 0, entry)
    path.write_bytes(bytes(data))
    return path, "docx"


def _not_a_zip(tmp_path: Path):
    path = tmp_path / "不是压缩包.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    return path, "docx"


HOSTILE_DOCX = {"no body": _no_body, "external styles": _external_styles, "bomb": _bomb,
                "lying bomb": _lying_bomb, "not a zip": _not_a_zip}

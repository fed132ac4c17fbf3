"""Read a .txt or .docx report as plain text lines, whatever encoding an office PC saved it in.

Checks on a file report locations as line/column of *this* text, so the importer
and the check command must read a file the same way: both call read_source_text.
"""
from __future__ import annotations

from pathlib import Path

from .model import MAX_REPORT_CHARS


class SourceError(Exception):
    """Input the program cannot read; the message is for the user. (Here, not in sources, so that
    checking a .txt need not load the report store and sqlite_utils to name the error.)"""


#: a .txt report larger than this is refused before it is read (a 500-page report is ~2 MB)
MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024


class SourceTextError(Exception):
    """A file that cannot be read as a report; the message is for the user."""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312)."""
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise SourceTextError("文件开头标明了编码，但内容不符（文件可能已损坏），请重新另存为文本文件。") \
            from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SourceTextError("无法识别文件的文字编码，请另存为 UTF-8 或 GBK 编码的文本文件。")
    return str(best)


def docx_paragraph_texts(path: Path) -> list[str]:
    """Body paragraphs in document order, all their text (docx_text); a table contributes
    its rows, cells joined by tabs — the same text the importer reads."""
    from .docx_text import read_docx

    items, _, _ = read_docx(path)
    lines: list[str] = []
    for item in items:
        if item.kind == "table":
            lines.extend("\t".join(row) for row in item.rows)
        else:
            lines.append(item.text)
    return lines


def require_file(path: Path) -> None:
    """The one place that says a named input is missing or is a folder."""
    if not path.exists():
        raise SourceTextError(f"文件不存在：{path}")
    if path.is_dir():
        raise SourceTextError(f"“{path}”是文件夹，不是文件。")


def read_source_text(path: str | Path) -> str:
    """The text of a .txt or .docx file, lines joined with \\n, line endings normalized."""
    path = Path(path)
    require_file(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            text = "\n".join(docx_paragraph_texts(path))
            _check_characters(path, len(text))
            return text
        size = path.stat().st_size
        if size > MAX_TEXT_FILE_BYTES:  # before reading a byte of it
            raise SourceTextError(
                f"“{path.name}”有 {size / 1024 / 1024:.0f} MB，超过文本文件的上限 "
                f"{MAX_TEXT_FILE_BYTES // 1024 // 1024} MB，不像是一份工作报告，请确认选择的文件。")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceTextError(f"无法读取“{path.name}”：{exc.strerror or exc}") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceTextError(f"“{path.name}”不是文本文件。")
    text = decode_text(data)
    _check_characters(path, len(text))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_characters(path: Path, characters: int) -> None:
    if characters > MAX_REPORT_CHARS:
        raise SourceTextError(f"“{path.name}”中有 {characters:,} 字，超过一份报告的上限 "
                              f"{MAX_REPORT_CHARS:,} 字，不像是一份工作报告，请确认选择的文件。")

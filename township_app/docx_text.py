"""All the text of a .docx body, wherever Word put it, read from a package of bounded size.

Word keeps text in more places than paragraphs' direct runs: tracked insertions
(``w:ins``, ``w:moveTo``), smart tags, simple fields, custom XML and content
controls around runs, paragraphs and rows, tables nested in cells, text boxes.
Reading only the direct runs (what python-docx's ``Paragraph.text`` does) drops
text silently. Here every ``w:t`` counts except tracked deletions and moved-away
text; what cannot be read as text (an embedded Excel sheet, an imported chunk,
footnotes) is named in the notes, so nothing goes missing unnoticed.

A .docx is a zip: a 3 MB file can hold 1 GB of XML. Each member is read with a
limit on its uncompressed size (and on the total) into a stored zip in memory
before python-docx sees it, so no decompression bomb reaches the XML parser.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .textsource import SourceTextError

MAX_XML_PART_BYTES = 32 * 1024 * 1024  # one XML part (document.xml of a 500-page report: ~10 MB)
MAX_PACKAGE_BYTES = 160 * 1024 * 1024  # all parts uncompressed, pictures included
MAX_PARTS = 5000
_CHUNK = 1 << 16

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: never text of the document: deleted or moved-away text, field codes, the old look of a change
_SKIPPED = {f"{_W}{t}" for t in ("del", "moveFrom", "instrText", "delInstrText", "pPr", "rPr",
                                 "rPrChange", "pPrChange", "tblPr", "trPr", "tcPr")} | {_MC_FALLBACK}
_CONTAINERS = {f"{_W}{t}" for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo",
                                    "smartTag", "fldSimple", "hyperlink")}


@dataclass
class DocxItem:
    kind: str  # "p" or "table"
    text: str = ""
    style: str = ""  # paragraph style name
    first_run: str = ""  # text of the first run (our writer puts the heading number there)
    outline_level: int | None = None  # 0-based level of a Word heading (标题 1 / Heading 1)
    rows: list[list[str]] = field(default_factory=list)
    style_id: str = ""


# ---- the package ---------------------------------------------------------------------------------
def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def bounded_package(path: Path) -> io.BytesIO:
    """The .docx re-packed uncompressed in memory, every member within the limits."""
    name = path.name
    too_big = (f"“{name}”解压后过大（{{what}}），不像是一份工作报告，为安全起见拒绝读取。"
               "如文档中有大量图片，请删去图片后另存为 .docx 再导入。")
    try:
        with zipfile.ZipFile(path) as package:
            members = [m for m in package.infolist() if not m.is_dir()]
            if len(members) > MAX_PARTS:
                raise SourceTextError(too_big.format(what=f"{len(members)} 个部件"))
            total = sum(m.file_size for m in members)
            if total > MAX_PACKAGE_BYTES:
                raise SourceTextError(too_big.format(
                    what=f"共 {_megabytes(total)}，上限 {_megabytes(MAX_PACKAGE_BYTES)}"))
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for member in members:
                    limit = MAX_XML_PART_BYTES if member.filename.lower().endswith(
                        (".xml", ".rels")) else MAX_PACKAGE_BYTES
                    if member.file_size > limit:
                        raise SourceTextError(too_big.format(
                            what=f"{member.filename} 有 {_megabytes(member.file_size)}"))
                    copy.writestr(member.filename, _read_member(package, member))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise SourceTextError(f"“{name}”不是有效的 Word（.docx）文件，或已损坏（{exc}）。") from exc
    except OSError as exc:
        raise SourceTextError(f"无法读取“{name}”：{exc.strerror or exc}") from exc
    out.seek(0)
    return out


def _read_member(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """At most the declared size, in small steps (zipfile stops there and checks the CRC)."""
    parts, got = [], 0
    with package.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            got += len(chunk)
            if got > member.file_size:
                raise zipfile.BadZipFile(f"{member.filename}: 实际大小与声明不符")
            parts.append(chunk)
    return b"".join(parts)


def open_document(path: Path):
    """A python-docx Document read from the bounded package; SourceTextError otherwise."""
    import docx

    package = bounded_package(path)
    try:
        document = docx.Document(package)
        body = document.element.body
        styles = list(document.styles)
    except (KeyError, ValueError) as exc:  # a missing part, an external styles relation …
        raise SourceTextError(f"“{path.name}”的内部结构不完整或引用了外部文件，不是有效的 Word（.docx）文件。") \
            from exc
    except Exception as exc:  # python-docx raises assorted errors on broken packages
        if exc.__class__.__name__ in ("PackageNotFoundError", "XMLSyntaxError"):
            raise SourceTextError(f"“{path.name}”不是有效的 Word（.docx）文件。") from exc
        raise
    if body is None:
        raise SourceTextError(f"“{path.name}”中没有正文部分（w:body），不是有效的 Word（.docx）文件。")
    return document, styles


# ---- text ----------------------------------------------------------------------------------------
@dataclass
class _Found:
    """What the walk met that is not text: named in the import notes."""

    chunks: int = 0
    objects: int = 0
    notes: int = 0

    def describe(self) -> list[str]:
        out = []
        if self.objects:
            out.append(f"文档中有 {self.objects} 个嵌入对象（如 Excel 表格、公式），其内容未导入，请手工补入。")
        if self.chunks:
            out.append(f"文档中有 {self.chunks} 处导入的外部文档块（altChunk），其内容未导入，请手工补入。")
        if self.notes:
            out.append(f"文档中有 {self.notes} 处脚注或尾注，其文字未导入，请核对。")
        return out


def inline_text(element, boxes: list | None = None, found: _Found | None = None) -> str:
    """The text of a paragraph (or anything inline): every w:t except deleted/moved-away text.

    Text boxes met on the way are collected in `boxes` (their paragraphs are read as
    paragraphs of their own); without `boxes` their text joins this text.
    """
    out: list[str] = []
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab" or tag == f"{_W}ptab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag == f"{_W}txbxContent" and boxes is not None:
            boxes.append(child)
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            if found is not None:
                found.notes += 1
        elif tag in (f"{_W}object", f"{_W}objectEmbed") and found is not None:
            found.objects += 1
            stack.append(iter(child))
        elif tag == f"{_W}p" and boxes is None:
            if out and out[-1] != "\n":
                out.append("\n")
            stack.append(iter(child))
        else:
            stack.append(iter(child))
    return "".join(out)


def cell_text(tc) -> str:
    """All text of a table cell: its paragraphs, nested tables, content controls, boxes."""
    return inline_text(tc).strip("\n")


def body_items(document, styles) -> tuple[list[DocxItem], list[str]]:
    """Paragraphs and tables of the body in document order, and notes on what was left out."""
    from docx.table import Table

    style_names = {s.style_id: s.name for s in styles}
    style_levels = {s.style_id: style_outline_level(s) for s in styles}
    items: list[DocxItem] = []
    found = _Found()
    pending = [iter(document.element.body)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
            continue
        tag = child.tag
        if tag == f"{_W}p":
            boxes: list = []
            text = inline_text(child, boxes, found)
            runs = child.findall(f"{_W}r")
            first = inline_text(runs[0]) if runs else ""
            style_id = child.style or ""
            level = _paragraph_outline_level(child)
            if level is None:
                level = style_levels.get(style_id)
            items.append(DocxItem("p", text, style_names.get(style_id, ""), first,
                                  outline_level=level, style_id=style_id))
            for box in reversed(boxes):  # a text box's paragraphs follow its anchor
                pending.append(iter(box))
        elif tag == f"{_W}tbl":
            while _unwrap(child):  # wrappers inside wrappers
                pass
            items.append(DocxItem("table", rows=_table_rows(Table(child, document))))
        elif tag == f"{_W}altChunk":
            found.chunks += 1
        elif tag in _CONTAINERS:
            pending.append(iter(child))
    return items, found.describe()


def _table_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(cell_text(cell._tc).replace("\n", " ").strip())
        rows.append(cells)
    return rows


def _paragraph_outline_level(p) -> int | None:
    return _outline_value(p.find(f"{_W}pPr"))


_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)


def _outline_value(ppr) -> int | None:
    if ppr is None:
        return None
    el = ppr.find(f"{_W}outlineLvl")
    if el is None:
        return None
    try:
        level = int(el.get(f"{_W}val"))
    except (TypeError, ValueError):
        return None
    return level if 0 <= level <= 8 else None  # 9 = body text


def style_outline_level(style) -> int | None:
    """Word's built-in headings by name, any style by its outline level."""
    m = _HEADING_STYLE.fullmatch((style.name or "").strip())
    if m:
        return int(m.group(1)) - 1
    try:
        return _outline_value(style.element.find(f"{_W}pPr"))
    except AttributeError:
        return None


def _unwrap(table) -> bool:
    """Rows and cells Word wrapped in content controls or custom XML become plain rows and
    cells of the (in-memory) table, so python-docx's rows and cells include them.
    True when a wrapper was removed (its content may hold another)."""
    wrappers = (f"{_W}sdt", f"{_W}customXml")
    removed = False
    for parent in [table, *table.findall(f"{_W}tr")]:
        for wrapper in [c for c in parent if c.tag in wrappers]:
            content = wrapper.find(f"{_W}sdtContent") if wrapper.tag == f"{_W}sdt" else wrapper
            inner = [c for c in (content if content is not None else ())
                     if c.tag in (f"{_W}tr", f"{_W}tc", *wrappers)]
            for c in inner:
                wrapper.addprevious(c)
            parent.remove(wrapper)
            removed = True
    return removed


def read_docx(path: Path) -> tuple[list[DocxItem], dict, list[str]]:
    """Every paragraph and table of the body in document order, the report properties this
    program's writer stored in the document properties, and notes on what was left out."""
    from .formats import docx_styles

    document, styles = open_document(path)
    items, notes = body_items(document, styles)
    stored = docx_styles.stored_properties_of(document)
    return items, stored, notes

"""Document properties of the .docx: what the report is, who wrote it, and nothing of the template.

文件→属性 shows the title, the 落款单位 as author, today as created and modified;
the report's own properties (乡镇, 年度, 期间 …) are named custom properties, readable
there and read back by the importer. python-docx's template leaves a 2013 date,
"Microsoft Macintosh Word" and a thumbnail of an empty page: all replaced or removed.
"""
from __future__ import annotations

from datetime import datetime, timezone
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml.etree import XMLSyntaxError

from .. import __version__
from ..model import ReportProperties

APP_NAME = "township-app"
_CUSTOM_URI = "/docProps/custom.xml"
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id Word gives user-defined properties

#: report property → the custom property's name in 文件→属性→自定义
CUSTOM_NAMES = {
    "report_type": "报告类型", "township": "乡镇名称", "county": "所属县", "year": "年度",
    "period": "期间", "title": "报告标题", "issuer": "落款单位", "doc_date": "成文日期",
    "template": "报告模板",
}
#: the custom property that says this program wrote the file (only then are the others read)
WRITER_NAME = "生成程序"


def set_properties(document, props: ReportProperties, clean) -> None:
    """Core, extended and custom properties for this report; `clean` drops characters XML refuses."""
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    author = clean(props.issuer.split("\n")[0].strip()) if props.issuer else ""
    core = document.core_properties
    core.title = clean(props.title)
    core.author = author
    core.last_modified_by = author
    core.created = now
    core.modified = now
    _drop_core_element(core, "lastPrinted")
    core.revision = 1
    core.comments = ""
    core.subject = clean("".join(x for x in (props.township, props.year and f"{props.year}年",
                                             props.period, props.report_type) if x))
    core.category = clean(props.report_type)
    core.keywords = ""
    core.language = "zh-CN"
    core.content_status = ""
    core.identifier = ""
    core.version = ""
    package = document.part.package
    _drop_thumbnail(package)
    _replace_app_properties(package, props, author, clean)
    custom = {CUSTOM_NAMES[k]: clean(v) for k, v in props.as_dict().items() if k in CUSTOM_NAMES}
    _set_custom_properties(package, {WRITER_NAME: APP_NAME, **custom})


def _drop_core_element(core, name: str) -> None:
    """Remove a core property element the template set (python-docx cannot unset a date)."""
    for el in list(core._element):
        if el.tag.endswith("}" + name):
            core._element.remove(el)


def _drop_thumbnail(package) -> None:
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[r_id]


def _replace_app_properties(package, props: ReportProperties, author: str, clean) -> None:
    part = next((p for p in package.iter_parts() if str(p.partname) == "/docProps/app.xml"), None)
    if part is None:
        return
    company = clean(props.issuer.split("\n")[0].strip()) if props.issuer else ""
    part._blob = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_APP_NS}" xmlns:vt="{_VT_NS}">'
        f"<Application>{APP_NAME} {escape(__version__)}</Application>"
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(company or author)}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>").encode("utf-8")


def _set_custom_properties(package, values: dict[str, str]) -> None:
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2))
    blob = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>'
            ).encode("utf-8")
    existing = next((p for p in package.iter_parts() if str(p.partname) == _CUSTOM_URI), None)
    if existing is not None:
        existing._blob = blob
        return
    part = Part(PackURI(_CUSTOM_URI), _CUSTOM_CT, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_custom_properties(document) -> dict[str, str]:
    """The report properties a file of ours carries as custom properties ({} for any other file)."""
    package = document.part.package
    part = next((rel.target_part for rel in package.rels.values()
                 if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external), None)
    if part is None:
        return {}
    try:
        root = parse_xml(part.blob)
    except XMLSyntaxError:  # a foreign file's broken part must not stop the import
        return {}
    values: dict[str, str] = {}
    for prop in root.findall(f"{{{_CUSTOM_NS}}}property"):
        value = prop.find(f"{{{_VT_NS}}}lpwstr")
        if value is not None:
            values[prop.get("name", "")] = value.text or ""
    if values.get(WRITER_NAME) != APP_NAME:
        return {}
    return {key: values[name] for key, name in CUSTOM_NAMES.items() if name in values}

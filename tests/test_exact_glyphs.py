"""Findings for characters the print fonts lack, each whole: severity by whether a substitute
exists, the message with the code point, the place (section path, offset), and the fingerprint
by its documented recipe (rule, place, the character, ten characters either side)."""
import hashlib
from types import SimpleNamespace

from township_app.checks import glyphs
from township_app.checks.glyphs import glyph_findings
from township_app.model import NUMBERING_NONE, Report, ReportProperties, Section


def sha(*parts):
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


BODY = "一二三四五六七八九十㐀甲乙丙丁戊己庚辛壬癸子丑"  # 㐀 at 10


def report():
    r = Report(properties=ReportProperties(title="关于䶮乡的报告"))
    r.sections = [
        Section(id=1, parent_id=None, position=0, title="工作", body=""),
        Section(id=2, parent_id=1, position=0, title="细节", body=BODY),
        Section(id=3, parent_id=None, position=1, title="", numbering=NUMBERING_NONE, body="𠀀字"),
    ]
    return r


def gap(section_id, field, start, char, substitute=""):
    return SimpleNamespace(section_id=section_id, field=field, start=start, char=char, style="正文",
                           font="仿宋_GB2312", substitute=substitute)


def test_the_rule_names():
    assert (glyphs.RULE_ID, glyphs.RULE_TITLE) == ("missing-glyph", "打印字体缺字")


def test_glyph_findings():
    found = glyph_findings(report(), [gap(2, "body", 10, "㐀", substitute="宋体"),
                                      gap(3, "body", 0, "𠀀"),
                                      gap(None, "title", 2, "䶮")])
    assert [(f.rule, f.severity, f.quote, f.message) for f in found] == [
        ("missing-glyph", "info", "㐀", "“㐀”（U+3400）正文字体 仿宋_GB2312 中没有，打印时用 宋体 代替"),
        ("missing-glyph", "warning", "𠀀", "“𠀀”（U+20000）正文字体 仿宋_GB2312 中没有，也没有可代替的字体，打印时会缺这个字"),
        ("missing-glyph", "warning", "䶮", "“䶮”（U+4DAE）正文字体 仿宋_GB2312 中没有，也没有可代替的字体，打印时会缺这个字"),
    ]
    assert [(f.location.kind, f.location.section_id, f.location.field, f.location.start, f.location.length,
             f.location.section_path) for f in found] == [
        ("section", 2, "body", 10, 1, "一、工作 / （一）细节"),
        ("section", 3, "body", 0, 1, "（无标题）"),
        ("section", None, "title", 2, 1, "标题"),
    ]
    # ten characters either side of the gap; fewer at the start of the text
    assert found[0].fingerprint == sha("missing-glyph", "section:2:body", "㐀", "一二三四五六七八九十㐀甲乙丙丁戊己庚辛壬")
    assert found[1].fingerprint == sha("missing-glyph", "section:3:body", "𠀀", "𠀀字")
    assert found[2].fingerprint == sha("missing-glyph", "section:None:title", "䶮", "关于䶮乡的报告")


def test_a_gap_near_the_start():
    r = report()
    r.section(2).body = "一二㐀三四五六七八九十甲乙丙丁"
    [f] = glyph_findings(r, [gap(2, "body", 2, "㐀")])
    assert f.fingerprint == sha("missing-glyph", "section:2:body", "㐀", "一二㐀三四五六七八九十甲")  # offsets 0 … 11


def test_no_gaps():
    assert glyph_findings(report(), []) == []


def test_a_gap_in_the_middle():
    r = report()
    r.section(2).body = "一二三四五六七八九十甲乙㐀丙丁戊己庚辛壬癸子丑寅卯"  # 㐀 at 12
    [f] = glyph_findings(r, [gap(2, "body", 12, "㐀")])
    # offsets 2 … 21: ten before, the gap, nine after
    assert f.fingerprint == sha("missing-glyph", "section:2:body", "㐀", "三四五六七八九十甲乙㐀丙丁戊己庚辛壬癸子")

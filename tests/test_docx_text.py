"""A .docx gives up all its text, wherever Word put it; damaged and bomb .docx files are refused.

Files are real .docx packages (python-docx's, with the body written by hand, see
docx_craft); bombs are real zips whose XML expands far beyond the file size. The
commands run in their own process so their peak memory can be read.
"""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from docx_craft import HOSTILE_DOCX as HOSTILE
from docx_craft import docx_with_body, para, run, table
from township_app.importer import ImportError_, parse_path
from township_app.textsource import SourceTextError, read_source_text

TRACK = 'w:id="{0}" w:author="乡政府" w:date="2019-01-05T00:00:00Z"'
BODY = "".join([
    para(run("晓坪乡2018年工作总结")),
    para(run("一、总体情况")),
    para(run("全年完成"), f'<w:ins {TRACK.format(1)}>' + run("修订插入的投资1.2亿元") + "</w:ins>",
         f'<w:del {TRACK.format(2)}><w:r><w:delText>修订删除的旧数字</w:delText></w:r></w:del>'),
    para('<w:smartTag w:uri="urn:x" w:element="place">' + run("智能标记里的晓坪乡") + "</w:smartTag>",
         '<w:fldSimple w:instr=" DOCPROPERTY 单位 ">' + run("域结果里的单位") + "</w:fldSimple>"),
    '<w:customXml w:element="block">' + para(run("自定义XML中的段落")) + "</w:customXml>",
    para('<w:customXml w:element="inline">' + run("行内自定义XML") + "</w:customXml>",
         "<w:sdt><w:sdtPr/><w:sdtContent>" + run("行内内容控件") + "</w:sdtContent></w:sdt>"),
    "<w:sdt><w:sdtPr/><w:sdtContent>" + para(run("块级内容控件")) + "</w:sdtContent></w:sdt>",
    table([[para(run("项目")), para(run("说明"))],
           [para(run("外层单元格")),
            para(run("单元格正文")) + table([[para(run("嵌套表甲")), para(run("嵌套表乙"))]])]]),
    para(f'<w:moveFrom {TRACK.format(3)}>' + run("移走的原文") + "</w:moveFrom>",
         f'<w:moveTo {TRACK.format(4)}>' + run("移到此处的文字") + "</w:moveTo>"),
    para(run("正文带文本框"), '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
         '<v:textbox><w:txbxContent>' + para(run("文本框里的说明")) +
         "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"),
    '<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'r:id="rId90"/>',
    "<w:sectPr/>",
])
KEPT = ["修订插入的投资1.2亿元", "智能标记里的晓坪乡", "域结果里的单位", "自定义XML中的段落",
        "行内自定义XML", "行内内容控件", "块级内容控件", "嵌套表甲", "嵌套表乙", "单元格正文",
        "移到此处的文字", "文本框里的说明"]
DROPPED = ["修订删除的旧数字", "移走的原文"]


@pytest.fixture
def word_file(tmp_path):
    return docx_with_body(tmp_path / "各处的文字.docx", BODY)


def test_import_reads_text_wherever_word_put_it(word_file):
    result = parse_path(word_file)
    text = result.source_order_text()
    missing = [t for t in KEPT if t not in text]
    assert missing == []
    assert [t for t in DROPPED if t in text] == []  # tracked deletions are not the document
    assert any("altChunk" in note and "未导入" in note for note in result.notes)


def test_check_sees_the_same_text_as_import(word_file):
    text = read_source_text(word_file)
    assert [t for t in KEPT if t not in text] == []
    assert [t for t in DROPPED if t in text] == []


def test_rows_inside_a_content_control_are_read(tmp_path):
    wrapped_row = ("<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc>" + para(run("控件里的行"))
                   + "</w:tc><w:tc>" + para(run("12")) + "</w:tc></w:tr></w:sdtContent></w:sdt>")
    body = ("<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc>" + para(run("指标")) + "</w:tc><w:tc>"
            + para(run("数值")) + "</w:tc></w:tr>" + wrapped_row + "</w:tbl><w:sectPr/>")
    path = docx_with_body(tmp_path / "控件行.docx", body)
    assert "控件里的行\t12" in read_source_text(path)


# ---- damaged and hostile packages ------------------------------------------------------------
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_docx_is_refused_with_a_message(tmp_path, case):
    path, expected = HOSTILE[case](tmp_path)
    with pytest.raises(ImportError_) as err:
        parse_path(path)
    assert expected in str(err.value)
    with pytest.raises(SourceTextError) as err:
        read_source_text(path)
    assert expected in str(err.value)


#: run a command and report this process's own peak memory (VmHWM: not inherited from pytest)
PEAK = ("import re, sys\n"
        "from township_app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "status = open('/proc/self/status').read()\n"
        "print('peak-kb', re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)\n"
        "sys.exit(code)\n")


@pytest.mark.parametrize("case", ["bomb", "lying bomb"])
@pytest.mark.parametrize("command", ["check", "import"])
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM (Linux)")
def test_bomb_through_the_command_line_stays_small(tmp_path, case, command):
    path, _ = HOSTILE[case](tmp_path)
    args = [command, str(path)] + (["-o", str(tmp_path / "out.db")] if command == "import" else [])
    done = subprocess.run([sys.executable, "-c", PEAK, *args], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    peak_mb = int(re.search(r"peak-kb (\d+)", done.stderr).group(1)) / 1024
    assert peak_mb < 500, peak_mb
    assert not (tmp_path / "out.db").exists()

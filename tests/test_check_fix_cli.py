"""`township-app check --fix PATH -o OUT`: a fixed copy, the input untouched, user errors exit 2."""
import hashlib
import json

from township_app.cli import main
from township_app.model import Indicator, Report, ReportProperties, Section
from township_app.store import ReportStore

MESSY = "(一)求真务实\n2018年,我乡于2019年03月05日召开会议;1、加强领导，，落实责任.全乡共1,234户，详见http://a.cn/p,q。"
CLEAN = "（一）求真务实\n2018年，我乡于2019年3月5日召开会议；1.加强领导，落实责任。全乡共1,234户，详见http://a.cn/p,q。"


def _run(capsys, *argv):
    code = main(["check", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_txt_fixed_copy_and_input_untouched(tmp_path, capsys):
    src = tmp_path / "报告.txt"
    src.write_text(MESSY, "utf-8")
    before = _digest(src)
    out = tmp_path / "修正.txt"
    code, stdout, err = _run(capsys, "--fix", src, "-o", out)
    assert code == 0 and err == ""
    assert out.read_text("utf-8") == CLEAN
    assert _digest(src) == before
    assert stdout.strip().endswith(f"已修正 9 处，修正后的副本：{out}（原文件未改动）")
    # the copy checks clean of every fixable finding
    code, stdout, _ = _run(capsys, out, "--format", "json")
    assert [f for f in json.loads(stdout)["findings"] if "fix" in f] == []


def test_txt_with_errors_keeps_exit_one_and_json_says_what_was_written(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_text("建成*个基站,全部投用。", "utf-8")
    out = tmp_path / "fixed.txt"
    code, stdout, _ = _run(capsys, "--fix", src, "-o", out, "--format", "json")
    assert code == 1  # the placeholder is an error no fix can make
    data = json.loads(stdout)
    assert (data["fixed"], data["output"]) == (1, str(out))
    assert [(f["rule"], f.get("fix")) for f in data["findings"]] == [
        ("placeholder", None), ("halfwidth-punctuation", "，")]
    assert out.read_text("utf-8") == "建成*个基站，全部投用。"


def test_docx_gives_a_fixed_plain_text(tmp_path, capsys):
    import docx
    d = docx.Document()
    d.add_paragraph("一、基本情况")
    d.add_paragraph("1、全乡下辖8个村,127个村民小组。")
    src = tmp_path / "r.docx"
    d.save(str(src))
    out = tmp_path / "r-修正.txt"
    code, _, _ = _run(capsys, "--fix", src, "-o", out)
    assert code == 0
    assert out.read_text("utf-8") == "一、基本情况\n1.全乡下辖8个村，127个村民小组。"


def _report_file(tmp_path):
    report = Report(
        ReportProperties(title="乡工作汇报材料", issuer="某乡人民政府", doc_date="2024-03-05"),
        [Section(id=1, parent_id=None, position=0, title="求真务实,综合实力显著提升",
                 body="2018年,全乡增收;拨付率为85%。"),
         Section(id=2, parent_id=None, position=1, title="安全保障", body="共化解矛盾4起。")],
        [Indicator(id=1, section_id=1, position=0, name="拨付率", value="85", unit="%")])
    ReportStore.create(tmp_path / "r.db", report).close()
    return tmp_path / "r.db"


def test_report_file_gives_a_fixed_report_copy(tmp_path, capsys):
    src = _report_file(tmp_path)
    with ReportStore(src) as store:
        store.set_verified("abc", "rate", "已与财政所核对", "2026-11-30T00:00:00")
    before = _digest(src)
    out = tmp_path / "r-修正.db"
    code, stdout, err = _run(capsys, "--fix", src, "-o", out)
    assert code == 0, err
    assert "已修正 3 处" in stdout
    assert _digest(src) == before
    with ReportStore(out, snapshot=True) as copy:
        report = copy.load_report()
        assert [(s.title, s.body) for s in report.sections] == [
            ("求真务实，综合实力显著提升", "2018年，全乡增收；拨付率为85%。"), ("安全保障", "共化解矛盾4起。")]
        assert [(i.name, i.value, i.unit) for i in report.indicators] == [("拨付率", "85", "%")]
        assert report.properties.title == "乡工作汇报材料"
        assert "abc" in copy.verified_findings()
    with ReportStore(src, snapshot=True) as original:
        assert original.load_report().sections[0].body == "2018年,全乡增收;拨付率为85%。"


def test_user_errors_exit_two_with_a_chinese_message(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_text("全乡增收,群众满意。", "utf-8")
    code, out, err = _run(capsys, "--fix", src)
    assert (code, out) == (2, "") and "-o" in err and "原文件不会被改动" in err
    code, _, err = _run(capsys, src, "-o", tmp_path / "x.txt")
    assert code == 2 and "--fix" in err
    code, _, err = _run(capsys, "--fix", src, "-o", src)
    assert code == 2 and "不能与输入文件相同" in err
    taken = tmp_path / "taken.txt"
    taken.write_text("别人的文件", "utf-8")
    code, _, err = _run(capsys, "--fix", src, "-o", taken)
    assert code == 2 and "已存在" in err and taken.read_text("utf-8") == "别人的文件"
    code, _, err = _run(capsys, "--fix", src, "-o", tmp_path / "没有这个文件夹" / "x.txt")
    assert code == 2 and "输出文件夹不存在" in err
    code, _, err = _run(capsys, "--fix", src, "-o", tmp_path / "x.docx")
    assert code == 2 and ".txt" in err and not (tmp_path / "x.docx").exists()
    code, _, err = _run(capsys, "--fix", _report_file(tmp_path), "-o", tmp_path / "修正.txt")
    assert code == 2 and ".db" in err and not (tmp_path / "修正.txt").exists()
    code, _, err = _run(capsys, "--fix", tmp_path / "missing.txt", "-o", tmp_path / "y.txt")
    assert code == 2 and "文件不存在" in err and not (tmp_path / "y.txt").exists()
    assert src.read_text("utf-8") == "全乡增收,群众满意。"

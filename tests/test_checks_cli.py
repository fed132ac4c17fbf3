"""`township-app check`: exit codes, JSON contract, text output, report files."""
import json

from township_app.cli import main
from township_app.model import Indicator, Report, Section
from township_app.store import ReportStore


def _run(capsys, *argv):
    code = main(["check", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_txt_with_errors_json(tmp_path, capsys):
    p = tmp_path / "r.txt"
    p.write_text("第一行没有问题。\n安排资金174万元，已拨付资金152.81万元，拨付率为85%。\n建成*个基站。", "utf-8")
    code, out, err = _run(capsys, p, "--format", "json")
    assert code == 1 and err == ""
    data = json.loads(out)
    assert data["file"] == str(p)
    shapes = [(f["rule"], f["severity"], f["quote"], f["location"]) for f in data["findings"]]
    assert shapes == [
        ("rate", "error", "85%", {"line": 2, "column": 29, "length": 3}),
        ("placeholder", "error", "*", {"line": 3, "column": 3, "length": 1}),
    ]
    assert set(data["findings"][0]) >= {"rule", "severity", "message", "quote", "location"}


def test_clean_txt_exits_zero_and_counts(tmp_path, capsys):
    p = tmp_path / "ok.txt"
    p.write_text("共完成易地搬迁65户，其中县城集中安置16户，集镇集中安置49户。", "utf-8")
    code, out, _ = _run(capsys, p)
    assert code == 0
    assert out.strip().endswith("共 0 条：错误 0，警告 0，提示 0")


def test_gbk_txt_is_read(tmp_path, capsys):
    p = tmp_path / "gbk.txt"
    p.write_bytes("投入资金xx万元".encode("gb18030"))
    code, out, _ = _run(capsys, p, "--format", "json")
    assert code == 1 and json.loads(out)["findings"][0]["location"] == {"line": 1, "column": 5, "length": 2}


def test_docx_is_checked_as_text(tmp_path, capsys):
    import docx
    d = docx.Document()
    d.add_paragraph("标题")
    d.add_paragraph("我乡xxxx年工作情况")
    p = tmp_path / "r.docx"
    d.save(str(p))
    code, out, _ = _run(capsys, p, "--format", "json")
    assert code == 1
    assert json.loads(out)["findings"][0]["location"] == {"line": 2, "column": 3, "length": 4}


def test_unreadable_input_exits_two(tmp_path, capsys):
    code, out, err = _run(capsys, tmp_path / "missing.txt")
    assert code == 2 and out == "" and "文件不存在" in err
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 10)
    code, _, err = _run(capsys, bad)
    assert code == 2 and err.startswith("township-app: ")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    code, _, err = _run(capsys, pdf)
    assert code == 2 and "不支持的文件类型" in err
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    code, _, err = _run(capsys, doc)
    assert code == 2 and ".docx" in err
    bad_docx = tmp_path / "bad.docx"
    bad_docx.write_bytes(b"PK not really")
    code, _, err = _run(capsys, bad_docx)
    assert code == 2 and "docx" in err


def _store(tmp_path):
    r = Report(sections=[Section(id=1, parent_id=None, position=0, title="资金", body="投入*万元。")],
               indicators=[Indicator(id=1, section_id=1, position=0, name="拨付率", value="",
                                     unit="%")])
    return ReportStore.create(tmp_path / "r.db", r)


def test_report_file_json_names_sections_and_cells(tmp_path, capsys):
    store = _store(tmp_path)
    store.close()
    code, out, _ = _run(capsys, tmp_path / "r.db", "--format", "json")
    assert code == 1
    findings = json.loads(out)["findings"]
    body = next(f for f in findings if f["rule"] == "placeholder")
    assert body["location"]["field"] == "body" and body["location"]["section_path"] == "一、资金"
    assert body["location"]["start"] == 2 and body["location"]["length"] == 1
    cell = next(f for f in findings if f["rule"] == "indicator-empty")
    assert cell["severity"] == "error" and cell["location"]["column"] == "value"
    assert cell["location"]["indicator_id"] is not None


def test_verified_errors_do_not_fail_the_run(tmp_path, capsys):
    from township_app.checks import run_checks

    store = _store(tmp_path)
    errors = [f for f in run_checks(store.load_report()).findings if f.severity == "error"]
    assert {f.rule for f in errors} == {"placeholder", "indicator-empty"}
    for error in errors:
        store.set_verified(error.fingerprint, error.rule, "此处确为星号", "2026-11-23T00:00:00")
    store.close()
    code, out, _ = _run(capsys, tmp_path / "r.db")
    assert code == 0
    assert "已核实（2）" in out and "此处确为星号" in out

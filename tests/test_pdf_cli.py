"""`township-app pdf PATH -o OUT.pdf`: fonts and page count on stdout, exit 2 on bad input/output."""
from __future__ import annotations

from township_app.cli import main
from township_app.demo import create_demo_file


def test_pdf_command_writes_the_report_and_names_fonts(tmp_path, capsys):
    db = create_demo_file(tmp_path)
    out = tmp_path / "报告.pdf"
    assert main(["pdf", str(db), "-o", str(out), "--draft"]) == 0
    printed = capsys.readouterr().out
    assert out.exists() and out.read_bytes()[:5] == b"%PDF-"
    assert "仿宋 → " in printed and "页" in printed
    pages = int(printed.rsplit("共", 1)[1].split("页")[0])
    assert pages >= 2


def test_pdf_command_unreadable_input_exits_2(tmp_path, capsys):
    assert main(["pdf", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "不存在" in capsys.readouterr().err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 10)
    assert main(["pdf", str(junk), "-o", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "x.pdf").exists()


def test_pdf_command_unwritable_output_exits_2(tmp_path, capsys):
    db = create_demo_file(tmp_path)
    assert main(["pdf", str(db), "-o", str(tmp_path / "no" / "such" / "x.pdf")]) == 2
    assert "文件夹不存在" in capsys.readouterr().err
    (tmp_path / "d.pdf").mkdir()
    assert main(["pdf", str(db), "-o", str(tmp_path / "d.pdf")]) == 2
    assert "文件夹" in capsys.readouterr().err


def test_pdf_command_reads_a_text_file_through_the_importer(tmp_path, capsys):
    src = tmp_path / "报告.txt"
    src.write_text("某乡2023年工作总结\n一、主要工作\n全乡共有耕地1047.67亩。\n", "utf-8")
    rc = main(["pdf", str(src), "-o", str(tmp_path / "t.pdf")])
    assert rc == 0, capsys.readouterr().err
    assert (tmp_path / "t.pdf").exists()

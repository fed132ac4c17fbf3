"""`township-app docx`: any report source to a .docx; bad input and output exit 2."""
from __future__ import annotations

from township_app.cli import main
from township_app.importer import import_path


def test_txt_to_docx_and_back(samples, tmp_path, capsys):
    src = [p for p in samples if p.name.startswith("002")][0]
    out = tmp_path / "out.docx"
    assert main(["docx", str(src), "-o", str(out)]) == 0
    assert "已输出" in capsys.readouterr().out
    original, back = import_path(src), import_path(out)
    assert [(v.label, v.section.title, v.section.body) for v in back.walk()] == \
        [(v.label, v.section.title, v.section.body) for v in original.walk()]


def test_docx_bad_input_and_unwritable_output(tmp_path, capsys):
    assert main(["docx", str(tmp_path / "missing.db"), "-o", str(tmp_path / "x.docx")]) == 2
    src = tmp_path / "a.txt"
    src.write_text("一、情况\n正文。\n", encoding="utf-8")
    assert main(["docx", str(src), "-o", str(tmp_path / "no" / "dir" / "x.docx")]) == 2
    not_report = tmp_path / "foreign.db"
    not_report.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["docx", str(not_report), "-o", str(tmp_path / "y.docx")]) == 2
    err = capsys.readouterr().err
    assert err.count("township-app: ") == 3

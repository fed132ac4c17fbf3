"""`township-app import`: a .txt/.docx becomes a report file; bad input and output exit 2."""
from __future__ import annotations

import os

import pytest

from township_app.cli import main
from township_app.store import ReportStore


def test_import_sample_to_report_file(samples, tmp_path, capsys):
    src = [p for p in samples if p.name.startswith("004")][0]
    out = tmp_path / "r.db"
    assert main(["import", str(src), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "晓坪乡人民政府2018年工作总结及2019年工作计划" in printed
    assert "三、2019年工作计划（原文编号“二、”）" in printed
    assert ("注意：标题编号已按顺序重新编排，原文文字未改：“二、2019年工作计划”按顺序编为“三、”"
            "（原文编号重复或跳号）。") in printed.splitlines()
    with ReportStore(out, read_only=True) as store:
        report = store.load_report()
    assert report.properties.township == "晓坪乡"
    assert len(report.sections) == 20
    assert not (tmp_path / "r.db.part").exists()


def test_import_names_the_furniture_it_left_out(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("城关镇工作总结\n城关镇工作总结\n一、情况\n正文。\n第 1 页 共 2 页\n"
                   "二是抓产业。加快发展。\n", encoding="utf-8")
    out = tmp_path / "a.db"
    assert main(["import", str(src), "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "注意：标题重复出现，多出的一遍未导入：“城关镇工作总结”。" in printed
    assert "注意：网页或文档页面上的页码不是报告内容，未导入：“第 1 页 共 2 页”。" in printed
    with ReportStore(out, read_only=True) as store:
        assert [(s.title, s.body) for s in store.sections()] == [
            ("情况", "正文。\n二是抓产业。加快发展。")]
    kept = tmp_path / "kept.db"
    assert main(["import", str(src), "-o", str(kept), "--keep-furniture"]) == 0
    assert "未导入" not in capsys.readouterr().out
    with ReportStore(kept, read_only=True) as store:
        assert [(s.title, s.body) for s in store.sections()] == [
            ("", "城关镇工作总结"), ("情况", "正文。\n第 1 页 共 2 页\n二是抓产业。加快发展。")]


def test_existing_output_needs_force(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("标题\n一、情况\n正文。\n", encoding="utf-8")
    out = tmp_path / "a.db"
    out.write_bytes(b"keep me")
    assert main(["import", str(src), "-o", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err and out.read_bytes() == b"keep me"
    assert main(["import", str(src), "-o", str(out), "--force"]) == 0


@pytest.mark.parametrize("case", ["missing", "binary", "pdf", "bad_dir", "readonly_dir"])
def test_bad_input_or_output_exits_2(tmp_path, capsys, case):
    src = tmp_path / "a.txt"
    src.write_text("一、情况\n正文。\n", encoding="utf-8")
    out = tmp_path / "a.db"
    if case == "missing":
        src = tmp_path / "missing.txt"
    elif case == "binary":
        src.write_bytes(b"\x00\x01\x02binary")
    elif case == "pdf":
        src = tmp_path / "a.pdf"
        src.write_bytes(b"%PDF-1.4")
    elif case == "bad_dir":
        out = tmp_path / "no" / "such" / "a.db"
    elif case == "readonly_dir":
        if os.geteuid() == 0:
            pytest.skip("root ignores folder permissions")
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        out = ro / "a.db"
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("township-app: ") and any("\u4e00" <= c <= "\u9fff" for c in err)

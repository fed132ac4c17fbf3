"""`township-app collect`: exit codes, messages, the .xlsx/.csv/.pdf it writes, 汇总.db kept."""
from __future__ import annotations

import csv
import shutil

import pytest

from collect_fixtures import ALIASES, EXPECTED, build_incoming_folder
from conftest import SAMPLES
from township_app.cli import main
from township_app.collect import CountyStore


@pytest.fixture
def incoming(samples, tmp_path):
    return build_incoming_folder(SAMPLES, tmp_path)


@pytest.fixture
def clean_folder(incoming, tmp_path):
    """Only the good files of the three townships that are expected."""
    folder = tmp_path / "clean"
    folder.mkdir()
    for name in ("碧涌镇.db", "晓坪乡.db", "城关镇.db"):
        shutil.copy(incoming / name, folder / name)
    return folder


def test_exit_0_when_everything_was_collected(clean_folder, tmp_path, capsys):
    out = tmp_path / "汇总表.csv"
    code = main(["collect", str(clean_folder), "-o", str(out), "--expected", "碧涌镇,晓坪乡,城关镇"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "汇总：芷江县2018年全年，共 3 个文件：完好 3" in captured.out
    assert "正在读取上报文件 3/3" in captured.err  # the progress line
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    # no mapping given: each spelling is its own column, in the order the 应报 list gives
    assert rows[0][:4] == ["乡镇", "低保户（户）", "安排资金（万元）", "已拨付资金（万元）"]
    assert [r[0] for r in rows[1:]] == ["碧涌镇", "晓坪乡", "城关镇", "合计"]
    assert rows[-1][1:4] == ["131", "344", "293.81"]


def test_exit_1_when_files_were_refused_or_townships_missing(incoming, tmp_path, capsys):
    county = tmp_path / "汇总.db"
    expected = tmp_path / "应报.txt"
    expected.write_text("\n".join(EXPECTED) + "\n", encoding="utf-8")
    code = main(["collect", str(incoming), "-o", str(tmp_path / "a.xlsx"), "--into", str(county),
                 "--expected", str(expected)])
    out = capsys.readouterr().out
    assert code == 1
    assert "未报送（2）：龙井乡、新店乡" in out
    assert "触发器.db  无法读取：“触发器.db”含有触发器" in out
    assert "罗旧镇_改.db  导出后被修改" in out
    assert "龙井乡.db  期间不符" in out
    with CountyStore(county) as store:  # the list is kept: next time it need not be given
        assert store.expected_townships() == EXPECTED
    code = main(["collect", str(incoming), "-o", str(tmp_path / "b.csv"), "--into", str(county)])
    assert code == 1 and "未报送（2）：龙井乡、新店乡" in capsys.readouterr().out


def test_exit_1_for_a_missing_township_alone(clean_folder, tmp_path, capsys):
    code = main(["collect", str(clean_folder), "-o", str(tmp_path / "a.csv"),
                 "--expected", "碧涌镇,晓坪乡,城关镇,新店乡"])
    assert code == 1 and "未报送（1）：新店乡" in capsys.readouterr().out


def test_exit_2_when_the_folder_cannot_be_read(tmp_path, capsys):
    code = main(["collect", str(tmp_path / "没有这个文件夹"), "-o", str(tmp_path / "a.xlsx")])
    assert code == 2
    assert "文件夹不存在" in capsys.readouterr().err
    a_file = tmp_path / "一个文件.db"
    a_file.write_text("x")
    assert main(["collect", str(a_file), "-o", str(tmp_path / "a.xlsx")]) == 2
    assert "不是文件夹" in capsys.readouterr().err


def test_exit_2_for_a_bad_output_or_period(clean_folder, tmp_path, capsys):
    assert main(["collect", str(clean_folder), "-o", str(tmp_path / "a.docx")]) == 2
    assert "不支持的输出格式" in capsys.readouterr().err
    assert main(["collect", str(clean_folder), "-o", str(tmp_path / "无此目录" / "a.xlsx")]) == 2
    assert "文件夹不存在" in capsys.readouterr().err
    assert main(["collect", str(clean_folder), "-o", str(tmp_path / "a.csv"),
                 "--period", "去年"]) == 2
    assert "期间“去年”看不懂" in capsys.readouterr().err
    report_file = clean_folder / "晓坪乡.db"
    before = report_file.read_bytes()
    assert main(["collect", str(clean_folder), "-o", str(tmp_path / "a.csv"),
                 "--into", str(report_file)]) == 2
    assert "不是汇总文件" in capsys.readouterr().err
    assert report_file.read_bytes() == before


def test_period_option_makes_other_files_wrong_period(incoming, tmp_path, capsys):
    code = main(["collect", str(incoming), "-o", str(tmp_path / "a.csv"), "--period", "2018年上半年"])
    out = capsys.readouterr().out
    assert code == 1
    assert "城关镇.db  期间不符：报送期间为“2018年全年”，本次汇总的是“2018年上半年”。" in out


def test_xlsx_sheets_numbers_and_formats(incoming, tmp_path):
    from openpyxl import load_workbook

    county = tmp_path / "汇总.db"
    with CountyStore(county) as store:
        store.set_aliases(ALIASES)
        store.set_expected_townships(EXPECTED)
    out = tmp_path / "汇总表.xlsx"
    assert main(["collect", str(incoming), "-o", str(out), "--into", str(county)]) == 1
    book = load_workbook(out)
    assert book.sheetnames == ["汇总", "图表", "报送情况", "问题清单"]
    charts = book["图表"]
    blocks = {}
    for row in charts.iter_rows(values_only=True):
        if row[0] == "乡镇":
            current = blocks.setdefault(row[1], [])
        elif row[0] is not None:
            current.append((row[0], row[1]))
    # sorted bars; the rate with its recomputed county bar; no chart without a 合计
    assert blocks["拨付率（%）"] == [("城关镇", 90), ("碧涌镇", 87.82), ("全县", 85.41), ("晓坪乡", 80)]
    assert blocks["耕地面积（亩）"] == [("晓坪乡", 2500), ("城关镇", 1200), ("碧涌镇", 1200)]
    assert "农民人均纯收入（元）" not in blocks
    assert len(charts._charts) == len(blocks) == 5
    sheet = book["汇总"]
    assert sheet.freeze_panes == "B3"
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=3)}
    header = [c.value for c in sheet[2]]
    rate = header.index("拨付率（%）")
    paid = header.index("已拨付资金（万元）")
    assert rows["碧涌镇"][paid].value == 152.81 and rows["碧涌镇"][paid].number_format == "0.00"
    assert rows["城关镇"][rate].value == 90 and rows["城关镇"][rate].number_format == "0.0"
    assert rows["合计"][rate].value == 85.41 and rows["合计"][rate].number_format == "0.00"
    assert rows["晓坪乡"][header.index("安排资金（万元）")].value == 120
    assert rows["晓坪乡"][header.index("安排资金（万元）")].comment.text == "原填：1200000元"
    assert rows["合计"][header.index("农民人均纯收入（元）")].value == "—"
    status = book["报送情况"]
    assert status.freeze_panes == "A2"
    states = {(r[1].value or r[0].value): r[5].value for r in status.iter_rows(min_row=2)}
    assert states["罗旧镇_改.db"] == "导出后被修改"
    assert states["其他/触发器.db"] == "无法读取"
    assert states["新店乡"] == "未报送"
    problems = list(book["问题清单"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in problems} == {"城关镇", "碧涌镇", "晓坪乡", "罗旧镇"}
    assert all(r[2] in ("错误", "警告", "提示") and r[5] for r in problems)


def test_pdf_summary_is_written(incoming, tmp_path):
    import pdfplumber

    out = tmp_path / "汇总表.pdf"
    assert main(["collect", str(incoming), "-o", str(out), "--expected", ",".join(EXPECTED)]) == 1
    with pdfplumber.open(out) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
        width_mm = pdf.pages[0].width / 72 * 25.4
    assert round(width_mm) == 210
    assert "乡镇报送汇总表" in text and "85.41" in text and "未报送" in text

"""`township-app export`: submission file from a report; errors stop it unless --allow-errors."""
from __future__ import annotations

import json

from conftest import ROOT
from township_app.cli import main
from township_app.model import ReportProperties
from township_app.report_check import check_report, print_fonts
from township_app.store import ReportStore
from township_app.submission import open_submission
from township_app.templates import report_from_tree


def demo_store(tmp_path):
    data = json.loads((ROOT / "resources" / "demo" / "xiaoping_2018.json").read_text("utf-8"))
    report = report_from_tree(ReportProperties(**data["properties"]), data["sections"])
    path = tmp_path / "demo.db"
    ReportStore.create(path, report).close()
    return path, report


def test_export_into_folder_with_suggested_name_and_findings(tmp_path, capsys):
    path, _report = demo_store(tmp_path)
    folder = tmp_path / "usb"
    folder.mkdir()
    with ReportStore(path, snapshot=True) as store:  # the checks export runs: the file as stored
        run = check_report(store.load_report(), store.verified_findings(), print_fonts())
    args = ["export", str(path), "-o", str(folder)]
    if run.errors:
        assert main(args) == 1
        assert "--allow-errors" in capsys.readouterr().err
        args.append("--allow-errors")
    assert main(args) == 0
    written = folder / "晓坪乡_2018年度工作总结_20190110.db"
    assert written.exists()
    opened = open_submission(written)
    assert opened.meta.findings_summary["by_severity"] == run.counts_by_severity
    assert opened.meta.findings_summary["by_rule"] == dict(sorted(run.counts_by_rule.items()))
    assert opened.meta.asked_about_errors == bool(run.errors)
    assert main(args) == 2  # exists now
    assert main(args + ["--force"]) == 0


def test_export_from_text_and_bad_paths(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_text("城关镇2020年工作总结\n一、概况\n全镇共有8个村。\n城关镇人民政府\n2021年1月5日\n",
                   encoding="utf-8")
    out = tmp_path / "sub.db"
    assert main(["export", str(src), "-o", str(out), "--allow-errors"]) == 0
    assert open_submission(out).report.properties.township == "城关镇"
    assert main(["export", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    assert main(["export", str(src), "-o", str(tmp_path / "nodir") + "/"]) == 2
    assert main(["export", str(src), "-o", str(tmp_path / "no" / "x.db"), "--allow-errors"]) == 2

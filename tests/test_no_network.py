"""The program makes no network connection: a whole working session with sockets blocked."""
import json
import socket
import urllib.request

import pytest
from conftest import type_text
from no_network import NetworkBlockedError, network_blocked, no_network  # noqa: F401 (fixture)

from township_app import cli
from township_app.backups import list_backups, make_backup
from township_app.file_lock import acquire_report_lock
from township_app.model import ReportProperties
from township_app.store import ReportStore
from township_app.templates import build_report, list_templates



def test_the_blocker_really_blocks(monkeypatch):
    with network_blocked(monkeypatch) as attempts:
        with pytest.raises(NetworkBlockedError):
            socket.create_connection(("127.0.0.1", 9), timeout=1)
        with pytest.raises(NetworkBlockedError):
            socket.getaddrinfo("example.org", 80)
        with pytest.raises(NetworkBlockedError):
            urllib.request.urlopen("http://example.org/", timeout=1)
        raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkBlockedError):
            raw.connect(("127.0.0.1", 9))
        raw.close()
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with pytest.raises(NetworkBlockedError):
            udp.sendto(b"x", ("127.0.0.1", 9))
        udp.close()
        if hasattr(socket, "AF_UNIX"):  # local sockets are not network and keep working
            a, b = socket.socketpair()
            a.sendall(b"ok")
            assert b.recv(2) == b"ok"
            a.close()
            b.close()
        assert len(attempts) == 5


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


#: exit codes of check: 0 no error found, 1 errors found (2 = could not run)
FINDINGS = 1


def test_a_whole_session_offline(no_network, tmp_path, capsys, samples):
    # a new report from each template, then edits through the store
    templates = list_templates()
    assert {t.id for t in templates} >= {"annual_summary", "half_year"}
    props = ReportProperties(township="晓坪乡", county="盘州市", year="2025", doc_date="2026-01-05")
    paths = []
    for template in templates:
        path = tmp_path / f"{template.id}.db"
        ReportStore.create(path, build_report(template, props)).close()
        paths.append(path)
    report = paths[0]
    with acquire_report_lock(report):
        make_backup(report)
        with ReportStore(report) as store:
            top = store.child_ids(None)[0]
            sid = store.add_section(top, title="新增一节",
                                    body="全年完成固定资产投资1.2亿元，同比增长12.5%。")
            store.add_indicator(sid, name="固定资产投资", value="12000", unit="万元",
                                target="10000", previous="10667")
            store.update_section(sid, body="（此处待补充）全年完成投资XX万元。")
        backups = list_backups(report)
        assert len(backups) == 1 and backups[0].readable

    # every command this session uses is there: a renamed one fails here, never skips
    commands = cli._command_modules()
    assert {"check", "pdf", "docx", "export", "import"} <= set(commands)
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0 and all(f"  {name} " in out for name in commands)

    code, out, err = run_cli(capsys, "check", report)
    assert code == FINDINGS, err
    assert "占位符“待补充”未填写" in out and "占位符“XX”未填写" in out
    code, out, err = run_cli(capsys, "check", report, "--format", "json")
    assert code == FINDINGS, err
    placeholders = {(f["quote"], f["location"]["section_id"])
                    for f in json.loads(out)["findings"] if f["rule"] == "placeholder"}
    assert {("待补充", sid), ("XX", sid)} <= placeholders

    pdf = tmp_path / "报告.pdf"
    code, _, err = run_cli(capsys, "pdf", report, "-o", pdf)
    assert code == 0, err
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        printed = "".join(page.extract_text() or "" for page in doc.pages).replace("\n", "")
    assert "新增一节" in printed and "全年完成投资XX万元" in printed

    docx = tmp_path / "报告.docx"
    code, _, err = run_cli(capsys, "docx", report, "-o", docx)
    assert code == 0, err
    import zipfile
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "新增一节" in body and "全年完成投资XX万元" in body

    out_db = tmp_path / "报送.db"
    code, _, err = run_cli(capsys, "export", report, "-o", out_db, "--allow-errors")
    assert code == 0, err
    with ReportStore(out_db, read_only=True) as sent:
        assert sent.section(sid).body == "（此处待补充）全年完成投资XX万元。"
        assert [(i.name, i.value) for i in sent.indicators(sid)] == [("固定资产投资", "12000")]

    # a sample text: read by the importer and by the import command alike, offline
    from township_app.sources import load_report

    read = load_report(samples[0])
    imported = tmp_path / "导入.db"
    code, _, err = run_cli(capsys, "import", samples[0], "-o", imported)
    assert code == 0, err
    with ReportStore(imported, read_only=True) as s:
        assert s.load_report().plain_text() == read.plain_text()
    assert len(read.sections) > 5
    text = tmp_path / "草稿.txt"
    text.write_text("晓坪乡2025年上半年工作总结\n一、基本情况\n全年完成投资XX万元。\n",
                    encoding="utf-8")
    code, out, err = run_cli(capsys, "check", text)
    assert code == FINDINGS, err
    assert "占位符“XX”未填写" in out


def test_the_window_offline(no_network, qtbot, tmp_path):
    """The window's own code paths: open (lock + backup), edit, undo, check, save as."""
    from township_app.demo import create_demo_file
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    window = MainWindow(app_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(create_demo_file(tmp_path))
    store = window.session.store
    assert list_backups(store.path)  # opening made its backup copy, offline
    added = window.add_sibling()
    assert store.section(added).title == "新章节"
    window.undo()
    assert not window.tree_model.contains(added)
    with pytest.raises(KeyError):
        store.section(added)
    window.redo()
    assert store.section(added).title == "新章节"
    window.select_section(added)
    type_text(qtbot, window.bodyEditor, "全年完成投资XX万元。")
    assert store.section(added).body == "全年完成投资XX万元。"
    run = window.run_checks()
    assert ("placeholder", "XX", added) in {(f.rule, f.quote, f.location.section_id)
                                            for f in run.findings}
    copy = tmp_path / "另存.db"
    assert window.save_as_path(copy)
    assert window.session.store.path == copy
    window.close()
    with ReportStore(copy, read_only=True) as saved:
        assert saved.section(added).body == "全年完成投资XX万元。"

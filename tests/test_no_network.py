"""The program makes no network connection: a whole working session with sockets blocked."""
import json
import socket
import urllib.request
from pathlib import Path

import pytest
from no_network import NetworkBlockedError, network_blocked, no_network  # noqa: F401 (fixture)

from township_app import cli
from township_app.backups import list_backups, make_backup
from township_app.file_lock import acquire_report_lock
from township_app.model import ReportProperties
from township_app.store import ReportStore
from township_app.templates import build_report, list_templates

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"


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


def test_a_whole_session_offline(no_network, tmp_path, capsys):
    # a new report from each template, then edits through the store
    templates = list_templates()
    assert templates
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
        assert list_backups(report)

    commands = cli._command_modules()
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0 and "township-app" in out
    if "check" in commands:
        code, out, err = run_cli(capsys, "check", report)
        assert code in (0, 1), err
        code, out, err = run_cli(capsys, "check", report, "--format", "json")
        assert code in (0, 1), err
        json.loads(out)
    if "pdf" in commands:
        pdf = tmp_path / "报告.pdf"
        code, _, err = run_cli(capsys, "pdf", report, "-o", pdf)
        assert code == 0, err
        assert pdf.read_bytes().startswith(b"%PDF")
    if "docx" in commands:
        docx = tmp_path / "报告.docx"
        code, _, err = run_cli(capsys, "docx", report, "-o", docx)
        assert code == 0, err
        assert docx.read_bytes().startswith(b"PK")
    if "export" in commands:
        out_db = tmp_path / "报送.db"
        code, _, err = run_cli(capsys, "export", report, "-o", out_db, "--allow-errors")
        assert code == 0, err
        assert out_db.stat().st_size > 0

    samples = sorted(SAMPLES.glob("*.txt"))
    if samples:
        from township_app.sources import load_report

        assert load_report(samples[0]).sections  # the importer, offline
        if "import" in commands:
            imported = tmp_path / "导入.db"
            code, _, err = run_cli(capsys, "import", samples[0], "-o", imported)
            assert code == 0, err
            with ReportStore(imported, read_only=True) as s:
                assert s.sections()
        if "check" in commands:
            code, _, err = run_cli(capsys, "check", samples[0])
            assert code in (0, 1), err


def test_the_window_offline(no_network, qtbot, tmp_path):
    """The window's own code paths: open (lock + backup), edit, undo, check, save as."""
    from township_app.demo import create_demo_file
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    window = MainWindow(app_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(create_demo_file(tmp_path))
    added = window.add_sibling()
    assert added is not None
    window.undo()
    window.redo()
    window.run_checks()
    assert window.save_as_path(tmp_path / "另存.db")
    assert (tmp_path / "另存.db").exists()
    window.close()

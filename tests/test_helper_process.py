"""The check's helper process: the same findings with it as without it, and none lost when it dies."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from township_app.checks import engine, helper_process, run_checks
from township_app.model import Report, Section

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# a slip of the sum rule, placed last: the helper reads the later texts
SLIP = "全镇共完成易地搬迁30户，其中县城集中安置10户，集镇集中安置21户。"

pytestmark = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="no second core: no helper is started")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="stops and kills processes by POSIX signals")


def _corpus_report() -> Report:
    report = Report()
    texts = sorted(CORPUS.glob("*/reports/*.txt"))
    for n, path in enumerate(texts, start=1):
        report.sections.append(Section(id=n, parent_id=None, position=n, title=f"第{n}篇",
                                       body=path.read_text("utf-8")))
    n = len(texts) + 1
    report.sections.append(Section(id=n, parent_id=None, position=n, title="易地搬迁", body=SLIP))
    return report


def _shown(findings) -> list[tuple]:
    return [(f.rule, f.severity, f.message, f.quote, f.location.section_id, f.location.start,
             [r.section_id for r in f.related], f.fingerprint) for f in findings]


@pytest.fixture
def helper():
    assert helper_process.start_helper()
    assert helper_process.wait_until_ready()
    yield
    helper_process.stop_helper()


def test_findings_are_the_same_with_the_helper_as_without(helper, monkeypatch):
    report = _corpus_report()
    assert sum(len(s.body) for s in report.sections) > engine.HELP_FROM  # a long report
    before = helper_process.used_texts
    helper_process.forget_memos()
    shared = _shown(run_checks(report).findings)
    used = helper_process.used_texts - before
    assert used > len(report.sections) // 3  # the helper read a good part of the texts, and they were used

    helper_process.forget_memos()
    monkeypatch.setattr(engine, "HELP_FROM", 10 ** 12)  # this process alone
    alone = _shown(run_checks(report).findings)
    assert shared == alone
    slip = [f for f in shared if f[4] == len(report.sections) and f[0] == "sum"]
    assert len(slip) == 1 and "31" in slip[0][2]  # 10 + 21 = 31, not 30: read in the helper


def test_a_re_check_hands_nothing_over(helper):
    report = _corpus_report()
    helper_process.forget_memos()
    run_checks(report)
    before = helper_process.used_texts
    again = run_checks(report)  # every text memoized here already
    assert helper_process.used_texts == before
    report.sections[-1].body = SLIP.replace("21户", "20户")  # one text edited: read here
    edited = run_checks(report)
    assert helper_process.used_texts == before
    assert len(edited.findings) == len(again.findings) - 1


def _alone_then_shared(report, monkeypatch) -> list[tuple]:
    """The report's findings read in this process alone; the engine then shares every text."""
    helper_process.forget_memos()
    monkeypatch.setattr(engine, "HELP_FROM", 10 ** 12)
    alone = _shown(run_checks(report).findings)
    monkeypatch.setattr(engine, "HELP_FROM", 0)
    return alone


def test_a_helper_that_dies_loses_no_finding(helper, monkeypatch):
    report = _corpus_report()
    alone = _alone_then_shared(report, monkeypatch)

    for process in list(helper_process._pool._processes.values()):
        process.kill()
    deadline = time.monotonic() + 10
    while helper_process._pool is not None and any(
            p.is_alive() for p in helper_process._pool._processes.values()) and time.monotonic() < deadline:
        time.sleep(0.05)
    helper_process.forget_memos()
    assert _shown(run_checks(report).findings) == alone
    assert not helper_process.helper_ready()  # a dead helper is not asked again


def test_without_a_started_helper_nothing_is_handed_over():
    helper_process.stop_helper()
    report = _corpus_report()
    before = helper_process.used_texts
    helper_process.forget_memos()
    findings = run_checks(report).findings
    assert helper_process.used_texts == before
    assert any(f.rule == "sum" and f.location.section_id == len(report.sections) for f in findings)


def test_the_window_checks_a_long_report_with_the_helper_as_the_command_line_does(helper, qtbot, tmp_path):
    """The window's case: a long report opened, 检查 (F7) pressed; the helper reads part of it, and
    the panel shows what `township-app check` (one process, no helper) prints."""
    import json
    import subprocess
    import sys

    from PySide6.QtCore import Qt

    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings
    from township_app.store import ReportStore

    path = tmp_path / "长报告.db"
    ReportStore.create(path, _corpus_report()).close()
    w = MainWindow(app_settings())
    qtbot.addWidget(w)
    w.show()
    helper_process.forget_memos()  # opened cold, as a file is after starting the program
    before = helper_process.used_texts
    assert w.open_file(path)
    qtbot.keyClick(w, Qt.Key.Key_F7)
    assert helper_process.used_texts > before
    window = sorted((f.rule, f.severity, f.quote, f.location.section_id, f.location.start)
                    for f in w.checks.last_run.findings)
    assert any(k[0] == "sum" and k[2] == "30户" for k in window)  # the slip the helper read

    result = subprocess.run([sys.executable, "-m", "township_app", "check", str(path), "--format", "json"],
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 1, result.stderr
    cli = sorted((f["rule"], f["severity"], f["quote"], f["location"].get("section_id"),
                  f["location"].get("start")) for f in json.loads(result.stdout)["findings"])
    assert cli == window
    w.close()


@posix_only
def test_a_helper_that_does_not_answer_is_given_up(helper, monkeypatch):
    report = _corpus_report()
    alone = _alone_then_shared(report, monkeypatch)
    monkeypatch.setattr(helper_process, "PATIENCE", 0.2)
    pids = list(helper_process._pool._processes)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)  # frozen, not dead: the pool cannot tell
    try:
        helper_process.forget_memos()
        started = time.monotonic()
        assert _shown(run_checks(report).findings) == alone
        assert time.monotonic() - started < 30
        assert not helper_process.helper_ready()
    finally:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass


def test_every_rule_has_its_own_id():
    """The helper's hits come back by rule id: two rules of one id would swap hits."""
    from township_app.checks.rules import ALL_RULES

    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids)) > 30


# a copying site's line: its pinyin glosses blanked, its lost characters (??) and its separators (_)
# are no blanks, which the placeholder rule knows only from where the glosses stood
GLOSSED = "資料共享_文庫_報(bào)告 地 ??區(qū)\n全镇共有农户1200户。"


def test_the_helper_reads_every_text_as_this_process_does(helper, monkeypatch):
    """Every fixture text (Traditional copies, glossed pages, tables, wrapped lines) read by the
    helper alone, then by this process alone: the same findings, to the fingerprint."""
    report = _corpus_report()
    extra = sorted((Path(__file__).parent / "fixtures").glob("samples/**/*.txt"))
    for text in [GLOSSED] + [p.read_text("utf-8") for p in extra]:
        n = len(report.sections) + 1
        report.sections.append(Section(id=n, parent_id=None, position=n, title=f"第{n}篇", body=text))
    monkeypatch.setattr(engine, "HELPER_SHARE", 1.0)
    monkeypatch.setattr(helper_process, "PATIENCE", 120.0)
    helper_process.forget_memos()
    before = helper_process.used_texts
    shared = _shown(run_checks(report).findings)
    assert helper_process.used_texts - before >= len(report.sections)
    helper_process.forget_memos()
    monkeypatch.setattr(engine, "HELP_FROM", 10 ** 12)
    alone = _shown(run_checks(report).findings)
    assert shared == alone
    glossed = [f for f in alone if f[4] == len(report.sections) - len(extra)]
    assert not [f for f in glossed if f[0] == "placeholder"]  # (the case that differed once)


@posix_only
def test_the_helper_ends_when_the_program_is_killed(tmp_path):
    """A window killed from the task manager leaves no helper behind."""
    script = ("import sys; sys.path.insert(0, %r)\n"
              "from township_app.checks import helper_process as h\n"
              "if __name__ == '__main__':\n"
              "    h.start_helper(); h.wait_until_ready()\n"
              "    print(*h._pool._processes, flush=True)\n"
              "    import time; time.sleep(600)\n") % str(Path(__file__).resolve().parent.parent)
    (tmp_path / "program.py").write_text(script, "utf-8")
    program = subprocess.Popen([sys.executable, str(tmp_path / "program.py")], stdout=subprocess.PIPE, text=True)
    try:
        helper_pid = int(program.stdout.readline())
        program.kill()
        program.wait(10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.kill(helper_pid, 0)
            except ProcessLookupError:
                return
            status = Path(f"/proc/{helper_pid}/status")
            if status.exists() and "\nState:\tZ" in status.read_text():
                return  # ended, not yet reaped by whoever adopted it
            time.sleep(0.1)
        os.kill(helper_pid, signal.SIGKILL)
        pytest.fail("the helper outlived the program that started it")
    finally:
        program.kill()

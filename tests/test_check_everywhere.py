"""One check everywhere: the window, `township-app check` and `township-app export` give the
same findings for the same report file (已核实 marks and the print fonts' missing characters
included)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from conftest import type_text
from township_app.submission import open_submission

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "township_app", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120)


def _key(f: dict) -> tuple:
    loc = f["location"]
    return (f["rule"], f["severity"], f["quote"], loc.get("section_id"), loc.get("field"),
            loc.get("start"), loc.get("indicator_id"), f.get("verified_reason"))


def test_window_and_command_line_give_the_same_findings(demo_window, qtbot, tmp_path):
    w = demo_window
    qtbot.waitUntil(lambda: w.checks.fonts is not None, timeout=30000)
    section = w.session.store.sections()[-1]
    w.select_section(section.id)
    editor = w.bodyEditor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    # a slip, a placeholder and a character few fonts have (U+30EDD)
    type_text(qtbot, editor, "共有党员50名，其中女党员60名。新建xx户。\U00030EDD")
    qtbot.keyClick(w, Qt.Key.Key_F7)
    run = w.checks.last_run
    assert any(f.rule == "sum" and f.quote == "50名" and f.severity == "error"
               for f in run.findings)
    # 已核实 on one finding, stored in the file, as the findings panel does it
    w.checks.mark_verified(next(f for f in run.findings if f.rule == "placeholder"), "已与村里核对")
    window_findings = sorted(_key(f.to_json()) for f in w.checks.last_run.findings)

    path = Path(w.session.store.path)
    result = _cli("check", str(path), "--format", "json")
    assert result.returncode == 1, result.stderr  # 1: errors found (the sum slip among them)
    cli_findings = sorted(_key(f) for f in json.loads(result.stdout)["findings"])
    assert cli_findings == window_findings
    assert any(k[-1] == "已与村里核对" for k in cli_findings)
    if not w.checks.fonts.face("仿宋").has("\U00030EDD"):
        assert any(k[0] == "missing-glyph" for k in cli_findings)

    # the submission's summary counts the same findings
    out = tmp_path / "sub.db"
    result = _cli("export", str(path), "-o", str(out), "--allow-errors")
    assert result.returncode == 0, result.stderr
    open_findings = [k for k in window_findings if k[-1] is None]
    errors = sum(1 for k in open_findings if k[1] == "error")
    assert f"错误 {errors}，" in result.stdout
    assert f"已核实 {len(window_findings) - len(open_findings)}" in result.stdout
    summary = open_submission(out).meta.findings_summary
    assert summary["by_severity"]["error"] == errors
    assert summary["verified"] == len(window_findings) - len(open_findings)
    by_rule: dict[str, int] = {}
    for k in open_findings:
        by_rule[k[0]] = by_rule.get(k[0], 0) + 1
    assert summary["by_rule"] == by_rule

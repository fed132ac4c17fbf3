"""Build build.spec with PyInstaller and run what comes out, as an office PC would.

Slow (a full build, ~30 s–3 min); Linux only here, the Windows build is documented in
docs/building.md. Subcommands are checked when they exist in the source, so the test
grows with the program.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import township_app
from township_app import cli
from township_app.store import ReportStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds on Linux"),
]

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDER = "乡镇工作报告助手"


def source_commands() -> set[str]:
    """Subcommand names as the CLI registers them (module NAME, not file name)."""
    return set(cli._command_modules())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    import PyInstaller  # noqa: F401  (a declared test dependency: missing, this fails)
    out = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    folder = out / "dist" / APP_FOLDER
    assert folder.is_dir()
    return folder


@pytest.fixture
def env(tmp_path):
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", TOWNSHIP_APP_DATA=str(tmp_path / "data"),
                TOWNSHIP_APP_SETTINGS=str(tmp_path / "settings.ini"))


def run(exe: Path, *args, env, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=exe.parent)


def test_bundle_contents(bundle):
    internal = bundle / "_internal"
    for exe in ("township-app", "township-app-cli"):
        assert os.access(bundle / exe, os.X_OK)
    for asset in ("ui/main_window.ui", "resources/icons/app.png", "resources/icons/app.ico",
                  "resources/demo/xiaoping_2018.json"):
        assert (internal / asset).is_file(), asset
    assert list((internal / "resources" / "templates").glob("*.json"))
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for needed in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqico.so"):
        assert (plugins / needed).is_file(), needed
    assert list(plugins.glob("printsupport/*.so"))
    libs = {p.name for p in internal.rglob("*.so*")}
    assert any(n.startswith("libQt6Pdf.so") for n in libs)
    assert any(n.startswith("libQt6PdfWidgets.so") for n in libs)
    for unwanted in ("libQt6WebEngineCore", "libQt63DCore", "libQt6Multimedia", "libQt6Quick"):
        assert not any(n.startswith(unwanted) for n in libs), unwanted
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]


def test_help_and_version(bundle, env):
    result = run(bundle / "township-app", "--help", env=env)
    assert result.returncode == 0, result.stderr
    assert APP_FOLDER in result.stdout
    # subcommands are found with pkgutil at run time: the frozen app must see them all
    for name in source_commands():
        assert re.search(rf"^\s+{name}\s", result.stdout, re.M), f"{name} missing from --help"
    version = run(bundle / "township-app-cli", "--version", env=env)
    assert version.returncode == 0
    assert township_app.__version__ in version.stdout


def test_window_shows_and_quits_offscreen(bundle, env, tmp_path):
    env["TOWNSHIP_APP_QUIT_WHEN_OPEN"] = "1"  # quits once the demo report is open
    result = run(bundle / "township-app", "--demo", env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    made = list((tmp_path / "data" / "demo").glob("*.db"))
    assert len(made) == 1  # the window ran far enough to create and open the demo report
    with ReportStore(made[0], read_only=True) as store:
        assert len(store.sections()) > 3


def test_the_frozen_window_checks_a_long_report_with_its_helper(bundle, env, tmp_path):
    """The helper process is the same .exe started again (freeze_support): it must start, and
    the window must use it on a long report."""
    from township_app.model import Report, Section

    report = Report()
    texts = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*/reports/*.txt"))
    for n, path in enumerate(texts, start=1):
        report.sections.append(Section(id=n, parent_id=None, position=n, title=f"第{n}篇",
                                       body=path.read_text("utf-8")))
    long_report = tmp_path / "长报告.db"
    ReportStore.create(long_report, report).close()
    env["TOWNSHIP_APP_QUIT_WHEN_OPEN"] = "1"
    env["TOWNSHIP_APP_HELPER_REPORT"] = "1"
    result = run(bundle / "township-app", long_report, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    said = re.search(r"helper: (True|False) used (\d+)", result.stderr)
    assert said is not None, result.stderr[-3000:]
    assert said.group(1) == "True" and int(said.group(2)) > len(texts) // 3


def demo_db(tmp_path) -> Path:
    from township_app.demo import create_demo_file

    return create_demo_file(tmp_path / "demo")


def test_the_commands_these_tests_run_exist():
    """A renamed or lost command fails here instead of its frozen test quietly not running."""
    assert {"check", "pdf", "docx", "import", "export", "collect"} <= source_commands()


def test_check_runs_frozen(bundle, env, tmp_path, capsys):
    report = demo_db(tmp_path)
    result = run(bundle / "township-app-cli", "check", report, env=env)
    source_code = cli.main(["check", str(report)])  # the same check from source
    assert result.returncode == source_code, result.stderr[-3000:]
    assert result.stdout == capsys.readouterr().out
    draft = tmp_path / "草稿.txt"
    draft.write_text("晓坪乡2025年上半年工作总结\n一、基本情况\n全年完成投资XX万元。\n",
                     encoding="utf-8")
    text = run(bundle / "township-app-cli", "check", draft, env=env)
    assert text.returncode == 1, text.stderr[-3000:]  # 1 = errors found
    assert "占位符“XX”未填写" in text.stdout


def test_pdf_runs_frozen(bundle, env, tmp_path):
    report = demo_db(tmp_path)
    out = tmp_path / "报告.pdf"
    result = run(bundle / "township-app-cli", "pdf", report, "-o", out, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_docx_runs_frozen(bundle, env, tmp_path):
    """python-docx needs its template files inside the bundle."""
    out = tmp_path / "报告.docx"
    result = run(bundle / "township-app-cli", "docx", demo_db(tmp_path), "-o", out, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert out.read_bytes().startswith(b"PK")


def test_import_runs_frozen(bundle, env, tmp_path, samples):
    out = tmp_path / "导入.db"
    result = run(bundle / "township-app-cli", "import", samples[-1], "-o", out, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    with ReportStore(out, read_only=True) as store:
        assert len(store.sections()) > 2


def test_export_runs_frozen(bundle, env, tmp_path):
    out = tmp_path / "上报.db"
    result = run(bundle / "township-app-cli", "export", demo_db(tmp_path), "-o", out,
                 "--allow-errors", env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    with ReportStore(out, read_only=True) as store:
        assert store.sections()

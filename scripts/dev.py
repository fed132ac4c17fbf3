"""Set up a virtual environment and start the app or run the tests, on Windows and Linux alike.

    python scripts/dev.py run     # opens the window on a fresh demo report
    python scripts/dev.py test    # the whole test suite, headless
"""
from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def setup() -> None:
    if not PY.exists():
        print("创建虚拟环境 .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    project = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < project.stat().st_mtime:
        print("安装依赖 …", flush=True)
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"],
                       check=True, cwd=ROOT)
        stamp.touch()
    # the package's bytecode, written once here: where the environment forbids Python to write it
    # (PYTHONDONTWRITEBYTECODE), each start of the program would otherwise compile every module
    # again, a third of a `township-app check` on a short file (up-to-date files are skipped)
    subprocess.run([str(PY), "-m", "compileall", "-q", "-j", "0", str(ROOT / "township_app")],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    setup()
    if argv[0] == "run":
        return subprocess.call([str(PY), "-m", "township_app", "--demo", *argv[1:]], cwd=ROOT)
    if argv[0] == "test":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(PY), "-m", "pytest", "-q", *argv[1:]], cwd=ROOT, env=env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

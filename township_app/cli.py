"""`township-app`: the window, or a headless command sharing the same core.

    township-app [FILE] [--demo]          open the window
    township-app check|pdf|import|docx|export …   batch work without a window

Each headless command is a module in township_app.commands with NAME, HELP and
register(parser); adding one needs no change here.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from . import __version__, cli_chinese, commands
from .display_check import display_problem
from .paths import APP_DISPLAY_NAME


def _command_modules() -> dict[str, object]:
    found = {}
    for info in pkgutil.iter_modules(commands.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        found[module.NAME] = module
    return found


cli_chinese.install()


def _command_parser(modules: dict[str, object]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="township-app", description=APP_DISPLAY_NAME)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="显示程序版本号并退出")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module in sorted(modules.items()):
        module.register(sub.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="township-app", description=f"{APP_DISPLAY_NAME}（不带子命令时打开窗口）")
    parser.add_argument("file", nargs="?", help="要打开的报告文件（.db）")
    parser.add_argument("--demo", action="store_true", help="新建一份示例报告并打开")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="显示程序版本号并退出")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # a report file or no argument opens the window: no need to look at the commands
    maybe_command = bool(argv) and not Path(argv[0]).suffix and "/" not in argv[0] \
        and "\\" not in argv[0]
    modules = _command_modules() if maybe_command or argv[:1] in (["-h"], ["--help"]) else {}
    if argv and argv[0] in modules:
        args = _command_parser(modules).parse_args(argv)
        try:
            return int(args.func(args) or 0)
        except Exception:  # a crash must never look like a result (exit 1 means "findings")
            traceback.print_exc()
            print("township-app: 程序内部出错（见上方信息），未完成。请把以上信息告诉技术人员。",
                  file=sys.stderr)
            return commands.EXIT_BAD_INPUT
    if argv and argv[0] in ("-h", "--help"):
        _gui_parser().print_help()
        print("\n子命令：")
        for name, module in sorted(modules.items()):
            print(f"  {name:8s} {module.HELP}")
        return 0
    args = _gui_parser().parse_args(argv)
    problem = display_problem()
    if problem:  # Qt would abort with an English message
        print(problem, file=sys.stderr)
        return commands.EXIT_BAD_INPUT
    from .gui.app import run_gui  # Qt only when a window is wanted

    return run_gui(args.file, demo=args.demo)

"""Before the window: can Qt show one on this Linux machine? If not, say why in Chinese.

Without the X11 libraries Qt's xcb plugin needs (or without a display), Qt prints an
English message and aborts the process. This check runs first and names the Debian
packages to install instead.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: what Qt 6's xcb platform plugin needs beyond a desktop's usual libraries (Debian/Ubuntu names)
XCB_PACKAGES = ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0",
                "libxcb-keysyms1", "libxcb-render-util0", "libxcb-xinerama0", "libxcb-randr0",
                "libxcb-shape0", "libxcb-xkb1", "libx11-xcb1", "libegl1", "libgl1",
                "libfontconfig1", "libdbus-1-3")
APT_LINE = "sudo apt-get install " + " ".join(XCB_PACKAGES)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" \
        / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """Shared libraries the plugin needs that the system cannot find.

    Loading it is the quick test (Qt loads it next anyway); only when that fails does
    ldd list every missing library, or the loader's message names the first.
    """
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = str(exc).split(":")[0].strip() or str(exc)
    ldd = shutil.which("ldd")
    if ldd is not None:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30)
        found = _NOT_FOUND.findall(done.stdout)
        if found:
            return list(dict.fromkeys(found))  # ldd names a library once per library needing it
    return [first]


def uses_xcb(env) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def display_problem(env=None, plugin: Path | None = None) -> str:
    """A Chinese message when the window cannot open here; "" when it can (or is not Linux)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not uses_xcb(env):
        return ""
    plugin = plugin or xcb_plugin()
    missing = missing_libraries(plugin) if plugin is not None else []
    if missing:
        return ("无法打开窗口：本机缺少图形界面所需的系统库（" + "、".join(missing) + "）。\n"
                "在 Debian/Ubuntu 上请运行：\n  " + APT_LINE + "\n"
                "安装后重新启动本程序。不打开窗口的命令（check、pdf、import 等）不需要这些库。")
    if not env.get("DISPLAY"):
        return ("无法打开窗口：没有可用的图形桌面（DISPLAY 未设置）。请在桌面环境中运行；"
                "在没有桌面的服务器上可用 xvfb-run，或只使用 check、pdf 等命令。")
    return ""

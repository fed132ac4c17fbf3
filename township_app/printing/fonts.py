"""Which installed font plays which GB/T 9704 role (仿宋, 黑体, 楷体, 宋体, 小标宋).

The office PC's own fonts win; then free fonts fontconfig knows about; then
reportlab's built-in CID font STSong-Light (builtin_font), which embeds nothing (the
reader draws the text with its own Song face), so the user is told. Only TrueType
outlines are used: reportlab cannot embed CFF-flavoured OpenType (Noto CJK).

TOWNSHIP_APP_FONT_DIRS (folders separated by os.pathsep, possibly none) replaces the
system's fonts in the search: tests set it to an empty folder to see the page a
machine without Chinese fonts prints.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..layout_spec import FONT_FALLBACKS
from . import builtin_font

#: the five faces a 公文 page uses
STYLES = ("仿宋", "黑体", "楷体", "宋体", "小标宋")

CID_FALLBACK = builtin_font.NAME

#: the folders searched instead of the system's fonts, when set (see the module docstring)
FONT_DIRS_ENV = "TOWNSHIP_APP_FONT_DIRS"


@dataclass(frozen=True)
class StyleWanted:
    """What to look for, best first: file names in font folders, family names in fontconfig."""

    files: tuple[tuple[str, int], ...]
    families: tuple[str, ...]  # the real face under its names
    free: tuple[str, ...] = ()  # free look-alikes, used when the real face is absent


WANTED: dict[str, StyleWanted] = {
    "仿宋": StyleWanted(
        files=(("仿宋_GB2312.ttf", 0), ("FS_GB2312.ttf", 0), ("simfang.ttf", 0),
               ("FZFSJW.TTF", 0), ("方正仿宋简体.ttf", 0)),
        families=("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋简体",
                  "FZFangSong-Z02S"),
    ),
    "楷体": StyleWanted(
        files=(("楷体_GB2312.ttf", 0), ("KT_GB2312.ttf", 0), ("simkai.ttf", 0),
               ("FZKTJW.TTF", 0), ("方正楷体简体.ttf", 0)),
        families=("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体简体", "FZKai-Z03S"),
        free=("AR PL UKai CN", "AR PL KaitiM GB", "LXGW WenKai", "霞鹜文楷",
              "AR PL UKai TW", "AR PL UKai HK"),
    ),
    "黑体": StyleWanted(
        files=(("simhei.ttf", 0), ("FZHTJW.TTF", 0), ("方正黑体简体.ttf", 0)),
        families=("黑体", "SimHei", "方正黑体简体", "FZHei-B01S"),
        free=("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback"),
    ),
    "宋体": StyleWanted(
        files=(("simsun.ttc", 0), ("simsun.ttf", 0), ("FZSSJW.TTF", 0)),
        families=("宋体", "SimSun", "方正书宋简体"),
        free=("AR PL UMing CN", "AR PL SungtiL GB", "AR PL New Sung", "AR PL UMing TW",
              "AR PL UMing HK"),
    ),
    "小标宋": StyleWanted(
        files=(("方正小标宋简体.ttf", 0), ("FZXBSJW.TTF", 0), ("方正小标宋_GBK.ttf", 0),
               ("FZXBSK.TTF", 0), ("方正小标宋简体.TTF", 0)),
        families=("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"),
    ),
}

#: free fonts worth finding by file name when fontconfig is not there to ask
_KNOWN_FREE_FILES = {
    "宋体": (("uming.ttc", 0),),
    "楷体": (("ukai.ttc", 0), ("LXGWWenKai-Regular.ttf", 0)),
    "黑体": (("wqy-microhei.ttc", 0), ("wqy-zenhei.ttc", 0), ("DroidSansFallbackFull.ttf", 0)),
}


@dataclass
class FontFace:
    """One loaded font file (or the CID fallback) with what layout needs from it."""

    family: str
    path: str  # "" for the CID fallback
    index: int
    pdf_name: str  # the name registered with reportlab
    embedded: bool
    _font: object = field(repr=False, default=None)
    _widths: dict = field(repr=False, default_factory=dict)
    _cmap: object = field(repr=False, default=None)  # None: the built-in CID font
    ascent: float = 0.88  # em fractions, as the PDF font descriptor states them
    descent: float = -0.12

    def has(self, ch: str) -> bool:
        if self._cmap is None:
            return builtin_font.can_show(ch)
        return ord(ch) in self._cmap

    def width(self, ch: str, size: float) -> float:
        """Advance width of one character in points."""
        w = self._widths.get(ch)
        if w is None:
            w = self._font.stringWidth(ch, 1000) if self._cmap is None else \
                self._font.face.charWidths.get(ord(ch), self._font.face.defaultWidth)
            self._widths[ch] = w
        return w * size / 1000

    @property
    def postscript_name(self) -> str:
        """The name the PDF's font dictionary carries (after the subset tag)."""
        if not self.embedded:
            return self.pdf_name
        name = self._font.face.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)

    @property
    def shown_name(self) -> str:
        if not self.path:
            return f"{self.family}（宋体，未嵌入 PDF，由阅读器用自带字体显示）"
        return f"{self.family}（{Path(self.path).name}）"


@dataclass
class FontSet:
    """Font per style, plus the human-readable story of what stood in for what."""

    by_style: dict[str, FontFace]
    substitutions: list[str]

    def face(self, style: str) -> FontFace:
        return self.by_style[style]

    def fallbacks(self, style: str) -> list[FontFace]:
        """Other loaded faces to borrow a glyph from, the style's own chain first."""
        seen = {id(self.by_style[style])}
        out = []
        for other in FONT_FALLBACKS[style] + STYLES:
            f = self.by_style.get(other)
            if f is not None and id(f) not in seen:
                seen.add(id(f))
                out.append(f)
        return out


@dataclass(frozen=True)
class _Candidate:
    path: str
    index: int
    family: str
    source: str  # "office" / "system"


def _windows_font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    if sys.platform == "win32" and not dirs:
        dirs.append(Path("C:/Windows/Fonts"))
    return dirs


def _unix_font_dirs() -> list[Path]:
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
            Path.home() / ".local/share/fonts", Path.home() / ".fonts",
            Path("/Library/Fonts"), Path.home() / "Library/Fonts"]


def _file_index(dirs: list[Path], recursive: bool) -> dict[str, Path]:
    """Lower-cased file name → path for every font file in the folders."""
    found: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        try:
            paths = d.rglob("*") if recursive else d.iterdir()
            for p in paths:
                if p.suffix.lower() in (".ttf", ".ttc"):
                    found.setdefault(p.name.lower(), p)
        except OSError:
            continue
    return found


def _windows_registry_fonts() -> list[tuple[str, int, list[str]]]:
    """(file, index, family names) from the Windows font registry, where installed fonts
    are listed by display name ("方正小标宋简体 (TrueType)" → FZXBSJW.TTF) whatever the file."""
    if sys.platform != "win32":
        return []
    import winreg

    fonts = []
    key_path = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"
    dirs = _windows_font_dirs()
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            key = winreg.OpenKey(hive, key_path)
        except OSError:
            continue
        with key:
            i = 0
            while True:
                try:
                    name, value, _ = winreg.EnumValue(key, i)
                except OSError:
                    break
                i += 1
                if not isinstance(value, str) or not value.lower().endswith((".ttf", ".ttc")):
                    continue
                path = Path(value)
                if not path.is_absolute():
                    path = next((d / value for d in dirs if (d / value).exists()), dirs[0] / value
                                if dirs else path)
                display = name.split(" (")[0]
                for index, family in enumerate(display.split(" & ")):
                    fonts.append((str(path), index, [family.strip()]))
    return fonts


def _fontconfig_fonts() -> list[tuple[str, int, list[str]]]:
    """(file, index, family names) of TrueType-outline fonts fontconfig lists."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run(
            [exe, "--format", "%{file}|%{index}|%{family}|%{fontformat}\n"],
            capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    fonts = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 4 or parts[3].strip() != "TrueType":
            continue
        if not parts[0].lower().endswith((".ttf", ".ttc")):
            continue
        try:
            index = int(parts[1] or 0)
        except ValueError:
            index = 0
        fonts.append((parts[0], index, [f.strip() for f in parts[2].split(",")]))
    return fonts


def _candidates(style: str, override_files: dict[str, Path], office_files: dict[str, Path],
                fc_fonts: list, free_files: dict[str, Path]) -> list[_Candidate]:
    wanted = WANTED[style]
    out: list[_Candidate] = []
    for files, source in ((override_files, "office"), (office_files, "office")):
        for name, index in wanted.files:
            p = files.get(name.lower())
            if p is not None:
                out.append(_Candidate(str(p), index, Path(name).stem, source))
    for family in wanted.families + wanted.free:
        for path, index, families in fc_fonts:
            if family in families:
                out.append(_Candidate(path, index, families[0], "system"))
    for name, index in _KNOWN_FREE_FILES.get(style, ()):
        p = free_files.get(name.lower())
        if p is not None:
            out.append(_Candidate(str(p), index, Path(name).stem, "system"))
    return out


def _load(c: _Candidate, loaded: dict) -> FontFace | None:
    key = (os.path.abspath(c.path), c.index)
    if key in loaded:
        return loaded[key]
    pdf_name = f"TA-{Path(c.path).stem}-{c.index}"
    font = _registered(pdf_name, c.path)
    if font is None:
        try:
            font = TTFont(pdf_name, c.path, subfontIndex=c.index)
        except (TTFError, OSError, ValueError, KeyError, IndexError):
            loaded[key] = None
            return None
        pdfmetrics.registerFont(font)
    face = font.face
    family = face.familyName.decode("utf-8", "replace") if isinstance(face.familyName, bytes) \
        else str(face.familyName or c.family)
    if not family or family.isspace() or not family.isprintable():
        family = c.family
    ff = FontFace(family=family, path=c.path, index=c.index, pdf_name=pdf_name, embedded=True,
                  _font=font, _cmap=face.charToGlyph,
                  ascent=face.ascent / 1000, descent=face.descent / 1000)
    loaded[key] = ff
    return ff


def _registered(pdf_name: str, path: str) -> TTFont | None:
    """The font reportlab already holds under this name for this file (parsed once per run).

    Only registered names are asked for: getFont on any other name makes reportlab search
    its Type 1 folders and parse every AFM file there, half a second of a CLI run.
    """
    if pdf_name not in pdfmetrics.getRegisteredFontNames():
        return None
    font = pdfmetrics.getFont(pdf_name)
    same = isinstance(font, TTFont) and os.path.abspath(getattr(font.face, "filename", "")) \
        == os.path.abspath(path)
    return font if same else None


def _cid_face() -> FontFace:
    font = builtin_font.BuiltinCIDFont()
    pdfmetrics.registerFont(font)
    return FontFace(family=CID_FALLBACK, path="", index=0, pdf_name=CID_FALLBACK,
                    embedded=False, _font=font, _cmap=None, ascent=builtin_font.EM_ASCENT,
                    descent=builtin_font.EM_DESCENT)


def _folders_instead_of_system() -> list[Path] | None:
    """The folders TOWNSHIP_APP_FONT_DIRS names (an empty list when it is set but empty);
    None when it is unset."""
    value = os.environ.get(FONT_DIRS_ENV)
    if value is None:
        return None
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def find_fonts(font_dirs: list[str | Path] | None = None, *,
               use_system: bool = True) -> FontSet:
    """Pick a face for each style. font_dirs are searched first (by the office file names).

    use_system=False skips the system's fonts (tests of the fallback chain); so does
    TOWNSHIP_APP_FONT_DIRS, whose folders are searched instead, by file name.
    """
    override_files = _file_index([Path(d) for d in font_dirs or ()], recursive=True)
    instead = _folders_instead_of_system()
    if not use_system or instead is not None:
        office_files = free_files = _file_index(instead or [], recursive=True)
        listed = []
    else:
        office_files = _file_index(_windows_font_dirs(), recursive=False)
        listed = _windows_registry_fonts() + _fontconfig_fonts()
        free_files = _file_index(_unix_font_dirs(), recursive=True) \
            if not listed and sys.platform != "win32" else {}
    loaded: dict = {}
    own: dict[str, FontFace] = {}
    own_source: dict[str, str] = {}
    for style in STYLES:
        for cand in _candidates(style, override_files, office_files, listed, free_files):
            face = _load(cand, loaded)
            if face is not None:
                own[style] = face
                own_source[style] = cand.family
                break
    by_style: dict[str, FontFace] = {}
    notes: list[str] = []
    cid: FontFace | None = None
    for style in STYLES:
        if style in own:
            face = own[style]
            by_style[style] = face
            exact = own_source[style] in WANTED[style].families \
                or any(face.family == f for f in WANTED[style].families) \
                or Path(face.path).name.lower() in {n.lower() for n, _ in WANTED[style].files}
            notes.append(f"{style} → {face.shown_name}" + ("" if exact else "（代用字体）"))
            continue
        stand_in = next((own[o] for o in FONT_FALLBACKS[style] if o in own), None)
        if stand_in is not None:
            by_style[style] = stand_in
            notes.append(f"{style} → {stand_in.shown_name}（未找到{style}，借用其他字体）")
            continue
        if cid is None:
            cid = _cid_face()
        by_style[style] = cid
        notes.append(f"{style} → {cid.shown_name}：本机未找到可嵌入的中文字体，"
                     f"{style}也以宋体印出，字形随阅读器而变，打印效果无法保证")
    return FontSet(by_style=by_style, substitutions=notes)

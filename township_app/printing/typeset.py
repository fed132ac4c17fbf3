"""From text in a style to positioned runs: font per character, line breaks, justification.

A character the style's font lacks is borrowed from another loaded face; if no
face has it, it is left out (never an empty box) — either way it is recorded as
a MissingGlyph so the user sees where.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .fonts import FontFace, FontSet
from .linebreak import LineSpan, balanced_lines, break_lines, justify_gaps


@dataclass(frozen=True)
class MissingGlyph:
    """A character the chosen font lacks, named like a finding: where it is and what was done."""

    char: str
    style: str  # 仿宋 / 黑体 …
    font: str  # the face that lacks it
    section_path: str
    location: str  # 标题 / 正文第3段 / 指标表第2行 …
    substitute: str | None  # face that drew it instead; None = left out
    page: int = 0

    @property
    def severity(self) -> str:
        return "提示" if self.substitute else "警告"

    @property
    def message(self) -> str:
        code = f"U+{ord(self.char):04X}"
        if self.substitute:
            return (f"字符“{self.char}”（{code}）{self.font}中没有，已改用{self.substitute}印出"
                    f"（{self.location}，第{self.page}页）")
        return (f"字符“{self.char}”（{code}）所有可用字体中都没有，PDF 中未印出"
                f"（{self.location}，第{self.page}页）")


@dataclass(frozen=True)
class Where:
    """What a piece of text belongs to, for MissingGlyph records."""

    section_path: str
    location: str


@dataclass
class TextRun:
    """Characters drawn in one go: x from the left of the type area, y = baseline offset."""

    x: float
    text: str
    face: FontFace
    size: float
    char_space: float = 0.0


@dataclass
class TypesetLine:
    runs: list[TextRun]
    size: float
    width: float = 0.0  # from x = 0 to the end of the last character
    missing: list[MissingGlyph] = field(default_factory=list)


@dataclass
class Shaped:
    text: str
    faces: list[FontFace]
    widths: list[float]
    missing: list[MissingGlyph]


class Typesetter:
    """Shapes text with a FontSet; keeps a per-face glyph cache through FontFace."""

    def __init__(self, fonts: FontSet):
        self.fonts = fonts

    def shape(self, text: str, style: str, size: float, where: Where) -> Shaped:
        primary = self.fonts.face(style)
        chain = None
        kept: list[str] = []
        faces: list[FontFace] = []
        widths: list[float] = []
        missing: list[MissingGlyph] = []
        noted: set[str] = set()
        for ch in text:
            if ch in "\t\r\n\u00a0\u2002\u2003":
                ch = " "
            elif unicodedata.category(ch) in ("Cc", "Cf"):
                continue  # invisible controls (BOM, zero-width joiners) print as nothing
            face = primary
            if not primary.has(ch):
                if chain is None:
                    chain = self.fonts.fallbacks(style)
                face = next((f for f in chain if f.has(ch)), None)
                if face is None and ch.isspace():
                    continue
                if ch not in noted:
                    noted.add(ch)
                    missing.append(MissingGlyph(ch, style, primary.family, where.section_path,
                                                where.location, face.family if face else None))
                if face is None:
                    continue
            kept.append(ch)
            faces.append(face)
            widths.append(face.width(ch, size))
        return Shaped("".join(kept), faces, widths, missing)

    def lines(self, shaped: Shaped, size: float, measure: float, *, first_indent: float = 0.0,
              justify: bool = True, balanced: bool = False,
              min_last_chars: int = 0) -> list[TypesetLine]:
        """Break shaped text into lines of `measure` points; runs carry x within the measure.

        min_last_chars: a last line shorter than this (a heading ending `…安防设 / 备。`) takes
        characters from the lines above, which are broken up to three characters shorter
        and still justified to the full measure.
        """
        if balanced:
            spans = balanced_lines(shaped.text, shaped.widths, measure)
        else:
            spans = break_lines(shaped.text, shaped.widths, measure, first_indent=first_indent)
            if min_last_chars and len(spans) > 1 and _chars(shaped.text, spans[-1]) < min_last_chars:
                for shorter in range(1, 4):
                    trial = break_lines(shaped.text, shaped.widths, measure - shorter * size,
                                        first_indent=first_indent)
                    if len(trial) == len(spans) and _chars(shaped.text, trial[-1]) >= min_last_chars:
                        spans = trial
                        break
        out = []
        for k, span in enumerate(spans):
            out.append(self._runs(shaped, span, size, measure, justify and not span.last))
        if out:
            out[0].missing.extend(shaped.missing)
        return out

    def single_line(self, shaped: Shaped, size: float, x: float = 0.0) -> TypesetLine:
        span = LineSpan(0, len(shaped.text), sum(shaped.widths), x, True)
        line = self._runs(shaped, span, size, span.width + x, False)
        line.missing.extend(shaped.missing)
        return line

    @staticmethod
    def _runs(shaped: Shaped, span: LineSpan, size: float, measure: float,
              justify: bool) -> TypesetLine:
        text = shaped.text
        slack = measure - span.indent - span.width
        gaps = justify_gaps(text, span.start, span.end, slack, max_per_gap=size * 1.5) \
            if justify else [0.0] * (span.end - span.start)
        runs: list[TextRun] = []
        x = end = span.indent
        cur: TextRun | None = None
        prev_gap = 0.0
        for k in range(span.start, span.end):
            face = shaped.faces[k]
            gap = gaps[k - span.start]
            if cur is not None and cur.face is face and (
                    len(cur.text) == 1 or abs(cur.char_space - prev_gap) < 1e-9):
                if len(cur.text) == 1:
                    cur.char_space = prev_gap
                cur.text += text[k]
            else:
                cur = TextRun(x, text[k], face, size, 0.0)
                runs.append(cur)
            end = x + shaped.widths[k]
            x = end + gap
            prev_gap = gap
        return TypesetLine(runs, size, end if runs else 0.0)


def _chars(text: str, span: LineSpan) -> int:
    return sum(1 for ch in text[span.start:span.end] if not ch.isspace())

"""Wavy underlines in the body editor under placeholders and mismatched numbers."""
from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from .findings_panel import SEVERITY_COLORS


class FindingHighlighter(QSyntaxHighlighter):
    def __init__(self, document):
        super().__init__(document)
        self.spans: list[tuple[int, int, str]] = []  # start, length, severity (UTF-16 offsets)
        self._formats = {}
        for severity, color in SEVERITY_COLORS.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.WaveUnderline)
            fmt.setUnderlineColor(QColor(color))
            self._formats[severity] = fmt

    def set_spans(self, spans: list[tuple[int, int, str]]) -> None:
        if spans != self.spans:
            self.spans = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        block_start = block.position()  # Qt counts UTF-16 units, as the spans do
        block_end = block_start + block.length() - 1
        for start, length, severity in self.spans:
            end = start + max(length, 1)
            if end <= block_start or start >= block_end:
                continue
            local = max(start, block_start) - block_start
            self.setFormat(local, min(end, block_end) - block_start - local,
                           self._formats[severity])

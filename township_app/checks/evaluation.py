"""Compare findings on a plain text with hand-written expectations: precision and recall.

An expectations file (tests/fixtures/expected_findings/<sample>.json) lists every finding a
careful reader expects (rule, severity, line, quote, optional column) and the passages that
are right and must not be flagged (line, text). Used by the sample tests and by
benchmarks/precision_recall.py.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding


@dataclass
class Score:
    matched: list[tuple[dict, Finding]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)  # expected, not found
    unexpected: list[Finding] = field(default_factory=list)  # found, not expected
    wrongly_flagged: list[tuple[dict, Finding]] = field(default_factory=list)  # hit a must-not-flag

    @property
    def precision(self) -> float:
        found = len(self.matched) + len(self.unexpected)
        return len(self.matched) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.matched) + len(self.missed)
        return len(self.matched) / wanted if wanted else 1.0


def load_expected(path: str | Path) -> dict:
    return json.loads(Path(path).read_text("utf-8"))


def _matches(item: dict, f: Finding) -> bool:
    loc = f.location
    return (f.rule == item["rule"] and f.severity == item["severity"] and loc.line == item["line"]
            and f.quote == item["quote"] and ("column" not in item or loc.column == item["column"]))


def score(text: str, findings: list[Finding], expected: dict) -> Score:
    result = Score()
    remaining = list(findings)
    for item in expected["expected"]:
        hit = next((f for f in remaining if _matches(item, f)), None)
        if hit is None:
            result.missed.append(item)
        else:
            remaining.remove(hit)
            result.matched.append((item, hit))
    result.unexpected = remaining
    lines = text.split("\n")
    for item in expected.get("must_not_flag", []):
        line = lines[item["line"] - 1]
        col = line.find(item["text"])
        if col < 0:
            raise ValueError(f"must_not_flag text {item['text']!r} is not on line {item['line']}")
        lo, hi = col + 1, col + 1 + len(item["text"])
        for f in findings:
            loc = f.location
            if loc.line == item["line"] and loc.column < hi and lo < loc.column + loc.length:
                result.wrongly_flagged.append((item, f))
    return result

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
    """The expectations are about figures and placeholders: the proofreading families (标点, 序号
    …) are judged by their own precision test (tests/test_proofread_precision.py)."""
    result = Score()
    findings = [f for f in findings if f.family == "figures"]
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


# --- the verified corpus (tests/fixtures/corpus/<set>/truth.json) ---------------------------
#
# Truth per text: placeholders (line, 1-based column, length) and relations (line, keys, flag:
# true = a slip some finding must name, false = correct or not checkable, so no finding may
# name it, "bonus" = ambiguous). A finding names a relation when it sits on the relation's
# line and its quote or message contains one of the keys; placeholders match by overlap.


@dataclass
class CorpusScore:
    found_placeholders: list[tuple[str, dict]] = field(default_factory=list)
    missed_placeholders: list[tuple[str, dict]] = field(default_factory=list)
    false_placeholders: list[tuple[str, Finding]] = field(default_factory=list)
    named_slips: list[tuple[str, dict]] = field(default_factory=list)
    missed_slips: list[tuple[str, dict]] = field(default_factory=list)
    wrongly_named: list[tuple[str, dict, Finding]] = field(default_factory=list)
    bonus_named: int = 0
    bonus_total: int = 0

    @property
    def placeholder_recall(self) -> float:
        wanted = len(self.found_placeholders) + len(self.missed_placeholders)
        return len(self.found_placeholders) / wanted if wanted else 1.0

    @property
    def placeholder_precision(self) -> float:
        found = len(self.found_placeholders) + len(self.false_placeholders)
        return len(self.found_placeholders) / found if found else 1.0

    @property
    def relations_checked(self) -> int:
        return len(self.named_slips) + len(self.missed_slips)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def names_relation(finding: Finding, relation: dict) -> bool:
    text = f"{finding.quote} {finding.message}"
    return finding.location.line == relation["line"] and any(k in text for k in relation["keys"])


def placeholder_hits(findings: list[Finding], truth: dict):
    """(found, missed, false) placeholders of one text."""
    found, missed = [], []
    got = [f for f in findings if f.rule.startswith("placeholder")]
    spans = [(p["line"], p["column"], p["column"] + p["length"]) for p in truth["placeholders"]]
    for p, (line, c0, c1) in zip(truth["placeholders"], spans):
        if any(f.location.line == line and _overlaps(c0, c1, f.location.column,
                                                     f.location.column + f.location.length)
               for f in got):
            found.append(p)
        else:
            missed.append(p)
    false = [f for f in got if not any(
        f.location.line == line and _overlaps(c0, c1, f.location.column, f.location.column + f.location.length)
        for line, c0, c1 in spans)]
    return found, missed, false


def score_corpus(truth: dict, findings_by_name: dict[str, list[Finding]]) -> CorpusScore:
    result = CorpusScore()
    for name, t in sorted(truth.items()):
        findings = findings_by_name[name]
        found, missed, false = placeholder_hits(findings, t)
        result.found_placeholders += [(name, p) for p in found]
        result.missed_placeholders += [(name, p) for p in missed]
        result.false_placeholders += [(name, f) for f in false]
        arithmetic = [f for f in findings if not f.rule.startswith("placeholder")]
        for r in t["relations"]:
            naming = [f for f in arithmetic if names_relation(f, r)]
            if r["flag"] is True:
                (result.named_slips if naming else result.missed_slips).append((name, r))
            elif r["flag"] is False:
                result.wrongly_named += [(name, r, f) for f in naming[:1]]
            else:
                result.bonus_total += 1
                result.bonus_named += bool(naming)
    return result

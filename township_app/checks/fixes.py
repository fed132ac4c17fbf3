"""One-step fixes: the certain replacements some findings carry, applied to the text they quote.

A finding's fix replaces exactly its quoted span. Fixes are applied per text (a section's title
or body, or a plain text) from the end backwards, so earlier offsets stay valid; a fix whose span
no longer holds the quoted characters (the text changed since the check) or overlaps another fix
is skipped rather than guessed at. The window's 修正 / 全部修正 and `township-app check --fix`
both go through here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .findings import Finding


@dataclass(frozen=True)
class TextEdit:
    """Replace text[start:start + length] (which should read `old`) by `new`."""

    start: int
    length: int
    old: str
    new: str


def fixable(finding: Finding) -> bool:
    loc = finding.location
    return finding.fix is not None and loc.kind in ("section", "text") \
        and loc.start is not None and loc.length is not None


def edit_of(finding: Finding) -> TextEdit:
    loc = finding.location
    return TextEdit(loc.start, loc.length, finding.quote, finding.fix)


def apply_edits(text: str, edits: Iterable[TextEdit]) -> tuple[str, int]:
    """The text with every applicable edit made, and how many were made."""
    chosen: list[TextEdit] = []
    taken_until = -1
    for edit in sorted(set(edits), key=lambda e: (e.start, e.length)):
        if edit.start < taken_until or text[edit.start:edit.start + edit.length] != edit.old:
            continue  # overlaps an earlier edit, or the text moved under it
        chosen.append(edit)
        taken_until = edit.start + max(edit.length, 1)
    for edit in reversed(chosen):
        text = text[:edit.start] + edit.new + text[edit.start + edit.length:]
    return text, len(chosen)


def fixes_by_field(findings: Iterable[Finding]) -> dict[tuple, list[TextEdit]]:
    """The fixes of `findings` grouped by the text they change: (section_id, field) for a report's
    section, ("text",) for a plain text. Verified (已核实) findings are left alone."""
    out: dict[tuple, list[TextEdit]] = {}
    for f in findings:
        if not fixable(f) or f.verified:
            continue
        loc = f.location
        key = ("text",) if loc.kind == "text" else (loc.section_id, loc.field)
        out.setdefault(key, []).append(edit_of(f))
    return out


def fixed_text(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """A plain text (as check_text read it) with every certain fix among `findings` made."""
    return apply_edits(text, fixes_by_field(findings).get(("text",), []))

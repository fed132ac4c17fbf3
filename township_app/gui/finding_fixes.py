"""修正 / 全部修正 and 检查设置 as undo commands: one step each, calling the session.

A fix replaces exactly the span its finding quotes (checks.fixes); the texts are read
from the file when the fix is asked for, so a fix whose text changed since the check is
left out instead of guessed at. Undo writes back the texts exactly as they were.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .undo_commands import ReportCommand


@dataclass(frozen=True)
class TextChange:
    """One section's title or body, before and after its fixes."""

    section_id: int
    field: str  # "title" | "body"
    old: str
    new: str


def planned_changes(store, findings: Iterable) -> tuple[list[TextChange], int]:
    """The texts the fixes of `findings` change, as the file holds them now, and how many
    fixes apply (those whose text moved, or that overlap, are skipped)."""
    from ..checks.fixes import apply_edits, fixes_by_field

    changes: list[TextChange] = []
    count = 0
    for key, edits in fixes_by_field(findings).items():
        if len(key) != 2 or key[1] not in ("title", "body"):
            continue  # a plain text's fix: not a report's section
        section_id, field = key
        try:
            old = getattr(store.section(section_id), field)
        except KeyError:
            continue  # the section was deleted since the check
        new, made = apply_edits(old, edits)
        if made:
            changes.append(TextChange(section_id, field, old, new))
            count += made
    return changes, count


class FixTextsCommand(ReportCommand):
    """The fixes of one 修正 or 全部修正, over however many sections: one undo step."""

    def __init__(self, session, text: str, changes: list[TextChange], count: int,
                 shown: int | None = None):
        """shown: the section on screen; undo and redo stay there when it is among the changed
        ones, and otherwise show the first changed section."""
        changed = [c.section_id for c in changes]
        super().__init__(text, session, shown if shown in changed else changed[0])
        self.changes, self.count = changes, count

    def apply(self) -> bool:
        return self.session.set_texts([(c.section_id, c.field, c.new) for c in self.changes])

    def revert(self) -> bool:
        return self.session.set_texts([(c.section_id, c.field, c.old) for c in self.changes])


class SetFamiliesOffCommand(ReportCommand):
    """检查设置: which rule families the report runs (kept in the file)."""

    def __init__(self, session, text: str, old: frozenset[str], new: frozenset[str]):
        super().__init__(text, session)
        self.old, self.new = old, new

    def apply(self) -> bool:
        return self.session.set_families_off(self.new)

    def revert(self) -> bool:
        return self.session.set_families_off(self.old)

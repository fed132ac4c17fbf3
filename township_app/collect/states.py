"""Which files count: the collection's period, 期间不符, and 重复报送 (the newer file is used).

Runs after every file was read, because both need the whole folder.
"""
from __future__ import annotations

import re
from collections import Counter

from .entry import (MODIFIED_REASON, STATE_DUPLICATE, STATE_MODIFIED, STATE_OK,
                    STATE_UNREADABLE, STATE_WRONG_PERIOD, CollectedFile, period_label)

#: period → its place within a year, so 上期 of 2019年上半年 is 2018年全年
_PERIOD_RANK = (("第一季度", 1), ("一季度", 1), ("上半年", 2), ("第二季度", 2), ("二季度", 2),
                ("前三季度", 3), ("第三季度", 3), ("三季度", 3), ("下半年", 4), ("第四季度", 4),
                ("四季度", 4), ("全年", 4), ("年度", 4))


def period_key(year: str, period: str) -> tuple[int, int]:
    """Sortable (year, rank); an unreadable year sorts first."""
    match = re.search(r"\d{4}", year or "")
    rank = next((r for word, r in _PERIOD_RANK if word in (period or "")), 4)
    return (int(match.group()) if match else 0, rank)


def normalize_period(year: str, period: str) -> tuple[str, str]:
    year = (year or "").strip()
    match = re.fullmatch(r"(\d{4})\s*年?", year)
    return (match.group(1) if match else year, (period or "").strip())


def choose_period(entries: list[CollectedFile]) -> tuple[str, str] | None:
    """The period most readable files are for (ties: the latest), or None when none is readable."""
    counts = Counter(normalize_period(e.year, e.period) for e in entries
                     if e.state != STATE_UNREADABLE and e.content_matches)
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], period_key(*p)))


def assign_states(entries: list[CollectedFile], period: tuple[str, str] | None = None
                  ) -> tuple[str, str] | None:
    """Set state/reason/used on every entry; returns the period collected.

    A file of another period is 期间不符; of several files of one township, the one
    exported last is used and all are 重复报送. Modified and unreadable files are never used.
    """
    period = normalize_period(*period) if period else choose_period(entries)
    by_township: dict[str, list[CollectedFile]] = {}
    for e in entries:
        e.used = False
        if e.state == STATE_UNREADABLE:
            continue
        if not e.content_matches:  # listed, never used
            e.state, e.reason = STATE_MODIFIED, MODIFIED_REASON
            continue
        e.state, e.reason = STATE_OK, ""
        if period is not None and normalize_period(e.year, e.period) != period:
            e.state = STATE_WRONG_PERIOD
            e.reason = (f"报送期间为“{e.period_label or '未填'}”，本次汇总的是"
                        f"“{period_label(*period)}”。")
            continue
        by_township.setdefault(e.township, []).append(e)
    for township, group in by_township.items():
        group.sort(key=lambda e: (e.exported_at, str(e.path)))
        newest = group[-1]
        newest.used = True
        if len(group) == 1:
            newest.state, newest.reason = STATE_OK, ""
            continue
        names = "、".join(e.path.name for e in group)
        for e in group:
            e.state = STATE_DUPLICATE
            if e is newest:
                e.reason = f"{township or '未填乡镇'}报送了 {len(group)} 份（{names}），采用最新导出的这一份。"
            else:
                e.reason = (f"{township or '未填乡镇'}报送了 {len(group)} 份，本份导出较早，未采用"
                            f"（采用 {newest.path.name}）。")
    return period

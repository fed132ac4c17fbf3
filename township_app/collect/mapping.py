"""Indicator names across townships: 低保户数 / 低保户 / 城乡低保户数 are one column when the
county says so. The mapping is data the user edits (kept in 汇总.db), not code."""
from __future__ import annotations

import re

_SPACES = re.compile(r"[\s\u3000]+")


def clean_name(name: str) -> str:
    """What two townships' spellings must share to be the same name: no spaces, （）as ()."""
    return _SPACES.sub("", name or "").replace("（", "(").replace("）", ")")


class IndicatorMapping:
    """alias → canonical name; a name not listed is its own canonical name."""

    def __init__(self, aliases: dict[str, str] | None = None):
        self.aliases: dict[str, str] = {}
        for alias, canonical in (aliases or {}).items():
            self.set(alias, canonical)

    def set(self, alias: str, canonical: str) -> None:
        alias, canonical = clean_name(alias), clean_name(canonical)
        if not alias:
            return
        if not canonical or canonical == alias:
            self.aliases.pop(alias, None)
        else:
            self.aliases[alias] = canonical

    def canonical(self, name: str) -> str:
        name = clean_name(name)
        seen = {name}
        while name in self.aliases:  # 城乡低保户数 → 低保户 → 低保户数
            name = self.aliases[name]
            if name in seen:
                break
            seen.add(name)
        return name

    def as_dict(self) -> dict[str, str]:
        return dict(sorted(self.aliases.items()))

"""A rate's base where the rate rule's nearest reading does not find it.

- In the paragraph before its own (below).
- Named by its numerator (签约项目中已开工19个: the figure of 签约的26个项目).
- Left by what the numerator leaves of it (个人自付 of 住院费用总额).

资金支出2159.7万元，支出进度88.9%。 on a line of its own, after a paragraph that says 全年争取各级财政
衔接…补助资金2468.5万元: the rate's numerator is in its own paragraph and names its side; its base is
the one figure of the paragraph before named by the rate's base words (补助资金, 下达, 安排 …).
"""
from __future__ import annotations

import re
from typing import Callable

from .rate_definitions import RateDefinition


def base_in_paragraph_before(definition: RateDefinition, rate, items, before_items, text: str,
                             role: Callable[[str], str | None]):
    """(numerator, base) as the rate rule's labelled figures, or None. The rate's own paragraph
    holds only its numerator before it (named as the rate's numerator, in the base's unit); the
    paragraph before holds one figure named by the base words in that unit, and no other
    figure named as a numerator (else the rate might be of that pair)."""
    own = [it for it in items if it.q.end <= rate.start and it.q.base_unit not in ("%", "‰")]
    if len(own) != 1 or not own[0].q.exact or role(own[0].label) != "numerator":
        return None
    num = own[0]
    _, inside = before_items
    labelled = [(q, g.label.replace(" ", "")) for g in inside for q in g.quantities]
    bases = [(q, label) for q, label in labelled if q.base_unit == num.q.base_unit and q.exact
             and role(label) == "denominator"]
    if len(bases) != 1 or any(role(label) == "numerator" and q.base_unit == num.q.base_unit
                              for q, label in labelled):
        return None
    q, label = bases[0]
    if q.interval.hi < num.q.interval.lo:
        return None  # a base below what it counts is no base
    return num, type(num)(q, label)


#: 签约项目中已开工19个: those among a group named before (its figure is the rate's base)
_AMONG_NAMED = re.compile(r"(?P<group>[\u4e00-\u9fff]{2,8})中(?:已经|已|有|共)?[\u4e00-\u9fff]{0,6}$")


def base_the_numerator_names(rate, items, text: str, role: Callable[[str], str | None]):
    """签约的26个项目中…。…。签约项目中已开工19个，开工率76.9%: the numerator says which group it is
    of, and an earlier figure of the paragraph is that group, its noun after the figure (签约的26个项目)
    or before it (签约项目26个); None when no figure is so named or more than one is."""
    before = [it for it in items if it.q.end <= rate.start and it.q.base_unit not in ("%", "‰")]
    if not before or role(before[-1].label) != "numerator":
        return None
    num = before[-1]
    m = _AMONG_NAMED.search(num.label)
    if m is None or not num.q.exact:
        return None
    group = m.group("group").replace("的", "")
    found = []
    for it in before[:-1]:
        if it.q.base_unit != num.q.base_unit or not it.q.exact or it.q.interval.hi < num.q.interval.lo:
            continue
        clause = _LEAD_OFF.split(it.label)[-1]
        noun = _NOUN_AFTER.match(text, it.q.end)
        named = (clause + (noun.group() if noun else "")).replace("的", "")
        if named.endswith(group) or named.startswith(group) and named[len(group):] in ("", "共", "总数", "数"):
            found.append(it)
    return (num, found[0]) if len(found) == 1 else None


_LEAD_OFF = re.compile(r"[，,。；;：:、（(]")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=中|[，,。；;：:、）)]|$)")


def rest_before(definition: RateDefinition, rate, items):
    """(what is left, the base) when the clauses before the rate name what its numerator leaves of
    a base in the same unit (个人自付 of 住院费用总额), nearest first; None otherwise."""
    before = [it for it in items if it.q.end <= rate.start and it.q.exact and it.q.base_unit not in ("%", "‰")]
    rest = next((it for it in reversed(before) if _names_any(it.label, definition.rest)), None)
    if rest is None:
        return None
    base = next((it for it in reversed(before) if it.q.start < rest.q.start and it.q.base_unit == rest.q.base_unit
                 and _names_any(it.label, definition.denominator) and not _names_any(it.label, definition.rest)), None)
    if base is None or base.q.interval.hi <= rest.q.interval.lo:
        return None
    return rest, base


def _names_any(label: str, words: tuple[str, ...]) -> bool:
    return any(w in label for w in words)

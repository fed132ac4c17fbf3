"""A rate's base stated in the paragraph before its own.

资金支出2159.7万元，支出进度88.9%。 on a line of its own, after a paragraph that says 全年争取各级财政
衔接…补助资金2468.5万元: the rate's numerator is in its own paragraph and names its side; its base is
the one figure of the paragraph before named by the rate's base words (补助资金, 下达, 安排 …).
"""
from __future__ import annotations

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

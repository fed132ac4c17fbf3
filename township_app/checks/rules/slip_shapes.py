"""The shapes a slip of the keyboard gives a figure: a digit changed, dropped or added, two
neighbouring digits swapped. Real slips are near misses of this kind; a sum or quotient far off
in another way means the figures were paired wrongly, and the checks say nothing."""
from __future__ import annotations

from decimal import Decimal


def typo_like(written: str, computed: str) -> bool:
    """441 for 414, 4558 for 4568, 1.2 for 1.12: a total that differs from the sum of its
    parts as a slip of the keyboard does (two digits swapped, one digit changed, dropped or
    added). A short sum that looks like this is a slip; any other shortfall may be parts
    left unlisted."""
    a = written.replace(".", "").lstrip("0")
    b = computed.replace(".", "").lstrip("0")
    if a == b or not a or not b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def swapped(written: str, computed: str) -> bool:
    """62 for 26, 1142 for 1124: two neighbouring digits swapped, nothing else changed."""
    if len(written) != len(computed) or written == computed:
        return False
    diff = [i for i in range(len(written)) if written[i] != computed[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and written[diff[0]] == computed[diff[1]] \
        and written[diff[1]] == computed[diff[0]]


def _a_part_mistyped(values, total) -> bool:
    """新植280亩 + 改种20亩 for 100亩: one part with a digit too many (280 for 80), or two of its
    digits swapped, and the parts add up exactly - a slip however far off it makes the sum."""
    if not total.exact or any(not v.exact for v in values):
        return False
    if _a_part_swapped(values, total):
        return True
    target = Decimal(total.number) * total.factor
    whole = sum((Decimal(v.number) * v.factor for v in values), Decimal(0))
    for v in values:
        digits = v.number
        if len(digits.replace(".", "")) < 3:
            continue  # (27 for 7 in 8 + 3 + 27 of 18: with two digits, a sum made so is chance)
        for k in range(len(digits)):
            shorter = digits[:k] + digits[k + 1:]
            if not shorter or shorter in (".",) or not shorter.replace(".", "").isdigit() or shorter.startswith("."):
                continue
            if whole - Decimal(digits) * v.factor + Decimal(shorter) * v.factor == target:
                return True
    return False


def _a_part_swapped(values, total) -> bool:
    """1680 + 856 + 200 = 2736 for 2745: with two neighbouring digits of one part swapped back
    (865), the parts add up exactly."""
    return bool(swapped_parts(values, total))


def swapped_parts(values, total) -> list[tuple]:
    """Each (part, the part with two digits swapped back) that makes the parts add up exactly."""
    found = []
    target = Decimal(total.number) * total.factor
    whole = sum((Decimal(v.number) * v.factor for v in values), Decimal(0))
    for v in values:
        written = v.number
        point = written.find(".")
        digits = written.replace(".", "")
        if not digits.isdigit():
            continue
        for k in range(len(digits) - 1):
            if digits[k] == digits[k + 1]:
                continue
            swapped = digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:]
            if point >= 0:  # 7.9 for 9.7: the digits either side of the point swapped too
                swapped = swapped[:point] + "." + swapped[point:]
            if whole - Decimal(written) * v.factor + Decimal(swapped) * v.factor == target:
                found.append((v, swapped))
    return found


def mistyped_from(written: str, lo: Decimal, hi: Decimal) -> str | None:
    """The figure one slip of the keyboard away from `written` (a digit changed, two neighbours
    swapped) that lies in [lo, hi], or None: 争取1354.7万元, 已到位1765.4万元, 到位率75.0% fit a base
    of 2352–2355, and 2354.7 is 1354.7 with one digit changed. Only figures of three digits or
    more, and only a single candidate, so that a match does not come by chance."""
    digits = written.replace(".", "")
    if len(digits) < 3 or not digits.isdigit() or hi < lo:
        return None
    found = set()
    for k, c in enumerate(written):
        if not c.isdigit():
            continue
        for d in "0123456789":
            if d != c and not (k == 0 and d == "0"):
                found.add(written[:k] + d + written[k + 1:])
        if k + 1 < len(written) and written[k + 1].isdigit() and written[k + 1] != c:
            found.add(written[:k] + written[k + 1] + c + written[k + 2:])
    fits = [v for v in found if lo <= Decimal(v) <= hi]
    return fits[0] if len(fits) == 1 else None

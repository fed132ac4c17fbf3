"""Units the county summary converts between, so 152.81万元 and 1528100元 land in one column.

Only exact, well-known ratios: money (元 ↔ 万元 ↔ 亿元) and area (亩 ↔ 公顷, 1 公顷 = 15 亩).
A unit not listed is its own family and is never converted.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

#: written unit → (family, size in the family's smallest unit)
UNIT_FAMILIES: dict[str, tuple[str, Decimal]] = {
    "元": ("money", Decimal(1)),
    "千元": ("money", Decimal(10) ** 3),
    "万元": ("money", Decimal(10) ** 4),
    "亿元": ("money", Decimal(10) ** 8),
    "亩": ("area", Decimal(1)),
    "万亩": ("area", Decimal(10) ** 4),
    "公顷": ("area", Decimal(15)),
}

#: units of a rate: such a column never gets an added-up 合计
RATE_UNITS = frozenset({"%", "％", "‰", "个百分点"})


def clean_unit(unit: str) -> str:
    return (unit or "").strip().replace("\u3000", "").replace(" ", "").replace("％", "%")


def unit_family(unit: str) -> str:
    """The family a unit converts within; an unknown unit is its own family."""
    unit = clean_unit(unit)
    known = UNIT_FAMILIES.get(unit)
    return known[0] if known else f"unit:{unit}"


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """value written in from_unit, expressed in to_unit (same family) with the precision written.

    Going to a larger unit adds as many decimals as the ratio has digits (1528100元 → 152.81万元,
    100亩 → 6.67公顷); going to a smaller one needs none. Trailing zeros the conversion made are
    dropped, so 1500元 shows as 0.15万元, not 0.1500.
    """
    from_unit, to_unit = clean_unit(from_unit), clean_unit(to_unit)
    if from_unit == to_unit:
        return value
    f_family, f_size = UNIT_FAMILIES[from_unit]
    t_family, t_size = UNIT_FAMILIES[to_unit]
    if f_family != t_family:
        raise ValueError(f"{from_unit} and {to_unit} are not one family")
    written = max(0, -value.as_tuple().exponent)
    exact = value * f_size / t_size
    if t_size > f_size:
        extra = len(str(int((t_size / f_size).to_integral_value(ROUND_HALF_UP))))
        places = Decimal(1).scaleb(-(written + extra))
        return _drop_added_zeros(exact.quantize(places, rounding=ROUND_HALF_UP), 0)
    return _drop_added_zeros(exact, 0)


def _drop_added_zeros(value: Decimal, keep: int) -> Decimal:
    """Strip trailing zeros, but never below `keep` decimals."""
    if value == value.to_integral_value():
        stripped = value.quantize(Decimal(1))
    else:
        stripped = value.normalize()
    decimals = max(0, -stripped.as_tuple().exponent)
    if decimals < keep:
        stripped = stripped.quantize(Decimal(1).scaleb(-keep))
    return stripped


def decimals_of(value: Decimal) -> int:
    return max(0, -value.as_tuple().exponent)


def format_decimal(value: Decimal) -> str:
    """Plain notation, never 1E+4."""
    return f"{value:f}"

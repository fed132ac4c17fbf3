"""Units a report writes after a number, and how they convert to a common base.

Adding a unit is a line here. Money is compared in 元, so 152.81万元 and 1528100元 are
the same fact; count units (户, 人, 个 …) are their own base.
"""
from __future__ import annotations

from decimal import Decimal

#: written unit → (base unit, factor to base)
UNIT_BASES: dict[str, tuple[str, Decimal]] = {
    "亿元": ("元", Decimal(10) ** 8),
    "万元": ("元", Decimal(10) ** 4),
    "千元": ("元", Decimal(10) ** 3),
    "元": ("元", Decimal(1)),
    "万亩": ("亩", Decimal(10) ** 4),
    "亩": ("亩", Decimal(1)),
    "公顷": ("公顷", Decimal(1)),
    "平方公里": ("平方公里", Decimal(1)),
    "平方千米": ("平方公里", Decimal(1)),
    "平方米": ("平方米", Decimal(1)),
    "公里": ("米", Decimal(1000)),
    "千米": ("米", Decimal(1000)),
    "米": ("米", Decimal(1)),
    "万户": ("户", Decimal(10) ** 4),
    "万人次": ("人次", Decimal(10) ** 4),
    "万人": ("人", Decimal(10) ** 4),
    # weights in 公斤 (人均2647千克 of 粮食5993吨 is 5993000 ÷ 4529): 吨 and 千克 are one scale
    "吨": ("公斤", Decimal(1000)),
    "万吨": ("公斤", Decimal(10) ** 7),
    "公斤": ("公斤", Decimal(1)),
    "万担": ("斤", Decimal(10) ** 6),
    "担": ("斤", Decimal(100)),  # 1担 = 100斤 (tobacco and tea are sold by the 担)
    "万斤": ("斤", Decimal(10) ** 4),
    "千克": ("公斤", Decimal(1)),
    "%": ("%", Decimal(1)),
    "‰": ("‰", Decimal(1)),
    "％": ("%", Decimal(1)),
    "个百分点": ("个百分点", Decimal(1)),
    # 孕产妇死亡率29.36/10万, 发病率3.2/万: a rate per so many people, its unit as written
    "/10万": ("/10万", Decimal(1)),
    "/十万": ("/10万", Decimal(1)),
    "/万": ("/万", Decimal(1)),
}

#: units in Latin letters, as statistics bulletins write them (91.17万t, 2.3万hm², 15km): read
#: as the Chinese unit beside them; shown as written
LATIN_UNITS: dict[str, str] = {
    "t": "吨", "kg": "公斤", "km": "公里", "hm²": "公顷", "hm2": "公顷", "km²": "平方公里",
    "km2": "平方公里", "m²": "平方米", "m2": "平方米", "㎡": "平方米", "m³": "立方米", "m3": "立方米",
}

#: units that are their own base (counts and the like)
COUNT_UNITS = (
    "户次", "人次", "户", "人", "名", "个", "位", "家", "所", "座", "栋", "间", "套", "处",
    "亩", "株", "棵", "头", "只", "羽", "匹", "尾", "件", "次", "起", "场", "期", "批", "项",
    "条", "台", "辆", "盏", "块", "份", "口", "眼", "本", "册", "篇", "张", "幅", "副", "支",
    "宗", "例", "对", "床", "盘", "度", "升", "千瓦", "立方米", "方", "公斤", "斤",
    "天", "小时", "课时", "周岁", "岁", "村", "组", "镇", "乡", "元",
)

#: units that name people or households counted together with a 个/名 total
PERSON_LIKE = {"人", "名", "个", "位"}


#: bases measured on a continuous scale: a written integer may be rounded (174万元, 300亩);
#: every other base counts things, and a written whole count is exact (243人)
MEASURE_BASES = {"‰", "/10万", "/万", "元", "亩", "公顷", "平方公里", "平方米", "米", "公斤", "斤", "万斤", "%",
                 "个百分点", "度", "升", "立方米", "方", "千瓦", "小时"}


def is_count(base_unit: str) -> bool:
    return bool(base_unit) and base_unit not in MEASURE_BASES


def all_units() -> list[str]:
    """Every unit the tokenizer knows, longest first so 万元 wins over 万."""
    units = set(UNIT_BASES) | set(COUNT_UNITS)
    return sorted(units, key=len, reverse=True)


def base_of(unit: str) -> tuple[str, Decimal]:
    if unit in UNIT_BASES:
        return UNIT_BASES[unit]
    unit = LATIN_UNITS.get(unit, unit)
    return UNIT_BASES.get(unit, (unit, Decimal(1)))


def is_money(unit: str) -> bool:
    return base_of(unit)[0] == "元"


def is_percent(unit: str) -> bool:
    return unit in ("%", "％")


def normalize_unit_text(unit: str) -> str:
    return "%" if unit == "％" else unit

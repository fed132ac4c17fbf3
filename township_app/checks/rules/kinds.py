"""What a total's name covers, as statistics offices use the words: 粮食 is cereals, beans and
tubers, never oil crops or vegetables; 民生支出 holds 教育 and 卫生健康支出; 猪牛羊禽肉 names its
four meats. A list under 其中 that names parts of another kind, or parts of one of its own
parts, is no breakdown of the total to add up. A kind is a line of data: add one where a
report shows it.
"""
from __future__ import annotations

import re

from .breakdown_words import _GENDER_WORDS, _core

#: a total's word → words of things it does not hold (粮食播种面积…其中稻谷…；油料…；蔬菜…)
NOT_OF_KIND = {
    "粮食": ("油料", "棉花", "烟叶", "烤烟", "蔬菜", "糖料", "甘蔗", "药材", "中药材", "瓜果", "水果", "果园",
             "茶叶", "茶园", "花卉", "食用菌", "蚕桑", "桑园", "麻类", "青饲料"),
}

#: a part's word → words of the parts it holds in turn (民生支出 24.15亿元, 教育支出 6.73亿元 …)
UMBRELLAS = {
    "民生": ("教育", "卫生", "医疗", "社会保障", "社保", "就业", "住房", "文化", "农林水", "城乡社区",
             "节能环保", "养老", "交通"),
}

#: words a total's name may open with that name no kind (全年猪牛羊禽肉产量, 全镇中小学生)
_LEAD_WORDS = re.compile(r"^(?:(?:19|20)\d\d年|全年|今年|上半年|全[乡镇县村区]|全街道|我[乡镇]|本[乡镇]|共有|共|现有)+")
#: 粮食和经济作物, 粮食及油料: a total of more than grain
_MORE_THAN_ONE_KIND = re.compile(r"[和及与、]")


def parts_of_another_kind(total_label: str, part_labels: list[str]) -> bool:
    """Some part is of a kind the total's name leaves out (粮食 / 油料), or later parts are within
    an earlier part (民生支出, then 教育支出): the list is not one split of the total."""
    total = _core(total_label)
    for word, others in NOT_OF_KIND.items():
        if word in total and not _MORE_THAN_ONE_KIND.search(total) \
                and any(o in _core(p) for p in part_labels for o in others):
            return True
    cores = [_core(p) for p in part_labels]
    for k, core in enumerate(cores[:-1]):
        for word, members in UMBRELLAS.items():
            if core.startswith(word) and any(m in later for later in cores[k + 1:] for m in members):
                return True
    return False


def total_names_more_kinds(total_label: str, part_labels: list[str]) -> bool:
    """猪牛羊禽肉产量 of which 猪肉产量, 牛肉产量: the total's name lists its kinds a character each,
    and each part is one of them with the same ending; parts short of the total are only some."""
    total = _core(total_label)
    cores = [_core(p) for p in part_labels]
    if len(cores) < 1 or any(len(c) < 3 for c in cores):
        return False
    ending = cores[0][1:]
    if any(c[1:] != ending for c in cores) or not total.endswith(ending):
        return False
    kinds = _LEAD_WORDS.sub("", total[:len(total) - len(ending)])
    heads = {c[0] for c in cores}
    return len(heads) == len(cores) and all(h in kinds for h in heads) and len(kinds) > len(heads)


def sex_among_other_kinds(part_labels: list[str]) -> bool:
    """Some parts named by sex (女性代表) and some by another kind (农村基层代表): two ways of
    counting the same people, not one split."""
    sexed = [_core(p).startswith(_GENDER_WORDS) for p in part_labels]
    return any(sexed) and not all(sexed)


#: 地区生产总值…其中第一产业增加值…，第二产业增加值…，第三产业增加值…: the three industries, which
#: together are the economy's whole added value
_INDUSTRY_PART = re.compile(r"^第([一二三])产业(?:增加值|实现增加值|完成增加值)?(?:为|实现|完成|达到|达)?$")
_WHOLE_ECONOMY = re.compile(r"生产总值|GDP|增加值")


def all_three_industries(total_label: str, labels: list[str]) -> bool:
    """Parts that are the first, second and third industries' added values, each once, of a
    生产总值 or 增加值 total: every yuan of added value is one industry's, so they make their total
    (not 劳动力…第一产业…: workers of all three leave out the jobless; not 第二产业中工业…)."""
    if len(labels) != 3 or not _WHOLE_ECONOMY.search(total_label):
        return False
    found = [_INDUSTRY_PART.match(_core(label).removeprefix("其中").strip("：:，, \u3000")) for label in labels]
    return all(found) and sorted(m.group(1) for m in found) == ["一", "三", "二"]


#: 受灾 holds 成灾, which holds 绝收 (disaster statistics' tiers of crop damage): a deeper tier
#: listed under a total, or two tiers side by side, are within each other, not parts that add up
NESTED_TIERS = (("受灾", "成灾", "绝收"),)


def tiers_within(total_label: str, labels: list[str]) -> bool:
    for tiers in NESTED_TIERS:
        named = {k for k, tier in enumerate(tiers) for label in labels if tier in label}
        top = min((k for k, tier in enumerate(tiers) if tier in total_label), default=None)
        if len(named) >= 2 or (top is not None and any(k > top for k in named)):
            return True
    return False


#: members of a body (党委班子成员9人、政府班子成员4人): one person may sit on two of them (交叉任职)
_BODY_MEMBERS = re.compile(r"(?:党委|党组|政府|人大|政协|纪委|村委会?|居委会?|支委|两委|党支部|支部|团委|妇联|监委会?)"
                           r"(?:领导)?(?:班子)?(?:成员|委员)?$")


def members_of_bodies(parts) -> bool:
    """Parts that each count the members of another body: their sum may exceed the whole."""
    cores = [_core(p.label).rstrip("为有达共计约") for p in parts]
    return len(set(cores)) == len(cores) > 1 and all(
        len(c) > 2 and _BODY_MEMBERS.search(c) and c.endswith(("班子", "成员", "委员")) for c in cores)

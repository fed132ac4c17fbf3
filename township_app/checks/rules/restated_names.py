"""Whether two statements of a figure, one with two digits swapped, name one fact: their keys,
their whole words, or the words right after their figures (高龄老人1268人 / 全乡1286名高龄老人)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..names import common_run
from .breakdown_words import _lead
from .fact_owners import _noun_after

if TYPE_CHECKING:
    from .repeats import _Fact

UNNAMED = "\x00"  # the key of a statement named only by the words after its figure


def named_after(a: _Fact, qa, b: _Fact, qb) -> bool:
    """高龄老人1268人 / 全乡1286名高龄老人…; 为1284名寄宿生 / 寄宿生1248名: the name after one
    figure is the other's name (four characters in common), or both name the figure after it."""
    na, nb = _noun_after(a.doc.text, qa), _noun_after(b.doc.text, qb)
    ka = "" if a.key.startswith(UNNAMED) else a.key
    kb = "" if b.key.startswith(UNNAMED) else b.key
    pairs = ((ka, nb), (na, kb), (na, nb))
    if any(len(x) >= 3 and len(y) >= 3 and (common_run(x, y) >= 4 or x in y or y in x) for x, y in pairs):
        return True
    return noun_heads(ka, nb) or noun_heads(kb, na)


def labels_alike(a: _Fact, b: _Fact) -> bool:
    """累计完成投资1486万元 / 上半年民生实事累计完成投资1468万元: the whole words before one figure
    (four characters or more) end the words before the other (not 隔离场所服务人员累计检测 /
    交通运输从业人员累计检测: one activity, two kinds of people)."""
    short, long_ = sorted((_lead(a.group.label), _lead(b.group.label)), key=len)
    return len(short) >= 4 and long_.endswith(short)


def one_name(a: _Fact, qa, b: _Fact, qb) -> bool:
    """The very same name (three characters or more) before both figures, or before one and
    right after the other (监测户93户 / 监测户39户; 生态护林员64名 / 46名生态护林员)."""
    ka = "" if a.key.startswith(UNNAMED) else a.key
    kb = "" if b.key.startswith(UNNAMED) else b.key
    if len(ka) >= 3 and len(kb) >= 3 and (ka.endswith(kb) or kb.endswith(ka)):
        return True  # 未整改的31处 / 二是对未整改的13处: the same words, said after others
    na, nb = _noun_after(a.doc.text, qa), _noun_after(b.doc.text, qb)

    def heads(key: str, noun: str) -> bool:  # the words after a figure begin with the name's last word
        return len(key) >= 3 and any(key.endswith(noun[:n]) for n in range(3, len(noun) + 1))
    return heads(ka, nb) or heads(kb, na) or (len(na) >= 3 and na == nb)


def part_named_after(a: _Fact, qa, b: _Fact, qb) -> bool:
    """其中脱贫户1236户 / 带动全乡1263户脱贫户: a part's whole name (three characters or more)
    begins the words after the other figure."""
    na, nb = _noun_after(a.doc.text, qa), _noun_after(b.doc.text, qb)
    ka = "" if a.key.startswith(UNNAMED) else a.key
    kb = "" if b.key.startswith(UNNAMED) else b.key
    return (len(ka) >= 3 and nb.startswith(ka)) or (len(kb) >= 3 and na.startswith(kb))


def noun_heads(key: str, noun: str) -> bool:
    """网格126个 / 对全街道162个网格实行…; 寄宿生生活补助1248人 / 为1284名寄宿生发放…: the words right
    after one figure begin with what names the other — the last word of its name (two
    characters or more) or three characters or more of it."""
    if len(key) < 2 or len(noun) < 2:
        return False
    if key.endswith(noun[:2]) or (len(noun) >= 3 and key.endswith(noun[:3])):
        return True
    return any(noun[:k] in key for k in range(3, min(len(noun), 6) + 1))


@lru_cache(maxsize=65536)
def alike(a: str, b: str) -> bool:
    """Names of one fact, for a figure whose digits were swapped: one narrowed by a word
    (新改建户厕 / 新改建卫生户厕), the same words in another order (种植烤烟 / 烤烟种植), or a
    run of four characters or more in common (资助义务教育阶段困难学生 / 义务教育阶段家庭经济困难学生)."""
    if narrowed(a, b) or (a == b and len(a) >= 2):
        return True  # 现有党员1762名 / 共有党员1726名: even a short name, when the digits are swapped
    if len(a) >= 4 and sorted(a) == sorted(b):
        return True
    run = common_run(a, b)
    if run >= 4 and len(a) - run >= 3 and len(b) - run >= 3 and a[-run:] == b[-run:] \
            and common_run(a[:-run], b[:-run]) < 2:
        return False  # 交通运输从业人员累计检测 / 隔离场所服务人员累计检测: one activity, two kinds of people
    return run >= 4


def narrowed(a: str, b: str) -> bool:
    """新改建户厕 / 新改建卫生户厕: one name is the other with a word of up to two characters
    put in (or the same name)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) > 2:
        return False
    return any(long_[:i] + long_[i + len(long_) - len(short):] == short for i in range(len(short) + 1))

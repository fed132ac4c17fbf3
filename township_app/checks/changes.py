"""What role a figure plays in a comparison, read from the words just before it.

"均价22.07元，比上年增4.35元，增22.6%" holds three kinds of figure: a level (22.07元, the
thing itself), a change (比上年增4.35元) and a rate of change (增22.6%). "由2亿元增长到4.05亿元"
names a level before (由…) and after (…到). Growth, repeated facts and sums all need to tell
these apart: a change is neither a base to grow from, nor a fact that recurs, nor a part.

The tests are memoized on the words: every rule asks them of the same labels.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: verbs that state a change; longer first so 增长 wins over 增
CHANGE_VERBS = ("增长", "增加", "提高", "提升", "上升", "上涨", "净增", "新增", "增幅", "增速", "增产", "扩大",
                "下降", "减少", "降低", "下滑", "降幅", "回落", "减产", "缩小", "缩减", "减", "增", "降", "涨")
DOWN_VERBS = ("下降", "减少", "降低", "下滑", "降幅", "回落", "减产", "缩小", "缩减", "减", "降")
PREVIOUS_WORDS = ("上年同期", "去年同期", "上年", "去年", "上一年", "同期", "前一年")
_FILLER = r"(?:了|达到|达|为|约|近|超过|高达|只有|仅)*"
#: 增长比例达55%, 增长率为12%, 增长幅度为…: the verb named as a measure
_MEASURED = r"(?:比例|比率|率|幅度|速度)?"
_CHANGE_END_RE = re.compile(rf"(?P<verb>{'|'.join(CHANGE_VERBS)}){_MEASURED}{_FILLER}$")
_TO_END_RE = re.compile(rf"(?:{'|'.join(CHANGE_VERBS)})(?:了)?(?:到|至)了?(?:[^，,；;。]{{0,12}}的)?$")
#: 比上年多52户 / 较去年少3家: 多 and 少 state a change only after a comparison
#: (the event's verb may follow: 比去年同期多出生140人, 比上年多招120人)
_MORE_LESS_END_RE = re.compile(rf"(?:比|较)[^，,；;。多少]{{1,12}}(?P<verb>多|少)(?:出|(?![的于之])[\u4e00-\u9fff]{{1,2}})?{_FILLER}$")
#: 较上年同期增收1735万元 / 比上年减收1941万元: a revenue's change, named by 增收 / 减收 (增支 / 减支)
#: only after a comparison (带动农户增收2000元 says what each earned more, with no level beside it)
_REVENUE_END_RE = re.compile(rf"(?:比|较)[^，,；;。]{{0,12}}?(?P<verb>增收|减收|增支|减支){_FILLER}$")
_FROM_END_RE = re.compile(r"(?:由|从)(?:[^，,；;。]{0,12}的)?$")
#: 比上年增加养蚕量17张: what grew named between the verb and the figure, after a comparison
_VERB_THEN_NOUN_END_RE = re.compile(r"(?:比|较)[^，,；;。]{0,12}?(?P<verb>增加|减少|增长|下降)[\u4e00-\u9fff]{1,4}$")
#: 与2022年的205人相比, 比2015年财税收入170万元: the figure of the year compared with
#: (与2010年的…, 较2019年底的…; 与上次普查的…, 与第六次全国人口普查时的…: a base named by its census)
_YEAR_COMPARED_END_RE = re.compile(
    r"(?:与|较|比|同)[^，,；;。比较]{0,6}?(?:\d{4}|[一二三四五六七八九〇零○]{4})年[底末初]?[^，,；;。\d相今本当]{0,6}?的?$"
    r"|(?:与|较|比|同)[^，,；;。比较]{0,18}?普查(?:时|时期)?的?$")
#: (较大隐患, 较大事故, 较重: 较 as "rather", an adjective naming a kind, not a comparison)
_COMPARE_RE = re.compile(r"同比|环比|较(?!大|重|小|轻|好|差|高|低|强|弱|多|少|为|快|慢)|比|与[^，,；;。]{0,8}相比|相比")
_SUBJECT_STRIP = re.compile(
    rf"(?:同比|环比|较|比|与|相比|{'|'.join(PREVIOUS_WORDS)}|\d{{4}}年|[_＿xX*＊]+年|"
    r"的|了|达到|达|为|约|分别|共|全年|全乡|全镇|其中|实现|完成|速度|幅度|还|又|也|再|"
    # 五年净增17家, 近三年来: a span of years the change is over, not what changed
    r"(?:近|这|过去)?[一二两三四五六七八九十\d]{1,2}年(?:来|间|内|中)?|"
    rf"{'|'.join(CHANGE_VERBS)})")


@lru_cache(maxsize=16384)
def change_verb(label: str) -> str | None:
    """The verb when the words before a figure state a change (比上年增, 增长了, 增幅达)."""
    text = label.rstrip(" \u3000")
    m = _CHANGE_END_RE.search(text) or _MORE_LESS_END_RE.search(text) or _VERB_THEN_NOUN_END_RE.search(text) \
        or _REVENUE_END_RE.search(text)
    if m is not None and text[:m.start()].endswith("自然"):
        return None  # 人口自然增长率: births less deaths, a rate of its own
    return m.group("verb") if m else None


def is_down(verb: str) -> bool:
    return verb in DOWN_VERBS or verb in ("少", "减收", "减支")


#: 由2.9亿元增长为8亿元: 为 after the verb names the level reached too, where nothing is compared
_TO_AS_END_RE = re.compile(r"^[^比较同]{0,4}(?:增长|增加|提高|提升|上升|下降|减少|降低)为$")


@lru_cache(maxsize=16384)
def is_change(label: str) -> bool:
    """A change rather than a level: 比上年增加, 较去年减少, 增长 (but not 增长到, a level)."""
    text = label.rstrip(" \u3000")
    return not is_level_after_change(text) and change_verb(text) is not None


@lru_cache(maxsize=16384)
def is_level_after_change(label: str) -> bool:
    """增长到 / 提高至 / (由…)增长为: the level reached."""
    text = label.rstrip(" \u3000")
    return _TO_END_RE.search(text) is not None \
        or _TO_AS_END_RE.match(text.lstrip(" \u3000，,、；;")) is not None


@lru_cache(maxsize=16384)
def is_from_level(label: str) -> bool:
    """由2亿元 / 从上年的…: the level a change started from."""
    return _FROM_END_RE.search(label.rstrip(" \u3000")) is not None


@lru_cache(maxsize=16384)
def is_previous_level(label: str) -> bool:
    """较去年的27600担, 上年同期为200户, 由上年的500万元: a level of the earlier period."""
    if is_change(label) or is_level_after_change(label):
        return False
    return any(w in label for w in PREVIOUS_WORDS) or is_from_level(label) \
        or _YEAR_COMPARED_END_RE.search(label.rstrip(" \u3000")) is not None


@lru_cache(maxsize=16384)
def is_comparison(label: str) -> bool:
    """比上年增加 / 与任务相比亏: the figure is a difference, not a fact of its own."""
    return is_change(label) or (_COMPARE_RE.search(label) is not None and not is_previous_level(label))


def subject_words(label: str) -> str:
    """What a change figure is about, once comparison words are dropped: 产值增长 → 产值."""
    return _SUBJECT_STRIP.sub("", label).strip(" \u3000，,、；;：:（）()")

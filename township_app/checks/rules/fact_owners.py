"""What a stated fact is about, and what tells two statements' owners apart: the name a
figure goes by once filler is dropped (subject_key), the words right after it, the figure or
heading that leads into it (初级中学1所，专任教师67人; 宿舍项目，计划投资…; 1. 甲工程：…), and the
signs that two like-named statements are two facts (counted things differ, figures far apart,
总计 against 合计). The restatement rule (repeats.py) asks these of every pair it compares.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from ..changes import is_comparison
from ..groups import group_positions, quantity_groups
from ..tokens import token_starts, tokenize
from .slip_shapes import typo_like
from .breakdown_words import _gender_pair
from .fact_setting import _YEAR, _TOWNSHIP
from .ratio_verdict import WILD_RATIO

if TYPE_CHECKING:
    from .repeats import _Fact

#: (在今年完成…的基础上: 在 opens the phrase, not the name; 在建项目 keeps it)
_LEAD = re.compile(r"^(?:在(?=完成|实现|达到|累计|共)|其中|另外|同时|此外|全乡|全镇|全县|全村|全社区|全街道|我乡|我镇|本乡|本镇|本社区|该社区|今年|全年|目前|截至目前|截止目前|现|共计|共有|共|合计|总计|累计|已经|已|有|为|达到|达|实现|完成|和|及|与|以及"
                   r"|[一二三四五六七八九十]是|首先|其次)+")  # (一是全年累计巡河2250次: the list's mark and the year's words name nothing)
_TRAIL = re.compile(r"(?:共计|共有|合计|累计|总计|共|有|为|达到|达|约|计|了|的|是)+$")
#: digits dropped from a name, unless a unit follows them (60岁以上老年人, 收入10万元以上的村)
_DIGITS = re.compile(r"[0-9０-９]+(?![0-9０-９.．]*(?:周岁|岁|万元|元|万|亩|户|人|%|％))")
#: a name that starts with an activity (悬挂横幅, 开展应急演练) recurs legitimately, once per
#: campaign or section; such statements are compared only when a shared number anchors them
ACTIVITY_VERBS = (
    "发放", "悬挂", "开展", "组织", "举办", "召开", "培训", "投入", "新建", "新增", "建设", "改造",
    "修建", "制作", "张贴", "出动", "检查", "走访", "排查", "化解", "解决", "帮助", "慰问", "印发",
    "接待", "办理", "受理", "整治", "清理", "拆除", "种植", "发展", "带动", "建成", "打造", "引进",
    "争取", "安排", "落实", "申报", "签订", "查处", "维修", "硬化", "培育", "选聘", "设立", "配备",
    "添置", "聘请", "植树", "宣传", "收集", "展出", "使用", "挽救", "挽回", "拜访", "放养", "推送",
    "发动", "召集", "举行", "参加", "参与", "接受", "提供", "兑现", "拨付", "下达", "筹集", "整合",
    "惠及", "受益", "涉及", "覆盖", "服务", "帮扶", "救助", "吸纳", "辐射",
)


@lru_cache(maxsize=8192)
def subject_key(label: str) -> str:
    text = label.strip(" \u3000，,、；;：:（）()“”\"")
    text = _YEAR.sub("", text)
    text = _DIGITS.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text)
        text = _TRAIL.sub("", text)
    return text


_NOUN_AFTER = re.compile(r"的?(?P<noun>[\u4e00-\u9fff]{2,8})")


def _noun_after(text: str, q) -> str:
    """全乡1286名高龄老人居住分散: the words right after a figure, which name it when they, not the
    words before it, say what is counted."""
    m = _NOUN_AFTER.match(text, q.end)
    return subject_key(m.group("noun")) if m else ""


def _lead_in(fact: _Fact) -> tuple[str, str] | None:
    """The name of the figure just before this one in its sentence, and the words right after
    that figure (None when this one comes first)."""
    groups = quantity_groups(fact.doc.text)
    g = fact.group
    text = fact.doc.text
    k = group_positions(text).get(id(g), 0)
    if k == 0:
        return None
    before = groups[k - 1]
    while k > 1 and before.sentence == g.sentence and groups[k - 2].sentence == g.sentence \
            and (is_comparison(before.label) or before.units == {"%"}):
        k -= 1  # 二产收入6759万元，比上年同期增加21.8%，人均纯收入608元: the change is the 二产收入's
        before = groups[k - 1]
    if before.sentence != g.sentence:
        # 乙楼1.1万平方米。可容纳168户: a sentence that only says what the thing before can do
        # (no subject of its own) is about the figure that ends the sentence before, on its line
        if not fact.key.startswith(_MODAL) or g.label_start != g.sentence.start \
                or "\n" in text[before.end:g.start] or text[before.end:g.sentence.start].strip("。；; \u3000"):
            return None
    return subject_key(before.label), _noun_after(fact.doc.text, before.quantities[-1])


def _led_by_one_body(fact: _Fact) -> bool:
    """A figure before this one in its sentence counts one school, firm or village (初级中学
    1所，专任教师67人): the statement is that one's."""
    groups = quantity_groups(fact.doc.text)
    k = group_positions(fact.doc.text).get(id(fact.group), 0)
    while k > 0 and groups[k - 1].sentence == fact.group.sentence:
        k -= 1
        q = groups[k].quantities[-1]
        if q.number == "1" and q.unit in ("所", "家", "个", "座", "处"):
            return True  # (初级中学1所，在校学生482人，专任教师67人: the school's)
    return False


_BODY_UNITS = ("所", "家", "个", "座", "处", "支")


def _opening_body(fact: _Fact) -> str | None:
    """What the sentence opens by counting, when it counts schools, firms or sites before this
    figure (有初级中学两所，…教职工123名 / 有中心小学一所，…教职工164名): the name of those bodies."""
    groups = quantity_groups(fact.doc.text)
    k = group_positions(fact.doc.text).get(id(fact.group), 0)
    first = None
    while k > 0 and groups[k - 1].sentence == fact.group.sentence:
        k -= 1
        first = groups[k]
    if first is None or first.quantities[0].unit not in _BODY_UNITS:
        return None
    name = subject_key(first.label)
    noun = _noun_after(fact.doc.text, first.quantities[0])
    name = name if len(name) >= 2 else noun
    return name if len(name) >= 2 else None


def _nearest_body(fact: _Fact) -> str | None:
    """The name of the schools, firms or sites counted nearest before a figure, in its sentence or
    the sentence before it on its line (中学93所，在校学生…; 小学270所，…。在校学生…)."""
    groups = quantity_groups(fact.doc.text)
    text = fact.doc.text
    k = group_positions(text).get(id(fact.group), 0)
    sentences_back = 0
    sentence = fact.group.sentence
    while k > 0:
        g = groups[k - 1]
        if g.sentence != sentence:
            sentences_back += 1
            if sentences_back > 1 or "\n" in text[g.end:fact.group.start]:
                return None
            sentence = g.sentence
        k -= 1
        q = g.quantities[0]
        if q.unit in _BODY_UNITS and len(g.quantities) == 1 and not q.approx:
            name = subject_key(g.label)
            name = name if len(name) >= 2 else _noun_after(text, q)
            return name if len(name) >= 2 else None
    return None


def _total_before_pair(fact: _Fact) -> str | None:
    """The name of the figure before the pair a statement closes (党员 in 党员601名，男党员…，女党员…)."""
    groups = quantity_groups(fact.doc.text)
    k = group_positions(fact.doc.text).get(id(fact.group), 0)
    if k < 2 or groups[k - 2].sentence != fact.group.sentence:
        return None
    return subject_key(groups[k - 2].label)


_MODAL = ("可", "能")
#: a clause opening with what was done has no subject of its own (…，完成全程接种2200人)
_SUBJECTLESS = ("完成", "实现", "累计", "已", "共", *_MODAL, *ACTIVITY_VERBS)


def _other_subjects(a: _Fact, b: _Fact) -> bool:
    """A generic name (预计产量, 产值) read after figures about different things; or after figures
    counting different things (有17所小学，在校学生735人 / 有一所初级中学，在校学生303人)."""
    la, lb = _lead_in(a), _lead_in(b)
    if _led_by_one_body(a) != _led_by_one_body(b):
        return True  # 专任教师49人 / 初级中学1所，专任教师67人: the one school's, not the other's
    oa, ob = _opening_body(a), _opening_body(b)
    if oa and ob and oa not in ob and ob not in oa:
        return True  # 有初级中学两所，…教职工123名 / 有中心小学一所，…教职工164名: other schools' staff
    na, nb = _nearest_body(a), _nearest_body(b)
    if na and nb and na not in nb and nb not in na:
        return True  # 其中中学93所，在校学生73347人。小学270所，…。在校学生99017人: each the schools' before it
    if (la is None) != (lb is None):
        # 全镇完成全程接种12000人 / 老年人覆盖2300人，完成全程接种2200人: the township's figure
        # and a group's, named in the clause before it
        alone, led, own = (a, lb, b) if la is None else (b, la, a)
        return bool(led[0]) and _TOWNSHIP.search(alone.group.label) is not None \
            and own.group.label.strip(" \u3000，,、；;").startswith(_SUBJECTLESS)
    if la is None or lb is None:
        return False
    if la[0] and lb[0] and la[0] != lb[0]:
        return True
    if la[0] and la[0] == lb[0] and _gender_pair(la[0], a.key) and _gender_pair(lb[0], b.key):
        # 党员601名，男党员511名，女党员90名。机关党员82名，男党员65名，女党员17名: each pair splits its
        # sentence's total, and the totals are of other scopes
        ta, tb = _total_before_pair(a), _total_before_pair(b)
        if ta and tb and ta != tb:
            return True
    # what the figure before counts: the words after it (17所小学), else its name (有小学17所)
    ea = la[1] if len(la[1]) >= 2 else la[0]
    eb = lb[1] if len(lb[1]) >= 2 else lb[0]
    return len(ea) >= 2 and len(eb) >= 2 and ea[0] != eb[0]


_ITEM_HEAD = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、])"
                        r"\s*(?P<head>[^，,。；;：:\n]{2,40})")


def _item_head(f: _Fact) -> str | None:
    """The name of the list item a statement sits in (1.年产5万吨饲料加工项目，总投资3.2亿元)."""
    text = f.doc.text
    m = _ITEM_HEAD.match(text, text.rfind("\n", 0, f.group.start) + 1)
    if m is None or m.end("head") > f.group.start \
            or any(c in text[m.end("head"):f.group.start] for c in "。；;！!？?"):
        return None  # the figure is not in the item's own first sentence: not named by its head
    return m.group("head")


#: 非煤矿山方面：…, 消防安全方面：…: a sentence (or its clause) opened by the field it reports on
_SECTOR_HEAD = re.compile(r"(?:^|(?<=[，,。；;：:\s]))([\u4e00-\u9fff]{2,12}?)方面[：:]")


def _sector_head(f: _Fact) -> str | None:
    """The last field head before the statement in its sentence."""
    heads = _SECTOR_HEAD.findall(f.doc.text, f.group.sentence.start, f.group.start)
    return heads[-1] if heads else None


def _other_items(a: _Fact, b: _Fact) -> bool:
    """Two items of one list each state their 总投资: different projects, not one fact twice (and
    two fields' sentences their 限期整改: 非煤矿山方面：… / 消防安全方面：…)."""
    sa, sb = _sector_head(a), _sector_head(b)
    if sa is not None and sb is not None and sa != sb:
        return True
    la, lb = _numbered_list(a), _numbered_list(b)
    if la is not None and lb is not None and la != lb and a.doc.key == b.doc.key \
            and _words_between_lists(a.doc.text, min(la, lb), max(la, lb)):
        return True  # 1.竹根镇0.28万元…（公益性岗位补贴）⏎…⏎4.竹根镇1488元…（生活补贴）: two lists' items
    ha, hb = _item_head(a), _item_head(b)
    if ha is None or hb is None:
        # 3. 雅韵项目：…。今年实施的…，工程总投资149.67万元 / 7. 天宫村…工程，工程总投资84.07万元: the
        # money of two numbered items, however far into its item each is stated
        ma, mb = _item_marker(a), _item_marker(b)
        return a.key.endswith(_PROJECT_MONEY) and b.key.endswith(_PROJECT_MONEY) \
            and ma is not None and mb is not None and ma != mb
    return ha not in hb and hb not in ha  # (走访了东门村 / 东门村: one)


_PROJECT_MONEY = ("投资", "资金", "金额", "造价")
_NUMBERED_LINE = re.compile(r"[ \u3000]*(\d{1,2})[.．、]")


def _words_between_lists(text: str, first: int, second: int) -> bool:
    """A line of words (not an item, not blank) before the second list: it introduces that list
    (农村最低生活保障 … 1.石麟镇…), so its items are not the first list's restated."""
    return any(line.strip() and _NUMBERED_LINE.match(line) is None for line in text[first:second].split("\n"))


def _numbered_list(f: _Fact) -> int | None:
    """Where the numbered list (1. … 2. …) whose item line the statement opens starts: the
    nearest item 1 above, over item lines and blank lines only; None when the statement is on
    no item line, or its list's start is not found."""
    text = f.doc.text
    line = text.rfind("\n", 0, f.group.start) + 1
    m = _NUMBERED_LINE.match(text, line)
    if m is None or f.group.label_start > m.end() + 8:
        return None
    while m.group(1) != "1":
        if line == 0:
            return None
        line = text.rfind("\n", 0, line - 1) + 1
        if not text[line:text.find("\n", line) % (len(text) + 1)].strip():
            continue  # (a blank line between items)
        m = _NUMBERED_LINE.match(text, line)
        if m is None:
            return None
    return line


def _item_marker(f: _Fact) -> str | None:
    """The number of the list item (1. / （3） / 二、) whose line the statement is on."""
    text = f.doc.text
    m = _ITEM_MARKER.match(text, text.rfind("\n", 0, f.group.start) + 1)
    return m.group().strip() if m else None


_ITEM_MARKER = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def _clause_head(f: _Fact) -> str | None:
    """The words a sentence opens with before a comma, no figure in them (宿舍项目，计划投资160万元):
    what the statement is about, when its own name (计划投资) does not say."""
    text, g = f.doc.text, f.group
    head = text[g.sentence.start:g.label_start].strip(" \u3000")
    if not head.endswith(("，", ",", "：", ":")):
        return None
    # 1. 甲工程：工程总投资350.72万元: a numbered item's name before a colon may be longer
    longest = 24 if head.endswith(("：", ":")) else 12
    words = _ITEM_NUMBER.sub("", head[:-1]).strip(" \u3000")
    if not 2 <= len(words) <= longest or any(c in words for c in "，,；;：:") or any(c.isdigit() for c in words):
        return None
    return words


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[）)])")


def _other_heads(a: _Fact, b: _Fact) -> bool:
    """宿舍项目，计划投资160万元 / 道路项目，计划投资15万元: each about the thing its sentence opens with."""
    ha, hb = _clause_head(a), _clause_head(b)
    return ha is not None and hb is not None and ha not in hb and hb not in ha  # (走访了东门村 / 东门村: one)


def _counts_other_things(a: _Fact, b: _Fact, unit: str) -> bool:
    """A counting word followed by what it counts, and the two name different things (276起盗窃
    案件 / 1557起交通事故). Not people or households (300户农户 / 320户群众 are the same), nor words
    that go on to say what was done (东坪村197亩蔬菜大棚 / 东坪村内194亩已定植辣椒苗)."""
    if unit not in _THING_COUNTERS:
        return False
    na = _noun_after(a.doc.text, a.group.by_unit()[unit])
    nb = _noun_after(b.doc.text, b.group.by_unit()[unit])
    return len(na) >= 2 and len(nb) >= 2 and na[:2] != nb[:2] \
        and not na.startswith(_NOT_A_NOUN) and not nb.startswith(_NOT_A_NOUN)


_THING_COUNTERS = frozenset("起个家所座处条项件")
_NOT_A_NOUN = tuple("已未将被均都全并正可由")


def _far_apart(p, q) -> bool:
    """One figure more than twice the other (WILD_RATIO): not one fact mistyped, but two facts."""
    a, b = p.interval.mid, q.interval.mid
    if a <= 0 or b <= 0:
        return False
    if p.number == q.number and p.unit != q.unit and len(p.number.replace(".", "").lstrip("0")) >= 3:
        return False  # 固定资产投资1.15亿元 / 1.15万元: the same digits, one unit mistyped
    return max(a, b) / min(a, b) > WILD_RATIO


def _grand_and_sub_total(a: _Fact, b: _Fact) -> bool:
    """收入总计10120.12万元 / 收入合计10114.90万元: in accounts 总计 and 合计 are two lines."""
    ta, tb = _TOTAL_WORD.search(a.group.label), _TOTAL_WORD.search(b.group.label)
    return ta is not None and tb is not None and ta.group() != tb.group()


_TOTAL_WORD = re.compile(r"总计|合计")


_HAVING = re.compile(r"(?:建有|拥有|安装|使用|享受|参加|参与|购买|办理|加入)")


def _one_said_of_some(a: _Fact, b: _Fact, unit: str) -> bool:
    """One figure goes on to say what those counted do or have (17户建有沼气池) and the other
    stops at its unit (农户18户。): the first counts some of the second's."""
    def goes_on(f: _Fact) -> bool:
        return _HAVING.match(f.doc.text, f.group.by_unit()[unit].end) is not None
    if goes_on(a) == goes_on(b):
        return False
    some, all_ = (a, b) if goes_on(a) else (b, a)
    return some.group.by_unit()[unit].interval.hi <= all_.group.by_unit()[unit].interval.lo  # (81户 of 18: no)


def _typo_apart(a: _Fact, b: _Fact, units) -> bool:
    """The figures differ as a keyboard's slip of three digits or more does (17480 / 17840)."""
    ua, ub = a.group.by_unit(), b.group.by_unit()
    return any(len(ua[u].number.replace(".", "")) >= 3 and typo_like(ua[u].number, ub[u].number) for u in units)


def _per_head_of_other_figures(a: _Fact, b: _Fact) -> bool:
    """Two per-head figures each worked out in its sentence from figures the other's sentence
    does not state: two scopes' averages, not one figure restated."""
    def others(f: _Fact) -> set:
        text, sentence = f.doc.text, f.group.sentence
        tokens, starts = tokenize(text), token_starts(text)
        own = {id(q) for q in f.group.quantities}
        return {q.number for q in tokens[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
                if q.is_quantity and q.exact and id(q) not in own}
    oa, ob = others(a), others(b)
    return bool(oa) and bool(ob) and not (oa & ob)


#: ，占比55%, ，占全村的40%: the figure before is a share of a larger one
_SHARE_AFTER = re.compile(r"[ \u3000]*[，,]?[ \u3000]*占(?:比|[^，,。；;]{0,12}?[0-9.]+[%％])")


def _one_a_share(a: _Fact, b: _Fact, unit: str) -> bool:
    """One figure is followed by its share of something larger (股本金额78.56万元，占比55%) and the
    other is not (股本金额142.56万元): a part and its whole, not one fact restated."""
    def shared(f: _Fact) -> bool:
        return _SHARE_AFTER.match(f.doc.text, f.group.by_unit()[unit].end) is not None
    return shared(a) != shared(b)


#: 全镇养老床位从 / 低保标准由: the name of what changed, before the level it changed from
_FROM_WORD = re.compile(r"(?:由|从)(?:[^，,；;。由从]{0,12}的)?$")  # (由2018年的18.6亿元增加到…)


def reached_level_name(text: str, start_level, g) -> str | None:
    """全镇养老床位从203张增加到468张: the level reached is a fact of now, named by the words before
    the level it changed from (养老床位), when those name something and the two are one clause."""
    if start_level is None or len(g.quantities) != 1 or len(start_level.quantities) != 1 \
            or start_level.sentence != g.sentence or g.label_start != start_level.end \
            or start_level.quantities[0].base_unit != g.quantities[0].base_unit:
        return None
    label = start_level.label.rstrip(" \u3000")
    if not _FROM_WORD.search(label):
        return None
    key = subject_key(_FROM_WORD.sub("", label))
    return key if len(key) >= 2 else None


#: 全镇辖12个行政村, 下辖5个村民组: the bodies a place governs, counted
_GOVERNS = re.compile(r"(?:^|[\u4e00-\u9fff]{0,6})(?:辖|下辖|共辖|辖有|管辖)$")
_GOVERNED_BODY = re.compile(r"(?:行政村|村民小组|村民组|自然村|社区|居委会|村委会|网格|村)(?![\u4e00-\u9fff]{0,1}[级干])")
_ONE_COUNTED = frozenset(("个",))
#: 全镇 / 覆盖全乡 / 全镇共有 right before a count: every one of the township's
_EVERY_ONE = re.compile(r"全(?:乡|镇|街道)(?:共|共有|所有)?$")
#: 村 / 行政村 after that count (not 村民小组, 村级, 村干部, 村委会; 村（社区）, 村居 count communities too)
_VILLAGES_AFTER = re.compile(r"(?:行政)?村(?![民级委组庄干务两（(、居和])")


def governed_count_key(text: str, g) -> str | None:
    """所辖行政村 for 全镇辖12个行政村 and 覆盖全镇16个村 (every village of it), 所辖村民组 for 全村辖有8个
    村民组: how many bodies a place governs is one fact, however it is said."""
    if len(g.quantities) != 1 or ("辖" not in g.label and g.units != _ONE_COUNTED):
        return None  # (most figures: neither governed nor counted in 个, read no further)
    governed = _GOVERNS.search(g.label.strip(" \u3000，,、；;：:")) if "辖" in g.label else None
    all_villages = g.units == _ONE_COUNTED and _EVERY_ONE.search(g.label) is not None \
        and _VILLAGES_AFTER.match(text, g.end) is not None
    if governed is None and not all_villages:
        return None
    body = _GOVERNED_BODY.match(text, g.end)
    noun = "行政村" if all_villages or (body and body.group() == "村") else body.group() if body else ""
    return f"所辖{noun}" if noun else None


#: 2.6万亩茶园: land named after its area (the area of it, 茶园面积)
_LAND_AFTER = re.compile(r"(?P<land>(?:茶|果|桑|竹)园|耕地|林地|水田|旱地|稻田|菜地|园地)(?![\u4e00-\u9fff]{0,1}(?:面积|的面积))")


def land_area_key(text: str, g) -> str | None:
    """茶园面积 for 全乡2.6万亩茶园: land named after its area is that land's area."""
    if len(g.quantities) != 1 or g.units != {"亩"}:
        return None
    land = _LAND_AFTER.match(text, g.end)
    return land.group("land") + "面积" if land else None

"""Where and when a stated fact is set: its year or period, its place (a village named in its
sentence, a run-in head, a heading over it; a masked village told apart by where it stands), and
whether it is a plan, last year's figure or the county's. Two statements set differently are two facts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..groups import QuantityGroup, groups_between
from ..passages import open_bracket


_MASKED_YEAR = re.compile(r"(?:19|20|二[0〇○零])[_＿xX*＊]{1,2}年|[_＿xX*＊]{2,4}年")


#: (a copy's space before 年 is read as none: 20xx 年, 2019 年)
#: (a month and a run of months are two periods: 7月 / 1-7月份)
#: (97年, 05年: a year written with two digits, as older reports do)
_YEAR = re.compile(r"(?:19|20|二[0〇○零])[_＿xX*＊]{1,2} ?年|[_＿xX*＊]{2,4} ?年|[0-9０-９]{4} ?年"
                   r"|(?<![0-9０-９.])(?:[89][0-9]|0[0-9])年(?=[\u4e00-\u9fff])|[一二三四五六七八九十]+月"
                   r"|(?<![0-9０-９.])(?:[0-9０-９]{1,2}[-－~～至—])?[0-9０-９]{1,2}月份?(?![0-9０-９])|上半年|下半年|全年|今年|去年|明年|上年"
                   r"|第[一二三四五六七八九十0-9]{1,3}(?:\n[0-9]{1,3}、)?批|首批|其次批|[一二三四五六七八九十0-9]期工程")
#: (第一⏎2、批: a copy's page number splits the batch's name)


_PLACE_SUFFIX = ("村", "乡", "镇", "组", "社区", "街道")


_PLACE_RE = re.compile(r"(?![一二三四五六七八九十两百千万]{1,3}(?:村|社区|乡|镇))"  # (“一村一品”, 千村万户: no place)
                       r"[\u4e00-\u9fff]{1,3}(?:村|社区|乡|镇)(?!级)")  # (镇级河长: a level, 全年镇 no place)


#: words ending like a place name that name no particular place
_NOT_PLACES = ("农村", "乡村", "行政村", "贫困村", "示范村", "空白村", "各村", "全村", "本村", "每村",
               "城乡", "下乡", "进村", "驻村", "到村", "入村", "村村", "全乡", "我乡", "本乡", "各乡",
               "全镇", "我镇", "本镇", "各镇", "乡镇", "集镇", "圩镇", "小镇", "新村", "强村", "美村", "自然村", "涣散村",
               "全社区", "本社区", "该社区", "各社区", "城市社区", "农村社区")


_FUNCTION_CHARS = set("的了在和与为到对从向个及等是把被将也都")


#: words that make what follows in the sentence a plan, not a fact of the period reported
_PLAN_WORDS = re.compile(r"力争|确保|预计|争取|力求|计划到|目标是|下一步|下步|明年|下半年将|预期"
                         r"|(?:19|20)\d\d年(?:计划|目标|拟)")


#: a heading over plans: 二、2025年工作打算, （三）下步工作思路
_PLAN_HEADING = re.compile(r"打算|思路|目标|工作安排|工作计划|下步|下一步|明年|展望|谋划|重点工作")


_DONE_HEADING = re.compile(r"完成|成效|成绩|情况|回顾|进展")  # 一、主要目标完成情况: facts


_HEADING_LINE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^\n]{0,30}$", re.M)


_PREVIOUS_WORDS = ("上年", "去年", "上年同期", "同期")


_TARGET_VERB = re.compile(r"(?:达到|突破|超过|增至|提高到|增长到|控制在|保持在)$")


_UPPER_SCOPE = re.compile(r"全县|全市|全省|全州|全区|全国|县级|市级")


@lru_cache(maxsize=4096)
def _headings(text: str) -> tuple[list[int], list[str]]:
    """Where a text's headings start, and their words (found once per text)."""
    found = [(m.start(), m.group()) for m in _HEADING_LINE.finditer(text)]
    return [s for s, _h in found], [h for _s, h in found]


#: a village whose name is masked (××村, XX村, ○○社区): each is one village, never the same as another
_MASKED_PLACE = re.compile(r"[×xX*＊○〇□某]{1,4}(?:村|社区|组)")


_VILLAGE_HEADING = re.compile(r"[\u4e00-\u9fff×xX*＊○〇□某]{1,8}(?:村|社区)(?:[：:。.]|$)")


def _village_heading(text: str, pos: int) -> str | None:
    """The heading a statement sits under when the heading names one village (（一）东岭村,
    二、××村): the village, masked ones told apart by where they stand."""
    starts, heads = _headings(text)
    k = bisect_left(starts, pos)
    if not k:
        return None
    head = heads[k - 1].strip()
    m = _VILLAGE_HEADING.search(head)
    if m is None or m.group().rstrip("：:。.").endswith(_NOT_PLACES):
        return None
    name = m.group().rstrip("：:。.")
    return f"{name}@{starts[k - 1]}" if _MASKED_PLACE.search(name) else name


#: 后古城村现有324户1350人，…: a line opened by the place it is about
#: (a township too, 岩下乡位于…。全乡辖7个行政村 / 猴场堡乡位于…。辖6个行政村: a page of several townships)
_LINE_PLACE = re.compile(r"[ \u3000]*(?P<place>(?![全我本该各每])[\u4e00-\u9fff]{1,6}?(?:村|社区|街道|乡|镇))(?=现有|有|共有|辖|位于|地处|[，,：:]|[0-9]+户)")


def _line_place(text: str, sentence_start: int) -> str | None:
    """The place a line opens with, for a later sentence of that line that names none (后古城村
    现有324户…。…未成年人口185人 / 冢张村现有330户…。…未成年人口146人: two villages' figures); or the
    place a later sentence of the line opens with, nearest first (扁洞河村共有125户…。拥有耕地801亩。
    鹫峰村147户…。拥有耕地1192亩: two villages side by side in one line)."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    opener = None
    for start in (line_start, *(k + 1 for k in range(line_start, sentence_start) if text[k] == "。")):
        m = _LINE_PLACE.match(text, start)
        if m is not None and m.group("place") not in _NOT_PLACES:
            opener = (start, m)
    if opener is None:
        return None
    start, m = opener
    profile = text.startswith(("位于", "地处", "辖"), m.end())
    if start == sentence_start and not profile:
        return None  # (the sentence's own words say where)
    if m.group("place").endswith(_NOT_PLACES) and not profile:
        return None  # (岩下乡位于…: a name that ends like 下乡, opening a place's profile, is the place)
    return m.group("place")


def _heading_over(text: str, sentence_start: int) -> str | None:
    """The heading line right above a paragraph whose first sentence this is (the item a bare
    总投资278万元 is about), or None."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    if text[line_start:sentence_start].strip(" \u3000") or line_start == 0:
        return None  # not the paragraph's first sentence
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    line = text[prev_start:line_start - 1]
    return line.strip() if _HEADING_LINE.fullmatch(line) and _ITEM_NOUN.search(line) else None


#: a heading about one item (二、萃文小学…道路提升项目完成情况), not a field of work (三、特色产业)
_ITEM_NOUN = re.compile(r"项目|工程|公路|道路|大桥|水库|泵站|[\u4e00-\u9fff]{2}村|社区|小学|中学|学校|幼儿园|市场|合作社|公司|[\u4e00-\u9fff]厂|基地")


def _heading_before(text: str, pos: int) -> str | None:
    starts, heads = _headings(text)
    k = bisect_left(starts, pos)
    return heads[k - 1] if k else None


def _frame(text: str, g: QuantityGroup) -> tuple[str, str]:
    label = g.label
    clause_run = max(g.sentence.start, text.rfind("；", 0, g.start) + 1, text.rfind(";", 0, g.start) + 1)
    if _PLAN_WORDS.search(text, clause_run, g.start):  # …确保…；二是在…1183人次的基础上: not this one
        period = "plan"
    elif _planned_line(text, g.sentence.start):
        period = "plan"  # 预期目标是：…。各项税收14.3亿元。财政收入6.07亿元。: the targets listed after
    elif any(w in label for w in _PREVIOUS_WORDS):
        period = "previous"
    else:
        heading = _heading_before(text, g.start)
        # under a heading over plans, a figure is a target when it is one to reach (一般公共
        # 预算收入达到1.45亿元); such sections also restate this year's facts as the starting
        # point (继续巩固全镇1238户4520人脱贫成果, 在2023年接待游客168.5万人次的基础上)
        planned = heading is not None and _PLAN_HEADING.search(heading) \
            and not _DONE_HEADING.search(heading) and _TARGET_VERB.search(label)
        period = "plan" if planned else "now"
    scope = "upper" if _UPPER_SCOPE.search(label) else "own"
    return period, scope


_RUN_IN_HEAD = re.compile(r"[ \t\u3000]*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
                          r"[^。，,；;\n]{1,12}[。.：:]|[\u4e00-\u9fff×xX*＊○〇□某]{1,8}(?:村|社区|组|镇|乡|街道)[ \u3000]*[：:]"
                          r"|(?:[×xX*＊]{2,4}|某某)[\u4e00-\u9fff]{0,8}[ \u3000]*[：:])")  # or 李华台村：…, XX地灾点：…


def _run_in_head(text: str, sentence_start: int) -> tuple[int, int] | None:
    """The run-in heading of the paragraph a sentence is in (（一）河口村。 …): its span, or None."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    m = _RUN_IN_HEAD.match(text, line_start)
    if m is None:
        return None
    # 三合镇：…。现已完成播种3100亩: a place's line holds only that place's figures
    return (m.start(), m.end()) if m.end() <= sentence_start + 16 or _PLACE_HEAD.search(m.group()) else None


_PLACE_HEAD = re.compile(r"(?:村|社区|组|镇|乡|街道)[ \u3000]*[：:]$|^[ \t\u3000]*(?:[×xX*＊]{2,4}|某某)[\u4e00-\u9fff]{0,8}[ \u3000]*[：:]$")


#: 发展预期目标是：, 主要目标如下：, 工作计划为: — what follows on the line is planned
_PLAN_LEAD = re.compile(r"(?:目标|预期|计划|打算|安排|思路)[^。\n：:，,]{0,10}?(?:是|为|如下)?[：:]|(?:目标|计划|安排|打算)如下")


@lru_cache(maxsize=4096)
def _plan_leads(text: str) -> list[int]:
    """Where each lead into a list of targets ends (found once per text)."""
    return [m.end() for m in _PLAN_LEAD.finditer(text) if "完成" not in m.group() and "情况" not in m.group()]


def _planned_line(text: str, sentence_start: int) -> bool:
    """An earlier sentence of the line leads into a list of targets (not 目标完成情况如下：)."""
    leads = _plan_leads(text)
    k = bisect_left(leads, sentence_start + 1)
    if not k:
        return False
    lead_end = leads[k - 1]
    line_start = text.rfind("\n", 0, sentence_start) + 1
    # on this line, and until the next heading (a copy may hold a whole report on one line)
    return lead_end > line_start and _RUN_IN_MARK.search(text, lead_end, sentence_start) is None


_RUN_IN_MARK = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")


def _times(text: str, lo: int, hi: int) -> frozenset[str]:
    """Years and periods named in text[lo:hi], spaces dropped (20xx 年 is 20xx年)."""
    if lo > 1 and text[lo - 1] == "\n" and text[lo - 2] not in "。！？!?；;：:" and _PAGE_MARK.match(text, lo):
        # 2023年第一⏎2、批…项目个数179个: a copy's page number broke the sentence; it goes on
        lo = max(text.rfind(c, 0, lo - 1) for c in "。！？!?；;\n") + 1
    found = frozenset(_period_name(t.replace(" ", "")) for t in _YEAR.findall(text, lo, hi))
    if "6月" in found and "截" in text[lo:hi]:
        found = frozenset(_SO_FAR_HALVES.get(t, t) if _AS_OF_MONTH_END.search(text, lo, hi) else t for t in found)
    return found


_PAGE_MARK = re.compile(r"[0-9]{1,3}、")
#: a copy's page number at the start of a line, breaking what went on before it
_PAGE_BREAK = re.compile(r"\n" + _PAGE_MARK.pattern)
#: 截止6月底: what was done so far at the half year's end is the 上半年's, however the sentence
#: dates it
_AS_OF_MONTH_END = re.compile(r"截[至止]到?(?:[0-9０-９]{4}年|今年|本年)?6月(?:底|末)")
_SO_FAR_HALVES = {"6月": "上半年"}  # (not 12月 as 全年: 全年 is any of this year's, 截至9月底 too)


_MONTH_RUN = re.compile(r"([0-9０-９]{1,2})[-－~～至—]([0-9０-９]{1,2})月份?")
_HALVES = {("1", "6"): "上半年", ("7", "12"): "下半年", ("1", "12"): "全年"}


def _period_name(t: str) -> str:
    """1-6月 is 上半年, 1-12月 全年: one period however written; 7月份 is 7月."""
    if "\n" in t:
        t = _PAGE_BREAK.sub("", t)  # 第一⏎2、批 is 第一批
    m = _MONTH_RUN.fullmatch(t)
    if m:
        key = (m.group(1).translate(_FULL_DIGITS).lstrip("0"), m.group(2).translate(_FULL_DIGITS).lstrip("0"))
        return _HALVES.get(key, f"{key[0]}-{key[1]}月")
    return t.removesuffix("份") if t.endswith("月份") else t


_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


#: a sentence opened by a year (2019年，全乡共有… / 20xx 年全乡共有…): its year holds for the
#: sentences after it on the line, until another sentence opens with a year
#: (a few words may come first: 一、基本情况20xx 年…, 截至2023年底…; not a comparison's 比/较/与/从)


#: the year itself, found first (the scan skips to the characters a year starts with)
_YEAR_ALONE = re.compile(r"(?:19|20|二[0〇○零])(?:[0-9０-９]{2}|[_＿xX*＊]{1,2}) ?年"
                         r"|(?<![0-9０-９])(?:19|20)[0-9]{2}(?=末|初|[：:])")  # (⏎2018:…, ⏎2019末2020初:…: a block's year)
_OPENING_BREAKS = frozenset("。！？!?；;：:\n")
_NOT_BEFORE_YEAR = frozenset("，,。；;！？!?\n0123456789比较与同从由自")


@lru_cache(maxsize=4096)
def _year_openings(text: str) -> tuple[list[int], list[str]]:
    """Each year with at most eight other characters (none a digit, a comparison's 比/较/与/从…)
    between it and the start of its sentence or line."""
    found = []
    last_end = 0
    for m in _YEAR_ALONE.finditer(text):
        start = m.start()
        k = start
        while k > 0 and start - k < 8 and text[k - 1] not in _OPENING_BREAKS and text[k - 1] not in _NOT_BEFORE_YEAR:
            k -= 1
        if (k == 0 or text[k - 1] in _OPENING_BREAKS) and k >= last_end:
            found.append((start, m.group().replace(" ", "").removesuffix("年") + "年"))
            last_end = m.end()
    return [s for s, _y in found], [y for _s, y in found]


def _opened_period(text: str, sentence_start: int, at: int | None = None) -> frozenset[str]:
    """The year that opened an earlier sentence of this line, if any (a year-by-year account:
    20xx 年全乡共有17所小学…。有一所初级中学，在校学生303人。)."""
    starts, years = _year_openings(text)
    k = bisect_left(starts, sentence_start if at is None else at)  # (at: a figure, after its sentence's own 2018:)
    if not k:
        return frozenset()
    if "\n" in text[starts[k - 1]:sentence_start] and not (
            text.startswith(_THE_YEARS, sentence_start) and text.count("\n", starts[k - 1], sentence_start) == 1):
        return frozenset()  # (⏎2019年末…。⏎年末全县常住人口41.67万人: the line after goes on with that year)
    return frozenset((years[k - 1],))


#: words opening a line that speak of the year just named (年末全县常住人口…)
_THE_YEARS = ("年末", "年初", "年内", "年底", "当年", "同年")


#: 一、2022年工作回顾 / （二）2023年工作情况: a heading that sets the year of what follows
_DATED_HEADING = re.compile(r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
                            r"[^\n]{0,6}?((?:19|20)\d\d)年[^\n]{0,20}$", re.M)


_PLAN_HEADING = re.compile(r"打算|计划|思路|目标|安排|展望|设想")


@lru_cache(maxsize=4096)
def _dated_headings(text: str) -> tuple[list[int], list[str]]:
    found = [(m.start(), m.group(1) + "年") for m in _DATED_HEADING.finditer(text)
             if not _PLAN_HEADING.search(m.group())]  # (七、2026年打算: a plan's figures restate the present)
    return [s for s, _y in found], [y for _s, y in found]


def _heading_year(text: str, pos: int) -> frozenset[str]:
    """The year of the nearest numbered heading above that names one (一、2022年工作回顾)."""
    starts, years = _dated_headings(text)
    k = bisect_left(starts, pos)
    return frozenset((years[k - 1],)) if k else frozenset()


def _different(a: frozenset, b: frozenset) -> bool:
    """Two settings that are not one: other places or years; or masked places (XX村 / XX村),
    which a copy masks alike however many villages they were."""
    if a and a == b and all(_MASKED_PLACE.search(p) for p in a):
        return True
    return bool(a) and bool(b) and a != b


def _blank_year_against(a: frozenset, b: frozenset) -> bool:
    """A year left blank (20xx年) against any year, written out or blank too (20__年 … 20__年 may be
    two years): they may be of two years. Against a statement naming no year, the blank fits."""
    return (_masked(a) and bool(_dated(b))) or (_masked(b) and bool(_dated(a)))


def _masked(times: frozenset) -> bool:
    """20__年 / 20xx年: a year left blank may be any year, so the statement matches none."""
    return any(_MASKED_YEAR.fullmatch(t) for t in times)


@lru_cache(maxsize=4096)
def _place_index(text: str) -> tuple[list[int], list[str]]:
    """Start offsets and names of the places named in a text, for range look-ups."""
    starts, names = [], []
    for m in _PLACE_RE.finditer(text):
        name, start = m.group(0), m.start()
        cut = len(name) - 1  # the last function character (a name is at most five characters)
        while cut >= 0 and name[cut] not in _FUNCTION_CHARS:
            cut -= 1
        if cut >= 0:  # 走访了东门村: the place is what follows the verb's 了
            name, start = name[cut + 1:], start + cut + 1
        if len(name) < 2 or name in _PLACE_SUFFIX or name.endswith(_NOT_PLACES):
            continue
        starts.append(start)
        names.append(name)
    return starts, names


def _between(index: tuple[list[int], list[str]], lo: int, hi: int) -> frozenset[str]:
    starts, names = index
    return frozenset(names[bisect_left(starts, lo):bisect_left(starts, hi)])


_PLACE_END = re.compile(r"社区|街道|[村乡镇组]")


@lru_cache(maxsize=16384)
def _place_prefixes(key: str) -> tuple[str, ...]:
    """Every leading part of the key, three characters or more, that ends like a place name."""
    return tuple(key[:m.end()] for m in _PLACE_END.finditer(key) if m.end() >= 3)


#: the current period however named: 全年 and 2023年 in a 2023 report are one year
_THIS_PERIOD = frozenset(("全年", "今年", "本年"))


def _dated(times: frozenset[str]) -> frozenset[str]:
    return times - _THIS_PERIOD


_TOWNSHIP = re.compile(r"全[乡镇]|全街道|我[乡镇]|本[乡镇]")


def _in_list_after_qizhong(text: str, g: QuantityGroup, run: int) -> bool:
    """g follows another item of a 其中 list in its clause run, every figure from 其中 on in g's
    units: an item of that list (男教师共16人，平均年龄39.6岁，其中40岁以下11人，41至45岁5人)."""
    at = text.rfind("其中", run, g.start)
    if at < 0:
        return False
    before = [h for h in groups_between(text, at, g.start) if h.start >= at and h.end <= g.label_start]
    return bool(before) and all(h.units == g.units for h in before)  # (the first item is judged as before)


def _in_qizhong_bracket(text: str, g: QuantityGroup) -> bool:
    """g stands in a bracket that opens with 其中 (总产值102.30亿元（其中…；临空经济区实现7.35亿元）):
    a part of the figure before the bracket, however many ； the bracket's list runs over."""
    k = open_bracket(text, g.sentence.start, g.start)
    return k >= 0 and text[k + 1:k + 4].lstrip(" \u3000").startswith("其中")


def _selects_from_sentence_before(text: str, g: QuantityGroup) -> bool:
    """A sentence opening with those of a kind (35岁以下的201人) right after a sentence whose last
    figure counts the same (今年发展党员273人。): some of those, not a fact of its own."""
    label = g.label.strip(" \u3000")
    if not label.endswith("的") or g.label_start != g.sentence.start:
        return False
    before = [h for h in groups_between(text, text.rfind("\n", 0, g.sentence.start) + 1, g.sentence.start)
              if h.end <= g.sentence.start]
    return bool(before) and bool(before[-1].units & g.units)


#: 资金来源：, 建设内容：: a field of a record, opening its line
_FIELD_OPENING = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[：:]")


def _item_over_field(text: str, sentence_start: int, pos: int) -> str | None:
    """A record's field (资金来源：…) under a numbered heading naming one item ((一)…渠道改造项目):
    the item its figures are of, as a place sets a village's figures apart."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _FIELD_OPENING.match(text, line_start):
        return None
    heading = _heading_before(text, pos)
    return heading if heading is not None and _ITEM_NOUN.search(heading) else None

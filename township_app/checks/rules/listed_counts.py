"""A count with the items it counts: 4个贫困村：东山村、西山村、南山村 (three names, not four).

Both orders are read: the count first with the names after a colon or in a bracket, or the
names first and the count after them (东山村、西山村和南山村三个村). Names must end as the
counted word does (村, 社区, 公司 …), so a list of something else is never counted; a list
closed with 等 (and others) is never complete, so it is left alone.
"""
from __future__ import annotations

import re

from ..numerals import parse_chinese_numeral
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from .fact_setting import _PLACE_SUFFIX

_COUNT = r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})"
_NOUN = r"(?P<noun>[\u4e00-\u9fff]{1,6}?)"
_NAME = r"[\u4e00-\u9fffA-Za-zＡ-Ｚ]{1,12}"
_LIST = rf"(?P<items>{_NAME}(?:、{_NAME})*(?:(?:和|及|与|、){_NAME}))"
#: 4个贫困村, 五大工程, 5项行动: a count and the word for what is counted (个 may be 大 or 项)
_CLASSIFIER = r"(?:个|大|项)"
_COUNT_FIRST = re.compile(rf"{_COUNT}{_CLASSIFIER}{_NOUN}[”\"」』]?(?:[：:（(]|[，,]?(?:分别为|分别是|包括|即)[：:]?)\s*{_LIST}"
                          r"(?P<end>[）)。，,；;]|\.(?![0-9])|$)")
_LIST_FIRST = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?P<items>{_NAME}(?:、{_NAME})*(?:(?:和|及|与){_NAME})){_COUNT}个{_NOUN}"
                         r"(?=[定为是均都已共的，,。；;）)]|$)")
#: 新建互助养老点4个，分别在石桥村、桃源村、竹林村建成投用: one in each place listed
_PLACE = r"(?:(?![等和及与])[\u4e00-\u9fff]){1,8}?(?:社区|村|镇|乡)"
_COUNT_THEN_PLACES = re.compile(rf"{_COUNT}(?P<noun>个|处|家|所)[，,]\s*分别(?:在|位于|设在|建在|落户)\s*"
                                rf"(?P<items>{_PLACE}(?:、{_PLACE})*(?:(?:、|和|及|与){_PLACE}))"
                                r"(?![\u4e00-\u9fff]{0,2}等)")
#: 举办推介会6场，分别在深圳、上海、杭州、苏州举办: events held one in each city named (short names,
#: closed by the verb of holding)
_CITY = r"[\u4e00-\u9fff]{2,3}"
_EVENTS_THEN_CITIES = re.compile(rf"{_COUNT}(?P<noun>场|次|期)[，,]\s*分别在\s*"
                                 rf"(?P<items>{_CITY}(?:、{_CITY}){{2,}})(?=举办|召开|举行|开展)")
#: 2个村 right before 2个社区: another count the same list goes on with
_COUNT_BEFORE = re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})[个家所处][\u4e00-\u9fff]{1,8}?[和及、]?$")
_PLACES_OPENER = re.compile(r"分别(?:在|位于|设在|建在|落户)")
#: 新建村级互助幸福院4个，青石村、石门村、龙潭村各1个: one in each place listed
_COUNT_THEN_EACH = re.compile(rf"{_COUNT}(?P<noun>个|处|家|所|座)[，,]\s*"
                              rf"(?P<items>{_PLACE}(?:、{_PLACE})*(?:(?:、|和|及|与){_PLACE}))"
                              r"(?P<each>各(?:1|一)(?P=noun))"
                              # …各1个，龙潭村2个: more places follow, with their own counts
                              r"(?![，,、][^，,。；;]{0,12}?(?:\d+|[一二两三四五六七八九十]+)(?P=noun))")
_SPLIT = re.compile(r"、|和|及|与")
_PLACE_BEFORE = re.compile(r"(?:村|社区|乡|镇|组)$")
#: what every match of the patterns above holds: a digit or numeral right before 个/大/项. A
#: single class is found by a fast scan; the patterns, which start with alternatives, would be
#: tried at every character of the text
_COUNT_WORD = re.compile(r"[个大项](?<=[0-9０-９一二两三四五六七八九十][个大项])")  # (the word first: a fast scan)
_NUMERAL = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十")
_CLAUSE_MARKS = "，,。；;：:"


def _count_first(text: str, classifiers: list[int]):
    """_COUNT_FIRST.finditer(text), trying only where a count can start: 1–3 digits or
    numerals before a classifier."""
    starts = set()
    for i in classifiers:
        for k in (1, 2, 3):
            if i - k < 0 or text[i - k] not in _NUMERAL:
                break
            starts.add(i - k)
    end = 0
    for s in sorted(starts):
        if s >= end and (m := _COUNT_FIRST.match(text, s)):
            end = m.end()
            yield m


def _list_first(text: str, classifiers: list[int]):
    """_LIST_FIRST.finditer(text), tried only at the start of a clause holding a count with 个:
    the names of a match hold no punctuation or space, so it starts where its clause does."""
    starts = set()
    for i in classifiers:
        if text[i] != "个":
            continue
        s = i
        while s > 0 and text[s - 1] not in _CLAUSE_MARKS and not text[s - 1].isspace():
            s -= 1
        starts.add(s)
    end = 0
    for s in sorted(starts):
        if s >= end and (m := _LIST_FIRST.match(text, s)):
            end = m.end()
            yield m


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    parsed = parse_chinese_numeral(text)
    return parsed[0] if parsed else None


def _items(text: str) -> list[str]:
    return [t for t in _SPLIT.split(text) if t]


_INNER_COUNT = re.compile(r"[0-9一二两三四五六七八九十]{1,3}个")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"")


def _split_outside_quotes(items: str) -> list[str]:
    """“送温暖、献爱心”慰问活动、“我为群众办实事”实践活动: a 、 inside quotation marks is part of
    one item's name, not between two items."""
    masked = _QUOTED.sub(lambda q: q.group().replace("、", "\x00"), items)
    return [part.replace("\x00", "、") for part in masked.split("、")]


def _matching(items: list[str], noun: str) -> bool:
    """Every name ends as the counted word does: 东山村 / 贫困村, 华兴公司 / 企业 is not enough."""
    tail = noun[-1]
    return len(items) >= 2 and all(len(i) >= 2 and i.endswith(tail) and i != noun for i in items)


_LAST_ITEM = re.compile(r"[，,]([\u4e00-\u9fff]{2,12})(?=[。；;])")


def _one_more_after_comma(text: str, end: int, tail: str, listed: list[str] = ()) -> str | None:
    """The one name after a comma that closes the sentence, ending as the listed names do (not a
    clause about one of them: 街道办事处驻东社区)."""
    m = _LAST_ITEM.match(text, end)
    if m is None or not m.group(1).endswith(tail) or _VERB_IN_NAME.search(m.group(1)) \
            or any(i in m.group(1) for i in listed):
        return None
    return m.group(1)


_VERB_IN_NAME = re.compile(r"驻|位于|设在|在|为|是|有")


def check_listed_counts(doc: TextDoc):
    text = doc.text
    seen: set[int] = set()
    if "一是" in text and "二是" in text:
        yield from _numbered_items(doc, seen)
    if not any(c in text for c in "、和及与"):
        return
    classifiers = [m.start() for m in _COUNT_WORD.finditer(text)]
    for matches in (_count_first(text, classifiers), _list_first(text, classifiers)):
        for m in matches:
            if m.start("n") in seen:
                continue
            items = _items(m.group("items"))
            noun = m.group("noun")
            if _INNER_COUNT.search(items[0]):
                continue  # 共有22个村（其中有三个脱贫村朝阳村、仕秦村、向阳村）: the list is the inner count's
            # a longer noun was cut short by the lazy match (贫困村 → 贫): extend to the item suffix
            if not _matching(items, noun):
                continue
            after = text[m.end("items"):m.end("items") + 1]
            if after == "等" or m.group("items").endswith("等"):
                continue
            more = _one_more_after_comma(text, m.end("items"), items[-1][-1], items)
            if more:
                items.append(more)  # …、应急管理办公室，综合行政执法办公室。: a comma for the last 、
            n = _number(m.group("n"))
            if n is None or n == len(items):
                continue
            if _with_count_before(text, m.start("n"), n, len(items)):
                continue
            seen.add(m.start("n"))
            shown = "、".join(items)
            stated = text[m.start("n"):m.end("noun")]
            message = f"写明“{stated}”，但列出的是 {len(items)} 个：{shown}"
            yield Hit(TextAnchor(doc.key, m.start("n"), m.end("noun") - m.start("n")), message)
    if "：" in text or ":" in text or "分别" in text or "包括" in text or "即" in text or "具体" in text or "为" in text:
        yield from _colon_lists(doc, seen)
    for m in _COUNT_THEN_EACH.finditer(text) if "各1" in text or "各一" in text else ():
        items = _items(m.group("items"))
        n = _number(m.group("n"))
        if m.start("n") in seen or n is None or n == len(items) or len(items) < 2:
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start("n") - 8), m.start("n")):
            continue  # 分别为河东村2个，柏树村、马鞍村各1个: 2个 is a part, not the count
        seen.add(m.start("n"))
        stated = text[m.start("n"):m.end("noun")]
        message = f"写明“{stated}”，但“{m.group('each')}”之前列出的是 {len(items)} 处：{'、'.join(items)}"
        yield Hit(TextAnchor(doc.key, m.start("n"), m.end("noun") - m.start("n")), message)
    # (events, a warning whose message shows no count of its own; then places of any kind)
    for pattern, gate, events in ((_EVENTS_THEN_CITIES, "分别在" in text, True),
                                  (_COUNT_THEN_PLACES, _PLACES_OPENER.search(text) is not None, False)):
        for m in pattern.finditer(text) if gate else ():
            items = _items(m.group("items"))
            n = _number(m.group("n"))
            if m.start("n") in seen or n is None or n == len(items) or len(items) < 2:
                continue
            if text[m.end("items"):m.end("items") + 1] == "各":
                continue  # 分别在河东村、柏树村各2个，…: so many in each, not one
            stated = text[m.start("n"):m.end("noun")]
            anchor = TextAnchor(doc.key, m.start("n"), m.end("noun") - m.start("n"))
            if events:
                seen.add(m.start("n"))
                yield Hit(anchor, f"写明“{stated}”，但“分别在”之后列出的地点数与此不符：{'、'.join(items)}", "warning")
            else:
                yield Hit(anchor, f"写明“{stated}”，但“分别在”之后列出的是 {len(items)} 处：{'、'.join(items)}")


#: 已竣工项目6个：A、B、C; 集中在三类：A、B、C; 亿元以上项目4个，分别为A、B、C: a count,
#: then names of any kind listed to the end of the clause
_COUNT_THEN_LIST = re.compile(
    # (the lookahead lets the scan skip characters no count starts with)
    rf"(?=[\d一二两三四五六七八九十]){_COUNT}(?P<noun>个|家|类|项|所|座|处|件|批|条|名)(?P<word>[\u4e00-\u9fff]{{0,16}}?)"
    r"(?:[：:]|[，,]?(?:分别为|分别是|包括|即|具体为|具体是)[：:]?|(?<=[\u4e00-\u9fff])为(?=[\u4e00-\u9fff]{2,12}[村镇乡社区点园场站馆校院路桥厂]、))\s*"
    # (names of any kind running to the text's end may be cut short by a copy: not counted)
    # (a half-width point before words ends the sentence too: …、新塘村.全面完成…)
    r"(?P<items>[^，,。；;：:\n、（()）.]{2,24}(?:、[^，,。；;：:\n、（()）.]{2,24})+)(?P<end>[。；;，,]|\n|\.(?![0-9]))")
_ENDS_IN_FIGURE = re.compile(r"(?:^[0-9０-９])|[0-9０-９]+(?:\.\d+)?(?:万|亿)?"
                             r"(?:个|家|户|人次|人|名|亩|元|吨|%|处|所|座|项|条|件|次|公里|米|台|套|栋)?$")


_ENUMERATED = re.compile(r"(?:[一二三四五六七八九十]是|其一|第[一二三四五六七八九十]|[（(]?[0-9一二三四五六七八九十]{1,2}[)）.．、])")
#: an item that opens with a preposition or closes an inner list (以A、B为中心的…) may hold 、 itself
_PHRASE_OPENERS = ("以", "在", "对", "由", "从", "按", "围绕", "依托")
_INNER_LIST_CLOSE = re.compile(r"^[^、]{0,6}为(?:中心|重点|主|核心|龙头)")


#: 重点办好7件民生实事：一是…: a count, its thing, and a colon that opens items numbered 一是, 二是 …
_COUNT_THEN_NUMBERED = re.compile(rf"{_COUNT}(?P<noun>件|项|个|大|条|方面|类)[\u4e00-\u9fff“”\"]{{0,12}}[：:]\s*(?=一是)")
_ORDINALS = "一二三四五六七八九十"
#: what ends a list of 一是 … items: a heading (二、, （二）) on a line of its own
_HEADING_AFTER = re.compile(r"\n[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")


def _numbered_items(doc: TextDoc, seen: set[int]):
    """全年重点办好7件民生实事：一是…；二是…；…六是…。: the items numbered after the colon, up to
    the next heading, run from 一是 to 六是: six, not seven."""
    text = doc.text
    for m in _COUNT_THEN_NUMBERED.finditer(text):
        n = _number(m.group("n"))
        if n is None or m.start("n") in seen or n > len(_ORDINALS) or n == 1:
            continue  # (示范点1个：一是…；二是…: one thing, told in numbered parts)
        heading = _HEADING_AFTER.search(text, m.end())
        end = heading.start() if heading else len(text)
        again = text.find("一是", m.end() + 2, end)  # (存在的问题：一是…: another list numbers anew)
        gap = text.find("\n\n", m.end(), end)
        end = min(x for x in (end, again, gap) if x >= 0)
        listed, pos = 0, m.end()
        while listed < len(_ORDINALS):
            at = text.find(_ORDINALS[listed] + "是", pos, end)
            if at < 0:
                break
            listed, pos = listed + 1, at + 2
        if _COUNT_THEN_NUMBERED.search(text, m.end(), pos) is not None:
            continue  # another count opens its own numbered items inside: which 一是 is whose is not known
        if listed < 2 or listed == n:
            continue
        if listed < n and end == len(text) and text.rstrip()[-1:] not in "。！？!?；;”）)":
            continue  # 六个…：一是…三是城镇建设步伐明显加快。开: the text cut off inside its list
        seen.add(m.start("n"))
        stated = text[m.start("n"):m.end("noun")]
        yield Hit(TextAnchor(doc.key, m.start("n"), m.end("noun") - m.start("n")),
                  f"写明“{stated}”，但其后列出的是“一是”至“{_ORDINALS[listed - 1]}是” {listed} 项；请核对个数",
                  "warning")


def _with_count_before(text: str, at: int, n: int, listed: int) -> bool:
    """辖2个村2个社区：东风村、红星村、城东社区、城西社区: the list is both counts'."""
    prior = _COUNT_BEFORE.search(text, max(0, at - 12), at)
    return prior is not None and (_number(prior.group("n")) or 0) + n == listed


def _shared_ending(a: str, b: str) -> str:
    """The words both end with (示范园区 of 铁冲河5000亩示范园区 and 望北峰5000亩示范园区; no figure)."""
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k] and "\u4e00" <= a[-1 - k] <= "\u9fff":
        k += 1
    return a[len(a) - k:]


#: 2个村被评为…示范村, 6个村级活动场所: a count of places (or one thing in each), named by the places
_PLACE_WORDS = ("社区", "村")


def _counts_places(word: str, items: list[str]) -> bool:
    """The words after the count open with a place word (村被评为…, 村级活动场所) and every item
    listed is such a place: the places are what is counted, however long the words between."""
    return any(word.startswith(p) and word[len(p):len(p) + 1] in _AFTER_PLACE_WORD
               and all(i.endswith(p) and len(i) > len(p) for i in items) for p in _PLACE_WORDS)


#: what follows 村 when 村 is the thing counted (村被评为, 村级, 村获得), not a longer noun (村民小组)
_AFTER_PLACE_WORD = ("被", "级", "获", "入", "列", "成", "的", "共", "均", "都", "")


def _sharing_places_merged(items: list[str]) -> int:
    """How many items there are when a bare place name (青山村) joins the long item after it that
    opens with a place (核心村万亩米豆轮作示范园区): the two places share that one item."""
    count = len(items)
    for a, b in zip(items, items[1:]):
        if len(a) <= 4 and a.endswith(_PLACE_SUFFIX) and len(b) >= 8 and _PLACE_OPENING.match(b):
            count -= 1
    return count


_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,4}(?:村|社区|乡|镇)")


#: 全部完成, 均已完成, 已全部落实 after the counted things, before the colon that lists them
_DONE_AFTER = re.compile(r"(?:已|均已|均|已经)?(?:全部|全面|顺利|基本)?(?:完成|落实|开工|建成|竣工|到位)$")


#: 二类村, 一类户, 三类人员: a class named by its number, not a count of classes
_CLASS_NOUNS = frozenset("村户人地区点企校")


def _colon_lists(doc: TextDoc, seen: set[int]):
    """A count, a colon (or 分别为), and names of any kind to the end of the clause: the names
    need not end as the counted word does (宏达建材、绿源食品 are 企业), so a mismatch is a
    warning. A list closed by 等, or of figures (新开工项目9个), is not a list of names."""
    text = doc.text
    for m in _COUNT_THEN_LIST.finditer(text):
        if m.start("n") in seen or (m.start("n") > 0 and text[m.start("n") - 1] in _NUMERAL):
            continue
        split = _split_outside_quotes(m.group("items"))
        raw = []
        for k, item in enumerate(split):
            for joiner in ("和", "及", "与"):
                head, sep, tail = item.rpartition(joiner)
                if sep and len(head) >= 2 and len(tail) >= 2 and (
                        k == len(split) - 1 or (head.endswith(_PLACE_SUFFIX) and tail.endswith(_PLACE_SUFFIX))):
                    raw.extend([head, tail])  # …A和B (the last), or …北坡村和新华社区、东街社区 (places)
                    break
            else:
                raw.append(item)
        items = [i.strip(" \u3000") for i in raw]
        if any(len(i) < 2 or "等" in i or _ENDS_IN_FIGURE.search(i) for i in items):
            continue
        if m.group("noun") == "类" and m.group("word")[:1] in _CLASS_NOUNS:
            continue  # 二类村包括光华、孟公…共4个村: the second class of villages, a name, not two kinds
        word = _DONE_AFTER.sub("", m.group("word"))  # 8件民生实事全部完成：…: what is said of them, not their name
        if not _counts_places(word, items) and (len(word) > 10 or (len(word) > 5 and items[-1][-2:] not in word)):
            continue  # (完成3个村卫生室标准化建设，分别为…新寨村卫生室: a long phrase only when the list names its thing)
        if _ENUMERATED.match(items[0]):
            continue  # 三个方面：一是因疾病、残疾致贫；二是…；三是…: items numbered, a 、 inside the first
        if any(i.startswith(_PHRASE_OPENERS) or _INNER_LIST_CLOSE.search(i) for i in items):
            continue  # 以范庄、袁楼为中心的…基地、以二张为中心的…基地: a 、 inside one item's own phrase
        if text[m.end("items"):m.end("items") + 1] == "等":
            continue
        if sum(len(i) >= 8 for i in items) >= 2 and _sharing_places_merged(items) == _number(m.group("n")):
            continue  # 青山村、核心村万亩米豆轮作示范园区、德安村5000亩…园区: places sharing the long name after
            #           them, among items each a long name (not 河东村、…、青石村互助幸福院: one thing each)
        more = _one_more_after_comma(text, m.end("items"), items[-1][-1], items)
        if more and m.group("word").endswith(more[-1]) and all(i.endswith(more[-1]) for i in items):
            items.append(more)  # 3个办公室分别是…、财政办公室，综合行政执法办公室。
        n = _number(m.group("n"))
        if n is None or n == len(items) or n == 1 or len(items) < 2 \
                or _with_count_before(text, m.start("n"), n, len(items)):
            continue  # (一个突出特点，即：品种杂、规模小…: one thing, told in several words)
        head = _shared_ending(items[0], items[-1])
        if len(head) >= 2 and m.group("items").count(head) == n:
            continue  # 铁冲河5000亩示范园区、界头4000亩示范园区和金棋、云山、望北峰5000亩示范园区: three 示范园区
        seen.add(m.start("n"))
        place = next((p for p in _PLACE_WORDS if _counts_places(word, items) and word.startswith(p)), "")
        stated = text[m.start("n"):m.end("noun") + len(place)]
        message = f"写明“{stated}”，但其后列出的是 {len(items)} 项：{'、'.join(items)}；请核对个数"
        yield Hit(TextAnchor(doc.key, m.start("n"), m.end("noun") - m.start("n")), message, "warning")


LISTED_COUNT_RULE = DocRule(
    id="listed-count",
    severity="error",
    title="个数与列举项不符",
    check=check_listed_counts,
    failing=(
        "全年举办招商推介会6场，分别在深圳、上海、杭州、苏州举办，走访企业165家次。",
        "未完成的3个项目为西岭村村级养老服务点、北沟村文化广场，主要原因是选址调整。",  # names after a plain 为
        # what is said of the things counted between them and the colon
        "年初确定的8件民生实事全部完成：老旧小区改造、社区食堂建设、背街小巷提升、口袋公园建设、充电桩安装、适老化改造、便民市场升级。",
        "集中开展了三项安全生产专项整治行动，即自建房安全、森林防火、消防安全和危化品专项整治。",
        "新建村级互助养老点4个，分别在石桥村、桃源村、竹林村建成投用。",
        "全年重点实施“五大工程”：产业提升工程、基础设施提升工程、人居环境整治工程、民生保障工程。",
        "开展5项专项行动：扫黑除恶专项行动、禁毒专项行动、反诈专项行动、安全生产专项行动。",
        "全镇有4个贫困村：东山村、西山村、南山村。",
        "确定了3个示范村（青松村、白石村）。",
        "东山村、西山村和南山村两个村定为贫困村。",
        "全乡辖6个行政村,分别为河西村、河东村、中心村、沙坝村、青山村。",
        "新建村级互助幸福院4个，青石村、石门村、龙潭村各1个。",
        "上半年新增升规企业3家：宏达建材、绿源食品、晨光电子、泰丰包装，全年力争新增5家。",
        "信访问题主要集中在三类：征地拆迁、劳资纠纷、涉农补贴、环境污染。",
        "完成3个村卫生室标准化建设，分别为石桥村、河口村、大坪村、新寨村卫生室。",
        "重点打造三个烟叶示范园区：铁冲河示范园区、界头示范园区、金棋示范园区和望北峰示范园区。",
        "全年重点办好7件民生实事：一是实施饮水安全工程；二是开展人居环境整治；三是新建便民服务中心；四是改造农村电网；五是建设村级卫生室；六是修建通村道路。",
        "今年共有2个村被评为县级美丽乡村示范村：柳湾村、白水村、黄泥村。",
        "全年完成6个村级活动场所提档升级，具体为：长坡村、田坝村、李家湾村、三合村、北坪村。",
    ),
    passing=(
        "将19个村分为四类，其中二类村包括光华、孟公、塘湾、采莲共4个村，三类村包括新回、白莲共2个村。",
        "全年举办招商推介会4场，分别在深圳、上海、杭州、苏州举办，走访企业165家次。",
        "未完成的2个项目为西岭村村级养老服务点、北沟村文化广场，主要原因是选址调整。",
        "全镇3个村为贫困村、2个村为一般村。",  # 为 before what they are, not a list of names
        "全镇经济社会发展呈现六个特点：一是经济总量持续扩大。二是产业结构不断优化。三是城镇建设步伐明显加快。开",
        "年初确定的7件民生实事全部完成：老旧小区改造、社区食堂建设、背街小巷提升、口袋公园建设、充电桩安装、适老化改造、便民市场升级。",
        "列入今年人居环境整治提升的有4个村2个社区：王湾村、红星村、青山村、北坡村和新华社区、东街社区。",
        "今年新增3个省级文明村和1个省级文明社区：东风村、红星村、光明村、城东社区。",
        "集中开展了四项安全生产专项整治行动，即自建房安全、森林防火、消防安全和危化品专项整治。",
        "全县21个乡镇（办事处、管委会）全部完成年度目标任务。",
        "完成4个村卫生室标准化建设，分别为石桥村、河口村、大坪村、新寨村卫生室。",
        "完成3个村的人居环境整治验收工作，分别为：清扫、清运、清淤、美化。",
        "全镇辖2个村2个社区：东风村、红星村、城东社区、城西社区，已全部完成村（社区）“两委”换届。",
        "新建村级互助养老点3个，分别在石桥村、桃源村、竹林村建成投用。",
        "新建村级互助养老点6个，分别在石桥村、桃源村等村建成投用。",
        "全年重点实施“四大工程”：产业提升工程、基础设施提升工程、人居环境整治工程、民生保障工程。",
        "坚持五大发展理念，推进创新、协调、绿色、开放、共享发展。",
        "完成3项任务：修路、建桥和清淤。",
        "全镇有3个贫困村：东山村、西山村、南山村。",
        "确定了2个示范村（青松村、白石村）。",
        "东山村、西山村和南山村三个村定为贫困村。",
        "引进了华兴公司、宏达公司等5个企业。",
        "全乡辖11个村87个社，现有人口10829人。",
        "开展了4个专项行动：扫黑除恶、禁毒、反诈和安全生产。",
        "全乡辖5个行政村，分别为河西村、河东村、中心村、沙坝村、青山村。",
        "新建村级互助幸福院3个，青石村、石门村、龙潭村各1个。",
        "新建村级互助幸福院4个，青石村、石门村各1个，龙潭村2个。",
        "信访问题主要集中在四类：征地拆迁、劳资纠纷、涉农补贴和环境污染。",
        "已竣工项目5个：镇区污水处理厂提标改造、茶叶精制加工厂、大坪中学3号楼、集镇农贸市场、新场村产业路。",
        "重点项目6个：新开工项目4个、续建项目2个。",
        "引进企业5家：宏达建材、绿源食品等。",
        "主要有以下三个方面：一是因疾病、残疾致贫；二是因缺乏技能致贫；三是因收入过低致贫。",
        "重点打造三个烟叶示范园区：铁冲河5000亩示范园区、界头4000亩示范园区和金棋、云山、望北峰5000亩示范园区。",
        "全年重点办好6件民生实事：一是实施饮水安全工程；二是开展人居环境整治；三是新建便民服务中心；四是改造农村电网；五是建设村级卫生室；六是修建通村道路。",
        "全年重点办好3件民生实事：一是修路；二是建桥；三是改水。\n存在的问题主要有：一是资金不足；二是人才缺乏；三是基础薄弱；四是产业单一。",
        "今年共有3个村被评为县级美丽乡村示范村：柳湾村、白水村、黄泥村。",
        "全年完成5个村级活动场所提档升级，具体为：长坡村、田坝村、李家湾村、三合村、北坪村。",
        "重点培植示范区带5个，分别为青山村、核心村万亩米豆轮作示范园区、德安村5000亩玉米大垄示范园区、青山村300亩农业观光园及北五公路、高速公路两侧3.7万亩粮食高产示范带、圣丰种业1000亩大豆良种繁育试验田。",
        "全村产业呈现出一个突出特点，即：品种杂、规模小、驾驭市场能力差。",
        "金山店镇共有22个村（其中有三个脱贫村朝阳村、仕秦村、向阳村）。",
        "完成县级领导示范点1个：一是在东村实施100亩超级稻栽植示范；二是在西村实施100亩水稻旱育稀植示范。",
    ),
)

"""性别比: boys (men) per hundred girls (women), stated with the two counts it comes from.

出生人口男孩62人、女孩61人，性别比101.64: the ratio is 62 ÷ 61 × 100. The counts are the
pair in a bracket right after it (性别比108.9（男97人，女89人）), or else the nearest 男…/女…
pair before it in the paragraph; for 出生人口性别比, a pair in an earlier sentence must be of
births (男孩/女婴, or a sentence about 出生): the population's men and women are not.
"""
from __future__ import annotations

import re
from ..groups import groups_between
from ..passages import paragraphs
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of
from .ratio_verdict import StatedNumber, judge_ratio

#: (105.9:100 or 104/100, the boys to a hundred girls, is read as 105.9)
_RATIO_RE = re.compile(r"性别比(?:例)?(?:为|是|达到|达|：|:)?\s*(\d+(?:\.\d+)?)(?:[:：/／]100(?![\d.]))?(?![\d.%％:：/／])")
_MALE = re.compile(r"(男孩|男婴|男性|男生|男)$")
_FEMALE = re.compile(r"(女孩|女婴|女性|女生|女)$")



def _pair(a, b) -> bool:
    la = a.label.strip(" \u3000，,、；;：:（(")
    lb = b.label.strip(" \u3000，,、；;：:（(")
    return bool(_MALE.search(la) and _FEMALE.search(lb) and a.units & b.units)


def _of_births(text: str, a, b) -> bool:
    """男孩62人、女孩61人, or counts in a sentence about births (出生…男97人，女89人)."""
    return any(w in g.label for g in (a, b) for w in ("孩", "婴")) \
        or "出生" in text[a.sentence.start:b.end]


_CLAUSE_START = re.compile(r"[，,；;。：:\n（(]")


def _ratio_words(text: str, at: int) -> str:
    """The words naming whose ratio it is: 出生人口性别比, 户籍人口性别比, 0至14岁人口性别比."""
    word = text.rfind("性别比", 0, at)
    lo = max((k for k in (text.rfind(c, 0, word) for c in "，,；;。：:\n（(") if k >= 0), default=-1) + 1
    return text[lo:word]


def _fits_the_ratio(text: str, words: str, a, b) -> bool:
    """A births ratio takes the births' pair, another ratio not; an age band's ratio a pair of its band."""
    if "出生" in words or "新生" in words:
        if not _of_births(text, a, b):
            return False  # 户籍人口中男性…，女性…；全年出生339人，出生人口性别比为109.8: not the births
    elif any(w in words for w in ("人口", "户籍", "常住", "总")) and _of_births(text, a, b):
        return False  # 男孩139人、女孩125人，出生人口性别比111.2；全镇户籍人口性别比为99.19
    if "岁" in words and not any("岁" in g.label for g in (a, b)):
        return False  # 其中0至14岁人口性别比为117.9: not the whole population's men and women
    return True


def _bracket_of_many(text: str, lo: int, hi: int) -> bool:
    """性别比为108.68（2012年出生男孩128人，出生女孩141人；2013年…）: a bracket that lists several
    years' counts, the first pair of which is not what the ratio is of."""
    close = min((k for k in (text.find("）", lo), text.find(")", lo)) if k >= 0), default=len(text))
    return text.count("男", lo, close) > 1  # (男孩97人，女孩89人；上年为110.2: one pair and a note)


def _fits_with_the_rest(extra, unit: str, male, female, stated) -> bool:
    """The boys or girls counted after the pair, before the ratio (补报女孩3人), make it hold."""
    boys, girls = male.interval, female.interval
    late = False  # (补报男孩2人、女孩1人: the 补 said once for both)
    for g in extra:
        q = g.by_unit().get(unit)
        label = g.label.strip(" \u3000，,、；;：:（(")
        if q is None or q.approx:
            return False
        late = late or "补" in label
        if not late:
            return False  # 其中二孩女孩30人: some of the girls already counted, not more of them
        if _FEMALE.search(label):
            girls = girls + q.interval
        elif _MALE.search(label):
            boys = boys + q.interval
        else:
            return False
    return bool(extra) and judge_ratio(boys, girls, stated, 100) is None


#: the births of one order (一孩, 二孩, 多孩) or one kind (政策外): a part of the births
_PARITY = re.compile(r"[一二三多]孩|[一二三多]胎|政策外|政策内|计划外|计划内")


def check_sex_ratio(doc: TextDoc):
    if "性别比" not in doc.text:
        return
    for para in paragraphs(doc.text):
        chunk = para.text(doc.text)
        used: set[int] = set()  # a pair is the ratio of one group: the first ratio after it takes it
        for m in _RATIO_RE.finditer(chunk):
            at = para.start + m.start(1)
            end = para.start + m.end(1)
            after = list(groups_between(doc.text, end, para.end)[:2])
            pair = None
            extra: list = []
            if len(after) == 2 and doc.text[end:after[0].start].strip(" \u3000")[:1] in ("（", "(") \
                    and _pair(after[0], after[1]) and not _bracket_of_many(doc.text, end, after[1].end):
                pair = tuple(after)
            before = [g for g in groups_between(doc.text, para.start, at) if g.end <= at]
            words = _ratio_words(doc.text, at)
            for k in range(len(before) - 1, 0, -1):
                if pair is not None:
                    break
                a, b = before[k - 1], before[k]
                if not _pair(a, b):
                    continue
                if id(a) in used or not _fits_the_ratio(doc.text, words, a, b):
                    break  # 男孩139人、女孩125人，出生人口性别比111.2；全镇户籍人口性别比为99.19: another group's
                pair = (a, b)
                extra = before[k + 1:]  # 出生男孩84人，出生女孩69人，补报女孩3人，性别比为116.67
                if _PARITY.search(a.label) and _PARITY.search(b.label) and not _PARITY.search(words):
                    # 其中男67人，女65人；一孩男30人，…；二孩男32人，二孩女28人；…出生人口性别比: of all births
                    whole = next(((before[j - 1], before[j]) for j in range(k - 1, 0, -1)
                                  if _pair(before[j - 1], before[j]) and not _PARITY.search(before[j - 1].label)
                                  and not _PARITY.search(before[j].label)), None)
                    if whole is not None:
                        pair, extra = whole, []
                if "补" in a.label and k >= 3 and _pair(before[k - 3], before[k - 2]):
                    # 男孩84人、女孩72人，补报男孩2人、女孩1人，性别比为117.81: the late reports add to the pair
                    pair, extra = (before[k - 3], before[k - 2]), [a, b, *extra]
            if pair is None:
                continue
            used.add(id(pair[0]))
            unit = next(iter(pair[0].units & pair[1].units))
            male, female = pair[0].by_unit()[unit], pair[1].by_unit()[unit]
            if male.approx or female.approx:
                continue
            stated = StatedNumber(m.group(1))
            verdict = judge_ratio(male.interval, female.interval, stated, 100)
            if verdict is None or _fits_with_the_rest(extra, unit, male, female, stated):
                continue
            severity, expected = verdict
            message = (f"性别比填写为 {stated.number}，按 男 {male.shown} ÷ 女 {female.shown} × 100 "
                       f"计算应为 {expected}")
            yield Hit(TextAnchor(doc.key, at, len(m.group(1))), message, severity,
                      (span_of(doc, male),
                       span_of(doc, female)))


SEX_RATIO_RULE = DocRule(
    id="sex-ratio",
    severity="error",
    title="性别比与男女人数不符",
    check=check_sex_ratio,
    failing=(
        "全年出生148人，其中男孩78人、女孩70人，出生人口性别比111.3。",
        "全年出生381人,男孩196人,女孩185人,性别比为107.9:100;死亡301人。",  # 196 ÷ 185 × 100 = 105.95
        "出生569人,其中男孩291人,女孩278人,性别比为104/100。",  # 291 ÷ 278 × 100 = 104.68
        "出生男婴52人，女婴50人，性别比为103.00。",
        "全乡户籍人口22518人，其中男性11562人，女性10956人。出生人口性别比108.9（男97人，女89人）。",
        "2015年出生男孩84人，出生女孩69人，补报女孩3人，性别比为118.5。",
        "出生男孩84人，出生女孩72人，其中二孩女孩30人，性别比为82.35。",
        # the births' ratio over all of them, not over the last order's pair
        "总出生132人，其中男67人，女65人；一孩男30人，一孩女37人；二孩男32人，二孩女28人；出生人口性别比为105.07。",
        "性别比为121.5（男孩97人，女孩89人；上年为110.2）。",
    ),
    passing=(
        "全年出生381人,男孩196人,女孩185人,性别比为105.9:100;死亡301人。",
        "总出生132人，其中男67人，女65人；一孩男30人，一孩女37人；二孩男32人，二孩女28人；出生人口性别比为103.08。",
        "一孩男30人，一孩女37人；二孩男32人，二孩女28人，二孩性别比为114.29。",
        "全年出生148人，其中男孩78人、女孩70人，出生人口性别比111.43。",
        "出生男婴52人，女婴50人，性别比为104。",
        "出生人口性别比107.5，保持在正常范围。",
        "全乡户籍人口22518人，其中男性11562人，女性10956人。出生人口性别比109.0（男97人，女89人）。",
        "全乡户籍人口22518人，其中男性11562人，女性10956人。全年出生186人，出生人口性别比109.0。",
        "全年出生人口264人，其中男孩139人、女孩125人，出生人口性别比111.2；全镇户籍人口性别比为99.19。",
        "全镇户籍人口27696人，其中男性13294人，女性14402人，性别比为92.31；其中0至14岁人口性别比为117.9。",
        "全镇户籍人口中男性16103人，女性15911人；全年出生339人，出生人口性别比为109.8。",
        "2015年出生男孩84人，出生女孩69人，补报女孩3人，性别比为116.67。",
        "四个年度出生人口性别比为108.68（2012年出生男孩128人，出生女孩141人；2013年出生男孩125人，出生女孩126人）。",
        "出生男孩84人、女孩72人，补报男孩2人、女孩1人，性别比为117.81。",
    ),
)

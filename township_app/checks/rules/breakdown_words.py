"""The words of breakdowns: what names a total (共, 合计, 总 — not inside 公共 or 总书记), what
opens a list of parts (其中, 分别为), what marks parts that may overlap (以上, 的, 含) or close a
list (其他, 自筹), which pairs of names divide a whole (已/未, 男/女, 税收/非税), and how a part is
named in a message. One place for them: the breakdown reader, the sums and the shares use them.
"""
from __future__ import annotations

import re

from ..names import common_run
from decimal import Decimal
from functools import lru_cache

from ..changes import is_comparison, is_previous_level
from ..groups import BY_KIND, KIND_SPLIT, QuantityGroup
from ..tokens import written_sum


TOTAL_WORDS = ("共计", "合计", "总计", "总共", "共有", "共", "总")


BREAKDOWN_WORDS = ("其中", "包括")


EXHAUSTIVE_WORDS = ("分别为", "分别是", "分别")


SUBTOTAL_WORDS = ("共计", "合计", "总计", "总共", "共", "累计", "全部", "总")


#: 共 and 总 inside other words (一般公共服务, 公共安全, 中共党员, 共同, 共青团, 总书记, 总体, 党总支) name no total
_SHARED_WORD = {"共": r"(?<![公中])共(?!同|享|建|产|青|性|识|治)", "总": r"(?<!党)总(?!书记|体|结|支|要求)"}


_SUBTOTAL_RE = re.compile("|".join(_SHARED_WORD.get(w, w) for w in SUBTOTAL_WORDS))


#: 累计 before a verb of the period's work: the amount so far (其中国税累计完成161万元), no subtotal
RUNNING = re.compile(r"累计(?=完成|实现|入库|征收|发放|支出|投入|到位)")


def _names_subtotal(core: str) -> bool:
    return _SUBTOTAL_RE.search(core) is not None


_TOTAL_RE = re.compile("|".join(_SHARED_WORD.get(w, w) for w in TOTAL_WORDS))


#: labels that select by an attribute, so parts may overlap (35周岁以下的5名，大专以上学历的3名)
#: labels of figures that do not add up: averages, rates, shares, prices
#: (均衡性转移支付, 均等化 and 标准化厂房 are kinds of money and buildings, not averages or rates)
#: heights and temperatures are levels (最低海拔1220米（乡政府所在地海拔2120米）): they never add up
NOT_SUMMABLE = ("人均", "户均", "平均", "每", "均(?!衡|等)", "率", "占比", "比例", "单价", "亩产", "标准(?!化)",
                "海拔", "气温", "温度")


#: parts that fall short of a 共…其中 / 其中 total are reported (as a warning) only when they
#: cover most of it and the difference looks like a slip of the keyboard (see typo_like):
#: a partition with a slip comes close, a few notable subsets do not
NEAR_WHOLE = Decimal("0.7")


_NOT_SUMMABLE_RE = re.compile("|".join(NOT_SUMMABLE))


#: words before 合计/共计 that point back at the items listed before the total (以上合计, 几项共计)
LOOKING_BACK = ("以上各项", "上述各项", "以上几项", "上述几项", "以上", "上述", "几项", "各项")
REVERSE_TOTAL_WORDS = ("合计", "共计", "总计", "小计",
                       *(f"{w}{t}" for w in LOOKING_BACK for t in ("合计", "共计", "总计")))


OVERLAP_MARKERS = ("以上", "以下", "以内", "周岁", "岁", "的", "含", "包括", "规上")  # (规上: 规模以上, a size across the kinds)


_REMAINDER = ("其它", "其他", "其余")


#: …县级资金856万元，镇级自筹200万元: the money a list of sources ends with is the rest
_CLOSING_SOURCES = ("自筹", "自筹资金", "群众自筹", "其他资金", "其它资金")


#: parts named by what was given or done (产业帮扶128户、就业帮扶96户; 生活补贴486人、护理补贴912人):
#: one household or person may have several, so the parts may add up to more than the total
MEASURE_WORDS = ("帮扶", "扶持", "补贴", "补助", "救助", "保障", "服务", "资助", "慰问", "培训", "奖补")


_GENDER_WORDS = ("女性", "男性", "妇女", "女", "男")


_COMPLEMENT_PREFIXES = ("非", "未", "不", "尚未")


#: 按保障类别分别为…, 按类别分：… (a classification: every item is of one kind)
_BY_KIND_LEAD = re.compile(rf"^{BY_KIND}(?:(?=分别(?:为|是))|(?P<split>{KIND_SPLIT})[：:，,])")


@lru_cache(maxsize=16384)
def _core(label: str) -> str:
    label = label.strip(" \u3000，,、；;：:（(")
    if label.startswith("按"):
        label = _BY_KIND_LEAD.sub("", label)  # 按保障类别分别为A类: the list's words, then the part's
    for word in BREAKDOWN_WORDS + EXHAUSTIVE_WORDS:
        if label.startswith(word):
            label = label[len(word):].lstrip(" \u3000，,、；;：:")
    return label


#: kinds that divide their whole between them (正式党员 / 预备党员, 公办 / 民办学校)
_SPLIT_PAIRS = (("正式", "预备"), ("公办", "民办"), ("一孩", "二孩及以上"), ("一孩", "二孩以上"), ("一孩", "多孩"))


@lru_cache(maxsize=16384)
def complementary(a: str, b: str) -> bool:
    """已脱贫/未脱贫, 贫困户/非贫困户: two parts that together are the whole."""
    a, b = _core(a), _core(b)
    if any(a.startswith(x) and b.startswith(y) and a[len(x):] == b[len(y):] for x, y in _SPLIT_PAIRS):
        return True  # 正式党员6名，预备党员3名
    if a and b.startswith(_REMAINDER + ("剩余",)):
        return True  # 已完成改厕2314户，其余564户
    if a.startswith("已") and b.startswith(("未", "尚未")) and len(a) > 1 \
            and (common_run(a, b) >= 2 or a[1] == b.removeprefix("尚").removeprefix("未")[:1]):
        return True  # 已完成改厕 / 未改厕: done and not done, however each is worded (by one verb:
        # 已签约家庭医生 / 未参加健康体检 are two things)
    for no in _COMPLEMENT_PREFIXES:
        if b.startswith(no) and b[len(no):] and b[len(no):] == a:
            return True  # 贫困户 / 非贫困户, 完成 / 尚未完成
        if no == "非" and b.startswith(no) and len(a) >= 3 and len(b) >= 3 \
                and b[1] == a[0] and a[-2:] == b[-2:]:
            return True  # 税收收入 / 非税收入: the same kind, with and without
    return False


def _pair_is_whole(parts) -> bool:
    """已脱贫/未脱贫, 其中男性…，女性…: two parts of which everyone is one or the other."""
    a, b = parts[0].label, parts[1].label
    return complementary(a, b) or _gender_pair(a, b) or _gender_pair(b, a)


_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、是])")


_ASIDE = re.compile(r"[（(][^（()）]*[)）]")


def _short_name(label: str) -> str:
    """How a part is named in a message: 已脱贫 426, 县城集中安置 16 (long names cut)."""
    core = _ASIDE.sub("", _ENUMERATOR.sub("", "".join(_core(label).split()).strip(" ，,、；;：:")))
    if not core or len(core) > 8:
        return ""
    return core + " "


def exact_units(totals, parts) -> list[str]:
    """The units of a total (unit → its figure) in which the parts, as written, make it exactly."""
    made = []
    for unit, tq in totals.items():
        whole = written_sum([tq])
        if whole is not None and written_sum([p.by_unit().get(unit) for p in parts]) == whole:
            made.append(unit)
    return made


def _has_total_word(label: str) -> bool:
    return _TOTAL_RE.search(label) is not None


def _summable(g: QuantityGroup) -> bool:
    """Averages, rates and shares do not add up (户均增收2000元, 覆盖率95%)."""
    return not g.per and not (g.units & {"%", "‰", "个百分点"}) and not _NOT_SUMMABLE_RE.search(g.label)


def _lead(label: str) -> str:
    return label.strip(" \u3000\n\t，,、；;：:")


_GENDER = (("男", "女"), ("男性", "女性"), ("男孩", "女孩"), ("男生", "女生"))


def _gender_pair(a: str, b: str) -> bool:
    a, b = _core(a), _core(b)
    return any(a.endswith(m) and b.endswith(f) and a[:-len(m)] == b[:-len(f)] for m, f in _GENDER) \
        or (a.startswith("男") and b.startswith("女") and a[1:] == b[1:])


_MEASURE_AFTER_ZONG = re.compile(r"总(产值|收入|面积|产量|投资|支出|人口|户数|人数|里程)")


def _measure_of_total(total: QuantityGroup, core: str) -> bool:
    """其中种植业总产值74410万元 under 农林牧渔业总产值10.13亿元: 总产值 names the measure both are
    of, not a new total."""
    m = _MEASURE_AFTER_ZONG.search(core)
    return m is not None and m.group() in total.label and not _SUBTOTAL_RE_WITHOUT_ZONG.search(core)


_SUBTOTAL_RE_WITHOUT_ZONG = re.compile(r"共计|合计|总计|总共|(?<![公中])共(?!同|享|建|产|青|性|识|治)|累计|全部")


#: 共检查152家 after 第一批检查68家，第二批检查57家: a total named by 共 and a verb of two characters
_SHARED_VERB_TOTAL = re.compile(r"^(?:共|共计|累计共|合计共)(?P<verb>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,4}$")


#: 村干部中党员32名、女性18名: figures among a group, by attributes that may overlap
_AMONG_OPENER = re.compile(r"[\u4e00-\u9fff]{1,8}中(?!心)")


def _noun_after_figure(text: str, g: QuantityGroup) -> bool:
    """Words of two characters or more right after the group's figure (135个自然村)."""
    return bool(text) and re.match(r"[\u4e00-\u9fff]{2}", text[g.end:g.end + 2]) is not None


#: a done/not-done pair adding to less than the total by this factor counts another whole's parts
PAIR_REACH = 2


def _pair_near(total: QuantityGroup, pair) -> bool:
    """总人口3718户11440人，已脱贫426户1506人，未脱贫191户596人: done and not done make the poor
    households, a sixth of the population; a slip is a near miss, this is another whole."""
    for unit, tq in total.by_unit().items():
        values = [p.by_unit().get(unit) for p in pair]
        if all(v is not None for v in values) and tq.interval.lo > 0 \
                and sum(v.interval.hi for v in values) * PAIR_REACH < tq.interval.lo:
            return False
    return True


def _among_a_part(parts, g: QuantityGroup) -> bool:
    """g's words open with a part's name and 中 (持证残疾人中…, 民生支出中…): among that part."""
    lead = _lead(g.label)
    for p in parts:
        name = _core(p.label).removeprefix("其中").strip(" ：:，,")
        if len(name) >= 2 and lead.startswith(name + "中"):
            return True
    return False


#: a target the figures are measured against (完成年度预算5200万元的74.3%): no part of a list
_TARGET_ASIDE = re.compile(r"(?:完成|占|超|达到|比|为)[^，,。；;]{0,10}(?:任务|计划|预算|目标)(?:数)?(?:[（(]|的)?$")
_TARGET_WORDS = ("任务", "计划", "目标")
#: sets of single characters, so that an empty label or the end of a text ('') is never in them
_OPEN = frozenset("(（")
_CLOSE = frozenset(")）")


def _is_level(g: QuantityGroup, text: str) -> bool:
    """A figure of the thing itself: not a rate, a change, last year's level, a target or a bracketed aside."""
    label = _lead(g.label)
    return not ("%" in g.units or is_comparison(g.label) or is_previous_level(g.label) or label[:1] in _OPEN
                or any(w in label for w in _TARGET_WORDS) or _TARGET_ASIDE.search(label)
                or text[g.end:g.end + 1] in _CLOSE)


#: words that open a part's own list within the total's (…1937万元，主要是体制补助收入150万元，…)
_OWN_LIST_OPENER = re.compile(r"^(?:主要是|主要为|主要有|主要包括|包括|其中)")


def without_parts_own_lists(parts, totals):
    """The parts of a part, listed after it, are no parts of the total: the last parts making
    exactly the part just before them, the rest named as its rest (汉族60人，少数民族40人，回族30人，
    其他少数民族10人); or parts opened by 主要是/包括 that make the part before them exactly
    (一般性转移支付收入1937万元，主要是体制补助收入150万元，结算补助收入1745万元，其他…42万元；专项…110万元)."""
    for unit in totals:
        values = [written_sum([p.by_unit().get(unit)]) for p in parts]
        if any(v is None for v in values):
            continue
        for k in range(len(parts) - 3, 0, -1):
            name = _core(parts[k].label)
            # named as its own: the last of them is the rest of that part (其他少数民族 of 少数民族)
            if len(name) >= 2 and _core(parts[-1].label) in (f"其他{name}", f"其它{name}", f"其余{name}") \
                    and sum(values[k + 1:]) == values[k]:
                return parts[:k + 1]
        for k in range(len(parts) - 2):
            if not _OWN_LIST_OPENER.match(parts[k + 1].label.strip(" \u3000，,、；;：:")):
                continue
            running = Decimal(0)
            for j in range(k + 1, len(parts)):
                running += values[j]
                if running == values[k] and j > k + 1:
                    return parts[:k + 1] + parts[j + 1:]
                if running > values[k]:
                    break
    return parts


#: the sources a household income is counted in (the statistics' 工资性、经营净、财产净、转移净收入)
_INCOME_SOURCE = re.compile(r"^(?:其中)?[：:，, \u3000]*(?P<kind>工资性|家庭经营性?|经营性?净?|财产性?净?|转移性?净?)收入")
_PER_HEAD_INCOME = re.compile(r"(?:人均|户均)[\u4e00-\u9fff]{0,6}收入")


def income_by_source(total: QuantityGroup, first_part: QuantityGroup) -> bool:
    """人均可支配收入18260元。其中工资性收入8470元…: an average broken down into its sources adds up."""
    return total.units == {"元"} and _PER_HEAD_INCOME.search(total.label) is not None \
        and _INCOME_SOURCE.match(_lead(first_part.label)) is not None


def all_income_sources(total: QuantityGroup, parts: list[QuantityGroup]) -> bool:
    """工资性、经营净、财产净、转移净收入 all four: the income is made of nothing else."""
    if len(parts) != 4 or _PER_HEAD_INCOME.search(total.label) is None:
        return False
    kinds = {m.group("kind")[:2] for p in parts if (m := _INCOME_SOURCE.match(_lead(p.label)))}
    return kinds == {"工资", "经营", "财产", "转移"} or kinds == {"工资", "家庭", "财产", "转移"}

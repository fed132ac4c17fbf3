"""A stock and what came in and went out: 年初有监测户42户151人，新识别5户17人，消除风险13户46人，
目前尚有34户112人 (42 + 5 − 13 = 34; 151 + 17 − 46 = 122, not 112).

Dynamic registers (监测户, 低保, 特困, 党员, 流动人口) are reported this way: the count at the start
of the period, the entries and exits, the count now. The four are read in one paragraph, in this
order, each named by its role: the start (年初, 上年底, 期初), the flows (新识别, 新纳入, 新增 /
消除, 退出, 注销), the end (目前, 现有, 尚有, 年底). Anything else stated in their units between
makes the reading uncertain and nothing is said. Where one unit holds (42 + 5 − 13 = 34) and the
other does not, the slip is evident (an error); where the only unit does not hold, a near miss
of a keyboard's shape is a warning and anything farther is left alone.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..changes import is_comparison
from ..groups import QuantityGroup, quantity_groups
from ..intervals import format_plain
from ..names import common_run
from ..registry import DocRule, Hit, TextDoc, span_of
from .slip_shapes import typo_like

_START = re.compile(r"(?:年初|期初|上年底|上年末|去年底|去年末|截至上年底|截止上年底)(?!以来|至今|到现在|至目前)"
                    r"(?:共有|有|为|共|存量|在册|全乡|全镇|全村)?(?P<noun>[\u4e00-\u9fff]{0,8})$")
_IN = re.compile(r"(?:新识别|新纳入|新增|新认定|新录入|新发展|新申请|新批准|新建档|动态新增|新迁入|迁入|纳入)"
                 r"(?P<noun>[\u4e00-\u9fff]{0,8})$")
_OUT = re.compile(r"(?:消除风险|风险消除|标注消除|消除|退出|注销|取消|清退|核减|停保|迁出|减少|死亡|去世|病故|自然减员)"
                  r"(?P<noun>[\u4e00-\u9fff]{0,8})$")
#: the count now is what the register holds: a word of having (年底有, 目前尚有, 现有), not what was
#: done to some of it (年底走访慰问低保户209户, 年底前已完成209户的复核)
_END = re.compile(r"(?:目前|年底|年末|期末|截至目前|截止目前|当前|现在)?(?:共有|仍有|尚有|现有|还有|剩余|在册|有|共)"
                  r"(?P<noun>[\u4e00-\u9fff]{0,8})$")
#: words after a flow's verb that name no register of their own (消除风险13户, 退出对象41户)
_NO_REGISTER = re.compile(r"^(?:风险|对象|人员|家庭|的)*")


def _lead(label: str) -> str:
    """The words of a figure's own clause (after the last comma or colon)."""
    return re.split(r"[，,；;：:。（(]", label)[-1].strip(" \u3000、")


def _role(g: QuantityGroup) -> tuple[str, str] | None:
    """(role, the register's noun as the words name it) or None."""
    words = _lead(g.label)
    if not words:
        return None
    for role, pattern in (("start", _START), ("in", _IN), ("out", _OUT), ("end", _END)):
        m = pattern.search(words)
        if m is None or not _opens_with_role(words, m):
            continue
        if role in ("start", "end") and is_comparison(g.label):
            return None  # 比上年末减少: a change, not a count
        if role == "start" and (_IN.search(m.group("noun")) or _OUT.search(m.group("noun"))):
            return None  # 年初新识别…: a time, then a flow
        return role, _NO_REGISTER.sub("", m.group("noun"))
    return None


def _opens_with_role(words: str, m) -> bool:
    """The role's word opens the clause, after a period or a scope at most (上半年新识别…, 全乡年初有…,
    2024年初有…)."""
    return len(re.sub(r"(?:上半年|下半年|全年|年内|今年|本年|[0-9]+年|[0-9]{4}|全[乡镇村]|累计|共|通过帮扶|经过帮扶)", "",
                      words[:m.start()])) <= 2


def _same_register(a: str, b: str) -> bool:
    """Two nouns of one register (监测户 / 监测户; 低保对象 / 低保户), or either left unsaid."""
    return not a or not b or common_run(a, b) >= 2


_PARAGRAPH_END = re.compile(r"[。.！？!?；;：:）)]\s*\n|\n\s*\n")


def _reading(text: str, groups: list[QuantityGroup], k: int):
    """From a start at k: (start, [(sign, flow)], end) when the paragraph states them in order (a
    line broken inside a sentence, as a copy breaks them, does not end the paragraph)."""
    start = groups[k]
    units = start.units
    register = _role(start)[1]
    flows: list[tuple[int, QuantityGroup]] = []
    previous = start
    for g in groups[k + 1:]:
        if _PARAGRAPH_END.search(text, previous.end, g.start):
            return None
        previous = g
        if not (g.units & units):
            continue  # 发放资金12万元: another kind of figure
        lead = g.label.strip(" \u3000，,、；;：:（(")
        if lead.startswith(("其中", "含")) or re.search(r"[\u4e00-\u9fff]中(?:有)?$", _lead(g.label)) \
                or re.match(r"[\u4e00-\u9fff]{1,6}中有", lead):
            continue  # a flow's own breakdown (其中因病3户, 退出户中有30户)
        found = _role(g)
        if found is None:
            return None  # a figure in those units whose part in the account is not known
        role, noun = found
        if not _same_register(noun, register):
            return None  # 新增监测户3户 into a count of 脱贫户: another register
        if role == "in":
            flows.append((1, g))
        elif role == "out":
            flows.append((-1, g))
        elif role == "end":
            if not flows or not noun and not register:
                return None
            if _split_after(text, g):
                return None  # 目前尚有脱贫不稳定户24户、边缘易致贫户6户…: the first of a split
            m = _NOT_DONE_AFTER.match(text, g.end)
            if m is not None and not any(m.group("verb") in f.label for sign, f in flows if sign < 0):
                return None  # 目前尚有4户12人未落实帮扶措施: those not yet helped, not the register
            return start, flows, g
        else:
            return None
    return None


#: …34户112人未消除风险: what the end figure has not had done
_NOT_DONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:尚未|未|没有)(?P<verb>[\u4e00-\u9fff]{2})")


def _split_after(text: str, g: QuantityGroup) -> bool:
    """The end figure is followed by 、 and another figure: the first of a list of kinds."""
    return re.match(r"、[\u4e00-\u9fff]{1,10}\d", text[g.end:g.end + 20]) is not None


def check_stocks(doc: TextDoc):
    text = doc.text
    if not any(w in text for w in ("年初", "期初", "上年底", "上年末", "去年底", "去年末")):
        return
    groups = quantity_groups(text)
    for k, g in enumerate(groups):
        role = _role(g)
        if role is None or role[0] != "start" or g.approx:
            continue
        found = _reading(text, groups, k)
        if found is None:
            continue
        start, flows, end = found
        yield from _verdict(doc, start, flows, end)


def _verdict(doc: TextDoc, start: QuantityGroup, flows, end: QuantityGroup):
    units = [u for u in end.by_unit() if u in start.units and all(u in f.units for _, f in flows)]
    holds, fails = [], []
    for unit in units:
        figures = [start.by_unit()[unit], *(f.by_unit()[unit] for _, f in flows), end.by_unit()[unit]]
        if not all(q.exact for q in figures) or len({q.factor for q in figures}) != 1:
            return
        value = start.by_unit()[unit].interval.mid + sum(
            (sign * f.by_unit()[unit].interval.mid for sign, f in flows), Decimal(0))
        stated = end.by_unit()[unit]
        if value < 0:
            return
        (holds if stated.interval.lo <= value <= stated.interval.hi else fails).append((unit, value))
    for unit, value in fails:
        stated = end.by_unit()[unit]
        shown = format_plain(value / stated.factor)
        if not holds and not typo_like(stated.number, shown):
            continue  # far off, and nothing else anchors the reading: the figures may be of other things
        q0 = start.by_unit()[unit]
        agree = "，".join(_account(start, flows, end, u) for u, _ in holds)
        message = (f"期末数不符：期初、新增、退出相抵应为 {_terms(start, flows, unit)} = {shown} {stated.unit}，"
                   f"文中为 {stated.shown}" + (f"（而 {agree} 相符）" if agree else ""))
        related = (span_of(doc, q0), *(span_of(doc, f.by_unit()[unit]) for _, f in flows))
        yield Hit(span_of(doc, stated), message, "error" if holds else "warning", related)


def _terms(start, flows, unit) -> str:
    return start.by_unit()[unit].number + "".join(
        f" {'+' if sign > 0 else '−'} {f.by_unit()[unit].number}" for sign, f in flows)


def _account(start, flows, end, unit) -> str:
    return f"{_terms(start, flows, unit)} = {end.by_unit()[unit].shown}"


STOCK_RULE = DocRule(
    id="stock-flow",
    severity="error",
    title="期末数与期初数、新增数、退出数不符",
    check=check_stocks,
    failing=(
        "年初有监测户42户151人，上半年新识别监测户5户17人，消除风险13户46人，目前尚有监测户34户112人未消除风险。",
        "年初全镇共有低保对象312户586人，全年新纳入28户49人，退出41户77人，年底共有低保对象299户568人。",
    ),
    passing=(
        "年初有监测户42户151人，上半年新识别监测户5户17人，消除风险13户46人，目前尚有监测户34户122人未消除风险。",
        "年初全镇共有低保对象312户586人，全年新纳入28户49人，退出41户77人，年底共有低保对象299户558人。",
        # another figure in those units between: its part in the account is not known
        "年初有监测户42户151人，走访农户300户，新识别监测户5户17人，消除风险13户46人，目前尚有监测户34户112人。",
    ),
)

"""Amounts paid at a standard: 54人，每人每月60元，发放6个月，共发放19440元.

Subsidies are reported as a head count, a standard per head per month (or year), a period
and the amount paid. The amount is their product. The figures often sit in neighbouring
sentences, so the check runs only when each role has exactly one candidate nearby: one
count of people or households, one standard, one period, one amount paid. A product that
misses is a warning (the text may pay some heads for part of the period); one that misses
wildly is a 提示. A product written out (658人×70元/月×12个月=55.27万元) is meant exactly and
is checked as written; 人均每月218元 after the amount is an average worked out from it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from ..names import common_run
from ..intervals import decimals_of, format_decimal, format_plain, rounds_to
from ..passages import Span, paragraphs
from ..registry import DocRule, Hit, TextAnchor, TextDoc, span_of
from ..tokens import token_starts, tokenize

_NUM = r"(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # (每人1,500元: grouped too)
_STANDARD_RES = (
    re.compile(rf"每(?:人|户)?每?(?P<per>月|年)(?:[\u4e00-\u9fff]{{0,8}}?)(?:为|是)?{_NUM}元"),
    re.compile(rf"{_NUM}元/(?:人|户)?/?(?P<per>月|年)"),
    re.compile(rf"{_NUM}元每?(?:人|户)?每(?P<per>月|年)"),
    # 领取待遇人员6104人，人均月领取158元，上半年发放587.7万元: an average a month
    re.compile(rf"(?<=[人户])均(?P<per>月)(?:领取|发放|补助|补贴|救助|享受)[\u4e00-\u9fff]{{0,4}}?(?:为|是)?{_NUM}元(?![/每])"),
    # 1245户，每户300元，共计37.53万元: once, no period
    re.compile(rf"每(?P<per>人|户)(?:补贴|补助|发放|奖补|奖励)?(?:标准)?(?:为|是)?{_NUM}元(?![/每])"),
    # 承保1.05万亩，每亩保额950元，保险金额997.5万元: so much an 亩
    re.compile(rf"每(?P<per>亩)(?P<word>补贴|补助|奖补|奖励|保额|租金|流转费)(?:标准)?(?:为|是)?{_NUM}元(?![/每])"),
)
_PERIOD_RES = (
    (re.compile(r"(\d+)个月"), lambda m: int(m.group(1))),
    (re.compile(r"(\d{1,2})[-－—~～至到](\d{1,2})月"), lambda m: int(m.group(2)) - int(m.group(1)) + 1),
    (re.compile(r"全年"), lambda m: 12),
    (re.compile(r"[上下]半年"), lambda m: 6),
)
_PAID = re.compile(r"(?:发放|拨付|拨款|兑现|兑付|支付|发给|代缴|补贴资金|救助金|资金|金额|合计|共计|(?<![公总])共)[^，,。；;]{0,8}$")
_COUNT_UNITS = ("人", "户", "名")
#: a statement of its own: sentences, ；-parts, and runs set apart by spaces in pasted text
_SEGMENT = re.compile(r"[^。；;！？!?\s\u3000]+")


def _window(text: str, spans, k: int):
    lo = spans[max(0, k - 1)].start
    hi = spans[min(len(spans) - 1, k + 1)].end
    return lo, hi


def _quantities(text: str, lo: int, hi: int):
    tokens = tokenize(text)
    first = bisect_left(token_starts(text), lo)
    out = []
    for q in tokens[first:]:
        if q.start >= hi:
            break
        if q.is_quantity:
            out.append(q)
    return out


#: words before a figure that say what it is of, not what it is (全年发放护理补贴68.54万元)
_NAME_FILLER = re.compile(r"^(?:全年|上半年|下半年|今年|累计|共计|共|为|向|给|对|按照|按|已|发放|拨付|兑现|支付|落实|合计)+")


def _own_name(text: str, q) -> str:
    """The words naming a figure in its clause (护理补贴 in 全年发放护理补贴68.54万元)."""
    start = q.start
    lo = max(text.rfind(c, 0, start) for c in "，,。；;、：:（(\n") + 1
    return _NAME_FILLER.sub("", text[lo:start].strip(" \u3000"))


def _sibling_names(a: str, b: str) -> bool:
    """生活补贴 / 护理补贴: two kinds of one thing (a shared last word, different first words)."""
    if len(a) < 4 or len(b) < 4 or a in b or b in a:
        return False
    return a[-2:] == b[-2:]


def _count_named_like(text: str, para: Span, amount, chosen):
    """The count in the paragraph named most like the amount (护理补贴714人 … 全年发放护理补贴
    68.54万元), when it is named more like it than the count found nearby is (生活补贴658人):
    None when there is no such count, or two tie."""
    name = _own_name(text, amount)
    if len(name) < 2:
        return None
    floor = max(common_run(name, _own_name(text, chosen)), 1)
    scored = [(common_run(name, _own_name(text, q)), q) for q in _quantities(text, para.start, para.end)
              if q.unit in _COUNT_UNITS and q.exact and q is not chosen]
    best = max((n for n, _q in scored), default=0)
    if best <= floor:
        return None
    named = [q for n, q in scored if n == best]
    return named[0] if len(named) == 1 else None


def _named_for(word: str, name: str) -> bool:
    """The amount is of what the standard an 亩 is (每亩保额 → 保险金额; 每亩补贴 → 补贴资金)."""
    return word in name or (word == "保额" and "保险金额" in name) or (word == "流转费" and "流转" in name)


def _a_factor(text: str, q) -> bool:
    """326人×500元×6个月: a figure multiplied is not an amount paid."""
    around = text[max(0, q.start - 1):q.start] + text[q.end:q.end + 3]
    return any(sign in around for sign in "×*＊")


def _roles_by_name(text: str, para: Span, sentence: Span, std_start: int, per_month: bool):
    """按照每人每月80元的标准，全年发放护理补贴68.45万元 after 生活补贴658人、护理补贴714人:
    the amount in the standard's sentence and the one count in the paragraph named as it is
    (three characters or more in common, and no other count as close)."""
    paid = [q for q in _quantities(text, sentence.start, sentence.end) if q.base_unit == "元" and q.exact
            and not (q.num_start <= std_start < q.end)
            and _PAID.search(text[max(sentence.start, q.start - 12):q.start])]
    if len(paid) != 1:
        return None
    name = _own_name(text, paid[0])
    scored = [(common_run(name, _own_name(text, q)), q) for q in _quantities(text, para.start, para.end)
              if q.unit in _COUNT_UNITS and q.exact]
    best = max((n for n, _q in scored), default=0)
    named = [q for n, q in scored if n == best]
    if best < 3 or len(named) != 1:
        return None
    months = 1
    if per_month:
        found = {f(pm) for p, f in _PERIOD_RES for pm in p.finditer(text[sentence.start:sentence.end])}
        if len(found) != 1:
            return None
        months = found.pop()
    return named[0], paid[0], months


_PER_PERIOD = re.compile(r"每[^，,。；;\d]{0,6}$")


def _roles(text: str, lo: int, hi: int, std_start: int, per_month: bool, per: str = ""):
    """(count, amount paid, months) when each has exactly one candidate in text[lo:hi]."""
    quantities = _quantities(text, lo, hi)
    counts = [q for q in quantities if q.exact and (q.base_unit == "亩" if per == "亩" else q.unit in _COUNT_UNITS)]
    paid = [q for q in quantities if q.base_unit == "元" and q.exact
            and not (q.num_start <= std_start < q.end) and not _a_factor(text, q)
            and _PAID.search(text[max(lo, q.start - 12):q.start])
            and not _PER_PERIOD.search(text[max(lo, q.start - 10):q.start])]  # 每季度发放200元: a standard
    if len(counts) != 1 or len(paid) != 1:
        return None
    months = 1
    if per_month:
        window = text[lo:hi]
        found = {f(pm) for p, f in _PERIOD_RES for pm in p.finditer(window)}
        if len(found) != 1:
            return None
        months = found.pop()
    return counts[0], paid[0], months


#: 每生每天补助5元 … 按200天计算: a standard a day, and the days it is paid for
_DAILY = re.compile(rf"每(?:人|生|名|户)每(?:天|日)(?:[\u4e00-\u9fff]{{0,6}}?)(?:为|是)?{_NUM}元")
_STATEMENT = re.compile(r"[^。；;！？!?\n]+")  # (a sentence or a ；-part: the roles stand in one)
_DAYS = re.compile(r"(?:按|全年|共|计)(?P<d>\d{2,3})(?:个)?(?:天|日)(?:计算|计)?")


def _daily_products(doc: TextDoc):
    """惠及小学生4215人，每生每天补助5元，按200天计算，全年发放营养膳食补助412.5万元: the amount
    is heads × the standard a day × the days, all in one sentence, each the only one of its kind."""
    text = doc.text
    for sentence in (Span(m.start(), m.end()) for m in _STATEMENT.finditer(text)):
        chunk = sentence.text(text)
        daily, days = list(_DAILY.finditer(chunk)), list(_DAYS.finditer(chunk))
        if len(daily) != 1 or len(days) != 1 or days[0].start() < daily[0].end():
            continue
        std_at = sentence.start + daily[0].start("v")
        after_days = sentence.start + days[0].end()
        figures = _quantities(text, sentence.start, sentence.end)
        counts = [q for q in figures if q.end <= std_at - 4 and q.unit in _COUNT_UNITS]
        amounts = [q for q in figures if q.start >= after_days and q.base_unit == "元"]
        if len(counts) != 1 or len(amounts) != 1 or not counts[0].exact or not amounts[0].exact \
                or not _PAID.search(text, sentence.start, amounts[0].start):
            continue
        count, amount = counts[0], amounts[0]
        standard, n_days = Decimal(daily[0].group("v")), int(days[0].group("d"))
        expected = Decimal(count.number) * count.factor * standard * n_days
        if expected == 0 or rounds_to(expected / amount.factor, amount.number):
            continue
        ratio = amount.interval.mid / expected
        severity = "warning" if Decimal("0.5") <= ratio <= 2 else "info"
        message = (f"金额 {amount.shown} 与标准不符：按 {count.shown} × 每天 {format_plain(standard)} 元 × "
                   f"{n_days} 天 计算应为 {_amount_shown(amount, expected)}")
        if severity == "info":
            message += "（相差较大，请核对人数、标准和天数）"
        yield Hit(span_of(doc, amount), message, severity, (span_of(doc, count),))


def check_products(doc: TextDoc):
    text = doc.text
    if any(sign in text for sign in "×*＊"):
        yield from _written_products(doc)
    if "每天" in text or "每日" in text:
        yield from _daily_products(doc)
    if "每" not in text and "/" not in text and "均月" not in text and "均每月" not in text:
        return
    for para in paragraphs(text):
        spans = [Span(para.start + m.start(), para.start + m.end())
                 for m in _SEGMENT.finditer(para.text(text))]
        for k, sentence in enumerate(spans):
            chunk = sentence.text(text)
            standards = [(m, p) for p in _STANDARD_RES for m in p.finditer(chunk)]
            if len(standards) != 1:
                continue
            m, _pattern = standards[0]
            std_start = sentence.start + m.start("v")
            if _in_written_product(text, sentence, std_start):
                continue  # 658人×70元/月×12个月=…: checked as written
            std_value = Decimal(m.group("v").replace(",", ""))
            per_month = m.group("per") == "月"
            roles = None
            for lo, hi in ((sentence.start, sentence.end), _window(text, spans, k)):
                roles = _roles(text, lo, hi, std_start, per_month, m.group("per"))
                if roles is not None:
                    break
            if roles is None and m.group("per") != "亩":
                roles = _roles_by_name(text, para, sentence, std_start, per_month)
            if roles is None:
                continue
            count, amount, months = roles
            if m.group("per") == "亩" and not _named_for(m.group("word"), _own_name(text, amount)):
                continue  # 每亩保额950元 … 理赔金额12.6万元: paid out, not the sum insured
            count = _count_named_like(text, para, amount, count) or count
            if _sibling_names(_own_name(text, amount), _own_name(text, count)):
                continue  # 生活补贴658人 … 护理补贴68.54万元: the count of another benefit
            if _AVERAGE_BEFORE.search(text, max(para.start, std_start - 6), std_start):
                yield from _average_hit(doc, count, amount, months, m.group("v").replace(",", ""), std_start, per_month)
                continue
            expected = Decimal(count.number) * count.factor * std_value * months
            if expected == 0 or rounds_to(expected / amount.factor, amount.number):
                continue  # 658 × 70 × 12 = 552720 元, written 55.27万元
            if count.interval.lo != count.interval.hi and amount.interval.intersects(
                    count.interval.scaled(std_value * months)):
                continue  # 1.05万亩 × 950元: the area's own rounding (10450–10550亩) allows it
            earlier = _groups_paid_together(text, spans, k, para, m.group("per"), count)
            if earlier:
                # 80至89周岁老人960人，每人每月100元；90周岁以上老人160人，每人每月200元，全年共发放…:
                # one amount for every group before it
                total = expected + sum((Decimal(c.number) * v * months for c, v in earlier), Decimal(0))
                if rounds_to(total / amount.factor, amount.number) or total / amount.interval.mid > 2 \
                        or amount.interval.mid / total > 2:
                    continue  # (far off either way: the groups are not what was paid)
                yield _groups_hit(doc, amount, [*earlier, (count, std_value)], total, months, m.group("per"))
                continue
            stated = amount.interval.mid
            ratio = stated / expected
            severity = "warning" if Decimal("0.5") <= ratio <= 2 else "info"
            period = f" × {months} 个月" if per_month else ""
            per = _PER_WORDS[m.group("per")]
            shown = _amount_shown(amount, expected)
            message = (f"金额 {amount.shown} 与标准不符：按 {count.shown} × {per} {format_plain(std_value)} 元"
                       f"{period} 计算应为 {shown}")
            if severity == "info":
                message += "（相差较大，请核对人数、标准和期数）"
            yield Hit(span_of(doc, amount), message, severity,
                      (span_of(doc, count),))


_PER_WORDS = {"月": "每月", "年": "每年", "人": "每人", "户": "每户", "亩": "每亩"}


def _amount_shown(amount, value) -> str:
    """A worked-out amount in the stated amount's own unit, to its decimals (two at least for 万元)."""
    decimals = max(decimals_of(amount.number), 2 if amount.factor != 1 else 0)
    return f"{format_decimal(value / amount.factor, decimals)} {amount.unit}"


def _groups_paid_together(text: str, spans, k: int, para: Span, per: str, count):
    """The groups stated in the ；-parts just before this one, each a count and a standard of the
    same period and nothing paid: [(count, standard)], nearest last; [] when there are none."""
    out = []
    for j in range(k - 1, -1, -1):
        seg = spans[j]
        if seg.end < para.start or text[seg.end:spans[j + 1].start].strip() not in ("；", ";"):
            break
        chunk = seg.text(text)
        found = [m for p in _STANDARD_RES for m in p.finditer(chunk)]
        quantities = _quantities(text, seg.start, seg.end)
        counts = [q for q in quantities if q.unit in _COUNT_UNITS and q.exact]
        if len(found) != 1 or found[0].group("per") != per or len(counts) != 1 \
                or counts[0].unit != count.unit or any(q.base_unit == "元" and _PAID.search(
                    text[max(seg.start, q.start - 12):q.start]) for q in quantities):
            break
        out.insert(0, (counts[0], Decimal(found[0].group("v").replace(",", ""))))
    return out


def _groups_hit(doc: TextDoc, amount, groups, total, months: int, per_word: str) -> Hit:
    per = _PER_WORDS[per_word]
    period = f" × {months} 个月" if per_word == "月" else ""
    terms = " + ".join(f"{c.shown} × {per} {format_plain(v)} 元{period}" for c, v in groups)
    shown = _amount_shown(amount, total)
    return Hit(span_of(doc, amount), f"金额 {amount.shown} 与标准不符：按 {terms} 计算应为 {shown}", "warning",
               tuple(span_of(doc, c) for c, _v in groups))


#: 人均每月218元, 户均每年…: an average worked out from the amount, not a standard paid
_AVERAGE_BEFORE = re.compile(r"[人户月年亩]均[^，,。；;\d]{0,4}$")


def _average_hit(doc: TextDoc, count, amount, months: int, written: str, std_start: int,
                 per_month: bool):
    """人均每月218元 after 5872人 and 1536.7万元: amount ÷ heads ÷ months, rounded as written."""
    lo = amount.interval.lo / (Decimal(count.number) * months)
    hi = amount.interval.hi / (Decimal(count.number) * months)
    stated = Decimal(written)
    decimals = decimals_of(written)
    if rounds_to(lo, written) or rounds_to(hi, written) or lo <= stated <= hi:
        return
    value = amount.interval.mid / (Decimal(count.number) * months)
    if not Decimal("0.5") <= stated / value <= 2:
        return  # far off: another amount or another period is meant
    per = f"÷ {months} 个月 " if per_month else ""
    yield Hit(TextAnchor(doc.key, std_start, len(written) + 1),
              f"人均 {written} 元 与总额不符：按 {amount.shown} ÷ {count.shown} {per}计算应为 "
              f"{format_decimal(value, decimals)} 元", "warning",
              (span_of(doc, amount), span_of(doc, count)))


_FACTOR = r"(?P<{n}>\d+(?:\.\d+)?)(?P<{n}u>万元|元|人次|人|户|名|个月|月|年|亩|吨|个|次|天|平方米|米|公里|斤|公斤|头|只|株)?(?:/[人户月年亩次天个])?"
_SIGN = r"[ \u3000]*[×*＊][ \u3000]*"
_WRITTEN_PRODUCT = re.compile(
    _FACTOR.format(n="a") + _SIGN + _FACTOR.format(n="b") + f"(?:{_SIGN}" + _FACTOR.format(n="c") + ")?"
    + r"[ \u3000]*[=＝][ \u3000]*(?P<r>\d+(?:\.\d+)?)(?P<ru>亿元|万元|元)")
_BRACKETED_PRODUCT = re.compile(
    r"(?P<r>\d+(?:\.\d+)?)(?P<ru>亿元|万元|元)[（(]" + _FACTOR.format(n="a") + _SIGN + _FACTOR.format(n="b")
    + f"(?:{_SIGN}" + _FACTOR.format(n="c") + ")?[）)]")
_MONEY_FACTOR = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(10) ** 8}


def _in_written_product(text: str, sentence: Span, pos: int) -> bool:
    chunk_start = max(sentence.start, pos - 12)
    near = text[chunk_start:min(sentence.end, pos + 16)]
    return any(sign in near for sign in "×*＊")


def _written_products(doc: TextDoc):
    """658人×70元/月×12个月=55.27万元, 317.21万元（35642人×89元）: a product written out is
    meant exactly, so its result must round to what is written. The money factor's unit (元 or
    万元) gives the product's; a product with no money factor is left alone."""
    text = doc.text
    for regex in (_WRITTEN_PRODUCT, _BRACKETED_PRODUCT):
        for m in regex.finditer(text):
            names = [n for n in ("a", "b", "c") if m.group(n) is not None]
            money = [n for n in names if m.group(n + "u") in _MONEY_FACTOR]
            if len(money) != 1 or (text[m.start() - 1:m.start()].isdigit() if m.start() else False):
                continue
            product = Decimal(1)
            for n in names:
                product *= Decimal(m.group(n))
            product *= _MONEY_FACTOR[m.group(money[0] + "u")]
            written, unit = m.group("r"), m.group("ru")
            value = product / _MONEY_FACTOR[unit]
            if rounds_to(value, written):
                continue
            severity = "error" if Decimal("0.5") <= Decimal(written) / value <= 2 else "warning"
            factors = " × ".join(m.group(n) + (m.group(n + "u") or "") for n in names)
            start = m.start("r")
            shown = format_decimal(value, max(decimals_of(written), 2 if unit != "元" else 0))
            yield Hit(TextAnchor(doc.key, start, m.end("ru") - start),
                      f"乘积不符：{factors} = {shown} {unit}，"
                      f"文中写作 {written} {unit}", severity)


PRODUCT_RULE = DocRule(
    id="product",
    severity="warning",
    title="金额与人数、标准不符",
    check=check_products,
    failing=(
        # a standard a day, over the days it is paid for
        "农村义务教育学生营养改善计划惠及小学生4215人，每生每天补助5元，按200天计算，全年发放营养膳食补助412.5万元。",
        "今年共审核重度残疾人护理补贴38人，发放补贴资金14400元。补贴标准为每人每月60元，本次发放1-6月份6个月的补贴。",
        "全镇特困人员23人，每月400元，全年拨款金额331200元。",
        "为全镇213名特困供养人员每人每月发放基本生活费650元，上半年共发放80.37万元。",
        "全年发放生活补贴658人×70元/月×12个月=55.72万元。",
        "领取待遇人员5872人，全年发放养老金1536.7万元，人均每月228元。",
        "领取待遇人员6104人，人均月领取158元，上半年发放587.7万元。",
        "雨露计划补助93人，每人1,500元，共13.59万元。",
        "小麦完全成本保险承保1.05万亩，每亩保额950元，保险金额979.5万元。",
    ),
    passing=(
        "农村义务教育学生营养改善计划惠及小学生4215人，每生每天补助5元，按200天计算，全年发放营养膳食补助421.5万元。",
        "全镇学生4215人、教师320人，每生每天补助5元，按200天计算，发放补助421.5万元。",
        "今年共审核重度残疾人护理补贴38人，发放补贴资金13680元。补贴标准为每人每月60元，本次发放1-6月份6个月的补贴。",
        "全镇特困人员23人，每月400元，全年拨款金额110400元。",
        "全镇特困人员23人，每月400元，另有孤儿5人，全年拨款金额110400元。",
        "高龄补贴每人每月100元，按时足额发放。",
        "为全镇213名特困供养人员每人每月发放基本生活费650元，上半年共发放83.07万元。",
        "全年发放生活补贴658人×70元/月×12个月=55.27万元。",
        "按每人每月70元标准，为658人全年发放生活补贴55.27万元。",
        "领取待遇人员5872人，全年发放养老金1536.7万元，人均每月218元。",
        "领取待遇人员6104人，人均月领取158元，上半年发放578.7万元；雨露计划补助93人，每人1,500元，共13.95万元。",
        "小麦完全成本保险承保1.05万亩，每亩保额950元，保险金额997.5万元；流转土地320亩，每亩租金600元，共19.2万元。",
        "全镇小麦完全成本保险承保1.05万亩，每亩保额950元，全年理赔金额12.6万元。",
        "外出务工人员3200人，人均月收入4500元，全年共实现劳务收入1.2亿元。",
    ),
)

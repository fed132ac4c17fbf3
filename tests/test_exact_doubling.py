"""翻番 claims, each finding whole: severity, the quoted words and where they stand, the
multiple in the message, and the two figures it is computed from (underlined beside it).

翻N番 is 2^N times the base; the multiples below are worked out by hand:
550 ÷ 170 = 3.2353 → 3.24 倍, 32 ÷ 10 = 3.20 倍, 2.4 ÷ 1.4 = 1.7143 → 1.71 倍.
A plain 翻N番 holds up to 10% above 2^N (翻两番: 4.4 倍) and a little below it; 翻N番还要多
holds from 2^N × 0.975 up (翻三番还要多: 7.8 倍).
"""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "doubling"]


def found(text):
    """(severity, quote, column, length, message, the related figures as quoted)."""
    return [(f.severity, f.quote, f.location.column, f.location.length, f.message,
             tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def col(text, quote):
    assert quote in text
    return text.index(quote) + 1


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("doubling", "warning", "翻番与数值不符")


FLAGGED = [
    # 翻三番还要多 = more than 8 times; 550 ÷ 170 = 3.24
    ("今年完成财税收入550万元，比2015年财税收入170万元翻了三番还要多。", "翻了三番还要多",
     "“翻了三番还要多”即 8 倍，但 550 万元 ÷ 170 万元 = 3.24 倍", ("170万元", "550万元")),
    # 翻两番 = 4 times; 32 ÷ 10 = 3.20
    ("村集体经济收入达到32万元，比2018年集体经济收入10万元翻了两番。", "翻了两番",
     "“翻了两番”即 4 倍，但 32 万元 ÷ 10 万元 = 3.20 倍", ("10万元", "32万元")),
    # 由…增加到…，实现翻番: doubled; 2.4 ÷ 1.4 = 1.71
    ("茶叶综合产值由2015年的1.4亿元增加到2020年的2.4亿元，实现翻番。", "翻番",
     "“翻番”即 2 倍，但 2.4 亿元 ÷ 1.4 亿元 = 1.71 倍", ("1.4亿元", "2.4亿元")),
    # 翻一番 (without 多) is 2 times: 3.24 times is far more
    ("今年完成财税收入550万元，比2015年财税收入170万元翻了一番。", "翻了一番",
     "“翻了一番”即 2 倍，但 550 万元 ÷ 170 万元 = 3.24 倍", ("170万元", "550万元")),
    # the count written in digits, and 二 for 两
    ("村集体经济收入达到32万元，比2018年集体经济收入10万元翻2番。", "翻2番",
     "“翻2番”即 4 倍，但 32 万元 ÷ 10 万元 = 3.20 倍", ("10万元", "32万元")),
    ("村集体经济收入达到32万元，比2018年集体经济收入10万元翻了二番。", "翻了二番",
     "“翻了二番”即 4 倍，但 32 万元 ÷ 10 万元 = 3.20 倍", ("10万元", "32万元")),
    # too far below 4 times (35.9 ÷ 10 = 3.59), or just over 10% above it (44.1 ÷ 10 = 4.41 > 4.4)
    ("村集体经济收入达到35.9万元，比2018年集体经济收入10万元翻了两番。", "翻了两番",
     "“翻了两番”即 4 倍，但 35.9 万元 ÷ 10 万元 = 3.59 倍", ("10万元", "35.9万元")),
    ("村集体经济收入达到44.1万元，比2018年集体经济收入10万元翻了两番。", "翻了两番",
     "“翻了两番”即 4 倍，但 44.1 万元 ÷ 10 万元 = 4.41 倍", ("10万元", "44.1万元")),
    # 还要多 just short: 77.9 ÷ 10 = 7.79 < 8 × 0.975 = 7.8
    ("今年完成财税收入77.9万元，比2015年财税收入10万元翻了三番还要多。", "翻了三番还要多",
     "“翻了三番还要多”即 8 倍，但 77.9 万元 ÷ 10 万元 = 7.79 倍", ("10万元", "77.9万元")),
    # 翻番 says at least about doubled: 1650 ÷ 860 = 1.9186 → 1.92 is short of 2 × 0.975 = 1.95
    ("中药材产值由上年的860万元增至1650万元，实现翻番。", "翻番",
     "“翻番”即 2 倍，但 1650 万元 ÷ 860 万元 = 1.92 倍", ("860万元", "1650万元")),
    # …and 38.9 ÷ 10 = 3.89 is short of 4 × 0.975 = 3.9
    ("村集体经济收入达到38.9万元，比2018年集体经济收入10万元翻了两番。", "翻了两番",
     "“翻了两番”即 4 倍，但 38.9 万元 ÷ 10 万元 = 3.89 倍", ("10万元", "38.9万元")),
    # a base of 1: 3 ÷ 1 = 3.00
    ("全村合作社由2015年的1家增加到2020年的3家，实现翻番。", "翻番",
     "“翻番”即 2 倍，但 3 家 ÷ 1 家 = 3.00 倍", ("1家", "3家")),
    # a figure in another unit between them is passed over (3家 is not the income)
    ("今年完成财税收入550万元，新增企业3家，比2015年财税收入170万元翻了三番还要多。", "翻了三番还要多",
     "“翻了三番还要多”即 8 倍，但 550 万元 ÷ 170 万元 = 3.24 倍", ("170万元", "550万元")),
    # 整整 between the base and 翻 is filler
    ("村集体经济收入达到32万元，比2018年集体经济收入10万元整整翻了两番。", "翻了两番",
     "“翻了两番”即 4 倍，但 32 万元 ÷ 10 万元 = 3.20 倍", ("10万元", "32万元")),
    # a figure after the claim changes nothing
    ("村集体经济收入达到32万元，比2018年集体经济收入10万元翻了两番，增加22万元。", "翻了两番",
     "“翻了两番”即 4 倍，但 32 万元 ÷ 10 万元 = 3.20 倍", ("10万元", "32万元")),
    # the subject is the base's last two words (收入), not three (政收入)
    ("今年完成税收收入550万元，比2015年财政收入170万元翻了三番还要多。", "翻了三番还要多",
     "“翻了三番还要多”即 8 倍，但 550 万元 ÷ 170 万元 = 3.24 倍", ("170万元", "550万元")),
    # a base named by two characters only (由 2015 年 → 由年): they must stand in the current
    # figure's words (由年轻人…)
    ("由年轻人领办的合作社今年实现产值550万元，由2015年170万元翻了三番还要多。", "翻了三番还要多",
     "“翻了三番还要多”即 8 倍，但 550 万元 ÷ 170 万元 = 3.24 倍", ("170万元", "550万元")),
    # a space before the base figure is not part of its words
    ("今年完成财税收入550万元，比2015年财税收入 170万元翻了三番还要多。", "翻了三番还要多",
     "“翻了三番还要多”即 8 倍，但 550 万元 ÷ 170 万元 = 3.24 倍", ("170万元", "550万元")),
]


@pytest.mark.parametrize("text,quote,message,related", FLAGGED)
def test_doubling_findings(text, quote, message, related):
    assert found(text) == [("warning", quote, col(text, quote), len(quote), message, related)]


@pytest.mark.parametrize("text", [
    # up to 10% above 4 times holds: 44 ÷ 10 = 4.4; and 39 ÷ 10 = 3.9 is close enough below
    "村集体经济收入达到44万元，比2018年集体经济收入10万元翻了两番。",
    "村集体经济收入达到39万元，比2018年集体经济收入10万元翻了两番。",
    "村集体经济收入达到40万元，比2018年集体经济收入10万元翻了两番。",
    # 还要多 from 7.8 times up: 78 ÷ 10 = 7.8 holds, and 12 times is more than 8
    "今年完成财税收入78万元，比2015年财税收入10万元翻了三番还要多。",
    "今年完成财税收入120万元，比2015年财税收入10万元翻了三番还要多。",
    "今年完成财税收入550万元，比2015年财税收入170万元翻了一番还要多。",
    # 翻五番 = 32 times: 320 ÷ 10 = 32; 翻4番以上 = 16 times and more
    "全镇实现财税收入320万元，比2010年财税收入10万元翻了五番。",
    "全镇实现财税收入170万元，比2010年财税收入10万元翻了4番以上。",
    # 基本 / 接近 翻番 say it is not quite: ×1.92 holds
    "中药材产值由上年的860万元增至1650万元，基本实现翻番。",
    "中药材产值由上年的860万元增至1650万元，接近翻番。",
    # an approximate figure says nothing exact
    "村集体经济收入达到约32万元，比2018年集体经济收入10万元翻了两番。",
    "村集体经济收入达到32万元，比2018年集体经济收入约10万元翻了两番。",
    # another subject: 粮食产值 is not 财税收入
    "今年完成粮食产值550万元，比2015年财税收入170万元翻了三番还要多。",
    # the base's words do not compare (no 比/较/由/从): nothing to check
    "2015年财税收入170万元，今年财税收入550万元翻了一番。",
    # a level reached with no level before it
    "产值增加到2.4亿元，实现翻番。",
    # words between the base and 翻 other than filler: a plan, not a claim about these figures
    "村集体经济收入达到32万元，比2018年集体经济收入10万元，力争翻两番。",
    # the level before and after in different units
    "茶叶综合产值由2015年的1.4亿元增加到2020年的2.4万亩，实现翻番。",
    # a base of zero
    "村集体经济收入达到32万元，比2018年集体经济收入0万元翻了两番。",
    # no figure at all
    "力争三年内产值翻一番。",
    "力争三年内产值翻一番，达到500万元。",
])
def test_doubling_that_holds_or_cannot_be_checked(text):
    assert found(text) == []


def _roads(n):
    return "，".join(f"{i}组新修道路{i}公里" for i in range(1, n + 1))


def test_the_current_figure_is_looked_for_among_the_40_figures_before_the_claim():
    # 550万元, 38 road figures, 170万元: 40 figures, all within reach
    near = f"今年完成财税收入550万元，{_roads(38)}，比2015年财税收入170万元翻了三番还要多。"
    assert [(s, q, m) for s, q, _c, _n, m, _r in found(near)] == [
        ("warning", "翻了三番还要多", "“翻了三番还要多”即 8 倍，但 550 万元 ÷ 170 万元 = 3.24 倍")]
    # one road more puts 550万元 41 figures back: out of reach
    far = f"今年完成财税收入550万元，{_roads(39)}，比2015年财税收入170万元翻了三番还要多。"
    assert found(far) == []


def test_a_hedged_claim_far_short_of_doubling_is_still_named():
    # 1200 ÷ 860 = 1.3953 → 1.40 倍: short even of the hedged 2 × 0.9 = 1.8
    text = "中药材产值由上年的860万元增至1200万元，基本实现翻番。"
    assert found(text) == [("warning", "翻番", col(text, "翻番"), 2,
                            "“翻番”即 2 倍，但 1200 万元 ÷ 860 万元 = 1.40 倍", ("860万元", "1200万元"))]


def test_a_hedged_claim_near_doubling_is_quiet():
    # 1650 ÷ 860 = 1.92: short of 翻番 (×2 less 2.5%), but 基本/接近 claims only about 90% of it
    assert found("中药材产值由上年的860万元增至1650万元，基本实现翻番。") == []
    assert found("中药材产值由上年的860万元增至1650万元，接近翻番。") == []

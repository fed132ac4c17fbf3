"""The share and growth rules' failing examples, each finding whole: severity, the quoted
characters where they stand in the text, and the computed value in the message.

Every computed value below was worked out by hand (shown in the comments), not read from the
rules: 80 ÷ 361 = 0.22161 → 22.16%.
"""
import pytest

from township_app.checks import check_text, default_rules

#: what the engine adds after a far-off 提示's computation
FAR_OFF = "（相差较大，可能比较的不是同一项，请核对）"

RULES = {r.id: r for r in default_rules()}


def found(rule_id, text):
    return [(f.severity, f.quote, f.location.line, f.location.column, f.message)
            for f in check_text(text, rules=(RULES[rule_id],))]


def at(text, quote):
    """Column (1-based) of the quote's first appearance: where the window must underline."""
    assert quote in text
    return text.index(quote) + 1


SHARES = [
    # 80 ÷ 361 = 0.221607 → 22.16%
    ("全乡共有党员361名，其中女党员80名，占25.2%。", "error", "25.2%",
     "占比填写为 25.2%，按 80 名 ÷ 361 名 计算应为 22.16%"),
    # 596 ÷ 11440 = 0.052098 → 5.21%, more than twice 0.8%: figures paired wrongly, a 提示
    ("全乡总人口11440人，未脱贫596人，占总人口的0.8%。", "info", "0.8%",
     "占比填写为 0.8%，按 596 人 ÷ 11440 人 计算应为 5.21%" + FAR_OFF),
    # 1.5 ÷ 2.8 = 0.535714 → 53.57%
    ("年度任务2.8亿元，完成固定资产投资1.5亿元，占年度任务的50%。", "error", "50%",
     "占比填写为 50%，按 1.5 亿元 ÷ 2.8 亿元 计算应为 53.57%"),
    # households with households: 426 ÷ 3718 = 0.114578 → 11.46%
    ("全乡共有3718户11440人，其中脱贫户426户1506人，占总户数的15%。", "error", "15%",
     "占比填写为 15%，按 426 户 ÷ 3718 户 计算应为 11.46%"),
    # 1173 ÷ 2000 = 0.5865 → 58.65%: 58.6% is the truncation of an exact quotient
    ("全镇2000户农户中，已有1173户加入农民专业合作社，占58.6%。", "error", "58.6%",
     "占比填写为 58.6%，按 1173 户 ÷ 2000 户 计算应为 58.65%"),
    # 2.94 ÷ 4.2 = 0.7 → 70.00%
    ("全镇耕地面积4.2万亩，其中水田2.94万亩，占耕地总面积的76%。", "error", "76%",
     "占比填写为 76%，按 2.94 万亩 ÷ 4.2 万亩 计算应为 70.00%"),
    # the total in the sentence before: 18642 ÷ 40260 = 0.463040 → 46.30%
    ("全镇总人口40260人，居住着苗、布依、汉等民族。少数民族人口18642人，占总人口的43.6%。", "error", "43.6%",
     "占比填写为 43.6%，按 18642 人 ÷ 40260 人 计算应为 46.30%"),
    # 分别占: 13423 ÷ 26033 = 0.515615 → 51.56% (12610 ÷ 26033 = 0.484386 → 48.44% holds)
    ("全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.65%和48.44%。", "error", "51.65%",
     "占比填写为 51.65%，按 13423 人 ÷ 总人口 26033 人 计算应为 51.56%"),
]


@pytest.mark.parametrize("text,severity,quote,message", SHARES)
def test_share_findings(text, severity, quote, message):
    assert found("share", text) == [(severity, quote, 1, at(text, quote), message)]


def test_the_second_share_of_a_pair():
    text = "全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.56%和48.34%。"
    # 12610 ÷ 26033 = 0.484386 → 48.44%
    assert found("share", text) == [("error", "48.34%", 1, at(text, "48.34%"),
                                     "占比填写为 48.34%，按 12610 人 ÷ 总人口 26033 人 计算应为 48.44%")]


GROWTH = [
    # 550 ÷ 500 − 1 = 10%
    ("财政收入由上年的500万元增长到550万元，同比增长12%。", "error", "12%",
     "“增长12%”与前后数值不符：上年 500 万元 → 本期 550 万元，应为增长 10.00%"),
    # 180 ÷ 200 − 1 = −10%
    ("上年同期为200户，今年为180户，较上年下降5%。", "error", "5%",
     "“下降5%”与前后数值不符：上年 200 户 → 本期 180 户，应为下降 10.00%"),
    # 360 − 300 = 60
    ("上年完成投资300万元，今年完成投资360万元，较上年增加50万元。", "error", "50万元",
     "“增加50 万元”与前后数值不符：上年 300 万元 → 本期 360 万元，应为增加 60.00 万元"),
    # 95% − 90% = 5 points
    ("参保率由上年的90%提高到95%，较上年提高3个百分点。", "error", "3个百分点",
     "“提高3个百分点”与前后数值不符：上年 90% → 本期 95%，应为提高 5 个百分点"),
    # 4.05 ÷ 2 − 1 = 102.5%; 101.5% looks like a slip of one digit: a warning
    ("五年来，农业生产总值由2亿元增长到了4.05亿元，增长101.5%。", "warning", "101.5%",
     "“增长101.5%”与前后数值不符：上年 2 亿元 → 本期 4.05 亿元，应为增长 102.50%"
     "（按所列数字计算，像是尾数被截去或数字录错）"),
    # level and change: 22.07 − 4.35 = 17.72 last year; 4.35 ÷ 17.72 = 0.245485 → 24.55%
    ("均价22.07元/公斤，比上年增4.35元，增22.6%。", "error", "22.6%",
     "“增22.6%”与前后数值不符：本期 22.07 元、比上年增4.35 元，上年为 17.72 元，应为增长 24.55%"),
    # 1.78 − 0.75 = 1.03; 0.75 ÷ 1.03 = 0.728155 → 72.82%
    ("地方一般公共预算收入累计完成1.78亿元，较同期增长0.75亿元，增幅达67.6%。", "error", "67.6%",
     "“增幅67.6%”与前后数值不符：本期 1.78 亿元、较同期增长0.75 亿元，上年为 1.03 亿元，应为增长 72.82%"),
    # 32.51 − 30.83 = 1.68
    ("均价32.51元/公斤，较去年的30.83元/公斤增加1.86元/公斤。", "error", "1.86元",
     "“增加1.86 元”与前后数值不符：上年 30.83 元 → 本期 32.51 元，应为增加 1.68 元"),
    # 1586 − 1427 = 159
    ("全镇农村低保人数由上年的1586人减少到1427人，减少169人，下降10%。", "error", "169人",
     "“减少169 人”与前后数值不符：上年 1586 人 → 本期 1427 人，应为减少 159 人"),
    # the level before in brackets: 97.6% − 95.8% = 1.8 points
    ("全镇城乡居民医保参保率达到97.6%，比上年提高2.3个百分点（上年为95.8%）。", "error", "2.3个百分点",
     "“提高2.3个百分点”与前后数值不符：上年 95.8% → 本期 97.6%，应为提高 1.8 个百分点"),
    # 4.62 ÷ 3.985 − 1 = 0.159348 → 15.93%
    ("上半年完成固定资产投资4.62亿元,同比增长18.6%(上年同期3.985亿元)。", "error", "18.6%",
     "“增长18.6%”与前后数值不符：上年 3.985 亿元 → 本期 4.62 亿元，应为增长 15.93%"),
    # Traditional script, quoted as written: 4713.2 − 4254.38 = 458.82
    ("烟农售烟收入4713.2萬元,較去年4254.38萬元增加485.82萬元。", "error", "485.82萬元",
     "“增加485.82 万元”与前后数值不符：上年 4254.38 万元 → 本期 4713.2 万元，应为增加 458.82 万元"),
]


@pytest.mark.parametrize("text,severity,quote,message", GROWTH)
def test_growth_findings(text, severity, quote, message):
    assert found("growth", text) == [(severity, quote, 1, at(text, quote), message)]


def test_two_growths_in_one_sentence_are_judged_apart():
    text = ("五年来，农业生产总值由2亿元增长到了4.05亿元，增长101.5%；"
            "农民人均纯收入由4800元增长到了10800元，增长了125%。")
    # 10800 ÷ 4800 − 1 = 1.25 → 125% holds; only the first is flagged
    assert [(s, q, c) for s, q, _, c, _ in found("growth", text)] == [("warning", "101.5%", 28)]


@pytest.mark.parametrize("text", [
    "财政收入由上年的500万元增长到550万元，同比增长10%。",
    "上年同期为200户，今年为180户，较上年下降10%。",
    "参保率由上年的90%提高到95%，较上年提高5个百分点。",
    "村集体收入由1.8万元增长到3.8万元，增长110%。",  # 3.8 ÷ 1.8 − 1 = 1.1111 → 111%: within rounding of 1.8
    "均价22.07元/公斤，比上年增4.35元，增24.55%。",
    "地方一般公共预算收入累计完成1.78亿元，较同期增长0.75亿元，增幅达72.8%。",
])
def test_growth_that_holds(text):
    assert found("growth", text) == []

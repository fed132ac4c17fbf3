"""Shares (占…%), each finding whole: severity, the quoted share where it stands, the computed
share in the message, and the part and the total underlined beside it. Adds to
tests/test_exact_rules.py (the rule's own examples): the words that make a share, how the
total is found, and what is left alone.

Shares worked out by hand: 80 ÷ 361 = 22.161% → 22.16%; 4215 ÷ 9860 = 42.748% → 42.75%;
1506 ÷ 11440 = 13.164% → 13.16%; 18642 ÷ 40260 = 46.304% → 46.30%;
6053 ÷ 6473 = 93.511% → 93.51%; 24844 ÷ 25440 = 97.657% → 97.66%;
13423 ÷ 26033 = 51.561% → 51.56%; 12610 ÷ 26033 = 48.439% → 48.44%.
"""
import pytest

from township_app.checks import check_text, default_rules

#: what the engine adds after a far-off 提示's computation
FAR_OFF = "（相差较大，可能比较的不是同一项，请核对）"

[RULE] = [r for r in default_rules() if r.id == "share"]


def found(text):
    """(severity, quote, line, column, message, the related figures as quoted)."""
    return [(f.severity, f.quote, f.location.line, f.location.column, f.message,
             tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def where(text, quote):
    before = text[:text.rindex(quote)]
    return before.count("\n") + 1, len(before.rsplit("\n", 1)[-1]) + 1


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("share", "error", "占比与分子分母不符")


def share(stated, part, total, expected):
    return f"占比填写为 {stated}，按 {part} ÷ {total} 计算应为 {expected}%"


PARTY = ("80名", "361名")
FAR = "全镇户籍人口6315户21640人。\n一、社会保障\n"
SIBLING = "全年招商引资到位资金17.28亿元，其中省外资金7.42亿元，"
FLAGGED = [
    # a sentence opened by 其中 breaks down the one figure of the sentence before: 80 ÷ 361 = 22.16%
    ("全镇党员总数361名。其中女党员80名，占总数的25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    # …past a target aside and last year's level: 12941 ÷ 15863 = 81.58%
    ("全镇一般公共预算收入完成15863万元，完成年度预算15000万元的105.8%，同比增长8.7%（上年同期14593万元）。"
     "其中：税收收入12941万元，占81.5%。", "error", "81.5%",
     share("81.5%", "12941 万元", "15863 万元", "81.58"), ("12941万元", "15863万元")),
    # 占劳动力总数的 names 农村劳动力 (the counting word 总数 is not its name)
    ("全镇共有农村劳动力9860人，其中外出务工4215人，占劳动力总数的45.7%。", "error", "45.7%",
     share("45.7%", "4215 人", "9860 人", "42.75"), ("4215人", "9860人")),
    # a part of households and people: 总人口 and 总人数 take the people
    ("全乡共有3718户11440人，其中脱贫户426户1506人，占总人口的15%。", "error", "15%",
     share("15%", "1506 人", "11440 人", "13.16"), ("1506人", "11440人")),
    ("全乡共有3718户11440人，其中脱贫户426户1506人，占总人数的15%。", "error", "15%",
     share("15%", "1506 人", "11440 人", "13.16"), ("1506人", "11440人")),
    # the words that state a share
    ("全乡共有党员361名，其中女党员80名，占比为25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡共有党员361名，其中女党员80名，比重为25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡共有党员361名，其中女党员80名，所占比例为25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    # the total named by 合计, or broken down with 其中：
    ("全乡党员合计361名，女党员80名，占25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡党员361名，其中：女党员80名，占25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    # 占全镇总人口的 names 全镇总人口 in the sentence before
    ("全镇总人口40260人，居住着苗、布依、汉等民族。少数民族人口18642人，占全镇总人口的43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    # 总人口中，… / 全镇人口中，…: the total named so earlier in the paragraph
    ("全镇总人口40260人。总人口中，少数民族人口18642人，占43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    ("全镇人口40260人。全镇人口中，少数民族人口18642人，占43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    # 分别占 two totals, each share over its own
    ("全镇总户数6473户，总人口25440人。农业户6053户，农业人口24844人，分别占总户数和总人口的93.51%和96.66%。",
     "error", "96.66%", share("96.66%", "24844 人", "总人口 25440 人", "97.66"), ("24844人", "25440人")),
    ("全镇总户数6473户，总人口25440人。农业户6053户，农业人口24844人，分别占总户数和总人口的93.15%和97.66%。",
     "error", "93.15%", share("93.15%", "6053 户", "总户数 6473 户", "93.51"), ("6053户", "6473户")),
    # 分别占 one total, the shares listed with 、 or 与 and full-width ％
    ("全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.56%、48.34%。", "error", "48.34%",
     share("48.34%", "12610 人", "总人口 26033 人", "48.44"), ("12610人", "26033人")),
    ("全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.56％与48.34％。", "error", "48.34％",
     share("48.34%", "12610 人", "总人口 26033 人", "48.44"), ("12610人", "26033人")),
    ("全镇总人口26033人。男性13423人、女性12610人，分别占全镇总人口的51.56%和48.34%。", "error", "48.34%",
     share("48.34%", "12610 人", "全镇总人口 26033 人", "48.44"), ("12610人", "26033人")),
    # 占总数的 / 占总户数的 / 占总人口的 / 占总量的 / 占全部的 / 占总体的 name no figure: the total is
    # the one the sentence breaks down (共…，其中…); 426 ÷ 3718 = 11.458% → 11.46%,
    # 596 ÷ 11440 = 5.210% → 5.21%, 1200 ÷ 2000 = 60.00%
    ("全乡共有党员361名，其中女党员80名，占总数的25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡共有11440人，其中未脱贫596人，占总人口的4.2%。", "error", "4.2%",
     share("4.2%", "596 人", "11440 人", "5.21"), ("596人", "11440人")),
    ("全乡共有3718户，其中脱贫户426户，占总户数的15%。", "error", "15%",
     share("15%", "426 户", "3718 户", "11.46"), ("426户", "3718户")),
    ("全镇共产茶叶2000吨，其中绿茶1200吨，占总量的65%。", "error", "65%",
     share("65%", "1200 吨", "2000 吨", "60.00"), ("1200吨", "2000吨")),
    ("全乡共有党员361名，其中女党员80名，占全部的25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡共有党员361名，其中女党员80名，占总体的25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    # 占总户数的 with 总户数 in the sentence before: 6053 ÷ 6473 = 93.51%
    ("全镇总户数6473户。农业户6053户，占总户数的93.1%。", "error", "93.1%",
     share("93.1%", "6053 户", "6473 户", "93.51"), ("6053户", "6473户")),
    # 占全镇 / 全乡总人口的 names 本镇 / 本乡总人口 (the township's name is not part of it)
    ("本镇总人口40260人。少数民族人口18642人，占全镇总人口的43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    ("本乡总人口11440人，未脱贫596人，占全乡总人口的4.2%。", "error", "4.2%",
     share("4.2%", "596 人", "11440 人", "5.21"), ("596人", "11440人")),
    # 占党员总数的 names 党员数 (总 left out, three characters left) and 共有党员 (counting word left out)
    ("全乡党员数361名，其中女党员80名，占党员总数的25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡共有党员361名，其中女党员80名，占党员总数的25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    # 共计 after the name
    ("全镇农村劳动力共计9860人，其中外出务工4215人，占劳动力总数的45.7%。", "error", "45.7%",
     share("45.7%", "4215 人", "9860 人", "42.75"), ("4215人", "9860人")),
    # 分别占 with the total named 本镇 / 本乡总人口
    ("本镇总人口26033人。男性13423人、女性12610人，分别占全镇总人口的51.56%和48.34%。", "error", "48.34%",
     share("48.34%", "12610 人", "全镇总人口 26033 人", "48.44"), ("12610人", "26033人")),
    ("本乡总人口26033人。男性13423人、女性12610人，分别占全乡总人口的51.56%和48.34%。", "error", "48.34%",
     share("48.34%", "12610 人", "全乡总人口 26033 人", "48.44"), ("12610人", "26033人")),
    # three parts of one total: 5000 ÷ 26033 = 19.206% → 19.21%
    ("全镇总人口26033人。男性13423人、女性12610人、儿童5000人，分别占总人口的51.56%、48.44%和18.2%。",
     "error", "18.2%", share("18.2%", "5000 人", "总人口 26033 人", "19.21"), ("5000人", "26033人")),
    # no comma before 分别占
    ("全镇总人口26033人。男性13423人、女性12610人分别占总人口的51.56%和48.34%。", "error", "48.34%",
     share("48.34%", "12610 人", "总人口 26033 人", "48.44"), ("12610人", "26033人")),
    # a part of households and people with 人 in the share's words takes the people
    ("全乡脱贫人员共3718户11440人，其中已就业的426户1506人，占脱贫人员的15%。", "error", "15%",
     share("15%", "1506 人", "11440 人", "13.16"), ("1506人", "11440人")),
    # 总人口中， with another figure between it and the total named so
    ("全镇总人口40260人，户数9000户。总人口中，少数民族人口18642人，占43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    # 占全县总人口的 names 本县总人口
    ("本县总人口40260人。少数民族人口18642人，占全县总人口的43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    # the sibling's share in the same sentence, its total named in the sentence before
    ("全年招商引资到位资金17.28亿元。省外资金7.42亿元，占到位资金的42.9%，市外资金9.86亿元，占比56.1%。",
     "warning", "56.1%", share("56.1%", "9.86 亿元", "17.28 亿元", "57.06"), ("9.86亿元", "17.28亿元")),
    # the sibling's share in brackets
    ("全年招商引资到位资金17.28亿元，其中省外资金7.42亿元（占到位资金的42.9%）。市外资金9.86亿元，占比56.1%。",
     "warning", "56.1%", share("56.1%", "9.86 亿元", "17.28 亿元", "57.06"), ("9.86亿元", "17.28亿元")),
    # a base named by a specific name (户籍人口) stated once, paragraphs away: 912 ÷ 21640 = 4.214% → 4.21%;
    # named so far away it is a warning, not an error, and the message says which figure
    (FAR + "低保对象912人，占户籍人口的5.2%。", "warning", "5.2%",
     share("5.2%", "912 人", "户籍人口 21640 人", "4.21"), ("912人", "21640人")),
    # a name of three characters (劳动力) is specific enough to look for far away
    ("全镇劳动力9860人。\n外出务工4215人，占劳动力的45.7%。", "warning", "45.7%",
     share("45.7%", "4215 人", "劳动力 9860 人", "42.75"), ("4215人", "9860人")),
    # the same figure stated twice is still one base
    ("全镇户籍人口6315户21640人。\n全镇户籍人口21640人。\n低保对象912人，占户籍人口的5.2%。", "warning", "5.2%",
     share("5.2%", "912 人", "户籍人口 21640 人", "4.21"), ("912人", "21640人")),
    # 占总人口的 with 总人口 two figures back in the sentence before, or with another figure in
    # people (劳动力) between
    ("全镇总人口40260人，户数9000户。少数民族人口18642人，占总人口的43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    ("全镇总人口40260人。劳动力20000人。少数民族人口18642人，占总人口的43.6%。", "error", "43.6%",
     share("43.6%", "18642 人", "40260 人", "46.30"), ("18642人", "40260人")),
    # a share in brackets; an ASCII space before 其中
    ("全乡共有党员361名，其中女党员80名（占25.2%）。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    ("全乡党员361名， 其中女党员80名，占25.2%。", "error", "25.2%",
     share("25.2%", "80 名", "361 名", "22.16"), PARTY),
    # 其中 after figures in other units still breaks down the figure before them:
    # 1142 ÷ 1856 = 61.530% → 61.53%
    ("衔接资金1856万元，实施产业项目22个，其中用于产业发展的资金1142万元，占比63.5%。", "error", "63.5%",
     share("63.5%", "1142 万元", "1856 万元", "61.53"), ("1142万元", "1856万元")),
    ("衔接资金1856万元，实施产业项目22个，覆盖农户300户，其中用于产业发展的资金1142万元，占比63.5%。",
     "error", "63.5%", share("63.5%", "1142 万元", "1856 万元", "61.53"), ("1142万元", "1856万元")),
    # a bare 占比 after a sibling's share of a named total is of that total, worked out so it
    # is a warning: 9.86 ÷ 17.28 = 57.060% → 57.06% (7.42 ÷ 17.28 = 42.94% holds)
    (SIBLING + "占到位资金的42.9%。市外资金9.86亿元，占比56.1%。", "warning", "56.1%",
     share("56.1%", "9.86 亿元", "17.28 亿元", "57.06"), ("9.86亿元", "17.28亿元")),
    # (in one sentence the total is the one the sentence breaks down with 其中: an error)
    (SIBLING + "占到位资金的42.9%，市外资金9.86亿元，占比56.1%。", "error", "56.1%",
     share("56.1%", "9.86 亿元", "17.28 亿元", "57.06"), ("9.86亿元", "17.28亿元")),
    (SIBLING + "占到位资金的42.9%。市外资金9.86亿元，占56.1%。", "warning", "56.1%",
     share("56.1%", "9.86 亿元", "17.28 亿元", "57.06"), ("9.86亿元", "17.28亿元")),
    # the first part's own words holding the total's name (总人口中男性) do not make it the total
    ("全镇总人口26033人。总人口中男性13423人、女性12610人，分别占总人口的51.56%和48.34%。", "error", "48.34%",
     share("48.34%", "12610 人", "总人口 26033 人", "48.44"), ("12610人", "26033人")),
    # far off (25.56% against 51.56%): the figures were paired wrongly, a 提示
    ("全镇总人口26033人。男性13423人、女性12610人，分别占总人口的25.56%和48.44%。", "info", "25.56%",
     share("25.56%", "13423 人", "总人口 26033 人", "51.56") + FAR_OFF, ("13423人", "26033人")),
]


@pytest.mark.parametrize("text,severity,quote,message,related", FLAGGED)
def test_share_findings(text, severity, quote, message, related):
    line, column = where(text, quote)
    assert found(text) == [(severity, quote, line, column, message, related)]


@pytest.mark.parametrize("text", [
    "全镇共有农村劳动力9860人，其中外出务工4215人，占劳动力总数的42.7%。",
    "全乡共有3718户11440人，其中脱贫户426户1506人，占总人口的13.2%。",
    "全镇总户数6473户，总人口25440人。农业户6053户，农业人口24844人，分别占总户数和总人口的93.51%和97.66%。",
    # a part of households and people with a bare 占: which one is unclear
    "全乡共有3718户11440人，其中脱贫户426户1506人，占15%。",
    # a rate that is not a share
    "全乡共有党员361名，其中女党员80名，增长25.2%。",
    # 占林地总面积的 names no figure of the sentence (耕地面积 is another total)
    "全镇耕地面积4.2万亩，其中水田2.94万亩，占林地总面积的76%。",
    # a sentence opened by 其中 after a sentence of two figures in the unit: which is the total is not said
    "全镇党员总数361名，预备党员12名。其中女党员80名，占总数的25.2%。",
    # …nor when another sentence stands between
    "全镇党员总数361名。全年发展党员12名。其中女党员80名，占总数的25.2%。",
    # far off on a base found paragraphs away: another figure was meant, nothing is said
    FAR + "低保对象912人，占户籍人口的10%。",
    # a bare 占比 after 其中 is of the sibling itself, or holds against the sibling
    "全乡建档立卡户1200户，脱贫户426户，占建档立卡户的35.5%。其中有劳动力的312户，占比27%。",
    "全乡建档立卡户1200户，脱贫户426户，占建档立卡户的35.5%。其中有劳动力的312户，占比73.2%。",
    "全镇耕地面积4.2万亩，水田2.94万亩，占耕地面积的70%。今年种植水稻2.1万亩，占比71.4%。",
    # a base named far away: two different figures so named, an approximate one, a change,
    # last year's, or a name of two characters (人口) say nothing sure
    "全镇户籍人口6315户21640人。\n全镇户籍人口21500人。\n低保对象912人，占户籍人口的5.2%。",
    "全镇户籍人口约21640人。\n低保对象912人，占户籍人口的5.2%。",
    "全镇户籍人口比上年增加21640人。\n低保对象912人，占户籍人口的5.2%。",
    "上年户籍人口21640人。\n低保对象912人，占户籍人口的5.2%。",
    "全镇人口21640人。\n低保对象912人，占人口的5.2%。",
    FAR + "低保对象912人，占户籍人口的4.21%。",
    # the part in the sentence before the share: not paired across sentences
    "全乡总人口11440人，未脱贫596人。占总人口的4.2%。",
    # rough shares
    "全乡共有党员361名，其中女党员80名，约占25.2%。",
    "全乡共有党员361名，其中女党员80名，占约25.2%。",
    # a part larger than its total: paired wrongly
    "全乡共有党员361名，其中女党员800名，占25.2%。",
    # no total: 361名 is not named a total nor broken down
    "全乡党员361名，女党员80名，占25.2%。",
    "全镇总人口26033人。\n男性13423人、女性12610人，分别占总人口的51.65%和48.44%。",
    # 总人口中， opens a paragraph whose total is in the one before
    "全镇总人口40260人。\n总人口中，少数民族人口18642人，占43.6%。",
    # 61.5% holds; a figure in the same unit nearer to 其中 (600万元) is the one broken down,
    # and the part is larger than it
    "衔接资金1856万元，实施产业项目22个，其中用于产业发展的资金1142万元，占比61.5%。",
    "衔接资金1856万元，省级资金600万元，实施产业项目22个，其中用于产业发展的资金1142万元，占比63.5%。",
    # sibling shares: 57.1% holds; the sibling in another paragraph, another figure or a whole
    # sentence between, a rough or generic sibling share, a sibling in another unit or
    # approximate, another figure before the part in its sentence: the base is not known
    SIBLING + "占到位资金的42.9%。市外资金9.86亿元，占比57.1%。",
    SIBLING + "占到位资金的42.9%。\n市外资金9.86亿元，占比56.1%。",
    SIBLING + "占到位资金的42.9%。另有项目3个，市外资金9.86亿元，占比56.1%。",
    SIBLING + "占到位资金的42.9%。项目建设进展顺利。市外资金9.86亿元，占比56.1%。",
    SIBLING + "约占到位资金的43%。市外资金9.86亿元，占比56.1%。",
    SIBLING + "占总数的42.9%。市外资金9.86亿元，占比56.1%。",
    "全年招商引资到位资金17.28亿元，其中省外项目7个，占到位资金的42.9%。市外资金9.86亿元，占比56.1%。",
    "全年招商引资到位资金17.28亿元，其中省外资金约7.42亿元，占到位资金的42.9%。市外资金9.86亿元，占比56.1%。",
    SIBLING + "占到位资金的42.9%。本地资金3亿元，市外资金9.86亿元，占比56.1%。",
    # approximate figures
    "全镇总人口26033人。男性约13423人、女性12610人，分别占总人口的51.65%和48.34%。",
    "全镇总人口约26033人。男性13423人、女性12610人，分别占总人口的51.65%和48.34%。",
    "全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.65%和约48.34%。",
    # 分别占 with one share, or three shares for two totals
    "全镇总人口26033人。男性13423人、女性12610人，分别占总人口的51.65%。",
    "全镇总户数6473户，总人口25440人。农业户6053户，农业人口24844人，分别占总户数和总人口的93.15%。",
    "全镇总户数6473户，总人口25440人。农业户6053户，农业人口24844人，分别占总户数和总人口的93.15%、97.66%和5%。",
])
def test_shares_that_hold_or_cannot_be_checked(text):
    assert found(text) == []


def test_a_share_of_the_registered_population_takes_the_people():
    # 912 ÷ 21640 = 4.214% → 4.21% holds; today 386 户 ÷ 6315 户 = 6.11% is reported instead
    assert found(FAR + "低保对象386户912人，占户籍人口的4.21%。") == []


def test_a_full_width_space_before_qizhong():
    text = "全乡党员361名，\u3000其中女党员80名，占25.2%。"
    assert found(text) == [("error", "25.2%", 1, 21, share("25.2%", "80 名", "361 名", "22.16"), PARTY)]


# The base of a bare 占 after 其中 is the subject's own figure: 3015 ÷ 3862 = 78.07% → 78.1;
# 8600 ÷ 12600 = 68.25%; 986 ÷ 1236 = 79.77% → 79.8.
@pytest.mark.parametrize("text", [
    "一般公共预算收入3862万元，完成年度预算5200万元的74.3%，其中税收收入3015万元，占78.1%。",
    "实现财政收入1236万元，超额完成年度任务1200万元，其中税收收入986万元，占79.8%。",
    "累计完成投资1.26亿元，占计划投资2.1亿元的60%，其中老旧小区改造完成投资8600万元，占68.25%。",
])
def test_a_target_stated_in_passing_is_not_the_base(text):
    assert found(text) == []


def test_the_subjects_own_figure_is_the_base_past_a_target():
    text = "一般公共预算收入3862万元，完成年度预算5200万元的74.3%，其中税收收入3015万元，占71.8%。"
    assert found(text) == [("error", "71.8%", 1, text.index("71.8%") + 1,
                            "占比填写为 71.8%，按 3015 万元 ÷ 3862 万元 计算应为 78.07%", ("3015万元", "3862万元"))]


def test_a_share_after_the_list_names_its_part_again():
    # 8 ÷ 23 = 34.78%, 17 ÷ 23 = 73.913% → 73.91
    text = "全年发展党员23名，其中女性8名、35周岁以下的17名、大专以上学历的11名；女性占34.78%，35周岁以下的占73.19%。"
    assert found(text) == [("error", "73.19%", 1, text.index("73.19%") + 1,
                            "占比填写为 73.19%，按 35周岁以下 17 名 ÷ 23 名 计算应为 73.91%", ("17名", "23名"))]
    assert found(text.replace("73.19%", "73.91%")) == []
    # a name no part ends in, or two parts ending in it: not known which
    assert found("全年发展党员23名，其中女性8名、男性15名；少数民族占30.43%。") == []
    assert found("全年发展党员23名，其中农村女性8名、城镇女性5名；女性占30.43%。") == []


def test_a_base_written_inside_zhan_de():
    # 22 ÷ 28 = 78.571% → 78.6; 1250 ÷ 5110 = 24.46%; 1.34 ÷ 6.07 = 22.08% → 22.1
    text = "全年评选星级党支部共22个，占全镇党支部总数（28个）的78.5%。"
    assert found(text) == [("error", "78.5%", 1, text.index("78.5%") + 1,
                            "占比填写为 78.5%，按 22 个 ÷ 28 个 计算应为 78.57%", ("22个", "28个"))]
    assert found(text.replace("78.5%", "78.6%")) == []
    text = "年内化解1250万元，占年初债务余额5110万元的25.4%。"
    assert found(text) == [("error", "25.4%", 1, text.index("25.4%") + 1,
                            "占比填写为 25.4%，按 1250 万元 ÷ 5110 万元 计算应为 24.46%", ("1250万元", "5110万元"))]
    assert found("全镇耕地6.07万亩，退耕1.34万亩，占耕地面积6.07万亩的22.1%。") == []
    assert found("年内化解1250万元，约占年初债务余额5110万元的25.4%。") == []


def test_a_bare_share_with_two_figures_before_it_that_could_be_its_base():
    # 2940 ÷ 3684 = 79.80%: of the events reported, not of the 3621 settled
    text = "上报各类事件3684件，办结3621件，办结率98.3%；其中在网格内自行解决2940件，占79.8%。"
    assert found(text) == []
    assert [f[:2] for f in found(text.replace("79.8%", "78.9%"))] == [("error", "78.9%")]


def test_a_part_named_again_as_a_share_of_the_total_named_otherwise():
    # 13 ÷ 63 = 20.63%
    text = "受理群众来信来访63件次，其中来信9件、来访41件次、网上信访13件，网上信访占信访总量的20.5%。"
    assert found(text) == [("error", "20.5%", 1, text.index("20.5%") + 1,
                            "占比填写为 20.5%，按 网上信访 13 件 ÷ 63 件 计算应为 20.63%", ("13件", "63件"))]
    # a part whose words only end in the name is not it: 深度贫困村 is no name for 贫困村
    assert found("全乡有11个贫困村，其中深度贫困村4个，贫困村占全乡行政村总数的61.1%。") == []


def test_a_total_named_by_总量_is_what_the_list_before_adds_up_to():
    # 23 + 98 + 65 = 186; 17 ÷ 186 = 9.1398% → 9.14 (not 17 ÷ 65, the list's last item named 网上信访)
    text = "受理信访事项186件，来信23件，来访98件，网上信访65件。重复信访17件，占信访总量的9.41%。"
    assert [(f.severity, f.message) for f in check_text(text) if f.rule == "share"] == [
        ("error", "占比填写为 9.41%，按 17 件 ÷ 186 件 计算应为 9.14%")]
    assert [f for f in check_text(text.replace("9.41%", "9.14%")) if f.rule == "share"] == []


def test_shares_named_by_subjects_whose_figures_are_sentences_before_are_not_paired_by_position():
    # 39.8 ÷ 58.6 = 67.92% and 14.3 ÷ 58.6 = 24.40%: right; the last two figures before 分别占
    # (农业项目3个、投资4.5亿元) are not the ones named
    text = ("全年共引进项目27个，协议总投资58.6亿元。其中：工业项目15个、投资39.8亿元；现代服务业项目9个、"
            "投资14.3亿元；农业项目3个、投资4.5亿元。工业项目和现代服务业项目投资分别占协议总投资的67.9%和24.4%。")
    assert [f for f in check_text(text) if f.rule == "share"] == []


@pytest.mark.parametrize("text", [
    # each part's share after its change: 126 ÷ 215 = 58.60%, 89 ÷ 215 = 41.40%
    "全年出生215人，其中一孩出生为126人，比去年同期增加7人，占出生总数的58.60%；"
    "二孩出生为89人，比去年同期减少46人，占出生总数的41.40%。",
])
def test_a_share_after_a_change_is_the_levels_over_the_total(text):
    assert [f for f in check_text(text) if f.rule == "share"] == []


def test_a_wrong_share_after_a_change_names_the_level_and_the_total():
    text = ("全年出生215人，其中一孩出生为126人，比去年同期增加7人，占出生总数的58.60%；"
            "二孩出生为89人，比去年同期减少46人，占出生总数的44.10%。")
    assert [(f.severity, f.message) for f in check_text(text) if f.rule == "share"] == [
        ("error", "占比填写为 44.10%，按 89 人 ÷ 215 人 计算应为 41.40%")]


def test_a_share_of_总数_in_a_sentence_opened_by_the_figure_its_parts_are_among():
    # 126 ÷ 215 = 58.60%, 89 ÷ 215 = 41.40% (not over 计划内出生213人 a line before, nor over 126)
    text = ("全年出生人数为215人，计划内出生213人。\n在出生的215人当中，一孩出生为126人，比去年同期增加7人，"
            "占出生总数的58.60%；二孩出生为89人，比去年同期减少46人，占出生总数的41.40%。")
    assert [f for f in check_text(text) if f.rule == "share"] == []
    wrong = text.replace("41.40%", "44.10%")
    assert [(f.severity, f.message) for f in check_text(wrong) if f.rule == "share"] == [
        ("error", "占比填写为 44.10%，按 89 人 ÷ 215 人 计算应为 41.40%")]


def test_a_share_after_a_bracket_breaking_down_the_figure_before_it():
    # 178 ÷ 280 = 63.57% → 64%; not the bracket's last part (120)
    text = "计划任务280亩，已经完成178亩(其中新建58亩,续建120亩),占任务数的64%。"
    assert [f for f in check_text(text) if f.rule in ("share", "target")] == []


def test_a_base_named_人口_is_the_figure_named_without_口():
    # 287 ÷ 3826 = 7.5013% → 7.5 (7.4 written); 老年人口 names 60周岁以上老年人3,826人
    text = ("全乡总人口19421人，其中60周岁以上老年人3,826人，占总人口的19.7%；80周岁以上高龄老人512人，"
            "占老年人口的13.4%；失能半失能老人287人，占老年人口的7.4%。")
    assert [(f.severity, f.message) for f in check_text(text) if f.rule == "share"] == [
        ("error", "占比填写为 7.4%，按 287 人 ÷ 3826 人 计算应为 7.50%")]


def test_each_part_of_a_sentence_opened_by_qizhong():
    # 4 ÷ 21 = 19.05%, 5 ÷ 21 = 23.81%, 2 ÷ 21 = 9.52%
    text = "我乡发展党员21人。其中经济能人4人，占18.2%；致富能手5人，占22.8%；流通能人2人，占9.2%。"
    assert [(f[0], f[1], f[4]) for f in found(text)] == [
        ("error", "18.2%", share("18.2%", "4 人", "21 人", "19.05")),
        ("error", "22.8%", share("22.8%", "5 人", "21 人", "23.81")),
        ("error", "9.2%", share("9.2%", "2 人", "21 人", "9.52")),
    ]


def test_a_pinyin_gloss_inside_the_target_aside():
    # 任務(wù)數: the gloss is read as spaces; the target is still an aside, the base 20593: 4412 ÷ 20593 = 21.42%
    text = "完成20593萬元,占區政府下達任務(wù)數3億元的68.64%,其中:產業項目投資4412萬元,比重達23.23%。"
    assert [(f[0], f[1], f[4]) for f in found(text)] == [
        ("error", "23.23%", share("23.23%", "4412 万元", "20593 万元", "21.42"))]


def test_parts_with_shares_over_the_earlier_figure_they_add_up_to():
    # 755 + 20 + 234 + 130 = 1139 exactly, so 1139 is their total: 234 ÷ 1139 = 20.54% (20.6 written)
    text = "全镇贫困户1139户。\n二、致贫原因\n因病致贫755户占66.3%，因学20户占1.76%，因无劳动力致贫234户占20.6%，因残130户占11.4%。"
    assert [(f[0], f[1], f[4], f[5]) for f in found(text)] == [
        ("error", "20.6%", share("20.6%", "234 户", "1139 户", "20.54"), ("234户", "1139户"))]
    assert found(text.replace("20.6%", "20.5%")) == []


@pytest.mark.parametrize("text", [
    # the parts add up to no earlier figure: the base is not known
    "全镇贫困户1200户。因病致贫755户占66.3%，因学20户占1.76%，因无劳动力致贫234户占20.6%，因残130户占11.4%。",
    # two parts only: a sum of two matches too easily
    "全镇贫困户989户。因病致贫755户占66.3%，因无劳动力致贫234户占20.6%。",
])
def test_parts_with_shares_and_no_total_they_add_up_to(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # 共 of 中共党员 names no total: the shares are of a total not in the sentence
    "代表结构为：中共党员代表3200人，占72.68%；妇女代表1422人，占32.3%。",
    # a change of the share, not a share
    "共选举产生成员77人，其中女性干部41人，占比较上一届提高16%。",
    "共有干部77人，女性41人，占比提高16%。",
])
def test_words_that_only_look_like_a_total_or_a_share(text):
    assert found(text) == []


def test_a_total_before_a_list_of_party_members():
    # 1422 ÷ 4403 = 32.30% (33.3 written); 3200 ÷ 4403 = 72.68% holds
    text = "共选出代表4403人，其中中共党员代表3200人，占72.68%；妇女代表1422人，占33.3%。"
    assert [(f[0], f[1], f[4]) for f in found(text)] == [
        ("error", "33.3%", share("33.3%", "1422 人", "4403 人", "32.30"))]


@pytest.mark.parametrize("text,quote,message", [
    # 仅占 / 只占 state a share as exactly as 占: 214 ÷ 1847 = 11.59%
    ("共有党员1847名，其中女党员214名，仅占11.5%。", "11.5%", share("11.5%", "214 名", "1847 名", "11.59")),
    ("共有党员1847名，其中女党员214名，只占8.5%。", "8.5%", share("8.5%", "214 名", "1847 名", "11.59")),
    # 占收购总量的 names 共收购烟叶: 63.23 ÷ 76.06 = 83.13% (the figures' rounding allows 83.12–83.14)
    ("共收购烟叶76.06万担，已交接烟叶63.23万担，占收购总量的83.09%。", "83.09%",
     share("83.09%", "63.23 万担", "76.06 万担", "83.13")),
])
def test_shares_said_with_an_adverb_or_over_a_total_said_by_its_verb(text, quote, message):
    assert [(f[0], f[1], f[4]) for f in found(text)] == [("error", quote, message)]


def test_a_rough_share_stays_quiet():
    assert found("共有党员1847名，其中女党员214名，约占12%。") == []


def test_a_part_naming_another_figure_than_the_sentence_before():
    # 其中…新签约项目58个 is of 新签约项目219个, not of 新建项目222个 just before: nothing is said
    assert found("全市新签约项目219个。新建项目222个。其中来自沪苏浙的新签约项目58个、占比26.5%。") == []


@pytest.mark.parametrize("text", [
    # two shares matched in order by 分别 (respective.py), not each of the figure just before
    "其中党员总人数为521人，男性党员、女性党员分别为485人和36人，占党员总数的比重为93.09%和6.91%。",
    # the 其中 sentence is about what an earlier sentence named (新签约), not the sentence just before
    "全市新签约项目219个，总投资1115.2亿元。新落地项目159个，总投资614.9亿元。预计全市新建省外投资项目222个，"
    "实际到位省外资金867.1亿元。其中来自沪苏浙的新签约项目58个、占比26.5%，总投资355.1亿元、占比31.8%。",
])
def test_shares_of_other_figures_than_the_nearest(text):
    assert found(text) == []


def test_the_figure_named_by_the_shares_noun_alone():
    # 占党员的: 党员601名, not 男党员511名 (90 ÷ 601 = 14.98% → 15%)
    assert found("有党员601名，男党员511名，女党员90名，占党员的15%。") == []
    assert [(f[0], f[4]) for f in found("有党员601名，男党员511名，女党员90名，占党员的17%。")] == [
        ("error", share("17%", "90 名", "601 名", "14.98"))]


def test_shares_within_the_rounding_of_figures_in_wan():
    # 2.34万 ÷ 4.62万 lies between 50.49% and 50.81%: 50.60% holds, though 2.34/4.62 = 50.65%
    assert found("总人口4.62万人，男性2.34万人，占50.60%；女性2.28万人，占49.40%。") == []


@pytest.mark.parametrize("text", [
    "总人口4567人。总人口中非农业1025人，占22.4%，农业3551人，占77.6%。",
    "总人口4567人。总人口中，非农业1025人，占22.4%，农业3551人，占77.6%。",
])
def test_a_sentence_opened_by_the_total_its_parts_are_among(text):
    # 3551 ÷ 4567 = 77.75% (77.6 written); 1025 ÷ 4567 = 22.44% holds
    assert [(f[0], f[1], f[4]) for f in found(text)] == [
        ("error", "77.6%", share("77.6%", "3551 人", "4567 人", "77.75"))]


def test_a_share_of_the_population_stated_sections_before():
    # 1555 ÷ 59507 = 2.613% → 2.61 (2.62 written): the one 总人口 of the text, far away: a warning
    text = "全镇总人口为59507人。\n二、人口结构\n第二种人有1555人，占总人口的2.62%。"
    assert [(f[0], f[4]) for f in found(text)] == [
        ("warning", "占比填写为 2.62%，按 1555 人 ÷ 总人口 59507 人 计算应为 2.61%")]
    # two figures so named: which one is meant is not known
    assert found("全镇总人口59507人。全县总人口30万人。\n二、\n第二种人有1555人，占总人口的2.62%。") == []
    # the total in another paragraph (18642 ÷ 40260 = 46.30%)
    assert [(f[0], f[1]) for f in found("全镇总人口40260人。\n少数民族人口18642人，占总人口的43.6%。")] == [
        ("warning", "43.6%")]


def test_a_share_in_latin_units():
    # 91.17 ÷ 96.86 = 94.1255% → 94.13% (94.12% cuts it off): 万t is 万吨, as a bulletin writes it
    text = "全县水果产量91.17万t，占全市水果产量96.86万t的94.12%。"
    assert found(text) == [("warning", "94.12%", 1, 30,
                            "占比填写为 94.12%，按 91.17 万t ÷ 96.86 万t 计算应为 94.13%",
                            ("91.17万t", "96.86万t"))]


def test_a_base_named_by_the_words_after_its_figure():
    # 184 ÷ 193 = 95.34%: 所有成员 are the 193名居委会成员 (named after the figure, 所有 a scope word)
    text = "产生193名居委会成员，其中大专以上学历184人，占所有成员的93.8%。"
    assert found(text) == [("warning", "93.8%", 1, 32, "占比填写为 93.8%，按 184 人 ÷ 所有成员 193 名 计算应为 95.34%",
                            ("184人", "193名"))]
    assert found("产生193名居委会成员，其中大专以上学历184人，占所有成员的95.3%。") == []


def test_a_second_split_of_the_total_in_the_sentence_before():
    # 54 + 19 + 3 = 76 split by schooling, its shares hold (71.05→71, 25.00→25, 3.95→4); the next
    # sentence splits the 76 by sex: 59 + 17 = 76, so its bare 占比 are of the 76 too.
    # 59 ÷ 76 = 77.63% → 77.6 (not 77.7); 17 ÷ 76 = 22.37% → 22.4 (not 22.3)
    first = "班子成员共76人，其中大专文化程度54人，占比71%；本科文化程度19人，占比25%；研究生文化程度3人，占比4%。"
    text = first + "女性59人，占比77.7%；男性17人，占比22.3%。"
    assert found(text) == [
        ("warning", "77.7%", 1, 67, "占比填写为 77.7%，按 59 人 ÷ 76 人 计算应为 77.63%", ("59人", "76人")),
        ("warning", "22.3%", 1, 81, "占比填写为 22.3%，按 17 人 ÷ 76 人 计算应为 22.37%", ("17人", "76人"))]
    assert found(first + "女性59人，占比77.6%；男性17人，占比22.4%。") == []
    # parts that do not make the total: another base (of what, the text does not say)
    assert found(first + "女性50人，占比77.7%；男性17人，占比22.3%。") == []
    # a new paragraph starts afresh
    assert found(first + "\n女性59人，占比77.7%；男性17人，占比22.3%。") == []


def test_shares_of_a_total_named_otherwise_whose_parts_make_it():
    # 占承办总数的: no figure is named 承办; the six parts make 93 exactly (25+26+13+19+4+6), so the
    # shares are of the 93. 25 ÷ 93 = 26.88% (26.8% cuts it off); 19 ÷ 93 = 20.43% and 4 ÷ 93 = 4.30% hold
    text = ("代表建议93件，其中财政经济方面25件，占承办总数的26.8%；农业农村方面26件，占承办总数的28.0%；"
            "城建环资方面13件，占承办总数的14.0%；教科文卫方面19件，占承办总数的20.4%；内务司法方面4件，"
            "占承办总数的4.3%；社会建设方面6件，占承办总数的6.5%。")
    assert [(f[0], f[1], f[4]) for f in found(text)] == [
        ("error", "26.8%", "占比填写为 26.8%，按 25 件 ÷ 93 件 计算应为 26.88%")]


def test_a_base_named_in_another_years_sentence_is_not_the_shares():
    # 2016年…共出生二孩6.44万人 is another year's count: 5.9 ÷ 6.44 = 91.61% says nothing of 今年's 63%
    text = ("2016年全市户籍人口共出生二孩6.44万人，同比增加4.05万人。今年1-10月份，全市户籍人口中二孩出生"
            "5.9万人，占出生总数的比例达到63%。")
    assert found(text) == []


def test_a_share_after_a_list_is_of_the_list_together():
    # 2 + 12 + 17 = 31; 31 ÷ 59 = 52.542% (the last item alone: 17 ÷ 59 = 28.81%)
    text = "全镇党员59人。党员年龄结构：35岁以下的19人，占党员总数的32.2%，36~45岁的2人，46~54岁的12人，55~59岁的17人，占党员总数的52%。"
    [(severity, quote, _line, _col, message, related)] = found(text)
    assert (severity, quote, related) == ("error", "52%", ("17人", "59人"))
    assert message == "占比填写为 52%，按 2 + 12 + 17 = 31 人 ÷ 59 人 计算应为 52.54%"
    assert found(text.replace("52%", "52.5%")) == []  # 52.542 rounds to 52.5: the list's share holds

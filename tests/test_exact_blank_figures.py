"""Figures deleted with their units left (完成率%, 兑付资金万元): each finding's place, quote and
message, and the shapes that look alike but hold a figure or no figure at all."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "blank-figure"]


def found(text):
    return [(f.severity, f.quote, f.location.column, f.message) for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title, RULE.family) == ("blank-figure", "error", "数字缺失", "figures")


def test_units_left_without_their_figures():
    text = "验收6137座，兑付资金万元；无害卫生厕所改建任务完成率%；覆盖率达到%。"
    assert found(text) == [
        ("error", "资金万元", 11, "“兑付资金万元”：万元前缺少数字，像是数字被删去后未填写"),
        ("error", "率%", 28, "“改建任务完成率%”：%前缺少数字，像是数字被删去后未填写"),
        ("error", "达到%", 34, "“覆盖率达到%”：%前缺少数字，像是数字被删去后未填写"),
    ]


@pytest.mark.parametrize("text", [
    "无害卫生厕所改建任务完成率100%；覆盖率达到95%。",
    "项目名称　　计划投资万元　　完成率%\n甲项目　　420　　39.6%",  # column headers
    "村名\t投资万元\t完成率%",
    "扶持年收入万元以上的大户12户。",
    "全乡为人民群众办实事12件，惠及群众3200人。",
    "坚持以人为本，完成人居环境整治。",
    "增长(%)、金额（万元）",
])
def test_figures_present_or_no_figure_meant(text):
    assert found(text) == []


def test_a_rate_achieved_with_its_figure_deleted():
    text = "全镇村党组织书记和村委会主任“一肩挑”比例实现%。"
    assert found(text) == [("error", "实现%", 22, "“比例实现%”：%前缺少数字，像是数字被删去后未填写")]


@pytest.mark.parametrize("text,quote", [
    ("　　全区出生率为‰。", "为‰"),  # a paragraph's indent is no table's column gap
    ("粮食播种面积万亩。", "面积万亩"),
    ("国家级公益林占林地面积的%。", "的%"),
])
def test_more_deleted_figures(text, quote):
    assert [f[:2] for f in found(text)] == [("error", quote)]


@pytest.mark.parametrize("text", ["扶持种植面积万亩以上的大户", "他的%", "项目名称　　计划投资万元　　完成率%"])
def test_not_deleted_figures(text):
    assert found(text) == []


def blank(words, quote, column, unit):
    return ("error", quote, column, f"“{words}”：{unit}前缺少数字，像是数字被删去后未填写")


@pytest.mark.parametrize("text, expected", [
    ("粮食产量万吨，同比增长5%。", [blank("粮食产量万吨", "产量万吨", 3, "万吨")]),
    ("实现税收万元，同比增长3%。", [blank("实现税收万元", "税收万元", 3, "万元")]),
    ("养殖业人均增收元。", [blank("养殖业人均增收元", "增收元", 6, "元")]),
    ("生猪饲养量头，出栏5000头。", [blank("生猪饲养量头", "饲养量头", 3, "头")]),
    ("总人口万人。", [blank("总人口万人", "人口万人", 2, "万人")]),
    ("早稻面积3万亩，比上年增加万亩，平均单产公斤。", [blank("比上年增加万亩", "增加万亩", 12, "万亩"),
                                        blank("平均单产公斤", "单产公斤", 19, "公斤")]),
    # a space or a lone decimal point where the figure was
    ("辖区总面积为 平方公里。", [blank("辖区总面积为 平方公里", "为 平方公里", 6, "平方公里")]),
    ("参选率达.%，比上届高出.个百分点。", [blank("参选率达.%", "达.%", 4, "%"),
                                  blank("比上届高出.个百分点", "高出.个百分点", 11, "个百分点")]),
    # the unit alone between commas
    ("开工建设346户，%，其中完工101户。", [blank("建设346户，%", "%", 10, "%")]),
    ("实现收入,万元,同比增长8%。", [blank("实现收入,万元", "万元", 6, "万元")]),
])
def test_more_figures_deleted(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "全镇总人口3万人，粮食产量5万吨。",
    "扶持年收入万元以上的大户12户。",
    "（单位：万元，%）",
    "比上年增加万元户12户。",
    "开工建设346户，完工101户，%为竣工率的单位。",
])
def test_figures_and_words_that_look_alike(text):
    assert found(text) == []


def test_a_space_where_a_count_was():
    text = "村民选举委员会由 人组成，设主任1名，副主任 名，委员 名。"
    assert [(f[1], f[2]) for f in found(text)] == [(" 人", 9), (" 名", 23), (" 名", 28)]


@pytest.mark.parametrize("text", [
    "民 生 实 事 完 成 情 况 共 计 人。",  # a copy that spaces its characters out
    "实现所有脱贫户稳定脱贫，脱贫 户、边缘户人均纯收入达到9500元。",  # a noun of a list, a stray space
    "村民选举委员会由7人组成，设主任1名，副主任2名。",
])
def test_spaces_that_are_no_blanks(text):
    assert found(text) == []


def test_many_blanks_on_one_line_are_each_said():
    # blanks with spaces are not a spaced-out copy: most characters have no space after them
    text = "上半年完成企业总产值 亿元，完成工业总产值 亿元，实现农民人均收入 元，同比增长 %。"
    assert [f[1] for f in found(text)] == ["产值 亿元", "产值 亿元", "收入 元", "增长 %"]


@pytest.mark.parametrize("text, quotes", [
    ("全区常住人口为人，增加了人。", ["为人", "增加了人"]),
    ("全镇共植烟 亩，烟叶特产税 万元。", [" 亩", " 万元"]),
    ("全镇小麦成灾面积 亩，绝收面积2000亩。", ["面积 亩"]),  # one finding for one blank
])
def test_blanks_after_more_words(text, quotes):
    assert [f[1] for f in found(text)] == quotes


@pytest.mark.parametrize("text, quotes", [
    ("全镇完成总产值190亿元，与去年同期相比增长26.1。", ["26.1"]),
    ("其中工业产值113亿元，占全镇总产值的59.5。", ["59.5"]),
    ("同比增长52.07，完成年度计划92.13。", ["52.07", "92.13"]),
])
def test_a_percent_sign_left_off(text, quotes):
    assert [(f[0], f[1]) for f in found(text)] == [("warning", q) for q in quotes]
    assert found(text)[0][3].endswith("数字后缺少单位，像是漏写了“%”")


@pytest.mark.parametrize("text", [
    "同比增长26.1%，占全镇总产值的59.5%。",
    "年均增长2，",  # a small whole number may be a count whose word was left off
    "增长3倍，比上年增长1.2万人。",
])
def test_units_present_or_not_sure(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "性别比比上次普查下降0.17。",  # a ratio changes by a bare number
    "农产品加工增值率：年均增长0.2，2012年提高到2.0以上。",
    "工业产值占全镇比重提高2.1。",
])
def test_ratios_change_without_a_percent(text):
    assert found(text) == []


@pytest.mark.parametrize("text, quote", [
    ("全村2325人，其中贫困人口2118人，占全村总人口91。", "91"),
    ("贫困发生率3458，较上年下降。", "3458"),
    ("流动人口管理到位率达98。", "98"),
    ("小学入学率100，初中入学率100。", "100"),
])
def test_a_rate_or_share_without_its_percent(text, quote):
    assert (found(text)[0][0], found(text)[0][1]) == ("warning", quote)


@pytest.mark.parametrize("text", ["总和生育率1.8，", "性别比为104.1，", "覆盖率达到95%。", "增值率为2.0，"])
def test_rates_written_as_ratios_or_with_their_percent(text):
    assert found(text) == []


def test_blank_percent_before_yishang_and_sizes_that_are_words():
    assert [f[1] for f in found("累计回收率达%以上。")] == ["达%"]
    assert found("片区已落户投资亿元以上项目5个。") == []  # 亿元以上: a size, not a blank
    assert [(f[0], f[1]) for f in found("调处矛盾纠纷36件，调解成功35件，调解成功率达99。")] == [("warning", "99")]


def test_a_unit_split_from_its_multiplier_by_a_line_break():
    # 危房改造 xx.x 万⏎元: the 万 ends the figure's blank, which the placeholder check names
    assert found("危房改造 12.5 万\n元。") == []


def test_a_per_mille_left_off():
    assert [f[3].rsplit("“", 1)[-1] for f in found("人口出生率7.26，人口自然增长率2.68。")] == ["‰”", "‰”"]
    assert found("人口出生率7.26‰，人口自然增长率2.68‰。") == []


def test_a_figure_whose_whole_part_was_lost():
    assert [(f.severity, f.quote) for f in check_text("通过引进新型主体参与土地流转，共流转土地.65亩。", rules=(RULE,))] == [
        ("warning", ".65亩")]
    assert [(f.severity, f.quote) for f in check_text("年底常住人口为.29万人，占全县的12.5%。", rules=(RULE,))] == [
        ("warning", ".29万人")]


@pytest.mark.parametrize("text", [
    "共流转土地0.65亩。",
    "(三)排查隐患.对林区开展排查,发现隐患156处.65户已整改.",  # the point ends sentences in this copy
    "版本号为v.65，共3人。",
])
def test_a_point_that_is_no_lost_figure(text):
    assert check_text(text, rules=(RULE,)) == []


def test_a_unit_left_off_one_item_of_a_list_named_alike():
    from township_app.checks import check_text, default_rules

    [rule] = [r for r in default_rules() if r.id == "blank-figure"]
    text = "其中，第一产业增加值2.9亿元，增长3.7%；第二产业增加值28.4，增长4.5%；第三产业增加值18.2亿元，增长6.1%。"
    found = [(f.quote, f.message) for f in check_text(text, rules=(rule,))]
    assert found == [("28.4", "“第二产业增加值28.4”：数字后缺少单位，同类各项均为“亿元”，像是漏写了“亿元”")]
    # items in two units, or named otherwise: no unit to say
    assert check_text("第一产业增加值2.9亿元，第二产业增加值28.4，第三产业增加值18.2万元。", rules=(rule,)) == []
    assert check_text("东门村人口2100人，西门村收入88，南门村人口1900人。", rules=(rule,)) == []

"""The sum rule (a total and its breakdown), each finding whole: severity, the quoted total
where it stands in the text, the parts it is compared with, and the computed sum in the message.

Every sum below was added up by hand (shown in the comments), not read from the rule:
16 + 25 + 10 + 14 = 65 户 holds, 53 + 95 + 48 + 46 = 242 人 falls one short of 243.
"""
import pytest

from township_app.checks import check_text, default_rules
from township_app.checks.rules.breakdowns import complementary, text_breakdowns
from township_app.checks.rules.slip_shapes import typo_like

[RULE] = [r for r in default_rules() if r.id == "sum"]


def found(text):
    """(severity, quoted total, line, column, message, quoted parts) for each finding."""
    lines = text.split("\n")

    def quote_at(loc):
        return lines[loc.line - 1][loc.column - 1:loc.column - 1 + loc.length]

    return [(f.severity, f.quote, f.location.line, f.location.column, f.message,
             [quote_at(r) for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def spots(text):
    """(quoted total, quoted parts) for each finding: where the window underlines."""
    return [(f[1], f[5]) for f in found(text)]


def breakdowns_in(text):
    """(total, parts, strength) for each breakdown the rule reads, each figure quoted.

    The other sum-like rules read these too (change_sums, named_rates, repeats)."""
    return [(text[t.start:t.end], [text[p.start:p.end] for p in parts], strength)
            for t, parts, strength in text_breakdowns(text)]


def at(text, quote, line=1):
    """Column (1-based) of the quote's first appearance in its line: where the window underlines."""
    row = text.split("\n")[line - 1]
    assert quote in row
    return row.index(quote) + 1


def warn_short(total, unit, parts, shown_sum):
    """The 其中 warning for parts that fall short of the total by what looks like a slip."""
    terms = " + ".join(parts)
    return (f"所列各项之和为 {shown_sum} {unit}（{terms}），少于总数 {total} {unit}；"
            f"若还有未列出的分项请忽略，否则请核对")


def warn_over(total, unit, parts, shown_sum):
    terms = " + ".join(parts)
    return (f"所列各项之和为 {shown_sum} {unit}（{terms}），超过总数 {total} {unit}；"
            f"若各项有交叉请忽略，否则请核对")


def total_short(total, unit, parts, shown_sum):
    """共…其中 parts short of the total: a warning."""
    terms = " + ".join(parts)
    return (f"分项之和为 {shown_sum} {unit}（{terms}），少于总数 {total} {unit}；"
            f"若还有未列出的分项请忽略，否则请核对")


def mismatch(total, unit, parts, shown_sum):
    """Parts that are the whole (分别为, 合计, 已/未, the rest) and do not add up: an error."""
    terms = " + ".join(parts)
    return f"分项之和为 {shown_sum} {unit}（{terms}），与总数 {total} {unit} 不符"


# ---------------------------------------------------------------- the rule's failing examples

def test_parts_joined_by_list_commas_exceed_a_plain_total():
    text = "全镇共有中小学7所，在校学生3426人，其中小学生2158人、初中生1286人，专任教师251人。"
    # 2158 + 1286 = 3444 > 3426; 专任教师 is another fact (the 、-list ended at ，)
    assert found(text) == [("warning", "3426人", 1, at(text, "3426人"),
                            warn_over("3426", "人", ["小学生 2158", "初中生 1286"], "3444"),
                            ["2158人", "1286人"])]


def test_households_add_up_and_people_fall_one_short():
    text = ("共完成易地搬迁65户243人，其中县城集中安置16户53人，集镇集中安置25户95人，"
            "自购房10户48人，分散自建14户46人。")
    # 户: 16 + 25 + 10 + 14 = 65 holds, so every part is listed; 人: 53 + 95 + 48 + 46 = 242 ≠ 243
    assert found(text) == [("error", "243人", 1, at(text, "243人"),
                            mismatch("243", "人", ["县城集中安置 53", "集镇集中安置 95", "自购房 48",
                                                      "分散自建 46"], "242"),
                            ["53人", "95人", "48人", "46人"])]


def test_households_short_by_one_people_hold():
    text = "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人，三类低保37户95人。"
    # 户: 27 + 63 + 37 = 127 (128 − 1); 人: 41 + 95 + 95 = 231 holds, so every part is listed
    assert found(text) == [("error", "128户", 1, at(text, "128户"),
                            mismatch("128", "户", ["一类低保 27", "二类低保 63", "三类低保 37"], "127"),
                            ["27户", "63户", "37户"])]


def test_done_and_not_done_are_the_whole_in_each_unit():
    text = "全乡建档立卡贫困户共615户2096人，已脱贫426户1506人，未脱贫191户596人。"
    # 426 + 191 = 617 ≠ 615; 1506 + 596 = 2102 ≠ 2096
    assert found(text) == [
        ("error", "615户", 1, at(text, "615户"),
         mismatch("615", "户", ["已脱贫 426", "未脱贫 191"], "617"), ["426户", "191户"]),
        ("error", "2096人", 1, at(text, "2096人"),
         mismatch("2096", "人", ["已脱贫 1506", "未脱贫 596"], "2102"), ["1506人", "596人"]),
    ]


def test_a_category_and_its_negation_are_the_whole():
    text = "实现危房改造109户，其中贫困户82户，非贫困户28户。"
    # 82 + 28 = 110 ≠ 109: no 共, but 贫困户/非贫困户 leave nothing out
    assert found(text) == [("error", "109户", 1, at(text, "109户"),
                            mismatch("109", "户", ["贫困户 82", "非贫困户 28"], "110"), ["82户", "28户"])]


def test_parts_over_a_total_written_after_a_comma():
    text = ("全乡建档立卡234户，729人，其中脱贫户217户676人，脱贫不稳定户3户13人，"
            "边缘易致贫户14户42人，突发困难户4户13人。")
    # 户: 217 + 3 + 14 + 4 = 238 > 234; 人: 676 + 13 + 42 + 13 = 744 > 729
    assert found(text) == [("warning", "234户", 1, at(text, "234户"),
                            warn_over("234", "户", ["脱贫户 217", "脱贫不稳定户 3", "边缘易致贫户 14",
                                                    "突发困难户 4"], "238"),
                            ["217户", "3户", "14户", "4户"]),
                           ("warning", "729人", 1, at(text, "729人"),
                            warn_over("729", "人", ["脱贫户 676", "脱贫不稳定户 13", "边缘易致贫户 42",
                                                    "突发困难户 13"], "744"),
                            ["676人", "13人", "42人", "13人"])]


def test_households_short_by_a_slip():
    text = "监测对象42户138人，其中脱贫不稳定户16户61人，边缘易致贫户15户46人，突发严重困难户9户31人。"
    # 户: 16 + 15 + 9 = 40 (42 with one digit changed); 人: 61 + 46 + 31 = 138 holds: all listed
    assert found(text) == [("error", "42户", 1, at(text, "42户"),
                            mismatch("42", "户", ["脱贫不稳定户 16", "边缘易致贫户 15", "突发严重困难户 9"],
                                       "40"),
                            ["16户", "15户", "9户"])]


def test_posts_counted_as_people():
    text = "开发公益性岗位56个，其中安排乡村保洁员31人，护林员26人。"
    # 31 + 26 = 57 > 56; 个 and 人 both count people, the parts shown with their own unit
    assert found(text) == [("warning", "56个", 1, at(text, "56个"),
                            warn_over("56", "个", ["安排乡村保洁员 31 人", "护林员 26 人"], "57"),
                            ["31人", "26人"])]


def test_respectively_is_the_whole():
    text = "投入资金合计100万元，分别为甲村40万元，乙村50万元。"
    # 40 + 50 = 90 ≠ 100
    assert found(text) == [("error", "100万元", 1, at(text, "100万元"),
                            mismatch("100", "万元", ["甲村 40", "乙村 50"], "90"), ["40万元", "50万元"])]


def test_a_total_after_its_parts():
    text = "甲村10户、乙村20户，合计31户。"
    # 10 + 20 = 30 ≠ 31
    assert found(text) == [("error", "31户", 1, at(text, "31户"),
                            mismatch("31", "户", ["甲村 10", "乙村 20"], "30"), ["10户", "20户"])]


def test_one_part_over_its_total():
    text = "共有党员50名，其中女党员60名。"
    assert found(text) == [("error", "50名", 1, at(text, "50名"), "分项 60 名 超过总数 50 名", ["60名"])]


def test_parts_over_a_stated_total_are_an_error():
    text = "共投入资金500万元，其中县级资金300万元，乡级资金250万元。"
    # 300 + 250 = 550 > 500 (共: parts can never add up to more)
    assert found(text) == [("error", "500万元", 1, at(text, "500万元"),
                            mismatch("500", "万元", ["县级资金 300", "乡级资金 250"], "550"),
                            ["300万元", "250万元"])]


def test_其中_opening_the_next_sentence():
    text = ("全镇实现地区生产总值8620万元。其中：第一产业3410万元，第二产业2875万元，第三产业2345万元，"
            "农民人均纯收入8120元。")
    # 3410 + 2875 + 2345 = 8630 > 8620 (总值: a total); 人均 ends the list
    assert found(text) == [("error", "8620万元", 1, at(text, "8620万元"),
                            mismatch("8620", "万元", ["第一产业 3410", "第二产业 2875", "第三产业 2345"], "8630"),
                            ["3410万元", "2875万元", "2345万元"])]


def test_parts_in_a_bracket():
    text = "全村土地面积5630亩（耕地2410亩，林地3390亩），森林覆盖率62%。"
    # 2410 + 3390 = 5800 > 5630
    assert found(text) == [("warning", "5630亩", 1, at(text, "5630亩"),
                            warn_over("5630", "亩", ["耕地 2410", "林地 3390"], "5800"),
                            ["2410亩", "3390亩"])]


def test_two_digits_swapped():
    text = "享受临时救助人数352人，其中县级救助235人，乡级救助90人。"
    # 235 + 90 = 325: 352 with its last two digits swapped
    assert found(text) == [("warning", "352人", 1, at(text, "352人"),
                            warn_short("352", "人", ["县级救助 235", "乡级救助 90"], "325"),
                            ["235人", "90人"])]


def test_a_second_split_by_sex():
    text = "上半年共出生新生儿146人，其中一孩98人，二孩48人；男孩79人，女孩57人。"
    # 98 + 48 = 146 holds; the 男/女 pair splits 146 again: 79 + 57 = 136 does not
    assert breakdowns_in(text) == [("146人", ["98人", "48人"], "total"), ("146人", ["79人", "57人"], "some")]
    assert spots(text) == [("146人", ["79人", "57人"])]


def test_其中_inside_a_bracket():
    text = "共有低保户156户(其中:一类低保38户、二类低保65户、三类低保63户)。"
    # 38 + 65 + 63 = 166 > 156
    assert found(text) == [("warning", "156户", 1, at(text, "156户"),
                            warn_over("156", "户", ["一类低保 38", "二类低保 65", "三类低保 63"], "166"),
                            ["38户", "65户", "63户"])]


def test_a_bracket_broken_over_lines_in_another_unit():
    text = "规模以上企业完成产值1.5亿元(甲公司52310千元,乙\n\n公司43860千元,丙公司8830千元),规模以下完成0.9亿元。"
    # 52310 + 43860 + 8830 = 105000 千元 = 1.05 亿元: 1.5 with a 0 dropped; a part is named
    # by the words on its own line (公司)
    message = warn_short("1.5", "亿元", ["甲公司 52310 千元", "公司 43860 千元", "丙公司 8830 千元"], "1.05")
    assert found(text) == [("warning", "1.5亿元", 1, at(text, "1.5亿元"), message,
                            ["52310千元", "43860千元", "8830千元"])]


def test_reached_and_not_reached():
    text = "共检测农户饮用水120户，其中达标102户，未达标17户。"
    # 102 + 17 = 119 ≠ 120
    assert found(text) == [("error", "120户", 1, at(text, "120户"),
                            mismatch("120", "户", ["达标 102", "未达标 17"], "119"), ["102户", "17户"])]


def test_done_and_the_rest():
    text = "全镇共有农村户厕2860户，已完成改厕2314户，其余564户将于年内完成改造。"
    # 2314 + 564 = 2878 ≠ 2860
    assert found(text) == [("error", "2860户", 1, at(text, "2860户"),
                            mismatch("2860", "户", ["已完成改厕 2314", "其余 564"], "2878"),
                            ["2314户", "564户"])]


def test_done_and_not_done_worded_differently():
    text = "全镇共有农村户厕2860户，已完成改厕2314户，未改厕564户。"
    assert found(text) == [("error", "2860户", 1, at(text, "2860户"),
                            mismatch("2860", "户", ["已完成改厕 2314", "未改厕 564"], "2878"),
                            ["2314户", "564户"])]


def test_其中_after_a_line_break():
    text = "全乡共有低保户128户，\n其中一类低保27户，二类低保63户，三类低保37户。"
    # 27 + 63 + 37 = 127
    assert found(text) == [("warning", "128户", 1, at(text, "128户"),
                            total_short("128", "户", ["一类低保 27", "二类低保 63", "三类低保 37"], "127"),
                            ["27户", "63户", "37户"])]


def test_a_narrower_part_is_not_added():
    text = "全年流动人口1946人，其中流出1925人，跨省流出1115人，流入17人。"
    # 1925 + 17 = 1942 (跨省流出 is within 流出): 1946 with one digit changed
    assert found(text) == [("warning", "1946人", 1, at(text, "1946人"),
                            warn_short("1946", "人", ["流出 1925", "流入 17"], "1942"), ["1925人", "17人"])]


def test_a_nested_其中_is_skipped_and_the_rest_makes_the_whole():
    text = "全年共发放临时救助资金48.6万元，其中：因病救助31.2万元，其中大病救助19.5万元；因灾救助9.8万元；其他救助6.7万元。"
    # 31.2 + 9.8 + 6.7 = 47.7 ≠ 48.6 (19.5 is within 31.2, and alone falls short quietly)
    assert found(text) == [("error", "48.6万元", 1, at(text, "48.6万元"),
                            mismatch("48.6", "万元", ["因病救助 31.2", "因灾救助 9.8", "其他救助 6.7"], "47.7"),
                            ["31.2万元", "9.8万元", "6.7万元"])]


def test_one_part_a_line():
    text = ("全年共发放各类涉农补贴资金1856.4万元，具体为：\n耕地地力保护补贴1203.5万元；\n"
            "农机购置补贴421.6万元；\n生态公益林补偿240.3万元。")
    # 1203.5 + 421.6 + 240.3 = 1865.4 ≠ 1856.4
    assert found(text) == [("error", "1856.4万元", 1, at(text, "1856.4万元"),
                            mismatch("1856.4", "万元", ["耕地地力保护补贴 1203.5", "农机购置补贴 421.6",
                                                        "生态公益林补偿 240.3"], "1865.4"),
                            ["1203.5万元", "421.6万元", "240.3万元"])]


def test_among_a_named_part():
    text = "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户；未脱贫户中，因病致贫89户，因残致贫47户，缺劳力87户。"
    # 1032 + 214 = 1246 holds; 89 + 47 + 87 = 223 > 214
    assert found(text) == [("warning", "214户", 1, at(text, "214户"),
                            warn_over("214", "户", ["因病致贫 89", "因残致贫 47", "缺劳力 87"], "223"),
                            ["89户", "47户", "87户"])]


def test_其中_after_a_growth_rate():
    text = ("2022年全镇GDP达15.6亿元，增长6.5%；其中第一产业增加值4.2亿元，增长4.1%；第二产业增加值6.8亿元，"
            "增长7.9%；第三产业增加值5.0亿元，增长6.8%。")
    # 4.2 + 6.8 + 5.0 = 16.0 > 15.6 (at most 15.85 as rounded): the three industries are the
    # whole, no overlap can explain it, so an error
    assert found(text) == [("error", "15.6亿元", 1, at(text, "15.6亿元"),
                            "分项之和为 16 亿元（第一产业增加值 4.2 + 第二产业增加值 6.8 + 第三产业增加值 5.0），"
                            "与总数 15.6 亿元 不符",
                            ["4.2亿元", "6.8亿元", "5.0亿元"])]


def test_a_sentence_listing_items_and_the_rest():
    text = "上半年全镇财政收入96.5万元。国税收入21.3万元、地税收入30.2万元、其它收入46万元。"
    # 21.3 + 30.2 + 46 = 97.5 ≠ 96.5 (46 allows 45.5 to 46.5: the sum at most 98.1, at least 96.9)
    assert found(text) == [("error", "96.5万元", 1, at(text, "96.5万元"),
                            mismatch("96.5", "万元", ["国税收入 21.3", "地税收入 30.2", "其它收入 46"], "97.5"),
                            ["21.3万元", "30.2万元", "46万元"])]


def test_parts_with_their_own_bracketed_breakdown():
    text = "全镇共有贫困户320户，其中：东村110户（其中已脱贫80户，未脱贫30户）；西村120户（其中已脱贫100户，未脱贫20户）；南村100户。"
    # 110 + 120 + 100 = 330 > 320; inside the brackets 80 + 30 = 110 and 100 + 20 = 120 hold
    assert found(text) == [("error", "320户", 1, at(text, "320户"),
                            mismatch("320", "户", ["东村 110", "西村 120", "南村 100"], "330"),
                            ["110户", "120户", "100户"])]


# ---------------------------------------------------------------- how far the parts reach

def test_a_single_part_said_to_be_the_whole():
    text = "投入资金合计100万元，分别为甲村40万元。"
    assert found(text) == [("error", "100万元", 1, at(text, "100万元"), "分项 40 万元 与总数 100 万元 不符",
                            ["40万元"])]


def test_exactly_seven_tenths_that_look_like_a_slip():
    # 60 + 45 = 105 = 0.7 × 150, and 105 is 150 with its last two digits swapped: still "most of it"
    text = "共有脱贫户150户，其中甲村60户，乙村45户。"
    assert found(text) == [("warning", "150户", 1, at(text, "150户"),
                            total_short("150", "户", ["甲村 60", "乙村 45"], "105"), ["60户", "45户"])]
    text = "全镇脱贫户150户，其中甲村60户，乙村45户。"
    assert found(text) == [("warning", "150户", 1, at(text, "150户"),
                            warn_short("150", "户", ["甲村 60", "乙村 45"], "105"), ["60户", "45户"])]


@pytest.mark.parametrize("text", [
    # 30 + 20 = 50: 500 with a 0 dropped, but a tenth of it: some notable subsets
    "共有党员500名，其中女党员30名，少数民族党员20名。",
    "全镇党员500名，其中女党员30名，少数民族党员20名。",
    # 300 + 150 = 450: close, but not a slip of the keyboard (500 → 450 changes two digits)
    "共投入资金500万元，其中县级资金300万元，乡级资金150万元。",
    "全镇投入资金500万元，其中县级资金300万元，乡级资金150万元。",
    # 一孩 99 of 146: a single part short of a plain total says nothing
    "上半年出生新生儿146人，其中一孩99人。",
    # about 50: approximate figures are not added up
    "共有党员约50名，其中女党员30名，少数民族党员30名。",
    "共有党员50名，其中女党员约30名，少数民族党员30名。",
])
def test_short_or_approximate_parts_stay_quiet(text):
    assert found(text) == []


def test_a_change_between_parts_is_not_a_part():
    text = "共投入资金500万元，其中县级资金300万元，比上年增50万元，乡级资金210万元。"
    # 300 + 210 = 510 > 500 (the 50 is 县级资金's change)
    assert found(text) == [("error", "500万元", 1, at(text, "500万元"),
                            mismatch("500", "万元", ["县级资金 300", "乡级资金 210"], "510"),
                            ["300万元", "210万元"])]


def test_a_rate_between_parts_is_skipped():
    text = "全镇出生人口82人，其中一孩66人，占80.5%，二孩17人。"
    # 66 + 17 = 83 > 82
    assert found(text) == [("warning", "82人", 1, at(text, "82人"),
                            warn_over("82", "人", ["一孩 66", "二孩 17"], "83"), ["66人", "17人"])]


def test_a_figure_in_another_unit_ends_the_parts():
    text = "共投入资金500万元，其中县级资金300万元，乡级资金250万元，带动就业120人。"
    # 300 + 250 = 550 > 500; 120人 is not one of the parts
    assert found(text) == [("error", "500万元", 1, at(text, "500万元"),
                            mismatch("500", "万元", ["县级资金 300", "乡级资金 250"], "550"),
                            ["300万元", "250万元"])]


def test_a_running_total_ends_the_parts():
    # 800 + 400 = 1200 of 1320 (no slip); 累计资助 300 is another fact, not a third part
    assert found("全镇共有学生1320人，其中小学生800人，初中生400人，累计资助300人。") == []


def test_a_part_and_its_negation_are_not_a_narrowing():
    text = "全村共有农户320户，其中贫困户82户，非贫困户236户。"
    # 82 + 236 = 318 ≠ 320: 非贫困户 ends with 贫困户 but is its complement, not a kind of it
    assert found(text) == [("error", "320户", 1, at(text, "320户"),
                            mismatch("320", "户", ["贫困户 82", "非贫困户 236"], "318"), ["82户", "236户"])]


def test_the_fourth_part_of_another_kind_ends_the_list():
    # 第一/二/三产业 3410 + 2875 + 2335 = 8620 holds; 财政收入 is no 产业
    assert found("全镇实现地区生产总值8620万元。其中：第一产业3410万元，第二产业2875万元，"
                 "第三产业2335万元，财政收入500万元。") == []
    text = "全镇实现地区生产总值8620万元。其中：第一产业3410万元，第二产业2875万元，第三产业2345万元，财政收入500万元。"
    # 3410 + 2875 + 2345 = 8630 > 8620
    assert found(text) == [("error", "8620万元", 1, at(text, "8620万元"),
                            mismatch("8620", "万元", ["第一产业 3410", "第二产业 2875", "第三产业 2345"], "8630"),
                            ["3410万元", "2875万元", "2345万元"])]


def test_a_part_with_its_own_其中_and_no_semicolon_ends_the_list():
    # after 因病救助's own 其中 nothing says where the outer list goes on, so 31.2 + 9.8 = 41 is not
    # held against 40; inside, 19.5 + 9.8 = 29.3 falls short of 31.2 quietly
    assert found("全年共发放临时救助资金40万元，其中因病救助31.2万元，其中大病救助19.5万元，因灾救助9.8万元。") == []


@pytest.mark.parametrize("text", [
    # 31.2 after a ；is itself a part: its 其中 list (19.5) ends at the next ；, 15 is the outer list's
    "全年发放救助资金48.6万元；因病救助31.2万元，其中大病救助19.5万元；重病救助15万元。",
    # 2100 + 4500 would be over 3200, but 林地 after the ；is the outer list's
    "全镇土地面积8000亩；耕地面积3200亩，其中水田2100亩；林地面积4500亩。",
])
def test_a_breakdown_after_a_semicolon_is_nested_and_ends_at_the_next(text):
    assert found(text) == []


def test_shares_that_add_up_to_the_whole_do_not_mean_overlap():
    text = "全年到位资金12.36亿元。其中省外资金7.42亿元，占60.0%；市外资金5.06亿元，占41.0%。"
    # 60.0 + 41.0 = 101 (not over 101: rounding); 7.42 + 5.06 = 12.48 > 12.36
    assert found(text) == [("warning", "12.36亿元", 1, at(text, "12.36亿元"),
                            warn_over("12.36", "亿元", ["省外资金 7.42", "市外资金 5.06"], "12.48"),
                            ["7.42亿元", "5.06亿元"])]


def test_overlapping_attributes_stay_quiet_unless_the_parts_are_the_whole():
    assert found("今年已完成党员发展任务6名，其中35周岁以下的5名，大专以上学历的3名。") == []
    text = "今年发展党员合计6名，分别为35周岁以下的5名，大专以上学历的3名。"
    # 分别为: the parts are the whole, whatever they are called: 5 + 3 = 8 ≠ 6
    assert found(text) == [("error", "6名", 1, at(text, "6名"),
                            mismatch("6", "名", ["35周岁以下的 5", "大专以上学历的 3"], "8"), ["5名", "3名"])]


# ---------------------------------------------------------------- brackets

def test_respectively_in_a_bracket_is_the_whole():
    text = "两村土地面积合计5630亩（分别为甲村2410亩、乙村3200亩）。"
    # 2410 + 3200 = 5610 ≠ 5630 (with a plain bracket a one-digit slip would be a warning)
    assert found(text) == [("error", "5630亩", 1, at(text, "5630亩"),
                            mismatch("5630", "亩", ["甲村 2410", "乙村 3200"], "5610"), ["2410亩", "3200亩"])]


def test_bracketed_parts_counted_as_people_and_averages_left_out():
    text = "全村党员58名（其中农民党员32人、机关党员30人，人均年龄52岁）。"
    # 32 + 30 = 62 > 58 (名 and 人 both count people)
    assert found(text) == [("warning", "58名", 1, at(text, "58名"),
                            warn_over("58", "名", ["农民党员 32 人", "机关党员 30 人"], "62"), ["32人", "30人"])]
    text = "全村土地面积5630亩（耕地2410亩，林地3390亩，人均耕地2亩）。"
    # 2410 + 3390 = 5800 > 5630; 人均 is no part
    assert found(text) == [("warning", "5630亩", 1, at(text, "5630亩"),
                            warn_over("5630", "亩", ["耕地 2410", "林地 3390"], "5800"), ["2410亩", "3390亩"])]


@pytest.mark.parametrize("text", [
    # a running total in the bracket is no part of this year's figure
    "今年完成植树造林1200亩（累计完成造林5000亩）。",
    # a bracket after a comma is no aside to the figure before it
    "全村土地面积5630亩，（耕地2410亩，林地3390亩）。",
])
def test_brackets_that_are_no_breakdown(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # no close and no sentence end: the bracket ends at its line
    "全村土地面积5630亩（耕地2410亩，林地3390亩\n另有荒山800亩",
    # a sentence end inside an unclosed bracket ends it
    "全村土地面积5630亩（耕地2410亩，林地3390亩。另有荒山800亩。",
    # _bracket_end's docstring: "unclosed, it ends at its line", also when a sentence end follows
    # on the next line
    "全村土地面积5630亩（耕地2410亩，林地3390亩\n另有荒山800亩。",
])
def test_an_unclosed_bracket_ends_at_its_line(text):
    # 2410 + 3390 = 5800 > 5630; 800 on the next line is not in the bracket
    assert found(text) == [("warning", "5630亩", 1, at(text, "5630亩"),
                            warn_over("5630", "亩", ["耕地 2410", "林地 3390"], "5800"), ["2410亩", "3390亩"])]


# ---------------------------------------------------------------- 合计 after its parts

@pytest.mark.parametrize("text", [
    # 共10户 opens the list: the 合计 restates 4 + 5, not 10 + 4 + 5
    "全镇共10户，甲村4户、乙村5户，合计9户。",
    # a clause without figures ends the parts: 5 is not added to 10 + 20
    "今年新建住房5户，群众居住条件明显改善，甲村10户、乙村20户，合计30户。",
    # nor does a figure of the sentence before or one in another unit
    "全镇新建住房5户。甲村10户、乙村20户，合计30户。",
    "甲村投入资金50万元，甲村10户、乙村20户，合计30户。",
    # one part before a 合计 is no list
    "甲组完成改厕10户，合计12户。",
    # an average is no total
    "甲村耕地1000亩、乙村耕地2000亩，合计人均1.5亩。",
])
def test_a_合计_that_is_not_checked(text):
    assert found(text) == []


# ---------------------------------------------------------------- 已/未 without 其中

@pytest.mark.parametrize("text", [
    # no 共: not known to be the whole
    "全乡建档立卡贫困户615户，已脱贫426户，未脱贫191户。",
    # the second half in another sentence, or after a clause without figures
    "全乡建档立卡贫困户共615户，已脱贫426户。未脱贫191户。",
    "全乡贫困户共615户，已脱贫426户，正在巩固提升，未脱贫191户。",
    # only one figure after the total
    "共有党员50名，女党员20名。",
])
def test_complementary_parts_not_checked(text):
    assert found(text) == []


# ---------------------------------------------------------------- 男/女 splits

def test_a_sex_split_right_after_其中_is_reported_once():
    text = "共有学生1320人，其中男生702人，女生620人。"
    # 702 + 620 = 1322 > 1320
    assert found(text) == [("error", "1320人", 1, at(text, "1320人"),
                            mismatch("1320", "人", ["男生 702", "女生 620"], "1322"), ["702人", "620人"])]


@pytest.mark.parametrize("text", [
    # no 共 before the pair: it may split 二孩
    "上半年出生新生儿146人，其中一孩98人，二孩48人；男孩79人，女孩57人。",
    # the total in the sentence before
    "全年共出生146人。男孩79人，女孩57人。",
])
def test_a_later_sex_split_not_checked(text):
    assert found(text) == []


# ---------------------------------------------------------------- one part a line

def test_one_part_a_line_after_其中_with_and_without_a_total_word():
    text = "全乡共有低保户128户，其中：\n一类低保27户；\n二类低保63户；\n三类低保37户。"
    # 27 + 63 + 37 = 127
    assert found(text) == [("warning", "128户", 1, at(text, "128户"),
                            total_short("128", "户", ["一类低保 27", "二类低保 63", "三类低保 37"], "127"),
                            ["27户", "63户", "37户"])]
    text = "全乡低保户128户，其中：\n一类低保27户；\n二类低保63户；\n三类低保37户。"
    assert found(text) == [("warning", "128户", 1, at(text, "128户"),
                            warn_short("128", "户", ["一类低保 27", "二类低保 63", "三类低保 37"], "127"),
                            ["27户", "63户", "37户"])]
    assert breakdowns_in(text) == [("128户", ["27户", "63户", "37户"], "some")]


def test_one_part_a_line_after_an_ascii_colon():
    text = "全年发放补贴资金1856.4万元，具体为:\n耕地地力保护补贴1203.5万元；\n农机购置补贴421.6万元；\n生态公益林补偿240.3万元。"
    # 1203.5 + 421.6 + 240.3 = 1865.4 ≠ 1856.4
    assert found(text) == [("error", "1856.4万元", 1, at(text, "1856.4万元"),
                            mismatch("1856.4", "万元", ["耕地地力保护补贴 1203.5", "农机购置补贴 421.6",
                                                        "生态公益林补偿 240.3"], "1865.4"),
                            ["1203.5万元", "421.6万元", "240.3万元"])]


def test_one_part_a_line_ends_at_a_line_of_another_unit():
    # 1203.5 + 421.6 + 240.3 = 1865.4 holds; the households are not money
    assert found("全年共发放各类涉农补贴资金1865.4万元，具体为：\n耕地地力保护补贴1203.5万元；\n农机购置补贴421.6万元；\n"
                 "生态公益林补偿240.3万元；\n惠及农户3200户。") == []


# ---------------------------------------------------------------- a list closed by 其它

@pytest.mark.parametrize("text", [
    # two items are no list
    "上半年全镇财政收入96.5万元。国税收入51.3万元、其它收入46万元。",
    # two figures 收入 in the sentence before: which one is listed is not known
    "上半年全镇财政收入96.5万元，税收收入50.5万元。国税收入21.3万元、地税收入30.2万元、其它收入46万元。",
    # an average among the items: not a list of parts
    "上半年全镇财政收入96.5万元。国税收入21.3万元、人均收入0.5万元、其它收入46万元。",
])
def test_a_remainder_list_not_checked(text):
    assert found(text) == []


# ---------------------------------------------------------------- 其中 after a change, a rate or a target

def test_其中_after_a_rate_in_the_sentence_before():
    text = "全镇实现工农业总产值23364万元，完成年度任务的112.33%。其中：农业产值14520万元，工业产值8854万元。"
    # 14520 + 8854 = 23374 > 23364 (总产值: a total)
    assert found(text) == [("error", "23364万元", 1, at(text, "23364万元"),
                            mismatch("23364", "万元", ["农业产值 14520", "工业产值 8854"], "23374"),
                            ["14520万元", "8854万元"])]


def test_其中_after_a_change_breaks_down_the_level():
    text = "全乡贫困户1246户，比上年减少120户，其中已脱贫户1032户，未脱贫户220户。"
    # 1032 + 220 = 1252 ≠ 1246 (已/未: the whole)
    assert found(text) == [("error", "1246户", 1, at(text, "1246户"),
                            mismatch("1246", "户", ["已脱贫户 1032", "未脱贫户 220"], "1252"),
                            ["1032户", "220户"])]
    text = "全镇户籍人口23586人，较上年减少126人，其中男性12103人、女性11493人。"
    # 12103 + 11493 = 23596 ≠ 23586; the change 126 is not what they break down
    assert breakdowns_in(text) == [("23586人", ["12103人", "11493人"], "whole")]
    assert spots(text) == [("23586人", ["12103人", "11493人"])]
    text = "全镇共有户籍人口23586人，较上年减少126人，其中男性12103人、女性11493人。"
    assert found(text) == [("error", "23586人", 1, at(text, "23586人"),
                            mismatch("23586", "人", ["男性 12103", "女性 11493"], "23596"),
                            ["12103人", "11493人"])]


def test_parts_over_both_levels_before_a_rate():
    text = "排查矛盾纠纷248件，调解成功241件，调解成功率97.2%。其中婚姻家庭类86件、邻里纠纷74件、土地山林权属纠纷52件、其他纠纷46件。"
    # 86 + 74 + 52 + 46 = 258: neither 248 nor 241; 258 is 248 with one digit changed (a slip
    # of the keyboard), 241 is not: held against 248, and 其他纠纷 closes the list
    assert found(text) == [("error", "248件", 1, at(text, "248件"),
                            "分项之和为 258 件（婚姻家庭类 86 + 邻里纠纷 74 + 土地山林权属纠纷 52 + 其他纠纷 46），"
                            "与总数 248 件 不符", ["86件", "74件", "52件", "46件"])]
    # the parts fit the first level: quiet
    assert found(text.replace("46件", "36件")) == []


def test_parts_of_the_level_a_rate_is_of_and_a_swapped_part():
    # 1680 + 856 + 200 = 2736; with 865 for 856 it is 2745, the funds in place (not 3260 planned)
    text = "计划投资3260万元，已到位资金2745万元，到位率84.2%；其中中央和省级资金1680万元，县级资金856万元，镇级自筹200万元。"
    assert found(text) == [("error", "2745万元", 1, at(text, "2745万元"),
                            "分项之和为 2736 万元（中央和省级资金 1680 + 县级资金 856 + 镇级自筹 200），与总数 2745 万元 不符",
                            ["1680万元", "856万元", "200万元"])]
    assert found(text.replace("856万元", "865万元")) == []


# ---------------------------------------------------------------- a list that ended at ；

def test_parts_go_on_past_an_exact_prefix_without_a_semicolon():
    text = "全镇在校生0.236万人，其中义务教育学段在校生0.215万人，学前0.03万人，教职工0.021万人。"
    # 0.215 + 0.03 + 0.021 = 0.266 > 0.236 (a name over 8 characters is left out of the message)
    assert found(text) == [("warning", "0.236万人", 1, at(text, "0.236万人"),
                            warn_over("0.236", "万人", ["0.215万人", "学前 0.03万人", "教职工 0.021万人"], "0.266"),
                            ["0.215万人", "0.03万人", "0.021万人"])]


def test_a_part_that_is_all_of_the_total_leaves_the_rest_to_another_kind():
    # 义务教育学段在校生 0.236 is every pupil: 教职工 beside it is no part (nothing to say)
    assert found("全镇在校生0.236万人，其中义务教育学段在校生0.236万人，教职工0.021万人。") == []


def test_a_unit_the_parts_lack_is_not_compared():
    text = "共有低保128户231人，其中一类低保27户，二类低保63户，三类低保37户。"
    # 户: 27 + 63 + 37 = 127; the parts give no 人
    assert found(text) == [("warning", "128户", 1, at(text, "128户"),
                            total_short("128", "户", ["一类低保 27", "二类低保 63", "三类低保 37"], "127"),
                            ["27户", "63户", "37户"])]


# ---------------------------------------------------------------- false alarms found meanwhile

def test_a_bracket_inside_a_bracket_breaks_down_its_part():
    # 2410 + 3220 = 5630 holds; 水田 1200 is within 耕地 2410
    assert found("全村土地面积5630亩（耕地2410亩（其中水田1200亩），林地3220亩），森林覆盖率62%。") == []


def test_one_part_a_line_ends_with_its_sentence():
    # 1203.5 + 421.6 + 240.3 = 1865.4 holds; the next paragraph is another fact
    assert found("全年共发放各类涉农补贴资金1865.4万元，具体为：\n耕地地力保护补贴1203.5万元；\n农机购置补贴421.6万元；\n"
                 "生态公益林补偿240.3万元。\n全年另争取上级项目资金500万元。") == []


# ---------------------------------------------------------------- the helpers other rules use

@pytest.mark.parametrize("written,computed", [
    ("441", "414"),  # two digits swapped
    ("4558", "4568"),  # one digit changed
    ("1.2", "1.12"),  # one digit added (the point does not count)
    ("1.12", "1.2"),  # one dropped
    ("1234", "134"),  # dropped in the middle
    ("123", "132"),
    ("0.45", "0.54"),
])
def test_typo_like(written, computed):
    assert typo_like(written, computed)


@pytest.mark.parametrize("written,computed", [
    ("414", "414"),  # the same
    ("12.0", "120"),  # the same digits
    ("0.5", "5"),  # leading zeros do not count: the same digits
    ("0", "1"),  # nothing left of 0
    ("1", "0"),
    ("123", "321"),  # swapped but not side by side
    ("1234", "1432"),
    ("123", "145"),  # two digits changed
    ("123", "142"),  # the first of the pair matches, the second not
    ("123", "134"),  # the second matches, the first not
    ("12", "1234"),  # two digits more
    ("1234", "12"),
    ("1234", "1253"),  # one digit changed and one moved
    ("12.5", "1.25"),  # the same digits, the point moved
    ("5", "0.5"),
    ("1234", "125"),  # one digit fewer, but not by dropping one
])
def test_not_typo_like(written, computed):
    assert typo_like(written, computed) is False


@pytest.mark.parametrize("a,b", [
    ("已脱贫", "未脱贫"),
    ("其中已完成改厕", "未改厕"),
    ("已完成", "尚未完成"),
    ("贫困户", "非贫困户"),
    ("达标", "未达标"),
    ("合格", "不合格"),
    ("已改造", "其余"),
    ("已改造", "剩余"),
    ("完成", "其他"),
    ("已建", "未建成"),  # 已 and one character: done and not done, worded differently
])
def test_complementary(a, b):
    assert complementary(a, b)


@pytest.mark.parametrize("a,b", [
    ("未脱贫", "已脱贫"),  # order matters: the done part first
    ("已", "未脱贫"),  # 已 alone names nothing
    ("", "其余"),
    ("", "非"),
    ("贫困户", "非"),
    ("达标", "不达"),
    ("一类低保", "二类低保"),
    ("男性", "女性"),
    ("脱贫", "不稳定脱贫"),
    ("已脱贫", "脱贫"),  # the same words without 已 are no complement
    ("贫困户", "贫困户"),  # nor the same words twice
    ("贫困户", "未脱贫户"),  # 未 before other words: a subset, not the rest
])
def test_not_complementary(a, b):
    assert complementary(a, b) is False


# ---------------------------------------------------------------- "X中，" after X

def test_among_a_named_part_ends_at_a_change():
    text = "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户；未脱贫户中：因病致贫89户，因残致贫47户，缺劳力87户，比上年减少20户。"
    # 89 + 47 + 87 = 223 > 214; the change 20 is no part
    assert found(text) == [("warning", "214户", 1, at(text, "214户"),
                            warn_over("214", "户", ["因病致贫 89", "因残致贫 47", "缺劳力 87"], "223"),
                            ["89户", "47户", "87户"])]


@pytest.mark.parametrize("text", [
    # the named figure is in the paragraph before
    "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户。\n未脱贫户中，因病致贫89户，因残致贫47户，缺劳力87户。",
    # the parts count people, the named figure households
    "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户；未脱贫户中，因病致贫189人，因残致贫47人。",
    # one part is no list
    "全乡贫困户1246户，其中已脱贫户1032户，未脱贫户214户；未脱贫户中，因病致贫289户。",
])
def test_among_not_checked(text):
    assert found(text) == []


# ---------------------------------------------------------------- 男/女 named alike

@pytest.mark.parametrize("male,female", [("户籍男性", "户籍女性"), ("留守男孩", "留守女孩"), ("在校男生", "在校女生"),
                                         ("男职工", "女职工")])
def test_a_later_sex_split_of_a_stated_total(male, female):
    text = f"全镇共有人口23586人，其中城镇人口8000人，农村人口15586人；{male}12103人，{female}11493人。"
    # 8000 + 15586 = 23586 holds; the pair splits 23586 again: 12103 + 11493 = 23596 does not
    assert breakdowns_in(text) == [("23586人", ["8000人", "15586人"], "total"),
                                   ("23586人", ["12103人", "11493人"], "some")]
    assert spots(text) == [("23586人", ["12103人", "11493人"])]


# ---------------------------------------------------------------- where a list ends

def test_an_exact_prefix_ends_the_list_only_at_a_semicolon():
    # 0.236 = 0.236 and an ASCII ; after it: 教职工 is another statement
    assert found("全镇在校生0.236万人，其中义务教育学段在校生0.236万人;教职工0.021万人。") == []
    text = "共有低保户50户，其中一类低保20户，二类低保30户，三类低保10户；另有五保户5户。"
    # 20 + 30 = 50 at a comma, the list goes on: 20 + 30 + 10 = 60 ≠ 50
    assert found(text) == [("error", "50户", 1, at(text, "50户"),
                            mismatch("50", "户", ["一类低保 20", "二类低保 30", "三类低保 10"], "60"),
                            ["20户", "30户", "10户"])]


def test_shares_just_over_the_whole_mean_overlap():
    # 60.0 + 41.5 = 101.5 > 101: one part contains the other
    assert found("全年到位资金12.36亿元。其中省外资金7.42亿元，占60.0%；市外资金5.13亿元，占41.5%。") == []


def test_a_bracketed_figure_is_no_level_to_break_down():
    text = "全镇完成固定资产投资5.6亿元（含续建项目，新建项目3.1亿元），增长12%，其中：工业投资3.3亿元，农业投资2.5亿元。"
    # 3.3 + 2.5 = 5.8 > 5.6 (the bracketed 3.1 is an aside, not the total)
    assert found(text) == [("warning", "5.6亿元", 1, at(text, "5.6亿元"),
                            warn_over("5.6", "亿元", ["工业投资 3.3", "农业投资 2.5"], "5.8"),
                            ["3.3亿元", "2.5亿元"])]


def test_a_line_with_two_figures_ends_the_one_a_line_list():
    # the first line's 1000 is within 1203.5: where the list goes on is not known, so nothing is added
    assert found("全年共发放各类涉农补贴资金1856.4万元，具体为：\n耕地地力保护补贴1203.5万元，其中中央资金1000万元；\n"
                 "农机购置补贴421.6万元；\n生态公益林补偿240.3万元。") == []


def test_a_remainder_list_in_mixed_units():
    text = "上半年全镇财政收入96.5万元。国税收入21.3万元、地税收入30.2万元、其它收入460000元。"
    # 21.3 + 30.2 + 46 = 97.5 万元 ≠ 96.5 (each part shown as written)
    assert found(text) == [("error", "96.5万元", 1, at(text, "96.5万元"),
                            mismatch("96.5", "万元", ["国税收入 21.3 万元", "地税收入 30.2 万元", "其它收入 460000 元"],
                                     "97.5"),
                            ["21.3万元", "30.2万元", "460000元"])]


def test_parts_of_a_zero_total_in_another_unit():
    text = "开发公益性岗位0个，其中保洁员1人，护林员2人。"
    # 1 + 2 = 3 > 0
    assert found(text) == [("warning", "0个", 1, at(text, "0个"),
                            warn_over("0", "个", ["保洁员 1 人", "护林员 2 人"], "3"), ["1人", "2人"])]


def test_the_rule_as_the_settings_list_names_it():
    assert (RULE.id, RULE.severity, RULE.title) == ("sum", "error", "总数与分项不符")


def test_one_part_over_its_total_even_when_parts_may_overlap():
    text = "共有党员50名，其中35周岁以下的60名。"
    # one part can never be more than the whole, whatever it is called
    assert found(text) == [("error", "50名", 1, at(text, "50名"), "分项 60 名 超过总数 50 名", ["60名"])]


def test_three_shares_over_the_whole_mean_overlap():
    assert found("全年到位资金12.36亿元。其中省外资金7.42亿元，占60.0%；市外资金9.86亿元，占78.8%；"
                 "外资1亿元，占8.1%。") == []


def test_an_exact_prefix_of_three_parts_ends_at_a_semicolon():
    # 0.136 + 0.1 = 0.236 and a ；: the list ended there
    assert found("全镇在校生0.236万人，其中小学在校生0.136万人，初中在校生0.1万人；教职工0.021万人，行政人员0.005万人。") == []


def test_a_sex_split_right_after_a_stated_total():
    text = "全镇共有学生1320人，男生702人，女生620人。"
    # 702 + 620 = 1322 ≠ 1320
    assert breakdowns_in(text) == [("1320人", ["702人", "620人"], "some")]
    assert spots(text) == [("1320人", ["702人", "620人"])]


def test_a_sex_split_named_with_a_trailing_男_女():
    text = "全镇共有人口23586人，其中城镇人口8000人，农村人口15586人；户籍人口男12103人，户籍人口女11493人。"
    # 12103 + 11493 = 23596 ≠ 23586
    assert breakdowns_in(text) == [("23586人", ["8000人", "15586人"], "total"),
                                   ("23586人", ["12103人", "11493人"], "some")]
    assert spots(text) == [("23586人", ["12103人", "11493人"])]


def test_done_and_not_yet_done_are_complementary():
    assert complementary("完成", "尚未完成")


# ---------------------------------------------------------------- more of where parts begin and end

def test_其中_with_a_colon_before_done_and_not_done():
    text = "全乡贫困户1246户，其中：已脱贫户1032户，未脱贫户220户。"
    # 1032 + 220 = 1252 ≠ 1246; 其中： belongs to the first part's words, 已/未 still the whole
    assert found(text) == [("error", "1246户", 1, at(text, "1246户"),
                            mismatch("1246", "户", ["已脱贫户 1032", "未脱贫户 220"], "1252"),
                            ["1032户", "220户"])]


def test_a_space_before_其中():
    text = "共投入资金500万元， 其中县级资金300万元，乡级资金250万元。"
    assert found(text) == [("error", "500万元", 1, at(text, "500万元"),
                            mismatch("500", "万元", ["县级资金 300", "乡级资金 250"], "550"),
                            ["300万元", "250万元"])]
    text = "全年共发放临时救助资金48.6万元，其中：因病救助31.2万元， 其中大病救助19.5万元；因灾救助9.8万元；其他救助6.7万元。"
    # the part's own 其中 is skipped to the ；even after a space: 31.2 + 9.8 + 6.7 = 47.7
    assert found(text) == [("error", "48.6万元", 1, at(text, "48.6万元"),
                            mismatch("48.6", "万元", ["因病救助 31.2", "因灾救助 9.8", "其他救助 6.7"], "47.7"),
                            ["31.2万元", "9.8万元", "6.7万元"])]


def test_a_nested_total_after_a_semicolon_with_two_parts():
    text = "全镇耕地面积5630亩；水田面积3200亩，其中旱涝保收田2100亩，中低产田1150亩。"
    # 2100 + 1150 = 3250 > 3200
    assert found(text) == [("warning", "3200亩", 1, at(text, "3200亩"),
                            warn_over("3200", "亩", ["旱涝保收田 2100", "中低产田 1150"], "3250"),
                            ["2100亩", "1150亩"])]


def test_a_first_part_that_is_itself_a_running_total():
    assert found("全镇今年新增就业岗位320个，其中累计带动就业1500人。") == []


def test_items_joined_by_list_commas_count_even_when_worded_as_a_change():
    text = "全镇完成农村户厕改造380座，其中新建户厕215座、改造提升175座。"
    # 215 + 175 = 390 > 380: 改造提升 after 、 is one more item
    assert found(text) == [("warning", "380座", 1, at(text, "380座"),
                            warn_over("380", "座", ["新建户厕 215", "改造提升 175"], "390"), ["215座", "175座"])]
    text = "全镇完成农村户厕改造380座，其中新建户厕215座 、改造提升175座。"
    assert found(text) == [("warning", "380座", 1, at(text, "380座"),
                            warn_over("380", "座", ["新建户厕 215", "改造提升 175"], "390"), ["215座", "175座"])]
    text = "全镇完成农村户厕改造380座，其中新建户厕215座、同比增加20座、改造户厕175座。"
    # 同比增加 compares: the change 20 is skipped even after 、
    assert found(text) == [("warning", "380座", 1, at(text, "380座"),
                            warn_over("380", "座", ["新建户厕 215", "改造户厕 175"], "390"), ["215座", "175座"])]


def test_a_list_comma_list_goes_on_past_words_without_a_comma():
    # 2158 + 1286 + 300 = 3744 holds: 及 joins the third item without a ，
    assert found("全镇共有在校学生3744人，其中小学生2158人、初中生1286人及在园幼儿300人。") == []


def test_a_longer_name_narrowed():
    text = "全年流动人口1946人，其中外出务工1925人，跨省外出务工1115人，流入17人。"
    # 跨省外出务工 is within 外出务工: 1925 + 17 = 1942
    assert found(text) == [("warning", "1946人", 1, at(text, "1946人"),
                            warn_short("1946", "人", ["外出务工 1925", "流入 17"], "1942"), ["1925人", "17人"])]


def test_the_same_name_twice_is_not_a_narrowing():
    text = "全镇完成危房改造45户，其中改造30户，改造20户。"
    # 30 + 20 = 50 > 45
    assert found(text) == [("warning", "45户", 1, at(text, "45户"),
                            warn_over("45", "户", ["改造 30", "改造 20"], "50"), ["30户", "20户"])]


@pytest.mark.parametrize("text", [
    # households are not people, nor people households
    "全村共有农户320户，其中外出务工150人，在家务农200人。",
    "全镇共有驻村干部45人，其中联系农户320户。",
    # a share is no figure to add up
    "全镇森林覆盖达62%，其中甲村30%，乙村40%。",
    "全镇森林覆盖达62%（甲村30%，乙村40%）。",
])
def test_figures_that_do_not_add_up(text):
    assert found(text) == []


def test_a_single_bracketed_part_over_its_total():
    text = "全村土地面积5630亩（其中耕地6000亩）。"
    assert found(text) == [("error", "5630亩", 1, at(text, "5630亩"), "分项 6000 亩 超过总数 5630 亩", ["6000亩"])]


@pytest.mark.parametrize("length,parts,shown_sum", [
    # a bracket closing 199 characters after it opens holds 耕地 and 林地 only
    (199, ["耕地 2410", "林地 3390"], "5800"),
    # one closing 200 after is too long to be an aside: it is read to the end of its line
    # (800 is named by nothing short: its words run back to the bracket, so every part shows its unit)
    (200, ["耕地 2410亩", "林地 3390亩", "800亩"], "6600"),
])
def test_how_far_a_bracket_reaches(length, parts, shown_sum):
    head = "全村土地面积5630亩（耕地2410亩，林地3390亩，"
    opening = head.index("（")
    text = head + "山" * (opening + length - len(head)) + "）另有荒山800亩"
    assert text.index("）") - opening == length
    quotes = ["2410亩", "3390亩", "800亩"][:len(parts)]
    assert found(text) == [("warning", "5630亩", 1, at(text, "5630亩"),
                            warn_over("5630", "亩", parts, shown_sum), quotes)]


def test_a_list_of_two_sex_pairs():
    # 702 + 618 + 20 + 30 = 1370: a second 男/女 pair after a list opened by one goes on with it
    text = "全校共有师生1370人，其中男生702人，女生618人，男教师20人，女教师30人。"
    assert breakdowns_in(text)[0] == ("1370人", ["702人", "618人", "20人", "30人"], "total")


def test_a_later_sex_split_of_a_part_stays_quiet():
    # 30 + 12 = 42 splits 集中供养, not 186
    assert found("全镇共有特困供养人员186人，其中集中供养42人，男性30人，女性12人；分散供养144人。") == []


def test_a_space_before_the_bracket():
    text = "全村土地面积5630亩 （耕地2410亩，林地3390亩）。"
    # 2410 + 3390 = 5800 > 5630
    assert found(text) == [("warning", "5630亩", 1, at(text, "5630亩"),
                            warn_over("5630", "亩", ["耕地 2410", "林地 3390"], "5800"), ["2410亩", "3390亩"])]
    assert breakdowns_in(text) == [("5630亩", ["2410亩", "3390亩"], "some")]


def test_the_strength_each_breakdown_is_read_with():
    assert breakdowns_in("全镇脱贫户150户，其中甲村60户，乙村45户。") == [("150户", ["60户", "45户"], "some")]
    assert breakdowns_in("共有脱贫户150户，其中甲村60户，乙村45户。") == [("150户", ["60户", "45户"], "total")]
    assert breakdowns_in("两村土地面积合计5630亩（分别为甲村2410亩、乙村3200亩）。") == [
        ("5630亩", ["2410亩", "3200亩"], "whole")]


def test_four_parts_of_one_kind():
    text = "全乡共有低保户150户，其中一类低保27户，二类低保63户，三类低保37户，四类低保33户。"
    # 27 + 63 + 37 + 33 = 160 > 150
    assert found(text) == [("error", "150户", 1, at(text, "150户"),
                            mismatch("150", "户", ["一类低保 27", "二类低保 63", "三类低保 37", "四类低保 33"], "160"),
                            ["27户", "63户", "37户", "33户"])]


def test_a_one_character_first_name_does_not_make_a_kind():
    text = "全乡共有干部150人，其中：村80人，中心村30人，行政村20人，乡直单位25人。"
    # 80 + 30 + 20 + 25 = 155 > 150: 乡直单位 is not cut off as another kind
    assert found(text) == [("error", "150人", 1, at(text, "150人"),
                            mismatch("150", "人", ["村 80", "中心村 30", "行政村 20", "乡直单位 25"], "155"),
                            ["80人", "30人", "20人", "25人"])]


def test_其中_after_a_clause_without_figures_breaks_down_something_else():
    # 育苗面积 and 示范园 are the nursery's, not the 1200 亩 planted
    assert found("全镇完成植树造林1200亩，新建苗圃基地，其中育苗面积800亩，示范园500亩。") == []


def test_其中_after_a_lead_in_in_the_next_sentence():
    text = "全镇实现地区生产总值8620万元。分产业看，其中：第一产业3410万元，第二产业2875万元，第三产业2345万元。"
    # 3410 + 2875 + 2345 = 8630 > 8620
    assert found(text) == [("error", "8620万元", 1, at(text, "8620万元"),
                            mismatch("8620", "万元", ["第一产业 3410", "第二产业 2875", "第三产业 2345"], "8630"),
                            ["3410万元", "2875万元", "2345万元"])]


@pytest.mark.parametrize("text", [
    # the named figure right before: 129 + 97 = 226 > 214
    "全乡未脱贫户214户；未脱贫户中，因病致贫129户，因残致贫97户。",
    # another figure between: the one named 未脱贫户 is the total, not the one just before
    "全乡未脱贫户214户，返贫风险户30户；未脱贫户中，因病致贫129户，因残致贫97户。",
])
def test_among_two_parts(text):
    assert found(text) == [("warning", "214户", 1, at(text, "214户"),
                            warn_over("214", "户", ["因病致贫 129", "因残致贫 97"], "226"), ["129户", "97户"])]
    assert breakdowns_in(text) == [("214户", ["129户", "97户"], "some")]


def test_two_parts_a_line():
    text = "全年发放补贴资金1625.1万元，具体为：\n耕地地力保护补贴1203.5万元；\n农机购置补贴412.6万元。"
    # 1203.5 + 412.6 = 1616.1 ≠ 1625.1
    assert found(text) == [("error", "1625.1万元", 1, at(text, "1625.1万元"),
                            mismatch("1625.1", "万元", ["耕地地力保护补贴 1203.5", "农机购置补贴 412.6"], "1616.1"),
                            ["1203.5万元", "412.6万元"])]


def test_a_remainder_list_of_the_one_figure_named_alike():
    text = "上半年全镇财政收入96.5万元，投入项目资金50万元。国税收入21.3万元、地税收入30.2万元、其它收入46万元。"
    # only 财政收入 ends in 收入: 21.3 + 30.2 + 46 = 97.5 ≠ 96.5
    assert found(text) == [("error", "96.5万元", 1, at(text, "96.5万元"),
                            mismatch("96.5", "万元", ["国税收入 21.3", "地税收入 30.2", "其它收入 46"], "97.5"),
                            ["21.3万元", "30.2万元", "46万元"])]


def test_其中_opening_the_next_line():
    text = "全镇实现工农业总产值23364万元，完成年度任务的112.33%。\n其中：农业产值14520万元，工业产值8854万元。"
    # 14520 + 8854 = 23374 > 23364
    assert found(text) == [("error", "23364万元", 1, at(text, "23364万元"),
                            mismatch("23364", "万元", ["农业产值 14520", "工业产值 8854"], "23374"),
                            ["14520万元", "8854万元"])]


def test_the_next_sentence_breaks_down_the_last_level_only():
    # 15000 + 6000 = 21000 (常住人口) holds; 户籍人口 23586 is not what 其中 breaks down
    assert found("全镇户籍人口23586人，常住人口21000人。其中：农业人口15000人，非农业人口6000人。") == []


def test_the_rest_in_the_next_sentence_makes_the_whole_once():
    text = "全镇实现地区生产总值8620万元。其中：第一产业3410万元，第二产业2875万元，其他产业2325万元。"
    # 3410 + 2875 + 2325 = 8610 ≠ 8620: an error (其他 is the rest), and no second, weaker finding
    assert found(text) == [("error", "8620万元", 1, at(text, "8620万元"),
                            mismatch("8620", "万元", ["第一产业 3410", "第二产业 2875", "其他产业 2325"], "8610"),
                            ["3410万元", "2875万元", "2325万元"])]


@pytest.mark.parametrize("text", [
    # a rate and a clause without figures before 其中: the nursery's figures, not the 1200 亩 planted
    "全年完成造林1200亩，增长15%，新建苗圃基地，其中育苗800亩，示范园500亩。",
    # an average is no level to break down
    "全镇农民人均纯收入8120元，增长8.5%，其中工资性收入5000元，经营性收入3500元。",
    # no level before the rate at all
    "全镇工业增加值增长6.5%；其中第一季度增加值4.2亿元，第二季度增加值6.8亿元。",
    # the parts add up to a level two figures back (248), past one in another unit
    "排查矛盾纠纷248件，涉及群众537人，调解成功241件，调解成功率97.2%。其中婚姻家庭类86件、邻里纠纷74件、"
    "土地山林权属纠纷52件、其他纠纷36件。",
    # 新职工 and 男职工 are no 男/女 pair with 女职工 and 新职工
    "共有职工50人，其中新职工20人，女职工15人。",
    "共有职工50人，其中男职工20人，新职工15人。",
])
def test_breakdowns_after_a_rate_not_checked(text):
    assert found(text) == []


def test_parts_held_against_the_last_level_not_a_合计_after_them():
    text = "排查矛盾纠纷150件，调解成功率97.2%，其中婚姻家庭类86件、邻里纠纷74件，合计160件。"
    # 86 + 74 = 160 = 合计, but more than the 150 cases
    assert found(text) == [("warning", "150件", 1, at(text, "150件"),
                            warn_over("150", "件", ["婚姻家庭类 86", "邻里纠纷 74"], "160"), ["86件", "74件"])]


def test_a_target_is_no_level():
    text = ("排查矛盾纠纷230件，年度目标248件，调解成功225件，调解成功率97.8%。其中婚姻家庭类86件、邻里纠纷74件、"
            "土地山林权属纠纷52件、其他纠纷36件。")
    # 86 + 74 + 52 + 36 = 248: the target's figure, not a level of what was done. Of the two
    # levels before the rate (225, 230), 230 is the sum with two digits of one part swapped
    # (68 for 86): the disputes found, and 其他纠纷 closes the list
    assert found(text) == [("error", "230件", 1, at(text, "230件"),
                            "分项之和为 248 件（婚姻家庭类 86 + 邻里纠纷 74 + 土地山林权属纠纷 52 + 其他纠纷 36），"
                            "与总数 230 件 不符", ["86件", "74件", "52件", "36件"])]


@pytest.mark.parametrize("text", [
    "今年完成植树造林800亩（年度任务1000亩），完成率80%。",
    "上半年完成固定资产投资1.5亿元（全年计划2.8亿元）。",
])
def test_a_target_in_a_bracket_is_no_part(text):
    assert found(text) == []


def test_a_bracketed_aside_is_no_level():
    text = "全镇实现工农业总产值23364万元（规上企业15000万元，占64.2%），增长12%，其中：农业产值14520万元，工业产值8854万元。"
    # 14520 + 8854 = 23374 > 23364; the bracketed 15000 is an aside
    assert found(text) == [("error", "23364万元", 1, at(text, "23364万元"),
                            mismatch("23364", "万元", ["农业产值 14520", "工业产值 8854"], "23374"),
                            ["14520万元", "8854万元"])]


def test_a_change_with_no_level_before_it_is_broken_down():
    text = "全年共有党员568名。比上年增加32名，其中农民党员12名，学生党员22名。"
    # 12 + 22 = 34 > 32 (568 is in the sentence before)
    assert found(text) == [("warning", "32名", 1, at(text, "32名"),
                            warn_over("32", "名", ["农民党员 12", "学生党员 22"], "34"), ["12名", "22名"])]


def test_a_sex_pair_with_a_total_word_in_its_names():
    text = "上半年共出生新生儿146人，其中一孩98人，二孩48人；男孩共79人，女孩共57人。"
    assert breakdowns_in(text) == [("146人", ["98人", "48人"], "total"), ("146人", ["79人", "57人"], "some")]


def test_a_sex_pair_splits_a_total_two_figures_back():
    text = "全镇共有人口23586人，其中农村人口15586人；男性12103人，女性11493人。"
    assert breakdowns_in(text) == [("23586人", ["15586人"], "total"), ("23586人", ["12103人", "11493人"], "some")]


@pytest.mark.parametrize("text", [
    # 380 + 240 = 620: the 合计 adds the 其中 list, not the 620 before it
    "培训电商人才620人次，其中农业技术380人次、电商240人次，合计620人次。",
    "培训电商人才620人次， 其中农业技术380人次、电商240人次，合计620人次。",
])
def test_a_合计_after_a_其中_list_adds_the_list(text):
    assert found(text) == []


def test_a_remainder_list_in_a_text_with_every_word_for_the_rest():
    text = "上半年全镇财政收入96.5万元。国税收入21.3万元、地税收入30.2万元、其它收入46万元。其他事项、其余工作按计划推进。"
    assert found(text) == [("error", "96.5万元", 1, at(text, "96.5万元"),
                            mismatch("96.5", "万元", ["国税收入 21.3", "地税收入 30.2", "其它收入 46"], "97.5"),
                            ["21.3万元", "30.2万元", "46万元"])]


@pytest.mark.parametrize("text", [
    "全乡未脱贫户214户；未脱贫户中,因病致贫129户,因残致贫97户。",
    "全乡未脱贫户214户；未脱贫户中:因病致贫129户，因残致贫97户。",
])
def test_among_after_ascii_punctuation(text):
    assert found(text) == [("warning", "214户", 1, at(text, "214户"),
                            warn_over("214", "户", ["因病致贫 129", "因残致贫 97"], "226"), ["129户", "97户"])]


def test_a_sentence_between_ends_the_link_to_the_level():
    # 14520 + 8854 = 23374 would be over 23364, but a sentence stands between: 其中 is not read as its
    assert found("全镇实现工农业总产值23364万元，完成年度任务的112.33%。增速居全县第一。"
                 "其中：农业产值14520万元，工业产值8854万元。") == []


def test_其中_after_a_lead_in_in_the_sentence_after_a_rate():
    text = "全镇实现工农业总产值23364万元，完成年度任务的112.33%。分产业看，其中：农业产值14520万元，工业产值8854万元。"
    assert found(text) == [("error", "23364万元", 1, at(text, "23364万元"),
                            mismatch("23364", "万元", ["农业产值 14520", "工业产值 8854"], "23374"),
                            ["14520万元", "8854万元"])]


def test_a_sex_pair_opening_a_longer_list_is_no_second_split():
    # 702 + 620 + 50 = 1372 holds; 男生/女生 right after 其中 open the list, they split nothing on their own
    assert found("全校共有师生1372人，其中男生702人，女生620人，教师50人。") == []


# ---------------------------------------------------------------- parts carrying two figures each

COMPANION = "，其中学前教育312人次18.7万元，义务教育824人次96.5万元，高中教育310人次71.2万元。"


def test_parts_with_two_figures_are_checked_against_the_clause_before():
    text = "全年资助学生1436人次，发放资助金186.4万元" + COMPANION
    # 万元: 18.7 + 96.5 + 71.2 = 186.4 holds (all listed); 人次: 312 + 824 + 310 = 1446 ≠ 1436
    assert found(text) == [("error", "1436人次", 1, at(text, "1436人次"),
                            mismatch("1436", "人次", ["学前教育 312", "义务教育 824", "高中教育 310"], "1446"),
                            ["312人次", "824人次", "310人次"])]


def test_two_parts_with_two_figures():
    text = "全年资助学生1136人次，发放资助金115.2万元，其中学前教育312人次18.7万元，义务教育834人次96.5万元。"
    # 312 + 834 = 1146 ≠ 1136; 18.7 + 96.5 = 115.2 holds, so both parts are all there is
    assert found(text) == [("error", "1136人次", 1, at(text, "1136人次"),
                            mismatch("1136", "人次", ["学前教育 312", "义务教育 834"], "1146"),
                            ["312人次", "834人次"])]


@pytest.mark.parametrize("text", [
    # the figure in the other unit is in the sentence before, across a ；, approximate, a change, or not there
    "全年资助学生1436人次。发放资助金186.4万元" + COMPANION,
    "全年资助学生1436人次；发放资助金186.4万元" + COMPANION,
    "全年资助学生约1436人次，发放资助金186.4万元" + COMPANION,
    "资助学生比上年增加1436人次，发放资助金186.4万元" + COMPANION,
    "全年发放资助金186.4万元" + COMPANION,
    # it carries two figures itself, or is in another unit
    "全年资助学生312户1436人次，发放资助金186.4万元" + COMPANION,
    "全年资助学生1436户，发放资助金186.4万元" + COMPANION,
    # a figure after the parts is not the clause before the total
    "全年发放资助金186.4万元，其中学前教育312人次18.7万元，义务教育824人次96.5万元，高中教育310人次71.2万元，"
    "共惠及学生1436人次。",
    # one part is no list
    "全年资助学生1436人次，发放资助金186.4万元，其中学前教育1500人次18.7万元。",
])
def test_no_figure_in_the_other_unit(text):
    assert found(text) == []


def test_parts_in_one_unit_take_no_figure_of_another():
    text = "全镇从业人员58人，开发公益性岗位56个，其中保洁员31人，护林员26人。"
    # 31 + 26 = 57 > 56 个; 58 人 is another fact
    assert found(text) == [("warning", "56个", 1, at(text, "56个"),
                            warn_over("56", "个", ["保洁员 31 人", "护林员 26 人"], "57"), ["31人", "26人"])]


# ---------------------------------------------------------------- parts that may count one person twice

@pytest.mark.parametrize("text", [
    # all named by a measure (帮扶, 保障), also with 达 after the name: one household may have several
    "对156户监测对象全部落实帮扶措施，其中产业帮扶达128户、就业帮扶达96户、兜底保障达42户。",
    # a split by sex beside another attribute
    "培训电商人才320人次，其中农村妇女186人次，脱贫人口142人次。",
])
def test_parts_that_may_overlap_stay_quiet_when_over(text):
    assert found(text) == []


@pytest.mark.parametrize("first,second", [("男性", "女性"), ("女性", "男性")])
def test_a_split_by_sex_is_the_whole(first, second):
    text = f"培训电商人才320人次，其中{first}186人次，{second}144人次。"
    # 186 + 144 = 330 ≠ 320: everyone is one or the other
    assert found(text) == [("error", "320人次", 1, at(text, "320人次"),
                            mismatch("320", "人次", [f"{first} 186", f"{second} 144"], "330"), ["186人次", "144人次"])]


def test_parts_named_by_measures_are_checked_when_said_to_be_the_whole():
    text = "全年发放补贴资金合计100万元，分别为生活补贴60万元，护理补贴50万元。"
    # 60 + 50 = 110 ≠ 100: 分别为 leaves no room for overlap
    assert found(text) == [("error", "100万元", 1, at(text, "100万元"),
                            mismatch("100", "万元", ["生活补贴 60", "护理补贴 50"], "110"), ["60万元", "50万元"])]


# Breakdowns read from a fourth independent probe's reports, each total and its parts quoted.
def test_the_level_before_an_aside_is_the_total_broken_down():
    # 2.14 + 1.87 + 1.25 = 5.26: the bracketed 上年同期 is no total
    text = "完成固定资产投资5.26亿元（上年同期4.85亿元），其中工业投资2.14亿元、基础设施投资1.87亿元、房地产开发投资1.25亿元。"
    assert breakdowns_in(text) == [("5.26亿元", ["2.14亿元", "1.87亿元", "1.25亿元"], "some")]
    assert found(text) == []
    # 6.82 + 3.24 + 1.3 = 11.36: the shortfall against the plan is no total
    text = "完成投资11.36亿元，比计划12.5亿元少1.14亿元，其中产业项目6.82亿元、基础设施项目3.24亿元、社会事业项目1.3亿元。"
    assert breakdowns_in(text) == [("11.36亿元", ["6.82亿元", "3.24亿元", "1.3亿元"], "some")]
    assert found(text) == []
    # with no level before it, the task itself is broken down: 280 + 20 = 300 > 100
    text = "全乡应完成新茶种植和茶园改种任务100亩，其中新植280亩，改种20亩。"
    assert [f[0:2] for f in found(text)] == [("warning", "100亩")]


def test_a_list_ends_at_a_target_or_a_clause_with_its_own_breakdown():
    text = "一般公共预算收入3862万元，其中税收收入3015万元，占78.1%，完成年度预算5200万元的74.3%。"
    assert [(t, p) for t, p, _strength in breakdowns_in(text)] == [("3862万元", ["3015万元"])]
    assert found(text) == []
    text = "全镇有规上企业26家，其中食品加工9家，占34.6%；园区入驻企业42家，其中规上19家。"
    assert found(text) == []
    # a ； alone does not end it: 4.85 = 3.92 + 0.3 fails, 0.63 is missing
    text = "全镇茶园总面积4.85万亩，其中投产茶园3.92万亩；新植茶园0.3万亩。"
    assert breakdowns_in(text) == [("4.85万亩", ["3.92万亩", "0.3万亩"], "total")]  # 总面积


def test_an_item_counted_in_another_unit_of_things_keeps_the_list_whole():
    # 1 + 6 + 4 + 1 + 3 = 15, the 教学点 counted in 个
    text = "全镇现有中心学校1所、完全小学6所、教学点4个、初级中学1所、公办幼儿园3所，共计15所。"
    assert found(text) == []
    text = "全镇现有中心学校1所、完全小学6所、初级中学1所、公办幼儿园3所，共计12所。"
    assert [f[0:2] for f in found(text)] == [("error", "12所")]


def test_targets_after_fenbie_are_not_parts():
    text = "上半年新增城镇就业1236人、失业人员再就业318人，分别完成全年目标任务2000人、500人的61.8%和63.6%。"
    assert found(text) == []


def test_parts_listed_on_the_line_after_the_total():
    # 1850 + 1320 + 685 + 401 = 4256
    text = "争取上级项目资金共计4265万元，具体为：\n交通项目1850万元；水利项目1320万元；农业项目685万元；其他项目401万元。"
    assert breakdowns_in(text) == [("4265万元", ["1850万元", "1320万元", "685万元", "401万元"], "whole")]
    assert [f[:3] for f in found(text)] == [("error", "4265万元", 1)]
    assert found(text.replace("4265", "4256")) == []


@pytest.mark.parametrize("text", [
    # a subtotal and then the rest
    "完成投资1280万元，其中中央资金760万元，省级补助280万元，县级配套180万元，合计1220万元，其余60万元由镇村自筹解决。",
    # two figures joined before 其中: the parts are of both together
    "全乡选派驻村第一书记10名、工作队员28名，其中省派2名、市派3名、县派12名、乡派21名。",
    # a part closed by its share, and another category after ；
    "镇卫生院现有职工68人，其中卫生技术人员56人，占82.4%；执业（助理）医师21人。",
    # a part broken down in turn (its own parts, 8 + 6 + 5 = 19, are no parts of 37)
    "共安排项目37个，其中产业项目19个；19个产业项目中，茶叶项目8个、食用菌项目6个、生猪项目5个。",
    # a half-width full stop ends the list's sentence
    "已建成通组路48.5公里，其中水泥路面41.3公里、沥青路面7.2公里.剩余13.5公里将于年底完工.",
])
def test_lists_that_end_or_are_shared_as_written(text):
    assert found(text) == []


def test_self_raised_funds_close_a_list_of_sources():
    text = "已到位资金2745万元，其中中央和省级资金1680万元，县级资金856万元，镇级自筹200万元。"
    assert [f[:2] for f in found(text)] == [("error", "2745万元")]
    text = "完成投资1280万元，其中中央资金760万元，省级补助280万元，县级配套180万元，合计1220万元，其余50万元由镇村自筹解决。"
    assert [f[:2] for f in found(text)] == [("error", "1280万元")]


def test_a_list_joined_by_dun_ends_at_a_comma_and_two_joined_figures_share_their_parts():
    # 8 + 15 + 8 = 31: the evaluated units counted before the list are not parts of it
    text = "对14个村（社区）和17个安委会成员单位开展安全生产考核，评定优秀8个、良好15个、合格8个，合计31个。"
    assert found(text) == []
    assert [f[:2] for f in found(text.replace("合计31个", "合计32个"))] == [("error", "32个")]
    # 14 + 17 = 31: the parts are of both figures joined by 和
    assert found("对14个村（社区）和17个安委会成员单位开展年度考核，其中优秀8个、良好15个、合格8个。") == []


@pytest.mark.parametrize("text", [
    # changes of two levels after 分别比…, not parts of the last
    "工伤保险参保3,842人,失业保险参保3,516人,分别比去年同期增加214人和186人.",
    "工伤保险参保3842人、失业保险参保3516人，分别比去年同期增加214人、186人。",
    # a 为预算N的X% clause after the list: the budget is no part
    "完成3215万元，其中税收收入2436万元，非税收入779万元，为预算3100万元的103.7%。",
    # 其中 after last year's figure in brackets breaks down this year's: 8120 + 6840 + 1890 = 16850
    "农民人均可支配收入16,850元,同比增长7.1%（上年15,730元),其中工资性收入8,120元,经营净收入6,840元,财产净收入1,890元.",
    # full-width digits with a thousands comma: 108 + 694 + 1384 = 2186
    "全年接处警２,１８６起,其中交通事故１０８起、治安案件６９４起、求助１,３８４起.",
])
def test_changes_budgets_last_years_and_full_width_thousands(text):
    assert found(text) == []


def test_parts_counted_by_which_way_they_changed_are_the_whole():
    # 31 + 4 + 13 = 48 ≠ 47: every firm grew, held or fell
    text = "全镇规上工业企业47家，其中产值增长的31家、持平的4家、下降的13家。"
    assert found(text) == [("error", "47家", 1, at(text, "47家"),
                            "分项之和为 48 家（产值增长的 31 + 持平的 4 + 下降的 13），与总数 47 家 不符",
                            ["31家", "4家", "13家"])]
    assert found(text.replace("47家", "48家")) == []


def test_a_sex_split_in_a_bracket_after_its_total_is_the_whole():
    # 521 + 456 = 977 ≠ 986
    text = "在校学生986人(男生521人、女生456人)."
    assert [f[:2] for f in found(text)] == [("error", "986人")]


def test_a_count_followed_by_what_it_counts_and_zhong():
    # 8 + 7 + 5 + 4 = 24 ≠ 23; 其他类型 closes the list
    text = "从案件类型看，23起案件中，冒充客服类8起、刷单返利类7起、虚假投资理财类5起、其他类型4起。"
    assert [f[:2] for f in found(text)] == [("error", "23起")]
    assert found(text.replace("23起", "24起")) == []
    # 3 counts the list that 分别为 gives: 8 + 6 + 6 = 20 ≠ 19
    text = "19个产业项目中，茶叶、食用菌、生猪3个主导产业项目分别为8个、6个、6个。"
    assert found(text) == [("error", "19个", 1, at(text, "19个"), "分项之和为 20 个（8个 + 6个 + 6个），与总数 19 个 不符",
                            ["8个", "6个", "6个"])]
    assert found(text.replace("8个、6个、6个", "8个、5个、6个")) == []


def test_a_part_broken_down_in_turn_is_checked_as_its_own_total():
    text = "共安排项目37个，其中产业项目19个；19个产业项目中，茶叶项目8个、食用菌项目6个、生猪项目6个。"
    # 8 + 6 + 6 = 20 > 19 (the second 19)
    assert [(f[0], f[1], f[3]) for f in found(text)] == [("warning", "19个", text.rindex("19个") + 1)]


def test_a_shortfall_that_two_swapped_digits_of_a_part_explain():
    # 1920 + 670 = 2590; with 760 for 670 it is 2680
    text = "完成投资2680万元，其中新建项目1920万元、改扩建项目670万元。"
    assert [f[:2] for f in found(text)] == [("warning", "2680万元")]
    # short by what no swap explains: parts may be unlisted
    assert found("完成投资2680万元，其中新建项目1920万元、改扩建项目500万元。") == []


def test_parts_adding_to_far_more_than_their_total_were_read_wrongly_unless_a_part_is_mistyped():
    # 31 + 31 + 8: the list read past its end gives 1.6 times the total and more: quiet
    assert found("评定优秀8个、良好15个、合格8个，另有单位31个、村31个，合计31个。") == []
    # 280 for 80: with one digit fewer the parts add up (80 + 20 = 100): still said
    text = "全乡应完成新茶种植和茶园改种任务100亩，其中新植280亩，改种20亩。"
    assert [f[:2] for f in found(text)] == [("warning", "100亩")]


def test_so_many_in_each_place_after_fenbie_is_not_read_one_each():
    # 2 + 3 × 1 = 5
    assert found("全乡百岁老人5人，分别为河东村2人，柏树村、马鞍村、龙潭村各1人。") == []


def test_whole_figures_in_a_measured_unit_add_up_as_written():
    # 18 + 31 + 45 = 94 ≠ 96: whole kilometres, read as written (not as 95.5–96.5 each)
    text = "全镇公路96公里，其中县道18公里、乡道31公里、村道45公里。"
    assert found(text) == [("warning", "96公里", 1, at(text, "96公里"),
                            "所列各项之和为 94 公里（县道 18 + 乡道 31 + 村道 45），少于总数 96 公里；"
                            "若还有未列出的分项请忽略，否则请核对", ["18公里", "31公里", "45公里"])]
    assert found(text.replace("96公里", "94公里")) == []
    # figures with decimals, or in 万, still allow for their rounding: 1.24 + 2.27 = 3.51 ≈ 3.5
    assert found("投入资金3.5万元，其中县级1.24万元、乡级2.27万元。") == []


def test_a_change_stated_after_the_level_is_no_total_of_the_parts():
    # 2213 + 633 = 2846: the parts are of the revenue, not of the 218 it grew by
    text = ("全镇完成一般公共预算收入2846万元，完成年度预算5200万元的54.7%，同比增长8.3%，增收218万元。"
            "其中：税收收入2213万元，占一般公共预算收入的77.8%；非税收入633万元，占22.2%。")
    assert found(text) == []
    text = "全镇完成一般公共预算收入2846万元，同比增长8.3%，增收218万元。其中：税收收入2213万元，非税收入643万元。"
    assert [f[:2] for f in found(text)] == [("error", "2846万元")]


def test_a_total_named_before_heji_after_its_parts():
    # 4 + 9 + 15 = 28 ≠ 27; 2860 + 486 + 1953 = 5299 ≠ 5281
    text = "培育农民专业合作社47家、家庭农场23家，其中省级示范社4家、市级示范社9家、县级示范社15家，示范社合计27家。"
    assert [f[:2] for f in found(text)] == [("error", "27家")]
    text = "保工资支出2860万元，保运转支出486万元，保基本民生支出1953万元，“三保”支出合计5281万元。"
    assert [f[:2] for f in found(text)] == [("error", "5281万元")]
    assert found(text.replace("5281", "5299")) == []


def test_parts_each_naming_an_amount_after_their_count():
    text = "全年实施教育项目7个，总投资2680万元，其中新建项目3个、投资1920万元，改扩建项目4个、投资670万元。"
    # 个: 3 + 4 = 7 holds, so both projects are all there is; 万元: 1920 + 670 = 2590 ≠ 2680
    assert found(text) == [("error", "2680万元", 1, at(text, "2680万元"),
                            mismatch("2680", "万元", ["新建项目 1920", "改扩建项目 670"], "2590"),
                            ["1920万元", "670万元"])]


def test_parts_each_naming_an_amount_that_add_up_are_quiet():
    text = "全年实施教育项目7个，总投资2680万元，其中新建项目3个、投资1920万元，改扩建项目4个、投资760万元。"
    assert found(text) == []


def test_parts_with_amounts_before_a_total_after_them():
    text = "产业项目5个完成投资3418万元，基础设施项目6个完成投资2286万元，社会事业项目3个完成投资1187万元，合计6882万元。"
    # 3418 + 2286 + 1187 = 6891 ≠ 6882 (合计: the whole)
    assert found(text) == [("error", "6882万元", 1, at(text, "6882万元"),
                            mismatch("6882", "万元", ["产业项目 3418", "基础设施项目 2286", "社会事业项目 1187"], "6891"),
                            ["3418万元", "2286万元", "1187万元"])]


def test_an_amount_after_a_semicolon_is_another_fact():
    # 亿元以上项目5个;到位资金3.42亿元: not the part's amount, and 5 of 8 is only some projects
    text = "签约项目8个，协议总投资15.6亿元，其中亿元以上项目5个；到位资金3.42亿元，完成年度目标任务6亿元的57.0%。"
    assert found(text) == []


def test_numbered_lines_after_a_full_stop_and_其中():
    text = ("全年实施医疗救助3675人次，救助资金286.4万元。其中：\n"
            "1.住院救助1126人次，救助资金198.7万元，人次均1765元；\n"
            "2.门诊慢特病救助2381人次，救助资金47.5万元；\n"
            "3.倾斜救助（重特大疾病）231人次，救助资金40.2万元。")
    # 万元: 198.7 + 47.5 + 40.2 = 286.4 holds (every item listed); 人次: 1126 + 2381 + 231 = 3738 ≠ 3675;
    # the average on the first item's line (人次均1765元) is not a part; names shown without 1. or the aside
    assert found(text) == [("error", "3675人次", 1, at(text, "3675人次"),
                            mismatch("3675", "人次", ["住院救助 1126", "门诊慢特病救助 2381", "倾斜救助 231"], "3738"),
                            ["1126人次", "2381人次", "231人次"])]


def test_numbered_lines_that_add_up_are_quiet():
    text = ("全年实施医疗救助3738人次，救助资金286.4万元。其中：\n"
            "1.住院救助1126人次，救助资金198.7万元，人次均1765元；\n"
            "2.门诊慢特病救助2381人次，救助资金47.5万元；\n"
            "3.倾斜救助（重特大疾病）231人次，救助资金40.2万元。")
    assert found(text) == []


def test_one_unit_adding_up_makes_a_partial_list_whole_only_when_exact():
    # 户 short by one and 人 short too: nothing says every part is listed; 其中 may list only some
    text = "全乡共有低保128户231人，其中一类低保27户41人，二类低保63户95人。"
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "第四季度受理信访事项38件（第三季度46件），环比下降17.4%。",
    "受理群众信访事项42件（2023年上半年51件），办结40件。",
    "本月受理投诉23件（上月31件）。",
    "新增市场主体126户（2023年158户）。",
])
def test_another_periods_level_in_a_bracket_is_no_part(text):
    assert found(text) == []


def test_periods_that_split_the_total_in_a_bracket_are_parts():
    text = "全年出生148人（上半年70人，下半年79人）。"
    assert found(text) == [("warning", "148人", 1, at(text, "148人"),
                            warn_over("148", "人", ["上半年 70", "下半年 79"], "149"), ["70人", "79人"])]


@pytest.mark.parametrize("text", [
    # a subtotal of the parts that carry its category word, the list going on past it
    "保费总额221万元中，中央财政补贴77.35万元、省级财政补贴55.25万元、市县财政补贴44.2万元、农户自缴44.2万元，"
    "财政补贴合计176.8万元，占80%。",
    # 2.1 + 1.8 + 0.4 = 4.3: the grain crops, then 油菜
    "全镇种植小麦2.1万亩、玉米1.8万亩、大豆0.4万亩、油菜0.6万亩，粮食作物合计4.3万亩。",
    # parts named by income bands: 14 + 5 + 3 = 22
    "全镇22个村中，收入10万元以上的村14个，5万至10万元的村5个，5万元以下的村3个，合计22个。",
])
def test_subtotals_and_parts_named_by_bands_stay_quiet(text):
    assert found(text) == []


def test_parts_named_by_bands_are_summed_without_the_bands():
    text = "全镇22个村中，收入10万元以上的村14个，5万至10万元的村5个，5万元以下的村4个，合计22个。"
    # 14 + 5 + 4 = 23 ≠ 22; the bands (10万元以上, 5万至10万元) are words of the parts' names
    assert found(text) == [("error", "22个", 1, at(text, "合计22个") + 2,
                            mismatch("22", "个", ["14个", "5个", "5万元以下的村 4个"], "23"), ["14个", "5个", "4个"])]


@pytest.mark.parametrize("text", [
    # attributes of a population, not a split of it: 14321 + 6811 + 3122 = 24254, 1.59 times 15244
    "全乡总户数3645户，总人口15244人，其中农业人口14321人，现有劳动力6811人，现有贫困户952户3122人。",
    # a split by sex beside another attribute
    "共有党员320人，其中女党员185人，少数民族党员140人。",
    # 521 + 142 = 663 and 1772 + 160 = 1932 exactly: the split is complete, 双重身份 counts some again
    "全乡共有低保特困663户1932人（其中农村低保对象521户1772人，特困供养人员142户160人，贫困双重身份人员122户395人）。",
])
def test_attributes_and_cross_cuts_over_their_total_stay_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize("text, total, terms, shown_sum", [
    # 男/女 divide the whole, 一类/二类/三类 too: over the total is a slip however far over
    ("全镇共有党员320人，其中女党员185人，男党员145人。", "320", ["女党员 185", "男党员 145"], "330"),
    ("全镇共有低保户120户，其中一类低保60户，二类低保50户，三类低保40户。", "120",
     ["一类低保 60", "二类低保 50", "三类低保 40"], "150"),
])
def test_kinds_of_one_split_over_their_total_are_errors(text, total, terms, shown_sum):
    unit = "人" if "人" in text else "户"
    assert [f[:2] + (f[4],) for f in found(text)] == [("error", total + unit, mismatch(total, unit, terms, shown_sum))]


def test_a_list_wrapped_over_lines_and_totalled_on_its_own_line():
    text = ("全乡9个村上半年集体经济收入情况如下：\n"
            "龙泉村42.6万元、石坝村35.8万元、大湾村28.4万元、\n"
            "桥头村19.5万元、高峰村13.6万元，\n"
            "合计142.9万元，村均28.6万元。")
    # 42.6 + 35.8 + 28.4 + 19.5 + 13.6 = 139.9 ≠ 142.9 (16.3 typed 13.6)
    assert found(text) == [("error", "142.9万元", 4, 3,
                            mismatch("142.9", "万元", ["龙泉村 42.6", "石坝村 35.8", "大湾村 28.4", "桥头村 19.5",
                                                       "高峰村 13.6"], "139.9"),
                            ["42.6万元", "35.8万元", "28.4万元", "19.5万元", "13.6万元"])]
    assert found(text.replace("13.6", "16.6")) == []


def test_parts_named_with_的_that_add_up_in_one_unit_do_not_overlap():
    text = ("流转共涉及农户3126户10582人，其中流转给合作社的1048户3590人，流转给家庭农场的862户2871人，"
            "流转给龙头企业的1216户4211人。")
    # 户: 1048 + 862 + 1216 = 3126 holds; 人: 3590 + 2871 + 4211 = 10672 ≠ 10582
    assert [f[:2] + (f[4],) for f in found(text)] == [(
        "error", "10582人", mismatch("10582", "人", ["流转给合作社的 3590", "流转给家庭农场的 2871", "流转给龙头企业的 4211"],
                                    "10672"))]


@pytest.mark.parametrize("text", [
    # 一般公共服务 and 公共安全 hold 共, which here says no total
    "非民生类支出：一般公共服务2138万元、公共安全412万元、其他645万元，小计3195万元。",
    "一般公共预算支出3195万元，其中：一般公共服务2138万元、公共安全412万元、其他645万元。",
])
def test_共_inside_a_word_names_no_total(text):
    assert found(text) == []


def test_a_budget_list_whose_items_hold_共_still_adds_up():
    text = "一般公共预算支出3195万元，其中：一般公共服务2138万元、公共安全412万元、其他654万元。"
    # 2138 + 412 + 654 = 3204 ≠ 3195 (其他 closes the list: the whole)
    assert [f[:2] + (f[4],) for f in found(text)] == [(
        "error", "3195万元", mismatch("3195", "万元", ["一般公共服务 2138", "公共安全 412", "其他 654"], "3204"))]


@pytest.mark.parametrize("text", [
    # one larger figure in a bracket, named as the whole or what was handed out: the base, not a part
    "监测对象家庭劳动力192人（全乡监测对象386人）。",
    "共发放问卷600份，收回586份（发放600份），回收率97.7%。",
    "参训党员1381名（占全镇党员1436名的96.2%）。",
    "整改隐患1127处（排查1158处）。",
])
def test_a_larger_figure_in_a_bracket_named_as_a_whole_is_no_part(text):
    assert found(text) == []


def test_a_larger_part_in_a_bracket_is_still_over_its_total():
    text = "耕地面积2410亩（水田3200亩）。"
    assert [f[:2] + (f[4],) for f in found(text)] == [("error", "2410亩", "分项 3200 亩 超过总数 2410 亩")]


def test_a_小计_after_its_parts():
    text = "其中教育类3个，投资98万元；卫生类4个，投资76万元；小计7个，投资174万元。文体类5个，投资121万元；养老类4个，投资142万元；小计9个，投资236万元。"
    # 121 + 142 = 263 ≠ 236; 5 + 4 = 9 holds (and 3 + 4 = 7, 98 + 76 = 174)
    assert [f[:2] + (f[4],) for f in found(text)] == [
        ("error", "236万元", mismatch("236", "万元", ["文体类 121", "养老类 142"], "263"))]


def test_overlapping_parts_that_add_up_to_the_figure_before_their_total():
    # 13319 + 4510 + 18237 = 36066: not 旱地 36052, but the 耕地 figure the 旱地 is part of
    text = "耕地总面积36066亩，其中水田14亩，旱地36052亩，旱地中15度以上坡地13319亩，25度以上坡地4510亩，川腰地18237亩。"
    assert [f[:2] + (f[4],) for f in found(text)] == [(
        "warning", "36052亩", "分项之和为 36066 亩（13319 + 25度以上坡地 4510 + 川腰地 18237），与总数 36052 亩 不符，"
                            "却等于前面的 耕地总面积 36066 亩；请核对各分项是否属于此总数")]


@pytest.mark.parametrize("text", [
    # bands naming what follows (60岁以上老人, 亿元以上项目) are no figures of their own
    "全乡60岁以上老人1200人，其中80岁以上老人300人。",
    "新签约项目12个，其中亿元以上项目5个、5000万元以上项目4个。",
    # parts of 旱地 that leave some unlisted
    "旱地36052亩，旱地中坡地13319亩，川腰地18237亩。",
])
def test_bands_and_lists_among_a_figure_stay_quiet(text):
    assert found(text) == []


def test_a_band_before_a_count_names_the_part():
    # 注册资金1000万以上 names the 29 firms; bands overlap (亿元企业 are among them): nothing to add up
    text = "累计引进企业320家，其中注册资金1000万以上29家，亿元企业6家；“六大经济”企业数达294家，占新引进企业数的91.8%。"
    assert found(text) == []


# ---------------------------------------------------------------- a sentence that classifies the one before

def test_a_list_opened_by_how_the_whole_is_divided():
    # 分项看，… closed by 其它: the whole of 96.5; 21.3 + 30.2 + 46 = 97.5
    text = "上半年全镇财政收入96.5万元。分项看，国税收入21.3万元、地税收入30.2万元、其它收入46万元。"
    assert found(text) == [("error", "96.5万元", 1, at(text, "96.5万元"),
                            mismatch("96.5", "万元", ["国税收入 21.3", "地税收入 30.2", "其它收入 46"], "97.5"),
                            ["21.3万元", "30.2万元", "46万元"])]


def test_a_classification_by_village_of_the_figure_before():
    # 18 + 15 + 22 = 55 户 exactly; 67 + 59 + 90 = 216 人, not 207: the 户 say the list is whole
    text = "累计纳入监测对象55户207人。分村情况为：红星村18户67人；建新村15户59人；光明村22户90人。"
    assert found(text) == [("error", "207人", 1, at(text, "207人"),
                            mismatch("207", "人", ["红星村 67", "建新村 59", "光明村 90"], "216"),
                            ["67人", "59人", "90人"])]


def test_a_classification_naming_its_whole_on_the_line_after():
    # 96 + 158 + 120 = 374 户; 173 + 278 + 214 = 665 人, not 674: said at the list, the total beside it
    text = ("全乡共有城乡低保对象412户735人，其中城市低保38户61人，农村低保374户674人。\n"
            "农村低保按类别分：一类保障对象96户173人，二类保障对象158户278人，三类保障对象120户214人。")
    assert found(text) == [("error", "214人", 2, at(text, "214人", line=2),
                            mismatch("674", "人", ["一类保障对象 173", "二类保障对象 278", "三类保障对象 214"], "665"),
                            ["674人", "173人", "278人"])]


@pytest.mark.parametrize("text", [
    # the parts add up
    "累计纳入监测对象55户207人。分村情况为：红星村18户67人；建新村15户59人；光明村22户81人。",
    # several figures in the sentence before, none the list's sum: which is divided is not said
    "全年发展党员32名，其中35岁以下27名；女性11名。从所在领域看，农村21名、机关事业单位6名、两新组织4名。",
    # the sentence before is another one's
    "累计纳入监测对象55户207人。全年走访农户1200户。分村情况为：红星村18户67人；建新村15户59人；光明村22户90人。",
    # the sum of the items of the sentence before (2216) is the list's
    "分村看：河口村412人；柳树村386人；石门村529人；新庄村347人；大坪村542人，合计2216人。"
    "按务工地域分，省外务工1036人，人均月收入约5200元；省内县外744人；县内436人。",
])
def test_classifications_that_hold_or_name_no_whole(text):
    assert found(text) == []


def test_a_breakdown_opening_the_next_sentence_of_the_figure_its_parts_make():
    # 50 + 45 + 55 = 150: the task, not 乙类120亩 just before 其中
    assert found("任务150亩，乙类120亩。其中2005年50亩，2006年45亩，2007年55亩。") == []
    # of the last item or of the whole, when the parts make neither: nothing is said
    assert found("任务共计150.1万亩，包括：退耕地还林29.5万亩，荒山匹配造林120.6万亩。"
                 "其中：2005年度47.9万亩，2006年45万亩。") == []


@pytest.mark.parametrize("text", [
    # a 、-list after …中， ends at the comma: 不合格 / 发现问题 count across the list
    "4068批次抽检中，普通食品3108批次、农产品960批次，不合格158批次。",
    "完成的100户走访中，低保户60户、五保户40户，发现问题12户。",
])
def test_a_count_across_a_list_after_among_is_no_part(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # all parts but the last make the total exactly, and the last is another kind beside it
    "在校生45597人，其中小学31107人，初中14490人，特殊教育学校56人。",
    "普通中小学8所，其中高中1所，初中1所，小学6所，成人学校1所。",
    # the parts are of a figure qualified otherwise (产值, not 销售产值)
    "销售产值212亿元。从分乡镇来看：甲镇产值120.5亿元；乙镇产值94亿元。",
])
def test_one_more_kind_or_another_figure_of_the_word(text):
    assert found(text) == []


def test_parts_of_one_kind_one_too_many_are_still_said():
    # 5 + 2 + 1 = 8 支部 of 7: all 支部, so one of them (or the total) is off
    text = "全乡有党支部7个，其中农村支部5个、机关支部2个、学校支部1个。"
    assert [f[:2] for f in found(text)] == [("warning", "7个")]


def test_parts_by_place_with_a_verb_are_of_the_bare_word():
    # 拱辰办实现产值…: 产值 by place, not the 销售产值 before
    assert found("全区实现销售产值212亿元。从分乡镇来看：拱辰办实现产值120.5亿元；镇海办实现产值94亿元。") == []


@pytest.mark.parametrize("text,total,parts,shown_sum", [
    # a part's own rate against its target (…，完成年度目标任务的307.08%) does not end the list
    ("到位资金8.29亿元，其中工业项目到位资金6.14亿元，完成年度目标任务的307.08%；基础项目到位资金0.891亿元；"
     "其它项目到位资金1.31亿元。", "8.29亿元", ["工业项目到位资金 6.14", "基础项目到位资金 0.891", "其它项目到位资金 1.31"], "8.341"),
    ("全镇财税总收入累计完成419万元，为全年任务740万元的56.6%。其中国税收入70万元，为全年任务的51%；"
     "地税收入375万元，为全年任务的71.4%。", "419万元", ["国税收入 70", "地税收入 375"], "445"),
])
def test_parts_each_with_a_rate_against_a_target(text, total, parts, shown_sum):
    got = found(text)
    assert [(f[0], f[1]) for f in got] == [("error", total)]
    assert got[0][4] == mismatch(total.rstrip("亿万元"), total[len(total.rstrip("亿万元")):], parts, shown_sum)


def test_parts_named_after_their_figures_of_one_kind_are_still_said():
    # 8 + 6 + 1 = 15 支部 of 14: the names after the figures (村党支部, 乡机关支部, …) are one kind
    text = "有14个党支部，其中8个村党支部，6个乡机关支部，1个乡直机关支部，共有党员355人。"
    assert [f[:2] for f in found(text)] == [("warning", "14个")]


def test_a_figure_beside_the_total_is_no_part():
    # 贷款余额 is another figure beside 存款余额, not a part of it
    assert found("存款余额11.2亿元，其中居民储蓄存款余额9.1亿元；贷款余额2.5亿元。") == []
    assert found("各项存款余额11.2亿元，其中居民储蓄存款余额9.1亿元，贷款余额2.5亿元。") == []
    # a part named by the total's whole name after the ； still is: 9.1 + 2.5 = 11.6 > 11.2
    text = "存款余额11.2亿元，其中居民储蓄存款余额9.1亿元；单位存款余额2.5亿元。"
    assert [f[:2] for f in found(text)] == [("warning", "11.2亿元")]


def test_a_rough_part_does_not_hide_exact_parts_that_already_exceed():
    # 300 + 70 + 15 = 385 > 380, whatever 约5亩 is
    text = "共种植380亩，其中水稻300亩、玉米70亩、豆类15亩、其他作物约5亩。"
    assert found(text) == [("warning", "380亩", 1, at(text, "380亩"),
                            "所列各项中确数之和已为 385 亩（水稻 300 + 玉米 70 + 豆类 15），超过总数 380 亩（约数项未计）；"
                            "若各项有交叉请忽略，否则请核对", ["300亩", "70亩", "15亩", "约5亩"])]
    # within the total: the rough part may make up the rest
    assert found("共种植380亩，其中水稻300亩、玉米60亩、豆类15亩、其他作物约5亩。") == []


@pytest.mark.parametrize("text", [
    # 21 + 20 − 6 = 35: those in both are stated after the parts (a clause may stand between)
    "全镇村两委成员共35人，其中党组织成员21人、村委会成员20人，交叉任职6人。",
    "全镇村两委成员共35人，其中党组织成员21人、村委会成员20人，书记、主任一肩挑的有3人，交叉任职6人。",
])
def test_an_overlap_stated_after_the_parts(text):
    assert found(text) == []


def test_an_overlap_that_does_not_make_the_total():
    # 21 + 20 − 5 = 36 ≠ 35: the parts are still said
    text = "全镇村两委成员共35人，其中党组织成员21人、村委会成员20人，交叉任职5人。"
    assert [f[:2] for f in found(text)] == [("error", "35人")]


def test_a_running_tally_with_an_items_own_breakdown():
    # 100 + 50 + 10 = 160: the 其中 list (30 + 20) is the 50's own
    assert found("本级收入100万元，转移支付收入50万元，其中一般转移支付收入30万元，专项转移支付收入20万元，"
                 "上年结余10万元，收入合计为160万元。") == []
    text = ("本级收入100万元，转移支付收入50万元，其中一般转移支付收入30万元，专项转移支付收入20万元，"
            "上年结余10万元，收入合计为170万元。")
    assert found(text) == [("error", "170万元", 1, at(text, "170万元"),
                            mismatch("170", "万元", ["本级收入 100", "转移支付收入 50", "上年结余 10"], "160"),
                            ["100万元", "50万元", "10万元"])]


@pytest.mark.parametrize("text", [
    # 40556 + 7812 = 48368: 农业/城镇 divide the people; 常住人口, 流动人口 count on another axis
    "全镇总人口48368人，其中农业人口40556人，城镇人口7812人，流动人口542人。",
    "全镇总人口48368人，其中农业人口40556人，城镇人口7812人，街镇常住人口2378人，流动人口542人。",
])
def test_a_split_of_the_people_then_another_axis(text):
    assert found(text) == []


def test_a_split_that_does_not_make_the_total_is_still_said():
    text = "全镇总人口48368人，其中农业人口40556人，城镇人口7821人，流动人口542人。"
    assert [f[:2] for f in found(text)] == [("error", "48368人")]


def test_done_and_not_done_a_fraction_of_the_population_are_of_another_whole():
    # 426 + 191 = 617 of 3718 households: the poor households, not the population
    assert found("总人口3718户11440人，已脱贫426户1506人，未脱贫191户596人，贫困发生率5.2%。") == []
    # near the total: the pair is its parts, and 426 + 191 = 617 ≠ 627
    assert [f[:2] for f in found("建档立卡贫困户共627户2102人，已脱贫426户1506人，未脱贫191户596人。")] == [("error", "627户")]


def test_parts_each_with_a_rate_of_their_own_adding_over_100_overlap():
    # 92% + 23% = 115%: 本科 is among the 大专 (and above) counted first
    assert found("在职教师57人,其中大专学历52人,学历合格率92%;本科学历13人,本科率23%。") == []
    # rates adding to 100: a split, and 52 + 13 = 65 > 57 stays a slip
    assert [f[:2] for f in found("在职教师57人，其中男教师52人，占比77%；女教师13人，占比23%。")] != []


def test_parts_whose_shares_are_of_the_figure_they_add_up_to():
    # 10 + 5 + 8 = 23, and 10 ÷ 23 = 43%, 5 ÷ 23 = 22%, 8 ÷ 23 = 35%: the parts of the 23, not of 满意件20件
    text = ("23件建议、批评和意见中,满意件达到20件,占全部办理件的87%。从落实的情况来看,已经解决或基本解决的10件,"
            "占43%;正在解决的建议有5件,占22%;因客观条件暂不能解决的有8件,占35%。")
    assert found(text) == []


def test_parts_counted_by_one_verb_then_gong_and_that_verb():
    # 68 + 57 = 125, not 152
    text = "分两批开展餐饮场所燃气安全检查：第一批检查68家，第二批检查57家，共检查152家，发现问题隐患43处。"
    assert [f[:2] for f in found(text)] == [("error", "152家")]
    assert found(text.replace("152家", "125家")) == []
    # another verb: not the same count
    assert found("今年新建户厕120户，改建85户，共完成250户。") == []


def test_bands_of_age_divide_their_whole():
    # 591 + 86 + 4 = 681, not 682
    text = "为80周岁以上老人发放高龄津贴，共682人，其中80-89周岁591人、90-99周岁86人、100周岁以上4人。"
    assert [f[:2] for f in found(text)] == [("warning", "682人")]
    assert found(text.replace("共682人", "共681人")) == []
    # an age and another attribute overlap
    assert found("共有党员120名，其中35周岁以下的25名，大专以上学历的110名。") == []


@pytest.mark.parametrize("text", [
    # done and not done by two verbs: two things, not a split
    "全镇3862户农户，其中已签约家庭医生2960户，未参加健康体检的1200户。",
    # those that pass, among the points before, with their own rate
    "全镇32个水质检测点中，集中供水点20个，达标19个（达标率95%）。",
])
def test_parts_that_are_not_a_split(text):
    assert found(text) == []


def test_done_and_not_done_by_one_verb_still_split_the_whole():
    assert [f[:2] for f in found("全镇农户3862户，其中已签约2960户，未签约892户。")] == [("error", "3862户")]


def test_a_bare_gong_closing_the_list_before_it():
    # 48 + 126 + 210 + 268 = 652, not 625
    text = "全镇党员中，30岁以下48名，31至45岁126名，46至60岁210名，61岁以上268名，共625名。"
    assert [f[:2] for f in found(text)] == [("error", "625名")]
    assert found(text.replace("共625名", "共652名")) == []
    # another thing counted after 共
    assert found("全镇有11个村委会，1个居委会，共135个自然村，辖区面积78.54平方公里。") == []


def test_parts_named_by_the_measure_of_their_total_are_parts():
    # 74410 + 5120 + 21392 + 7 = 100929 万元, not 10.13 亿元 written 10.09 by a slip of one part (21772 for 21392)
    text = "全镇农林牧渔业总产值10.13亿元，其中种植业总产值74410万元；林果业总产值5120万元；畜牧业总产值21392万元；渔业总产值7万元。"
    from township_app.checks.rules.breakdowns import text_breakdowns
    [(total, parts, _strength)] = text_breakdowns(text)
    assert total.quantities[0].number == "10.13" and [p.quantities[0].number for p in parts] == ["74410", "5120", "21392", "7"]
    # a 共 in a part's words still opens a new total
    assert found("全镇总人口3718户11440人，其中建档立卡贫困户共615户2096人。") == []


@pytest.mark.parametrize("text,message", [
    ("新修道路3条，分别为2.1、1.6、0.9公里，共计4.8公里。", "分项之和为 4.6 公里（2.1 + 1.6 + 0.9），与总数 4.8 公里 不符"),
    ("新修道路3条，共计4.8公里，分别为2.1、1.6、0.9公里。", "分项之和为 4.6 公里（2.1 + 1.6 + 0.9），与总数 4.8 公里 不符"),
    ("三个村分别投入12、8、5万元，合计26万元。", "分项之和为 25 万元（12 + 8 + 5），与总数 26 万元 不符"),
])
def test_figures_listed_bare_with_the_unit_written_once(text, message):
    assert [(f[0], f[4]) for f in found(text)] == [("error", message)]


@pytest.mark.parametrize("text", [
    "新修道路3条，分别为2.1、1.6、0.9公里，共计4.6公里。",
    "三个村分别投入12、8、5万元，合计25万元。",
    "三条道路分别长2.1、1.6、0.9公里，共计投资480万元。",  # another unit
])
def test_figures_listed_bare_that_add_up(text):
    assert found(text) == []


def test_the_three_industries_make_their_total_however_far_short():
    # 2.9 + 28.4 + 18.2 = 49.5 亿元, far short of 91.4: the three industries are the whole added
    # value, so this is no list of some parts (其中 alone would leave a short list alone); so far
    # off, a figure may belong elsewhere: a warning. Near it, an error (47.5 + 18.2 + 2.9 = 68.6 of 68.9)
    text = "全区实现地区生产总值91.4亿元，同比增长5.1%。其中，第一产业增加值2.9亿元，增长3.7%；第二产业增加值28.4亿元，增长4.5%；第三产业增加值18.2亿元，增长6.1%。"
    assert spots(text) == [("91.4亿元", ["2.9亿元", "28.4亿元", "18.2亿元"])]
    assert found(text)[0][0] == "warning" and "49.5 亿元" in found(text)[0][4]
    near = "全区实现地区生产总值68.9亿元，其中第一产业增加值2.9亿元，第二产业增加值47.5亿元，第三产业增加值18.2亿元。"
    assert [f[0] for f in found(near)] == ["error"]
    # investment by industry is read as any 其中 list (short: a warning that names the list)
    assert [f[0] for f in found("全镇固定资产投资12.5亿元，其中第一产业投资1.2亿元，第二产业投资5.1亿元，"
                                "第三产业投资4.2亿元。")] == ["warning"]
    assert found("全镇生产总值增长6.5%，其中第一产业增长3.1%，第二产业增长7.2%，第三产业增长6.9%。") == []
    # two of the three industries, short of the total: some parts, left alone
    assert found("全区实现地区生产总值91.4亿元，其中第二产业增加值28.4亿元，第三产业增加值18.2亿元。") == []


def test_tiers_of_crop_damage_are_within_each_other():
    # 受灾 ⊇ 成灾 ⊇ 绝收: 1708 + 902 + 228 = 2838 over 2491 is no slip, the tiers are nested
    assert found("农作物受灾2491公顷，其中农作物成灾1708公顷，农作物绝收902公顷，毁坏耕地228公顷。") == []
    assert found("农作物受灾面积1480.9公顷，其中豆类622.92公顷，玉米79.64公顷，成灾面积1082.6公顷。") == []
    # crops under 受灾 still add up: 1200 + 900 + 491 = 2591, not 2491
    assert spots("农作物受灾面积2491公顷，其中水稻1200公顷，玉米900公顷，大豆491公顷。") \
        == [("2491公顷", ["1200公顷", "900公顷", "491公顷"])]


def test_a_count_that_names_what_the_next_part_serves():
    # 329 + 188 = 517 and 630 + 433 = 1063: 30个自然村 (no mark before 329个) is whom the roads serve
    assert found("实施农村公路改建及安防项目517个1063公里，其中：30个自然村通公路329个630公里，"
                 "安全生命防护工程188个项目433公里。") == []
    # with a mark it is a part, and the parts are over the total: 30 + 329 + 188 = 547
    assert spots("实施项目517个，其中：自然村通公路30个，通组公路329个，安全生命防护工程188个。") \
        == [("517个", ["30个", "329个", "188个"])]


def test_a_parts_own_list_opened_by_zhuyaoshi_inside_the_totals():
    # 150 + 1745 + 42 = 1937 is the second part's own list (主要是…); the total's parts are
    # 52 + 1937 + 110 = 2099, not 2085
    text = ("上级下达转移支付资金2085万元，其中返还性收入52万元，一般性转移支付收入1937万元，主要是体制补助收入"
            "150万元，结算补助收入1745万元，其他一般转移支付收入42万元；专项转移支付收入110万元。")
    assert spots(text) == [("2085万元", ["52万元", "1937万元", "110万元"])]
    assert found(text.replace("2085", "2099")) == []


def test_a_short_list_names_the_part_whose_digits_were_swapped():
    # 2.84 + 1.27 = 4.11 of 4.56; 2.84 + 1.72 = 4.56 exactly, and no other swap makes it
    text = "全镇耕地面积4.56万亩，其中水田2.84万亩、旱地1.27万亩。"
    [(severity, quote, _line, _col, message, parts)] = found(text)
    assert (severity, quote, parts) == ("warning", "4.56万亩", ["2.84万亩", "1.27万亩"])
    assert message.endswith("少于总数 4.56 万亩；若 1.27 应为 1.72（两位数字颠倒），则正好相符，请核对")


def test_a_swap_across_the_decimal_point_is_a_slip_but_two_candidates_name_none():
    # 8.4 + 11.2 + 6.8 + 7.9 + 6.5 = 40.8 of 42.6: 6.8 → 8.6 and 7.9 → 9.7 both add 1.8
    text = "完成村组道路硬化42.6公里，其中：甲村8.4公里；乙村11.2公里；丙村6.8公里；丁村7.9公里；戊村6.5公里。"
    [(severity, quote, _line, _col, message, _parts)] = found(text)
    assert (severity, quote) == ("warning", "42.6公里")
    assert "所列各项之和为 40.8 公里" in message and message.endswith("像是某一项的两位数字颠倒，请核对")

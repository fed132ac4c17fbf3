"""How a share finds the figure it is of when the words of 占…的 differ from the figure's: a scope
the figure's own name leaves out (占社区党员总数的 / 党员总数39名), people counted in 人 against a total
in 名, and a copy's pinyin glosses between the words. Each finding whole (severity, quote,
message, the part and total underlined).

Shares by hand: 14 ÷ 39 = 35.897% → 35.90%; 2 ÷ 39 = 5.128% → 5.13%; 23 ÷ 39 = 58.974% → 58.97%;
6 ÷ 39 = 15.385% → 15.38%; 90 ÷ 601 = 14.975% → 15%.
"""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "share"]


def found(text):
    return [(f.severity, f.quote, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def share(stated, part, total, expected):
    return f"占比填写为 {stated}，按 {part} ÷ {total} 计算应为 {expected}%"


@pytest.mark.parametrize("text", [
    "党员总数39名，其中离退休党员14名占社区党员总数的35.89%。",
    "党员总数39名，其中离退休党员14名，占本村党员总数的35.89%。",
    "党员总数39名，其中离退休党员14名，占全镇党员总数的35.89%。",
])
def test_a_base_named_with_the_scope_the_figure_leaves_out(text):
    assert found(text) == [("error", "35.89%", share("35.89%", "14 名", "39 名", "35.90"), ("14名", "39名"))]


def test_people_counted_in_ren_against_a_total_in_ming():
    text = "党员总数39名，其中生活困难党员2人，占社区党员总数的5.12%。"
    assert found(text) == [("error", "5.12%", share("5.12%", "2 人", "39 名", "5.13"), ("2人", "39名"))]


def test_pinyin_glosses_in_the_base_and_the_nearest_party_member_figure_is_not_the_total():
    # the parts (妇女党员23名, 流动党员6名 …) end in 党员 too, but 党员总数 is what is named
    text = ("黨員總數(shù)39名,其中婦女黨員23名占社區(qū)黨員總數(shù)的58.97%、流動黨員6名占社區(qū)黨員總數(shù)的15.38%、"
            "離退休黨員14名占社區(qū)黨員總數(shù)的35.89%、生活困難黨員2人占社區(qū)黨員總數(shù)的5.12%。")
    assert [f[:3] for f in found(text)] == [
        ("error", "35.89%", share("35.89%", "14 名", "39 名", "35.90")),
        ("error", "5.12%", share("5.12%", "2 人", "39 名", "5.13")),
    ]


@pytest.mark.parametrize("text", [
    "党员总数39名，其中妇女党员23名占社区党员总数的58.97%、流动党员6名占社区党员总数的15.38%。",
    "有党员601名，男党员511名，女党员90名，占党员的15%。",
    # 乡村人口 is not 村人口 of a 乡: only 全/本/我 + place, or 社区/街道, is a scope word
    "全乡总人口12000人，其中乡村人口9000人，占乡村人口的100%。",
])
def test_right_shares_stay_quiet(text):
    assert found(text) == []


def test_a_count_of_villages_is_not_people():
    # 个 is no person word: 2个 of a total in 名 is not a share of it
    assert found("党员总数39名，其中党支部2个，占社区党员总数的5.12%。") == []


# 28 ÷ 143 = 19.580% → 20% (19% stated); 68 ÷ 143 = 47.552% → 48% (47% stated); 287 ÷ 3826 = 7.501% → 7.5%;
# 126 ÷ 215 = 58.605% → 58.60%; 89 ÷ 215 = 41.395% → 41.40%

def test_a_base_in_the_sentence_before_is_the_total_not_the_part_that_ends_alike():
    # 女党员26名 ends in 党员 too; 共有党员143名 is the total 占党员总数 (no 的) names
    text = "党总支共有党员143名，其中女党员26名。大专以上学历党员28名占党员总数19%。"
    assert found(text) == [("error", "19%", share("19%", "28 名", "143 名", "19.58"), ("28名", "143名"))]


def test_sibling_parts_each_with_a_share_of_the_same_base():
    # 28名 has its own share of 党员总数: it is no base of 68名's
    text = "党总支共有党员143名。大专以上学历党员28名占党员总数20%，高中党员68名占党员总数47%。"
    assert found(text) == [("error", "47%", share("47%", "68 名", "143 名", "47.55"), ("68名", "143名"))]


def test_a_base_with_its_own_share_of_another_base_is_still_the_base():
    text = ("总人口19421人，其中60周岁以上老年人3826人，占总人口的19.7%；80周岁以上高龄老人512人，占老年人口的13.4%；"
            "失能半失能老人287人，占老年人口的7.4%。")
    assert found(text) == [("error", "7.4%", share("7.4%", "287 人", "3826 人", "7.50"), ("287人", "3826人"))]


@pytest.mark.parametrize("text", [
    "全年出生215人。一孩出生为126人，占出生总数的58.60%；二孩出生为89人，比去年同期减少46人，占出生总数的41.40%。",
    "党总支共有党员143名。大专以上学历党员28名占党员总数20%，高中党员68名占党员总数48%。",
])
def test_sibling_shares_that_hold_stay_quiet(text):
    assert found(text) == []


def test_shares_that_make_100_over_figures_in_wan():
    # 8.69 ÷ 17.24 = 50.406% → 50.41%, but 50.40 + 49.60 = 100: worked out from the counts behind the 万
    text = "总人口17.24万人，其中男性8.69万人，占50.40%，女性8.55万人，占49.60%。"
    assert found(text) == []
    # alone, the cut-off digit is still worth a look
    assert [f[:2] for f in found("总人口17.24万人，其中男性8.69万人，占50.40%。")] == [("warning", "50.40%")]


def test_respective_shares_of_a_total_named_with_a_counting_word():
    # 787 ÷ 1470 = 53.537% → 53.5%
    text = "全县女党员1470人，其中女党员干部490人、农民787人，分别占女党员总数的33.3%和53.6%。"
    assert [f[:2] for f in found(text)] == [("error", "53.6%")]
    assert found(text.replace("53.6%", "53.5%")) == []


def test_a_total_named_in_the_sentence_before_without_de():
    # 45.00 ÷ 131.05 = 34.34%
    text = "2009年全村经济总收入131.05万元。主产业销售总收入45.00万元，占全村经济总收入54.35%。"
    assert found(text) == [("error", "54.35%", share("54.35%", "45.00 万元", "131.05 万元", "34.34"),
                            ("45.00万元", "131.05万元"))]


def test_of_the_total_the_part_is_some_of():
    # 外出劳动力 are some of the 劳动力: 8209 ÷ 19081 = 43.02%
    assert [f[:2] for f in found("有劳动力19081人，外出劳动力8209人，占总数的43.1%。")] == [("error", "43.1%")]
    assert found("有劳动力19081人，外出劳动力8209人，占总数的43.0%。") == []


def test_the_expected_share_is_shown_so_it_does_not_read_as_the_written_one():
    # 55 ÷ 273 = 20.1465%: "20.15" would round to the 20.2 written; 20.147 does not
    [(_s, _q, message, _r)] = found("今年发展党员273人，其中女党员55人，占20.2%。")
    assert message == share("20.2%", "55 人", "273 人", "20.147")


def test_figures_that_lost_their_whole_part_are_not_divided():
    # .29万人 / .22万人: the digits before the point are gone; 22 ÷ 29 says nothing
    assert found("年底常住人口为.29万人。其中15-59岁人口为.22万人，占常住人口的66.26%。") == []


def test_a_bare_share_of_a_part_read_like_its_totals_named_share():
    # 15.93% is 市区's own share of its population, as 14.7% is of the city's
    assert found("全市60岁以上老年人口84.77万人，占总人口的14.7%，其中市区老年人口24.24万人，占15.93%。") == []


def test_a_share_of_the_total_length():
    # 占总里程的: the sentence's total, 662 ÷ 2000 = 33.1%
    assert [f[:2] for f in found("公路2000公里，其中等外公路662公里，占总里程的22.9%。")] == [("error", "22.9%")]
    assert found("公路2000公里，其中等外公路662公里，占总里程的33.1%。") == []


def test_the_population_stated_as_households_and_people_is_the_total_population():
    # 649 ÷ 5477 = 11.85% (11.8496…), not 11.9%
    text = "三个居委会共有1973户,5477人。两名医生负责社区保健工作。65岁以上649人,占总人口11.9%,已进入老龄化结构。"
    assert [f[:2] for f in found(text)] == [("warning", "11.9%")]
    assert found(text.replace("11.9%", "11.8%")) == []
    # two such statements: which is the population is not known
    assert found("东村共有800户2600人。西村共有1173户2877人。65岁以上649人，占总人口11.9%。") == []
    # a kind of households, not the population
    assert found("全镇共有低保户1973户5477人。65岁以上649人，占总人口11.9%。") == []


def test_a_base_named_by_the_words_right_after_its_figure():
    # 528 ÷ 3862 = 13.67%, not 13.9%
    text = "全乡11个行政村、3862户农户整治工作全面铺开。\n评出清洁庭院户528户，占农户总数的13.9%。"
    assert [f[:2] for f in found(text)] == [("warning", "13.9%")]
    assert found(text.replace("13.9%", "13.7%")) == []
    # two figures so named: which is meant is not known
    assert found("全乡3862户农户参与。\n全乡3900户农户参与。\n评出清洁庭院户528户，占农户总数的13.9%。") == []


def test_a_base_named_by_its_noun_and_counting_word():
    # 312 ÷ 698 = 44.70%: 低保总户数 is the 低保 figure in 户
    text = "年末在保低保对象698户1262人，较上年末减少42户。\n低保户中，一人户312户，占低保总户数的44.6%。"
    assert [f[:2] for f in found(text)] == [("warning", "44.6%")]
    assert found(text.replace("44.6%", "44.7%")) == []


def test_a_part_named_alike_is_not_a_second_base():
    # 17 ÷ 186 = 9.14%: 网上信访65件 is one of the 186, not another 信访总量
    text = ("全年共受理群众信访事项186件(上年同期214件),同比下降13.1%.其中:来信23件,来访98件,网上信访65件.\n"
            "重复信访17件,占信访总量的9.41%.")
    assert [f[:2] for f in found(text)] == [("warning", "9.41%")]


def test_the_part_stated_twice_is_not_its_own_base():
    text = ("年末有党员1814名。全镇党员中，有女党员359名，少数民族党员952名，35岁以下441名，占24.3%；"
            "少数民族952名，占党员总数的52.4%。")
    assert all("952 名 ÷ 952 名" not in f[2] for f in found(text))


def test_shares_of_the_total_the_listed_parts_make():
    # 826 + 211 + 415 + 47 + 50 + 14 = 1563: 826 ÷ 1563 = 52.85%, 415 ÷ 1563 = 26.55%
    text = ("“市长信箱”共收到群众来信1563件，其中直接答复430件。\n\n从诉求类型来看，投诉类826件，占总量的52.84%；"
            "咨询类211件，占总量13.5%；求助类415件，占总量26.56%；建议类47件，占总量的3%；举报类50件，占总量3.2%；"
            "其他类14件，占总量0.9%。")
    assert [f[1] for f in found(text)] == ["52.84%", "26.56%"]
    assert found(text.replace("52.84%", "52.85%").replace("26.56%", "26.55%")) == []


def test_a_bare_qizhong_clause_opens_the_part():
    # 144 ÷ 286 = 50.3497% → 50.35%, not 50.34%
    assert [f[:2] for f in found("确定了今年的286名新兵,其中,大学生144名,占50.34%。")] == [("error", "50.34%")]
    assert found("确定了今年的286名新兵,其中,大学生144名,占50.35%。") == []


def test_a_measured_total_named_in_an_earlier_sentence():
    # 662 ÷ 2011.8 = 32.91%, not 22.9% (1349.8 ÷ 2011.8 = 67.1% holds)
    text = "农村公路总里程2011.8公里。等级公路1349.8公里，占总里程的67.1%；等外公路662公里，占总里程的22.9%。"
    assert [f[:2] for f in found(text)] == [("error", "22.9%")]
    assert found(text.replace("22.9%", "32.9%")) == []


def test_a_base_named_in_the_sentence_wins_over_its_opener():
    # 3100 ÷ 3250 = 95.38%: 占应改造户数的 is of 应改造户厕3250户, not of the 3862 the sentence opens with
    assert found("全镇3862户农户中，应改造户厕3250户，已改造3100户，占应改造户数的95.4%。") == []
    assert found("全镇3862户农户中，需改造危房46户，已改造38户，占需改造户数的82.6%。") == []


@pytest.mark.parametrize("text,quote", [
    ("全镇户籍人口12560人。今年脱贫人口4120人，占总人口的23.8%。", "23.8%"),  # 4120 ÷ 12560 = 32.80%
    ("全镇共有农户3862户。今年签约2960户，占全镇总户数的67.6%。", "67.6%"),  # 2960 ÷ 3862 = 76.64%
])
def test_the_one_population_figure_named_otherwise(text, quote):
    assert [f[:2] for f in found(text)] == [("warning", quote)]


@pytest.mark.parametrize("text", [
    # two populations: which one is meant is not known
    "全镇户籍人口12560人，常住人口11200人。今年脱贫人口4120人，占总人口的23.8%。",
    # a part of the people, not all of them
    "全镇流动人口1200人。65岁以上649人，占总人口11.9%。",
])
def test_no_population_figure_to_take(text):
    assert found(text) == []

"""Running tallies of accounts (本级收入…，转移支付收入…，其中…，上年结余…，收入合计…) and the names of
money that only look like averages or rates (均衡性转移支付, 标准化厂房). Every sum below was added by
hand in the comments; the findings are whole: severity, quoted total, message, quoted parts.
"""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "sum"]

ACCOUNT = ("全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1478万元（含均衡性转移支付"
           "收入166万元、奖补资金收入968万元、结算补助收入132万元、其他一般转移支付收入212万元），专项转移支付收入406万元，"
           "上年结转结余60万元，基金调入103万元，收入合计为{total}万元。")


def found(text):
    return [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))]


def test_an_account_whose_item_has_a_bracketed_list_inside_its_own_breakdown():
    # 4402 + 1884 + 60 + 103 = 6449; 1478 + 406 = 1884; 166 + 968 + 132 + 212 = 1478
    assert found(ACCOUNT.format(total="6449")) == []


def test_the_account_with_a_wrong_total_is_still_said():
    # 4402 + 1884 + 60 + 103 = 6449, not 6459
    assert [f[:2] for f in found(ACCOUNT.format(total="6459"))] == [("error", "6459万元")]


def test_a_bracket_closed_in_the_wrong_place_leaves_the_tally_right():
    # the 含 bracket wrongly takes in 专项406 (166 + 968 + 132 + 212 + 406 = 1884, the 上级 figure);
    # the tally 4402 + 1884 + 60 + 103 = 6449 holds, so the 合计 is quiet; the bracket is said once
    text = ("全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1478万元（含均衡性转移支付"
            "收入166万元、奖补资金收入968万元、结算补助收入132万元、其他一般转移支付收入212万元，专项转移支付收入406万元），"
            "上年结转结余60万元，基金调入103万元，收入合计为6449万元。")
    assert found(text) == [(
        "warning", "1478万元",
        "分项之和为 1884 万元（166 + 奖补资金收入 968 + 结算补助收入 132 + 212 + 专项转移支付收入 406），"
        "与总数 1478 万元 不符，却等于前面的 1884 万元；请核对各分项是否属于此总数")]


@pytest.mark.parametrize("text, expected", [
    # 166 + 968 + 132 + 212 = 1478: 均衡性 names a kind of transfer, not an average
    ("一般转移支付收入1478万元（含均衡性转移支付收入166万元、奖补资金收入968万元、结算补助收入132万元、"
     "其他一般转移支付收入212万元）。", []),
    # 166 + 968 + 132 + 221 = 1487: the list closed by 其他 is the whole, so a transposed digit is an error
    ("一般转移支付收入1478万元（含均衡性转移支付收入166万元、奖补资金收入968万元、结算补助收入132万元、"
     "其他一般转移支付收入221万元）。",
     [("error", "1478万元", "分项之和为 1487 万元（166万元 + 奖补资金收入 968万元 + 结算补助收入 132万元 + 221万元），"
                          "与总数 1478 万元 不符")]),
    # 12000 + 8000 = 20000 平方米: 标准化厂房 is a building, not a rate
    ("新建厂房20000平方米，其中标准化厂房12000平方米，仓储用房8000平方米。", []),
    ("新建厂房20000平方米，其中标准化厂房12000平方米，仓储用房8800平方米。",
     [("warning", "20000平方米", "所列各项之和为 20800 平方米（标准化厂房 12000 + 仓储用房 8800），"
                              "超过总数 20000 平方米；若各项有交叉请忽略，否则请核对")]),
])
def test_names_of_money_and_buildings_that_only_look_like_averages(text, expected):
    assert found(text) == expected


def test_a_bracket_of_some_parts_without_a_closing_rest_stays_some():
    # （含A、B）: two notable items of the whole, not all of it — 166 + 968 = 1134 < 1478 is no slip
    assert found("一般转移支付收入1478万元（含均衡性转移支付收入166万元、奖补资金收入968万元）。") == []


def test_an_average_is_still_no_part():
    # 人均 and 补助标准 are not added: 3000 + 2000 = 5000 holds without the average
    assert found("发放补助5000元，其中困难户3000元，残疾人2000元，人均补助标准500元。") == []


@pytest.mark.parametrize("text", [
    # one 其中 part named 自筹 is some of the money, not all of it (24 of 376)
    "投资376万元，其中自筹24万元。",
    "总投资376万元,其中乡村自筹24万元。",
    # 12 + 3 + 6 = 21: a comma where a 、 was meant, between places of one 分别为 list
    "已启动审计工作21个村社,分别为罗阳镇12个、东溪乡3个,西旸镇6个。",
])
def test_lists_that_hold(text):
    assert found(text) == []


def test_a_list_of_places_with_a_comma_inside_still_adds_up():
    # 12 + 3 + 5 = 20 ≠ 21
    assert found("已启动审计工作21个村社,分别为罗阳镇12个、东溪乡3个,西旸镇5个。") == [(
        "error", "21个", "分项之和为 20 个（罗阳镇 12 + 东溪乡 3 + 西旸镇 5），与总数 21 个 不符")]


def test_sources_closed_by_zichou_are_still_the_whole():
    # 300 + 66 = 366 ≠ 376
    assert found("投资376万元，其中上级补助300万元，自筹66万元。") == [(
        "error", "376万元", "分项之和为 366 万元（上级补助 300 + 自筹 66），与总数 376 万元 不符")]


@pytest.mark.parametrize("text", [
    # 个 counts communities, villages or peoples, not the people 其中 goes on to count
    "辖3个社区，其中常住人口5000人。",
    "有彝族、哈尼族、汉族三个民族，其中少数民族人口为7921人。",
    # heights are levels: 2120 米 is no part of 1220 米
    "最低海拔1220米（乡政府所在地海拔2120米）。",
    "最低海拔1220米（镇政府驻地2120米）。",
])
def test_figures_that_are_no_parts(text):
    assert found(text) == []


def test_people_counted_in_ge_where_the_name_says_people():
    # 干部5个, 其中男3人，女3人: 3 + 3 = 6 ≠ 5
    assert found("选派干部5个，其中男3人，女3人。") == [(
        "error", "5个", "分项之和为 6 个（男 3 人 + 女 3 人），与总数 5 个 不符")]


def test_one_part_named_as_the_rest_is_some():
    # 其中其它…400亩 alone is one item, not the whole 2000
    assert found("全乡养殖面积2000亩，其中其它水产品养殖面积400亩。") == []
    # 500 + 400 = 900 ≠ 2000: closed by 其它, the list is the whole
    assert found("全乡养殖面积2000亩，其中河蟹500亩，其它水产品养殖面积400亩。") == [(
        "error", "2000亩", "分项之和为 900 亩（河蟹 500亩 + 400亩），与总数 2000 亩 不符")]


@pytest.mark.parametrize("text, message", [
    # 6 + 5 = 11 ≠ 9: 名 and 人 count the same people; 正式/预备 divide the party members
    ("党员9名，其中正式党员6名，预备党员5人。", "分项之和为 11 名（正式党员 6 名 + 预备党员 5 人），与总数 9 名 不符"),
    ("共有学校12所，其中公办学校9所，民办学校4所。", "分项之和为 13 所（公办学校 9 + 民办学校 4），与总数 12 所 不符"),
])
def test_kinds_that_divide_their_whole(text, message):
    assert [(f[0], f[2]) for f in found(text)] == [("error", message)]


def test_kinds_that_divide_their_whole_and_add_up():
    assert found("党员9名，其中正式党员6名，预备党员3人。") == []


def test_a_breakdown_after_a_bracketed_aside_is_of_the_figure_before_it():
    # 4298 + 2150 = 6448: the 教职工, not the 专任教师 in the bracket
    assert found("教职工6448人（专任教师6276人），其中小学4298人，初中2150人。") == []
    assert [f[:2] for f in found("教职工6448人（专任教师6276人），其中小学4298人，初中2510人。")] == [("warning", "6448人")]


def test_a_note_on_a_part_is_within_it():
    # 20 + 29 = 49: 财政局占用1名 is one of the 20
    assert found("编制总数49名，其中：行政编制20名，财政局占用1名，事业编制29名。") == []
    assert [f[:2] for f in found("编制总数49名，其中：行政编制20名，财政局占用1名，事业编制30名。")] == [("error", "49名")]
    # 非法占用林地 is a kind of case, not a note
    assert [f[:2] for f in found("查处案件12起，其中滥伐林木5起、非法占用林地4起、非法运输木材2起。")] == [("warning", "12起")]


def test_a_list_after_baokuo():
    # 161.57 + 12.23 = 173.80, short of 173.89 by what looks like a slip
    assert [f[:2] for f in found("基本支出173.89万元，包括：人员经费支出161.57万元，公用经费支出12.23万元。")] == [
        ("warning", "173.89万元")]
    assert found("基本支出173.80万元，包括：人员经费支出161.57万元，公用经费支出12.23万元。") == []


def test_grades_beside_a_grade_are_parts():
    # 满意 / 基本满意 / 不满意: three grades, none within another
    text = "工单总数为7696件，其中满意6197件、基本满意237件、不满意1262件。"
    assert found(text) == []


def test_first_children_and_the_rest_are_all_births():
    # 251 + 57 = 308 ≠ 310
    assert found("全镇共出生310人，其中一孩251人、二孩及以上57人。") == [(
        "error", "310人", "分项之和为 308 人（一孩 251 + 二孩及以上 57），与总数 310 人 不符")]


@pytest.mark.parametrize("text", [
    # one part is all of the total: the rest cut across it
    "有乡村人口218人，其中农业人口218人，劳动力100人。",
    # changes in points do not add up
    "60岁及以上人口的比重上升1.98个百分点，其中65岁及以上人口的比重上升2.26个百分点。",
])
def test_parts_that_are_no_partition(text):
    assert found(text) == []


def test_one_bracketed_figure_larger_than_its_whole_is_of_another_kind():
    # 联合会5家 hold 97 firms: 家 counts both; the bracket is no part
    assert found("村街联合会5家（包含企业97家），小企业联合会6家（包含企业202家）。") == []
    # with 其中 it is a part, and a part larger than its whole is a slip
    assert [f[:2] for f in found("耕地2300亩（其中水田3200亩）。")] == [("error", "2300亩")]


def test_kinds_named_alike_over_their_total():
    # 村团支部 / 企业团支部: 6 + 7 = 13 ≠ 10
    assert [f[:2] for f in found("全镇共有团组织10个，其中村团支部6个、企业团支部7个。")] == [("error", "10个")]
    assert found("全镇共有团组织13个，其中村团支部6个、企业团支部7个。") == []
    # 制造业投资 / 技改投资 cut across each other: more than the total is no slip
    assert found("完成固定资产投资630万元，其中制造业预计完成投资460万元，技改完成投资350万元。") == []


def test_a_total_opening_its_sentence_then_its_list():
    # 合计519亩，其中…: 255 + 127 + 200 = 582 ≠ 519
    assert [f[:2] for f in found("合计519亩，其中甲255亩，乙127亩，丙200亩。")] == [("error", "519亩")]
    assert [f[:2] for f in found("共计巡河17386次，其中县级150次，乡级1136次，村级16000次。")] == [("warning", "17386次")]


def test_a_parts_own_list_closed_by_the_rest_of_it():
    # 回族30 + 其他少数民族10 = 少数民族40: 60 + 40 = 100
    assert found("总人口100人，其中汉族60人，少数民族40人，回族30人，其他少数民族10人。") == []
    assert [f[2] for f in found("总人口100人，其中汉族60人，少数民族41人，回族30人，其他少数民族11人。")] == [
        "分项之和为 101 人（汉族 60 + 少数民族 41），与总数 100 人 不符"]


def test_workers_counted_across_the_people():
    assert found("有人口3386人，其中农业人口2376人，劳动力1243人。") == []

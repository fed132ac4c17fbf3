"""户均 / 人均 / 亩均, each finding whole: the quoted average and its column, the total and the
count it was computed from (and where they stand), the computed value in the average's own
unit, and the severity (a warning when the average names nothing and was paired by position).
Quotients worked out by hand in the comments."""
import pytest

from township_app.checks import check_text, default_rules

#: what the engine adds after a far-off 提示's computation
FAR_OFF = "（相差较大，可能比较的不是同一项，请核对）"

[RULE] = [r for r in default_rules() if r.id == "per-unit"]

FUNDS = "全年发放产业发展扶持资金共计168万元，惠及脱贫户420户，"
WORK = "全村320人参加务工，务工收入共计1152万元，"


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.column, f.message, [r.column for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def at(text, part):
    return text.index(part) + 1


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("per-unit", "error", "户均、人均、亩均与总数不符")


# 1,680,000 元 ÷ 420 户 = 4000 元; 168万 may be 167.5万 … 168.5万: 3988 … 4012
FUNDS_4000 = "填写为 {}，按 168 万元 ÷ 420 户 计算应为 4000.00 元"
# 11,520,000 元 ÷ 320 人 = 36,000 元 = 3.6 万元
WORK_36 = "填写为 4.2 万元，按 1152 万元 ÷ 320 人 计算应为 3.60 万元"

CASES = [
    # 1060 亩 ÷ 265 户 = 4; 户均种植 names what it averages: the rule's own severity
    ("大坪村265户农户全部种植烤烟，今年共种植烤烟1060亩，户均种植5亩。", "error", "5亩",
     "户均种植填写为 5 亩，按 1060 亩 ÷ 265 户 计算应为 4.00 亩", ("1060亩", "265户")),
    (FUNDS + "户均4500元。", "warning", "4500元", "户均" + FUNDS_4000.format("4500 元"), ("168万元", "420户")),
    (FUNDS + "户均 4500元。", "warning", "4500元", "户均" + FUNDS_4000.format("4500 元"), ("168万元", "420户")),
    (FUNDS + "每户平均4500元。", "warning", "4500元", "每户平均" + FUNDS_4000.format("4500 元"), ("168万元", "420户")),
    (FUNDS + "平均每户4500元。", "warning", "4500元", "平均每户" + FUNDS_4000.format("4500 元"), ("168万元", "420户")),
    # far off: paired wrongly, a 提示 (45000 ÷ 4000 = 11.25)
    (FUNDS + "户均45000元。", "info", "45000元", "户均" + FUNDS_4000.format("45000 元") + FAR_OFF, ("168万元", "420户")),
    # a change beside the count is no count
    (FUNDS + "比上年增加50户，户均4500元。", "warning", "4500元", "户均" + FUNDS_4000.format("4500 元"),
     ("168万元", "420户")),
    (WORK + "人均务工收入4.2万元。", "error", "4.2万元", "人均务工收入" + WORK_36, ("1152万元", "320人")),
    (WORK + "每人平均4.2万元。", "warning", "4.2万元", "每人平均" + WORK_36, ("1152万元", "320人")),
    (WORK + "平均每人4.2万元。", "warning", "4.2万元", "平均每人" + WORK_36, ("1152万元", "320人")),
    # 168 万元 ÷ 420 户 = 0.4 万元, in the unit the average is written in
    ("全年发放产业扶持资金168万元，惠及420户，户均0.45万元。", "warning", "0.45万元",
     "户均填写为 0.45 万元，按 168 万元 ÷ 420 户 计算应为 0.40 万元", ("168万元", "420户")),
    # 2355 ÷ 768 = 3.0664 → 3.07
    ("全镇建档立卡脱贫户768户2355人，户均3.5人。", "warning", "3.5人",
     "户均填写为 3.5 人，按 2355 人 ÷ 768 户 计算应为 3.07 人", ("2355人", "768户")),
    # people counted in 名 and 位: 37,800 ÷ 1260 = 30; 3.6万 ÷ 60 = 600 (35,500 … 36,500 ÷ 60 = 591.7 … 608.3)
    ("为全村1260名老人提供服务共计37800小时，人均35小时。", "warning", "35小时",
     "人均填写为 35 小时，按 37800 小时 ÷ 1260 名 计算应为 30.00 小时", ("37800小时", "1260名")),
    ("全村60位老人，发放补贴共计3.6万元，人均800元。", "warning", "800元",
     "人均填写为 800 元，按 3.6 万元 ÷ 60 位 计算应为 600.00 元", ("3.6万元", "60位")),
    # 6,000,000 元 ÷ 1200 亩 = 5000 (600万 allows 4995.8 … 5004.2)
    ("全镇种植烤烟1200亩，烤烟产值600万元，亩均产值6000元。", "error", "6000元",
     "亩均产值填写为 6000 元，按 600 万元 ÷ 1200 亩 计算应为 5000.00 元", ("600万元", "1200亩")),
]


@pytest.mark.parametrize("text,severity,quote,message,figures", CASES)
def test_findings(text, severity, quote, message, figures):
    assert found(text) == [("per-unit", severity, quote, at(text, quote), message,
                            [at(text, figures[0]), at(text, figures[1])])]


@pytest.mark.parametrize("text", [
    "大坪村265户农户全部种植烤烟，今年共种植烤烟1060亩，户均种植4亩。",
    FUNDS + "户均4000元。",
    "投资500万元建设冷库，惠及120户，户均增收3000元。",  # 增收 is not what was invested
    "全镇总人口2万人，农民人均可支配收入1.2万元。",
    "发放资金36万元，其中救助资金12万元，惠及120户，户均3000元。",  # two totals
    WORK + "人均务工收入3.6万元。",
    "全镇耕地面积3.2万亩，粮食总产1.5万吨，亩均产值2000元。",
    "全年发放产业扶持资金168万元，惠及420户，户均0.4万元。",
    "全镇建档立卡脱贫户768户2355人，户均3.07人。",
    FUNDS + "户均约4500元。",  # about
    "全年发放资金约168万元，惠及420户，户均4500元。",
    "全年发放资金168万元，惠及0户，户均4500元。",
    "全年发放资金168万元。惠及420户，户均4500元。",  # the total in another sentence
    "全年惠及1200人，户均4500元，人均1500元。",  # an average is no total
    "全村320人，贫困发生率5%，人均8%。",  # a percentage is no average
    "全村320人，出生率5‰，人均8‰。",
    "全村有劳动力200人，人均0.6人。",  # counted in its own unit
    "全村320人，务工收入共计1152万元。",
])
def test_quiet(text):
    assert found(text) == []


def test_a_monthly_average_over_a_years_total():
    # 312000 ÷ 41 ÷ 12 = 634.15
    from township_app.checks import check_text
    def per_unit(text):
        return [(f.severity, f.quote, f.message) for f in check_text(text) if f.rule == "per-unit"]
    assert per_unit("全镇低保对象41人，按月发放低保金，全年发放31.2万元，月人均634元。") == []
    assert per_unit("全镇低保对象41人，按月发放低保金，全年发放31.2万元，月人均643元。") == [
        ("warning", "643元", "人均填写为 643 元，按 31.2 万元 ÷ 41 人 ÷ 12 个月 计算应为 634.15 元")]
    # the period not said: not checked
    assert per_unit("全镇低保对象41人，发放低保金31.2万元，月人均643元。") == []


def test_an_average_of_the_area_its_words_name():
    # 3.15亿元 ÷ 2.8万亩 = 11250 元 (not ÷ 3.6万亩, the whole 茶园)
    from township_app.checks import check_text
    def per_unit(text):
        return [(f.severity, f.quote, f.message) for f in check_text(text) if f.rule == "per-unit"]
    text = "全镇茶园面积3.6万亩，其中投产茶园2.8万亩；前三季度实现茶叶产值3.15亿元，投产茶园亩均产值11520元。"
    assert per_unit(text) == [("error", "11520元", "亩均产值填写为 11520 元，按 3.15 亿元 ÷ 2.8 万亩 计算应为 11250.00 元")]
    assert per_unit(text.replace("11520元", "11250元")) == []
    # 亩均 naming neither area: which one is not known
    assert per_unit("全镇茶园面积3.6万亩，其中投产茶园2.8万亩；实现茶叶产值3.15亿元，亩均产值11520元。") == []


VILLAGES = "全镇14个村集体经济收入合计1036万元，"


@pytest.mark.parametrize("text, quote, message, related", [
    # 1036 万元 ÷ 14 = 74 万元 (74.6 is not 74.00 written to one decimal)
    (VILLAGES + "村均74.6万元，其中两个村收入超过100万元。", "74.6万元",
     "村均填写为 74.6 万元，按 1036 万元 ÷ 14 个 计算应为 74.00 万元", ("1036万元", "14个")),
    # 2960 万元 ÷ 10314 户 = 2869.885… → 2869.89; the count in a bracket after the average
    ("全年发放各类惠农补贴2960万元，户均2780元（全乡10314户）。", "2780元",
     "户均填写为 2780 元，按 2960 万元 ÷ 10314 户 计算应为 2869.89 元", ("2960万元", "10314户")),
    # after 其中 the average is the part's: 1,609,300 元 ÷ 1127 户 = 1427.95 (not 186.45 万元's)
    ("全乡共兑现奖补资金186.45万元，其中农户奖补资金160.93万元，惠及农户1127户，户均1482元；"
     "经营主体奖补资金25.52万元，惠及经营主体12家。", "1482元",
     "户均填写为 1482 元，按 160.93 万元 ÷ 1127 户 计算应为 1427.95 元", ("160.93万元", "1127户")),
])
def test_averages_over_a_count_named_otherwise_or_placed_after(text, quote, message, related):
    assert found(text) == [("per-unit", "warning", quote, at(text, quote), message,
                            [at(text, r) for r in related])]


@pytest.mark.parametrize("text", [
    VILLAGES + "村均74万元。",
    "全年发放各类惠农补贴2960万元，户均2870元（全乡10314户）。",
    "全乡共兑现奖补资金186.45万元，其中农户奖补资金160.93万元，惠及农户1127户，户均1428元。",
    # a bracket saying more than a count is not the average's base
    "全年发放各类惠农补贴2960万元，户均2780元（全乡10314户、较上年增加120户）。",
    # 14个 not counting villages: no 村均 base
    "全镇14个项目总投资1036万元，村均74.6万元。",
])
def test_averages_with_their_base_stay_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize("text, quote, message, related", [
    # 2,146,000 元 ÷ 183 人次 = 11,726.78 元 = 1.17 万元
    ("大病保险赔付183人次，赔付金额214.6万元，人均1.71万元。", "1.71万元",
     "人均填写为 1.71 万元，按 214.6 万元 ÷ 183 人次 计算应为 1.17 万元", ("214.6万元", "183人次")),
    # 278,000 元 ÷ 386 头 = 720.207… → 720.21
    ("赔付病死生猪386头，赔款金额27.8万元，头均702元。", "702元",
     "头均填写为 702 元，按 27.8 万元 ÷ 386 头 计算应为 720.21 元", ("27.8万元", "386头")),
])
def test_averages_per_visit_and_per_head(text, quote, message, related):
    assert found(text) == [("per-unit", "warning", quote, at(text, quote), message,
                            [at(text, r) for r in related])]
    assert found(text.replace("1.71万元", "1.17万元").replace("702元", "720元")) == []


def test_a_count_named_in_an_earlier_sentence_the_average_repeats():
    # 976,000 元 ÷ 5120 户 = 190.625 → 190.63 (191.6 written)
    text = "全乡种粮农户5120户。上半年向种粮农户发放实际种粮农民一次性补贴97.6万元，户均191.6元。"
    assert found(text) == [("per-unit", "warning", "191.6元", at(text, "191.6元"),
                            "户均填写为 191.6 元，按 97.6 万元 ÷ 5120 户 计算应为 190.63 元",
                            [at(text, "97.6万元"), at(text, "5120户")])]
    assert found(text.replace("191.6元", "190.6元")) == []
    # the sentence names other households: no base
    assert found("全乡农户5120户。上半年向种粮大户发放补贴97.6万元，户均191.6元。") == []


def test_an_average_after_two_counts_of_one_value():
    # 计划 42, 完成 42: 1,680,000 元 ÷ 42 户 = 40,000 元 = 4.00 万元
    text = "计划改造42户，完成42户，完成投资168万元，户均投资4.2万元。"
    assert found(text) == [("per-unit", "error", "4.2万元", at(text, "4.2万元"),
                            "户均投资填写为 4.2 万元，按 168 万元 ÷ 42 户 计算应为 4.00 万元",
                            [at(text, "168万元"), at(text, "完成42户") + 2])]


def test_per_head_holding():
    # 人均占有: 556万公斤 ÷ 22950人 = 242.27 公斤 (246.1 written; 556 is rounded to 万, so a warning)
    text = "全乡22950人，粮食总产556万公斤，人均占有246.1公斤。"
    assert [(f.severity, f.message) for f in check_text(text, rules=(RULE,))] == [
        ("warning", "人均填写为 246.1 公斤，按 556 万公斤 ÷ 22950 人 计算应为 242.27 公斤")]
    assert check_text(text.replace("246.1", "242.3"), rules=(RULE,)) == []


def test_a_per_head_weight_in_kilograms_of_a_total_in_tonnes():
    # 4.5万吨 = 45000000 公斤 ÷ 46200 人 = 974.03 公斤: tonnes and kilograms are one scale
    text = "全镇总人口4.62万人，生产粮食4.5万吨，人均1500千克。"
    assert [(f.severity, f.quote, f.message) for f in check_text(text) if f.rule == "per-unit"] == [(
        "warning", "1500千克", "人均填写为 1500 千克，按 4.5 万吨 ÷ 4.62 万人 计算应为 974.03 千克")]
    assert [f for f in check_text("全镇总人口4.62万人，生产粮食4.5万吨，人均974千克。") if f.rule == "per-unit"] == []


def test_ren_ping_and_hu_ping_are_averages():
    # 14.02万元 ÷ 2002 人次 = 70.03 元 (700 is ten times that: said as a 提示)
    found = [(f.severity, f.message) for f in check_text("医疗救助2002人次，发放救助金14.02万元，人平700元。")
             if f.rule == "per-unit"]
    assert found == [("info", "人平填写为 700 元，按 14.02 万元 ÷ 2002 人次 计算应为 70.03 元" + FAR_OFF)]
    # 103.8万元 ÷ 369 户 = 2813.01 元
    found = [(f.severity, f.message) for f in check_text("救助369户，发放资金103.8万元，户平2815元。")
             if f.rule == "per-unit"]
    assert found == [("warning", "户平填写为 2815 元，按 103.8 万元 ÷ 369 户 计算应为 2813.01 元")]


def _per_unit(text):
    return [(f.severity, f.message) for f in check_text(text) if f.rule == "per-unit"]


@pytest.mark.parametrize("text, message", [
    # 2406 ÷ 2462 = 0.977 亩: the population stated in the sentence before; more than that is what
    # a base of the farming people only would give, so the message says so
    ("全村总人口2462人。耕地面积2406亩，人均耕地1.1亩。", "人均耕地填写为 1.1 亩，按 2406 亩 ÷ 2462 人 计算应为 0.98 亩"
     "（人均耕地常按农业人口计算；若如此请忽略）"),
    # 4316 吨 = 4316000 公斤 ÷ 3854 = 1119.88: more than twice, a 提示
    ("总人口3854人，粮食产量4316吨，人均有粮500公斤。", "人均粮填写为 500 公斤，按 4316 吨 ÷ 3854 人 计算应为 1119.88 公斤" + FAR_OFF),
])
def test_a_stock_per_head_of_the_population(text, message):
    assert [m for _s, m in _per_unit(text)] == [message]


@pytest.mark.parametrize("text", [
    "全村总人口2462人。耕地面积2406亩，人均耕地0.98亩。",
    # 农民人均: per farmer, not per resident
    "全村总人口2462人。耕地面积2406亩，农民人均耕地1.1亩。",
    # the population is of 2017, the grain of 2007
    "常住人口17785人（2017年）。2007年，粮食总产8303吨，人均占有粮达431公斤。",
])
def test_stocks_per_head_that_hold_or_are_of_others(text):
    assert _per_unit(text) == []


def test_a_census_household_size_in_the_sentence_after():
    # 283492 ÷ 104717 = 2.707 人
    text = "全县共有家庭户104717户，家庭户人口为283492人。平均每个家庭户的人口为2.50人。"
    assert _per_unit(text) == [("error", "平均每个家庭户人口填写为 2.50 人，按 283492 人 ÷ 104717 户 计算应为 2.71 人")]
    assert _per_unit(text.replace("2.50", "2.71")) == []


def test_an_average_with_a_frame_of_its_own_is_not_of_the_sentence_before():
    # three years of work trips, against one year's income per resident
    assert _per_unit("近三年来该县共输出务工人员28万人次，劳务收入实现42.3亿元。2015年全县人均劳务收入3229元。") == []


def test_a_per_head_area_named_with_mianji():
    # 人均耕地面积 of 耕地总面积: 345000 ÷ 52658 = 6.55 亩
    assert [m for _s, m in _per_unit("耕地总面积34.5万亩，总人口52658人，人均耕地面积6.5亩。")] == [
        "人均耕地面积填写为 6.5 亩，按 34.5 万亩 ÷ 52658 人 计算应为 6.55 亩"]

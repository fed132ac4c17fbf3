"""Rates named after their part (一孩率, 晚婚率, 留守率), each finding whole: the quoted rate and
its column, the part and total it was computed from (and where they stand), the computed
value — quotients worked out by hand in the comments."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "named-rate"]


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.column, f.message, [r.column for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def at(text, part, nth=0):
    """1-based column of the nth appearance of part."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(part, pos + 1)
    return pos + 1


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("named-rate", "error", "比率与其分项不符")


def test_two_rates_of_one_breakdown():
    text = "上半年共出生148人，其中一孩96人，一孩率70%，二孩52人，二孩率30%。"
    # 96 ÷ 148 = 64.865% → 64.86; 52 ÷ 148 = 35.135% → 35.14
    assert found(text) == [
        ("named-rate", "error", "70%", at(text, "70%"), "一孩率填写为 70%，按 一孩 96 人 ÷ 总数 148 人 计算应为 64.86%",
         [at(text, "96人"), at(text, "148人")]),
        ("named-rate", "error", "30%", at(text, "30%"), "二孩率填写为 30%，按 二孩 52 人 ÷ 总数 148 人 计算应为 35.14%",
         [at(text, "52人"), at(text, "148人")]),
    ]


ONE = "一孩率填写为 70%，按 一孩 96 人 ÷ 总数 148 人 计算应为 64.86%"


@pytest.mark.parametrize("text,rate,message,part,total", [
    # the total in another unit, named before 其中: 52 ÷ 84 = 61.905% → 61.90
    ("全镇新婚84对，其中晚婚52人，晚婚率为58.2%。", "58.2%",
     "晚婚率填写为 58.2%，按 晚婚 52 人 ÷ 总数 84 对 计算应为 61.90%", "52人", "84对"),
    # 158 ÷ 420 = 37.619% → 37.62
    ("全乡共有适龄儿童420人，其中留守儿童158人，留守率35.6%。", "35.6%",
     "留守率填写为 35.6%，按 留守 158 人 ÷ 总数 420 人 计算应为 37.62%", "158人", "420人"),
    # 其中 in brackets
    ("全镇新婚84对（其中晚婚52人），晚婚率为58.2%。", "58.2%",
     "晚婚率填写为 58.2%，按 晚婚 52 人 ÷ 总数 84 对 计算应为 61.90%", "52人", "84对"),
    # the part two groups back; a share of the part in between is no part
    ("共出生148人，其中一孩96人，男孩50人，一孩率70%。", "70%", ONE, "96人", "148人"),
    ("共出生148人，其中一孩96人，一孩占比64.9%，一孩率70%。", "70%", ONE, "96人", "148人"),
    ("上半年共出生148人，其中一孩96人，一孩率 70%。", "70%", ONE, "96人", "148人"),
    # a rounded total: 9600 ÷ 14,750 … 14,850 is 64.65% … 65.08%, and 70% is outside
    ("共出生1.48万人，其中一孩9600人，一孩率70%。", "70%",
     "一孩率填写为 70%，按 一孩 9600 人 ÷ 总数 1.48 万人 计算应为 64.86%", "9600人", "1.48万人"),
])
def test_findings(text, rate, message, part, total):
    assert found(text) == [("named-rate", "error", rate, at(text, rate), message, [at(text, part), at(text, total)])]


@pytest.mark.parametrize("text", [
    "上半年共出生148人，其中一孩96人，一孩率64.9%，二孩52人，二孩率35.1%。",
    "全镇新婚84对，其中晚婚52人，晚婚率为61.9%。",
    "全乡共有适龄儿童420人，其中留守儿童158人，入学率100%。",  # not a part's rate
    "全乡共有适龄儿童420人，其中儿童入学410人，儿童入学率95%。",  # ends with 入学
    "留守儿童158人，留守率35.6%。",  # no total
    "全乡共有适龄儿童约420人，其中留守儿童158人，留守率35%。",  # about
    "上半年共出生148人，其中一孩约96人，一孩率70%。",
    "上半年共出生148人，其中一孩96人，一孩率约70%。",
    "上半年共出生148人，一孩率70%。",  # no part
    "上半年共出生148人，一孩率70%，其中一孩96人。",  # the part after the rate
    "全镇新婚84对，晚婚52人，晚婚率为58.2%。",  # no 其中: not the total's part
    "其中晚婚52人，晚婚率为58.2%。",
    "全镇新婚84对。其中晚婚52人，晚婚率为58.2%。",  # another sentence
    "共出生0人，其中一孩0人，一孩率70%。",
    "全年共出生148人。",
    "下达资金200万元，其中已拨付150万元，拨付率80%。",
    "全镇共有新婚夫妇84对168户，其中晚婚52人，晚婚率为58.2%。",  # two totals, neither in 人  # 拨付率 has a definition of its own: the rate rule's
])
def test_quiet(text):
    assert found(text) == []


def test_every_part_named_by_the_rates_word_counts():
    # (1216 + 148) ÷ 1380 = 98.84%
    from township_app.checks import check_text
    text = "接收预警指令1380条，其中见面劝阻1216条、电话劝阻148条，劝阻率98.8%。"
    assert [f for f in check_text(text) if f.rule == "named-rate"] == []
    [f] = [f for f in check_text(text.replace("98.8%", "98.3%")) if f.rule == "named-rate"]
    assert (f.severity, f.quote, f.message) == ("error", "98.3%",
                                                "劝阻率填写为 98.3%，按 劝阻 1216 + 148 条 ÷ 总数 1380 条 计算应为 98.84%")


def test_a_total_named_by_the_rates_word_is_its_numerator_not_its_base():
    from township_app.checks import check_text
    text = "上半年共接收预警指令1380条，共劝阻1364条，其中见面劝阻1216条、电话劝阻148条，劝阻率98.8%。"
    assert [f for f in check_text(text) if f.rule == "named-rate"] == []


def test_a_rate_over_the_sentences_first_figure_that_gives_it():
    # 8 ÷ 30 = 26.67%: over the 30 signed (开工26个 is of them too), not over the 26 its 其中 follows
    text = "新签约项目30个，开工26个，其中投产8个，投产率26.67%。"
    assert [f for f in check_text(text, rules=(RULE,))] == []
    # a rate neither figure gives is still said, over the figure its 其中 follows
    text = "新签约项目30个，开工26个，其中投产8个，投产率36.67%。"
    assert [(f.severity, f.message) for f in check_text(text, rules=(RULE,))] == [
        ("error", "投产率填写为 36.67%，按 投产 8 个 ÷ 总数 26 个 计算应为 30.77%")]


def test_a_part_said_again_is_not_a_second_part():
    # a Traditional copy with its pinyin glosses: 已經(jīng)完工1912個 … 已完工項目1912個 is one part said twice,
    # not 1912 + 1912 = 3824 completed of 2145 (the rate rule names its slip: 1912 ÷ 2145 = 89.14%, not 88.89%)
    text = ("市政府對審議意見的研究處理報告顯示,截至今年5月底,18個深度貧困鄉(xiāng)鎮(zhèn)累計開工規(guī)劃項目2145個,"
            "其中已經(jīng)完工1912個,項目開工率和投資完成率分別達到100%、86.47%,已完工項目1912個,完工率達到88.89%,在建項目233個。")
    assert not any("1912 + 1912" in f[4] for f in found(text))
    rates = [f for f in check_text(text) if f.rule == "rate"]
    assert [(f.quote, f.message) for f in rates] == [
        ("88.89%", "完工率填写为 88.89%，按 完工 1912 个 ÷ 开工 2145 个 计算应为 89.14%")]

"""Rates with a definition every office knows (火化率 = 火化 ÷ 死亡, 入学率 = 入学 ÷ 适龄, 入园率,
参合率, 住院分娩率): a near miss is an error with the computation shown. Quotients by hand:
699 ÷ 1111 = 62.916% → 62.92%; 450 ÷ 500 = 90%; 296 ÷ 320 = 92.5%; 213 ÷ 215 = 99.070%;
11500 ÷ 12000 = 95.833% → 95.83%."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "rate"]


def found(text):
    return [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))]


@pytest.mark.parametrize("text, quote, message", [
    ("死亡1111人，火化699人，火化率达52%。", "52%", "火化率填写为 52%，按 火化 699 人 ÷ 死亡 1111 人 计算应为 62.92%"),
    ("适龄儿童500人，入学450人，入学率80%。", "80%", "入学率填写为 80%，按 入学 450 人 ÷ 适龄儿童 500 人 计算应为 90.00%"),
    ("适龄幼儿320人，在园296人，入园率95.2%。", "95.2%", "入园率填写为 95.2%，按 在园 296 人 ÷ 适龄幼儿 320 人 计算应为 92.50%"),
    ("农业人口12000人，参合11500人，参合率96.83%。", "96.83%",
     "参合率填写为 96.83%，按 参合 11500 人 ÷ 农业人口 12000 人 计算应为 95.83%"),
    ("活产婴儿215人，住院分娩213人，住院分娩率99.7%。", "99.7%",
     "住院分娩率填写为 99.7%，按 住院分娩 213 人 ÷ 活产 215 人 计算应为 99.07%"),
])
def test_a_known_rate_off_by_a_digit_is_an_error(text, quote, message):
    assert found(text) == [("error", quote, message)]


@pytest.mark.parametrize("text", [
    "死亡1111人，火化699人，火化率达62.92%。",
    "适龄儿童500人，入学450人，入学率90%。",
    "全镇适龄儿童应入学1286人，已入学1276人，入学率99.2%。",
    "适龄幼儿320人，在园296人，入园率92.5%。",
    "农业人口12000人，参合11500人，参合率95.83%。",
    "活产婴儿215人，住院分娩213人，住院分娩率99.07%。",
    # no figure says how many children are of age: 留守儿童 is no base of 入学率
    "全乡共有适龄儿童420人，其中留守儿童158人，入学率100%。",
])
def test_known_rates_that_hold(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # the figures before another rate are its own: 完成率 of another thing has no figures here
    "适龄儿童总数54名，已入学52名，入学率96.3%，15周岁少年初等教育完成率100%。",
    "应参保54人，已参保52人，参保率96.3%，档案录入完成率100%。",
])
def test_a_rate_after_another_rates_figures(text):
    assert found(text) == []


@pytest.mark.parametrize("text, quote, message", [
    # rates listed after their figures: 签约率 between 已拆除 and 拆除率 takes nothing from it
    ("需拆迁房屋86户，已签订协议78户，已拆除72户，签约率90.7%，拆除率84.7%。", "84.7%",
     "拆除率填写为 84.7%，按 已拆除 72 户 ÷ 需拆迁 86 户 计算应为 83.72%"),
    # 实际参保 is what was done
    ("应参保441人，实际参保411人，完成率100%。", "100%", "完成率填写为 100%，按 实际参保 411 人 ÷ 应参保 441 人 计算应为 93.20%"),
])
def test_rates_after_their_figures(text, quote, message):
    assert found(text) == [("error", quote, message)]


def test_a_rate_over_100_is_not_exact():
    # 完成率超100%: more than 100, no figure to check
    assert found("完成率60%。引进人才17人，完成培训864人，完成率超100%。") == []


def test_insured_written_short():
    # 应保/已保: 12575 ÷ 13210 = 95.193% → 95.2%
    assert found("全乡应保13210人，已保12575人，参保率为95.1%。") == [
        ("error", "95.1%", "参保率填写为 95.1%，按 已保 12575 人 ÷ 应保 13210 人 计算应为 95.19%")]


def test_paid_out_of_the_project_money():
    # 38 ÷ 40 = 95%
    assert found("项目资金40万元，已支付38万元，支付率99%。") == [
        ("error", "99%", "支付率填写为 99%，按 已支付 38 万元 ÷ 项目资金 40 万元 计算应为 95.00%")]
    assert found("争取专项资金500万元，已拨付专项资金450万元，拨付率90%。") == []


def test_a_birth_rate_over_the_townships_population():
    # 327 ÷ 32915 = 9.93‰ (a convention: a warning)
    [(severity, quote, message)] = found("全乡人口32915人，全年出生327人，出生率9.73‰。")
    assert (severity, quote) == ("warning", "9.73‰")
    assert message.startswith("出生率填写为 9.73‰，按 出生 327 人 ÷ 全乡人口 32915 人 计算应为 9.93‰")
    # 出生人口 / 死亡人口 are no population: nothing paired wildly
    assert found("全年出生人口96人，死亡人口71人，出生率5.15‰，死亡率3.81‰。") == []


def test_done_of_a_quota():
    # 2855 ÷ 2700 = 105.74%
    assert found("下达指标2700户，完成2855户，完成率105.89%。") == [
        ("error", "105.89%", "完成率填写为 105.89%，按 完成 2855 户 ÷ 指标 2700 户 计算应为 105.74%")]


def test_those_among_a_kind_that_were_done():
    # 签约项目中已开工19个: 19 ÷ 26 = 73.08%, not 76.9%
    assert [f[:2] for f in found("全年共签约项目26个，总投资120亿元。签约项目中已开工19个，开工率76.9%。")] == [
        ("error", "76.9%")]


def test_a_base_smaller_than_what_it_counts_is_not_the_base():
    # 亿元以上项目17个 is not the base of 19 started (a rate under 100%); 签约项目中 names the 26
    got = found("签约的26个项目中，亿元以上项目17个。签约项目中已开工19个，开工率76.9%。")
    assert [f[:2] for f in got] == [("error", "76.9%")] and "26 个" in got[0][2] and "17" not in got[0][2]
    assert found("签约的26个项目中，亿元以上项目17个。签约项目中已开工19个，开工率73.1%。") == []
    # over 100% a completion may well exceed its quota
    assert [f[:2] for f in found("下达指标2700户，完成2855户，完成率105.89%。")] == [("error", "105.89%")]

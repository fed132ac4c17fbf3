"""The indicator-table rules, each finding whole: which cell or which characters of the text,
severity, the quoted cell, the message with its computed value, and the cells it names.

indicator-formula (a row's formula), indicator-arithmetic (完成率, growth and 合计 rows),
indicator-empty (a cell left empty or not a number) and text-table (the section's text
against its own table). Every computed value was worked out by hand (in the comments).
"""
import pytest

from township_app.checks import default_rules, run_checks
from township_app.checks.registry import SectionExample, report_from_example
from township_app.store import ReportStore

RULES = {r.id: r for r in default_rules()}


def where(loc):
    """A cell as (row name, column); a place in the section's text as (field, start, length)."""
    if loc.kind == "indicator":
        return (loc.indicator_name, loc.field)
    return (loc.field, loc.start, loc.length)


def findings_of(rule_id, report):
    return [(f.severity, f.quote, where(f.location), f.message, [where(r) for r in f.related])
            for f in run_checks(report, rules=(RULES[rule_id],)).findings]


def found(rule_id, body, *rows):
    return findings_of(rule_id, report_from_example((SectionExample(body=body, indicators=rows),)))


def row(name, value, unit, **columns):
    return {"name": name, "value": value, "unit": unit, **columns}


def declared(rule_id, n):
    """The rule's own n-th failing example, as declared beside it."""
    return findings_of(rule_id, report_from_example(RULES[rule_id].failing[n]))


# ---- the declared failing examples, whole -------------------------------------------------

DECLARED = [
    # 152.81 ÷ 174 = 0.878218 → 87.82%
    ("indicator-formula", 0, [("error", "85", ("拨付率", "value"),
      "拨付率填写为 85%，按公式 {衔接资金已拨付}/{衔接资金安排} 计算应为 87.82%"
      "（衔接资金已拨付 152.81 万元，衔接资金安排 174 万元）",
      [("衔接资金已拨付", "value"), ("衔接资金安排", "value")])]),
    # 9100 ÷ 8950 − 1 = 0.016760 → 1.68%
    ("indicator-formula", 1, [("error", "2.5", ("国民生产总值增长", "value"),
      "国民生产总值增长填写为 2.5%，按公式 {国民生产总值}/{国民生产总值.上年同期}-1 计算应为 1.68%"
      "（国民生产总值 9100 万元，国民生产总值（上年同期） 8950 万元）",
      [("国民生产总值", "value"), ("国民生产总值", "previous")])]),
    ("indicator-formula", 2, [("warning", "={未脱贫人口}/{总人口}", ("贫困发生率", "formula"),
      "指标“贫困发生率”的公式引用了本节不存在的指标 “未脱贫人口”", [])]),
    ("indicator-formula", 3, [("warning", "={收入", ("人均", "formula"),
      "指标“人均”的公式无法使用：公式“{收入”第1个字符无法识别", [])]),
    # 85 ÷ 100 = 85%
    ("indicator-arithmetic", 0, [("error", "80", ("易地搬迁完成率", "value"),
      "易地搬迁完成率填写为 80%，按“易地搬迁”数值 ÷ 目标/任务数（85 户，100 户）计算应为 85.00%",
      [("易地搬迁", "value"), ("易地搬迁", "target")])]),
    # 27 + 63 = 90
    ("indicator-arithmetic", 1, [("error", "91", ("合计", "value"),
      "“合计”数值填写为 91 户，其余 2 项之和为 90 户", [("一类低保", "value"), ("二类低保", "value")])]),
    # 550 ÷ 500 − 1 = 10%
    ("indicator-arithmetic", 2, [("error", "12", ("财政收入增长率", "value"),
      "财政收入增长率填写为 12%，按“财政收入”本期 ÷ 上年同期 − 1（550 万元，500 万元）计算应为 10.00%",
      [("财政收入", "value"), ("财政收入", "previous")])]),
    ("indicator-empty", 0, [("error", "财政总收入", ("财政总收入", "value"),
      "指标“财政总收入”未填写数值", [])]),
    ("indicator-empty", 1, [("warning", "约710", ("财政总收入", "value"),
      "指标“财政总收入”的数值：“约710”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。", [])]),
    ("indicator-empty", 2, [("warning", "7l0", ("财政总收入", "previous"),
      "指标“财政总收入”的上年同期：“7l0”不是数字，请只填阿拉伯数字（可带小数点和负号）。", [])]),
    ("text-table", 0, [("error", "9000万元", ("body", 12, 6),
      "正文写“国民生产总值9000万元”，本节指标表中“国民生产总值”为 9100 万元", [("国民生产总值", "value")])]),
    ("text-table", 1, [("error", "85%", ("body", 17, 3),
      "正文写“拨付率为85%”，本节指标表中“拨付率”为 87.82%", [("拨付率", "value")])]),
    # the 3718户 between name and figure is another figure of the same fact
    ("text-table", 2, [("error", "11400人", ("body", 8, 6),
      "正文写“总人口3718户11400人”，本节指标表中“总人口”为 11440 人", [("总人口", "value")])]),
    # 低保户数 is written 低保户 in the text
    ("text-table", 3, [("error", "120户", ("body", 7, 4),
      "正文写“低保户120户”，本节指标表中“低保户数”为 125 户", [("低保户数", "value")])]),
    ("text-table", 4, [("error", "3820人", ("body", 5, 5),
      "正文写“参保人3820人”，本节指标表中“参保人数”为 3850 人", [("参保人数", "value")])]),
]


@pytest.mark.parametrize("rule_id,n,expected", DECLARED, ids=[f"{r}-{n}" for r, n, _ in DECLARED])
def test_declared_failing_examples(rule_id, n, expected):
    assert declared(rule_id, n) == expected


# ---- formula rows -------------------------------------------------------------------------

def test_formula_naming_two_missing_rows():
    assert found("indicator-formula", "", row("总人口", "11440", "人"),
                 row("贫困发生率", "0.8", "%", formula="={未脱贫人口}/{农村人口}")) == [
        ("warning", "={未脱贫人口}/{农村人口}", ("贫困发生率", "formula"),
         "指标“贫困发生率”的公式引用了本节不存在的指标 “未脱贫人口”、“农村人口”", [])]


def test_formula_on_the_target_column_with_a_full_width_equals_sign():
    # 85 ÷ 120 = 0.708333 → 70.83%
    assert found("indicator-formula", "", row("易地搬迁", "85", "户", target="120"),
                 row("搬迁进度", "80", "%", formula="＝{易地搬迁}/{易地搬迁.目标}")) == [
        ("error", "80", ("搬迁进度", "value"),
         "搬迁进度填写为 80%，按公式 {易地搬迁}/{易地搬迁.目标} 计算应为 70.83%"
         "（易地搬迁 85 户，易地搬迁（目标/任务数） 120 户）",
         [("易地搬迁", "value"), ("易地搬迁", "target")])]


def test_formula_result_in_the_rows_own_unit():
    # 100万元 ÷ 50人 = 20000 元 = 2 万元 per person
    rows = (row("收入", "100", "万元"), row("人口", "50", "人"))
    assert found("indicator-formula", "", *rows,
                 row("人均收入", "21000", "元", formula="={收入}/{人口}")) == [
        ("error", "21000", ("人均收入", "value"),
         "人均收入填写为 21000 元，按公式 {收入}/{人口} 计算应为 20000.00 元（收入 100 万元，人口 50 人）",
         [("收入", "value"), ("人口", "value")])]
    assert found("indicator-formula", "", *rows,
                 row("人均收入", "2.5", "万元", formula="={收入}/{人口}")) == [
        ("error", "2.5", ("人均收入", "value"),
         "人均收入填写为 2.5 万元，按公式 {收入}/{人口} 计算应为 2.00 万元（收入 100 万元，人口 50 人）",
         [("收入", "value"), ("人口", "value")])]


def test_formula_result_without_a_unit():
    # 11440 ÷ 3718 = 3.0769 → 3.08 (the message keeps the space a unit would take)
    assert found("indicator-formula", "", row("人口", "11440", "人"), row("户数", "3718", "户"),
                 row("户均人口", "3.5", "", formula="={人口}/{户数}")) == [
        ("error", "3.5", ("户均人口", "value"),
         "户均人口填写为 3.5，按公式 {人口}/{户数} 计算应为 3.08（人口 11440 人，户数 3718 户）",
         [("人口", "value"), ("户数", "value")])]


def test_formula_shows_as_many_decimals_as_the_value():
    # 85 ÷ 120 = 70.8333% → 70.833 to the three decimals written
    assert found("indicator-formula", "", row("易地搬迁", "85", "户", target="120"),
                 row("搬迁进度", "70.800", "%", formula="={易地搬迁}/{易地搬迁.目标}")) == [
        ("error", "70.800", ("搬迁进度", "value"),
         "搬迁进度填写为 70.800%，按公式 {易地搬迁}/{易地搬迁.目标} 计算应为 70.833%"
         "（易地搬迁 85 户，易地搬迁（目标/任务数） 120 户）",
         [("易地搬迁", "value"), ("易地搬迁", "target")])]


@pytest.mark.parametrize("rows", [
    # right: 85 ÷ 120 = 70.83%
    (row("易地搬迁", "85", "户", target="120"),
     row("搬迁进度", "70.83", "%", formula="={易地搬迁}/{易地搬迁.目标}")),
    # the formula row not yet filled in
    (row("易地搬迁", "85", "户", target="120"),
     row("搬迁进度", "", "%", formula="={易地搬迁}/{易地搬迁.目标}")),
    # a row it reads is empty: nothing to compute
    (row("易地搬迁", "85", "户"),
     row("搬迁进度", "80", "%", formula="={易地搬迁}/{易地搬迁.目标}")),
])
def test_formula_quiet(rows):
    assert found("indicator-formula", "", *rows) == []


# ---- 完成率 rows -------------------------------------------------------------------------

TWO_TASKS = (row("易地搬迁", "85", "户", target="100"), row("危房改造", "45", "户", target="50"))


def test_completion_rows_find_their_row_by_name():
    # 85 ÷ 100 = 85%; 45 ÷ 50 = 90%
    assert found("indicator-arithmetic", "", *TWO_TASKS,
                 row("易地搬迁完成率", "80", "%"), row("危房改造完成比例", "80", "%"),
                 row("危房改造完成进度", "85", "%")) == [
        ("error", "80", ("易地搬迁完成率", "value"),
         "易地搬迁完成率填写为 80%，按“易地搬迁”数值 ÷ 目标/任务数（85 户，100 户）计算应为 85.00%",
         [("易地搬迁", "value"), ("易地搬迁", "target")]),
        ("error", "80", ("危房改造完成比例", "value"),
         "危房改造完成比例填写为 80%，按“危房改造”数值 ÷ 目标/任务数（45 户，50 户）计算应为 90.00%",
         [("危房改造", "value"), ("危房改造", "target")]),
        ("error", "85", ("危房改造完成进度", "value"),
         "危房改造完成进度填写为 85%，按“危房改造”数值 ÷ 目标/任务数（45 户，50 户）计算应为 90.00%",
         [("危房改造", "value"), ("危房改造", "target")]),
    ]


def test_a_bare_completion_row_takes_the_one_row_with_a_target():
    # 参保率 has a target too, but it is a rate, not a task: 85 ÷ 100 = 85%
    assert found("indicator-arithmetic", "", row("易地搬迁", "85", "户", target="100"),
                 row("参保率", "96", "%", target="98"), row("完成率", "80", "%")) == [
        ("error", "80", ("完成率", "value"),
         "完成率填写为 80%，按“易地搬迁”数值 ÷ 目标/任务数（85 户，100 户）计算应为 85.00%",
         [("易地搬迁", "value"), ("易地搬迁", "target")])]


def test_completion_shows_as_many_decimals_as_the_value():
    # 85 ÷ 120 = 70.8333% → 70.833
    assert found("indicator-arithmetic", "", row("易地搬迁", "85", "户", target="120"),
                 row("易地搬迁完成率", "70.800", "%")) == [
        ("error", "70.800", ("易地搬迁完成率", "value"),
         "易地搬迁完成率填写为 70.800%，按“易地搬迁”数值 ÷ 目标/任务数（85 户，120 户）计算应为 70.833%",
         [("易地搬迁", "value"), ("易地搬迁", "target")])]


@pytest.mark.parametrize("rows", [
    # two rows with a target: a bare 完成率 could be either
    (*TWO_TASKS, row("完成率", "70", "%")),
    # its row has no target, or a target of 0
    (row("易地搬迁", "85", "户"), row("易地搬迁完成率", "80", "%")),
    (row("易地搬迁", "5", "户", target="0"), row("易地搬迁完成率", "80", "%")),
    # no row at all to divide
    (row("易地搬迁完成率", "80", "%"),),
    # a row with its own formula is the formula rule's
    (row("易地搬迁", "85", "户", target="100"),
     row("易地搬迁完成率", "80", "%", formula="={易地搬迁}/{易地搬迁.目标}")),
    # right: 85 ÷ 100
    (row("易地搬迁", "85", "户", target="100"), row("易地搬迁完成率", "85", "%")),
])
def test_completion_quiet(rows):
    assert found("indicator-arithmetic", "", *rows) == []


# ---- growth rows -------------------------------------------------------------------------

GROWTH_NAMES = ["财政收入同比增长率", "财政收入同比增长", "财政收入同比增速", "财政收入增长率",
                "财政收入增速", "财政收入增幅", "财政收入增长", "财政收入同比增幅"]


def test_every_growth_word_finds_its_row():
    # 550 ÷ 500 − 1 = 10%
    rows = [row(name, "12", "%") for name in GROWTH_NAMES]
    assert found("indicator-arithmetic", "", row("财政收入", "550", "万元", previous="500"), *rows) == [
        ("error", "12", (name, "value"),
         f"{name}填写为 12%，按“财政收入”本期 ÷ 上年同期 − 1（550 万元，500 万元）计算应为 10.00%",
         [("财政收入", "value"), ("财政收入", "previous")]) for name in GROWTH_NAMES]


def test_a_fall_is_a_negative_growth():
    # 180 ÷ 200 − 1 = −10%
    assert found("indicator-arithmetic", "", row("搬迁户数", "180", "户", previous="200"),
                 row("搬迁户数增长", "-5", "%")) == [
        ("error", "-5", ("搬迁户数增长", "value"),
         "搬迁户数增长填写为 -5%，按“搬迁户数”本期 ÷ 上年同期 − 1（180 户，200 户）计算应为 -10.00%",
         [("搬迁户数", "value"), ("搬迁户数", "previous")])]


@pytest.mark.parametrize("rows", [
    # no 上年同期 to grow from
    (row("财政收入", "550", "万元"), row("财政收入增长率", "12", "%")),
    # no row of that name
    (row("财政收入", "550", "万元", previous="500"), row("粮食产量增长", "12", "%")),
    # a row called just 增长率 is not the growth of an unnamed row
    (row("", "550", "万元", previous="500"), row("增长率", "12", "%")),
    # right
    (row("财政收入", "550", "万元", previous="500"), row("财政收入增长率", "10", "%")),
])
def test_growth_quiet(rows):
    assert found("indicator-arithmetic", "", *rows) == []


# ---- 合计 rows ---------------------------------------------------------------------------

LOW_INCOME = (row("一类低保", "27", "户"), row("二类低保", "63", "户"))


@pytest.mark.parametrize("total", ["总计", "小计", "低保小计", "低保户合计"])
def test_every_total_word(total):
    # 27 + 63 = 90
    assert found("indicator-arithmetic", "", *LOW_INCOME, row(total, "91", "户")) == [
        ("error", "91", (total, "value"), f"“{total}”数值填写为 91 户，其余 2 项之和为 90 户",
         [("一类低保", "value"), ("二类低保", "value")])]


def test_totals_of_target_and_last_year():
    # targets 30 + 60 = 90 (stated 95); last year 25 + 70 = 95 (stated 90)
    assert found("indicator-arithmetic", "",
                 row("一类低保", "27", "户", target="30", previous="25"),
                 row("二类低保", "63", "户", target="60", previous="70"),
                 row("合计", "90", "户", target="95", previous="90")) == [
        ("error", "95", ("合计", "target"), "“合计”目标/任务数填写为 95 户，其余 2 项之和为 90 户",
         [("一类低保", "target"), ("二类低保", "target")]),
        ("error", "90", ("合计", "previous"), "“合计”上年同期填写为 90 户，其余 2 项之和为 95 户",
         [("一类低保", "previous"), ("二类低保", "previous")]),
    ]


def test_a_total_in_another_unit_of_the_same_base():
    # 8000 元 + 5000 元 = 13000 元 = 1.3 万元
    assert found("indicator-arithmetic", "", row("村集体经营收入", "8000", "元"),
                 row("村集体租赁收入", "5000", "元"), row("合计", "1.5", "万元")) == [
        ("error", "1.5", ("合计", "value"), "“合计”数值填写为 1.5 万元，其余 2 项之和为 1.3 万元",
         [("村集体经营收入", "value"), ("村集体租赁收入", "value")])]


def test_a_total_sums_only_rows_of_its_own_kind():
    # people, formula rows and other totals are not parts: 27 + 63 = 90
    assert found("indicator-arithmetic", "", *LOW_INCOME, row("低保人数", "136", "人"),
                 row("低保户", "90", "户", formula="={一类低保}+{二类低保}"), row("小计", "90", "户"),
                 row("合计", "91", "户")) == [
        ("error", "91", ("合计", "value"), "“合计”数值填写为 91 户，其余 2 项之和为 90 户",
         [("一类低保", "value"), ("二类低保", "value")])]


@pytest.mark.parametrize("rows", [
    # three parts and their right total: no part is taken for a total of the others
    (row("一组", "10", "户"), row("二组", "20", "户"), row("三组", "30", "户"), row("合计", "60", "户")),
    (*LOW_INCOME, row("小计", "90", "户"), row("合计", "90", "户")),
    # one part is not a sum
    (row("一类低保", "27", "户"), row("合计", "30", "户")),
    # a part not filled in: the column cannot be summed
    (row("一类低保", "27", "户", target="30"), row("二类低保", "63", "户"),
     row("合计", "90", "户", target="50")),
    (row("一类低保", "27", "户"), row("二类低保", "", "户"), row("合计", "30", "户")),
])
def test_total_quiet(rows):
    assert found("indicator-arithmetic", "", *rows) == []


# ---- cells left empty or not numbers -------------------------------------------------------

def test_cells_that_are_not_numbers():
    assert found("indicator-empty", "", row("易地搬迁", "85%", "户", target="1.2.3"),
                 row("", "", ""), row("危房改造", "", "户", previous="7l0")) == [
        ("warning", "85%", ("易地搬迁", "value"),
         "指标“易地搬迁”的数值：“85%”不是数字：百分号请填在“单位”列，数值只填数字。", []),
        ("warning", "1.2.3", ("易地搬迁", "target"),
         "指标“易地搬迁”的目标/任务数：“1.2.3”有多个小数点，不是有效数字。", []),
        # unfilled: said once, its other cells wait until it is filled
        ("error", "危房改造", ("危房改造", "value"), "指标“危房改造”未填写数值", []),
    ]


# ---- text against the table ----------------------------------------------------------------

@pytest.mark.parametrize("body,table_row,quote,start,message", [
    # a name in quotes in the table, without them in the text
    ("全乡共有两后生32人，已全部纳入培训。", row("“两后生”", "35", "人"), "32人", 7,
     "正文写“两后生32人”，本节指标表中“两后生”为 35 人"),
    # 总数 / 数量 / 数 left out in the text
    ("全乡共有低保户120户。", row("低保户总数", "125", "户"), "120户", 7,
     "正文写“低保户120户”，本节指标表中“低保户总数”为 125 户"),
    ("全镇培育养殖大户42户。", row("养殖大户数量", "45", "户"), "42户", 8,
     "正文写“养殖大户42户”，本节指标表中“养殖大户数量”为 45 户"),
    ("全乡人口11400人。", row("人口数", "11440", "人"), "11400人", 4,
     "正文写“人口11400人”，本节指标表中“人口数”为 11440 人"),
    ("全乡人口11400人。", row("人口", "11440", "人"), "11400人", 4,
     "正文写“人口11400人”，本节指标表中“人口”为 11440 人"),
    # linking words: 达到, 累计完成
    ("国民生产总值达到9000万元。", row("国民生产总值", "9100", "万元"), "9000万元", 8,
     "正文写“国民生产总值达到9000万元”，本节指标表中“国民生产总值”为 9100 万元"),
    ("财政收入累计完成520万元。", row("财政收入", "550", "万元"), "520万元", 8,
     "正文写“财政收入累计完成520万元”，本节指标表中“财政收入”为 550 万元"),
    # the figures between name and value are passed over, wherever they start
    ("全乡总人口共3718户11400人。", row("总人口", "11440", "人"), "11400人", 11,
     "正文写“总人口共3718户11400人”，本节指标表中“总人口”为 11440 人"),
    ("全乡总人口3718户共计11400人。", row("总人口", "11440", "人"), "11400人", 12,
     "正文写“总人口3718户共计11400人”，本节指标表中“总人口”为 11440 人"),
    # a figure after the value does not come between them
    ("国民生产总值9000万元和财政收入520万元。", row("国民生产总值", "9100", "万元"), "9000万元", 6,
     "正文写“国民生产总值9000万元”，本节指标表中“国民生产总值”为 9100 万元"),
    # the second mention is the one stated with a figure
    ("国民生产总值稳步增长，全年国民生产总值达到9000万元。", row("国民生产总值", "9100", "万元"),
     "9000万元", 21, "正文写“国民生产总值达到9000万元”，本节指标表中“国民生产总值”为 9100 万元"),
    # fifteen characters between name and figure still link them
    ("国民生产总值为" + " " * 14 + "9000万元。", row("国民生产总值", "9100", "万元"), "9000万元", 21,
     "正文写“国民生产总值为" + " " * 14 + "9000万元”，本节指标表中“国民生产总值”为 9100 万元"),
])
def test_text_against_table(body, table_row, quote, start, message):
    assert body[start:start + len(quote)] == quote
    assert found("text-table", body, table_row) == [
        ("error", quote, ("body", start, len(quote)), message, [(table_row["name"], "value")])]


def test_only_the_rows_the_text_names():
    body = "全乡预计实现国民生产总值9000万元，同比增长1.68%。"
    assert found("text-table", body, row("财政收入", "550", "万元"), row("国民生产总值", "9100", "万元"),
                 row("国民生产总值增长", "1.68", "%")) == [
        ("error", "9000万元", ("body", 12, 6),
         "正文写“国民生产总值9000万元”，本节指标表中“国民生产总值”为 9100 万元", [("国民生产总值", "value")])]


@pytest.mark.parametrize("body,table_row", [
    # sixteen characters between: too far to be its value
    ("国民生产总值为" + " " * 15 + "9000万元。", row("国民生产总值", "9100", "万元")),
    # a one-character name, or one that is left with one character, is found everywhere
    ("全镇辖村11个。", row("村", "12", "个")),
    ("全乡低保户120户。", row("户数", "3718", "户")),
    # a row without a unit or with a value that is not a number cannot be compared
    ("国民生产总值9000万元。", row("国民生产总值", "9100", "")),
    ("国民生产总值9000万元。", row("国民生产总值", "约9100", "万元")),
    # the figure after the name is not its value
    ("国民生产总值（按可比价格计算）9000万元。", row("国民生产总值", "9100", "万元")),
    ("国民生产总值约9000万元。", row("国民生产总值", "9100", "万元")),
    # agreeing
    ("全乡预计实现国民生产总值9100万元。", row("国民生产总值", "9100", "万元")),
])
def test_text_against_table_quiet(body, table_row):
    assert found("text-table", body, table_row) == []


# ---- through a report file --------------------------------------------------------------------

def test_a_report_file_checked_as_typed(tmp_path):
    """Rows typed into a report file: the check reads them back from SQLite."""
    store = ReportStore.create(tmp_path / "报告.db")
    sid = store.add_section(None, title="易地扶贫搬迁", body="全乡共完成易地搬迁80户。")
    store.add_indicator(sid, name="易地搬迁", value="85", unit="户", target="100")
    store.add_indicator(sid, name="易地搬迁完成率", value="80", unit="%")
    other = store.add_section(None, title="低保")
    store.add_indicator(other, name="一类低保", value="27", unit="户")
    store.add_indicator(other, name="二类低保", value="63", unit="户")
    store.add_indicator(other, name="合计", value="91", unit="户")
    report = store.load_report()
    store.close()
    # 85 ÷ 100 = 85%; 27 + 63 = 90
    assert findings_of("indicator-arithmetic", report) == [
        ("error", "80", ("易地搬迁完成率", "value"),
         "易地搬迁完成率填写为 80%，按“易地搬迁”数值 ÷ 目标/任务数（85 户，100 户）计算应为 85.00%",
         [("易地搬迁", "value"), ("易地搬迁", "target")]),
        ("error", "91", ("合计", "value"), "“合计”数值填写为 91 户，其余 2 项之和为 90 户",
         [("一类低保", "value"), ("二类低保", "value")]),
    ]
    assert findings_of("text-table", report) == [
        ("error", "80户", ("body", 9, 3), "正文写“易地搬迁80户”，本节指标表中“易地搬迁”为 85 户",
         [("易地搬迁", "value")])]


def test_the_sum_of_the_parts_is_shown_as_it_is():
    assert found("indicator-arithmetic", "", row("甲村", "12.345", "万元"), row("乙村", "1.2", "万元"),
                 row("合计", "13.7", "万元")) == [
        ("error", "13.7", ("合计", "value"), "“合计”数值填写为 13.7 万元，其余 2 项之和为 13.545 万元",
         [("甲村", "value"), ("乙村", "value")])]


def test_a_result_without_a_unit_has_no_trailing_space():
    [(_, _, _, message, _)] = found("indicator-formula", "", row("人口", "11440", "人"), row("户数", "3718", "户"),
                                    row("户均人口", "3.5", "", formula="={人口}/{户数}"))
    assert "计算应为 3.08（人口 11440 人" in message


def test_the_rules_as_the_findings_panel_names_them():
    assert [(RULES[i].severity, RULES[i].title, RULES[i].family) for i in
            ("indicator-formula", "indicator-arithmetic", "indicator-empty", "text-table")] == [
        ("error", "指标公式计算不符", "figures"), ("error", "指标表计算不符", "figures"),
        ("error", "指标未填写或不是数字", "figures"), ("error", "正文与指标表不符", "figures")]

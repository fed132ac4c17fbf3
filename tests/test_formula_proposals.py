"""Formulas proposed for rate rows from the names of a table's rows (issue 11 · 7, the core)."""
from township_app.formula_proposals import (check_formula, completion_formula, growth_formula,
                                            propose_formulas, rate_formula, reading, sum_formula)
from township_app.model import Indicator


def table(*rows):
    return [Indicator(id=i + 1, section_id=1, position=i, name=r[0], value=r[1],
                      unit=r[2] if len(r) > 2 else "", target=r[3] if len(r) > 3 else "",
                      previous=r[4] if len(r) > 4 else "")
            for i, r in enumerate(rows)]


def proposed(rows):
    return {p.row_name: p.formula for p in propose_formulas(rows)}


def test_pasted_allocation_block():
    rows = table(("下达", "200", "万元"), ("已拨付", "150", "万元"), ("拨付率", "80", "%"))
    proposals = propose_formulas(rows)
    assert [(p.indicator_id, p.formula) for p in proposals] == [(3, "={已拨付}/{下达}")]
    assert proposals[0].reading == "拨付率 = 已拨付 ÷ 下达"


def test_in_a_longer_table_the_given_amount_is_the_base():
    rows = table(("总户数", "3718", "户"), ("总人口", "11440", "人"), ("下达", "200", "万元"),
                 ("已拨付", "150", "万元"), ("拨付率", "80", "%"))
    assert proposed(rows) == {"拨付率": "={已拨付}/{下达}"}


def test_named_rates_find_their_parts():
    assert proposed(table(("应参保人数", "5000", "人"), ("参保人数", "4800", "人"),
                          ("参保率", "96", "%"))) == {"参保率": "={参保人数}/{应参保人数}"}
    assert proposed(table(("资金安排", "300", "万元"), ("资金拨付", "240", "万元"),
                          ("资金拨付率", "80", "%"))) == {"资金拨付率": "={资金拨付}/{资金安排}"}
    assert proposed(table(("总人口", "11440", "人"), ("未脱贫人口", "596", "人"),
                          ("贫困发生率", "5.21", "%"))) == {"贫困发生率": "={未脱贫人口}/{总人口}"}
    # two rows that could be the numerator: nothing is guessed
    assert proposed(table(("总人口", "11440", "人"), ("未脱贫人口", "596", "人"),
                          ("已脱贫人口", "10844", "人"), ("贫困发生率", "5.21", "%"))) == {}
    assert proposed(table(("耕地总面积", "3000", "亩"), ("高标准农田", "1200", "亩"),
                          ("高标准农田占比", "40", "%"))) == {"高标准农田占比": "={高标准农田}/{耕地总面积}"}


def test_growth_and_completion_use_the_rows_own_columns():
    assert proposed(table(("财政收入", "1200", "万元", "", "1000"),
                          ("财政收入增长率", "20", "%"))) == {
        "财政收入增长率": "={财政收入}/{财政收入.上年同期}-1"}
    assert proposed(table(("造林", "800", "亩", "1000"), ("造林完成率", "80", "%"))) == {
        "造林完成率": "={造林}/{造林.目标}"}


def test_ambiguous_or_formula_rows_get_nothing():
    two = table(("下达", "200"), ("已拨付", "150"), ("拨付中", "20"), ("拨付率", "75", "%"))
    assert proposed(two) == {}
    done = table(("下达", "200"), ("已拨付", "150"), ("拨付率", "75", "%"))
    done[2].formula = "={已拨付}/{下达}"
    assert proposed(done) == {}


def test_editor_formulas_and_their_check():
    assert rate_formula("已拨付", "下达") == "={已拨付}/{下达}"
    assert sum_formula(["一组", "二组"]) == "={一组}+{二组}"
    assert growth_formula("产值") == "={产值}/{产值.上年同期}-1"
    assert completion_formula("完成", "任务") == "={完成}/{任务}"
    assert reading("增长率", growth_formula("产值")) == "增长率 = 产值 ÷ 产值（上年同期） − 1"
    assert check_formula("={甲}/{乙}", {"甲", "乙"}) == ""
    assert check_formula("={甲}/{丙}", {"甲", "乙"}) == "公式引用了本表没有的指标：“丙”"
    assert "括号" in check_formula("=({甲}/{乙}", {"甲", "乙"})

"""Tables pasted into the text as lines of columns, each finding whole. Worked by hand:
42000 + 26500 + 8600 = 77100; 16650 + 12960 + 4215 = 33825; 4215 ÷ 8600 = 49.01%;
(38650 − 36420) ÷ 36420 = 6.12%; 1150 ÷ 1200 = 95.83%."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "text-grid"]
PROJECTS = ("项目名称　　总投资　　完成投资　　完成率\n甲项目　　42000　　16650　　39.6%\n"
            "乙项目　　26500　　12960　　48.9%\n丙项目　　8600　　4215　　{c}\n合计　　{t}　　33825　　43.9%")


def found(text):
    return [(f.severity, f.quote, f.location.line, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("text-grid", "error", "文中表格计算不符")


def test_a_rate_column_read_from_the_rows_that_hold():
    assert found(PROJECTS.format(c="49.9%", t="77100")) == [
        ("error", "49.9%", 4, "表中“丙项目”行的“完成率”为 49.9%，按 4215 ÷ 8600（“完成投资”÷“总投资”，其他各行均相符）"
                             "计算应为 49.01%", ("4215", "8600"))]


def test_a_total_row_that_is_not_the_sum():
    [(severity, quote, line, message, related)] = found(PROJECTS.format(c="49.0%", t="77700"))
    assert (severity, quote, line, message) == ("error", "77700", 5, "表中“总投资”一列各行之和为 77100，“合计”行为 77700")
    assert related == ("42000", "26500", "8600")


def test_a_growth_column_with_half_width_spaces_and_a_serial_column():
    text = ("序号  指标  2023年  2022年  增长（%）\n1  地区生产总值  28.64  26.35  8.7\n"
            "2  一般公共预算收入  8356  7642  9.3\n3  城镇居民人均可支配收入  38650  36420  6.2")
    assert found(text) == [
        ("error", "6.2", 4, "表中“城镇居民人均可支配收入”行的“增长（%）”为 6.2，按 (38650 − 36420) ÷ 36420"
                           "（“2023年”÷“2022年”，其他各行均相符）计算应为 6.12%", ("38650", "36420"))]


@pytest.mark.parametrize("text", [
    PROJECTS.format(c="49.0%", t="77100"),
    # a rate column no pair of columns reproduces (满意度): not read
    "村名  户数  人数  满意度\n东村  231  698  98.5%\n西村  198  602  97.2%\n南村  120  355  99.1%",
    # two rows only: one that holds does not show which columns the rate is of
    "村名  应参保  已参保  参保率\n东村  2316  2298  99.22%\n西村  1985  1902  95.38%",
    # no header line
    "东村  2316  2298  99.22%\n西村  1985  1902  95.82%\n南村  1200  1150  95.38%",
    # nested rows (其中) are not one sum
    "项目  户数  人数\n东村  20  60\n其中脱贫户  5  15\n合计  40  99",
    # a 序号 column is not summed, and a 合计 row that holds is quiet
    "序号  村名  户数\n1  东村  20\n2  西村  30\n合计  3  50",
])
def test_tables_that_hold_or_cannot_be_read(text):
    assert found(text) == []


def test_thousands_commas_and_dashes_in_a_table():
    # 1,176 ÷ 2,400 = 49.0%; the 合计 row's dashes are blanks
    text = ("项目\t年度计划\t完成\t完成率\n甲项目\t8,600\t1,860\t21.6%\n乙项目\t4,350\t1,320\t30.3%\n"
            "丙项目\t2,400\t1,176\t49.5%\n合计\t—\t—\t—")
    assert [(f[1], f[2]) for f in found(text)] == [("49.5%", 4)]


def test_a_per_mu_column_is_not_summed():
    # the 合计 row of 亩产 is the township's average (9761.8 t ÷ 22950 亩 ≈ 425 kg), not a sum
    text = ("村名\t播种面积（亩）\t总产（吨）\t亩产（公斤）\n"
            "红旗村\t4860\t2070.4\t426\n建设村\t3920\t1673.8\t427\n联合村\t5200\t2241.2\t431\n"
            "胜利村\t4370\t1826.7\t418\n前进村\t4600\t1949.7\t424\n"
            "合计\t22950\t9761.8\t425")
    assert found(text) == []


def test_labels_spaced_out_to_the_column_width():
    text = ("村  名      上半年收入(万元)    上年同期(万元)    增长(%)\n"
            "桃花村          38.6               32.4            19.1\n"
            "柳岸村          21.8               18.3            16.1\n"
            "梨园村          27.5               30.2            -8.9\n"
            "杏林村          43.6               38.4            13.5\n"
            "合  计         131.5              119.3            10.2")
    # (21.8 − 18.3) ÷ 18.3 = 19.13%; every other row holds, so that column is growth over 上年同期
    assert [(f[0], f[3]) for f in found(text)] == [(
        "error", "表中“柳岸村”行的“增长(%)”为 16.1，按 (21.8 − 18.3) ÷ 18.3（“上半年收入(万元)”÷“上年同期(万元)”，"
                 "其他各行均相符）计算应为 19.13%")]


# a table whose header took two lines (so no line names the columns), a 小计 row one cell short
# (its name where 序号 and 乡镇 stand), then one more row and the 合计. Worked by hand:
# 户数 30 + 25 + 41 = 96 (小计 96), + 12 = 108 (合计 108); 人数 86 + 70 + 118 = 274, + 35 = 309;
# 资金 4.3 + 3.5 + 5.9 = 13.7, + 1.75 = 15.45
SUBTOTALS = ("序号 | 乡镇 | 户数 | 人数 | 资金\n（户） | （人） | （万元） |\n"
             "1 | 东山 | 30 | 86 | 4.3 |\n2 | 沙坝 | 25 | 70 | 3.5 |\n3 | 桃源 | 41 | 118 | 5.9 |\n"
             "小计 | 96 | {p} | 13.7 |\n4 | 外县 | 12 | 35 | 1.75 |\n合计 | 108 | {t} | 15.45 |")


def test_a_subtotal_and_a_total_in_a_table_without_a_header_line():
    assert found(SUBTOTALS.format(p="274", t="309")) == []
    # 27 is under every row (70…118) and 390 over them: no average, sums miswritten
    assert found(SUBTOTALS.format(p="27", t="390")) == [
        ("error", "27", 6, "表中“第4列”一列各行之和为 274，“小计”行为 27", ("86", "70", "118")),
        ("error", "390", 8, "表中“第4列”一列各行之和为 309，“合计”行为 390", ("86", "70", "118", "35"))]
    # within the rows' range and near their mean (91.3), as an average column's 合计 is: nothing
    # said where no header names the column
    assert found(SUBTOTALS.format(p="74", t="309")) == []
    # within the range (5…300) but far from the mean (105), the row's other columns adding up
    # (40 + 2.5 + 8 = 50.5, 7 + 3 + 2 = 12; 5 + 300 + 10 = 315): a warning
    text = "1 | 东山 | 40 | 5 | 7 |\n2 | 沙坝 | 2.5 | 300 | 3 |\n3 | 桃源 | 8 | 10 | 2 |\n小计 | 50.5 | {v} | 12 |"
    assert found(text.format(v="315")) == []
    assert found(text.format(v="12")) == [
        ("warning", "12", 4, "表中“第4列”一列各行之和为 315，“小计”行为 12", ("5", "300", "10"))]


def test_a_subtotal_above_its_rows_and_a_row_short_of_its_last_cell():
    # 小计 first, then its rows: 20 + 10 = 30 and 25 + 20 = 45 hold (read downwards); a 合计 row
    # short of its last column (责任单位 left blank) keeps its figures where they are
    assert found("序号　　类别　　人数　　金额\n　　小计　　30　　600\n1　　初中寄宿　　20　　400\n"
                 "2　　初中走读　　10　　200\n　　小计　　45　　900\n3　　小学寄宿　　25　　500\n"
                 "4　　小学走读　　20　　400") == []
    assert found("项目名称　　总投资（万元）　　完成投资（万元）　　责任单位\n道路硬化　　120　　100　　交通办\n"
                 "饮水工程　　80　　60　　水利站\n文化广场　　50　　40　　文化站\n合计　　250　　200") == []


def test_a_total_within_the_rows_range_is_a_slip_where_the_other_columns_add_up():
    # 51 + 295 + 42 = 388, not 278 (within 42…295, as an average would be; but 户数 32 + 87 + 15 = 134
    # and 金额 12.72 + 25.46 + 35.82 = 74.00 add up: a sum row, and 人数 counts whole people)
    text = ("村名  户数（户）  人数（人）  金额（万元）\n东山村  32  51  12.72\n沙坝村  87  295  25.46\n"
            "桃源村  15  42  35.82\n合计  134  {n}  74.00")
    assert found(text.format(n="388")) == []
    assert found(text.format(n="278")) == [
        ("error", "278", 5, "表中“人数（人）”一列各行之和为 388，“合计”行为 278", ("51", "295", "42"))]

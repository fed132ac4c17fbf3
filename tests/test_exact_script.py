"""Traditional script read as Simplified, character for character (offsets unchanged)."""
from township_app.checks.script import analysis_text


def test_traditional_is_read_as_simplified():
    assert analysis_text("全鄉總人口3718戶11440人，佔25.2％") == "全乡总人口3718户11440人，占25.2%"
    assert analysis_text("種植面積1.2萬畝，產值3億圓，公頃") == "种植面积1.2万亩，产值3亿元，公顷"
    assert analysis_text("黨員與幹部") == "党员与干部"


def test_simplified_and_ascii_stay():
    assert analysis_text("全乡总人口3718户") == "全乡总人口3718户"
    text = "plain ascii 123"
    assert analysis_text(text) is text
    assert analysis_text("") == ""


def test_same_length():
    for text in ("戶萬億圓畝噸個", "龍龜別麼裏佈"):
        assert len(analysis_text(text)) == len(text)
    assert analysis_text("龍龜別麼裏佈") == "龙龟别么里布"


def test_pinyin_glosses_are_read_as_spaces():
    from township_app.checks.script import analysis_text
    # (zhǎng) is 7 characters, (xiàn) 6: offsets stay where they were
    assert analysis_text("同比增长(zhǎng)12.6%，現(xiàn)已完成") == "同比增长" + " " * 7 + "12.6%，现" + " " * 6 + "已完成"
    assert analysis_text("按(3+2)×4计算（a）") == "按(3+2)×4计算（a）"  # no tone mark: not a gloss


def test_hard_line_breaks_inside_sentences_are_read_as_spaces():
    from township_app.checks.script import unwrapped

    text = "一、经济运行\n今年以来，全镇经济运行总体平稳，规上工业增加值8.46\n亿元，较上年7.78亿元增长7.8%。\n二、下步打算"
    expected = "一、经济运行\n今年以来，全镇经济运行总体平稳，规上工业增加值8.46 亿元，较上年7.78亿元增长7.8%。\n二、下步打算"
    assert unwrapped(text) == expected and len(unwrapped(text)) == len(text)
    # a heading, a short line, a line ending a sentence or a clause, a table's columns: kept
    for kept in ("二、主要工作\n全镇新增就业120人。", "全镇新增就业120人。\n另有…", "全镇新增就业120人，\n其中：甲村…",
                 "村名　　户数　　人数　　合计户数\n东村　　120　　360", "标题\n正文"):
        assert unwrapped(kept) == kept


def test_a_list_set_out_several_items_a_line_reads_as_one_list():
    from township_app.checks.script import unwrapped

    text = "分村完成情况为:\n东岭村186户;西河村212户;南坪村175户;\n北山村198户;中和村243户;新华村240户;\n合计1236户."
    expected = "分村完成情况为:\n东岭村186户;西河村212户;南坪村175户; 北山村198户;中和村243户;新华村240户; 合计1236户."
    assert unwrapped(text) == expected
    # one item a line (the line-list rule reads those), or words after the ；: lines kept
    for kept in ("东岭村186户;\n西河村212户;\n合计398户.", "东岭村186户;西河村212户;\n二、下步打算",
                 "东岭村186户;西河村212户;\n全年完成投资120万元。"):
        assert unwrapped(kept) == kept


def test_a_copy_ending_sentences_with_points_reads_them_as_stops():
    from township_app.checks.script import unwrapped
    text = "创建示范村6个：石桥村、柳溪村.全面完成改厕任务.排查隐患.65户，增长4.1%.10月完成5.2亿元。"
    # each point between words (or after a % before a figure) is a stop; 5.2 and 4.1 stay decimals
    assert unwrapped(text) == "创建示范村6个：石桥村、柳溪村。全面完成改厕任务。排查隐患。65户，增长4.1%。10月完成5.2亿元。"
    assert len(unwrapped(text)) == len(text)
    # a heading's numeral, and a deleted figure's point before its unit, stay points
    assert unwrapped("二.基本情况.完成国民生产总值.万元,其中工业.万元。") == "二.基本情况。完成国民生产总值.万元,其中工业.万元。"
    # a text that never ends a sentence with a point keeps them all: 为.29万人 is a blank there
    assert unwrapped("常住人口为.29万人。") == "常住人口为.29万人。"


def test_the_checks_read_a_copy_with_point_stops_as_one_with_full_stops():
    from township_app.checks import check_text
    text = "创建市级美丽乡村示范村6个：石桥村、柳溪村、王庄村、李家村、新塘村{}全面完成改厕任务{}"
    found = [[(f.rule, f.location.start) for f in check_text(text.format(stop, stop)) if f.family == "figures"]
             for stop in ("。", ".")]
    assert found[0] == found[1] == [("listed-count", 11)]

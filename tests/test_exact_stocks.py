"""A stock and its flows: 年初 + 新增 − 退出 = 目前. By hand: 42 + 5 − 13 = 34, 151 + 17 − 46 = 122;
312 + 28 − 41 = 299, 586 + 49 − 77 = 558."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "stock-flow"]


def found(text):
    return [(f.severity, f.quote, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title, RULE.family) == (
        "stock-flow", "error", "期末数与期初数、新增数、退出数不符", "figures")


def test_one_unit_holds_and_the_other_does_not():
    text = "年初有监测户42户151人，上半年新识别监测户5户17人，消除风险13户46人，目前尚有监测户34户112人未消除风险。"
    assert found(text) == [(
        "error", "112人",
        "期末数不符：期初、新增、退出相抵应为 151 + 17 − 46 = 122 人，文中为 112 人（而 42 + 5 − 13 = 34 户 相符）",
        ("151人", "17人", "46人"))]


def test_a_line_broken_inside_the_sentence_by_a_copy():
    text = ("(一)巩固脱贫成果.全乡有脱贫户863户3,102人.年初有监测户42户151人,上半\n"
            "年新识别监测户5户17人,消除风险13户46人,目前尚有监测户34户112人未消除\n风险.")
    assert [f[:2] for f in found(text)] == [("error", "112人")]


def test_one_unit_a_near_miss_is_a_warning():
    # 312 + 28 − 41 = 299, written 290 (one digit changed)
    text = "年初全镇共有低保对象312户，全年新纳入28户，退出41户，年底共有低保对象290户。"
    assert [f[:2] for f in found(text)] == [("warning", "290户")]


@pytest.mark.parametrize("text", [
    "年初全镇共有低保对象312户586人，全年新纳入28户49人，退出41户77人，年底共有低保对象299户558人。",
    # one unit, far off: the figures may be of other things
    "年初全镇共有低保对象312户，全年新纳入28户，退出41户，年底共有低保对象150户。",
    # a figure in those units whose part in the account is not known
    "年初有监测户42户151人，走访农户300户，新识别监测户5户17人，消除风险13户46人，目前尚有监测户34户112人。",
    # the flows' own breakdown is passed over, and the account holds
    "年初有监测户42户151人，新识别监测户5户17人，其中因病3户10人，消除风险13户46人，目前尚有监测户34户122人。",
    # a paragraph ends before the end figure
    "年初有监测户42户151人，新识别监测户5户17人，消除风险13户46人。\n\n目前尚有监测户34户112人。",
    # no flows: a change of level is the growth rule's
    "年初有监测户42户151人，目前尚有监测户34户112人。",
])
def test_quiet(text):
    assert found(text) == []


def test_a_breakdown_of_a_flow_does_not_hide_a_slip():
    text = "年初有监测户42户151人，新识别监测户5户17人，其中因病3户10人，消除风险13户46人，目前尚有监测户34户112人。"
    assert [f[:2] for f in found(text)] == [("error", "112人")]


@pytest.mark.parametrize("text", [
    # 年初 as a time, not a count
    "年初以来新识别监测户8户27人，消除风险3户11人，目前尚有监测户15户56人。",
    "自年初以来新识别监测户8户27人，消除风险3户11人，目前尚有监测户15户56人。",
    # the end figure is what was done to some, not what the register holds
    "年初有低保户312户，全年新纳入28户，退出41户，年底走访慰问低保户209户。",
    "年初有低保户312户，全年新纳入28户，退出41户，年底前已完成209户的年度复核。",
    # the end figure is the first of a split of it
    "年初有监测户42户151人，新识别5户17人，消除风险13户46人；目前尚有脱贫不稳定户24户90人、边缘易致贫户6户20人、"
    "突发严重困难户4户12人未消除风险。",
    # those not yet helped, not the register
    "年初有监测户42户151人，新识别5户17人，消除风险13户46人，目前尚有4户12人未落实帮扶措施。",
    # another register's flow or end
    "上年底全村有脱贫户126户，今年新增监测户3户，年底有脱贫户126户。",
    "年初有低保户312户，新纳入28户，退出41户，现有特困户29户。",
    # a flow's own breakdown
    "年初有低保户312户，新纳入28户，退出41户，退出户中有30户因家庭收入增加，年底有低保户299户。",
])
def test_readings_that_are_no_account(text):
    assert found(text) == []


@pytest.mark.parametrize("text,quote", [
    ("年初有低保户120户，新增15户，退出10户，目前有低保户126户。", "126户"),  # 120 + 15 − 10 = 125
    ("2024年初有低保对象586人，年内新纳入49人，停保71人，目前有低保对象546人。", "546人"),  # 564
    ("年初有党员250名，新发展党员3名，去世1名，年底有党员242名。", "242名"),  # 252
])
def test_one_unit_accounts_a_keyboard_slip_off(text, quote):
    assert [f[:2] for f in found(text)] == [("warning", quote)]

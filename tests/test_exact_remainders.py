"""Remainders (未…/尚有/剩余/还需 N) against the whole less what was done, each finding whole.
By hand: 11286 − 10952 = 334; 86 − 78 = 8; 97 − 82 = 15."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "remainder"]


def found(text):
    return [(f.severity, f.quote, f.location.line, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("remainder", "error", "余数与总数、已完成数不符")


def test_should_done_and_not_done_by_one_verb_in_one_sentence():
    text = "全乡城乡居民基本养老保险应参保11286人，已参保10952人，参保率97.0%；未参保343人，主要为外出务工人员。"
    assert found(text) == [("error", "343人", 1, "余数不符：11286 人 − 已参保 10952 人 = 334 人，文中为 343 人",
                            ("11286人", "10952人"))]


def test_a_remainder_named_by_its_verb_after_it_in_a_later_section():
    text = "需拆迁房屋86户，已签订协议78户，已拆除72户。\n三是征地拆迁难度加大，尚有6户未签订协议。"
    assert found(text) == [("warning", "6户", 2, "余数不符：86 户 − 已签订 78 户 = 8 户，文中为 6 户", ("86户", "78户"))]
    # the whole with a breakdown after it, the done figure in the next sentence
    text = ("监测对象97户368人，其中脱贫不稳定户41户、边缘易致贫户38户、突发严重困难户18户。已消除风险82户。\n"
            "一是监测对象中尚有16户风险未消除。")
    assert found(text) == [("warning", "16户", 2, "余数不符：97 户 − 已消除 82 户 = 15 户，文中为 16 户", ("97户", "82户"))]


@pytest.mark.parametrize("text", [
    "全乡城乡居民基本养老保险应参保11286人，已参保10952人，参保率97.0%；未参保334人。",
    "需拆迁房屋86户，已签订协议78户。\n尚有8户未签订协议。",
    # no verb says what is not done, or another verb
    "全乡共有脱贫户420户，已实现稳定增收386户，其中尚有12户需要持续关注。",
    "需拆迁房屋86户，已签订协议78户。\n尚有6户未拆除。",
    # far off: another whole is meant
    "监测对象97户，已消除风险82户，尚有60户风险未消除。",
    # the remainder's sentence names none of the whole's words
    "需拆迁房屋86户，已签订协议78户。\n全镇尚有6户未签订土地流转合同。",
])
def test_remainders_that_hold_or_cannot_be_paired(text):
    assert found(text) == []


def test_a_remainder_still_being_done_after_a_semicolon():
    # 57 − 49 = 8; the figures before the ； are another statement's
    text = "排查农村自建房4368栋，其中经营性自建房312栋，占7.1%；初判存在安全隐患的57栋，已整治完成49栋，尚有9栋正在整治。"
    assert found(text) == [("warning", "9栋", 1, "余数不符：57 栋 − 已整治 49 栋 = 8 栋，文中为 9 栋", ("57栋", "49栋"))]


@pytest.mark.parametrize("text,quote,message", [
    ("计划硬化62公里，已完成48.5公里，剩余15.3公里将于10月底前完成。", "15.3公里",
     "余数不符：62 公里 − 已完成 48.5 公里 = 13.5 公里，文中为 15.3 公里"),
    ("发现问题32个，已整改30个，其余3个正在整改。", "3个", "余数不符：32 个 − 已整改 30 个 = 2 个，文中为 3 个"),
])
def test_the_rest_named_by_剩余_or_其余(text, quote, message):
    assert [(f[0], f[1], f[3]) for f in found(text)] == [("warning", quote, message)]
    assert found(text.replace("15.3公里", "13.5公里").replace("其余3个", "其余2个")) == []


JOBS = "上半年新增城镇就业186人，完成全年目标任务300人的62%。\n三、下步打算\n"
REVENUE = "完成一般公共预算收入426万元，完成全年任务780万元的54.6%。\n二、存在问题\n"


def test_what_is_still_to_do_against_a_target_and_the_figure_done_sections_before():
    # 300 − 186 = 114, written 124 (one digit changed)
    text = JOBS + "一是紧盯全年目标，确保完成新增城镇就业300人目标，下半年还需新增124人；二是抓好防汛。"
    assert found(text) == [("warning", "124人", 3, "余数不符：300 人 − 已新增 186 人 = 114 人，文中为 124 人",
                            ("300人", "186人"))]
    # 780 − 426 = 354, written 345 (two digits swapped)
    text = REVENUE + "一是全年一般公共预算收入目标780万元，下半年还需完成345万元；二是项目进度不均衡。"
    assert found(text) == [("warning", "345万元", 3, "余数不符：780 万元 − 已完成 426 万元 = 354 万元，文中为 345 万元",
                            ("780万元", "426万元"))]


@pytest.mark.parametrize("text", [
    JOBS + "确保完成新增城镇就业300人目标，下半年还需新增114人。",
    REVENUE + "全年一般公共预算收入目标780万元，下半年还需完成354万元。",
    # far from the difference: the done figure may be of another period; no slip's shape, nothing said
    JOBS + "确保完成新增城镇就业300人目标，下半年还需新增90人。",
    # the target's name matches no earlier figure
    JOBS + "确保完成农村劳动力转移就业300人目标，下半年还需新增124人。",
    # two earlier figures under the name: which was done is not known
    "新增城镇就业186人。\n其中5月新增城镇就业62人。\n确保完成新增城镇就业300人目标，下半年还需新增124人。",
])
def test_a_remainder_against_a_target_is_said_only_when_evident(text):
    assert found(text) == []


def test_not_done_is_no_done_figure():
    # 未完成年度任务的3件 is the rest, stated again later as 未完成的3件: 7 + 3 = 10, nothing wrong
    text = "十件民生实事中，已全面完成或超额完成的7件，未完成年度任务的3件。\n三、下步打算\n对未完成的3件民生实事逐项明确完成时限。"
    assert found(text) == []


def test_a_balance_is_the_money_less_what_was_spent():
    # 40 − 39.6 = 0.4 万元
    findings = [(f.severity, f.quote, f.message) for f in check_text("项目资金40万元，支出39.6万元，结余1.4万元。")
                if f.rule == "remainder"]
    assert findings == [("error", "1.4万元", "余数不符：40 万元 − 支出 39.6 万元 = 0.4 万元，文中为 1.4 万元")]


@pytest.mark.parametrize("text", [
    "项目资金40万元，支出39.6万元，结余0.4万元。",
    "收入合计500万元，支出合计480万元，年末结余20万元。",
    # the carry-over counts too: 50 + 500 − 480 = 70
    "上年结余50万元，本年收入500万元，支出480万元，年末结余70万元。",
])
def test_balances_that_hold_or_have_more_terms(text):
    assert [f for f in check_text(text) if f.rule == "remainder"] == []


def test_a_remainder_in_two_units_whose_other_unit_adds_up():
    # 331 − 303 = 28 holds, so 112 − 104 = 8 is meant, not 10
    text = "三类监测对象112户331人。通过帮扶，已消除风险的监测对象104户303人，未消除风险的监测对象10户28人。"
    assert found(text) == [("error", "10户", 1,
                            "余数不符：112 户 − 已消除 104 户 = 8 户，文中为 10 户（而 331 人 − 303 人 = 28 人 相符）",
                            ("112户", "104户"))]
    text = "建档立卡贫困户615户2096人，已脱贫426户1506人，未脱贫189户580人。"
    assert [f[:2] for f in found(text)] == [("error", "580人")]


@pytest.mark.parametrize("text", [
    "三类监测对象112户331人。通过帮扶，已消除风险的监测对象104户303人，未消除风险的监测对象8户28人。",
    # neither unit adds up: the figures are of other things
    "总人口3718户11440人，已脱贫426户1506人，未脱贫191户596人。",
    # another verb
    "三类监测对象112户331人，已落实帮扶104户303人，未消除风险10户28人。",
    # two sentences between the whole and the rest
    "三类监测对象112户331人。全年开展走访。已消除风险的监测对象104户303人，未消除风险的监测对象10户28人。",
])
def test_a_remainder_in_two_units_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "全镇应参保11286人，已参保10952人，尚有216人未参保（另有118人因参军、在校等原因在外地参保）。",
    "全镇共有农户3862户，已签约2960户，尚有520户未签约（不含常年外出的382户）。",
])
def test_a_remainder_with_others_of_the_whole_in_a_bracket_beside_it(text):
    assert found(text) == []


def test_a_remainder_in_two_units_with_its_verb_after_the_figures():
    # 312 − 290 = 22 人, not 32 (86 − 78 = 8 户 holds)
    assert [f[:2] for f in found("需搬迁86户312人，已搬迁78户290人，尚有8户32人未搬迁。")] == [("error", "32人")]
    assert found("需搬迁86户312人，已搬迁78户290人，尚有8户22人未搬迁。") == []


def test_a_whole_named_by_nothing_when_the_remainder_is_a_keyboard_slip_off():
    # 3256 − 2890 = 366, written 336
    assert [f[:2] for f in found("全镇60岁以上老人3256人，已签约2890人，未签约的336人。")] == [("warning", "336人")]
    assert found("全镇60岁以上老人3256人，已签约2890人，未签约的300人。") == []

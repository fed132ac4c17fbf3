"""Amounts paid at a standard (人数 × 标准 × 期数), each finding whole: severity, the quoted
amount where it stands, the product in the message, and the head count underlined beside it.

Products worked out by hand: 38 × 60 × 6 = 13680; 23 × 400 × 12 = 110400;
213 × 650 × 6 = 830700 元 = 83.07 万元; 23 × 400 × 6 = 55200; 23 × 400 × 3 = 27600;
23 × 400 (a year) = 9200. A stated amount from half to twice the product is a warning,
further off a 提示.
"""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "product"]
WILD = "（相差较大，请核对人数、标准和期数）"


def found(text):
    """(severity, quote, line, column, message, the related figures as quoted)."""
    return [(f.severity, f.quote, f.location.line, f.location.column, f.message,
             tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def col(text, quote):
    """Column of the quote's last appearance on its line (the amount comes after the standard)."""
    line = text[:text.rindex(quote)].rsplit("\n", 1)[-1]
    return len(line) + 1


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("product", "warning", "金额与人数、标准不符")


FLAGGED = [
    # the standard in the next sentence, the period as 1-6月 and 6个月 (one period): 38 × 60 × 6
    ("今年共审核重度残疾人护理补贴38人，发放补贴资金14400元。补贴标准为每人每月60元，本次发放1-6月份6个月的补贴。",
     "warning", "14400元", "金额 14400 元 与标准不符：按 38 人 × 每月 60 元 × 6 个月 计算应为 13680 元", ("38人",)),
    # 全年 = 12 months: 110400, and 331200 is three times that
    ("全镇特困人员23人，每月400元，全年拨款金额331200元。",
     "info", "331200元", "金额 331200 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元" + WILD,
     ("23人",)),
    # 名, 上半年 = 6 months, an amount in 万元 shown in 万元: 830700 元 = 83.07 万元
    ("为全镇213名特困供养人员每人每月发放基本生活费650元，上半年共发放80.37万元。",
     "warning", "80.37万元", "金额 80.37 万元 与标准不符：按 213 名 × 每月 650 元 × 6 个月 计算应为 83.07 万元",
     ("213名",)),
    # exactly half and exactly twice are still warnings
    ("全镇特困人员23人，每月400元，全年拨款金额55200元。",
     "warning", "55200元", "金额 55200 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元", ("23人",)),
    ("全镇特困人员23人，每月400元，全年拨款金额220800元。",
     "warning", "220800元", "金额 220800 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元", ("23人",)),
    # just under half (55100 ÷ 110400 = 0.499) and just over twice: 提示
    ("全镇特困人员23人，每月400元，全年拨款金额55100元。",
     "info", "55100元", "金额 55100 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元" + WILD,
     ("23人",)),
    ("全镇特困人员23人，每月400元，全年拨款金额220900元。",
     "info", "220900元", "金额 220900 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元" + WILD,
     ("23人",)),
    # a yearly standard has no period: 23 × 400 = 9200
    ("全镇特困人员23人，每年400元，拨款金额10400元。",
     "warning", "10400元", "金额 10400 元 与标准不符：按 23 人 × 每年 400 元 计算应为 9200 元", ("23人",)),
    # 户, 400元每户每月, 下半年 = 6 months: 55200
    ("全镇特困人员23户，400元每户每月，下半年发放资金55000元。",
     "warning", "55000元", "金额 55000 元 与标准不符：按 23 户 × 每月 400 元 × 6 个月 计算应为 55200 元", ("23户",)),
    # 3~5月 is 3 months: 27600
    ("全镇特困人员23人，每人每月400元，3~5月共计发放27000元。",
     "warning", "27000元", "金额 27000 元 与标准不符：按 23 人 × 每月 400 元 × 3 个月 计算应为 27600 元", ("23人",)),
    # 1-6月 alone is 6 months; so is 6个月 alone
    ("全镇特困人员23人，每人每月400元，1-6月共计发放55000元。",
     "warning", "55000元", "金额 55000 元 与标准不符：按 23 人 × 每月 400 元 × 6 个月 计算应为 55200 元", ("23人",)),
    ("全镇特困人员23人，每人每月400元，共发放6个月，共计发放55000元。",
     "warning", "55000元", "金额 55000 元 与标准不符：按 23 人 × 每月 400 元 × 6 个月 计算应为 55200 元", ("23人",)),
    # the standard written 400元/人/月, with no 每 in the text
    ("全镇特困人员23人，400元/人/月，全年拨款金额100400元。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # in a later paragraph: quoted where it stands there
    ("上半年工作总结。\n全镇特困人员23人，每月400元，全年拨款金额100400元。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # the amount in the next sentence
    ("全镇特困人员23人，每人每月400元。全年拨款金额100400元。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # the count in the sentence before; a count two sentences back is out of reach
    ("另有孤儿5人。全镇特困人员23人。每人每月400元，全年拨款金额100400元。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # …and a count two sentences on is out of reach too
    ("全镇特困人员23人，每人每月400元。全年拨款金额100400元。另有孤儿5人。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # 每月10日 is a date, not a second standard
    ("全镇特困人员23人，每人每月400元，每月10日前发放，全年拨款金额100400元。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # another amount in 元 not named as paid (人均年收入) is not the amount paid
    ("全镇特困人员23人，每月400元，人均年收入3000元，全年拨款金额100400元。",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
    # pasted text with spaces between the statements
    ("全镇特困人员23人 每人每月400元 全年拨款金额100400元",
     "warning", "100400元", "金额 100400 元 与标准不符：按 23 人 × 每月 400 元 × 12 个月 计算应为 110400 元",
     ("23人",)),
]


@pytest.mark.parametrize("text,severity,quote,message,related", FLAGGED)
def test_product_findings(text, severity, quote, message, related):
    line = text[:text.rindex(quote)].count("\n") + 1
    assert found(text) == [(severity, quote, line, col(text, quote), message, related)]


@pytest.mark.parametrize("text", [
    "今年共审核重度残疾人护理补贴38人，发放补贴资金13680元。补贴标准为每人每月60元，本次发放1-6月份6个月的补贴。",
    "全镇特困人员23人，每月400元，全年拨款金额110400元。",
    "为全镇213名特困供养人员每人每月发放基本生活费650元，上半年共发放83.07万元。",
    "全镇特困人员23人，每年400元，拨款金额9200元。",
    # two periods (全年, 1-6月): which one was paid is unclear
    "全镇特困人员23人，每人每月400元，全年拨款金额100400元，1-6月已发放。",
    # approximate head count or amount
    "全镇特困人员约23人，每月400元，全年拨款金额100400元。",
    "全镇特困人员23人，每月400元，全年拨款金额约100400元。",
    # two head counts: which one was paid is unclear
    "全镇特困人员23人，每月400元，另有孤儿5人，全年拨款金额130400元。",
    # two standards in one sentence
    "全镇特困人员23人，每人每月400元，每户每年1000元，全年拨款金额100400元。",
    # nobody to pay
    "全镇特困人员0人，每月400元，全年拨款金额1000元。",
    # a standard with nothing paid
    "高龄补贴每人每月100元，按时足额发放。",
])
def test_products_that_hold_or_cannot_be_checked(text):
    assert found(text) == []


# Products written out, worked by hand: 658 × 70 × 12 = 552720 元 = 55.272 万元 → 55.27;
# 35642 × 89 = 3172138 元 = 317.2138 万元 → 317.21; 96 × 800 × 12 = 921600 元 = 92.16 万元;
# 714 × 80 × 12 = 685440 元 = 68.544 万元 → 68.54; 1536.7 万元 ÷ 5872 ÷ 12 = 218.08 元.
WRITTEN_OUT = [
    ("全年发放生活补贴658人×70元/月×12个月=55.72万元。", "error", "55.72万元",
     "乘积不符：658人 × 70元 × 12个月 = 55.27 万元，文中写作 55.72 万元", ()),
    ("落实经费317.12万元（35642人×89元）。", "error", "317.12万元",
     "乘积不符：35642人 × 89元 = 317.21 万元，文中写作 317.12 万元", ()),
    # the count named as the amount is, not the nearer count of another benefit
    ("为困难残疾人发放生活补贴658人、重度残疾人护理补贴714人。按照每人每月80元的标准，全年发放护理补贴68.45万元。",
     "warning", "68.45万元", "金额 68.45 万元 与标准不符：按 714 人 × 每月 80 元 × 12 个月 计算应为 68.54 万元",
     ("714人",)),
    # 人均每月 after the amount is worked out from it: 1536.7 万元 ÷ 5872 ÷ 12 = 218.08, not 228
    ("领取待遇人员5872人，全年发放养老金1536.7万元，人均每月228元。", "warning", "228元",
     "人均 228 元 与总额不符：按 1536.7 万元 ÷ 5872 人 ÷ 12 个月 计算应为 218 元", ("1536.7万元", "5872人")),
]


@pytest.mark.parametrize("text,severity,quote,message,related", WRITTEN_OUT)
def test_products_written_out_and_averages(text, severity, quote, message, related):
    [(sev, q, line, _column, msg, rel)] = found(text)
    assert (sev, q, line, msg, rel) == (severity, quote, 1, message, related)


@pytest.mark.parametrize("text", [
    "全年发放生活补贴658人×70元/月×12个月=55.27万元。",  # 55.272 rounds to 55.27
    "落实经费317.21万元（35642人×89元）。",
    "全年发放补贴96人*800元*12个月=92.16万元。",
    "按每人每月70元标准，为658人全年发放生活补贴55.27万元。",  # the amount rounded to 万元
    "为困难残疾人发放生活补贴658人、重度残疾人护理补贴714人。按照每人每月80元的标准，全年发放护理补贴68.54万元。",
    # the only count is of the other benefit: 68.54 万元 is not for 658 people
    "生活补贴658人×70元/月×12个月=55.27万元；按照每人每月80元的标准，全年发放护理补贴68.54万元。",
    "领取待遇人员5872人，全年发放养老金1536.7万元，人均每月218元。",
    "领取待遇人员5872人,全年发放养老金1536.7万元,人均每月218元.",
    "建棚面积为3×4米，共12平方米。",  # no money in the product
])
def test_written_products_and_averages_that_hold(text):
    assert found(text) == []


def test_a_standard_before_a_written_product_is_not_its_amount():
    # 326 × 500 × 6 = 978000 元 = 97.8 万元; 500元 is a factor, not the amount paid
    assert found("每人每月补贴500元，上半年发放补贴326人×500元×6个月=97.8万元。") == []


@pytest.mark.parametrize("text,quote,message", [
    # once, no period: 1245 × 300 = 373500 元 = 37.35 万元
    ("发放取暖补贴对象1245户，每户300元，共计37.53万元。", "37.53万元",
     "金额 37.53 万元 与标准不符：按 1245 户 × 每户 300 元 计算应为 37.35 万元"),
    # 代缴 pays too: 1862 × 100 = 186200 元
    ("为1862名困难群众每人每年100元，共代缴18.26万元。", "18.26万元",
     "金额 18.26 万元 与标准不符：按 1862 名 × 每年 100 元 计算应为 18.62 万元"),
])
def test_a_standard_paid_once_and_an_amount_paid_for_others(text, quote, message):
    assert [(f[0], f[1], f[4]) for f in found(text)] == [("warning", quote, message)]
    assert found(text.replace("37.53", "37.35").replace("18.26", "18.62")) == []


def test_a_product_in_words_closed_by_共():
    # 97 × 1200 = 116,400 元 = 11.64 万元
    text = "为97名护林员发放补助，每人每年1200元，共11.46万元。"
    assert [(f.severity, f.message) for f in check_text(text) if f.rule == "product"] == [
        ("warning", "金额 11.46 万元 与标准不符：按 97 名 × 每年 1200 元 计算应为 11.64 万元")]
    assert [f for f in check_text(text.replace("11.46", "11.64")) if f.rule == "product"] == []


def test_a_standard_per_quarter_is_no_amount_paid():
    # 每季度发放200元 is what one person gets a quarter, not the total of 456 × 60 × 9
    assert found("补贴456人，1-9月每月补助60元，每季度发放200元。") == []

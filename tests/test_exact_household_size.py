"""Households and people stated as one pair, each finding whole: the quoted pair, its column,
and the people a household (worked out by hand, rounded half-up to one decimal)."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "household-size"]

FEWER = "“{}”：人数少于户数（每户至少一人），请核对人数、户数或单位"
MANY = "“{}”：户均 {} 人，远多于一户人口（常见每户一至十人），请核对人数或单位"


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.column, f.message)
            for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("household-size", "warning", "户数与人数不相称")


@pytest.mark.parametrize("text,quote,message", [
    # 2,140,000 ÷ 6996 = 305.889 → 305.9
    ("全镇辖12个行政村，6996户,214万人。", "6996户,214万人", MANY.format("6996户,214万人", "305.9")),
    ("共有低保户131户91人。", "131户91人", FEWER.format("131户91人")),
    ("共有低保户131户，91人。", "131户，91人", FEWER.format("131户，91人")),
    ("共有低保户131户、91人。", "131户、91人", FEWER.format("131户、91人")),
    ("共有低保户131户91名。", "131户91名", FEWER.format("131户91名")),
    ("其中无人户1户0人。", "1户0人", FEWER.format("1户0人")),
    # 350,000 ÷ 12,000 = 29.167 → 29.2
    ("易地搬迁安置1.2万户35万人。", "1.2万户35万人", MANY.format("1.2万户35万人", "29.2")),
    # just over ten a household: 51 ÷ 5 = 10.2
    ("全村5户51人。", "5户51人", MANY.format("5户51人", "10.2")),
    # three households are enough to judge: 40 ÷ 3 = 13.33 → 13.3
    ("全村3户40人。", "3户40人", MANY.format("3户40人", "13.3")),
])
def test_findings(text, quote, message):
    assert found(text) == [("household-size", "warning", quote, text.index(quote) + 1, message)]


@pytest.mark.parametrize("text", [
    "全镇共有低保户131户191人、分散五保户17户18人。",
    "五保113户113人，孤儿2户2人。",  # as many people as households
    "帮扶企业12户，带动就业600人。",  # two different things
    "易地搬迁安置1.2万户3.5万人。",
    "其中1户12人为多代同堂家庭。",
    "全村2户40人。",  # too few households to judge
    "全村5户50人。",  # ten a household at most
    "约300户2000余人受益。",
    "约30户2000余人受益。",  # approximate figures: nothing to judge
    "约30户2000人受益。",
    "30户约2000人受益。",
    "全村共有农户200户，扶持合作社5家60人。",  # 家, not 户
    "全村131户 91人。",  # a space is no joiner
    "全村0户5人。",
    "全镇共有2000人。",
])
def test_quiet(text):
    assert found(text) == []

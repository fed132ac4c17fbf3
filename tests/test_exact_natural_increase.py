"""Births less deaths (in people) against the stated net increase: every finding whole."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "natural-increase"]


def found(text):
    return [(f.severity, f.quote, f.location.column, f.message, tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("natural-increase", "error", "自然增长与出生、死亡不符")


def test_a_net_increase_with_its_digits_swapped():
    text = "上半年出生人口138人、死亡人口96人，人口净增加24人。"
    # 138 − 96 = 42
    assert found(text) == [("error", "24人", 26, "“净增加24人”与数值不符：出生 138 人 − 死亡 96 人 = 42 人，应为自然增长 42 人",
                            ("138人", "96人"))]


def test_a_natural_decrease():
    text = "全年出生人口86人，死亡人口112人，人口自然减少62人。"
    # 86 − 112 = −26
    assert found(text) == [("error", "62人", 26, "“自然减少62人”与数值不符：出生 86 人 − 死亡 112 人 = −26 人，应为自然减少 26 人",
                            ("86人", "112人"))]


@pytest.mark.parametrize("text", [
    "上半年出生人口138人、死亡人口96人，人口净增加42人。",
    "全年出生人口86人，死亡人口112人，人口自然减少26人。",
    # rates that agree within their rounding, and last year's rate beside this year's
    "全年出生率8.51‰，死亡率6.05‰，人口自然增长率2.46‰。",
    "全年出生率8.50‰，死亡率6.04‰，人口自然增长率2.47‰。",
    "人口出生率为5.92‰，死亡率为3.89‰，自然增长率为2.03‰，比上年下降0.84个千分点（上年自然增长率2.87‰）。",
    # with the counts beside them the rate rule tells which rate is wrong (死亡率 here, 142/21860 = 6.50‰)
    "全年出生人口186人，出生率8.51‰；死亡人口142人，死亡率6.05‰；人口自然增长率2.01‰。",
    # another sentence: not evidently the same period
    "上半年出生人口138人、死亡人口96人。全年人口净增加24人。",
])
def test_quiet(text):
    assert found(text) == []


def test_a_difference_from_last_year_is_not_the_births():
    # 比去年同期多出生140人 is a difference; births 1070 − deaths 307 = 763
    assert found("总出生1070人，比去年同期多出生140人，死亡307人，自然增长763人。") == []
    text = "总出生1070人，比去年同期多出生140人，死亡307人，自然增长736人。"
    assert [(f[0], f[1], f[3]) for f in found(text)] == [
        ("error", "736人", "“自然增长736人”与数值不符：出生 1070 人 − 死亡 307 人 = 763 人，应为自然增长 763 人")]


def test_rates_that_do_not_agree_are_a_warning_on_the_growth_rate():
    # 8.51 − 6.05 = 2.46‰, beyond the rounding of the three (±0.005‰ each); which one is wrong is not known
    text = "全年出生率8.51‰，死亡率6.05‰，人口自然增长率2.01‰。"
    assert found(text) == [("warning", "2.01‰", 28,
                            "“自然增长率2.01‰”与出生率、死亡率不符：8.51‰ − 6.05‰ = 2.46‰（三者之一可能有误，请核对）",
                            ("8.51‰", "6.05‰"))]

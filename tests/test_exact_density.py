"""Population density (人口密度 = 总人口 ÷ 面积), each finding whole. Quotients by hand:
13015 ÷ 274.92 = 47.341; 26400 ÷ 91.26 = 289.283; 25000 ÷ 91.26 = 273.943; 19118 ÷ 111.11 = 172.064."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "density"]


def found(text):
    return [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title, RULE.family) == ("density", "warning", "人口密度与人口、面积不符", "figures")


@pytest.mark.parametrize("text, severity, quote, expected", [
    ("全镇总面积91.26平方公里，总人口26400人，人口密度274人/平方公里。", "warning", "274", "289.28"),
    ("全镇总面积111.11平方公里，总人口19118人，人口密度173.8人/平方公里。", "warning", "173.8", "172.06"),
    ("行政区域面积274.92平方千米，总人口13015人，人口密度为每平方千米45人。", "warning", "45", "47.34"),
    # twice as much: the figures may not be the ones divided — a 提示
    ("行政區域面積274.92平方千米，總人口13015人，人口密度為每平方千米96人。", "info", "96", "47.34"),
])
def test_a_density_that_does_not_follow(text, severity, quote, expected):
    [(sev, q, message)] = found(text)
    assert (sev, q) == (severity, quote)
    assert message.startswith(f"人口密度填写为 {quote} 人/平方公里，按 ") and f"计算应为 {expected} 人/平方公里" in message


def test_none_of_several_counts_fits():
    text = "面积274.92平方千米，总人口13015人，人口密度为每平方千米96人。截至2019年末，户籍人口为10904人。"
    [(severity, quote, message)] = found(text)
    assert (severity, quote) == ("info", "96")
    assert message == ("人口密度填写为 96 人/平方公里，按 13015 人 ÷ 274.92 平方千米 计算应为 47.34 人/平方公里"
                       "（文中其他人口数、面积也都不符）")


@pytest.mark.parametrize("text", [
    "行政区域面积274.92平方千米，总人口13015人，人口密度为每平方千米47人。",
    "行政区域面积274.92平方千米，总人口13015人，人口密度为每平方千米47.3人。",
    # one of two counts fits (常住 25000 ÷ 91.26 = 273.94)
    "全镇总面积91.26平方公里，户籍人口26400人，常住人口25000人，人口密度274人/平方公里。",
    # 耕地面积 is not the township's area; 农业人口 not its population
    "全镇耕地面积12.5平方公里，总人口26400人，人口密度289人/平方公里。",
    "全镇总面积91.26平方公里，农业人口20000人，人口密度289人/平方公里。",
    # an area of three figures allows 10894.8–10944.2
    "辖区面积2.21平方公里，常住人口24132人，人口密度10914.52人/平方公里。",
    "人口密度约294人/平方公里，总面积91.26平方公里，总人口26400人。",
])
def test_densities_that_hold_or_cannot_be_checked(text):
    assert found(text) == []


def test_a_population_in_wan_allows_the_density_written():
    # 12.15万 is 121450–121550: ÷ 30.18 is 4024.2–4027.5, so 4025 fits
    assert found("總人口12.15萬人，轄區總面積30.18平方千米，人口密度為每平方千米4025人。") == []

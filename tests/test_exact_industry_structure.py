"""三次产业结构 a:b:c against the three industries' added values, each finding whole; the
quotients are worked out by hand in the comments."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "industry-structure"]

GDP = ("全县地区生产总值797156万元，其中第一产业增加值155864万元，第二产业增加值275605万元，"
       "第三产业增加值365687万元。")


def found(text):
    return [(f.severity, f.quote, f.message, [(r.line, r.column, r.length) for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("industry-structure", "warning", "三次产业结构与增加值不符")


def test_a_term_off_by_ten_points():
    # sum 797156; 155864 ÷ 797156 = 19.552%, 275605 ÷ 797156 = 34.573%, 365687 ÷ 797156 = 45.874%
    text = GDP + "三次产业结构29.5:34.6:45.9。"
    assert found(text) == [(
        "warning", "29.5:34.6:45.9",
        "三次产业结构填写为 29.5:34.6:45.9，按各产业增加值 155864 万元 + 275605 万元 + 365687 万元 计算为 "
        "19.55:34.57:45.87；第一产业应为 19.55（文中 29.5）",
        [(1, 27, 8), (1, 43, 8), (1, 59, 8)])]


@pytest.mark.parametrize("text", [
    # rounded 19.6:34.6:45.9 make 100.1: the office moved the first term's last digit to make 100
    GDP + "三次产业结构19.5:34.6:45.9。",
    GDP + "三次产业结构19.6:34.6:45.9。",
    # the year before's structure, then this year's (which holds)
    GDP + "三次产业结构由上年的20.1:33.8:46.1调整为19.6:34.6:45.9。",
    # full-width ratio marks; 52.27 ÷ 316.81 = 16.50%, 82.96 ÷ 316.81 = 26.19%, 181.58 ÷ 316.81 = 57.32%
    "全年生产总值316.80亿元。其中：第一产业增加值52.27亿元；第二产业增加值82.96亿元；第三产业增加值181.58亿元。"
    "三次产业结构比例为16.5︰26.2︰57.3。",
    # no industry figures: nothing to check
    "三次产业结构调整为12.5:40.3:47.2。",
])
def test_structures_that_hold_or_cannot_be_checked(text):
    assert found(text) == []


def test_a_structure_off_by_more_than_the_last_digit_even_making_100():
    # 19.55 : 34.57 : 45.87 — 19.0 is more than one last digit from 19.6, though 19.0 + 35.1 + 45.9 = 100
    text = GDP + "三次产业结构19.0:35.1:45.9。"
    [(severity, quote, message, _)] = found(text)
    assert (severity, quote) == ("warning", "19.0:35.1:45.9")
    assert "第一产业应为 19.55（文中 19.0）" in message and "第二产业应为 34.57（文中 35.1）" in message


def test_a_structure_after_a_comma_and_an_unfilled_template():
    # …第三产业增加值5.67亿元，三次产业结构为: 三次 is no count of the figure before it.
    # 2.1 + 4.2 + 5.67 = 11.97; 2.1 ÷ 11.97 = 17.54%, 4.2 ÷ 11.97 = 35.09%, 5.67 ÷ 11.97 = 47.37%
    text = "第一产业增加值2.1亿元，第二产业增加值4.2亿元，第三产业增加值5.67亿元，三次产业结构为26.7:52.9:30.4。"
    [(_, quote, message, _)] = found(text)
    assert quote == "26.7:52.9:30.4" and "计算为 17.54:35.09:47.37" in message
    # every industry 0 (a template): nothing to divide by, and no crash
    assert found("第一产业增加值0万元，第二产业增加值0万元，第三产业增加值0万元。三次产业结构为0:0:0。") == []

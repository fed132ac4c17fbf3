"""Progress against a target (完成全年任务的X%, 超任务X%), each finding whole: severity, the
quoted rate where it stands, the computed rate in the message, and the achieved figure and
the target underlined beside it (in that order).

Rates worked out by hand: 2865 ÷ 2800 = 1.023214 → 102.32%; 512 ÷ 480 = 1.066667 → 106.67%;
2.46 ÷ 2.1 = 1.171429 → 117.14%; (25.59 − 25) ÷ 25 = 0.0236 → 2.36%;
(27600 − 24000) ÷ 24000 = 0.15 → 15.00%; 412.48 ÷ 1000 = 41.248% → 41.25%;
1050 ÷ 1000 = 105.00%; (1050 − 1000) ÷ 1000 = 5.00%.
"""
import pytest

from township_app.checks import check_text, default_rules

#: what the engine adds after a far-off 提示's computation
FAR_OFF = "（相差较大，可能比较的不是同一项，请核对）"

[RULE] = [r for r in default_rules() if r.id == "target"]


def found(text):
    """(severity, quote, line, column, message, the related figures as quoted)."""
    return [(f.severity, f.quote, f.location.line, f.location.column, f.message,
             tuple(text[r.start:r.start + r.length] for r in f.related))
            for f in check_text(text, rules=(RULE,))]


def where(text, quote):
    """(line, column) of the quote's last appearance: the rate comes last."""
    before = text[:text.rindex(quote)]
    return before.count("\n") + 1, len(before.rsplit("\n", 1)[-1]) + 1


def test_the_rule_is_named_for_the_user():
    assert (RULE.id, RULE.severity, RULE.title) == ("target", "error", "完成任务比例与数值不符")


def done(rate, achieved, target, expected):
    return f"完成任务比例填写为 {rate}，按 {achieved} ÷ 任务 {target} 计算应为 {expected}%"


def over(rate, achieved, target, expected):
    return f"超任务比例填写为 {rate}，按 ({achieved} − {target}) ÷ {target} 计算应为 {expected}%"


FLAGGED = [
    # 完成年度任务 without 的: against the one target stated before it in the sentence
    ("全年财政收入任务1000万元，实现财政收入1050万元，完成全年任务106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # the target just before 的; last year's level and the change are not what was achieved
    ("外出务工2865人，比上年的2710人增加155人，完成务工目标2800人的101.3%。", "error", "101.3%",
     done("101.3%", "2865 人", "2800 人", "102.32"), ("2865人", "2800人")),
    # the target in brackets (full-width and ASCII), with a space before 的
    ("全年生产干毛茶512万公斤，完成县级下达任务数（480万公斤）的105.7%。", "error", "105.7%",
     done("105.7%", "512 万公斤", "480 万公斤", "106.67"), ("512万公斤", "480万公斤")),
    ("全年生产干毛茶512万公斤，完成县级下达任务数(480万公斤)的105.7%。", "error", "105.7%",
     done("105.7%", "512 万公斤", "480 万公斤", "106.67"), ("512万公斤", "480万公斤")),
    ("全年生产干毛茶512万公斤，完成县级下达任务（480万公斤） 的105.7%。", "error", "105.7%",
     done("105.7%", "512 万公斤", "480 万公斤", "106.67"), ("512万公斤", "480万公斤")),
    # 占…任务…的
    ("地方一般公共预算收入累计完成2.46亿元，占年初县下达任务2.1亿元的112.5%。", "error", "112.5%",
     done("112.5%", "2.46 亿元", "2.1 亿元", "117.14"), ("2.46亿元", "2.1亿元")),
    # 超任务的: the target in the sentence before, named by the same thing (产值);
    # 2.3% is 2.36% truncated, and the figures' rounding would allow it: a warning
    ("全年规模以上企业产值任务25亿元。实际完成产值25.59亿元，超任务的2.3%。", "warning", "2.3%",
     over("2.3%", "25.59 亿元", "25 亿元", "2.36"), ("25.59亿元", "25亿元")),
    # 超任务 with the target earlier in the sentence
    ("年度招商引资目标任务24000万元，实际到位资金27600万元，超任务16%。", "error", "16%",
     over("16%", "27600 万元", "24000 万元", "15.00"), ("27600万元", "24000万元")),
    # 超目标任务…的: the figure before 的 is the target, and the rate is the excess
    ("全年招商引资到位资金27600万元，超目标任务24000万元的16%。", "error", "16%",
     over("16%", "27600 万元", "24000 万元", "15.00"), ("27600万元", "24000万元")),
    # 完成全年任务的 / 年度计划的 / 全年目标的 with the target named earlier
    ("全年财政收入任务1000万元。上半年财政收入412.48万元，完成全年任务的44.1%。", "error", "44.1%",
     done("44.1%", "412.48 万元", "1000 万元", "41.25"), ("412.48万元", "1000万元")),
    ("全年财政收入任务1000万元，上半年财政收入412.48万元，完成年度计划的44.1%。", "error", "44.1%",
     done("44.1%", "412.48 万元", "1000 万元", "41.25"), ("412.48万元", "1000万元")),
    ("全年财政收入目标1000万元，上半年财政收入412.48万元，完成全年目标的44.1%。", "error", "44.1%",
     done("44.1%", "412.48 万元", "1000 万元", "41.25"), ("412.48万元", "1000万元")),
    ("全年计划新建道路20公里，已完成15公里，完成年度计划的70%。", "error", "70%",
     done("70%", "15 公里", "20 公里", "75.00"), ("15公里", "20公里")),
    # 超额完成任务 / 超过计划 / 超出年度目标
    ("全年财政收入任务1000万元，完成财政收入1050万元，超额完成任务5.5%。", "error", "5.5%",
     over("5.5%", "1050 万元", "1000 万元", "5.00"), ("1050万元", "1000万元")),
    ("全年财政收入任务1000万元，完成财政收入1050万元，超过计划5.5%。", "error", "5.5%",
     over("5.5%", "1050 万元", "1000 万元", "5.00"), ("1050万元", "1000万元")),
    ("全年财政收入任务1000万元，完成财政收入1050万元，超出年度目标5.5%。", "error", "5.5%",
     over("5.5%", "1050 万元", "1000 万元", "5.00"), ("1050万元", "1000万元")),
    # the target in the sentence before, about the same thing (收入)
    ("年度财政收入任务1000万元。实现财政收入1050万元，完成任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # the only target in the sentence will do, whatever it names; a figure in another unit is passed
    ("年度任务1000万元，实现财政收入1050万元，完成任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    ("年度任务1000万元，新建道路20公里，实现财政收入1050万元，完成任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # two targets in the sentence: the one about 收入
    ("年度财政收入任务1000万元，税收任务800万元，实现财政收入1050万元，完成任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # the target in the sentence before names the same last word (收入), not the same three (政收入)
    ("年度税费收入任务1000万元。实现财政收入1050万元，完成任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # a growth rate between the achieved figure and the rate is not what was achieved
    ("全年财政收入任务1000万元，实现财政收入1050万元，同比增长5%，完成全年任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # a share between the achieved figure and the rate is not what was achieved
    ("全年财政收入任务1000万元，实现财政收入1050万元，占全县的15%，完成全年任务的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
    # a figure in another unit between the achieved figure and the target is passed over
    ("全年生产干毛茶512万公斤，新建茶园300亩，完成县级下达任务数（480万公斤）的105.7%。", "error", "105.7%",
     done("105.7%", "512 万公斤", "480 万公斤", "106.67"), ("512万公斤", "480万公斤")),
    # the target stated just after the rate, in the same sentence: 1000 ÷ 2000 = 50.00%
    ("已完成投资1000万元，完成年度计划的48%，年度计划投资2000万元。", "error", "48%",
     done("48%", "1000 万元", "2000 万元", "50.00"), ("1000万元", "2000万元")),
    # the only target earlier in the sentence, with nothing but commas between
    ("年度计划2000万元，已完成投资1000万元，完成年度计划的48%。", "error", "48%",
     done("48%", "1000 万元", "2000 万元", "50.00"), ("1000万元", "2000万元")),
    # …or the target just before the rate, the achieved figure before it
    ("已完成投资1000万元，年度计划2000万元，完成年度计划的48%。", "error", "48%",
     done("48%", "1000 万元", "2000 万元", "50.00"), ("1000万元", "2000万元")),
    # a breakdown's total is what was done, not its last part: 380 ÷ 400 = 95.00%
    ("改造农村户厕380座，其中新建215座、提升165座，完成任务400座的90%。", "error", "90%",
     done("90%", "380 座", "400 座", "95.00"), ("380座", "400座")),
    # a rate far from the computed one: the figures were paired wrongly, a 提示
    ("全年财政收入任务1000万元，完成财政收入1050万元，完成任务的5%。", "info", "5%",
     done("5%", "1050 万元", "1000 万元", "105.00") + FAR_OFF, ("1050万元", "1000万元")),
    # …是任务…的
    ("财政收入1050万元，是任务1000万元的106%。", "error", "106%",
     done("106%", "1050 万元", "1000 万元", "105.00"), ("1050万元", "1000万元")),
]


@pytest.mark.parametrize("text,severity,quote,message,related", FLAGGED)
def test_target_findings(text, severity, quote, message, related):
    line, column = where(text, quote)
    assert found(text) == [(severity, quote, line, column, message, related)]


@pytest.mark.parametrize("text", [
    "外出务工2865人，比上年的2710人增加155人，完成务工目标2800人的102.3%。",
    "全年生产干毛茶512万公斤，完成县级下达任务数（480万公斤）的106.7%。",
    "地方一般公共预算收入累计完成2.46亿元，占年初县下达任务2.1亿元的117.1%。",
    "全年规模以上企业产值任务25亿元。实际完成产值25.59亿元，超任务的2.4%。",
    "年度招商引资目标任务24000万元，实际到位资金27600万元，超任务15%。",
    "全年财政收入任务1000万元，完成财政收入1050万元，超额完成任务5%。",
    # the figures' own rounding allows 16%: (2.76 − 2.4) ÷ 2.4 could be 12.4% … 17.7%
    "全年招商引资到位资金2.76亿元，超目标任务2.4亿元的16%。",
    # approximate figures or rate
    "全年生产干毛茶约512万公斤，完成县级下达任务数（480万公斤）的105.7%。",
    "全年生产干毛茶512万公斤，完成县级下达任务数（约480万公斤）的105.7%。",
    "全年生产干毛茶512万公斤，完成县级下达任务数（480万公斤）的约105.7%。",
    # the target in another paragraph
    "年度财政收入任务1000万元。\n实现财政收入1050万元，完成任务的106%。",
    # the target in the sentence before names no 收入: it may be another target
    "年度任务1000万元。实现财政收入1050万元，完成任务的106%。",
    # two targets in the sentence, neither about 收入
    "年度税收任务800万元，非税任务200万元，实现财政收入1050万元，完成任务的106%。",
    "已完成投资1000万元，完成年度计划的50%，年度计划投资2000万元。",
    "改造农村户厕380座，其中新建215座、提升165座，完成任务400座的95%。",
    # a target after a ；, in the next sentence, or a later figure that is no target
    "已完成投资1000万元，完成年度计划的48%；年度计划投资2000万元。",
    "已完成投资1000万元，完成年度计划的48%。年度计划投资2000万元。",
    "已完成投资1000万元，完成年度计划的48%，其中财政资金2000万元。",
    # an earlier target behind a ； is another item's
    "年度计划2000万元；已完成投资1000万元，完成年度计划的48%。",
    # 完成全年任务105% (no 的) is read as 完成全年任务的: 1050 ÷ 1000 holds
    "全年财政收入任务1000万元，实现财政收入1050万元，完成全年任务105%。",
    "全年财政收入计划1000万元，实现财政收入1050万元，完成年度计划105%。",
    "全年财政收入目标1000万元，实现财政收入1050万元，完成全年目标105%。",
    # … and against the target stated in its sentence only (another sentence's is another item's)
    "全年财政收入任务1000万元。实现财政收入1050万元，完成全年任务106%。",
    # no figures to check against
    "完成任务的106%。",
    # 完成 without naming the target: not a rate against it
    "全年财政收入任务1000万元，实现财政收入1050万元，完成105%。",
    # 占任务的 is a share, not progress: left to the share rule
    "全年财政收入任务1000万元，完成财政收入1050万元，占任务的10.5%。",
])
def test_targets_that_hold_or_cannot_be_checked(text):
    assert found(text) == []


def test_a_bare_完成_after_the_sentences_one_target():
    # 1294.3 ÷ 5242 = 24.6909% → 24.7 (24.6 is the digits cut, not rounded)
    text = "完成水稻投保1294.3亩，任务数5242亩，完成24.6%。"
    assert [(f.severity, f.quote, f.message) for f in check_text(text, rules=(RULE,))] == [
        ("error", "24.6%", "完成任务比例填写为 24.6%，按 1294.3 亩 ÷ 任务 5242 亩 计算应为 24.69%")]
    assert check_text("水稻投保任务5242亩，已完成1294.3亩，完成24.7%。", rules=(RULE,)) == []
    # no target in the sentence: 完成80% is progress, nothing to divide
    assert check_text("项目总投资500万元，工程已完成80%。", rules=(RULE,)) == []


def test_a_figure_larger_than_the_total_before_it_is_no_part_of_it():
    # 出栏127.24万头 ÷ 计划127.23万头 = 100.01%: 出栏 is not a part of 存栏75.33万头 (a part is never more)
    assert found("全县生猪存栏75.33万头，其中：能繁母猪6.21万头，生猪出栏127.24万头，占计划数127.23万头的100.01%。") == []
    # a real part still gives its whole: 改造380座 was done, not 165
    text = "完成改造380座，其中新建215座、提升165座，完成任务400座的98%。"
    assert [(f[0], f[1], f[4]) for f in found(text)] == [
        ("error", "98%", "完成任务比例填写为 98%，按 380 座 ÷ 任务 400 座 计算应为 95.00%")]


def test_people_counted_in_ming_against_a_task_in_ren():
    # 151名 of 任务125人: 151 ÷ 125 = 120.8% → 121% (not 2093人 from the clause before)
    assert found("就业2093人，帮助151名人员就业，占任务125人的121%。") == []
    assert [f[4] for f in found("就业2093人，帮助151名人员就业，占任务125人的131%。")] == [
        "完成任务比例填写为 131%，按 151 名 ÷ 任务 125 人 计算应为 120.80%"]


def test_a_task_in_whole_units_is_set_not_measured():
    # 4.21 ÷ 4 = 105.25%: 年度任务4亿元 is not 3.5–4.5亿
    text = "全镇完成财政收入4.21亿元，完成年度任务4亿元的103%。"
    assert [(f.severity, f.quote) for f in check_text(text, rules=(RULE,))] == [("error", "103%")]
    assert check_text(text.replace("103%", "105.3%"), rules=(RULE,)) == []

"""性别比, each finding whole: severity, the quoted figure and its column, the counts it was
computed from, and the computed value (男 ÷ 女 × 100, worked out by hand in the comments)."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "sex-ratio"]


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.message,
             [(r.line, r.column, r.length) for r in f.related])
            for f in check_text(text, rules=(RULE,))]


def test_the_rule():
    assert (RULE.id, RULE.severity, RULE.title) == ("sex-ratio", "error", "性别比与男女人数不符")


@pytest.mark.parametrize("text,expected", [
    # 78 ÷ 70 × 100 = 111.4286 → 111.43; 111.3 is neither it rounded nor within twice of it off
    ("全年出生148人，其中男孩78人、女孩70人，出生人口性别比111.3。",
     ("error", "111.3", 1, 31, "性别比填写为 111.3，按 男 78 人 ÷ 女 70 人 × 100 计算应为 111.43",
      [(1, 14, 3), (1, 20, 3)])),
    # 52 ÷ 50 × 100 = 104
    ("出生男婴52人，女婴50人，性别比为103.00。",
     ("error", "103.00", 1, 19, "性别比填写为 103.00，按 男 52 人 ÷ 女 50 人 × 100 计算应为 104.00",
      [(1, 5, 3), (1, 11, 3)])),
    # spaces before the figures
    ("出生男婴 52人，女婴 50人，性别比为103.00。",
     ("error", "103.00", 1, 21, "性别比填写为 103.00，按 男 52 人 ÷ 女 50 人 × 100 计算应为 104.00",
      [(1, 6, 3), (1, 13, 3)])),
    # on a second line: the column counts from that line
    ("人口出生情况。\n出生男婴52人，女婴50人，性别比为103.00。",
     ("error", "103.00", 2, 19, "性别比填写为 103.00，按 男 52 人 ÷ 女 50 人 × 100 计算应为 104.00",
      [(2, 5, 3), (2, 11, 3)])),
    # 1.2万 ÷ 1.1万 × 100 = 109.09; rounding allows 100 … 119.05, and 120 is outside
    ("全镇男性1.2万人，女性1.1万人，性别比为120。",
     ("error", "120", 1, 23, "性别比填写为 120，按 男 1.2 万人 ÷ 女 1.1 万人 × 100 计算应为 109.09",
      [(1, 5, 5), (1, 13, 5)])),
    # the pair nearest the ratio: 78 and 70, not 60 and 50
    ("2022年出生男孩60人、女孩50人；2023年出生男孩78人、女孩70人，性别比111.3。",
     ("error", "111.3", 1, 42, "性别比填写为 111.3，按 男 78 人 ÷ 女 70 人 × 100 计算应为 111.43",
      [(1, 29, 3), (1, 35, 3)])),
    # a total after the pair is no part of it
    ("出生男孩78人、女孩70人，共148人，性别比111.3。",
     ("error", "111.3", 1, 24, "性别比填写为 111.3，按 男 78 人 ÷ 女 70 人 × 100 计算应为 111.43",
      [(1, 5, 3), (1, 11, 3)])),
    ("男孩78人、女孩70人，全年出生148人，性别比111.3。",
     ("error", "111.3", 1, 25, "性别比填写为 111.3，按 男 78 人 ÷ 女 70 人 × 100 计算应为 111.43",
      [(1, 3, 3), (1, 9, 3)])),
    # the pair in a bracket right after the ratio: 97 ÷ 89 × 100 = 108.9888 → 108.99 (108.9 is
    # neither it rounded nor the population's 11562 ÷ 10956)
    ("全乡户籍人口22518人，其中男性11562人，女性10956人。出生人口性别比108.9（男97人，女89人）。",
     ("error", "108.9", 1, 41, "性别比填写为 108.9，按 男 97 人 ÷ 女 89 人 × 100 计算应为 108.99",
      [(1, 48, 3), (1, 53, 3)])),
    ("出生人口性别比108.9 （男97人，女89人）。",
     ("error", "108.9", 1, 8, "性别比填写为 108.9，按 男 97 人 ÷ 女 89 人 × 100 计算应为 108.99",
      [(1, 16, 3), (1, 21, 3)])),
    ("出生人口性别比108.9(男97人，女89人)。",
     ("error", "108.9", 1, 8, "性别比填写为 108.9，按 男 97 人 ÷ 女 89 人 × 100 计算应为 108.99",
      [(1, 15, 3), (1, 20, 3)])),
    # more figures after the bracket change nothing
    ("出生人口性别比108.9（男97人，女89人），全年出生186人。",
     ("error", "108.9", 1, 8, "性别比填写为 108.9，按 男 97 人 ÷ 女 89 人 × 100 计算应为 108.99",
      [(1, 15, 3), (1, 20, 3)])),
    # the population's men and women of an earlier sentence are read for a 性别比 not of births
    # (no 出生 in the ten characters before its figure): 11562 ÷ 10956 × 100 = 105.53
    ("全乡户籍人口22518人，其中男性11562人，女性10956人。人口性别比为108.9。",
     ("error", "108.9", 1, 40, "性别比填写为 108.9，按 男 11562 人 ÷ 女 10956 人 × 100 计算应为 105.53",
      [(1, 18, 6), (1, 27, 6)])),
    # births in an earlier sentence: 男孩/女孩, or a sentence about 出生
    ("全年出生男孩97人，女孩89人。出生人口性别比108.9。",
     ("error", "108.9", 1, 24, "性别比填写为 108.9，按 男 97 人 ÷ 女 89 人 × 100 计算应为 108.99",
      [(1, 7, 3), (1, 13, 3)])),
    ("全年出生186人，男97人，女89人。出生人口性别比108.9。",
     ("error", "108.9", 1, 27, "性别比填写为 108.9，按 男 97 人 ÷ 女 89 人 × 100 计算应为 108.99",
      [(1, 11, 3), (1, 16, 3)])),
])
def test_findings(text, expected):
    quote, column = expected[1], expected[3]
    assert text.split("\n")[expected[2] - 1].index(quote) + 1 == column  # the column counted right
    assert found(text) == [("sex-ratio", *expected)]


@pytest.mark.parametrize("text", [
    "全年出生148人，其中男孩78人、女孩70人，出生人口性别比111.43。",
    "出生男婴52人，女婴50人，性别比为104。",
    "出生人口性别比107.5，保持在正常范围。",
    "全镇男性1.2万人，女性1.1万人，性别比为110。",  # within what 1.2万 and 1.1万 allow
    "出生男孩约78人、女孩70人，性别比111.3。",  # an approximate count: nothing to compute
    "出生男孩78人、女孩约70人，性别比111.3。",
    "出生女孩70人、男孩78人，性别比111.3。",  # women first: not the pair the ratio is read from
    "全年出生148人，其中女孩70人，男孩78人，性别比111.3。",
    "女孩70人，男孩78人，全年出生148人，性别比111.3。",
    "男孩78人、女孩70人。",
    # 出生人口性别比 is not the population's men and women of an earlier sentence
    "全乡户籍人口22518人，其中男性11562人，女性10956人。出生人口性别比108.9。",
    "全乡户籍人口22518人，其中男性11562人，女性10956人。出生人口中的性别比为108.9。",  # 出生 ten characters back
    "性别比108.9，男97人，女89人。",  # after it, but not in a bracket
    "性别比108.9（女89人，男97人）。",
    "性别比108.9男97人，女89人。",  # right after it, with no bracket
])
def test_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # a births ratio is not the population's men and women, in the same sentence or not
    "全乡男性11562人，女性10956人，出生人口性别比108.9。",
    "全乡户籍人口22518人，其中男性11562人，女性10956人。出生人口当中的性别比为108.9。",
    # a pair is one group's: the births' pair is not the population's ratio, nor an age band's
    "全年出生人口264人，其中男孩139人、女孩125人，出生人口性别比111.2；全镇户籍人口性别比为99.19。",
    "全镇户籍人口27696人，其中男性13294人，女性14402人，性别比为92.31；其中0至14岁人口性别比为117.9。",
])
def test_another_groups_ratio_is_quiet(text):
    assert check_text(text, rules=(RULE,)) == []

"""Quantity groups, each whole: its figures, the words naming it (and where they start), its
sentence, whether a clause without figures came between — offsets counted by hand."""
import pytest

from township_app.checks.groups import (group_of_quantity, group_positions, group_starts, groups_between,
                                        groups_by_paragraph, index_before, quantity_groups)
from township_app.checks.passages import Span


def shape(text):
    return [(g.label, g.label_start, [q.shown for q in g.quantities], (g.sentence.start, g.sentence.end),
             g.gap_has_clause, g.start, g.end)
            for g in quantity_groups(text)]


def test_figures_of_one_fact_group_together():
    text = "全乡共有3718户11440人，其中建档立卡贫困户共615户、2096人。"
    # 3718户 at 4–9, 11440人 9–15, ， 15, 其中…共 16–26, 615户 26–30, 、 30, 2096人 31–36, 。 36
    assert shape(text) == [
        ("全乡共有", 0, ["3718 户", "11440 人"], (0, 37), False, 4, 15),
        ("其中建档立卡贫困户共", 16, ["615 户", "2096 人"], (0, 37), False, 26, 36),
    ]
    [first, second] = quantity_groups(text)
    assert first.units == frozenset({"户", "人"})
    assert [q.shown for q in first.by_unit().values()] == ["3718 户", "11440 人"]
    assert second.by_unit()["人"].shown == "2096 人"
    assert not first.approx
    assert repr(first) == "QuantityGroup('全乡共有', ['3718 户', '11440 人'])"
    # by_unit is read-only: no rule can change a group another rule reads
    with pytest.raises(TypeError):
        first.by_unit()["户"] = second.quantities[0]
    assert len(first.by_unit()) == 2


def test_one_figure_and_an_approximate_one():
    [g] = quantity_groups("全乡约3700户。")  # 约 belongs to the figure
    assert (g.label, [q.shown for q in g.quantities], g.units, g.approx) == ("全乡", ["3700 户"], frozenset({"户"}), True)
    assert not quantity_groups("全乡共3700户。")[0].approx
    assert g.by_unit() == {"户": g.quantities[0]}
    [g] = quantity_groups("共3718户、约11440人。")
    assert g.approx and g.units == frozenset({"户", "人"})


def test_the_same_unit_twice_is_two_facts():
    text = "脱贫户615户、623户。"
    assert [(g.label, [q.shown for q in g.quantities]) for g in quantity_groups(text)] == [
        ("脱贫户", ["615 户"]), ("", ["623 户"])]  # 、 ends the clause: no words name the second


def test_qizhong_before_a_colon_names_the_first_part():
    text = "全镇生产总值12亿元，其中：第一产业3亿元，第二产业4亿元。"
    assert [(g.label, g.label_start, g.gap_has_clause) for g in quantity_groups(text)] == [
        ("全镇生产总值", 0, False), ("其中：第一产业", 11, False), ("第二产业", 22, False)]
    # at the start of a sentence
    assert [(g.label, g.label_start) for g in quantity_groups("其中：第一产业3亿元，第二产业4亿元。")] == [
        ("其中：第一产业", 0), ("第二产业", 11)]
    # a space before the colon
    assert [g.label for g in quantity_groups("全镇生产总值12亿元，其中 ：第一产业3亿元。")] == [
        "全镇生产总值", "其中 ：第一产业"]
    # words in a clause between: the clause counts, and 其中 stays with the part
    assert [(g.label, g.label_start, g.gap_has_clause) for g in quantity_groups(
        "全镇生产总值12亿元，稳步增长，其中：第一产业3亿元。")] == [
        ("全镇生产总值", 0, False), ("其中：第一产业", 16, True)]


def test_other_colons_and_commas_end_the_label():
    assert [g.label for g in quantity_groups("全镇生产总值12亿元，主要是：第一产业3亿元。")] == [
        "全镇生产总值", "第一产业"]
    # a bare 其中 clause is the first part's words, as before a colon (其中：女党员80名)
    assert [g.label for g in quantity_groups("共有党员361名，其中，女党员80名。")] == ["共有党员", "其中，女党员"]
    assert [g.label for g in quantity_groups("共有党员361名，经审核，女党员80名。")] == ["共有党员", "女党员"]


@pytest.mark.parametrize("text,gap", [
    ("全乡共有1000人，经过努力，脱贫800人。", True),
    ("全镇1000人，即，800人。", True),
    ("全乡共有1000人， ，脱贫800人。", False),  # only spaces between the breaks
    ("全乡共有1000人，脱贫800人。", False),
])
def test_a_clause_without_figures_between(text, gap):
    assert quantity_groups(text)[1].gap_has_clause is gap


def test_groups_stay_in_their_sentence():
    text = "361名党员。没有数字。共有党员361名。80名女党员"
    # 361名 at 0; sentences 0–7, 7–12, 12–21, 21–27 (80名 right at the start of the last)
    assert [([q.shown for q in g.quantities], (g.sentence.start, g.sentence.end), g.label)
            for g in quantity_groups(text)] == [
        (["361 名"], (0, 7), ""), (["361 名"], (12, 21), "共有党员"), (["80 名"], (21, 27), "")]


def test_sentences_after_the_last_figure():
    assert [g.label for g in quantity_groups("共有党员361名。没有数字。还是没有。")] == ["共有党员"]


def test_figures_without_a_unit_are_no_group():
    assert [g.label for g in quantity_groups("编号123的村共有党员361名。")] == ["编号123的村共有党员"]
    assert [g.label for g in quantity_groups("共有党员361名，排名第3名。")] == ["共有党员"]  # 第3名 is a rank
    assert [g.label for g in quantity_groups("2024年共有党员361名。")] == ["2024年共有党员"]
    assert quantity_groups("没有数字的句子。") == ()
    assert quantity_groups("") == ()


TWO = "全乡共有3718户。\n其中脱贫户615户，623人。\n第三段没有数字。\n第四段80名。"
# lines: 0–10, 11–26, 27–35, 36–43; 3718户 at 4, 615户 at 16, 80名 at 39


def test_lookups():
    groups = quantity_groups(TWO)
    assert [g.start for g in groups] == [4, 16, 39] == group_starts(TWO)
    assert [[q.shown for q in g.quantities] for g in groups] == [["3718 户"], ["615 户", "623 人"], ["80 名"]]
    assert [(p, [g.start for g in inside]) for p, inside in groups_by_paragraph(TWO)] == [
        (Span(0, 10), [4]), (Span(11, 26), [16]), (Span(36, 43), [39])]
    assert group_positions(TWO) == {id(g): n for n, g in enumerate(groups)}
    assert groups_between(TWO, 0, 16) == groups[:1]
    assert groups_between(TWO, 4, 17) == groups[:2]
    assert groups_between(TWO, 5, 100) == groups[1:]
    assert [index_before(TWO, p) for p in (0, 4, 5, 16, 17, 100)] == [0, 0, 1, 1, 2, 3]
    holder = group_of_quantity(TWO)
    assert [holder[id(q)] is g for g in groups for q in g.quantities] == [True] * 4

"""Precision and recall against hand-written expectations, counted by hand: which finding
matches which expectation, which must-not-flag passage a finding touches (column by column at
the edges), and the corpus score's placeholders, slips and ambiguous relations."""
import json

import pytest

from township_app.checks.evaluation import (CorpusScore, Score, load_expected, names_relation,
                                            placeholder_hits, score, score_corpus)
from township_app.checks.findings import Finding, Location


def F(rule, line, column, quote, severity="error", length=None, family="figures", message=""):
    loc = Location("text", start=0, length=len(quote) if length is None else length, line=line, column=column)
    return Finding(rule, severity, message, quote, loc, family=family)


def test_precision_and_recall():
    s = Score(matched=[({}, None)] * 3, missed=[{}], unexpected=[None])
    assert s.precision == 0.75 and s.recall == 0.75  # 3 ÷ (3 + 1) both
    s = Score(matched=[({}, None)] * 1, missed=[{}] * 3, unexpected=[None] * 4)
    assert s.precision == 0.2 and s.recall == 0.25  # 1 ÷ 5, 1 ÷ 4
    assert Score().precision == 1.0 and Score().recall == 1.0  # nothing expected, nothing found


def test_load_expected(tmp_path):
    path = tmp_path / "sample.json"
    path.write_bytes(json.dumps({"expected": [{"quote": "拨付率"}]}, ensure_ascii=False).encode("utf-8"))
    assert load_expected(path) == {"expected": [{"quote": "拨付率"}]}
    assert load_expected(str(path)) == {"expected": [{"quote": "拨付率"}]}


SHARE = F("share", 1, 3, "25.2%")


@pytest.mark.parametrize("item,matched", [
    ({"rule": "share", "severity": "error", "line": 1, "quote": "25.2%"}, True),
    ({"rule": "share", "severity": "error", "line": 1, "quote": "25.2%", "column": 3}, True),
    ({"rule": "share", "severity": "error", "line": 1, "quote": "25.2%", "column": 4}, False),
    ({"rule": "rate", "severity": "error", "line": 1, "quote": "25.2%"}, False),
    ({"rule": "share", "severity": "warning", "line": 1, "quote": "25.2%"}, False),
    ({"rule": "share", "severity": "error", "line": 2, "quote": "25.2%"}, False),
    ({"rule": "share", "severity": "error", "line": 1, "quote": "25.3%"}, False),
])
def test_an_expectation_matches_rule_severity_line_quote_and_column(item, matched):
    result = score("一", [SHARE], {"expected": [item]})
    assert (result.matched == [(item, SHARE)]) is matched
    assert result.missed == ([] if matched else [item])
    assert result.unexpected == ([] if matched else [SHARE])


TEXT = "全乡共有党员361名。\n拨付率为87.82%，安排资金174万元。\n第三行"
# line 2: 拨付率为 is columns 1–4, 87.82% 5–10, ， 11, 安排资金 12–15, 174万元 16–20


def test_score_of_a_text():
    first = F("rate", 2, 5, "87.82%")
    second = F("rate", 2, 5, "87.82%")  # the same expectation is matched once
    other = F("sum", 1, 7, "361名")
    punct = F("halfwidth-punctuation", 2, 16, "174万元", severity="info", family="punctuation")
    expected = {"expected": [{"rule": "rate", "severity": "error", "line": 2, "quote": "87.82%", "column": 5},
                             {"rule": "sum", "severity": "error", "line": 3, "quote": "第三行"}]}
    result = score(TEXT, [punct, first, second, other], expected)
    assert result.matched == [(expected["expected"][0], first)]
    assert result.missed == [expected["expected"][1]]
    assert result.unexpected == [second, other]  # proofreading findings are not judged here
    assert result.wrongly_flagged == []
    assert (result.precision, result.recall) == (1 / 3, 0.5)


@pytest.mark.parametrize("column,length,flagged", [
    (16, 5, True),
    (20, 1, True),  # its last character
    (21, 1, False),  # just after
    (15, 2, True),  # reaching into its first character
    (15, 1, False),  # ending just before
    (14, 2, False),
    (10, 12, True),  # around it
])
def test_must_not_flag_edges(column, length, flagged):
    f = F("sum", 2, column, "x" * length)
    result = score(TEXT, [f], {"expected": [], "must_not_flag": [{"line": 2, "text": "174万元"}]})
    assert result.wrongly_flagged == ([({"line": 2, "text": "174万元"}, f)] if flagged else [])


def test_must_not_flag_only_on_its_line_and_at_a_line_start():
    on_line_1 = F("sum", 1, 16, "x")
    at_start = F("sum", 3, 1, "第")
    item = {"line": 3, "text": "第三行"}
    result = score(TEXT, [on_line_1, at_start], {"expected": [], "must_not_flag": [item]})
    assert result.wrongly_flagged == [(item, at_start)]
    assert score(TEXT, [on_line_1], {"expected": []}).wrongly_flagged == []


def test_a_must_not_flag_passage_that_is_not_there():
    with pytest.raises(ValueError, match=r"^must_not_flag text '拨付率' is not on line 1$"):
        score(TEXT, [], {"expected": [], "must_not_flag": [{"line": 1, "text": "拨付率"}]})


def test_corpus_score_properties():
    empty = CorpusScore()
    assert (empty.bonus_named, empty.bonus_total, empty.relations_checked) == (0, 0, 0)
    assert empty.placeholder_recall == 1.0 and empty.placeholder_precision == 1.0
    s = CorpusScore(found_placeholders=[("a", {})] * 3, missed_placeholders=[("a", {})],
                    false_placeholders=[("a", None)] * 2, named_slips=[("a", {})] * 2,
                    missed_slips=[("a", {})] * 3)
    assert s.placeholder_recall == 0.75  # 3 ÷ 4
    assert s.placeholder_precision == 0.6  # 3 ÷ 5
    assert s.relations_checked == 5


def test_names_relation():
    relation = {"line": 2, "keys": ["87.82", "拨付率"]}
    assert names_relation(F("rate", 2, 5, "87.82%"), relation)
    assert names_relation(F("rate", 2, 1, "174万元", message="拨付率填写为…"), relation)
    assert not names_relation(F("rate", 3, 5, "87.82%"), relation)
    assert not names_relation(F("rate", 2, 5, "174万元", message="应为 75%"), relation)
    # a key must stand in the quote or in the message, not across the two
    assert not names_relation(F("share", 2, 5, "25.2%", message="占比填写为"), {"line": 2, "keys": ["25.2%占比"]})


PLACES = {"placeholders": [{"line": 1, "column": 5, "length": 2}, {"line": 2, "column": 1, "length": 3},
                           {"line": 3, "column": 10, "length": 1}],
          "relations": []}


def test_placeholder_hits():
    inside = F("placeholder", 1, 6, "x")  # columns 5–6 hold the blank: found
    touching = F("placeholder", 2, 4, "x")  # the blank is 1–3: just after it
    elsewhere = F("placeholder", 3, 1, "x")  # right line, wrong columns
    arithmetic = F("sum", 3, 10, "5")  # on the third blank, but not a placeholder finding
    found, missed, false = placeholder_hits([inside, touching, elsewhere, arithmetic], PLACES)
    assert found == [PLACES["placeholders"][0]]
    assert missed == PLACES["placeholders"][1:]
    assert false == [touching, elsewhere]
    # overlap from the other side: a finding starting before the blank and reaching into it
    found, _, false = placeholder_hits([F("placeholder", 2, 0, "xx")], PLACES)
    assert found == [PLACES["placeholders"][1]] and false == []
    found, _, false = placeholder_hits([F("placeholder", 1, 3, "xx")], PLACES)  # 3–4, blank 5–6
    assert found == [] and len(false) == 1


def test_score_corpus():
    truth = {
        "b.txt": {"placeholders": [{"line": 1, "column": 1, "length": 2}],
                  "relations": [{"line": 1, "keys": ["361"], "flag": True},
                                {"line": 2, "keys": ["87.82"], "flag": True},
                                {"line": 3, "keys": ["174"], "flag": False},
                                {"line": 4, "keys": ["50"], "flag": False},
                                {"line": 5, "keys": ["12"], "flag": "bonus"},
                                {"line": 6, "keys": ["13"], "flag": "bonus"}]},
        "a.txt": {"placeholders": [{"line": 1, "column": 1, "length": 2}], "relations": []},
    }
    b_found = F("placeholder", 1, 1, "xx", message="361")  # a placeholder never names a slip
    wrong1, wrong2 = F("sum", 3, 1, "174万元"), F("rate", 3, 1, "174万元")
    findings = {
        "a.txt": [F("placeholder", 2, 1, "xx")],
        "b.txt": [b_found, F("sum", 1, 1, "361名"), wrong1, wrong2, F("sum", 5, 1, "12户")],
    }
    result = score_corpus(truth, findings)
    assert result.found_placeholders == [("b.txt", truth["b.txt"]["placeholders"][0])]
    assert result.missed_placeholders == [("a.txt", truth["a.txt"]["placeholders"][0])]
    assert result.false_placeholders == [("a.txt", findings["a.txt"][0])]
    rel = truth["b.txt"]["relations"]
    assert result.named_slips == [("b.txt", rel[0])]
    assert result.missed_slips == [("b.txt", rel[1])]
    assert result.wrongly_named == [("b.txt", rel[2], wrong1)]  # once per relation
    assert (result.bonus_named, result.bonus_total) == (1, 2)

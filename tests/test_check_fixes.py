"""One-step fixes are applied exactly where their finding points, and never guessed at."""
from township_app.checks.findings import Finding, Location
from township_app.checks.fixes import TextEdit, apply_edits, fixed_text, fixes_by_field


def _text_finding(start, quote, fix, verified=False):
    f = Finding(rule="t", severity="info", message="m", quote=quote,
                location=Location("text", start=start, length=len(quote), line=1, column=start + 1),
                fix=fix)
    if verified:
        f.verified_reason = "原文如此"
    return f


def test_edits_apply_from_the_end_so_offsets_hold():
    text = "全镇共有3个村,其中:甲村1个;乙村2个."
    edits = [TextEdit(7, 1, ",", "，"), TextEdit(10, 1, ":", "："), TextEdit(15, 1, ";", "；")]
    assert apply_edits(text, edits) == ("全镇共有3个村，其中：甲村1个；乙村2个.", 3)


def test_a_replacement_of_another_length_keeps_later_edits_in_place():
    text = "1、工作 2、成效"
    edits = [TextEdit(0, 2, "1、", "1."), TextEdit(5, 2, "2、", "2.")]
    assert apply_edits(text, edits) == ("1.工作 2.成效", 2)


def test_an_edit_whose_text_moved_is_skipped():
    assert apply_edits("甲,乙", [TextEdit(0, 1, ",", "，")]) == ("甲,乙", 0)


def test_overlapping_edits_keep_the_one_starting_first():
    text = "（一）、工作"
    edits = [TextEdit(3, 1, "、", ""), TextEdit(2, 2, "）、", "）")]
    assert apply_edits(text, edits) == ("（一）工作", 1)  # the edit starting first wins


def test_findings_without_a_fix_or_verified_are_left_alone():
    text = "甲,乙;丙"
    findings = [_text_finding(1, ",", "，"), _text_finding(3, ";", "；", verified=True),
                _text_finding(2, "乙", None)]
    assert fixed_text(text, findings) == ("甲，乙;丙", 1)


def test_report_fixes_are_grouped_by_section_field():
    body = Finding(rule="t", severity="info", message="m", quote=",", fix="，",
                   location=Location("section", section_id=4, field="body", start=2, length=1))
    title = Finding(rule="t", severity="info", message="m", quote="。", fix="",
                    location=Location("section", section_id=4, field="title", start=6, length=1))
    assert fixes_by_field([body, title]) == {(4, "body"): [TextEdit(2, 1, ",", "，")],
                                             (4, "title"): [TextEdit(6, 1, "。", "")]}

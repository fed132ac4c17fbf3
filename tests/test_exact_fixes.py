"""One-step fixes: which findings carry one, how edits are applied to the text they quote
(end first, skipping overlaps and stale spans), grouped per text — results written by hand."""
from township_app.checks import check_text
from township_app.checks.findings import Finding, Location
from township_app.checks.fixes import TextEdit, apply_edits, edit_of, fixable, fixed_text, fixes_by_field


def section_finding(start, quote, fix, section_id=1, field="body", length=None, verified=None):
    loc = Location("section", section_id=section_id, field=field, start=start,
                   length=len(quote) if length is None else length)
    f = Finding("halfwidth-punctuation", "info", "m", quote, loc, fix=fix)
    f.verified_reason = verified
    return f


def text_finding(start, quote, fix):
    return Finding("halfwidth-punctuation", "info", "m", quote,
                   Location("text", start=start, length=len(quote), line=1, column=start + 1), fix=fix)


def test_fixable():
    assert fixable(section_finding(3, ",", "，"))
    assert fixable(text_finding(3, ",", "，"))
    assert not fixable(section_finding(3, ",", None))
    assert not fixable(Finding("x", "info", "m", "85", Location("indicator", section_id=1, field="value",
                                                                  indicator_id=3), fix="80"))
    no_start = section_finding(3, ",", "，")
    no_start.location.start = None
    assert not fixable(no_start)
    no_length = section_finding(3, ",", "，")
    no_length.location.length = None
    assert not fixable(no_length)


def test_edit_of():
    assert edit_of(section_finding(3, ",", "，")) == TextEdit(3, 1, ",", "，")


def test_apply_edits():
    text = "abcdef"
    assert apply_edits(text, [TextEdit(3, 2, "de", "DE"), TextEdit(1, 1, "b", "B")]) == ("aBcDEf", 2)
    # side by side: both
    assert apply_edits(text, [TextEdit(1, 1, "b", "B"), TextEdit(2, 1, "c", "C")]) == ("aBCdef", 2)
    # overlapping: the first only
    assert apply_edits(text, [TextEdit(2, 1, "c", "Y"), TextEdit(1, 2, "bc", "X")]) == ("aXdef", 1)
    # the text moved under it: left alone
    assert apply_edits(text, [TextEdit(0, 1, "x", "Y")]) == ("abcdef", 0)
    assert apply_edits(text, [TextEdit(0, 1, "x", "Y"), TextEdit(5, 1, "f", "F")]) == ("abcdeF", 1)
    # one edit given twice is made once
    assert apply_edits(text, [TextEdit(0, 1, "a", "A"), TextEdit(0, 1, "a", "A")]) == ("Abcdef", 1)
    # an insertion holds its place: an edit starting there is skipped
    assert apply_edits(text, [TextEdit(2, 1, "c", "C"), TextEdit(2, 0, "", "X")]) == ("abXcdef", 1)
    assert apply_edits(text, []) == ("abcdef", 0)


def test_fixes_by_field():
    body1 = section_finding(3, ",", "，")
    title1 = section_finding(0, ";", "；", field="title")
    body2 = section_finding(5, ",", "，", section_id=2)
    plain = text_finding(2, ",", "，")
    verified = section_finding(7, ",", "，", verified="原文如此")
    no_fix = section_finding(9, ",", None)
    assert fixes_by_field([body1, title1, body2, plain, verified, no_fix]) == {
        (1, "body"): [TextEdit(3, 1, ",", "，")],
        (1, "title"): [TextEdit(0, 1, ";", "；")],
        (2, "body"): [TextEdit(5, 1, ",", "，")],
        ("text",): [TextEdit(2, 1, ",", "，")],
    }


def test_fixed_text():
    text = "全乡共有党员361名,其中女党员80名;占22.16%。"
    assert fixed_text(text, check_text(text)) == ("全乡共有党员361名，其中女党员80名；占22.16%。", 2)
    # a section's fixes are not the plain text's
    assert fixed_text("a,b", [section_finding(1, ",", "，")]) == ("a,b", 0)
    assert fixed_text("a,b", [text_finding(1, ",", "，")]) == ("a，b", 1)

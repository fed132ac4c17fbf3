"""Any text: no exception, and every finding's span lies inside the text it quotes."""
from hypothesis import given, settings
from hypothesis import strategies as st

from township_app.checks import check_text, run_checks
from township_app.model import Report, Section

ALPHABET = list("0123456789０１２.,，、。；：%％*＊xX×某○□＿_（）()共计合其中分别为已未非约余多左右以上户人个万元亩率拨付安排完成任务同比增长上年去年总村乡\n ")
texty = st.text(alphabet=st.sampled_from(ALPHABET), max_size=120) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(texty)
def test_check_text_never_fails_and_spans_are_inside(text):
    lines = text.split("\n")
    for f in check_text(text):
        loc = f.location
        assert loc.kind == "text" and loc.length >= 1
        line = lines[loc.line - 1]
        assert 1 <= loc.column and loc.column - 1 + loc.length <= len(line) or "\n" in f.quote
        start = sum(len(l) + 1 for l in lines[:loc.line - 1]) + loc.column - 1
        assert text[start:start + loc.length] == f.quote


@settings(max_examples=100, deadline=None)
@given(texty, texty)
def test_report_spans_are_inside_their_field(title, body):
    r = Report(sections=[Section(id=1, parent_id=None, position=0, title=title, body=body),
                         Section(id=2, parent_id=None, position=1, title="", body=body[::-1])])
    for f in run_checks(r).findings:
        loc = f.location
        text = getattr(r.section(loc.section_id), loc.field)
        assert 0 <= loc.start and loc.start + loc.length <= len(text)
        assert text[loc.start:loc.start + loc.length] == f.quote


@settings(max_examples=300, deadline=None)
@given(texty)
def test_tokens_lie_inside_the_text_and_intervals_are_ordered(text):
    from township_app.checks.tokens import tokenize

    last = -1
    for q in tokenize(text):
        assert 0 <= q.start <= q.num_start < q.num_end <= q.end <= len(text)
        assert q.start >= last  # in order, not overlapping
        last = q.end
        if q.kind == "quantity":
            assert q.interval.lo <= q.interval.hi

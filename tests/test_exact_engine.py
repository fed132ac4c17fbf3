"""The engine, finding by finding: where each finding points (section, field, offset, section
path, table cell), what it quotes, the order the panel lists them in, 已核实 marks, fingerprints,
one slip found in text and table merged, and check_section keeping exactly what concerns it.

Expected values are written by hand: offsets counted in the texts below, fingerprints from the
documented recipe sha1(rule, place, quote, sentence), computed values in the comments."""
import hashlib

import pytest

from township_app.checks import check_section, check_text, default_rules, run_checks
from township_app.checks.registry import (CellAnchor, CorpusRule, DocRule, Hit, ReportRule, SectionExample,
                                          TextAnchor, report_from_example)
from township_app.checks.rules import ALL_RULES
from township_app.model import NUMBERING_NONE, Indicator, Report, Section

RULES = {r.id: r for r in default_rules()}


def rules(*ids):
    return tuple(RULES[i] for i in ids)


def sha(*parts):
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


RATE_ROWS = [("下达资金", "200", "万元", ""), ("已拨付资金", "150", "万元", ""),
             ("拨付率", "80", "%", "={已拨付资金}/{下达资金}")]


def report():
    r = Report()
    r.sections = [
        # Traditional script (鄉 黨 員 佔) is read as Simplified; quotes stay as written
        Section(id=1, parent_id=None, position=0, title="关于xx村的情况",
                body="*村新建文化广场。全鄉共有黨員361名，其中女黨員80名，佔25.2%。"),
        Section(id=2, parent_id=None, position=1, title="", numbering=NUMBERING_NONE,
                body="好。。*组新建文化广场"),
        Section(id=3, parent_id=None, position=2, title="资金",
                body="今年下达资金200万元，已拨付资金150万元，拨付率为80%。"),
        Section(id=4, parent_id=3, position=0, title="表", body=""),
    ]
    rows = [(1, 1, *RATE_ROWS[0]), (2, 1, *RATE_ROWS[1]), (3, 1, *RATE_ROWS[2]),
            (4, 3, *RATE_ROWS[0]), (5, 3, *RATE_ROWS[1]),
            (6, 3, "拨付率", "80.0", "%", "={已拨付资金}/{下达资金}"),
            (7, 4, "甲", "1000", "万元", ""), (8, 4, "乙", "4000", "万元", ""),
            (9, 4, "比率", "30", "%", "={甲}/{乙}")]
    r.indicators = [Indicator(id=i, section_id=s, position=(i - 1) % 3, name=n, value=v, unit=u, formula=fm)
                    for i, s, n, v, u, fm in rows]
    return r


def row(f):
    loc = f.location
    return (f.rule, f.severity, f.quote, loc.kind, loc.section_id, loc.field, loc.start, loc.length,
            loc.indicator_id, loc.section_path, f.message)


FORMULA_75 = ("拨付率填写为 {stated}%，按公式 {{已拨付资金}}/{{下达资金}} 计算应为 75.00%"  # 150 ÷ 200
              "（已拨付资金 150 万元，下达资金 200 万元）")
EXPECTED = [
    # section 1: title before body, body by offset, then the table
    ("placeholder", "error", "xx", "section", 1, "title", 2, 2, None, "一、关于xx村的情况",
     "占位符“xx”未填写（应填名称）"),
    ("placeholder", "error", "*", "section", 1, "body", 0, 1, None, "一、关于xx村的情况",
     "占位符“*”未填写（应填名称）"),
    # 80 ÷ 361 = 0.221607 → 22.16%
    ("share", "error", "25.2%", "section", 1, "body", 30, 5, None, "一、关于xx村的情况",
     "占比填写为 25.2%，按 80 名 ÷ 361 名 计算应为 22.16%"),
    ("indicator-formula", "error", "80", "indicator", 1, "value", None, None, 3, "一、关于xx村的情况",
     FORMULA_75.format(stated="80")),
    # section 2 has no number and no title: （无标题）
    ("doubled-punctuation", "warning", "。。", "section", 2, "body", 1, 2, None, "（无标题）", "标点“。”重复"),
    ("placeholder", "error", "*", "section", 2, "body", 3, 1, None, "（无标题）", "占位符“*”未填写（应填名称）"),
    # section 3: the table's 80.0 and the text's 80% are one slip, said once at the cell
    ("indicator-formula", "error", "80.0", "indicator", 3, "value", None, None, 6, "二、资金",
     FORMULA_75.format(stated="80.0") + "（另见二、资金 · 正文第28字：拨付率填写为 80%，"
                                        "按 已拨付 150 万元 ÷ 下达 200 万元 计算应为 75.00%）"),
    # 1000 ÷ 4000 = 25%
    ("indicator-formula", "error", "30", "indicator", 4, "value", None, None, 9, "二、资金 / （一）表",
     "比率填写为 30%，按公式 {甲}/{乙} 计算应为 25.00%（甲 1000 万元，乙 4000 万元）"),
]
SOME = ("placeholder", "share", "rate", "indicator-formula", "doubled-punctuation", "text-table")


def test_a_report_finding_by_finding():
    assert [row(f) for f in run_checks(report(), rules=rules(*SOME)).findings] == EXPECTED


def test_every_rule_by_default():
    assert [row(f) for f in run_checks(report()).findings] == EXPECTED


def test_related_places():
    findings = run_checks(report(), rules=rules(*SOME)).findings
    share = findings[2]
    # 80名 at 25 and 361名 at 15 of section 1's body
    assert [(r.kind, r.section_id, r.field, r.start, r.length) for r in share.related] == [
        ("section", 1, "body", 25, 3), ("section", 1, "body", 15, 4)]
    merged = findings[6]
    # the formula's two rows (已拨付资金, 下达资金), then the text's 80% at offset 27
    assert [(r.kind, r.indicator_id, r.start) for r in merged.related] == [
        ("indicator", 5, None), ("indicator", 4, None), ("section", None, 27)]
    assert (merged.related[-1].section_id, merged.related[-1].field) == (3, "body")


def test_fingerprints():
    findings = run_checks(report(), rules=rules(*SOME)).findings
    title, cell = findings[0], findings[3]
    assert title.fingerprint == sha("placeholder", "section:1:title", "xx", "关于xx村的情况")
    assert cell.fingerprint == sha("indicator-formula", "indicator:3:value", "80",
                                   "拨付率|80|%|||={已拨付资金}/{下达资金}")
    [doubled] = check_text("今天天气好。。明天")
    # the sentence holds the whole quote: it runs to the end of the text, past both 。
    assert doubled.fingerprint == sha("doubled-punctuation", "text", "。。", "今天天气好。。明天")


def test_a_figure_in_the_text_far_from_the_row_name_is_its_own_finding():
    r = report()
    r.section(3).body = "今年下达资金200万元，已拨付资金150万元，拨付率为80%。"
    r.indicators[5].value = "85"  # no longer the text's figure: two slips
    found = [(f.rule, f.quote, f.location.kind) for f in run_checks(r, rules=rules(*SOME)).findings
             if f.location.section_id == 3]
    assert ("rate", "80%", "section") in found and ("indicator-formula", "85", "indicator") in found


def test_the_text_and_the_cell_written_alike_are_one_slip():
    r = report()
    r.indicators[5].value = "80"
    r.section(3).body = "下达资金200万元，已拨付资金150万元，拨付率为80%。"  # 80% at offset 25
    merged = [f for f in run_checks(r, rules=rules(*SOME)).findings if f.location.section_id == 3]
    assert [(f.rule, f.quote) for f in merged] == [("indicator-formula", "80")]
    assert merged[0].message.endswith("（另见二、资金 · 正文第26字：拨付率填写为 80%，"
                                      "按 已拨付 150 万元 ÷ 下达 200 万元 计算应为 75.00%）")


def test_a_table_without_text_is_checked_alone():
    r = report()
    r.section(3).body = ""
    found = [(f.rule, f.quote) for f in run_checks(r, rules=rules(*SOME)).findings if f.location.section_id == 3]
    assert found == [("indicator-formula", "80.0")]
    assert "另见" not in run_checks(r, rules=rules(*SOME)).findings[-2].message


def test_verified_marks():
    findings = run_checks(report(), rules=rules(*SOME)).findings
    title, body, cell = findings[0].fingerprint, findings[1].fingerprint, findings[3].fingerprint
    verified = {title: {"reason": "县里口径不同"}, body: "已另行核实", cell: {"reason": None}}
    run = run_checks(report(), verified, rules=rules(*SOME))
    assert [(f.quote, f.verified_reason) for f in run.findings if f.verified] == [
        ("xx", "县里口径不同"), ("*", "已另行核实"), ("80", "")]
    assert run.verified_count == 3
    assert not any(f.verified for f in run_checks(report(), None, rules=rules(*SOME)).findings)


def test_check_section_keeps_what_concerns_the_section():
    r = report()
    assert [row(f) for f in check_section(r, 2, rules=rules(*SOME))] == EXPECTED[4:6]
    assert [row(f) for f in check_section(r, 3, rules=rules(*SOME))] == EXPECTED[6:7]
    assert [row(f) for f in check_section(r, 4)] == EXPECTED[7:]
    with pytest.raises(KeyError):
        check_section(r, 99)


def villages():
    r = Report()
    r.sections = [
        Section(id=1, parent_id=None, position=0, title="基本情况",
                body="总人口3718户11440人，其中建档立卡贫困户共615户2096人。"),
        Section(id=2, parent_id=None, position=1, title="脱贫攻坚", body="全乡建档立卡贫困户共615户2196人。"),
        Section(id=3, parent_id=None, position=2, title="其他", body="*村新建文化广场。"),
    ]
    return r


def test_a_slip_across_sections_belongs_to_both():
    full = run_checks(villages(), rules=rules("placeholder", "repeated-fact")).findings
    assert [(f.rule, f.location.section_id, f.quote) for f in full] == [
        ("repeated-fact", 2, "2196人"), ("placeholder", 3, "*")]
    assert [(r.section_id, r.section_path) for r in full[0].related] == [(1, "一、基本情况")]
    for sid in (1, 2):
        assert [(f.rule, f.quote) for f in check_section(villages(), sid,
                                                          rules=rules("placeholder", "repeated-fact"))] == [
            ("repeated-fact", "2196人")]
    assert [(f.rule, f.quote) for f in check_section(villages(), 3, rules=rules("placeholder", "repeated-fact"))] == [
        ("placeholder", "*")]


def _cell_rule(kind, column="value", severity=None):
    """A probe rule anchored at indicator 9 (甲/乙/比率's 比率 row), as a cross-section or report rule."""
    def cells(report):
        ind = next(i for i in report.indicators if i.id == 9)
        return [Hit(CellAnchor(ind, column), "探针", severity,
                    (TextAnchor(("section", 3, "body"), 2, 4),))]
    if kind == "corpus":
        holder = {}
        return CorpusRule("probe", "warning", "探针", lambda docs, focus=None: cells(holder["r"]), (), ()), holder
    return ReportRule("probe", "warning", "探针", lambda scope: cells(scope.report), (), ()), None


def test_a_cross_section_rule_anchored_at_a_cell():
    r = report()
    rule, holder = _cell_rule("corpus")
    holder["r"] = r
    [f] = check_section(r, 4, rules=(rule,))
    assert (f.rule, f.severity, f.quote, f.location.kind, f.location.indicator_id) == (
        "probe", "warning", "30", "indicator", 9)
    # its related place is in section 3: the finding concerns section 3 as well, but not 1
    assert [g.quote for g in check_section(r, 3, rules=(rule,))] == ["30"]
    assert check_section(r, 1, rules=(rule,)) == []


def test_a_cell_anchor_quotes_the_cell_or_else_the_row_name():
    r = report()
    rule, _ = _cell_rule("report", column="target", severity="info")
    [f] = run_checks(r, rules=(rule,)).findings
    assert (f.severity, f.quote, f.location.field, f.location.indicator_name) == ("info", "比率", "target", "比率")
    assert f.fingerprint == sha("probe", "indicator:9:target", "比率", "比率|30|%|||={甲}/{乙}")
    # the related text place: section 3's body at 2 (资金200 …), four characters
    assert [(x.kind, x.section_id, x.field, x.start, x.length, x.section_path) for x in f.related] == [
        ("section", 3, "body", 2, 4, "二、资金")]


def test_a_text_rule_hit_moved_to_its_text():
    probe = DocRule("probe", "info", "探针",
                    lambda doc: [Hit(TextAnchor(doc.key, 0, 2), "前两字", None, (TextAnchor(doc.key, 3, 1),), "改")],
                    (), ())
    r = report()
    found = run_checks(r, rules=(probe,)).findings
    assert [(f.location.section_id, f.location.field, f.quote, f.fix,
             [(x.section_id, x.field, x.start, x.length) for x in f.related]) for f in found] == [
        (1, "title", "关于", "改", [(1, "title", 3, 1)]),
        (1, "body", "*村", "改", [(1, "body", 3, 1)]),
        (2, "body", "好。", "改", [(2, "body", 3, 1)]),
        (3, "title", "资金", "改", [(3, "title", 3, 1)]),
        (3, "body", "今年", "改", [(3, "body", 3, 1)]),
        (4, "title", "表", "改", [(4, "title", 3, 1)]),
    ]
    [text] = check_text("甲乙\n丙丁", rules=(probe,))  # offset 3 is 丙, the start of line 2
    assert (text.quote, text.location.kind, text.location.line, text.location.column,
            text.location.section_path, text.related[0].line, text.related[0].column) == (
        "甲乙", "text", 1, 1, None, 2, 1)


def test_plain_text_findings_in_text_order():
    text = "今年。。全村共*户，新建xx。"
    found = [(f.rule, f.quote, f.location.line, f.location.column) for f in
             check_text(text, rules=rules("placeholder", "doubled-punctuation"))]
    assert found == [("doubled-punctuation", "。。", 1, 3), ("placeholder", "*", 1, 8),
                     ("placeholder", "xx", 1, 13)]
    assert [(f.rule, f.quote) for f in check_text(text)] == [
        ("doubled-punctuation", "。。"), ("placeholder", "*"), ("placeholder", "xx")]


def test_plain_text_reads_traditional_script():
    text = "全鄉共有黨員361名，其中女黨員80名，佔25.2%。"
    [f] = check_text(text, rules=rules("share"))
    assert (f.quote, f.location.column, f.message) == (
        "25.2%", 22, "占比填写为 25.2%，按 80 名 ÷ 361 名 计算应为 22.16%")


def test_families_switched_off():
    assert default_rules() == ALL_RULES
    assert default_rules(()) == ALL_RULES
    ids = [r.id for r in default_rules(("punctuation", "dates"))]
    assert ids == [r.id for r in ALL_RULES if r.family not in ("punctuation", "dates")]
    assert "doubled-punctuation" not in ids and "padded-date" not in ids and "placeholder" in ids
    assert len(ids) < len(ALL_RULES)


def test_the_first_character_comes_first():
    # the mark at offset 0 is found by a rule listed after the placeholder rule
    text = "“*村新建文化广场"
    assert [(f.rule, f.quote, f.location.start) for f in check_text(text)] == [
        ("unpaired-mark", "“", 0), ("placeholder", "*", 1)]
    r = report()
    r.section(2).body = text
    assert [(f.rule, f.quote, f.location.start) for f in check_section(r, 2)] == [
        ("unpaired-mark", "“", 0), ("placeholder", "*", 1)]


def test_table_findings_in_row_order():
    def backwards(scope):
        rows = {i.id: i for i in scope.report.indicators}
        return [Hit(CellAnchor(rows[9], "value"), "第三行"), Hit(CellAnchor(rows[8], "value"), "第二行"),
                Hit(CellAnchor(rows[7], "value"), "第一行")]
    probe = ReportRule("probe", "info", "探针", backwards, (), ())
    assert [(f.location.indicator_id, f.quote, f.message) for f in run_checks(report(), rules=(probe,)).findings] == [
        (7, "1000", "第一行"), (8, "4000", "第二行"), (9, "30", "第三行")]


def test_an_unsaved_row_comes_first():
    """A row not yet saved has no id: its findings come before the saved rows' (id 0)."""
    r = report()
    r.indicators.append(Indicator(id=None, section_id=1, position=3, name="新行", value="5", unit="%"))

    def saved_first(scope):
        rows = [i for i in scope.report.indicators if i.section_id == 1]  # ids 1, 2, 3, None
        return [Hit(CellAnchor(rows[0], "value"), "已保存"), Hit(CellAnchor(rows[-1], "value"), "未保存")]
    probe = ReportRule("probe", "info", "探针", saved_first, (), ())
    assert [(f.location.indicator_id, f.message) for f in run_checks(r, rules=(probe,)).findings] == [
        (None, "未保存"), (1, "已保存")]


PARTY_ROWS = ({"name": "党员总数", "value": "361", "unit": "名"}, {"name": "女党员数", "value": "80", "unit": "名"},
              {"name": "女党员", "value": "25.2", "unit": "%", "formula": "={女党员数}/{党员总数}"})


def party(body):
    return report_from_example((SectionExample(title="党建", body=body, indicators=PARTY_ROWS),))


def test_the_row_name_within_sixteen_characters_before_the_figure():
    # 女党员 at 13, 25.2% at 29: sixteen characters before it hold the name — one slip
    merged = run_checks(party("全乡共有党员361名，其中女党员有80名，占全乡党员总数的25.2%。")).findings
    assert [(f.rule, f.quote, f.location.kind) for f in merged] == [("indicator-formula", "25.2", "indicator")]
    # 80 ÷ 361 = 22.16%
    assert merged[0].message.endswith("（另见一、党建 · 正文第30字：占比填写为 25.2%，按 80 名 ÷ 361 名 计算应为 22.16%）")
    # one character further (女党员 at 13, 25.2% at 30): two findings
    apart = run_checks(party("全乡共有党员361名，其中女党员共有80名，占全乡党员总数的25.2%。")).findings
    assert [(f.rule, f.quote, f.location.kind, "另见" in f.message) for f in apart] == [
        ("share", "25.2%", "section", False), ("indicator-formula", "25.2", "indicator", False)]


def _probes(column):
    """A text rule flagging the first 80% and a table rule flagging row 拨付率's `column`."""
    def text_hit(doc):
        at = doc.text.find("80%")
        return [Hit(TextAnchor(doc.key, at, 3), "正文80%")] if at >= 0 else []

    def cell_hit(scope):
        row = next(i for i in scope.report.indicators if i.name == "拨付率")
        return [Hit(CellAnchor(row, column), "表格")]
    return (DocRule("text-probe", "warning", "探针", text_hit, (), ()),
            ReportRule("cell-probe", "error", "探针", cell_hit, (), ()))


def _paid(body):
    return report_from_example((SectionExample(title="资金", body=body, indicators=(
        {"name": "拨付率", "value": "80", "unit": "%", "target": "80"},)),))


def test_the_name_at_the_very_start_of_the_text():
    found = run_checks(_paid("拨付率80%。"), rules=_probes("value")).findings
    assert [(f.rule, f.quote, f.message) for f in found] == [
        ("cell-probe", "80", "表格（另见一、资金 · 正文第4字：正文80%）")]


def test_only_a_stated_value_merges():
    # the same figure in the target column is another fact: both findings stay
    found = run_checks(_paid("拨付率80%。"), rules=_probes("target")).findings
    assert [(f.rule, f.quote, f.message) for f in found] == [("text-probe", "80%", "正文80%"),
                                                              ("cell-probe", "80", "表格")]


def test_one_figure_worked_out_alike_by_two_rules_is_said_once():
    # 1318 ÷ 2355 = 55.966% → 55.97: the share rule and the target rule both compute it
    text = "财政收入完成1318万元，占全年任务2355万元的60%。"
    said = [(f.rule, f.quote, f.message) for f in check_text(text) if f.family == "figures"]
    assert said == [("share", "60%", "占比填写为 60%，按 1318 万元 ÷ 2355 万元 计算应为 55.97%")]

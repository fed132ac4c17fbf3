"""以上年报告新建: tree and indicators kept, values become 上年同期, years move on."""
from __future__ import annotations

import json

from conftest import ROOT
from township_app.carryover import carry_over, shift_years, year_bound_sections
from township_app.model import ReportProperties
from township_app.templates import report_from_tree


def demo_report():
    data = json.loads((ROOT / "resources" / "demo" / "xiaoping_2018.json").read_text("utf-8"))
    return report_from_tree(ReportProperties(**data["properties"]), data["sections"])


def test_values_move_to_previous_and_are_emptied():
    report = demo_report()
    before = {i.name: (i.value, i.target, i.unit, i.formula) for i in report.indicators}
    new = carry_over(report)
    after = {i.name: i for i in new.indicators}
    assert set(after) == set(before)
    for name, (value, target, unit, formula) in before.items():
        ind = after[name]
        assert (ind.previous, ind.value, ind.target, ind.unit, ind.formula) == (
            value, "", target, unit, formula)
    # the source report is untouched
    assert {i.name: (i.value, i.target, i.unit, i.formula) for i in report.indicators} == before


def test_tree_kept_years_shifted_and_chosen_bodies_cleared():
    report = demo_report()
    basic = report.children(None)[1]
    new = carry_over(report, clear_bodies={basic.id})
    assert [(v.depth, v.label) for v in new.walk()] == [(v.depth, v.label) for v in report.walk()]
    assert new.properties.year == "2019"
    assert new.properties.title == "晓坪乡人民政府2019年工作总结及2020年工作计划"
    assert new.properties.doc_date == ""
    assert new.properties.township == "晓坪乡" and new.properties.issuer == "晓坪乡人民政府"
    assert new.section(basic.id).body == ""
    others = [s for s in new.sections if s.id != basic.id]
    assert all(s.body == report.section(s.id).body for s in others)
    plan = [s for s in new.sections if "工作计划" in s.title]
    assert plan and all("2020年" in s.title for s in plan)


def test_keep_values_option_and_year_helpers():
    report = demo_report()
    new = carry_over(report, clear_values=False, year_shift=2)
    assert all(i.value == i.previous for i in new.indicators)
    assert new.properties.year == "2020"
    assert shift_years("2018年工作总结，完成1850亩，20190人", 1) == "2019年工作总结，完成1850亩，20190人"
    bound = year_bound_sections(report)
    assert report.children(None)[1].id in bound
    assert all(report.section(i).body for i in bound)

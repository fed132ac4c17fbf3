"""What rules see and return: value types, a report scope's rows and bodies, and the small
reports built from a rule's examples (ids assigned in order)."""
import dataclasses
from types import SimpleNamespace

import pytest

from township_app.checks.registry import (CellAnchor, CorpusRule, DocRule, ReportRule, ReportScope,
                                          SectionExample, TextAnchor, TextDoc, report_from_example, span_of)
from township_app.model import Indicator, Report, ReportProperties


def test_values_are_frozen_and_hashable():
    ind = Indicator(id=1, section_id=1, name="拨付率")
    values = [TextDoc(("text",), "正文"), TextAnchor(("text",), 0, 2), SectionExample(body="正文")]
    rules = [DocRule("r", "error", "题", print, (), ()), CorpusRule("r", "error", "题", print, (), ()),
             ReportRule("r", "error", "题", print, (), ())]
    for value in values:
        assert len({value, dataclasses.replace(value)}) == 1
    for rule in rules:  # a rule is one object: hashed by identity, a copy is another rule
        assert len({rule, rule}) == 1 and len({rule, dataclasses.replace(rule)}) == 2
    for value in values + rules:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, dataclasses.fields(value)[0].name, None)
    cell = CellAnchor(ind, "value")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cell.column = "target"


def test_families_default_to_figures():
    assert DocRule("r", "error", "题", print, (), ()).family == "figures"
    assert CorpusRule("r", "error", "题", print, (), ()).family == "figures"
    assert ReportRule("r", "error", "题", print, (), ()).family == "figures"


def test_span_of():
    doc = TextDoc(("section", 3, "body"), "全乡共有党员361名")
    assert span_of(doc, SimpleNamespace(start=6, end=10)) == TextAnchor(("section", 3, "body"), 6, 4)


def test_report_scope():
    report = Report(indicators=[Indicator(id=1, section_id=2, position=1, name="乙"),
                                Indicator(id=2, section_id=2, position=0, name="甲"),
                                Indicator(id=3, section_id=5, position=0, name="丙")])
    body = TextDoc(("section", 2, "body"), "正文", 2, "body")
    scope = ReportScope(report, [2], {body.key: body})
    assert [i.name for i in scope.rows(2)] == ["甲", "乙"]
    assert [i.name for i in scope.rows(5)] == ["丙"]
    assert scope.rows(9) == []
    assert scope.body_doc(2) is body
    assert scope.body_doc(5) is None


def test_report_from_example():
    props = ReportProperties(title="关于2024年工作的报告")
    report = report_from_example((
        SectionExample(body="正文一", indicators=({"name": "甲", "value": "1"}, {"name": "乙", "value": "2"})),
        props,
        SectionExample(body="正文二", title="资金", indicators=({"name": "丙", "value": "3"},)),
    ))
    assert report.properties is props
    assert [(s.id, s.parent_id, s.position, s.title, s.body) for s in report.sections] == [
        (1, None, 0, "示例", "正文一"), (2, None, 1, "资金", "正文二")]
    assert [(i.id, i.section_id, i.position, i.name, i.value) for i in report.indicators] == [
        (1, 1, 0, "甲", "1"), (2, 1, 1, "乙", "2"), (3, 2, 0, "丙", "3")]
    assert report_from_example(()).sections == []

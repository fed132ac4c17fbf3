"""Built-in report templates: data files in resources/templates, one JSON per report type.

A template names the title, the 落款 and the section tree with its indicator rows;
``{township}``, ``{county}``, ``{year}`` and ``{next_year}`` are filled from what
the user enters in 新建报告.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .model import NUMBERING_AUTO, Indicator, Report, ReportProperties, Section
from .paths import resources_dir


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    report_type: str
    period: str
    title: str
    issuer: str
    description: str
    sections: list


def templates_dir() -> Path:
    return resources_dir() / "templates"


def list_templates() -> list[Template]:
    found = []
    for path in sorted(templates_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(Template(
            id=data["id"], name=data["name"], report_type=data["report_type"],
            period=data.get("period", ""), title=data["title"], issuer=data.get("issuer", ""),
            description=data.get("description", ""), sections=data["sections"],
        ))
    order = ["annual_summary", "half_year", "livelihood_projects", "work_briefing"]
    found.sort(key=lambda t: order.index(t.id) if t.id in order else len(order))
    return found


def template_by_id(template_id: str) -> Template:
    for t in list_templates():
        if t.id == template_id:
            return t
    raise KeyError(template_id)


class _Fill(dict):
    def __missing__(self, key: str) -> str:  # unknown {names} stay visible to the user
        return "{" + key + "}"


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(_Fill(values))


def fill_values(township: str, county: str, year: str) -> dict[str, str]:
    next_year = str(int(year) + 1) if year.strip().isdigit() else ""
    return {"township": township, "county": county, "year": year, "next_year": next_year}


def build_report(template: Template, properties: ReportProperties) -> Report:
    """A new report: the template's tree with the user's properties filled in."""
    values = fill_values(properties.township, properties.county, properties.year)
    props = ReportProperties(**properties.as_dict())
    props.template = template.id
    props.report_type = props.report_type or template.report_type
    props.period = props.period or template.period
    props.title = props.title or _fill(template.title, values)
    props.issuer = props.issuer or _fill(template.issuer, values)
    return report_from_tree(props, template.sections, values)


def report_from_tree(properties: ReportProperties, nodes: list,
                     values: dict[str, str] | None = None) -> Report:
    """Sections and indicator rows from nested dicts (templates, the demo report)."""
    values = values or {}
    report = Report(properties)
    counter = iter(range(1, 1_000_000))

    def add(nodes: list, parent_id: int | None) -> None:
        for position, node in enumerate(nodes):
            sid = next(counter)
            report.sections.append(Section(
                id=sid, parent_id=parent_id, position=position,
                title=_fill(node.get("title", ""), values), body=node.get("body", ""),
                numbering=node.get("numbering", NUMBERING_AUTO),
                table_title=_fill(node.get("table_title", ""), values),
                table_unit=node.get("table_unit", ""),
            ))
            for row, ind in enumerate(node.get("indicators", [])):
                report.indicators.append(Indicator(
                    section_id=sid, position=row,
                    **{k: ind.get(k, "") for k in Indicator.EDITABLE},
                ))
            add(node.get("children", []), sid)

    add(nodes, None)
    return report

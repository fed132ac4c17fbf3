"""Run the rules over a report or a plain text and turn their hits into located findings."""
from __future__ import annotations

import gc
import itertools
import re
import time
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterable

from ..model import Report
from .findings import SEVERITY_ORDER, CheckRun, Finding, Location, make_fingerprint
from .passages import line_column, sentence_around
from .script import analysis_text, unwrapped
from .registry import CellAnchor, CorpusRule, DocRule, Hit, ReportScope, Rule, TextAnchor, TextDoc

FIELD_ORDER = {"title": 0, "body": 1}
TEXT_KEY = ("text",)


def default_rules(families_off: Iterable[str] = ()) -> tuple[Rule, ...]:
    """Every rule, less those of the families a report switched off in 检查设置."""
    from .rules import ALL_RULES

    off = frozenset(families_off)
    return ALL_RULES if not off else tuple(r for r in ALL_RULES if r.family not in off)


def _read_as(docs: dict[tuple, TextDoc], reading) -> dict[tuple, TextDoc]:
    """The texts as a reading of them gives them, same offsets: analysis_text (Traditional script
    as Simplified) for every rule, then unwrapped (a copy's hard line breaks as spaces) for the
    figure rules."""
    out = {}
    for key, doc in docs.items():
        text = reading(doc.text)
        out[key] = doc if text is doc.text else TextDoc(key, text, doc.section_id, doc.field)
    return out


def report_docs(report: Report, views=None) -> dict[tuple, TextDoc]:
    docs: dict[tuple, TextDoc] = {}
    for view in (report.walk() if views is None else views):
        s = view.section
        for field in ("title", "body"):
            text = getattr(s, field)
            if text:
                key = ("section", s.id, field)
                docs[key] = TextDoc(key, text, s.id, field)
    return docs


class _Locator:
    """Turns anchors into Locations, quotes and fingerprint contexts for one report or text."""

    def __init__(self, docs: dict[tuple, TextDoc], report: Report | None, walked=None):
        self.docs = docs
        self.paths: dict[int, str] = {}
        self.order: dict[int, int] = {}
        if report is not None:
            views = {}
            for n, view in enumerate(report.walk() if walked is None else walked):
                views[view.section.id] = view
                self.order[view.section.id] = n
            for sid, view in views.items():
                self.paths[sid] = " / ".join(views[i].heading or "（无标题）" for i in view.path)

    def locate(self, anchor) -> tuple[Location, str, str]:
        if isinstance(anchor, TextAnchor):
            doc = self.docs[anchor.doc]
            quote = doc.text[anchor.start:anchor.start + anchor.length]
            context = sentence_around(doc.text, anchor.start, anchor.start + anchor.length)
            if anchor.doc == TEXT_KEY:
                line, column = line_column(doc.text, anchor.start)
                loc = Location("text", start=anchor.start, length=anchor.length, line=line, column=column)
            else:
                loc = Location("section", section_id=doc.section_id, field=doc.field,
                               start=anchor.start, length=anchor.length,
                               section_path=self.paths.get(doc.section_id))
            return loc, quote, context
        ind = anchor.indicator
        cell = str(getattr(ind, anchor.column, "") or "")
        loc = Location("indicator", section_id=ind.section_id, field=anchor.column,
                       indicator_id=ind.id, section_path=self.paths.get(ind.section_id),
                       indicator_name=ind.name)
        context = "|".join((ind.name, ind.value, ind.unit, ind.target, ind.previous, ind.formula))
        return loc, cell or ind.name, context

    def sort_key(self, finding: Finding):
        loc = finding.location
        if loc.kind == "text":
            return (0, 0, loc.start or 0)
        section_rank = self.order.get(loc.section_id, 1 << 30)
        if loc.kind == "indicator":
            return (section_rank, 2, loc.indicator_id or 0)
        return (section_rank, FIELD_ORDER.get(loc.field, 3), loc.start or 0)


#: what a 提示 on figures says after its computation: far off, so perhaps not one relation at all
FAR_OFF = "（相差较大，可能比较的不是同一项，请核对）"


def _findings(rule: Rule, hits: Iterable[Hit], locator: _Locator) -> list[Finding]:
    out = []
    for hit in hits:
        location, quote, context = locator.locate(hit.anchor)
        related = [locator.locate(a)[0] for a in hit.related]
        severity, message = hit.severity or rule.severity, hit.message
        if severity == "info" and rule.family == "figures" and "应为" in message and not message.endswith("）"):
            message += FAR_OFF  # (said once here for every rule's far-off computation without a remark of its own)
        out.append(Finding(
            rule=rule.id, severity=severity, message=message,
            quote=quote, location=location, related=related,
            fingerprint=make_fingerprint(rule.id, location, quote, context),
            family=rule.family, fix=hit.fix,
        ))
    return out


_ANY_DOC = ("any",)


@lru_cache(maxsize=4096)
def _any_doc(text: str) -> TextDoc:
    """The text as a rule sees it (one object per text, not one per rule and text)."""
    return TextDoc(_ANY_DOC, text)


#: hits the helper process worked out, (rule, text) → hits, until _hits_in_text memoizes them
_handed: dict[tuple[DocRule, str], tuple[Hit, ...]] = {}


@lru_cache(maxsize=32768)
def _hits_in_text(rule: DocRule, text: str) -> tuple[Hit, ...]:
    """A DocRule's hits on a text, whichever section holds it: a rule sees only the text, so
    re-checking a report re-reads only the texts that changed."""
    handed = _handed.pop((rule, text), None)
    if handed is not None:
        return handed
    return tuple(rule.check(_any_doc(text)))


_stamps = itertools.count()


@lru_cache(maxsize=8192)
def _first_checked(text: str) -> int:
    """When a text was first checked (a stamp): a text stamped before this check began has its
    hits memoized, unless the memo has since been forgotten or outgrown."""
    return next(_stamps)


#: uncached text (characters) from which a running helper process takes a share: below it,
#: handing texts over and back costs about what it saves
HELP_FROM = 40_000
#: the helper's share of the uncached text: this process reads the rest, then runs the
#: report-wide rules (which read the statements of every text) while the helper finishes
HELPER_SHARE = 0.76


def _not_yet_checked(proof_docs: dict, wanted: set | None) -> list[tuple]:
    """The keys of the texts this check reads that no earlier check has (stamping them)."""
    stamp = next(_stamps)
    return [k for k, d in proof_docs.items() if (wanted is None or d.section_id in wanted)
            and _first_checked(d.text) > stamp]


def _share_with_helper(rules: tuple[Rule, ...], proof_docs: dict, figure_docs: dict,
                       keys: list[tuple], meanwhile) -> None:
    """With a helper process running and much text not yet read (`keys`), has it read the later
    texts while this process reads the earlier ones and then does `meanwhile` (the report-wide
    rules, which need no text rule's hits); the helper's hits are then memoized here as ours."""
    from . import helper_process
    from .rules import ALL_RULES

    if not keys or not helper_process.helper_ready():
        return
    known = {id(r) for r in ALL_RULES}
    doc_rules = [r for r in rules if isinstance(r, DocRule) and id(r) in known]
    volume = sum(len(proof_docs[k].text) for k in keys)
    if not doc_rules or volume < HELP_FROM:
        return
    mine, done = [], 0
    for k in keys:
        if done >= volume * (1 - HELPER_SHARE):
            break
        mine.append(k)
        done += len(proof_docs[k].text)
    theirs = keys[len(mine):]
    figure_texts = [figure_docs[k].text for k in theirs]
    proof_texts = [proof_docs[k].text for k in theirs]
    pending = helper_process.hand_over([r.id for r in doc_rules], figure_texts, proof_texts)
    if pending is None:
        return
    started = time.perf_counter()
    try:
        for rule in doc_rules:
            docs = figure_docs if rule.family == "figures" else proof_docs
            for k in mine:
                _hits_in_text(rule, docs[k].text)
        meanwhile()
    finally:
        got = helper_process.collect(pending, time.perf_counter() - started, len(theirs))
    if got is None:
        return  # the texts it had are read here, as the rules come to them
    for rule in doc_rules:
        texts = figure_texts if rule.family == "figures" else proof_texts
        for i, text in enumerate(texts):
            _handed[(rule, text)] = got.get((rule.id, i), ())


def _moved(anchor, key):
    return TextAnchor(key, anchor.start, anchor.length) if isinstance(anchor, TextAnchor) else anchor


def doc_hits(rule: DocRule, doc: TextDoc) -> list[Hit]:
    hits = _hits_in_text(rule, doc.text)
    if not hits:
        return []  # most rules find nothing in most texts
    return [Hit(_moved(h.anchor, doc.key), h.message, h.severity,
                tuple(_moved(a, doc.key) for a in h.related), h.fix)
            for h in hits]


def _touches(hit: Hit, section_id: int) -> bool:
    for anchor in (hit.anchor, *hit.related):
        if isinstance(anchor, TextAnchor) and len(anchor.doc) > 1 and anchor.doc[1] == section_id:
            return True
        if isinstance(anchor, CellAnchor) and anchor.indicator.section_id == section_id:
            return True
    return False


_EXPECTED = re.compile(r"应为\s*([0-9.]+)")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per rule and place; and one per figure where two rules work out the same value
    for it (占全年任务2355万元的60%: the share and the target rule both say 应为 55.97%)."""
    seen = set()
    kept: dict[tuple, int] = {}
    out: list[Finding | None] = []
    for f in findings:
        key = (f.rule, f.location.key(), f.location.start, f.message)
        if key in seen:
            continue
        seen.add(key)
        m = _EXPECTED.search(f.message) if f.family == "figures" else None
        if m is not None:
            same = (f.location.key(), f.location.start, f.location.length, m.group(1))
            k = kept.get(same)
            if k is not None:
                if SEVERITY_ORDER.index(f.severity) < SEVERITY_ORDER.index(out[k].severity):
                    out[k] = f  # the more certain of the two says it
                continue
            kept[same] = len(out)
        out.append(f)
    taken = {(f.location.key(), f.location.start, f.location.length) for f in out
             if f.family == "figures" and f.rule not in YIELDING_RULES}
    return [f for f in out if f.rule not in YIELDING_RULES
            or (f.location.key(), f.location.start, f.location.length) not in taken]


#: rules that only say a figure cannot be right, not what it should be: another rule's finding on
#: the same figure, which works it out over the base stated, says it better
YIELDING_RULES = frozenset(("whole-base",))


@contextmanager
def _no_collector_passes():
    """A check builds a great many small objects (numbers, groups, hits) that form no cycles and
    mostly live as long as the caches that hold them: the cycle collector's passes over them take
    a sixth of a cold check and free nothing. It is paused for the check and resumes after (a
    nested check leaves it to the outer one). Before it resumes, what the check left alive is
    moved to the oldest generation (freeze, then unfreeze: no pass over it) — else the first
    young-generation pass after the check would walk every one of those objects, a tenth of
    the check's time; they are still collected, should they ever form a cycle, by a full pass."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _check_report(report: Report, section_ids: list[int] | None,
                  rules: tuple[Rule, ...]) -> list[Finding]:
    with _no_collector_passes():
        return _check_report_now(report, section_ids, rules)


def _check_report_now(report: Report, section_ids: list[int] | None,
                      rules: tuple[Rule, ...]) -> list[Finding]:
    walked = list(report.walk())  # numbered once for the whole check
    written = report_docs(report, walked)
    locator = _Locator(written, report, walked)  # quotes come from the text as written
    proof_docs = _read_as(written, analysis_text)
    figure_docs = _read_as(proof_docs, unwrapped)
    wanted = set(section_ids) if section_ids is not None else None
    scope_ids = [v.section.id for v in walked if wanted is None or v.section.id in wanted]
    # report-wide rules share one index of the rows and one walk of the tree
    shared = ReportScope(report, scope_ids, {}, _views=walked)
    scopes: dict[int, ReportScope] = {}
    findings: list[Finding] = []

    def hits_of(rule: Rule) -> list[Hit]:
        docs = figure_docs if rule.family == "figures" else proof_docs
        if isinstance(rule, DocRule):
            return [h for doc in docs.values() if wanted is None or doc.section_id in wanted
                    for h in doc_hits(rule, doc)]
        if isinstance(rule, CorpusRule):
            focus = None if wanted is None else frozenset(d.key for d in docs.values() if d.section_id in wanted)
            hits = rule.check(list(docs.values()), focus)
            if wanted is not None:
                return [h for h in hits if any(_touches(h, sid) for sid in wanted)]
            return list(hits)
        scope = scopes.get(id(docs))
        if scope is None:
            scope = scopes[id(docs)] = shared.with_docs(docs)
        return list(rule.check(scope))

    early: dict[int, list[Hit]] = {}

    def report_wide_rules() -> None:
        early.update((id(r), hits_of(r)) for r in rules if not isinstance(r, DocRule))

    try:
        _share_with_helper(rules, proof_docs, figure_docs, _not_yet_checked(proof_docs, wanted),
                           report_wide_rules)
        for rule in rules:
            hits = early.pop(id(rule), None)
            findings.extend(_findings(rule, hits_of(rule) if hits is None else hits, locator))
    finally:
        _handed.clear()  # what the helper read of a text this check did not ask for
    findings = _merge_same_slip(_dedupe(findings), written, report)
    findings.sort(key=locator.sort_key)
    return findings


_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
#: how far before a figure in the text a table row's name may stand for the two to be one fact
NAME_REACH = 16


def _number_of(quote: str) -> str | None:
    m = _NUMBER.search(quote or "")
    if not m:
        return None
    digits = m.group().translate(_FULLWIDTH_DIGITS)
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def _merge_same_slip(findings: list[Finding], docs: dict, report: Report) -> list[Finding]:
    """One slip found twice, in the text (拨付率为80%) and in the table row it states (拨付率 | 80,
    whose formula gives 75), is one finding naming both places: the more severe one keeps the
    other's place among its related places and says so."""
    from .rules.tables import text_name

    cells = [f for f in findings if f.location.kind == "indicator" and f.location.field == "value"]
    if not cells:
        return findings
    indicators = {ind.id: ind for ind in report.indicators if ind.id is not None}
    merged: set[int] = set()
    for cell in cells:
        ind = indicators.get(cell.location.indicator_id)
        number = _number_of(cell.quote)
        doc = docs.get(("section", cell.location.section_id, "body"))
        if ind is None or number is None or doc is None or id(cell) in merged:
            continue
        name = text_name(ind.name, doc.text)
        if name is None:
            continue
        for other in findings:
            loc = other.location
            if other is cell or id(other) in merged or loc.kind != "section" \
                    or loc.section_id != cell.location.section_id or loc.field != "body" \
                    or _number_of(other.quote) != number:
                continue
            if name not in doc.text[max(0, (loc.start or 0) - NAME_REACH):loc.start or 0]:
                continue
            keep, drop = (cell, other) if SEVERITY_ORDER.index(cell.severity) <= \
                SEVERITY_ORDER.index(other.severity) else (other, cell)
            keep.related = [*keep.related, drop.location]
            keep.message += f"（另见{drop.location.describe()}：{drop.message}）"
            merged.add(id(drop))
            break
    return [f for f in findings if id(f) not in merged]


def run_checks(report: Report, verified: dict | None = None,
               rules: tuple[Rule, ...] | None = None) -> CheckRun:
    """Every rule over the whole report; findings whose fingerprint is in `verified` are marked."""
    findings = _check_report(report, None, rules or default_rules())
    apply_verified(findings, verified)
    return CheckRun(findings)


def apply_verified(findings: list[Finding], verified: dict | None) -> None:
    """Mark the findings whose fingerprint the report's 已核实 table holds (with the reason)."""
    for f in findings:
        row = (verified or {}).get(f.fingerprint)
        if row is not None:
            reason = row.get("reason") if isinstance(row, dict) else str(row)
            f.verified_reason = reason or ""


def check_section(report: Report, section_id: int,
                  rules: tuple[Rule, ...] | None = None) -> list[Finding]:
    """Findings that concern one section: its own text and table, and cross-section ones touching it."""
    report.section(section_id)  # KeyError for an unknown id: a programming error
    return _check_report(report, [section_id], rules or default_rules())


def check_text(text: str, rules: tuple[Rule, ...] | None = None) -> list[Finding]:
    """Plain text (a .txt/.docx as read): locations are line/column of this text."""
    locator = _Locator({TEXT_KEY: TextDoc(TEXT_KEY, text)}, None)
    proof_doc = TextDoc(TEXT_KEY, analysis_text(text))
    figure_doc = TextDoc(TEXT_KEY, unwrapped(proof_doc.text))
    findings: list[Finding] = []
    with _no_collector_passes():
        for rule in rules or default_rules():
            doc = figure_doc if rule.family == "figures" else proof_doc
            if isinstance(rule, DocRule):
                findings.extend(_findings(rule, doc_hits(rule, doc), locator))
            elif isinstance(rule, CorpusRule):
                findings.extend(_findings(rule, rule.check([doc]), locator))
    findings = _dedupe(findings)
    findings.sort(key=locator.sort_key)
    return findings

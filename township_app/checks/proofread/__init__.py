"""公文 proofreading: what a county reviewer sends a report back for besides its figures.

Four families (findings.RULE_FAMILIES), each switchable in 检查设置: 标点 (punctuation.py),
序号 (numbering.py, markers.py), 标题与层次 (headings.py), 成文日期与落款 (dates.py). None is an
error: they are 警告/提示 and never block export. Where the fix is certain (a full-width mark,
1、 → 1., a padded date) the finding carries it for 修正 / 全部修正 and `check --fix`. No rule
flags or changes a number, an English word, a URL, a formula, a time or a law's 《》.
"""
from __future__ import annotations

from .dates import PADDED_DATE_RULE, REPORT_DATE_RULE, TEXT_DATE_RULE
from .headings import HEADING_STOP_RULE, REPORT_TITLE_RULE, TEXT_TITLE_RULE
from .numbering import NUMBER_SEQUENCE_RULE, NUMBER_STYLE_RULE, TITLE_NUMBER_RULE
from .punctuation import BRACKET_NUMBER_MARK_RULE, DOUBLED_RULE, HALFWIDTH_RULE, UNPAIRED_RULE

PROOFREAD_RULES = (
    HALFWIDTH_RULE, UNPAIRED_RULE, DOUBLED_RULE, BRACKET_NUMBER_MARK_RULE,
    NUMBER_STYLE_RULE, NUMBER_SEQUENCE_RULE, TITLE_NUMBER_RULE,
    HEADING_STOP_RULE, TEXT_TITLE_RULE, REPORT_TITLE_RULE,
    PADDED_DATE_RULE, TEXT_DATE_RULE, REPORT_DATE_RULE,
)

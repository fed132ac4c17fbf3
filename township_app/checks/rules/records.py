"""Records laid out a field a line (总投资：3.8亿元⏎年度计划投资：1.5亿元⏎完成投资：1.42亿元⏎完成率：
97.4%): one passage, each figure named by its field, so a rate on the last line finds its figures."""
from __future__ import annotations

import re

from ..groups import QuantityGroup
from ..passages import Span

#: 年度计划投资：1.5亿元 — a field of a record, alone on its line
_FIELD_LINE = re.compile(r"[\u4e00-\u9fff（）()]{2,12}[：:][ \t\u3000]*[0-9０-９.．]+[^\n，,。；;]{0,6}")


def records_joined(text: str, paragraphs):
    """The paragraphs, with each run of field lines (总投资：3.8亿元⏎年度计划投资：1.5亿元⏎完成投资：
    1.42亿元⏎完成率：97.4%) joined into one: a record laid out a field a line is one passage."""
    run: list = []

    def flush():
        if len(run) == 1:
            yield run[0]
        elif run:
            # each figure named by its field (a colon ends a clause, so its own label is empty)
            named = [QuantityGroup(g.quantities, text[p.start:g.start].strip(), p.start, g.sentence, False, g.per)
                     for p, inside in run for g in inside]
            yield Span(run[0][0].start, run[-1][0].end), named
        run.clear()

    for para, inside in paragraphs:
        field = len(inside) == 1 and _FIELD_LINE.fullmatch(text[para.start:para.end].strip()) is not None
        if field and run and not text[run[-1][0].end:para.start].strip():
            run.append((para, inside))
            continue
        yield from flush()
        if field:
            run.append((para, inside))
        else:
            yield para, inside
    yield from flush()

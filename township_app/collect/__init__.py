"""The county side: gather every township's submission file into one checked summary.

    collect_folder(folder, store=CountyStore("汇总.db")) -> Summary
    iter_collect(folder, entries)  # one file at a time, for progress and cancel
    summarize(entries, store=…)    # states, 应报 list, matched indicators, 合计, 上期

Modules: entry (one file through the safe submission reader), states (期间不符,
重复报送), mapping (names), units (元/万元/亿元, 亩/公顷), totals (合计 and rates),
summary (the table), spool (findings kept on disk while collecting), county_store
(汇总.db), grid (the table as rows: one layout for window, .xlsx, .csv and PDF),
export_table (.xlsx/.csv), summary_pdf.
No Qt here.
"""
from .collection import CollectFolderError, Progress, collect_folder, iter_collect, summarize
from .county_store import CountyStore, CountyStoreError
from .entry import (STATE_DUPLICATE, STATE_MODIFIED, STATE_OK, STATE_UNREADABLE,
                    STATE_WRONG_PERIOD, STATES, CollectedFile, FindingRow, IndicatorRow)
from .mapping import IndicatorMapping
from .summary import Cell, Column, Summary, build_summary

__all__ = ["CollectFolderError", "Progress", "collect_folder", "iter_collect", "summarize",
           "CountyStore", "CountyStoreError", "STATE_OK", "STATE_MODIFIED", "STATE_UNREADABLE",
           "STATE_WRONG_PERIOD", "STATE_DUPLICATE", "STATES", "CollectedFile", "FindingRow",
           "IndicatorRow", "IndicatorMapping", "Cell", "Column", "Summary", "build_summary"]

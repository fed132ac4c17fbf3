"""What a number cell accepts, and how it is kept.

A value is stored as the text the user typed once normalized (full-width digits
to ASCII, thousands separators dropped), never as a float: 87.82 stays 87.82
and 152.810 keeps its three decimals, because written precision is what the
checks reason from.
"""
from __future__ import annotations

import re
from decimal import Decimal

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．－＋，",
    "0123456789.-+,",
)
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)", re.ASCII)
# 1,234 / 12,345.67 / 1,234,567: groups of three after the first
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)


class NumberInputError(ValueError):
    """A cell value that is not a number; the message is for the user."""


def normalize_number(text: str) -> str:
    """Return the canonical stored text for what the user typed, or raise NumberInputError.

    Empty input is allowed (an unfilled cell) and returns "".
    """
    raw = text
    text = text.strip().translate(_FULLWIDTH).replace(" ", "").replace("\u3000", "")
    if text == "":
        return ""
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    if _PLAIN.fullmatch(text):
        if text.startswith("."):
            text = "0" + text
        elif text[:2] in ("+.", "-."):
            text = text[0] + "0" + text[1:]
        return text
    raise NumberInputError(_explain(raw.strip()))


def _explain(raw: str) -> str:
    shown = raw if len(raw) <= 20 else raw[:20] + "…"
    if raw.endswith(("%", "％")):
        return f"“{shown}”不是数字：百分号请填在“单位”列，数值只填数字。"
    if any(ch in raw for ch in "约余多左右近超过以上"):
        return f"“{shown}”不是确切数字：约数请把“约”“余”等写在备注里，数值只填数字。"
    if raw.count(".") > 1 or raw.count("．") > 1:
        return f"“{shown}”有多个小数点，不是有效数字。"
    return f"“{shown}”不是数字，请只填阿拉伯数字（可带小数点和负号）。"


def to_decimal(text: str) -> Decimal | None:
    """The stored text as an exact Decimal (None for an empty cell)."""
    if not text:
        return None
    return Decimal(text)


def decimals_of(text: str) -> int:
    """How many decimals were written: the precision the value claims."""
    return len(text.split(".", 1)[1]) if "." in text else 0

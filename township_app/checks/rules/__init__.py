"""All rules, in the order their findings are reported."""
from __future__ import annotations

from .placeholders import PLACEHOLDER_RULE

ALL_RULES = (PLACEHOLDER_RULE,)

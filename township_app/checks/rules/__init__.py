"""All rules, in the order their findings are reported."""
from __future__ import annotations

from .averages import AVERAGE_RULE
from .blank_figures import BLANK_FIGURE_RULE
from .change_sums import CHANGE_SUM_RULE
from .density import DENSITY_RULE
from .directions import DIRECTION_RULE
from .doubling import DOUBLING_RULE
from .fractions import FRACTION_RULE
from .growth import GROWTH_RULE
from .household_size import HOUSEHOLD_SIZE_RULE
from .industry_structure import INDUSTRY_STRUCTURE_RULE
from .placeholders import PLACEHOLDER_RULE
from .listed_counts import LISTED_COUNT_RULE
from .multiples import MULTIPLE_RULE
from .named_rates import NAMED_RATE_RULE
from .natural_increase import NATURAL_INCREASE_RULE
from .per_head_magnitude import PER_HEAD_MAGNITUDE_RULE
from .per_unit import PER_UNIT_RULE
from .products import PRODUCT_RULE
from .rates import RATE_RULE
from .remainders import REMAINDER_RULE
from .repeats import REPEAT_RULE
from .respective import RESPECTIVE_RULE
from .scope_gaps import SCOPE_GAP_RULE
from .sex_ratio import SEX_RATIO_RULE
from .shares import SHARE_RULE
from .stocks import STOCK_RULE
from .sums import SUM_RULE
from .targets import TARGET_RULE
from .text_grids import TEXT_GRID_RULE
from .typed_slips import TYPED_SLIP_RULE
from .whole_bases import WHOLE_BASE_RULE
from .tables import EMPTY_RULE, FORMULA_RULE, IMPLICIT_RULE, TEXT_TABLE_RULE
from ..proofread import PROOFREAD_RULES

ALL_RULES = (PLACEHOLDER_RULE, BLANK_FIGURE_RULE, SUM_RULE, CHANGE_SUM_RULE, RATE_RULE, NAMED_RATE_RULE, FRACTION_RULE, SHARE_RULE, WHOLE_BASE_RULE, SEX_RATIO_RULE, INDUSTRY_STRUCTURE_RULE, NATURAL_INCREASE_RULE,
             GROWTH_RULE, SCOPE_GAP_RULE, DIRECTION_RULE, DOUBLING_RULE, MULTIPLE_RULE, TARGET_RULE, RESPECTIVE_RULE, REMAINDER_RULE, STOCK_RULE, PRODUCT_RULE, AVERAGE_RULE, PER_UNIT_RULE, DENSITY_RULE, LISTED_COUNT_RULE, REPEAT_RULE,
             HOUSEHOLD_SIZE_RULE, PER_HEAD_MAGNITUDE_RULE, TYPED_SLIP_RULE, TEXT_GRID_RULE,
             EMPTY_RULE, FORMULA_RULE, IMPLICIT_RULE, TEXT_TABLE_RULE) + PROOFREAD_RULES

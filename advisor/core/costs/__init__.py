"""Local (hardware + electricity) against API cost: the model, its dated data, and this machine's defaults."""

from advisor.core.costs.defaults import default_inputs
from advisor.core.costs.model import (
    ApiCost,
    ApiOption,
    BreakEven,
    CostComparison,
    CostInputError,
    CostInputs,
    CostRow,
    CostTable,
    CumulativeSeries,
    InputOrigin,
    LocalCost,
    SeriesLine,
    break_even_verdict,
    compare,
    compare_many,
    cumulative_series,
)
from advisor.core.costs.resolve import (
    apply_user_values,
    choose_api_model,
    comparison_options,
    resolve_inputs,
    set_api_prices,
)

__all__ = [
    "ApiCost",
    "ApiOption",
    "BreakEven",
    "CostComparison",
    "CostInputError",
    "CostInputs",
    "CostRow",
    "CostTable",
    "CumulativeSeries",
    "InputOrigin",
    "LocalCost",
    "SeriesLine",
    "apply_user_values",
    "break_even_verdict",
    "choose_api_model",
    "compare",
    "compare_many",
    "comparison_options",
    "cumulative_series",
    "default_inputs",
    "resolve_inputs",
    "set_api_prices",
]

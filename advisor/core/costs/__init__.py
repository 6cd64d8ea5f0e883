"""Local (hardware + electricity) against API cost: the model, its dated data, and this machine's defaults."""

from advisor.core.costs.defaults import default_inputs
from advisor.core.costs.model import (
    ApiCost,
    ApiOption,
    CostComparison,
    CostInputError,
    CostInputs,
    CostRow,
    CostTable,
    CumulativeSeries,
    InputOrigin,
    LocalCost,
    SeriesLine,
    compare,
    compare_many,
    cumulative_series,
)

__all__ = [
    "ApiCost",
    "ApiOption",
    "CostComparison",
    "CostInputError",
    "CostInputs",
    "CostRow",
    "CostTable",
    "CumulativeSeries",
    "InputOrigin",
    "LocalCost",
    "SeriesLine",
    "compare",
    "compare_many",
    "cumulative_series",
    "default_inputs",
]

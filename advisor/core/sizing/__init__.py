"""Sizing engine: what llama.cpp allocates for a model, whether it fits this machine, how fast it decodes,
and which size class to recommend. Pure functions of a ModelSpec and a HardwareProfile."""

from advisor.core.sizing.estimate import estimate, estimate_on, full_offload_vram_bytes
from advisor.core.sizing.local import LocalModelEstimate, estimate_local_models
from advisor.core.sizing.quants import QUANT_LADDER, bits_per_weight
from advisor.core.sizing.recommend import DEFAULT_MIN_TOKENS_PER_SECOND, recommend, recommend_on
from advisor.core.sizing.tiers import TIERS, Tier, tier_for_parameters

__all__ = [
    "DEFAULT_MIN_TOKENS_PER_SECOND",
    "QUANT_LADDER",
    "TIERS",
    "LocalModelEstimate",
    "Tier",
    "bits_per_weight",
    "estimate",
    "estimate_local_models",
    "estimate_on",
    "full_offload_vram_bytes",
    "recommend",
    "recommend_on",
    "tier_for_parameters",
]

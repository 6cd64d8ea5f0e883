"""Quantisation facts: bits per weight, the ladder of sensible presets, KV-cache element sizes, decode efficiency.

Sources: ggml's block sizes (gguf-py `GGML_QUANT_SIZES`) for single tensor types; for named presets (which mix
types, so their whole-file average is higher) the averages measured on a 70.55 B-parameter model
(shared/reference/sizing.md); presets not in that list are interpolated from their recipe.
"""

from __future__ import annotations

# Whole-file average bits per weight of llama.cpp's named presets (ftype names as in `llama-quantize`).
PRESET_BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0, "F16": 16.0, "BF16": 16.0,
    "Q8_0": 8.50, "Q6_K": 6.56, "Q5_K_M": 5.66, "Q5_K_S": 5.54, "Q5_1": 6.0, "Q5_0": 5.5,
    "Q4_K_M": 4.82, "Q4_K_S": 4.58, "Q4_1": 5.0, "Q4_0": 4.55, "IQ4_NL": 4.5, "IQ4_XS": 4.30,
    "Q3_K_L": 4.27, "Q3_K_M": 3.89, "Q3_K_S": 3.50, "IQ3_M": 3.66, "IQ3_S": 3.44, "IQ3_XS": 3.30, "IQ3_XXS": 3.21,
    "Q2_K": 2.99, "Q2_K_S": 2.80, "IQ2_M": 2.70, "IQ2_S": 2.50, "IQ2_XS": 2.40, "IQ2_XXS": 2.17,
    "IQ1_M": 1.90, "IQ1_S": 1.74, "TQ1_0": 1.69, "TQ2_0": 2.06, "MXFP4_MOE": 4.25, "MXFP4": 4.25,
}

# Single ggml tensor types (block bytes × 8 / block elements).
TYPE_BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0, "F16": 16.0, "BF16": 16.0, "Q8_0": 8.5, "Q6_K": 6.5625, "Q5_K": 5.5, "Q4_K": 4.5, "Q3_K": 3.4375,
    "Q2_K": 2.625, "Q5_1": 6.0, "Q5_0": 5.5, "Q4_1": 5.0, "Q4_0": 4.5, "IQ4_NL": 4.5, "IQ4_XS": 4.25,
    "IQ3_S": 3.4375, "IQ3_XXS": 3.0625, "IQ2_S": 2.5625, "IQ2_XS": 2.3125, "IQ2_XXS": 2.0625, "IQ1_M": 1.75,
    "IQ1_S": 1.5625, "TQ1_0": 1.6875, "TQ2_0": 2.0625, "MXFP4": 4.25,
}

# Sensible presets, best quality first. Q4_K_M and above is what we recommend without a warning.
QUANT_LADDER: tuple[str, ...] = ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "IQ4_XS", "Q3_K_M", "Q2_K")
MIN_GOOD_QUANT = "Q4_K_M"

# KV cache bytes per element by `--cache-type-k/-v` (q8_0: 34 bytes per 32, q4_0: 18 per 32, ...).
KV_BYTES_PER_ELEMENT: dict[str, float] = {
    "f32": 4.0, "f16": 2.0, "bf16": 2.0, "q8_0": 34 / 32, "q5_1": 24 / 32, "q5_0": 22 / 32,
    "iq4_nl": 18 / 32, "q4_1": 20 / 32, "q4_0": 18 / 32,
}


# Unsloth's dynamic "XL" quants and bare tensor-type names, mapped to the preset closest in size.
_ALIASES = {"Q4_K_XL": "Q4_K_M", "Q5_K_XL": "Q5_K_M", "Q6_K_XL": "Q6_K", "Q8_K_XL": "Q8_0", "Q3_K_XL": "Q3_K_L",
            "Q2_K_XL": "Q2_K", "FP16": "F16", "FP32": "F32", "Q4_K": "Q4_K_M", "Q5_K": "Q5_K_M", "Q3_K": "Q3_K_M"}


def normalize_quant(quant: str | None) -> str | None:
    """'q4_k_m', 'Q4_K_M', 'UD-Q4_K_XL' → canonical upper-case preset names where we know them."""
    if not quant:
        return None
    q = quant.strip().upper().replace("-", "_")
    q = q.removeprefix("UD_")
    return _ALIASES.get(q, q)


def bits_per_weight(quant: str | None) -> float:
    """Average bits per weight of a preset or tensor type; unknown or missing quant → Q4_K_M's 4.82."""
    q = normalize_quant(quant)
    if q is None:
        return PRESET_BITS_PER_WEIGHT["Q4_K_M"]
    if q in PRESET_BITS_PER_WEIGHT:
        return PRESET_BITS_PER_WEIGHT[q]
    if q in TYPE_BITS_PER_WEIGHT:
        return TYPE_BITS_PER_WEIGHT[q]
    raise ValueError(f"unknown quant {quant!r}")


def is_known_quant(quant: str) -> bool:
    q = normalize_quant(quant)
    return q in PRESET_BITS_PER_WEIGHT or q in TYPE_BITS_PER_WEIGHT


def ladder_index(quant: str | None) -> int | None:
    q = normalize_quant(quant)
    return QUANT_LADDER.index(q) if q in QUANT_LADDER else None


def is_good_quant(quant: str | None) -> bool:
    """Q4_K_M or better: recommended without a quality warning."""
    return bits_per_weight(quant) >= PRESET_BITS_PER_WEIGHT[MIN_GOOD_QUANT] - 1e-9


def kv_bytes_per_element(kv_type: str) -> float:
    try:
        return KV_BYTES_PER_ELEMENT[kv_type.lower()]
    except KeyError:
        raise ValueError(f"unknown KV cache type {kv_type!r} (one of {', '.join(KV_BYTES_PER_ELEMENT)})") from None


def _family(quant: str | None) -> str:
    q = normalize_quant(quant) or "Q4_K_M"
    if q == "F32":
        return "f32"
    if q in ("F16", "BF16"):
        return "float"
    if q in ("Q8_0",):
        return "q8"
    if q in ("Q4_0", "Q4_1", "Q5_0", "Q5_1", "IQ4_NL", "MXFP4", "MXFP4_MOE"):
        return "legacy"
    if q.startswith("IQ") or q.startswith("TQ"):
        return "iq"
    return "kquant"


# Share of peak memory bandwidth a decode step reaches, by quant family (dequantisation costs compute).
# GPU figures from the llama.cpp anchor in reference/sizing.md (RTX 4090, Llama-3-8B: F16 54 tok/s → 0.80,
# Q4_K_M 128 tok/s → 0.68, once the ~1 ms per token of sampling and kernel launches is taken out).
GPU_EFFICIENCY = {"f32": 0.80, "float": 0.80, "q8": 0.76, "legacy": 0.72, "kquant": 0.68, "iq": 0.58}
# CPU: the weights read per second as a multiple of the RAM bandwidth the app measures (a one-thread copy,
# read + write counted): a multi-threaded decode reads faster than one thread copies. On the project's 2-core
# benchmark machine (13.4 GB/s copy) an F32 decode read 22.6 GB/s (1.7×); lower families are compute-bound first.
CPU_EFFICIENCY = {"f32": 1.7, "float": 1.7, "q8": 1.6, "legacy": 1.5, "kquant": 1.4, "iq": 1.2}
# What one CPU core can dequantise and multiply per second in a decode (bytes of weights), AVX2-class core:
# few cores are compute-bound, not bandwidth-bound. Measured on the benchmark machine in quiet runs (decode of
# generated models, 2 threads): F32 12.0, F16 8.7, Q8_0 7.0 GB/s per core; K-quants and i-quants scaled from Q8_0
# by their bytes per weight and the extra work of their block scales in ggml's CPU kernels.
CPU_CORE_BYTES_PER_S = {"f32": 11.5e9, "float": 9.0e9, "q8": 7.0e9, "legacy": 5.0e9, "kquant": 4.5e9, "iq": 3.0e9}


def gpu_efficiency(quant: str | None) -> float:
    return GPU_EFFICIENCY[_family(quant)]


def cpu_efficiency(quant: str | None) -> float:
    return CPU_EFFICIENCY[_family(quant)]


def cpu_core_bytes_per_second(quant: str | None) -> float:
    return CPU_CORE_BYTES_PER_S[_family(quant)]

"""Quantisation facts: bits per weight, the ladder of sensible presets, KV-cache element sizes, decode efficiency.

Sources: ggml's block sizes (gguf-py `GGML_QUANT_SIZES`) for single tensor types; for named presets (which mix
types, so their whole-file average is higher) the averages measured on a 70.55 B-parameter model
(shared/reference/sizing.md); presets not in that list are interpolated from their recipe.
"""

from __future__ import annotations

# Whole-file average bits per weight of llama.cpp's named presets (ftype names as in `llama-quantize`).
PRESET_BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0,
    "F16": 16.0,
    "BF16": 16.0,
    "Q8_0": 8.50,
    "Q6_K": 6.56,
    "Q5_K_M": 5.66,
    "Q5_K_S": 5.54,
    "Q5_1": 6.0,
    "Q5_0": 5.5,
    "Q4_K_M": 4.82,
    "Q4_K_S": 4.58,
    "Q4_1": 5.0,
    "Q4_0": 4.55,
    "IQ4_NL": 4.5,
    "IQ4_XS": 4.30,
    "Q3_K_L": 4.27,
    "Q3_K_M": 3.89,
    "Q3_K_S": 3.50,
    "IQ3_M": 3.66,
    "IQ3_S": 3.44,
    "IQ3_XS": 3.30,
    "IQ3_XXS": 3.21,
    "Q2_K": 2.99,
    "Q2_K_S": 2.80,
    "IQ2_M": 2.70,
    "IQ2_S": 2.50,
    "IQ2_XS": 2.40,
    "IQ2_XXS": 2.17,
    "IQ1_M": 1.90,
    "IQ1_S": 1.74,
    "TQ1_0": 1.69,
    "TQ2_0": 2.06,
    "MXFP4_MOE": 4.25,
    "MXFP4": 4.25,
}

# Single ggml tensor types (block bytes × 8 / block elements).
TYPE_BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0,
    "F16": 16.0,
    "BF16": 16.0,
    "Q8_0": 8.5,
    "Q6_K": 6.5625,
    "Q5_K": 5.5,
    "Q4_K": 4.5,
    "Q3_K": 3.4375,
    "Q2_K": 2.625,
    "Q5_1": 6.0,
    "Q5_0": 5.5,
    "Q4_1": 5.0,
    "Q4_0": 4.5,
    "IQ4_NL": 4.5,
    "IQ4_XS": 4.25,
    "IQ3_S": 3.4375,
    "IQ3_XXS": 3.0625,
    "IQ2_S": 2.5625,
    "IQ2_XS": 2.3125,
    "IQ2_XXS": 2.0625,
    "IQ1_M": 1.75,
    "IQ1_S": 1.5625,
    "TQ1_0": 1.6875,
    "TQ2_0": 2.0625,
    "MXFP4": 4.25,
}

# Sensible presets, best quality first. Q4_K_M and above is what we recommend without a warning.
QUANT_LADDER: tuple[str, ...] = ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "IQ4_XS", "Q3_K_M", "Q2_K")
MIN_GOOD_QUANT = "Q4_K_M"

# KV cache bytes per element by `--cache-type-k/-v` (q8_0: 34 bytes per 32, q4_0: 18 per 32, ...).
KV_BYTES_PER_ELEMENT: dict[str, float] = {
    "f32": 4.0,
    "f16": 2.0,
    "bf16": 2.0,
    "q8_0": 34 / 32,
    "q5_1": 24 / 32,
    "q5_0": 22 / 32,
    "iq4_nl": 18 / 32,
    "q4_1": 20 / 32,
    "q4_0": 18 / 32,
}


# Unsloth's dynamic "XL" quants and bare tensor-type names, mapped to the preset closest in size.
_ALIASES = {
    "Q4_K_XL": "Q4_K_M",
    "Q5_K_XL": "Q5_K_M",
    "Q6_K_XL": "Q6_K",
    "Q8_K_XL": "Q8_0",
    "Q3_K_XL": "Q3_K_L",
    "Q2_K_XL": "Q2_K",
    "FP16": "F16",
    "FP32": "F32",
    "Q4_K": "Q4_K_M",
    "Q5_K": "Q5_K_M",
    "Q3_K": "Q3_K_M",
}


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
    if q.startswith("IQ4"):
        return "iq4"
    if q.startswith("IQ") or q.startswith("TQ"):
        return "iq"
    return "kquant"


# Share of peak memory bandwidth a decode step reaches, by quant family (dequantisation costs compute).
# GPU figures from the llama.cpp anchor in reference/sizing.md (RTX 4090, Llama-3-8B: F16 54 tok/s → 0.80,
# Q4_K_M 128 tok/s → 0.68, once the ~1 ms per token of sampling and kernel launches is taken out).
GPU_EFFICIENCY = {"f32": 0.80, "float": 0.80, "q8": 0.76, "legacy": 0.72, "kquant": 0.68, "iq4": 0.66, "iq": 0.58}
# CPU decode (a token reads every active weight once):
#   rate = min(CPU_DECODE_SHARE × all-core RAM bandwidth, cores × what one core multiplies per second).
# The bandwidth side: llama.cpp's threads stream the weights at close to what an all-core read draws (the RAM
# bandwidth `detect` measures with every core, or derives from the memory's type/speed/channels).
CPU_DECODE_SHARE = 0.85
# The compute side, in weights per second per physical core, by the SIMD class llama.cpp's kernels use
# (ggml's quantised dot products: AVX-512/VNNI > AVX2 > Arm dot-product > AVX > plain NEON/SSE). Chosen on the
# calibration half of public CPU-only measurements (benchmarks/data/cpu_decode_public.csv, checked by
# benchmarks/bench_cpu_speed.py with the other half held out): a 4-thread Ryzen 9 7950X decodes Llama-3-8B Q4_0 at
# 11 tok/s (≥ 20e9 weights/s per AVX-512 core), a 4-core i3-14100 Llama-3.1-8B Q4_K_M at 9.4 (≥ 15e9 per AVX2
# core), a 12-core AVX-only Xeon E5-2695 v2 a 24B Q4 at 2.0 (4e9), a Raspberry Pi 5 Phi-3-mini Q4_0 at 3.6
# (A76 with dot product, 6e9 at most). A slow shared server core does less (the project's 2-core VM: 7.5e9 in a
# Q8_0 decode). A quantised model keeps the same per-weight rate whatever its bits, so smaller quants are never
# slower than larger ones.
CPU_CORE_WEIGHTS_PER_S = {"avx512": 20e9, "avx2": 15e9, "neon_dotprod": 6e9, "basic": 4e9, "neon": 1.5e9, "sse": 1.5e9}
# The clock those rates were seen at; a core whose top clock is known scales its rate by clock / this (the 2-core
# 2.6 GHz AVX-512 VM of this project then gets 10e9 per core, against 7.5e9 measured there).
CPU_REFERENCE_MHZ = {"avx512": 5000, "avx2": 4500, "neon_dotprod": 2400, "basic": 3000, "neon": 1800, "sse": 2400}
# Per-weight cost of each family relative to an 8-bit dot product (F16 converts every weight; F32 moves twice the
# bytes; i-quants below 4 bits decode lookup grids): F16 measured at 3.5e9 vs Q8_0 7.5e9 per core here.
CPU_FAMILY_FACTOR = {"f32": 0.5, "float": 0.45, "q8": 1.0, "legacy": 1.0, "kquant": 1.0, "iq4": 1.0, "iq": 0.7}


def gpu_efficiency(quant: str | None) -> float:
    return GPU_EFFICIENCY[_family(quant)]


def cpu_core_weights_per_second(quant: str | None, isa: str, max_mhz: float | None = None) -> float:
    """Weights one physical core multiplies per second in a decode, for this quant on this SIMD class and clock."""
    isa = isa if isa in CPU_CORE_WEIGHTS_PER_S else "avx2"
    clock = 1.0 if not max_mhz else min(1.3, max(0.2, max_mhz / CPU_REFERENCE_MHZ[isa]))
    return CPU_CORE_WEIGHTS_PER_S[isa] * clock * CPU_FAMILY_FACTOR[_family(quant)]


# Prompt processing (prefill) on the CPU is compute-bound: FLOPs per second per physical core at the reference clock
# above, by SIMD class. Measured with a real llama-server on the project's 2-core 2.6 GHz AVX-512 VM (prompts of 829
# tokens; benchmarks/bench_sizing_vs_llama.py): 78 GFLOPS/core for F32, 85 for Q8_0, 65 for F16 — 160 scaled to 5 GHz
# for AVX-512, AVX2 half of that per clock; the Arm and older classes by the same ratios as decode.
CPU_PREFILL_GFLOPS_PER_CORE = {
    "avx512": 160.0,
    "avx2": 80.0,
    "neon_dotprod": 30.0,
    "basic": 20.0,
    "neon": 8.0,
    "sse": 6.0,
}
CPU_PREFILL_FAMILY_FACTOR = {"f32": 0.9, "float": 0.75, "q8": 1.0, "legacy": 1.0, "kquant": 1.0, "iq4": 0.9, "iq": 0.8}


def cpu_prefill_flops_per_second(quant: str | None, isa: str, max_mhz: float | None = None) -> float:
    """FLOPs one physical core does per second in a prompt-processing batch, for this quant, SIMD class and clock."""
    isa = isa if isa in CPU_PREFILL_GFLOPS_PER_CORE else "avx2"
    clock = 1.0 if not max_mhz else min(1.3, max(0.2, max_mhz / CPU_REFERENCE_MHZ[isa]))
    return CPU_PREFILL_GFLOPS_PER_CORE[isa] * 1e9 * clock * CPU_PREFILL_FAMILY_FACTOR[_family(quant)]

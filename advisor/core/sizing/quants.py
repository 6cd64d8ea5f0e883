"""Quantisation facts: bits per weight, the ladder of sensible presets, KV-cache element sizes, decode efficiency.

Sources: ggml's block sizes (gguf-py `GGML_QUANT_SIZES`) for single tensor types; for named presets (which mix
types, so their whole-file average is higher) the averages measured on a 70.55 B-parameter model
(shared/reference/sizing.md); presets not in that list are interpolated from their recipe.
"""

from __future__ import annotations

from advisor.core.messages.sizing import SIZING_UNKNOWN_KV_TYPE, SIZING_UNKNOWN_QUANT
from advisor.core.sizing.errors import SizingError

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


def quant_key(quant: str) -> str:
    """A quant label however it is written ('ud-q4_k_xl', 'UD-Q4_K_XL'): upper case, underscores for hyphens."""
    return quant.strip().upper().replace("-", "_")


def normalize_quant(quant: str | None) -> str | None:
    """'q4_k_m', 'Q4_K_M', 'UD-Q4_K_XL' → canonical upper-case preset names where we know them."""
    if not quant:
        return None
    q = quant_key(quant).removeprefix("UD_")
    return _ALIASES.get(q, q)


def variant_base(quant: str | None) -> str | None:
    """The preset a variant label is sized as where the label names a variant of it, not the preset itself (unsloth's
    dynamic `UD-Q4_K_XL` → Q4_K_M, `UD-IQ2_XXS` → IQ2_XXS): a file of that label may differ from the preset's by a few
    percent, and an estimate without the file says so. None for a preset's own name, any spelling of it, or None."""
    if not quant:
        return None
    q = quant_key(quant)
    if q.startswith("UD_") or (q in _ALIASES and q.endswith("_XL")):
        return normalize_quant(quant)
    return None


def bits_per_weight(quant: str | None) -> float:
    """Average bits per weight of a preset or tensor type; unknown or missing quant → Q4_K_M's 4.82."""
    q = normalize_quant(quant)
    if q is None:
        return PRESET_BITS_PER_WEIGHT["Q4_K_M"]
    if q in PRESET_BITS_PER_WEIGHT:
        return PRESET_BITS_PER_WEIGHT[q]
    if q in TYPE_BITS_PER_WEIGHT:
        return TYPE_BITS_PER_WEIGHT[q]
    raise SizingError(SIZING_UNKNOWN_QUANT, quant=repr(quant))


def is_known_quant(quant: str) -> bool:
    q = normalize_quant(quant)
    return q in PRESET_BITS_PER_WEIGHT or q in TYPE_BITS_PER_WEIGHT


def ladder_index(quant: str | None) -> int | None:
    q = normalize_quant(quant)
    return QUANT_LADDER.index(q) if q in QUANT_LADDER else None


# a mixture of experts released with its experts in MXFP4 (gpt-oss: OpenAI's own GGUF) loses nothing at it against a
# re-quant: its estimate carries no low-quality note (newcomer round: "below Q4_K_M: noticeably lower quality" on
# gpt-oss in its native format). A dense model in MXFP4 keeps the note, and the ranking keeps MXFP4 below Q4_K_M.
NATIVE_MOE_QUANTS = frozenset({"MXFP4", "MXFP4_MOE"})


def is_good_quant(quant: str | None) -> bool:
    """Q4_K_M or better: recommended without a quality warning."""
    return bits_per_weight(quant) >= PRESET_BITS_PER_WEIGHT[MIN_GOOD_QUANT] - 1e-9


def kv_bytes_per_element(kv_type: str) -> float:
    try:
        return KV_BYTES_PER_ELEMENT[kv_type.lower()]
    except KeyError:
        choices = ", ".join(KV_BYTES_PER_ELEMENT)
        raise SizingError(SIZING_UNKNOWN_KV_TYPE, kv_type=repr(kv_type), choices=choices) from None


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
#   rate = min(CPU_DECODE_SHARE (Apple: CPU_APPLE_SHARE) × all-core RAM bandwidth [÷ sockets × CPU_NUMA_SHARE],
#              threads × CPU_CORE_GBPS, threads × what one core multiplies per second).
# The bandwidth side: llama.cpp's threads stream the weights at close to what an all-core read draws (the RAM
# bandwidth `detect` measures with every core, or derives from the memory's type/speed/channels).
CPU_DECODE_SHARE = 0.85
# Apple silicon's memory system is sized for its GPU: the CPU clusters read only part of it, a larger part of a
# base chip's smaller bus than of a Max's wide one. An Apple CPU decode is bound by this share of the chip's
# bandwidth (the figure detect takes from Apple's table), by the chip's tier (ram_spec.apple_chip), each from one
# calibration row of benchmarks/data/cpu_decode_public.csv:
#   base: an M1 decoding LLaMA-1 7B Q4_0 on its 4 P-cores at 10.6 tokens/s reads 45 GB/s of 68 (row 44, 2023);
#   pro:  an M1 Pro decoding LLaMA-1 30B Q4_0 on 4 threads at 4.4 tokens/s reads 90 GB/s of 205 (row 46, 2023;
#         its 4 threads' draw, CPU_CORE_GBPS, binds there too: the least share that run allows);
#   max:  an M2 Max decoding LLaMA-2-7B Q8_0 on 8 threads reads 116 GB/s of 400 (row 16); the Ultra (two Max dies)
#         keeps the Max's share (no calibration row of its own).
CPU_APPLE_SHARE = {"base": 0.62, "pro": 0.43, "max": 0.29, "ultra": 0.29}
CPU_APPLE_SHARE_UNKNOWN = 0.29  # an Apple chip whose tier the name does not give: the lowest share

# One core keeps only so many cache-line reads in flight, so it draws only part of the bus (Little's law: misses
# in flight × 64 bytes ÷ memory latency): a Ryzen 9 7950X decoding Llama-3.1-8B Q4_K_S with 2 threads streams
# 44.8 GB/s, 22.4 per core (calibration row 32 of benchmarks/data/cpu_decode_public.csv). Matters with few threads.
CPU_CORE_GBPS = 22.0
# Several sockets: llama.cpp without --numa leaves the weights in one socket's memory (the page cache fills on the
# node that read the file) and the other socket's threads read them across the inter-socket link, every matrix
# waiting for the slowest thread. A dual EPYC 9334 (24 DDR5-4800 channels) decodes an 8B Q4_K_M at 27.8 tok/s,
# 136 GB/s: 0.46 of one socket's all-core bandwidth (calibration row 24); so one socket's share × this.
CPU_NUMA_SHARE = 0.5
# The compute side, in weights per second per physical core at CPU_REFERENCE_MHZ, by core class
# (hardware/ram_spec.core_class: the SIMD class of llama.cpp's quantised dot products, refined by the CPU's name).
# Chosen on the calibration half (even rows) of benchmarks/data/cpu_decode_public.csv, checked by
# benchmarks/bench_cpu_speed.py with the odd rows held out; each is the rate a compute-bound row needs:
CPU_CORE_WEIGHTS_PER_S = {
    "apple": 36e9,  # M2 Max, 4 threads, Llama-3.1-8B Q4_K_S 17.6 tok/s = 35e9 a core (row 34)
    # Qualcomm Oryon (Snapdragon X): Apple's per-clock rate (the same wide core lineage). Calibration row 48: an X
    # Elite's 6 threads decode LLaMA-2-7B Q4_0 at 20.5 tok/s; the A76 rate it got before predicted 5.3 (-74 %)
    "oryon": 36e9,
    "zen4": 38e9,  # Ryzen 9 7950X, 2 threads, Llama-3.1-8B Q4_K_S 9.6 tok/s = 38e9 a core (row 32)
    "avx512": 20e9,  # Intel AVX-512 (Xeon, Tiger Lake): no compute-bound calibration row; unchanged
    "avx2": 19e9,  # i3-14100 (4 Raptor Lake P-cores) Llama-3.1-8B Q4_K_M 9.4 tok/s = 19e9 a core (row 6)
    # Intel's Atom-lineage E-cores (N100...) split AVX2 over 128-bit units (Intel's Gracemont disclosure): half a
    # P-core's rate per clock, at the N100's 3.4 GHz (no calibration row)
    "x86_little": 7e9,
    "neon_dotprod": 5.6e9,  # Raspberry Pi 5 (A76), 4 threads, Qwen3-30B-A3B (3B active) Q3_K_S at 8.0 tok/s (row 2)
    # in-order Cortex-A53/A55 with a narrower NEON pipeline: taken as a quarter of an out-of-order A76 per clock, at
    # the usual 1.8 GHz (no calibration row)
    "arm_little": 1.05e9,
    "basic": 4e9,  # Xeon E5-2695 v2 (AVX, no AVX2) 12 cores, 24B Q4 at 2.0 tok/s (row 28)
    "neon": 1.5e9,  # plain NEON (Cortex-A72): unchanged
    "sse": 1.5e9,  # SSE only: unchanged
}
# The clock each rate belongs to: the top clock of the row's CPU (the makers' specifications; Apple's M2 Max P-cores
# as widely reported). A core whose top clock is known scales its rate by clock ÷ this (between 0.2 and 1.3).
CPU_REFERENCE_MHZ = {
    "apple": 3500,
    "oryon": 3500,
    "zen4": 5700,
    "avx512": 5000,
    "avx2": 4700,
    "x86_little": 3400,
    "neon_dotprod": 2400,
    "arm_little": 1800,
    "basic": 3200,
    "neon": 1800,
    "sse": 2400,
}
# Per-weight cost of each family relative to an 8-bit dot product (F16 converts every weight; F32 moves twice the
# bytes; i-quants below 4 bits decode lookup grids): F16 measured at 3.5e9 vs Q8_0 7.5e9 per core here.
CPU_FAMILY_FACTOR = {"f32": 0.5, "float": 0.45, "q8": 1.0, "legacy": 1.0, "kquant": 1.0, "iq4": 1.0, "iq": 0.7}


# Cores of two kinds in llama.cpp's default thread pool (sizing/machine.py's llama_cpp_threads):
# * Arm LITTLE cores (an RK3588's four Cortex-A55 beside four A76): every matrix product and every other operation
#   of a token ends at a barrier that waits for the slowest thread, and the in-order cores are several times slower,
#   so the whole pool runs well below the big cores alone. Llama.cpp issue #7176 (Orange Pi 5, RK3588S, Phi-3-mini
#   IQ4_XS, May 2024: the calibration row 42 of benchmarks/data/cpu_decode_public.csv): the default 8 threads
#   decode 3.84 tokens/s and process the prompt at 4.40 where 4 threads on the A76s give 6.92 and 10.77. The share
#   of the big cores' rate the whole pool reaches, by that run:
ARM_LITTLE_POOL_DECODE_SHARE = 0.55
ARM_LITTLE_POOL_PREFILL_SHARE = 0.41
# * Intel E-cores (Windows, where llama.cpp counts every core): out-of-order cores that take matrix chunks as they
#   free up (ggml-cpu.c's mul_mat hands out chunks from an atomic counter), so they add their own rate
#   (the x86_little class) to the P-cores'; no public run measures it more closely.


def cpu_memory_share(core: str, apple_tier: str | None = None) -> float:
    """The share of the RAM bandwidth figure a CPU decode reaches: CPU_DECODE_SHARE, or on Apple silicon the
    share of the chip's bandwidth its CPU clusters read (CPU_APPLE_SHARE by tier)."""
    if core != "apple":
        return CPU_DECODE_SHARE
    return CPU_APPLE_SHARE.get(apple_tier or "", CPU_APPLE_SHARE_UNKNOWN)


def gpu_efficiency(quant: str | None) -> float:
    return GPU_EFFICIENCY[_family(quant)]


def _clock(core: str, max_mhz: float | None) -> float:
    return 1.0 if not max_mhz else min(1.3, max(0.2, max_mhz / CPU_REFERENCE_MHZ[core]))


def _core(core: str) -> str:
    return core if core in CPU_CORE_WEIGHTS_PER_S else "avx2"


def cpu_core_weights_per_second(quant: str | None, core: str, max_mhz: float | None = None) -> float:
    """Weights one physical core multiplies per second in a decode, for this quant on this core class and clock."""
    core = _core(core)
    return CPU_CORE_WEIGHTS_PER_S[core] * _clock(core, max_mhz) * CPU_FAMILY_FACTOR[_family(quant)]


def cpu_decode_bytes_per_second(
    quant: str | None,
    core: str,
    *,
    cores: int,
    max_mhz: float | None,
    ram_bandwidth_gbps: float,
    bytes_per_weight: float,
    sockets: int = 1,
    efficiency_cores: int = 0,
    efficiency_class: str = "x86_little",
    apple_tier: str | None = None,
) -> float:
    """Weight bytes a CPU decode reads per second: the lowest of the RAM's bound (one socket's share on a
    multi-socket machine), the cores' draw on the bus and the cores' compute. `cores` run at the rate of `core`;
    `efficiency_cores` are slower cores of `efficiency_class` that llama.cpp's threads also run on (see above);
    `apple_tier` ("base", "pro", "max", "ultra") picks an Apple chip's CPU share of its bandwidth."""
    bandwidth = cpu_memory_share(core, apple_tier) * ram_bandwidth_gbps * 1e9
    if sockets > 1:
        bandwidth *= CPU_NUMA_SHARE / sockets
    little = efficiency_cores if efficiency_cores > 0 else 0
    draw = (cores + little) * CPU_CORE_GBPS * 1e9
    compute = cores * cpu_core_weights_per_second(quant, core, max_mhz) * bytes_per_weight
    if little and efficiency_class == "arm_little":
        return min(bandwidth, draw, compute) * ARM_LITTLE_POOL_DECODE_SHARE
    if little:
        compute += little * cpu_core_weights_per_second(quant, efficiency_class) * bytes_per_weight
    return min(bandwidth, draw, compute)


# Prompt processing (prefill) on the CPU is compute-bound: FLOPs per second per physical core at CPU_REFERENCE_MHZ,
# by core class. Chosen on the calibration half's pp512 rows (five; too few for more than one figure per kind of
# core): a 16-thread Ryzen 9 7950X 102 GFLOPS a core and a Ryzen 7 8840U 94 (Zen 4's AVX-512 runs on 256-bit
# units, so it is no faster per clock than AVX2), an i3-14100 123 and an i7-7820HQ 85 (AVX2), an M2 Max 82 (rows
# 32, 38, 6, 40, 34). Intel AVX-512 keeps what a real llama-server measured on the project's 2-core 2.6 GHz Xeon
# VM (85 GFLOPS a core in a Q8_0 prompt, 160 scaled to 5 GHz); the other classes keep their decode ratios.
CPU_PREFILL_GFLOPS_PER_CORE = {
    "apple": 82.0,
    "oryon": 82.0,  # Apple's, as for decode (no public CPU prompt run at a stated length)
    "zen4": 100.0,
    "avx512": 160.0,
    "avx2": 100.0,
    "x86_little": 36.0,
    "neon_dotprod": 30.0,
    "arm_little": 5.6,
    "basic": 20.0,
    "neon": 8.0,
    "sse": 6.0,
}
CPU_PREFILL_FAMILY_FACTOR = {"f32": 0.9, "float": 0.75, "q8": 1.0, "legacy": 1.0, "kquant": 1.0, "iq4": 0.9, "iq": 0.8}
# 5-bit quants (Q5_0, Q5_1, Q5_K): each weight's fifth bit sits in a separate bit field that every prompt-batch dot
# product unpacks and merges, where a decode is bound by the memory instead. Calibration row 52 of
# benchmarks/data/cpu_decode_public.csv: an M2 Max's 8 threads process LLaMA-3.1-8B Q5_0 at 26.5 prompt tokens/s,
# 0.61 of the rate its Q4_K_S row sets (43.3); the hold-out Ryzen 9 5950X Q5_K_M row checks it on x86.
CPU_PREFILL_FIVE_BIT_FACTOR = 0.61


# Many threads on one prompt batch: every matrix product is split across the threads and ends at a barrier, and the
# operations between them (norms, rope, softmax) do not split as finely, so past the 16 threads the per-core rates
# above were fitted at (a Ryzen 9 7950X) each added thread brings less: the pool's rate is threads × per-core rate ×
# (1 + 16/K) ÷ (1 + threads/K), which still grows with every thread. K from the calibration row 50 of
# benchmarks/data/cpu_decode_public.csv: a Threadripper PRO 5975WX's 32 threads process LLaMA-3.1-8B Q8_0 at
# 162 prompt tokens/s, 1/1.30 of 32 cores at the per-core rate (the hold-out 3970X, 5975WX Q4_0 and the 64-thread
# 5995WX row check it).
CPU_PREFILL_LINEAR_THREADS = 16
CPU_PREFILL_THREAD_SCALE = 37.0


def cpu_prefill_thread_efficiency(threads: int) -> float:
    """The share of the per-core rate each of `threads` prompt-batch threads keeps (1 up to 16 threads)."""
    if threads <= CPU_PREFILL_LINEAR_THREADS:
        return 1.0
    k = CPU_PREFILL_THREAD_SCALE
    return (1 + CPU_PREFILL_LINEAR_THREADS / k) / (1 + threads / k)


def cpu_prefill_flops_per_second(quant: str | None, core: str, max_mhz: float | None = None) -> float:
    """FLOPs one physical core does per second in a prompt-processing batch, for this quant, core class and clock."""
    core = _core(core)
    five_bit = (normalize_quant(quant) or "").startswith("Q5")
    return (
        CPU_PREFILL_GFLOPS_PER_CORE[core]
        * 1e9
        * _clock(core, max_mhz)
        * CPU_PREFILL_FAMILY_FACTOR[_family(quant)]
        * (CPU_PREFILL_FIVE_BIT_FACTOR if five_bit else 1.0)
    )


def cpu_prefill_pool_flops_per_second(
    quant: str | None,
    core: str,
    max_mhz: float | None,
    *,
    cores: int,
    efficiency_cores: int = 0,
    efficiency_class: str = "x86_little",
) -> float:
    """FLOPs per second a prompt batch gets from llama.cpp's thread pool: `cores` of class `core`, and the slower
    `efficiency_cores` beside them (see ARM_LITTLE_POOL_PREFILL_SHARE)."""
    rate = cores * cpu_prefill_flops_per_second(quant, core, max_mhz)
    if efficiency_cores > 0 and efficiency_class == "arm_little":
        return rate * ARM_LITTLE_POOL_PREFILL_SHARE
    if efficiency_cores > 0:
        rate += efficiency_cores * cpu_prefill_flops_per_second(quant, efficiency_class)
    return rate * cpu_prefill_thread_efficiency(cores + max(efficiency_cores, 0))

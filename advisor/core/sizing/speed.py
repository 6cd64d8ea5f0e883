"""Decode speed (tokens/s): every generated token reads the active weights and the KV cache so far.

time per token = GPU bytes / (efficiency × GPU bandwidth) + CPU bytes / CPU rate + a fixed per-token cost, where
* efficiency is the share of peak bandwidth a decode reaches for the quant family (`quants.GPU_EFFICIENCY`,
  from the llama.cpp RTX 4090 anchor: F16 0.80, K-quants 0.68);
* the CPU rate is the lowest of the bandwidth bound (`CPU_DECODE_SHARE` of the all-core RAM bandwidth, one socket's
  share on a multi-socket machine), what the cores can draw from the bus (`CPU_CORE_GBPS` each) and the compute
  bound (physical cores × weights one core multiplies per second for its core class and clock, `quants.py`) — a
  small board or a few-core VM is compute-bound, a laptop or desktop with 6+ cores bandwidth-bound;
* mixture-of-experts models read only the active experts (active parameters), but keep all in memory;
* partial offload adds the GPU part and the CPU part (the CPU part dominates quickly), and its range weighs each
  side's spread by that side's share of the time (`split_rate`);
* the KV cache read grows as the context fills: the point estimate is a short chat (512 tokens in the cache).

The range is meant to hold about 80 % of real runs: it runs from a full context times the 10th percentile of
measured ÷ predicted to an empty one times the 90th percentile, those percentiles taken per backend family
(`range_family`) on the calibration half of public measurements (benchmarks/data/, printed by
benchmarks/bench_cpu_speed.py and bench_gpu_speed.py, which also report how many hold-out runs fall inside).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from advisor.core.hardware.ram_spec import ACHIEVABLE_SHARE
from advisor.core.sizing.machine import Device, Machine
from advisor.core.sizing.memory import kv_cache_bytes
from advisor.core.sizing.quants import (
    NATIVE_MOE_QUANTS,
    cpu_decode_bytes_per_second,
    cpu_prefill_pool_flops_per_second,
    gpu_efficiency,
    normalize_quant,
)
from advisor.core.sizing.shape import Shape, borrowed_expert_width
from advisor.core.types import GpuVendor, ModelSpec

POINT_FILL_TOKENS = 512
CPU_TOKEN_FIXED_S = 2.0e-4  # graph build, sampling setup, thread sync per token on CPU
CPU_SAMPLING_S_PER_VOCAB = 4.0e-9  # sampling scans the whole vocabulary every token
GPU_LAYER_FIXED_S = 1.0e-5  # kernel launches per layer per token
# -nkvo (LM Studio: "Offload KV Cache to GPU Memory" off): the KV cache stays in system RAM and llama.cpp's scheduler
# runs the attention, which reads it, on the CPU (the op goes where its cache is: ggml-backend.cpp), so every GPU
# layer hands its Q/K/V to the CPU and takes the result back, once per token in a decode. The per-layer cost of
# that round trip (copies, a sync, the CPU thread pool's wake-up) from the one public measurement with and without:
# llama.cpp PR #4812 (slaren, 2024-01-07; RTX 3090 Ti, llama 7B Q4_0, build 1786), tg128 127.4 → 60.0 tok/s with
# the cache nearly empty, 2.12× the time per token; this constant gives the same ratio to this model's own estimate
# at that run's fill (about 64 tokens on average over tg128; fitted on that run: no hold-out). The cache itself is
# then read at the CPU's rate, which a long chat feels.
NKVO_LAYER_S = 2.0e-4
# Share of a MoE model's parameters in its routed experts, when the file's tensors are not known
# (Mixtral-8x7B: 46.7 B total, 12.9 B active with 2 of 8 → 0.96; Qwen3-30B-A3B: 30.5 B, 3.3 B with 8 of 128 → 0.95).
MOE_EXPERT_SHARE = 0.95
# A mixture of experts decodes on a GPU below the bandwidth its active bytes suggest: each layer adds a router,
# top-k and gathering kernels, and the experts' weights are read as many small matrices (llama.cpp's mul_mat_id)
# that use the memory less well than one large one. On a CPU the same models run as estimated
# (bench_cpu_speed.py), so this factor is the GPU's alone (the narrow experts' loss below is both sides'). By
# backend family, as the vendor says which one runs: each the factor at which the calibration half's runs of that
# family whose model layout is known have a median error of zero — scored with the
# layout a real file carries, so the estimate reads the experts' own bytes, the attention and the output matrix
# (benchmarks/bench_gpu_speed.py, gpu_README.md, tenth batch). Each run's error with it:
# * NVIDIA (CUDA): 0.62 — RTX 4090 gpt-oss-20b -4 % and Qwen3-30B-A3B Q4_0 -0 % (llama.cpp PRs #16649, #16834), RTX
#   3090 Qwen3.6-35B-A3B +80 % (a custom mixed quant at 131K context; +38 % with the delta-net factor below).
#   Hold-out: RTX 4090 gpt-oss-20b -11 %, A10 Qwen3-30B-A3B +2 % (the same run's dense Qwen3 32B: -2 %), RTX 5070
#   DeepSeek-Coder-V2-Lite +78 % (an MLA model); with the narrow experts' factor below +3 % and +63 %. It was 0.75,
#   set before any NVIDIA run was found; the RTX 4090 and A10 runs, scored first, were 3-20 % below it.
# * AMD and Intel (Vulkan, ROCm, SYCL): 0.75 — RX 9070 XT gpt-oss-20b +2 %, RX 7900 XT gpt-oss-20b -1 %, Radeon
#   8060S Qwen3-Coder-Next +17 % and Qwen3-30B-A3B -29 %. Hold-out median -2 % of seven. It was 0.64, fitted on
#   the same runs scored without their layout, which read fewer bytes a token than the real files do. (Fitted
#   before the delta-net factor below: the 8060S Qwen3-Coder-Next run is -21 % with it, the three others keep
#   theirs, median -1 %; not refitted.)
# * Apple silicon (Metal): 0.61 — M3 Max Qwen3-30B-A3B -0 %, M2 Pro gpt-oss-20b -12 %, M4 Pro Qwen3-Coder-Next
#   +131 % (a delta-net hybrid: +57 % with the factor below). Hold-out: -25 % to +36 %, median -3 % of four (M2 Ultra
#   DeepSeek-V2-Lite +14 % and Qwen3-Coder-30B-A3B -19 %, M4 Pro Qwen3-30B-A3B -25 %, M2 Pro Qwen3.6-35B-A3B +36 %);
#   with the delta-net and narrow-expert factors below they are +5 %, -21 %, -25 %, -8 % (median -15 %). It was 0.60.
# On a base M-series chip or an Ultra the CPU, which reads the same memory and carries no such factor, is then
# estimated to decode some of these models faster than the GPU; a Mac still runs a model its GPU holds whole on the
# GPU (estimate._estimate_plain: no public run has a Mac's CPU ahead, and the GPU reads a prompt 3-5 times faster).
MOE_GPU_DECODE_EFFICIENCY = 0.62
MOE_GPU_DECODE_EFFICIENCY_NON_NVIDIA = 0.75
MOE_GPU_DECODE_EFFICIENCY_APPLE = 0.61
# Experts as wide as a dense model's feed-forward (Mixtral-8x7B: eight of 14,336 × 4,096, two a token) are read as
# large matrices, as a dense layer's are: no mixture loss. An M2 Max's three Mixtral runs (2023) are -10 % to -18 %
# without the factor (-44 % to -49 % with it); every many-small-experts model (widths 512-2,880) needs it. Between
# the two:
COARSE_EXPERT_WIDTH = 8192


# Narrower experts lose more: each is a smaller matrix, which llama.cpp's mul_mat_id reads less well, on a GPU and
# on a CPU. A power of the expert width, 1 at gpt-oss's 2,880 and wider: fitted on the calibration half's three
# Qwen3-30B-A3B runs (experts 768 wide: Radeon 8060S Vulkan, M3 Max, RTX 4090) to a median measured/estimated of
# 1.00 once they are scored with their real width (a GGUF's expert_feed_forward_length, config.json's
# moe_intermediate_size), which prices their experts at 97 % of the layers instead of the usual 95 %: 0.83 at 768,
# 0.90 at DeepSeek-V2-Lite's 1,408, 0.79 at Qwen3.5's 512. Until then the tier model and the offline list priced
# Qwen3-30B-A3B at 95 % and the vendor factors above absorbed the rest, so a real file of it (its header gives the
# width) was told 16-22 % faster than the recommendation that named it; now the two agree. Hold-out: Qwen3-30B-A3B's
# seven runs as before (-25 % to +3 %); DeepSeek-V2-Lite's two, M2 Ultra +14 % → +5 % and RTX 5070 +78 % → +63 %;
# split runs with their experts in RAM (stated layout), median 9 % → 6 % (RTX 2080 Qwen3-30B-A3B `-ncmoe 36`
# +7 % → -4 %, DeepSeek-Coder-V2-Lite `-ncmoe 16` +13 % → +2 %). On the CPU too, so that a Mac, whose CPU and GPU
# read the same memory, does not move from one to the other for a loss measured on one side: its two Qwen3-30B-A3B
# CPU runs (bench_cpu_speed.py, scored there without a layout) are -10 % and +13 % with the real width and no
# factor, -22 % and -1 % with it.
NARROW_EXPERT_REFERENCE_WIDTH = 2880.0
NARROW_EXPERT_EXPONENT = 0.14


def narrow_expert_scale(spec: ModelSpec, shape: Shape) -> float:
    """The share of its decode rate a mixture whose experts are narrower than gpt-oss's keeps (1 for a dense model,
    experts 2,880 wide or wider, or of unknown width), on a GPU and on a CPU alike."""
    if active_parameters(spec) >= spec.parameters:
        return 1.0
    width = expert_width(spec, shape)
    if width is None or width <= 0 or width >= NARROW_EXPERT_REFERENCE_WIDTH:
        return 1.0
    return float((width / NARROW_EXPERT_REFERENCE_WIDTH) ** NARROW_EXPERT_EXPONENT)


# The gated delta-net mixtures (Qwen3-Next, Qwen3-Coder-Next, Qwen3.5/3.6-35B-A3B: llama.cpp's qwen3next and qwen35moe)
# decode below even that factor. Every public GPU run of them found is slower than it gives (the estimate 17 % to 131 %
# above each run), while the dense Qwen3.5/3.6 models, with the same delta-net layers, are not (19 runs on NVIDIA, AMD,
# Intel and Apple GPUs, median -6 %): it is the two together. At 3 B active parameters a token takes a few milliseconds,
# and there each delta-net layer's small kernels (short convolution, norms, gates, the state update), a router over
# 256-512 experts 512 wide and a gated shared expert weigh as they do not beside a dense model's large matrices (their
# 512-wide experts' own loss, `narrow_expert_scale`, apart). Fitted, as the factors above, to a median
# measured/estimated of 1.00 on the calibration half's runs of them from builds with llama.cpp's fused GATED_DELTA_NET
# op (March 2026, PR #19504, then its Metal and Vulkan kernels; before it the recurrence ran as some twenty ops a
# layer): Radeon 8060S ROCm Qwen3-Coder-Next and RTX 3090 Qwen3.6-35B-A3B (a custom mixed quant), whose errors
# (estimated/measured - 1) go from +17 % and +80 % to -21 % and +38 % with this factor and the width's together (0.66;
# 0.84 is this one alone). It scales the weights' read, not the fixed per-token costs. One factor for every backend: two
# runs cannot tell them apart. Hold-out (bench_gpu_speed.py): Arc Pro B70 SYCL and M2 Pro Metal Qwen3.6-35B-A3B, +71 %
# and +36 % without it, +21 % and -8 % with it; the runs of earlier builds stay above (Strix Halo Vulkan Qwen3-Next,
# November 2025: +96 % → +32 %; M4 Pro Qwen3-Coder-Next, February 2026, in the calibration half but left out of the fit:
# +131 % → +57 %). Other hybrid mixtures (Kimi Linear's delta attention, Granite 4.0-H, Nemotron-H, Jamba) have no
# public GPU run: no factor.
DELTA_NET_MOE_ARCHS = frozenset({"qwen3next", "qwen35moe"})
DELTA_NET_MOE_DECODE_EFFICIENCY = 0.84  # 0.66 with the narrow experts' 0.79


def delta_net_moe_cpu_scale(spec: ModelSpec) -> float:
    """A CPU running a gated delta-net mixture's layers (not only its experts, as with `--n-cpu-moe`) meets the same
    small operations, each a sync of its thread pool: `DELTA_NET_MOE_DECODE_EFFICIENCY` too. No public CPU run of
    these models since the fused op; the one before it (an M2 Max's CPU, mainline llama.cpp, March 2026: Qwen3-Next
    IQ4_XS at 12.3 tok/s, ik_llama.cpp PR #1361) is far below even that. So a Mac with a Pro or Max chip keeps
    them on its GPU, as its runs do, where the GPU's factor alone would move them to the CPU (where the GPU cannot
    hold them whole, a base M-series chip runs them, as every fine-grained mixture, on its CPU:
    `MOE_GPU_DECODE_EFFICIENCY_APPLE`)."""
    if spec.architecture in DELTA_NET_MOE_ARCHS and active_parameters(spec) < spec.parameters:
        return DELTA_NET_MOE_DECODE_EFFICIENCY
    return 1.0


def moe_gpu_decode_efficiency(vendor: GpuVendor, architecture: str | None = None) -> float:
    """The share of a GPU's dense decode rate a mixture of experts reaches, by the backend its vendor runs (and,
    for a gated delta-net mixture, `DELTA_NET_MOE_DECODE_EFFICIENCY` of that)."""
    if vendor == GpuVendor.NVIDIA:
        share = MOE_GPU_DECODE_EFFICIENCY
    elif vendor == GpuVendor.APPLE:
        share = MOE_GPU_DECODE_EFFICIENCY_APPLE
    else:
        share = MOE_GPU_DECODE_EFFICIENCY_NON_NVIDIA
    return share * (DELTA_NET_MOE_DECODE_EFFICIENCY if architecture in DELTA_NET_MOE_ARCHS else 1.0)


# Architectures whose routed experts are `feed_forward_length` wide (llama.cpp creates their ffn_*_exps tensors
# {n_embd, n_ff, n_expert}: Mixtral's llama, DBRX, Grok, PhiMoE, Granite MoE, OLMoE, Jamba): their files write no
# `expert_feed_forward_length`, and a split file or a catalogue shape has no expert tensors to measure
FF_IS_EXPERT_WIDTH_ARCHS = frozenset({"llama", "dbrx", "grok", "phimoe", "granitemoe", "olmoe", "jamba"})


def expert_width(spec: ModelSpec, shape: Shape) -> float | None:
    """One routed expert's hidden width: the file's `expert_feed_forward_length`; else from its expert tensors' bytes
    (E × gate, up, down × d_model × width at the file's average bytes per parameter); else, for an architecture whose
    experts are `feed_forward_length` wide (FF_IS_EXPERT_WIDTH_ARCHS), that length; else the nearest mixture's,
    borrowed by a model of its kind typed by its counts (`shape.borrowed_expert_width`); None where none is known."""
    if spec.expert_feed_forward:
        return float(spec.expert_feed_forward)
    if spec.expert_layer_bytes and spec.experts and shape.embedding and spec.file_size_bytes and spec.parameters > 0:
        per_parameter = spec.file_size_bytes / spec.parameters
        return max(spec.expert_layer_bytes) / (spec.experts * 3 * shape.embedding * per_parameter)
    if (spec.architecture or "") in FF_IS_EXPERT_WIDTH_ARCHS and shape.feed_forward:
        return float(shape.feed_forward)
    return borrowed_expert_width(spec)


# Mixtures whose routed experts a file keeps at another quant than its name: llama-quantize's MXFP4_MOE type writes
# every expert tensor (ne[2] > 1) in MXFP4 and the other weights in Q8_0 (llama-quant.cpp), and every published
# gpt-oss quant keeps the experts in their native MXFP4 (bartowski's README: "All quants keep the feed forward
# networks at mxfp4"; unsloth's Q8_0 is 12.1 GB against its Q4_K_M's 11.7). A decode reads those experts with the
# MXFP4 kernel whatever the name: rating the whole read by the name gave gpt-oss-20b's Q8_0 127 tokens/s, its MXFP4
# 119 and its Q4_K_M 120 on one card, for files of nearly one size.
EXPERTS_IN_MXFP4_ARCHS = frozenset({"gpt-oss"})


def expert_quants(spec: ModelSpec) -> tuple[str, str] | None:
    """(the routed experts' quant, the other weights' quant) for a mixture whose experts are stored at another quant
    than its file's name says, else None (every weight at the name's quant)."""
    if not spec.experts or spec.experts <= 1:
        return None
    quant = normalize_quant(spec.quant)
    if quant in NATIVE_MOE_QUANTS:
        return "MXFP4", "Q8_0"
    if (spec.architecture or "") in EXPERTS_IN_MXFP4_ARCHS and quant:
        return "MXFP4", quant
    return None


def gpu_decode_efficiency(spec: ModelSpec, expert_share: float) -> float:
    """The share of a GPU's peak bandwidth a decode of this file reaches (`quants.GPU_EFFICIENCY`, at most 95 %):
    its quant's, or for experts kept at another quant (`expert_quants`) the two kernels' weighed by the bytes each
    reads (`expert_share`: the experts' share of what the GPU reads)."""
    quants = expert_quants(spec)
    if quants is None or expert_share <= 0:
        return min(0.95, gpu_efficiency(spec.quant))
    share = min(1.0, expert_share)
    experts, rest = (min(0.95, gpu_efficiency(q)) for q in quants)
    return 1.0 / (share / experts + (1.0 - share) / rest)


def mixture_loss_applies(spec: ModelSpec, shape: Shape) -> bool:
    """Whether a model decodes with a mixture's GPU loss: it reads a part of its experts, and they are not wide."""
    if active_parameters(spec) >= spec.parameters:
        return False
    width = expert_width(spec, shape)
    return width is None or width < COARSE_EXPERT_WIDTH


def active_parameters(spec: ModelSpec) -> float:
    """Parameters read per token: all of them, or for mixture-of-experts models the shared part + active experts."""
    if spec.active_parameters:
        return min(spec.active_parameters, spec.parameters)
    if spec.experts and spec.active_experts and spec.experts > spec.active_experts:
        return spec.parameters * (1.0 - MOE_EXPERT_SHARE * (1.0 - spec.active_experts / spec.experts))
    return spec.parameters


def inactive_expert_bytes(spec: ModelSpec, expert_bytes: tuple[int, ...]) -> float | None:
    """The routed-expert bytes a token leaves unread: each layer's experts (`memory.expert_bytes_by_layer`: the
    file's own tensors, else their usual share) less the share a token picks (k of E). Counted from the experts'
    own bytes, not the file's average bytes per parameter: a file whose experts are quantized harder than its
    attention (gpt-oss: MXFP4 experts, 8-bit attention and embeddings) reads far more per token than its active
    parameters at the average size suggest. None when the experts are not known (the caller falls back)."""
    if not expert_bytes or not spec.experts or not spec.active_experts or spec.active_experts >= spec.experts:
        return None
    return sum(expert_bytes) * (1.0 - spec.active_experts / spec.experts)


@dataclass(frozen=True)
class Speed:
    point: float
    low: float
    high: float
    full: float = 0.0  # with every cell of the context in the cache (no spread): a long document's last answer


# A long context's cache is read for every token generated: once it is full, generation is slower than the point's
# short chat. Said (`Estimate.full_context_tokens_per_second`) from this context on, where it is at most this share
# of the point (newcomer round: a 32 GB M1 Pro asked for 32K was told ~11.0 tokens/s, and a 5 GiB cache read per
# token beside 13.5 GiB of weights makes that about 8 once a 30-page document fills it; only the range's low end,
# 5.1, said so, and nothing said why)
FULL_CONTEXT_SPEED_MIN_CONTEXT = 8192
FULL_CONTEXT_SPEED_SHARE = 0.9


def full_context_speed(point: float | None, full: float | None, context: int) -> float | None:
    """The generation speed with the context full, rounded, where it is worth saying beside `point` (see
    FULL_CONTEXT_SPEED_SHARE); None otherwise."""
    if point is None or not full or context < FULL_CONTEXT_SPEED_MIN_CONTEXT:
        return None
    return round(full, 1) if full <= FULL_CONTEXT_SPEED_SHARE * point else None


class SplitSeconds(NamedTuple):
    """Seconds one token takes, by the side whose measured spread they stray with: `gpu` the GPUs' work and every
    fixed cost (those a model wholly on the GPU pays too), `cpu` the work of the layers left to the processor,
    `link` the RAM layers' weights copied to the GPU for a prompt (llama.cpp's op offload: over PCIe, or within one
    memory). On a machine without a GPU, or with no layer on it, the range takes the CPU's spread (`range_family`):
    the `gpu` part is then only the fixed costs, or a prompt's products the GPU runs for the CPU (op offload)."""

    gpu: float
    cpu: float
    link: float = 0.0

    @property
    def total(self) -> float:
        return self.gpu + self.cpu + self.link


# How far real runs stray from the estimate, as (10th, 90th) percentile of measured ÷ predicted tokens/s on the
# calibration half (even rows) of benchmarks/data/cpu_decode_public.csv and gpu_decode_public.csv (numpy's default
# percentile, benchmarks/speed_ranges.py); the hold-out half was not used to choose them, except the decision below
# to keep the pre-fit CPU and GPU-prompt spreads, taken after seeing the in-sample ones fail it. Builds, drivers,
# backends (CUDA, ROCm, Vulkan, SYCL) and the program around llama.cpp move a real run this much on the same
# hardware. A family with fewer than 8 runs takes the wider of its own and the discrete GPUs' spread (said beside
# it). Partial offload has no spread of its own: each side's time strays as that side's runs do, the GPU's as the
# machine's GPU family, the CPU's as CPU runs (`split_rate`), so 39 layers of 40 on the GPU get nearly the GPU's
# range and 1 of 40 nearly the CPU's. (It took the union of the CPU and discrete-GPU spreads, which widened a Mac's
# top from 1.25 to 1.84 for one layer moved to its CPU.)
# Spreads are never narrower than the residuals of a model NOT fitted on the same runs: once a constant is set from
# a run (quants.py's per-core rates, the prefill factors), that run's error is ~0 by construction and its percentiles
# say nothing about new machines. So the CPU entries and the GPU prompt entries keep the spreads measured before
# the per-core rates and prefill terms were fitted (2.5x and 2.6x wide); their in-sample spreads (CPU decode
# 0.77-1.20, prompt 0.78-1.35) held only 62 % and 29-50 % of the hold-out.
# GPU entries, third batch of public runs (2026-12-06, gpu_README.md): each is the wider of the spread above it in
# the previous release and the calibration half's own p10/p90 now (56 decode runs, 32 prompt runs), so a spread
# only widens when new runs stray further; with fewer than 8 runs, the wider of that and the discrete GPUs'.
DECODE_SPREAD: dict[str, tuple[float, float]] = {
    "cpu": (0.75, 1.84),  # 21 runs before the per-core rates by core class were fitted on them
    "gpu": (0.63, 1.32),  # 30 runs: NVIDIA, AMD and Intel cards with GDDR memory (p10 0.66, p90 1.32)
    "hbm": (0.41, 1.25),  # 9 runs, P100 to H200; two 2023 builds far below the rest set the bottom
    "apple": (0.63, 1.25),  # 11 runs (0.90-1.07 after the base/Pro efficiency): kept at the earlier width
    # 6 runs (0.54-1.11), widened to the discrete GPUs' top; sixth batch: 11 runs, p10 0.43 (an Arc 140V on Vulkan
    # weeks after Xe2 support at 0.34, a Strix Halo ROCm MoE at 0.43): bottom widened to it
    "integrated": (0.43, 1.32),
}
PREFILL_SPREAD: dict[str, tuple[float, float]] = {
    "cpu": (0.60, 2.26),  # 5 runs before the per-core prompt rates were fitted on them, widened to the GPUs' bottom
    # 22 runs before the F16, MoE-tile and HBM prefill terms were fitted on them; kept with the fourth batch (32 runs,
    # p10 0.65, p90 1.49 once the Arc A-series factor is in)
    "gpu": (0.60, 1.55),
    "hbm": (0.60, 1.55),  # too few of its own: the discrete GPUs' spread
    # 6 runs, p10 0.61, p90 1.57 once the bench gives a Mac its own chip as CPU (the M4 rows then run on its GPU);
    # fifth batch with the M3/M4 (family 9) factor: 8 runs, p10 0.58, p90 1.67 (an M3 Max llama-cli MoE run low, an
    # M2 Ultra MoE run at micro-batch 2048 high): widened to them
    "apple": (0.58, 1.67),
    # 6 runs (p10 0.33, p90 1.29) once each iGPU has its own FP32 rate (gpus.json) and the shared_amd factor below,
    # widened to the discrete GPUs' top; the earlier 0.13 bottom came from the 10 TFLOPS every iGPU was assumed to have.
    # Fourth batch (gpu_README.md): 8 runs, p10 0.35, p90 1.66 (a Strix Halo's Vulkan MoE prompt at 1.88): top widened
    "integrated": (0.33, 1.66),
}
# A prompt's weights crossing PCIe (partial offload or experts in RAM beside a discrete GPU): the link's rate and the
# micro-batch (-ub, often raised to 2048 with experts in RAM) are not known, and no spread of its own has been
# measured (four public runs: bench_gpu_speed.py's partial section). That time keeps the union of the CPU and
# discrete-GPU prompt spreads, which every partial layout took before.
PREFILL_LINK_SPREAD = (
    min(PREFILL_SPREAD["cpu"][0], PREFILL_SPREAD["gpu"][0]),
    max(PREFILL_SPREAD["cpu"][1], PREFILL_SPREAD["gpu"][1]),
)
RANGE_FAMILIES = ("cpu", "gpu", "hbm", "apple", "integrated", "partial")


def range_family(machine: Machine, gpu_layers: int, total_layers: int) -> str:
    """Which measured spread a layout's speed range takes: CPU, a discrete GPU (GDDR), an HBM datacentre card,
    Apple silicon, an integrated GPU sharing system RAM, or partial offload (GPU and CPU together: each side's
    spread by its share of the time, `split_rate`)."""
    if not machine.gpus or gpu_layers <= 0:
        return "cpu"
    if gpu_layers < total_layers:
        return "partial"
    return gpu_family(machine)


def gpu_family(machine: Machine) -> str:
    """The measured spread the machine's (first) GPU takes: "apple", "integrated", "hbm" or "gpu" ("cpu" with none)."""
    if not machine.gpus:
        return "cpu"
    d = machine.gpus[0]
    if d.vendor == GpuVendor.APPLE:
        return "apple"
    if d.shared:
        return "integrated"
    # from the card's memory, not its efficiency scale: a calibration moves the scale (sizing/calibration.py)
    return "hbm" if d.hbm else "gpu"


def spread(table: dict[str, tuple[float, float]], family: str) -> tuple[float, float]:
    """(low, high) factors for a family, never excluding the point itself (low ≤ 1 ≤ high). "partial" is not a
    family of its own: see `split_rate`."""
    low, high = table[family]
    return min(low, 1.0), max(high, 1.0)


def split_rate(
    seconds: SplitSeconds,
    gpu_factor: float,
    cpu_factor: float,
    link_factor: float = 1.0,
) -> float:
    """Tokens per second when each side's time is divided by its own factor (a spread's low or high): a side that
    takes most of a token's time sets most of the range, one that takes little moves it little."""
    return 1.0 / (seconds.gpu / gpu_factor + seconds.cpu / cpu_factor + seconds.link / link_factor)


def prefill_range(
    point: float, family: str, seconds: SplitSeconds | None = None, machine: Machine | None = None
) -> tuple[float, float]:
    """The prompt-processing range around its point estimate (prefill is compute-bound: the context does not
    move it the way it moves decode, so only the measured spread counts). With `seconds` (`prefill_seconds`) a part
    on the CPU or across PCIe strays as its side does (`split_rate`): the CPU's as CPU runs, the link's
    `PREFILL_LINK_SPREAD`, the rest as `family`'s GPUs — for "partial", `machine`'s GPU family (`gpu_family`)."""
    if family == "partial":
        if seconds is None or machine is None:
            raise ValueError("a partial layout's prompt range needs its split seconds and its machine")
        family = gpu_family(machine)
    low, high = spread(PREFILL_SPREAD, family)
    if seconds is None or not (seconds.cpu or seconds.link):
        return point * low, point * high
    cpu_low, cpu_high = spread(PREFILL_SPREAD, "cpu")
    link_low, link_high = min(PREFILL_LINK_SPREAD[0], 1.0), max(PREFILL_LINK_SPREAD[1], 1.0)
    total = seconds.total
    return (
        point * total * split_rate(seconds, low, cpu_low, link_low),
        point * total * split_rate(seconds, high, cpu_high, link_high),
    )


def cpu_decode_rate(machine: Machine, quant: str | None, bytes_per_weight: float) -> float:
    """Weight bytes per second a decode reads on this machine's CPU (quants.cpu_decode_bytes_per_second), with the
    user's own benchmark's correction (calibration.py)."""
    rate = cpu_decode_bytes_per_second(
        quant,
        machine.cpu_class,
        cores=machine.cpu_cores,
        max_mhz=machine.cpu_mhz,
        ram_bandwidth_gbps=machine.ram_bandwidth_gbps,
        bytes_per_weight=bytes_per_weight,
        sockets=machine.cpu_sockets,
        efficiency_cores=machine.cpu_efficiency_cores,
        efficiency_class=machine.cpu_efficiency_class,
        apple_tier=machine.cpu_apple_tier,
    )
    return rate * machine.cpu_speed_scale


def _seconds_per_token(
    spec: ModelSpec,
    shape: Shape,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    gpu_layers: int,
    layers_read: float,
    output_bytes: int,
    fill: int,
    bytes_per_weight: float,
    output_on_gpu: bool,
    kv_on_gpu: bool = True,
    expert_read_bytes: float = 0.0,
) -> SplitSeconds:
    """One token's seconds, split as `SplitSeconds`: the CPU part is what the processor reads for the layers left to
    it (their weights and cache, and the output matrix when it stays in RAM). The fixed costs, and with -nkvo the
    GPU layers' cache read from RAM and its round trips, stay in the GPU part: a model wholly on the GPU takes its
    GPU family's spread with them, and one layer moved to the CPU must not change that. `expert_read_bytes`: the
    routed experts' share of `layers_read` (the picked experts' bytes), for the efficiency of their own kernel."""
    n = shape.layers
    kv = kv_cache_bytes(spec, shape, context, kv_type, cells=fill)
    # -nkvo: the cache is in a plain CPU buffer, which no GPU backend takes (Metal's and Vulkan's supports_buft
    # refuse it, as CUDA's does), so the CPU reads it and each GPU layer's attention is a round trip (NKVO_LAYER_S),
    # on Apple silicon and integrated GPUs too
    kv_in_ram = not kv_on_gpu and bool(machine.gpus) and gpu_layers > 0
    gpu_kv = 0.0 if kv_in_ram else kv / n * gpu_layers
    gpu_bytes = layers_read / n * gpu_layers + gpu_kv + (output_bytes if output_on_gpu else 0)
    cpu_bytes = layers_read / n * (n - gpu_layers) + (kv - gpu_kv) + (0 if output_on_gpu else output_bytes)

    seconds = CPU_TOKEN_FIXED_S + CPU_SAMPLING_S_PER_VOCAB * shape.vocab
    cpu_seconds = 0.0
    narrow = narrow_expert_scale(spec, shape)  # narrow experts' loss, the GPU's and the CPU's alike
    if kv_in_ram:
        seconds += NKVO_LAYER_S * shape.attention_layers * gpu_layers / n
    if gpu_bytes and machine.gpus:
        gpu_experts = expert_read_bytes / n * gpu_layers
        eff = gpu_decode_efficiency(spec, gpu_experts / gpu_bytes)  # never above 95 % of a GPU's peak
        moe = mixture_loss_applies(spec, shape)
        budgets = [max(d.budget_bytes, 1) for d in machine.gpus]
        total = sum(budgets)
        for d, b in zip(machine.gpus, budgets, strict=True):  # layers split by each device's share
            scale = (moe_gpu_decode_efficiency(d.vendor, spec.architecture) if moe else 1.0) * narrow
            seconds += gpu_bytes * (b / total) / (eff * scale * d.efficiency_scale * d.bandwidth_gbps * 1e9)
        seconds += GPU_LAYER_FIXED_S * gpu_layers
    if cpu_bytes:
        # the delta-net scale on the layers the CPU runs, not on the output matrix or a -nkvo cache it also reads
        cpu_layers = layers_read / n * (n - gpu_layers)
        rate = cpu_decode_rate(machine, spec.quant, bytes_per_weight)
        layers_rate = rate * delta_net_moe_cpu_scale(spec) * narrow
        gpu_cache_in_ram = kv / n * gpu_layers if kv_in_ram else 0.0  # -nkvo: the GPU layers' cache (see above)
        cpu_seconds = cpu_layers / layers_rate + (cpu_bytes - cpu_layers - gpu_cache_in_ram) / rate
        seconds += gpu_cache_in_ram / rate
    return SplitSeconds(gpu=seconds, cpu=cpu_seconds)


def decode_speed(
    spec: ModelSpec,
    shape: Shape,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    gpu_layers: int,
    weights_bytes: int,
    layers_weights_bytes: int,
    output_bytes: int,
    output_on_gpu: bool | None = None,
    kv_on_gpu: bool = True,
    inactive_bytes: float | None = None,
) -> Speed:
    """Tokens generated per second with `gpu_layers` of the repeating layers on the GPUs and the output matrix
    (lm_head, read once per token) there when `output_on_gpu` (None: with every layer on the GPU only). llama.cpp's
    `-ngl N` below the layers puts the last N - 1 repeating layers *and* the output layer on the GPU
    (llama-model.cpp `load_tensors`: the output is layer n_layer, offloaded first), so a split by layers passes
    N - 1 and True. `kv_on_gpu` False: the KV cache in system RAM (-nkvo), its attention on the CPU.
    `inactive_bytes`: the weight bytes a token leaves unread (a mixture's unpicked experts, `inactive_expert_bytes`)."""
    on_gpu = gpu_layers >= shape.layers if output_on_gpu is None else output_on_gpu
    bytes_per_param = weights_bytes / spec.parameters
    # the experts a token does not pick: their own bytes where known (`inactive_expert_bytes`), else the inactive
    # parameters at the file's average bytes per parameter
    inactive = (
        (spec.parameters - active_parameters(spec)) * bytes_per_param if inactive_bytes is None else inactive_bytes
    )
    layers_read = max(0.0, layers_weights_bytes - inactive)
    # the picked experts' bytes, read with their own kernel where the file keeps them at another quant
    # (`expert_quants`): a token picks k of E, so k / (E - k) of what it leaves unread
    picked = spec.active_experts or 0
    expert_read = (
        min(layers_read, inactive_bytes * picked / (spec.experts - picked))
        if inactive_bytes and spec.experts and 0 < picked < spec.experts
        else 0.0
    )
    per_token = functools.partial(
        _seconds_per_token,
        spec,
        shape,
        machine,
        context=context,
        kv_type=kv_type,
        gpu_layers=gpu_layers,
        layers_read=layers_read,
        output_bytes=output_bytes,
        bytes_per_weight=bytes_per_param,
        output_on_gpu=on_gpu,
        kv_on_gpu=kv_on_gpu,
        expert_read_bytes=expert_read,
    )
    point = per_token(fill=min(context, POINT_FILL_TOKENS)).total
    full = per_token(fill=context)
    empty = per_token(fill=0)
    family = range_family(machine, gpu_layers + (1 if on_gpu else 0), shape.layers)
    # each side's time strays as its runs do: the GPU's part (and the fixed costs) as the machine's GPU family, the
    # CPU's layers as CPU runs (for a model on the GPU alone that part is nil, for one on the CPU alone both are "cpu")
    low, high = spread(DECODE_SPREAD, gpu_family(machine) if family == "partial" else family)
    cpu_low, cpu_high = spread(DECODE_SPREAD, "cpu")
    if not kv_on_gpu and family != "cpu":  # the CPU's part strays as CPU runs do: their bottom, never a higher top
        low = min(low, cpu_low)
    bottom = split_rate(full, low, cpu_low)
    top = split_rate(empty, high, cpu_high)
    # never above what the RAM can deliver: every active weight in it read once at the whole bandwidth, not a share
    # the bandwidth figure is what an all-core read draws (ram_spec.ACHIEVABLE_SHARE of the memory's peak); on
    # Apple silicon it is the chip's peak itself (Apple's table)
    peak = machine.ram_bandwidth_gbps / (1.0 if machine.cpu_apple_tier else ACHIEVABLE_SHARE) * 1e9
    if gpu_layers <= 0 and not on_gpu and peak > 0:
        ceiling = peak / max(layers_read + output_bytes, 1.0)
        top = max(min(top, ceiling), 1.0 / point)  # the range still holds its point
    elif family == "partial" and peak > 0 and empty.cpu:
        # the same bound on the CPU's part alone, so that a layer moved to the CPU never tops the CPU's own range
        cpu_read = layers_read / shape.layers * (shape.layers - gpu_layers) + (0 if on_gpu else output_bytes)
        top = 1.0 / (empty.gpu / high + max(empty.cpu / cpu_high, cpu_read / peak))
        top = max(top, 1.0 / point)
    return Speed(point=1.0 / point, low=bottom, high=top, full=1.0 / full.total)


# Prompt processing on a GPU: the share of its FP32 shader rate a prefill batch turns into matrix FLOPs. NVIDIA
# cards with tensor cores (Volta and later) exceed their shader rate (int8/f16 MMA kernels); AMD's RDNA 3 counts
# dual-issue in its FP32 figure that matrix kernels rarely use; older NVIDIA, Intel and integrated GPUs reach less.
# Chosen on the calibration half of public measurements (benchmarks/bench_gpu_speed.py): RTX 30/40 cards 1.45,
# a Tesla P40 0.9, RX 7900 XTX 0.8, RX 9070 XT (matrix cores) 1.4, Apple M2 0.5; AMD's RDNA 3/3.5 integrated GPUs
# (Radeon 780M, 890M, 8060S) 0.37 of the table's dual-issue rate (the median measured/predicted of the calibration
# half's five AMD iGPU runs once each has its own rate: 8060S ×3, 890M, 780M; about 3/4 of the single-issue rate,
# well below the RX 7900 XTX's 0.8: an iGPU runs at a fraction of its boost clock within a laptop's power), other
# integrated GPUs 0.4 (kept: their one public run, a Meteor Lake Arc under Ollama's Vulkan, ran at 0.39 of its
# estimate). GB10 (DGX Spark) shares its RAM but has a GeForce's tensor cores: NVIDIA's factor. Arc B-series (XMX
# engines) 1.9: the B580's dense run measured 1.63× and the B50's MoE run (after the MoE term below) 1.04× the
# earlier 1.5 (geometric mean 1.3; the B70 row is left aside: the GPU table has no FP32 rate for it). NVIDIA's HBM
# datacentre cards (V100, A100, H100/H200) run FP16 tensor maths at full rate with FP32 accumulation, 8-16× their
# shader rate where a GeForce has 2×: 2.3, the calibration half's one such run (Tesla V100, Qwen2.5-Coder-3B Q4_0
# pp4096, llama.cpp PR #12183) — a conservative share for the A100/H100, whose tensor ratio is larger still. Apple
# M5 and later 2.0 (APPLE_TENSOR_GENERATION below). Intel's Arc A-series (Alchemist) 0.34: llama.cpp's Vulkan backend,
# what LM Studio and Ollama run on them, leaves their XMX engines idle (its logs say "matrix cores: none"; cooperative
# matrices stay off on discrete Xe1 after regressions, llama.cpp PR #24404), so they multiply on plain shaders; the
# calibration half's two A770 Vulkan runs measured 0.14 and 0.23 of the B-series factor (geometric mean 0.18 × 1.9).
PREFILL_GPU_FACTOR = {
    "nvidia_tensor": 1.45,
    "nvidia_hbm": 2.3,
    "nvidia": 0.9,
    "amd_instinct": 1.0,
    "amd_rdna4": 1.4,
    "amd": 0.8,
    "intel": 1.9,
    "intel_alchemist": 0.34,
    "apple": 0.5,
    "apple_family9": 0.9,
    "apple_tensor": 2.0,
    "shared": 0.4,
    "shared_amd": 0.37,
    "other": 0.5,
}
# Apple's M5 GPUs carry a matrix unit in every core ("neural accelerators", Metal 4's tensor API), which llama.cpp
# uses for prompt batches since its PR #16634: Apple quotes over 4x the M4's peak GPU compute for AI, so 4x the
# shader-rate share of the earlier chips. The calibration half's one M5 run (Phi-2 Q4_0 pp512) measured 4.8x the
# old estimate; the rounder vendor figure is kept.
APPLE_TENSOR_GENERATION = 5
# Apple's M3 and M4 GPUs (Metal GPU family 9) have a new shader core whose schedulers dual-issue: an FP32 beside an
# FP16 or integer instruction each cycle, where M1/M2 issue one (Apple's tech talk "Explore GPU advancements in M3
# and A17 Pro", 2023, as AppleInsider summarised it on 2023-11-10), and llama.cpp's quantised prompt kernels mix
# all three (integer unpacking, FP16 simdgroup matrices, FP32 sums), so the same table rate does more. Their clock is
# not the cause: the table's 3.5 TFLOPS for a base M4 is within 7 % of the 3.76 a GPU database gives (hmc-tech.com).
# Calibration half (gpu_decode_public.csv): the base M4's one llama-bench prompt run measured 1.78x the M1/M2 factor
# (0.89, rounded to 0.9); an M3 Max llama-cli MoE run of inferred model and quant measured 0.98x (kept in the spread).
# Sixth batch: LocalScore's llamafile of early 2025 gave M3/M4 chips only 1.2-1.4x an M1/M2's rate per FLOP (M3/M4 rows
# at 0.70/0.81 of the estimate, all inside the range): a tool and build difference, as on AMD, so the factor stays.
APPLE_FAMILY9_GENERATIONS = (3, 4)
ASSUMED_GPU_TFLOPS = 10.0  # a GPU whose compute the table does not know: a mid-range card
# An integrated GPU the table cannot name: drivers give a plain "AMD Radeon(TM) Graphics" / "Intel UHD Graphics"
# for the smaller ones (Vega 3-8, a Raphael's 2 CUs, a Ryzen Z1; gpus.json lists 0.6-2.6 TFLOPS for them), while
# the big ones say their name (780M, 890M, 8060S, Arc 140V): about a Vega 8 / Iris Xe / Ryzen Z1, not a 780M.
ASSUMED_SHARED_GPU_TFLOPS = 2.0
# Intel's "HD Graphics 6xx" / "UHD Graphics 6xx/7xx" named so: the 24-EU parts of most older laptops (Gen9-Gen12
# GT1/GT2, 192 shaders near 1 GHz: TechPowerUp lists the HD Graphics 620 at 403 GFLOPS), a fifth of an Iris Xe
# (newcomer round: an i5-7200U's HD Graphics 620 was given 2 TFLOPS, its prompt read 5x too fast)
ASSUMED_INTEL_HD_TFLOPS = 0.4
_INTEL_HD = re.compile(r"\bu?hd\s+graphics\b", re.IGNORECASE)


def assumed_tflops(name: str, shared: bool) -> tuple[float, str]:
    """The FP32 rate assumed for a GPU the table gives none, and which kind it is taken for ("card", "integrated",
    "intel_hd")."""
    if not shared:
        return ASSUMED_GPU_TFLOPS, "card"
    if _INTEL_HD.search(name):
        return ASSUMED_INTEL_HD_TFLOPS, "intel_hd"
    return ASSUMED_SHARED_GPU_TFLOPS, "integrated"


PREFILL_ATTENTION_TOKENS = 2048  # the prompt length whose attention cost the rate includes
_NO_TENSOR = (
    "GeForce 10",
    "GeForce 16",
    "GeForce 900",
    "GeForce 700",
    "Tesla Kepler",
    "Tesla Maxwell",
    "Tesla Pascal",
    "Quadro Kepler",
    "Quadro Maxwell",
    "Quadro Pascal",
)


def gpu_tflops(d: Device) -> float:
    """The FP32 rate a device's prompt speed rests on: the GPU table's (its maker's figure), else an assumed one."""
    if d.fp32_tflops:
        return d.fp32_tflops
    return assumed_tflops(d.name, d.shared)[0]


def _prefill_factor(d: Device) -> float:
    vendor = getattr(d, "vendor", None)
    family = getattr(d, "family", None) or ""
    if getattr(d, "shared", False) and vendor != GpuVendor.NVIDIA:  # a GB10 has a GeForce's tensor cores
        return PREFILL_GPU_FACTOR["shared_amd" if vendor == GpuVendor.AMD else "shared"]
    if vendor == GpuVendor.NVIDIA:
        if family.startswith(_NO_TENSOR):
            return PREFILL_GPU_FACTOR["nvidia"]
        return PREFILL_GPU_FACTOR["nvidia_hbm" if getattr(d, "hbm", False) else "nvidia_tensor"]
    if vendor == GpuVendor.APPLE:
        generation = re.match(r"Apple M(\d+)", family)
        tensor = generation is not None and int(generation.group(1)) >= APPLE_TENSOR_GENERATION
        if generation is not None and int(generation.group(1)) in APPLE_FAMILY9_GENERATIONS:
            return PREFILL_GPU_FACTOR["apple_family9"]
        return PREFILL_GPU_FACTOR["apple_tensor" if tensor else "apple"]
    if vendor == GpuVendor.AMD:
        if "Instinct" in family:
            return PREFILL_GPU_FACTOR["amd_instinct"]
        return PREFILL_GPU_FACTOR["amd_rdna4" if "RX 9000" in family or "Navi IV" in family else "amd"]
    if vendor == GpuVendor.INTEL and family.startswith("Alchemist"):
        return PREFILL_GPU_FACTOR["intel_alchemist"]
    return PREFILL_GPU_FACTOR.get(getattr(vendor, "value", "other"), PREFILL_GPU_FACTOR["other"])


# F16/BF16 weights skip dequantisation: llama.cpp hands them to the vendor's GEMM (cuBLAS, rocBLAS, Metal's
# simdgroup matrices) on the tensor/matrix units. Calibration half: an RTX 4090 runs LLaMA 7B F16 1.38× its Q4_0
# (same build, llama.cpp PR #4766) and an M2 Ultra's 3B F16 measured 1.58× the estimate where its Q4_0 runs
# measured 0.59-0.62×; the factor is the calibration rows' median that makes F16 and quantised rows agree.
PREFILL_FLOAT_FACTOR = 1.3
# A mixture-of-experts prompt batch splits its tokens among the routed experts (llama.cpp's mul_mat_id): each
# expert multiplies micro-batch × active ÷ experts tokens — 32 for 8 of 128 experts, 10 for 10 of 512 — and a
# matrix kernel fed fewer tokens than its tile (MOE_FULL_TILE_TOKENS, the widest token tile of llama.cpp's MMQ
# kernels) leaves most of it idle. MOE_PREFILL_FLOOR is the calibration half's measured/predicted for fine-grained
# MoE (Qwen3-Coder-Next 80B-A3B on a Radeon 8060S 0.35, Gemma-4 26B-A4B on an Arc Pro B50 0.36); expert counts
# unknown (no GGUF header) are taken as fine-grained, as every recent MoE release is. (The 8060S figure was taken
# when every iGPU was assumed to have 10 TFLOPS; with its own rate that run is at 0.73 of the estimate: kept.)
MOE_FULL_TILE_TOKENS = 128
MOE_PREFILL_FLOOR = 0.35


def _prefill_attention_factor(spec: ModelSpec) -> float:
    """The share of the family's prompt rate the attention over the prompt reaches: the weights' type's, never the
    mixture's small per-expert batches (attention is not routed: every token's runs over the whole micro-batch).
    A 32K prompt to Qwen3-30B-A3B was counted 3.6x slower in its attention than it is, and filled its context in
    about as long as a dense 24B does (newcomer round), though it reads a short prompt 2.4x as fast."""
    return PREFILL_FLOAT_FACTOR if normalize_quant(spec.quant) in ("F16", "BF16") else 1.0


def _prefill_kernel_factor(spec: ModelSpec) -> float:
    """The share of the family's prompt rate this model's matrix kernels reach on a GPU: F16/BF16 on the BLAS path,
    fine-grained mixtures of experts on small per-expert batches."""
    factor = _prefill_attention_factor(spec)
    if active_parameters(spec) < spec.parameters:
        if spec.experts and spec.active_experts:
            per_expert = PREFILL_UBATCH * min(spec.active_experts, spec.experts) / spec.experts
            factor *= min(1.0, max(MOE_PREFILL_FLOOR, per_expert / MOE_FULL_TILE_TOKENS))
        else:
            factor *= MOE_PREFILL_FLOOR
    return factor


PCIE_BYTES_PER_S = 25e9  # a PCIe 4.0 x16 link, as copies reach it
# On a Mac the weights left in RAM stay on the CPU for a prompt too: Metal has no host buffer type, so they go to
# the CPU backend's repack buffer, which current llama.cpp uses on every Apple core for Q4_0, Q4_K, Q5_K, Q6_K,
# Q8_0, IQ4_NL and MXFP4 (ggml-cpu/repack.cpp, NEON with dotprod or i8mm), and a repacked buffer is no host buffer:
# the scheduler's op offload (ggml-backend.cpp) asks `ggml_backend_buffer_is_host` and leaves them to the CPU. CUDA,
# HIP and Vulkan put them in their own pinned host buffer, first in llama.cpp's list, and nothing is repacked.
PREFILL_UBATCH = 512  # llama.cpp's micro-batch: weights kept in RAM cross the link once per micro-batch
# Weights in system RAM beside a discrete GPU, whether whole layers (-ngl below the layers) or only the routed
# experts (--n-cpu-moe, --cpu-moe): llama.cpp's scheduler runs a prompt micro-batch's products with them on the GPU
# (`op_offload`, on unless --no-op-offload: ggml-backend.cpp asks the GPU backend, and CUDA takes an op of 32 tokens
# or more, ggml-cuda.cu `op_offload_min_batch_size`) and copies the weights over PCIe first, once per micro-batch.
# For the experts it copies only those the micro-batch's tokens picked (ggml-backend.cpp: "copying only the experts
# that are used"), and a 512-token micro-batch picking k of E experts per token leaves almost none out (8 of 128:
# each is missed with probability (1 - 8/128)^512, about 1e-14), so every expert in RAM crosses. One rule for both
# (`prefill_speed`'s `ram_weights_bytes`): those bytes / PCIE_BYTES_PER_S / PREFILL_UBATCH seconds per token. The
# advisor does not model --no-op-offload (the products then run on the CPU).
# Several GPUs: llama.cpp's default split (--split-mode layer) puts each layer on one card, so a micro-batch passes
# through the cards one after the other, each at its own rate: the prompt rate is not the cards' sum. The only
# overlap is its pipeline parallelism, enabled when every layer (output included) is on the GPUs, the split is by
# layer, the KV cache is offloaded (not -nkvo: `cparams.offload_kqv`) and no tensor is overridden
# (llama-context.cpp); it keeps at most GGML_SCHED_MAX_COPIES micro-batches in flight (ggml-backend.cpp), and a
# prompt of one micro-batch (up to 512 tokens) has nothing to overlap.
PIPELINE_MAX_COPIES = 4


def prefill_speed(spec: ModelSpec, shape: Shape, machine: Machine, **options: Any) -> float:
    """Prompt tokens processed per second (time to first token = prompt length / this): 1 / `prefill_seconds`, which
    takes the same options."""
    return 1.0 / prefill_seconds(spec, shape, machine, **options).total


def prefill_seconds(
    spec: ModelSpec,
    shape: Shape,
    machine: Machine,
    *,
    gpu_layers: int,
    context: int,
    layers_weights_bytes: int = 0,
    prompt_tokens: int | None = None,
    pipeline: bool = True,
    ram_weights_bytes: float | None = None,
    kv_on_gpu: bool = True,
) -> SplitSeconds:
    """Seconds per prompt token, split by the side whose spread they stray with (`SplitSeconds`: the GPUs' products,
    with the attention -nkvo sends to the CPU, as a model wholly on the GPU has it; the CPU's layers; weights
    crossing PCIe).

    Compute-bound: every prompt token costs 2 FLOPs per active matrix weight (the token-embedding lookup costs
    nothing; the output matrix counts) plus attention over the prompt so far (4 × heads × head size per layer and
    token, at half the prompt on average: `prompt_tokens`, or a 2,048-token prompt the context holds). Layers on the
    GPU run at its FP32 rate × the backend's factor × the model's kernel factor (F16, mixture of experts); a model
    with no layer on a GPU runs at the CPU's (cores × per-core FLOPs of its SIMD class, scaled by clock). With
    layers left in RAM (or all of them, -ngl 0), llama.cpp still runs a prompt batch's matrix products on the GPU
    (op offload: the CUDA, HIP and Vulkan backends take a product of 32 tokens or more whose weights are in their
    host buffer, and the scheduler's expansion brings those layers' attention along) and copies those layers'
    weights once per 512-token micro-batch: over PCIe to a card, within the one memory to an integrated GPU (read
    and written at the RAM's speed), which is then the cost of the RAM part; not on a Mac, whose weights in RAM
    are repacked for its CPU, which then multiplies them, the routed experts kept in RAM too (see the note above
    PREFILL_UBATCH); `ram_weights_bytes` (default: the layers left in RAM,
    `layers_weights_bytes` × their share) are the weights that cross so, e.g. the routed experts kept in RAM with
    every layer on the GPU (see PCIE_BYTES_PER_S). On several GPUs each card runs its share of the layers in turn
    (see PIPELINE_MAX_COPIES; `pipeline=False` when tensors are overridden, e.g. experts kept in RAM, or the KV
    cache is not offloaded, which turn llama.cpp's pipeline off). With the KV cache in system RAM (`kv_on_gpu`
    False, -nkvo) the GPU layers' attention over the prompt runs on the CPU, at its rate for F16 products (llama.cpp
    PR #4812's 2024 build measured a prompt 17× slower so, before CPU flash attention: that run is far below this
    estimate, which follows today's CPU kernels).
    """
    matmul = active_parameters(spec) - (0 if shape.tied_embeddings else shape.vocab * shape.embedding)
    prompt = prompt_tokens or min(context, PREFILL_ATTENTION_TOKENS)
    attention = 4 * shape.attention_layers * shape.heads * shape.head_dim * prompt / 2
    flops = 2 * max(matmul, 1.0) + attention
    n = shape.layers
    gpu_share = gpu_layers / n if machine.gpus else 0.0
    seconds = 0.0  # the GPU part
    discrete = bool(machine.gpus) and not machine.unified
    # op offload: the products of weights in RAM run on the first GPU, with every layer in RAM too (-ngl 0 with a
    # GPU build: LM Studio's "GPU Offload" 0), except on a Mac (see the note above PREFILL_UBATCH)
    offloaded = bool(machine.gpus) and not all(d.vendor == GpuVendor.APPLE for d in machine.gpus)
    on_gpu_flops = flops  # per token, for the layers on the GPUs
    kept = 0.0  # FLOPs per token of routed experts kept in RAM that the CPU multiplies (a Mac: no op offload)
    if not offloaded and ram_weights_bytes and layers_weights_bytes > 0 and spec.experts and spec.active_experts:
        routed = ram_weights_bytes / layers_weights_bytes * spec.parameters * spec.active_experts / spec.experts
        kept = min(2 * routed, flops - attention)
        on_gpu_flops -= kept
    if gpu_share > 0 and not kv_on_gpu:  # -nkvo: the GPU layers' attention runs where the cache is, on the CPU
        on_gpu_flops -= attention
        seconds += attention * gpu_share / _cpu_prefill_rate(machine, "F16")
    kernel, attention_kernel = _prefill_kernel_factor(spec), _prefill_attention_factor(spec)
    if gpu_share > 0:
        gpu_attention = attention if kv_on_gpu else 0.0  # the matrix products at the kernels', attention at its own
        for part, factor in ((on_gpu_flops - gpu_attention, kernel), (gpu_attention, attention_kernel)):
            seconds += _gpu_prefill_seconds(
                machine, part * gpu_share, factor, prompt=prompt, pipeline=pipeline and gpu_share >= 1
            )
    if offloaded and gpu_share < 1:  # the RAM layers' products run on the first GPU, discrete or not
        d = machine.gpus[0]
        rate = gpu_tflops(d) * 1e12 * _prefill_factor(d)
        seconds += (1 - gpu_share) * ((flops - attention) / kernel + attention / attention_kernel) / rate
    copied = (1 - gpu_share) * layers_weights_bytes if ram_weights_bytes is None else ram_weights_bytes
    link = 0.0
    if offloaded and discrete and copied > 0:  # the weights in RAM cross PCIe once per micro-batch
        link = copied / PCIE_BYTES_PER_S / PREFILL_UBATCH
    elif offloaded and copied > 0:  # one memory: copied into the GPU's buffers, read and written at its speed
        link = 2 * copied / (machine.ram_bandwidth_gbps * 1e9) / PREFILL_UBATCH
    cpu = 0.0 if offloaded else ((1 - gpu_share) * flops + kept) / _cpu_prefill_rate(machine, spec.quant)
    return SplitSeconds(gpu=seconds, cpu=cpu, link=link)


def _cpu_prefill_rate(machine: Machine, quant: str | None) -> float:
    """FLOPs per second llama.cpp's thread pool gets on this machine's CPU for products in `quant`."""
    return cpu_prefill_pool_flops_per_second(
        quant,
        machine.cpu_class,
        machine.cpu_mhz,
        cores=machine.cpu_cores,
        efficiency_cores=machine.cpu_efficiency_cores,
        efficiency_class=machine.cpu_efficiency_class,
    )


def _gpu_prefill_seconds(machine: Machine, flops: float, kernel: float, *, prompt: int, pipeline: bool) -> float:
    """Seconds per prompt token for the layers on the GPUs: split among the cards by their share of the budget (as
    llama.cpp splits layers by free memory), run one card after the other, with the pipeline's overlap where it
    applies: m micro-batches take the cards' sum once and then, for each further one, the slowest card's time or
    the sum over the micro-batches in flight, whichever is longer."""
    budgets = [max(d.budget_bytes, 1) for d in machine.gpus]
    total = sum(budgets)
    stages = [
        flops * b / total / (gpu_tflops(d) * 1e12 * _prefill_factor(d) * kernel)
        for d, b in zip(machine.gpus, budgets, strict=True)
    ]
    seconds = sum(stages)
    if not pipeline or len(stages) < 2 or machine.unified:
        return seconds
    micro = max(1, -(-prompt // PREFILL_UBATCH))
    period = max(max(stages), seconds / PIPELINE_MAX_COPIES)
    return (seconds + (micro - 1) * period) / micro


DOCUMENT_WORDS = 2000  # the example the app and the CLI give: a few pages of text pasted into a prompt
# from this context on, the wait for a prompt that fills it is said too, with the words it holds: at 4K too, though it
# holds little more than the 2,000-word document, since "about 3,000 words" is what tells a person that a 10-page PDF
# does not fit in LM Studio's default context (newcomer round: it was said from 8K only)
FILL_MIN_CONTEXT = 4096
TOKENS_PER_WORD = 1.35  # English and Spanish prose average about 1.3–1.5 tokens a word in current tokenizers
# up to half this context, the prompt line says how to size for a longer text and what this context holds then
# (newcomer round: a 20-page PDF, about 10,000 words, read "fills the whole context (4,096 tokens, about 3,000
# words)" and was not told how to ask for more): 16K holds about 12,000 words, a 20- to 30-page document
LONGER_CONTEXT_TOKENS = 16384


def longer_context_tokens(context: int | None) -> int | None:
    """The context to suggest for a longer text than `context` holds: LONGER_CONTEXT_TOKENS, where that at least
    doubles it (code review: at 16,000 tokens "16384 holds about 12,100 words" was 200 words more); None otherwise,
    or where `context` is unknown."""
    if not isinstance(context, int) or isinstance(context, bool) or 2 * context > LONGER_CONTEXT_TOKENS:
        return None
    return LONGER_CONTEXT_TOKENS


def document_wait(prompt_tokens_per_second: float | None, words: int = DOCUMENT_WORDS) -> tuple[int, float] | None:
    """(tokens, seconds): how long a document of `words` words waits before the answer starts."""
    if not prompt_tokens_per_second or prompt_tokens_per_second <= 0:
        return None
    tokens = document_tokens(words)
    return tokens, tokens / prompt_tokens_per_second


def words_in(tokens: int) -> int:
    """About how many words of prose `tokens` tokens hold (rounded to hundreds), TOKENS_PER_WORD's inverse."""
    return int(round(tokens / TOKENS_PER_WORD, -2))


def document_tokens(words: int = DOCUMENT_WORDS) -> int:
    """About how many tokens a document of `words` words takes (rounded to hundreds: 2,000 words → 2,700)."""
    return int(round(words * TOKENS_PER_WORD, -2))


def document_fits(context: int | None, words: int = DOCUMENT_WORDS) -> bool:
    """Whether a document of `words` words fits in a context of `context` tokens (None: not known, so assumed)."""
    return context is None or document_tokens(words) <= context

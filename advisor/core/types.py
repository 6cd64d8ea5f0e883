"""Frozen dataclasses and enums shared by every core module and by both front ends.

Core returns data, never sentences: numbers carry their unit in the name, problems carry a code.
Everything here serialises with `advisor.core.jsonio.to_jsonable`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

SCHEMA_VERSION = 1
# the context LM Studio loads a model with unless told otherwise ("Context Length"): how to load a model sized at
# another says that context, in LM Studio's setting and llama.cpp's -c (messages.sizing.how_to_load); here, beside
# the types every front end imports at start-up, not in the sizing package, whose engine loads later
LM_STUDIO_DEFAULT_CONTEXT = 4096


# --------------------------------------------------------------------------- hardware


class GpuVendor(enum.StrEnum):
    NVIDIA = "nvidia"
    AMD = "amd"
    INTEL = "intel"
    APPLE = "apple"
    OTHER = "other"


@dataclass(frozen=True)
class RamInfo:
    total_bytes: int
    available_bytes: int
    bandwidth_gbps: float | None = None
    # "measured" (all-core copy test), "estimated" (typical machine), "table" (Apple unified), "file" (--hardware),
    # "ram_spec" (from type/speed/channels), "cpu_family" (from the CPU's name)
    bandwidth_source: str | None = None
    kind: str | None = None  # memory type: DDR4, DDR5, LPDDR5X... (a hardware file may say)
    speed_mts: int | None = None  # transfers per second, in millions (DDR5-5600 → 5600)
    channels: float | None = None  # 64-bit channels (a normal dual-channel PC: 2)
    # "detected" (the OS said what is free, other programs included) or "assumed" (a what-if: the system's reserve)
    available_source: str = "detected"


@dataclass(frozen=True)
class CpuInfo:
    brand: str
    arch: str
    physical_cores: int | None
    logical_cores: int | None
    flags: tuple[str, ...] = ()
    max_mhz: float | None = None  # the cores' top clock (a decode's compute rate scales with it)
    sockets: int | None = None  # CPU packages (Linux: distinct "physical id"); None: not known
    # of physical_cores, the slower kind (Intel E-cores, Arm LITTLE cores); 0: all alike; None: not known
    efficiency_cores: int | None = None


@dataclass(frozen=True)
class GpuInfo:
    name: str
    vendor: GpuVendor
    vram_total_bytes: int
    vram_free_bytes: int | None = None
    unified_memory: bool = False
    bandwidth_gbps: float | None = None
    power_limit_watts: float | None = None
    driver: str | None = None
    # which probe found it: nvml, nvidia-smi, gputil, sysfs, rocm-smi, sysctl, registry, file...
    source: str = "unknown"
    board_power_watts: float | None = None  # from the bundled GPU table, when matched
    index: int | None = None
    # the table entry whose figures were borrowed for a card the table does not know ("nearest" match)
    table_nearest: str | None = None
    fp32_tflops: float | None = None  # from the bundled GPU table, when matched


@dataclass(frozen=True)
class OsInfo:
    system: str
    release: str


@dataclass(frozen=True)
class ModelFile:
    path: str
    size_bytes: int


@dataclass(frozen=True)
class LmStudioInfo:
    home: str | None
    models_dir: str | None
    models: tuple[ModelFile, ...] = ()
    disk_free_bytes: int | None = None


@dataclass(frozen=True)
class ProbeResult:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


@dataclass(frozen=True)
class HardwareProfile:
    ram: RamInfo
    cpu: CpuInfo
    gpus: tuple[GpuInfo, ...]
    os: OsInfo
    lmstudio: LmStudioInfo
    probes: tuple[ProbeResult, ...] = ()
    schema_version: int = SCHEMA_VERSION
    # a battery seen by detection (a laptop; on Windows also a UPS reporting through the power API); None: not known
    battery: bool | None = None


# --------------------------------------------------------------------------- sizing


class FitLevel(enum.StrEnum):
    """The four answers users know from LM Studio, best first."""

    FULL_GPU = "full_gpu"
    PARTIAL_OFFLOAD = "partial_offload"
    CPU_ONLY = "cpu_only"
    TOO_LARGE = "too_large"


def nothing_fits(fits: Iterable[object]) -> bool:
    """Whether no size class fits this machine at all (every row's fit, a `FitLevel` or a saved report's text, is
    too large): what a "nothing recommended" verdict then blames is memory, not speed (newcomer round: at 200K on an
    8 GB Mac "nothing runs at a usable speed", where not even a 3B fits in its memory)."""
    seen = [str(f) for f in fits]
    return bool(seen) and all(f == FitLevel.TOO_LARGE for f in seen)


@dataclass(frozen=True)
class ModelSpec:
    """What the sizing engine needs to know about a model; unknown fields are filled by heuristics."""

    parameters: float
    quant: str | None = None  # "Q4_K_M", "F16", ...
    file_size_bytes: int | None = None
    architecture: str | None = None
    layers: int | None = None
    embedding: int | None = None
    heads: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    vocab: int | None = None
    context_train: int | None = None
    experts: int | None = None
    active_experts: int | None = None
    active_parameters: float | None = None
    sliding_window: int | None = None
    sliding_window_layers: int | None = None  # how many layers use the window (the rest use full context)
    token_embedding_bytes: int | None = None  # stays in host RAM even with every layer offloaded
    name: str | None = None
    attention_layers: int | None = None  # layers with a per-token KV cache (hybrid/recurrent models have fewer)
    kv_lora_rank: int | None = None  # MLA (DeepSeek): the cached latent width instead of full K/V
    feed_forward: int | None = None
    value_dim: int | None = None  # V length per head when it differs from head_dim
    tied_embeddings: bool | None = None  # output layer reuses the token-embedding matrix (read every token)
    # a vision projector (mmproj) loaded beside the model for image input: its weights, on the first GPU when one
    # is used (llama.cpp offloads it by default), else in RAM
    projector_bytes: int | None = None
    # what it adds for one image (advisor/core/sizing/projector.py): its compute buffer on the same device as its
    # weights, and the image's own buffers in host RAM; None: a Gemma-3-sized projector's
    projector_compute_bytes: int | None = None
    projector_host_bytes: int | None = None
    expert_feed_forward: int | None = None  # one routed expert's hidden width (`expert_feed_forward_length`)
    # the fixed state of the recurrent (SSM / linear-attention) layers of one sequence, all layers together (f32;
    # llama.cpp allocates it beside the KV cache whatever the context)
    recurrent_state_bytes: int | None = None
    # the recurrent block's widths (`ssm.inner_size`, `ssm.state_size`, `ssm.group_count`, `ssm.time_step_rank`):
    # they set the compute buffer's peak in hybrids whose recurrent block is wider than the feed-forward
    ssm_inner: int | None = None
    ssm_state: int | None = None
    ssm_groups: int | None = None
    ssm_heads: int | None = None
    # bytes of the routed-expert tensors (`blk.N.ffn_*_exps`) of each layer, in layer order (0 for a dense layer):
    # what `--n-cpu-moe N` keeps in system RAM for the first N layers
    expert_layer_bytes: tuple[int, ...] | None = None
    # Gemma 3n's per-layer token embeddings (`per_layer_token_embd`): an input tensor, so in host RAM like the
    # token embedding whatever the offload, and never copied to a GPU (None: estimated from the shape)
    per_layer_embedding_bytes: int | None = None
    # KV-cache elements per cell summed over the cached full-context layers and over the cached sliding-window
    # layers, when the file gives layers different head sizes or KV-head counts (Gemma 4); None: uniform layers
    kv_full_cell_elements: int | None = None
    kv_swa_cell_elements: int | None = None
    # values per layer and token of the per-layer inputs (`embedding_length_per_layer_input`: Gemma 4 E2B/E4B 256)
    per_layer_input_width: int | None = None
    # DeepSeek-V3.2-style sparse attention: the lightning indexer's query width per token (indexer heads × key
    # length); None for other models
    indexer_query_width: int | None = None
    # compressed KV caches (DeepSeek-V4): (compression ratio r, K elements per compressed cell summed over their
    # layers); each keeps pad(ceil(cells / r), 256) cells beside the window cache; None for other models
    kv_compressed_cell_elements: tuple[tuple[int, int], ...] | None = None
    # MLA models whose sliding layers have their own head count (dots3note): the query heads of the full-context
    # (DSA) layers, whose attention block sets the compute buffer's peak; None: `heads`
    mla_attention_heads: int | None = None
    # hyper-connection streams of the residual (`hyper_connection.count`: Hunyuan V4, Qwen4-Exp); None: one stream
    hyper_connections: int | None = None
    # Qwen4-Exp's QSA: the indexer keys pooled over blocks of this many cells (`attention.compress_ratios`); None: no
    # pooling
    indexer_pool: int | None = None
    # Kimi-K3's cross-layer residual attention: the layer inputs it banks, one every `attn_res.block_size` trunk
    # layers, kept together through the graph; None: no such bank
    residual_checkpoints: int | None = None
    # the model's tensors (a split file's, all parts): llama.cpp sizes its graph's bookkeeping by them; None: unknown
    tensor_count: int | None = None


@dataclass(frozen=True)
class MemoryBreakdown:
    weights_bytes: int
    kv_cache_bytes: int
    compute_bytes: int
    overhead_bytes: int
    total_bytes: int
    vram_bytes: int  # what goes to GPU memory under the chosen offload
    ram_bytes: int  # what stays in system RAM


@dataclass(frozen=True)
class MemoryBudget:
    """What the machine gives a model, as one line: total − reserve for the system (− other programs) = usable.

    `comfortable_bytes`: a model whose system-RAM use goes past it still runs, but leaves less than the system
    needs for comfortable use ("tight": close other programs). `gpu_bytes`: what the GPUs may hold (their free
    memory less a margin each; on unified memory, the GPU's share of RAM), `gpu_kind` "dedicated", "unified"
    (Apple), "shared" (an integrated GPU or APU) or None.
    """

    total_bytes: int
    system_reserve_bytes: int
    other_programs_bytes: int  # held by running programs on a detected machine; 0 on a what-if
    usable_bytes: int
    comfortable_bytes: int
    source: str  # "detected" or "typical"
    gpu_bytes: int = 0
    gpu_kind: str | None = None


@dataclass(frozen=True)
class Estimate:
    fit: FitLevel
    # split by layers: llama.cpp's -ngl (LM Studio's "GPU Offload"), the last gpu_layers - 1 repeating layers and the
    # output layer on the GPU; total_layers (the repeating layers) when all are, 0 when none
    gpu_layers: int
    total_layers: int
    memory: MemoryBreakdown
    tokens_per_second: float | None
    tokens_per_second_range: tuple[float, float] | None
    context: int
    quant: str | None
    notes: tuple[str, ...] = ()  # short machine-readable codes or data-only remarks
    # prompt tokens processed per second (compute-bound): time to first token = prompt tokens / this
    prompt_tokens_per_second: float | None = None
    # where about 80 % of real runs' prompt processing falls (low, high), like tokens_per_second_range for decode
    prompt_tokens_per_second_range: tuple[float, float] | None = None
    # at a long context (speed.FILL_MIN_CONTEXT or more): seconds before the answer starts to a prompt that fills the
    # whole context (low, high: about 80 % of real runs), its attention over all of it counted (newcomer round: a
    # 32K-token document's wait, minutes, was nowhere beside the 2,000-word one's)
    context_fill_seconds_range: tuple[float, float] | None = None
    # at a long context (speed.FULL_CONTEXT_SPEED_MIN_CONTEXT or more): tokens generated per second once the context
    # is full, where that is noticeably slower than tokens_per_second (a short chat); None otherwise
    full_context_tokens_per_second: float | None = None
    # fits, but the model leaves the system less than its comfortable share of RAM: close other programs
    tight: bool = False
    budget: MemoryBudget | None = None  # the machine's one memory budget the fit was judged against
    assumptions: tuple[Reason, ...] = ()  # values about the machine that had to be assumed
    # notes that carry figures (context checkpoints, a draft model, experts kept in RAM): codes + values
    remarks: tuple[Reason, ...] = ()
    n_cpu_moe: int = 0  # layers whose routed experts stay in system RAM (llama.cpp's --n-cpu-moe)
    calibration: CalibrationUsed | None = None  # the user's benchmark that corrected this estimate's speed
    schema_version: int = SCHEMA_VERSION


@dataclass(frozen=True)
class CalibrationUsed:
    """The user's own benchmark that corrected the speeds (advisor/core/sizing/calibration.py)."""

    model: str  # the benchmarked model
    date: str  # ISO date of the benchmark ("2026-05-14")
    where: str  # "gpu" or "cpu": the speeds it corrects
    factor: float  # those speeds × this


@dataclass(frozen=True)
class TierResult:
    tier: str  # "3B", "7B", "13B", "40B", "70B"
    fits: bool  # runs here at a usable speed with an acceptable quant
    best_quant: str | None
    fit: FitLevel
    tokens_per_second: float | None
    # memory the tier's reference model needs at best_quant (or Q4_K_M), all of it, also when too large
    needs_bytes: int
    # what the machine can give it in its layout, in `memory`: the card's budget ("vram"), the part of the card its
    # whole layers fill and the RAM budget ("vram_ram"), the RAM budget ("ram", unified memory included): the row is
    # too large exactly when `needs_bytes` is above it
    available_bytes: int
    # which memory needs/available count: "vram" (fully on the GPU), "vram_ram" (split between the GPU and system
    # RAM, or too large for both together), "ram" (CPU only, unified memory)
    memory: str = "vram"
    model: str | None = None  # the model of the class this verdict is for (e.g. "Qwen2.5-7B")
    parameters: float | None = None  # its parameters (memory follows these)
    active_parameters: float | None = None  # for a mixture of experts: those read per token (speed follows these)
    tight: bool = False
    runs: str = "no"  # "yes" (Q4_K_M or better, usable), "low_quant" (only below Q4_K_M), "no"
    # of `needs_bytes`, the part on the graphics card where `memory` is "vram_ram" (the rest is in system RAM: for a
    # class too large, the RAM that ran out); 0 for the other rows
    gpu_bytes: int = 0


@dataclass(frozen=True)
class Reason:
    """A reason as data: the front ends turn `code` + `values` into words (and Spanish)."""

    code: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Recommendation:
    tier: str | None  # None when nothing runs usably
    quant: str | None
    fit: FitLevel
    tokens_per_second: float | None
    context: int
    min_tokens_per_second: float
    tiers: tuple[TierResult, ...]
    reasons: tuple[Reason, ...]
    budget: MemoryBudget | None = None
    # every value the verdict had to assume (code + values), so the user can correct it in a hardware file
    assumptions: tuple[Reason, ...] = ()
    tight: bool = False
    model: str | None = None  # the model of the recommended class the verdict was computed for
    prompt_tokens_per_second: float | None = None  # of that model: time to first token = prompt tokens / this
    # where about 80 % of real runs fall (low, high): decode and prompt processing of that model
    tokens_per_second_range: tuple[float, float] | None = None
    prompt_tokens_per_second_range: tuple[float, float] | None = None
    context_fill_seconds_range: tuple[float, float] | None = None  # Estimate's: a prompt filling the context
    full_context_tokens_per_second: float | None = None  # Estimate's: generating with the context full
    calibration: CalibrationUsed | None = None  # the user's benchmark that corrected the speeds on this machine
    # the placement the speed assumes for a mixture of experts that does not fit the GPU whole: the layers whose
    # routed experts stay in system RAM (llama.cpp's --n-cpu-moe; 0: split by whole layers, or no split)
    n_cpu_moe: int = 0
    # how to load it in that placement where LM Studio's and llama.cpp's defaults would place it otherwise
    # (advisor.core.sizing.estimate.load_placement: code + values; None: it loads as usual)
    load: Reason | None = None
    schema_version: int = SCHEMA_VERSION

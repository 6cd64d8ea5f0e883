"""`estimate(spec, profile)`: memory, fit level, GPU layers and decode speed of one model on one machine."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass

from advisor.core.gguf.info import DSV4_ARCHS, KV_FROM_START_BY_ARCH, NO_KV_ARCHS
from advisor.core.messages import sizing as words
from advisor.core.sizing import reasons
from advisor.core.sizing.calibration import calibration_used
from advisor.core.sizing.errors import SizingError
from advisor.core.sizing.machine import (
    APPLE_GPU_MARGIN_BYTES,
    APPLE_WORKING_SET_MAX_SHARE,
    Device,
    Machine,
    is_tight,
    machine_from_profile,
)
from advisor.core.sizing.memory import (
    CTX_CHECKPOINTS,
    DEFAULT_DRAFT,
    GPU_RUNTIME_BYTES,
    HOST_RUNTIME_PER_VOCAB_BYTES,
    ONE_SEQUENCE,
    DraftSettings,
    KvLayout,
    checkpoint_bytes,
    compute_bytes,
    context_per_slot,
    expert_bytes_by_layer,
    graph_metadata_bytes,
    host_compute_bytes_with_gpu,
    host_runtime_bytes,
    kv_cache_bytes,
    output_bytes,
    per_layer_embedding_bytes,
    recurrent_state_bytes,
    token_embedding_bytes,
    weights_bytes,
)
from advisor.core.sizing.projector import projector_compute_bytes, projector_host_bytes
from advisor.core.sizing.quants import (
    MIN_GOOD_QUANT,
    NATIVE_MOE_QUANTS,
    is_good_quant,
    kv_bytes_per_element,
    normalize_quant,
)
from advisor.core.sizing.shape import Shape, complete_shape
from advisor.core.sizing.speed import (
    DECODE_SPREAD,
    FILL_MIN_CONTEXT,
    Speed,
    SplitSeconds,
    active_parameters,
    cpu_decode_rate,
    decode_speed,
    full_context_speed,
    inactive_expert_bytes,
    narrow_expert_scale,
    prefill_range,
    prefill_seconds,
    range_family,
    spread,
)
from advisor.core.sizing.tiers import (
    mixture_of_that_size,
    model_at,
    model_by_name,
    published_lookalike,
    reference_file_bytes,
)
from advisor.core.types import Estimate, FitLevel, GpuVendor, HardwareProfile, MemoryBreakdown, ModelSpec, Reason

MAX_CONTEXT = 1 << 24


def started_context(context: int, spec: ModelSpec, kv_layout: KvLayout = ONE_SEQUENCE) -> int:
    """The whole KV cache's context for llama-server's `-c`: the number given, or for 0 the model's trained context
    in each stream (common/fit.cpp, on by default: `n_ctx = n_ctx_train × n_streams`, one stream with a shared
    cache, one per slot without it: `-np 3 -c 0` holds 3 × the trained context). A size typed alone that is a
    published file (`_published_file`: gpt-oss-20b by its size and experts) has that model's (code review: refused,
    though the estimate then knew it). Raises SizingError for 0 when the trained context is not known (a shape typed
    in)."""
    if context != 0:
        return context
    spec, _ = _published_file(spec)
    if not spec.context_train or spec.context_train <= 0:
        raise SizingError(words.SIZING_CONTEXT_TRAIN_UNKNOWN)
    return spec.context_train * kv_layout.streams


UNQUANTIZED_KV_TYPES = ("f32", "f16", "bf16")  # the rest of llama-server's -ctk/-ctv types are quantized


def check_kv_types(spec: ModelSpec, kv_type: str, kv_layout: KvLayout = ONE_SEQUENCE) -> None:
    """Raise SizingError for the KV-cache settings llama-server refuses to start with (llama-context.cpp,
    `llama_init_from_model`): different K and V types on a model with a latent (MLA) cache or DeepSeek-V4's, and a
    quantized V cache with flash attention off (`-fa auto` turns it on for one)."""
    k = kv_type.lower()
    v = (kv_layout.type_v or kv_type).lower()
    if k != v and (spec.kv_lora_rank or spec.architecture in DSV4_ARCHS):
        raise SizingError(words.SIZING_KV_TYPES_DIFFER, type_k=k, type_v=v)
    if v not in UNQUANTIZED_KV_TYPES and not kv_layout.batching.flash_attn:
        raise SizingError(words.SIZING_V_NEEDS_FLASH_ATTENTION, type_v=v)


@dataclass(frozen=True)
class _Parts:
    shape: Shape
    weights: int
    embedding: int  # token-embedding matrix: host RAM always
    output: int  # lm_head (a GPU copy of the embedding when tied)
    layers_weights: int  # all repeating layers together
    kv: int
    compute: int
    host_runtime: int
    projector: int = 0  # a vision projector's weights and compute buffer for one image (first GPU, else RAM)
    projector_weights: int = 0
    kv_on_gpu: bool = True  # False: `-nkvo`, the KV cache in host RAM whatever the layers' placement
    host_compute: int = 0  # the CPU's small graph with every layer on a GPU (memory.host_compute_bytes_with_gpu)

    @property
    def kv_gpu(self) -> int:
        """The KV cache that goes with the layers (to the GPU with the layers offloaded)."""
        return self.kv if self.kv_on_gpu else 0

    @property
    def kv_ram(self) -> int:
        """The KV cache that stays in host RAM whatever the layers' placement (`-nkvo`)."""
        return 0 if self.kv_on_gpu else self.kv


def _parts(spec: ModelSpec, context: int, kv_type: str, kv_layout: KvLayout = ONE_SEQUENCE) -> tuple[_Parts, bool]:
    shape = complete_shape(spec)
    weights, from_file = weights_bytes(spec)
    projector_weights = max(0, int(spec.projector_bytes or 0))
    projector_compute, projector_host = 0, 0
    if projector_weights:
        projector_compute = max(0, int(spec.projector_compute_bytes or 0)) or projector_compute_bytes()
        projector_host = max(0, int(spec.projector_host_bytes or 0)) or projector_host_bytes()
    tok = min(token_embedding_bytes(spec, shape), weights)
    emb = min(tok + per_layer_embedding_bytes(spec, shape), weights)  # host tensors (Gemma 3n has two)
    out = output_bytes(spec, shape, tok)
    layers_weights = max(0, weights - emb - (0 if shape.tied_embeddings else out))
    if not shape.tied_embeddings:
        out = min(out, weights - emb)
    return _Parts(
        shape=shape,
        weights=weights,
        embedding=emb,
        output=out,
        layers_weights=layers_weights,
        kv=kv_cache_bytes(spec, shape, context, kv_type, layout=kv_layout)
        + recurrent_state_bytes(spec, kv_layout.slots),
        compute=compute_bytes(spec, shape, context, kv_layout),
        # the image's buffers and the graph's bookkeeping: host RAM always
        host_runtime=host_runtime_bytes(shape)
        + graph_metadata_bytes(spec, context, kv_layout.batching.micro_batch)
        + projector_host,
        projector=projector_weights + projector_compute,
        projector_weights=projector_weights,
        kv_on_gpu=kv_layout.offload,
        host_compute=host_compute_bytes_with_gpu(shape, context, kv_layout.batching),
    ), from_file


def _per_layer_bytes(p: _Parts) -> float:
    return (p.layers_weights + p.kv_gpu) / p.shape.layers


def _room(p: _Parts, devices: tuple[Device, ...]) -> list[int]:
    """Bytes each device has for weights and KV cache after its fixed buffers (compute graph, driver context, and on
    the first GPU a vision projector)."""
    return [
        d.budget_bytes - p.compute - GPU_RUNTIME_BYTES[d.vendor] - (p.projector if i == 0 else 0)
        for i, d in enumerate(devices)
    ]


def _layer_capacity(p: _Parts, devices: tuple[Device, ...]) -> list[int]:
    """Repeating layers each device holds after its fixed buffers."""
    per_layer = _per_layer_bytes(p)
    return [max(0, int(r // per_layer)) if per_layer > 0 else 0 for r in _room(p, devices)]


# llama.cpp's -ngl N (LM Studio's "GPU Offload" N below its maximum: the same n_gpu_layers) counts the output layer
# as one: llama-model.cpp `load_tensors` puts layers i_gpu_start = max(n_layer + 1 - N, 0) to n_layer on the GPUs,
# layer n_layer being the output (output norm and lm_head, `dev_output`), so -ngl N holds the LAST N - 1 repeating
# layers and the output matrix; the token embeddings stay on the CPU (`dev_input`) whatever N is. A tied output
# (no output.weight) is created TENSOR_DUPLICATED from token_embd in the output device's buffer: a second copy on
# the GPU, the CPU's embedding table kept. With several GPUs the layers go to each card by its share of the free
# memory (`splits`) and the output, the last layer, to the last card.


def _split_by_layers(
    p: _Parts, devices: tuple[Device, ...], most: int | None = None
) -> tuple[int, tuple[Device, ...]] | None:
    """The largest -ngl (llama.cpp's count, the output layer one of them) whose layers the GPUs hold — its N - 1
    repeating layers, the output matrix, and each card's compute buffer and runtime — with the cards that take
    layers; None when not one repeating layer fits beside the output. `most` caps it: the -ngl a server was started
    with (else the layers less one: LM Studio's "GPU Offload" at its maximum, the layers, offloads everything)."""
    per_layer = _per_layer_bytes(p)
    n_layers = p.shape.layers
    if per_layer <= 0:
        return None
    capacity = _layer_capacity(p, devices)
    room = _room(p, devices)
    used = [i for i, c in enumerate(capacity) if c > 0]
    # the output's bytes come out of the cards' room together (as the full offload's `room_for_output`)
    blocks = min(sum(capacity), int((sum(room[i] for i in used) - p.output) // per_layer)) if used else 0
    top = n_layers - 1 if most is None else min(most, n_layers)
    blocks = min(blocks, top - 1)
    if blocks >= 1:
        return blocks + 1, tuple(devices[i] for i in used)
    if most is not None and most >= 1 and room and room[0] >= p.output:  # -ngl 1: the output layer alone
        return 1, devices[:1]
    return None


def gpu_layer_capacity(
    spec: ModelSpec, machine: Machine, *, context: int = 4096, kv_type: str = "f16", kv_layout: KvLayout = ONE_SEQUENCE
) -> int:
    """The largest -ngl (llama.cpp's count: repeating layers and the output layer) the machine's GPUs could hold,
    below the model's layers (0: not one repeating layer fits beside the output: its GPUs are of no use to it)."""
    p, _ = _parts(spec, context, kv_type, kv_layout)
    split = _split_by_layers(p, machine.gpus)
    return 0 if split is None else split[0]


def _notes(
    spec: ModelSpec,
    parts: _Parts,
    from_file: bool,
    machine: Machine,
    context: int,
    kv_type: str,
    fit: FitLevel,
    kv_layout: KvLayout = ONE_SEQUENCE,
) -> tuple[str, ...]:
    notes: list[str] = []
    on_gpu = fit in (FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD)
    apple = any(d.vendor == GpuVendor.APPLE for d in machine.gpus)  # Metal maps the file: the copy is not described
    if on_gpu and parts.shape.tied_embeddings and from_file and not apple:  # a file's size to compare with
        # the output layer shares the embedding table, and the GPU gets its own copy: the weights are more than the
        # file (newcomer round: gemma-3-12b's "weights 7.4 GiB" beside its 6.8 GiB file, unexplained)
        notes.append(reasons.NOTE_TIED_OUTPUT_COPY)
    elif on_gpu and not machine.unified:  # one memory on a Mac or an APU
        notes.append(reasons.NOTE_EMBEDDING_IN_HOST_RAM)
    if not from_file:
        notes.append(reasons.NOTE_WEIGHTS_FROM_BITS)
    if spec.context_train and context > spec.context_train:
        notes.append(reasons.NOTE_CONTEXT_ABOVE_TRAINING)
    if spec.sliding_window and spec.sliding_window_layers:
        notes.append(reasons.NOTE_SLIDING_WINDOW)
    if spec.kv_lora_rank:
        notes.append(reasons.NOTE_MLA_CACHE)
    if parts.projector:
        notes.append(reasons.NOTE_VISION_PROJECTOR_UNIFIED if machine.unified else reasons.NOTE_VISION_PROJECTOR)
    # layers without a cache of their own, and no state: sharing an earlier layer's cache, no cache at all, or
    # DeciLM's (Nemotron-Super/Ultra) attention-free layers, which llama.cpp skips (llama-arch.cpp: not recurrent)
    no_state = KV_FROM_START_BY_ARCH.keys() | NO_KV_ARCHS | {"deci"}
    if parts.shape.attention_layers < parts.shape.layers and spec.architecture not in no_state:
        notes.append(reasons.NOTE_RECURRENT_STATE)
    if active_parameters(spec) < spec.parameters:
        notes.append(reasons.NOTE_MOE_ACTIVE)
    if any(t.lower() not in ("f16", "f32", "bf16") for t in (kv_type, kv_layout.type_v or kv_type)):
        notes.append(reasons.NOTE_QUANTISED_KV)
    if kv_layout.swa_full and spec.sliding_window and spec.sliding_window_layers:
        notes.append(reasons.NOTE_SWA_FULL)
    if not kv_layout.offload and fit in (FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD):
        notes.append(reasons.NOTE_KV_IN_RAM)
    native = (spec.experts or 0) > 1 and normalize_quant(spec.quant) in NATIVE_MOE_QUANTS  # gpt-oss's own format
    if spec.quant and not is_good_quant(spec.quant) and not native:
        notes.append(reasons.NOTE_LOW_QUANT)
    # a cache over a quarter of the weights, and `_context_or_weights` keeps it only where a shorter context fits (it
    # was said only for a cache outweighing the weights: an 8B at 32K on 8 GB, 4.0 GiB of cache beside 4.6 of
    # weights, was told it reads them from disk)
    if fit == FitLevel.TOO_LARGE and parts.kv * CONTEXT_BLAMED_KV_SHARE > parts.weights:
        f16_cache = all(t.lower() in ("f16", "bf16", "f32") for t in (kv_type, kv_layout.type_v or kv_type))
        notes.append(reasons.NOTE_CONTEXT_TOO_LARGE if f16_cache else reasons.NOTE_CONTEXT_TOO_LARGE_QUANTISED)
    elif fit == FitLevel.TOO_LARGE:
        notes.append(reasons.NOTE_SLOW_DISK_PAGING)
    notes.extend(machine.notes)
    return tuple(dict.fromkeys(notes))


def _full_vram(p: _Parts, devices: tuple[Device, ...]) -> int:
    return (
        p.layers_weights
        + p.output
        + p.kv_gpu
        + p.projector
        + sum(p.compute + GPU_RUNTIME_BYTES[d.vendor] for d in devices)
    )


def full_offload_vram_bytes(
    spec: ModelSpec, machine: Machine, *, context: int = 4096, kv_type: str = "f16", kv_layout: KvLayout = ONE_SEQUENCE
) -> int:
    """GPU memory the model needs with every layer offloaded (one discrete GPU when the machine has none)."""
    p, _ = _parts(spec, context, kv_type, kv_layout)
    devices = machine.gpus or (Device("gpu", GpuVendor.NVIDIA, 0, 0.0),)
    return _full_vram(p, devices)


def estimate_on(
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int = 4096,
    kv_type: str = "f16",
    kv_layout: KvLayout = ONE_SEQUENCE,
    draft: ModelSpec | None = None,
    n_cpu_moe: int = 0,
    ngl: int | None = None,
    draft_settings: DraftSettings = DEFAULT_DRAFT,
) -> Estimate:
    """The estimate for an already-summarised machine (recommend() calls this many times).

    `draft`: a draft model for speculative decoding loaded beside it (llama-server `-md`), in a context built from
    the main model's settings and its own `draft_settings` (`-ctkd`, `-ctvd`, `-ngld`); `n_cpu_moe`: the routed
    experts of the first N layers kept in system RAM (`--n-cpu-moe N`; a number ≥ the layers is `--cpu-moe`);
    `kv_layout`: llama-server's slots and cache flags (memory.KvLayout; the default is one sequence, as LM Studio
    runs), `context` then being the whole cache's (`-c`); `ngl`: the `-ngl N` a llama-server was started with, at
    most N of llama.cpp's layers on the GPUs (the last N - 1 repeating layers and the output; N above the layers:
    every layer; 0: none), else the advisor's own split.
    """
    if n_cpu_moe < 0:
        raise SizingError(words.SIZING_N_CPU_MOE, n_cpu_moe=n_cpu_moe)
    if ngl is not None and ngl <= 0:
        machine = dataclasses.replace(machine, gpus=(), unified=False)
        ngl = None
    if draft is not None:
        return _with_draft(
            spec,
            draft,
            machine,
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            n_cpu_moe=n_cpu_moe,
            ngl=ngl,
            settings=draft_settings,
        )
    est = _estimate_plain(spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout, ngl=ngl)
    est = _context_or_weights(est, spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout, ngl=ngl)
    whole = ngl is None or ngl > est.total_layers  # -ngl below that: no layout with every layer on the GPU
    if spec.experts and n_cpu_moe > 0 and whole:
        est = _experts_in_ram(
            est, spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout, n_cpu_moe=n_cpu_moe
        )
    elif spec.experts and est.fit == FitLevel.PARTIAL_OFFLOAD and whole:
        est = _suggest_experts_in_ram(est, spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout)
    est = _wired_limit_now(est)
    est = _with_checkpoints(est, spec, context=context, kv_type=kv_type, kv_layout=kv_layout)
    return _with_mixture_lookalike(est, spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout)


def _wired_limit_now(est: Estimate) -> Estimate:
    """The wired-limit remark's "now" speeds as the estimate's own once its experts are placed in RAM (code review:
    "~53.1 tokens/s" beside "(now 53.2)", the split by layers' figure the note was made with)."""
    said = tuple(
        reasons.remark(
            r.code,
            **{
                **r.values,
                "now_tokens_per_second": est.tokens_per_second,
                "now_prompt_tokens_per_second": est.prompt_tokens_per_second,
            },
        )
        if r.code == reasons.REMARK_MAC_WIRED_LIMIT
        else r
        for r in est.remarks
    )
    return dataclasses.replace(est, remarks=said) if said != est.remarks else est


def _with_mixture_lookalike(
    est: Estimate, spec: ModelSpec, machine: Machine, *, context: int, kv_type: str, kv_layout: KvLayout
) -> Estimate:
    """A model known by its size alone that is the size of a mixture of experts the classes name: that mixture, and
    its speed here as one (contradiction review: `--params 30.5B` was a dense 64-layer model at 3.6 tokens/s where
    the recommendation's Qwen3-30B-A3B runs at 32, and nothing said why)."""
    if spec.experts or spec.file_size_bytes or spec.architecture or spec.layers:
        return est
    like = mixture_of_that_size(spec.parameters)
    if like is None:
        return est
    # what the two options say, laid out as `estimate` lays a mixture out (its experts in RAM where that is faster)
    # as `estimate --model` sizes it, the command the note names: its published file at the quant typed and its own
    # architecture (code review: the note said 16.5 tokens/s for gpt-oss-20b where its command said 59.5)
    alt = placed_estimate_on(
        model_at(like, spec.quant or MIN_GOOD_QUANT),
        machine,
        context=context,
        kv_type=kv_type,
        kv_layout=kv_layout,
    )
    if alt.tokens_per_second is None:
        return est
    said = reasons.remark(
        reasons.REMARK_MIXTURE_LOOKALIKE,
        model=like.name,
        quant=alt.quant,
        experts=like.experts,
        active_experts=like.active_experts,
        tokens_per_second=alt.tokens_per_second,
    )
    return dataclasses.replace(est, remarks=(*est.remarks, said))


SHORT_CONTEXT = 4096  # the advisor's default context: "a shorter context would fit" is said only if this one does
# the context is blamed for a model too large only where its cache is more than a quarter of its weights (review: a
# 70B at 4K on a 48 GB Mac, 1.3 GiB of cache beside 39.6 GiB of weights, was told the context does not fit, since
# 2,048 tokens would), and `_context_or_weights` checks that a shorter context fits
CONTEXT_BLAMED_KV_SHARE = 4


def _context_or_weights(
    est: Estimate,
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout,
    ngl: int | None,
) -> Estimate:
    """A model too large is said to be too large for its context only where a shorter one (SHORT_CONTEXT, or half
    the asked one) fits: a 70B at 128K on a 16 GB Mac does not fit at 4K either,
    and is told that it would read its weights from disk."""
    said = {reasons.NOTE_CONTEXT_TOO_LARGE, reasons.NOTE_CONTEXT_TOO_LARGE_QUANTISED}
    if not said & set(est.notes):
        return est
    shorter = min(SHORT_CONTEXT, context // 2)
    fits = shorter >= 256 and (
        _estimate_plain(spec, machine, context=shorter, kv_type=kv_type, kv_layout=kv_layout, ngl=ngl).fit
        != FitLevel.TOO_LARGE
    )
    if fits:
        return est
    notes = tuple(reasons.NOTE_SLOW_DISK_PAGING if n in said else n for n in est.notes)
    return dataclasses.replace(est, notes=tuple(dict.fromkeys(notes)))


def placed_estimate_on(
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int = 4096,
    kv_type: str = "f16",
    kv_layout: KvLayout = ONE_SEQUENCE,
    draft: ModelSpec | None = None,
    draft_settings: DraftSettings = DEFAULT_DRAFT,
    n_cpu_moe: int | None = None,
) -> Estimate:
    """The estimate in the placement to load the model with: for a mixture of experts split by layers, the routed
    experts of the first N layers in RAM when `estimate_on` finds that faster (its `experts_in_ram_better` remark,
    the fewest N that fits), sized exactly as `estimate_on(..., n_cpu_moe=N)` (`estimate --n-cpu-moe N`) sizes it,
    its remark then saying the layout was chosen and what the split by layers would give (`experts_in_ram_chosen`);
    else `estimate_on`'s estimate. `Estimate.n_cpu_moe` says which placement it is (0: every layer whole). The
    recommendation, the Models list, the files on disk and `estimate` without a placement asked all size so; a
    given `n_cpu_moe` (0: split by layers) is that placement, as `estimate_on` sizes it."""

    def on(n_cpu_moe: int) -> Estimate:
        return estimate_on(
            spec,
            machine,
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            draft=draft,
            n_cpu_moe=n_cpu_moe,
            draft_settings=draft_settings,
        )

    est = on(n_cpu_moe or 0)
    if n_cpu_moe is not None:
        return est
    better = next((r for r in est.remarks if r.code == reasons.REMARK_EXPERTS_IN_RAM_BETTER), None)
    if better is None:
        return est
    n = better.values["n_cpu_moe"]
    assert isinstance(n, int)
    placed = on(n)
    chosen = tuple(
        reasons.remark(
            reasons.REMARK_EXPERTS_IN_RAM_CHOSEN,
            n_cpu_moe=r.values["n_cpu_moe"],
            total_layers=placed.total_layers,
            expert_bytes=r.values["expert_bytes"],
            gpu_layers=est.gpu_layers,
            layer_tokens_per_second=est.tokens_per_second,
            unified=machine.unified,
        )
        if r.code == reasons.REMARK_EXPERTS_IN_RAM
        else r
        for r in placed.remarks
    )
    return dataclasses.replace(placed, remarks=chosen)


def load_placement(est: Estimate) -> Reason | None:
    """How to load the model so that it runs as `est` sized it, where LM Studio's and llama.cpp's defaults would
    place it otherwise (`reasons.LOAD_KEYS`): every layer on the GPU with the first N layers' routed experts in RAM
    (llama.cpp's -ngl auto and --fit would choose their own split); `-ngl gpu_layers` for a split by layers, which
    llama.cpp and LM Studio's "GPU Offload" read as the last `gpu_layers` - 1 repeating layers and the output layer
    on the GPU, the layout the memory and speed were sized for (`_split_by_layers`); no layer on an integrated GPU
    slower than the processor beside it (llama.cpp's -ngl auto and LM Studio's GPU offload would use it). None when
    it loads as usual: every layer on the GPU (llama.cpp's default, `-ngl auto` with `--fit on`, offloads all of a
    model that fits), or no GPU, or a model too large to load at all."""
    if est.n_cpu_moe > 0:
        return Reason(reasons.LOAD_EXPERTS_IN_RAM, {"n_cpu_moe": est.n_cpu_moe, "total_layers": est.total_layers})
    if est.fit == FitLevel.PARTIAL_OFFLOAD:
        return Reason(reasons.LOAD_LAYERS, {"gpu_layers": est.gpu_layers, "total_layers": est.total_layers})
    mac = {reasons.NOTE_MAC_GPU_SHARE_SMALL, reasons.NOTE_MAC_SPLIT_NO_ROOM}
    if est.fit == FitLevel.CPU_ONLY and ({reasons.NOTE_SHARED_GPU_SLOWER} | mac) & set(est.notes):
        # which of the two: a Mac's GPU is never slower than its CPU, its share of the memory is what is too small
        # (contradiction review: gpt-oss-20b on a 16 GB Mac was listed as "integrated graphics off: slower here")
        share_small = bool(mac & set(est.notes))
        return Reason(reasons.LOAD_CPU_ONLY, {"total_layers": est.total_layers, "gpu_share_small": share_small})
    return None


def _estimate_plain(
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout = ONE_SEQUENCE,
    ngl: int | None = None,
) -> Estimate:
    """The model alone, every layer whole (experts with their layer).

    On a machine whose only GPUs read the system RAM (integrated GPUs, APUs, Apple silicon), the model runs where it
    is faster: llama.cpp on an old Iris Xe decodes slower than the CPU beside it, a Strix Halo's GPU much faster.
    From the one shared memory the CPU layout needs less than either GPU layout (one compute buffer, no GPU
    runtime), and its speed does not depend on how much memory there is, so taking the faster of the two keeps
    the estimate monotone in memory on a PC: more memory never moves a model from the CPU onto a slower GPU.

    Apple silicon is the exception where its GPU holds the whole model: Metal is what LM Studio and llama.cpp load
    it with there, and no public run shows a Mac's CPU decoding faster than its GPU (an M2 Ultra's CPU reads Mistral
    7B Q8_0 at 27 tokens/s, its GPU a 7B Q8_0 at 62); the estimate's CPU edge for fine-grained mixtures on a few
    chips (Qwen3-30B-A3B on an Ultra, 96 vs 90 tokens/s) is smaller than both sides' errors there (the Apple CPU
    runs +6 … +21 % high, Qwen3-30B-A3B on Apple GPUs 0 … -25 % low), while the GPU reads a prompt 3-5 times faster.
    Its remark gives the processor's figures, so that a smaller Mac shown on its CPU (its note: the GPU's share
    cannot hold the model whole) is not a contradiction: on a Mac more memory can move a model onto its GPU at a
    lower decode estimate, never back. On the CPU (-ngl 0), an integrated GPU still reads the prompt (llama.cpp's op
    offload: `prompt_on`); a Mac's does not (its weights in RAM are repacked: speed.prefill_seconds).
    """
    est = _estimate_on(spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout, ngl=ngl)
    apple = bool(machine.gpus) and all(d.vendor == GpuVendor.APPLE for d in machine.gpus)  # a Mac: a capped share
    if apple and machine.unified_gpus_only and est.fit == FitLevel.CPU_ONLY and ngl is None:
        # too large for the GPU's share, and split (two compute buffers) more than the memory holds: on the processor,
        # which LM Studio's and llama.cpp's defaults on a Mac (every layer on the GPU) would not choose (newcomer
        # round: Mistral-Small-24B at Q2_K and 32K on a 16 GB M3, "runs on the CPU" with no "-ngl 0" and no reason)
        raised = _mac_wired_limit(spec, machine, est, context=context, kv_type=kv_type, kv_layout=kv_layout)
        return dataclasses.replace(
            est, notes=(*est.notes, reasons.NOTE_MAC_SPLIT_NO_ROOM), remarks=(*est.remarks, *raised)
        )
    if machine.unified_gpus_only and est.fit != FitLevel.CPU_ONLY and ngl is None:
        cpu = _estimate_on(
            spec,
            dataclasses.replace(machine, gpus=(), unified=False),
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            prompt_on=machine,  # -ngl 0: the GPU still reads the prompt (op offload)
        )
        if cpu.fit == FitLevel.CPU_ONLY and (cpu.tokens_per_second or 0) > (est.tokens_per_second or 0):
            if est.fit == FitLevel.FULL_GPU and apple:
                said = reasons.remark(
                    reasons.REMARK_MAC_CPU_DECODES_FASTER,
                    cpu_tokens_per_second=cpu.tokens_per_second,
                    cpu_prompt_tokens_per_second=cpu.prompt_tokens_per_second,
                    prompt_tokens_per_second=est.prompt_tokens_per_second,
                )
                return dataclasses.replace(est, remarks=(*est.remarks, said))
            notes = tuple(n for n in cpu.notes if n != reasons.NOTE_SHARED_GPU_MEMORY)
            why = reasons.NOTE_MAC_GPU_SHARE_SMALL if apple else reasons.NOTE_SHARED_GPU_SLOWER  # could not hold it
            raised = (
                _mac_wired_limit(spec, machine, cpu, context=context, kv_type=kv_type, kv_layout=kv_layout)
                if apple
                else ()
            )
            return dataclasses.replace(cpu, notes=(*notes, why), remarks=(*cpu.remarks, *raised))
        if est.fit == FitLevel.PARTIAL_OFFLOAD and apple:
            # split on a Mac: a raised share holds it whole, decoding and reading a prompt faster (a 14B at Q6_K on a
            # 16 GB M3: 43 of 48 layers on the GPU)
            raised = _mac_wired_limit(spec, machine, est, context=context, kv_type=kv_type, kv_layout=kv_layout)
            return dataclasses.replace(est, remarks=(*est.remarks, *raised))
    return est


MIB = 2**20
WIRED_LIMIT_STEP_MIB = 256  # the suggested iogpu.wired_limit_mb is rounded up to this


def _mac_wired_limit(
    spec: ModelSpec,
    machine: Machine,
    now: Estimate,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout,
    draft_vram_bytes: int = 0,
    draft_bytes: int = 0,
) -> tuple[Reason, ...]:
    """The `iogpu.wired_limit_mb` that lets a Mac's GPU hold the model whole (its GPU part and the margin kept free,
    rounded up to WIRED_LIMIT_STEP_MIB), with the GPU's speeds then beside `now`'s (a fine-grained mixture may
    generate more slowly there while reading a prompt faster) and what the model then leaves the system; none
    where that share is more than the model may use of the RAM, or more than a detected working set is believed
    (`machine.APPLE_WORKING_SET_MAX_SHARE`: the advisor would not use it once set). macOS takes the value until the
    next restart. With a draft model (`_with_draft`: `machine` is what it leaves) its GPU part counts in the share
    and its whole size in what the two leave."""
    budget = machine.budget
    if budget is None:
        return ()
    whole = dataclasses.replace(
        machine, gpus=tuple(dataclasses.replace(d, budget_bytes=machine.ram_usable_bytes) for d in machine.gpus)
    )
    gpu = _estimate_on(spec, whole, context=context, kv_type=kv_type, kv_layout=kv_layout)
    if gpu.fit != FitLevel.FULL_GPU:
        return ()
    share_mib = -(-(gpu.memory.vram_bytes + draft_vram_bytes + APPLE_GPU_MARGIN_BYTES) // MIB)
    wired_limit_mb = -(-share_mib // WIRED_LIMIT_STEP_MIB) * WIRED_LIMIT_STEP_MIB
    usable = machine.ram_usable_bytes + draft_bytes  # the model's and the draft's
    ceiling = min(usable, int(APPLE_WORKING_SET_MAX_SHARE * budget.total_bytes) - 1)
    if wired_limit_mb * MIB > ceiling:
        return ()
    # what the model then takes of the one memory, as the tight note would count it: the share is a cap, not a use
    left_bytes = max(0, budget.total_bytes - (gpu.memory.vram_bytes + gpu.memory.ram_bytes + draft_bytes))
    said = reasons.remark(
        reasons.REMARK_MAC_WIRED_LIMIT,
        wired_limit_mb=wired_limit_mb,
        left_bytes=left_bytes,
        tokens_per_second=gpu.tokens_per_second,
        prompt_tokens_per_second=gpu.prompt_tokens_per_second,
        now_tokens_per_second=now.tokens_per_second,
        now_prompt_tokens_per_second=now.prompt_tokens_per_second,
    )
    return (said,)


def _estimate_on(
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout = ONE_SEQUENCE,
    ngl: int | None = None,
    prompt_on: Machine | None = None,
) -> Estimate:
    """`prompt_on`: the machine whose GPUs read the prompt (default `machine`): a model placed on the CPU of a
    machine with GPUs (`_estimate_plain`) still has its prompt's products run on them (op offload)."""
    if not 1 <= context <= MAX_CONTEXT:
        raise SizingError(words.SIZING_CONTEXT, maximum=MAX_CONTEXT, context=context)
    if not spec.parameters > 0:
        raise SizingError(words.SIZING_NO_PARAMETERS)
    kv_bytes_per_element(kv_type)  # KeyError for an unknown cache type
    kv_bytes_per_element(kv_layout.type_v or kv_type)
    check_kv_types(spec, kv_type, kv_layout)
    p, from_file = _parts(spec, context, kv_type, kv_layout)
    n_layers = p.shape.layers
    per_layer = _per_layer_bytes(p)
    cpu_ram = p.weights + p.kv + p.compute + p.host_runtime + p.projector

    fit, gpu_layers = FitLevel.TOO_LARGE, 0
    gpu_blocks: int | None = None  # repeating layers on the GPUs when split by layers (gpu_layers less the output)
    vram = 0
    ram = cpu_ram
    compute_total, overhead = p.compute, p.host_runtime
    devices = machine.gpus
    if devices:
        host_small = p.host_compute
        full_vram = _full_vram(p, devices)
        full_ram = p.embedding + host_small + p.host_runtime + p.kv_ram
        capacity = _layer_capacity(p, devices)
        room_for_output = sum(d.budget_bytes for d in devices) - full_vram >= 0
        fits_ram = (full_vram + full_ram if machine.unified else full_ram) <= machine.ram_usable_bytes
        capped = ngl is not None and ngl <= n_layers  # a server started with fewer layers on the GPU than all
        if sum(capacity) >= n_layers and room_for_output and fits_ram and not capped:
            fit, gpu_layers, vram, ram = FitLevel.FULL_GPU, n_layers, full_vram, full_ram
            compute_total = p.compute * len(devices) + host_small
            overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in devices)
        else:
            # -ngl G: the last G - 1 repeating layers and the output layer on the GPUs (see _split_by_layers)
            split = _split_by_layers(p, devices, ngl if capped else None)
            ngl_fit, used = split if split is not None else (0, ())
            blocks = max(0, ngl_fit - 1)
            part_vram = (
                int(blocks * per_layer)
                + (p.output if used else 0)
                + sum(p.compute + GPU_RUNTIME_BYTES[d.vendor] for d in used)
                + (p.projector if used else 0)
            )
            # the layers left on the CPU: the rest of them to the byte, so that the two parts add up to the total
            cpu_layers = p.layers_weights + p.kv_gpu - int(blocks * per_layer)
            part_ram = p.embedding + cpu_layers + p.compute + p.host_runtime + p.kv_ram
            fits_ram = (part_vram + part_ram if machine.unified else part_ram) <= machine.ram_usable_bytes
            if ngl_fit >= 1 and fits_ram:
                fit, gpu_layers, vram, ram = FitLevel.PARTIAL_OFFLOAD, ngl_fit, part_vram, part_ram
                gpu_blocks = blocks
                compute_total = p.compute * (len(used) + 1)
                overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in used)
            elif cpu_ram <= machine.ram_usable_bytes:
                fit = FitLevel.CPU_ONLY
            else:  # too large: show the full-offload split, the layout a bigger GPU would use
                vram, ram = full_vram, full_ram
                compute_total = p.compute * len(devices) + host_small
                overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in devices)
    elif cpu_ram <= machine.ram_usable_bytes:
        fit = FitLevel.CPU_ONLY

    weights_total = p.weights + p.projector_weights + (p.output if p.shape.tied_embeddings and vram else 0)
    compute_total += p.projector - p.projector_weights
    memory = MemoryBreakdown(
        weights_bytes=weights_total,
        kv_cache_bytes=p.kv,
        compute_bytes=compute_total,
        overhead_bytes=overhead,
        total_bytes=weights_total + p.kv + compute_total + overhead,
        vram_bytes=vram,
        ram_bytes=ram,
    )
    host_bytes = ram + (vram if machine.unified else 0)
    comfortable = machine.ram_comfortable_bytes
    tight = fit != FitLevel.TOO_LARGE and is_tight(host_bytes, comfortable)
    speed: Speed | None = None
    prompt_tps: float | None = None
    fill: tuple[float, float] | None = None
    prompt_seconds: SplitSeconds | None = None
    prompt_machine = prompt_on or machine
    if fit != FitLevel.TOO_LARGE:
        # split by layers, the output is on the GPU with the repeating layers that are (its product reads the whole
        # matrix for each generated token; for a prompt, only the last token's logits are computed)
        blocks = gpu_layers if gpu_blocks is None else gpu_blocks
        prefill = functools.partial(  # -nkvo turns llama.cpp's pipeline off (llama-context.cpp: `offload_kqv`)
            prefill_seconds,
            spec,
            p.shape,
            prompt_machine,
            gpu_layers=blocks,
            context=context,
            layers_weights_bytes=p.layers_weights,
            pipeline=kv_layout.offload,
            kv_on_gpu=kv_layout.offload,
        )
        prompt_seconds = prefill()
        prompt_tps = 1.0 / prompt_seconds.total
        fill = _fill_seconds(
            prefill, context, range_family(prompt_machine, gpu_layers, n_layers), prompt_machine, kv_layout
        )
        speed = decode_speed(
            spec,
            p.shape,
            machine,
            context=context,
            kv_type=kv_type,
            gpu_layers=blocks,
            weights_bytes=p.weights,
            layers_weights_bytes=p.layers_weights,
            output_bytes=p.output,
            output_on_gpu=gpu_layers > 0 and bool(devices),
            kv_on_gpu=kv_layout.offload,
            inactive_bytes=inactive_expert_bytes(
                spec, expert_bytes_by_layer(spec, p.shape, p.layers_weights, p.weights)
            ),
        )
    return Estimate(
        fit=fit,
        gpu_layers=gpu_layers,
        total_layers=n_layers,
        memory=memory,
        tokens_per_second=None if speed is None else round(speed.point, 1),
        tokens_per_second_range=None if speed is None else (round(speed.low, 1), round(speed.high, 1)),
        context=context,
        quant=normalize_quant(spec.quant),
        notes=_notes(spec, p, from_file, machine, context, kv_type, fit, kv_layout),
        tight=tight,
        remarks=(*_shape_remark(spec, p.shape), *(_tight_remark(machine, host_bytes) if tight else ())),
        prompt_tokens_per_second=None if prompt_tps is None else round(prompt_tps, 1),
        prompt_tokens_per_second_range=None
        if prompt_tps is None
        else _rounded(
            prefill_range(
                prompt_tps, range_family(prompt_machine, gpu_layers, n_layers), prompt_seconds, prompt_machine
            )
        ),
        context_fill_seconds_range=fill,
        full_context_tokens_per_second=None
        if speed is None or kv_layout.streams > 1  # a slot holds its share: the fill wait's rule
        else full_context_speed(speed.point, speed.full, context),
        budget=machine.budget,
        assumptions=machine.assumptions,
        calibration=calibration_used(machine, gpu_layers, n_layers) if speed is not None else None,
    )


# a size typed within this share of a named model's is said to be that model's (people round: "3B" is Llama-3.2-3B's
# 3.21 B, "70B" Llama-3.1-70B's 70.55 B), unless it is a mixture's size typed as dense (`mixture_lookalike` says so)
NAMED_SIZE_SHARE = 0.1


def _same_size(parameters: float, named: float) -> bool:
    return named > 0 and abs(parameters - named) <= NAMED_SIZE_SHARE * named


def _shape_remark(spec: ModelSpec, shape: Shape) -> tuple[Reason, ...]:
    """The reference model whose layers, heads and vocabulary were borrowed, by name (none where the file or the
    flags gave them), and whether the model was typed by its size alone (no file, no architecture, no layout)."""
    if not shape.borrowed:
        return ()
    described = (spec.layers, spec.embedding, spec.heads, spec.kv_heads, spec.head_dim, spec.vocab)
    typed = not (spec.file_size_bytes or spec.architecture or any(described))  # a layout given: another model
    ref = model_by_name(shape.borrowed_from)
    # and only a size that is that model's, with its experts (code review: `--params 400B` was told "--model
    # Llama-3.1-70B", and `--params 30.5B` both Qwen2.5-32B's and, as a mixture, Qwen3-30B-A3B's --model)
    typed = (
        typed
        and ref is not None
        and _same_size(spec.parameters, ref.parameters)
        and (spec.experts, spec.active_experts) in ((None, None), (ref.experts, ref.active_experts))
        and not (spec.experts is None and mixture_of_that_size(spec.parameters) is not None)
    )
    said = {"model": shape.borrowed_from, "layers": shape.borrowed_from_layers, "typed": typed}
    return (reasons.remark(reasons.REMARK_SHAPE_FROM_REFERENCE, **said),)


def _tight_remark(machine: Machine, host_bytes: int) -> tuple[Reason, ...]:
    """What the model takes of the machine's memory and leaves, against what the system and open programs need
    beside it: the figures of the recommendation's "tight" reason (recommend._tight_reason)."""
    budget, comfortable = machine.budget, machine.ram_comfortable_bytes
    if budget is None or comfortable is None:
        return ()
    total = budget.total_bytes
    return (
        reasons.remark(
            reasons.REMARK_TIGHT,
            needs_bytes=host_bytes,
            total_bytes=total,
            left_bytes=max(0, total - host_bytes),
            reserve_bytes=total - comfortable,
        ),
    )


def _rounded(pair: tuple[float, float]) -> tuple[float, float]:
    return round(pair[0], 1), round(pair[1], 1)


def _fill_seconds(
    prefill: Callable[..., SplitSeconds], context: int, family: str, machine: Machine, kv_layout: KvLayout
) -> tuple[float, float] | None:
    """Seconds before the answer starts to a prompt that fills the whole `context` (attention over all of it, not
    the usual 2,048 tokens), over the prompt range's spread: (fast, slow). None below FILL_MIN_CONTEXT, and where
    llama-server's slots split the cache (`-np N`: a chat holds its slot's share, which the slots' remark gives)."""
    if context < FILL_MIN_CONTEXT or kv_layout.streams > 1:
        return None
    seconds = prefill(prompt_tokens=context)
    low, high = prefill_range(1.0 / seconds.total, family, seconds, machine)
    return (round(context / high, 1), round(context / low, 1)) if low > 0 and high > 0 else None


def estimate(
    spec: ModelSpec,
    profile: HardwareProfile,
    *,
    context: int = 4096,
    kv_type: str = "f16",
    kv_layout: KvLayout = ONE_SEQUENCE,
    draft: ModelSpec | None = None,
    n_cpu_moe: int | None = 0,
    draft_settings: DraftSettings = DEFAULT_DRAFT,
) -> Estimate:
    """How `spec` runs on `profile` at `context` tokens with a `kv_type` KV cache (llama.cpp's allocations), with
    an optional draft model (and its own flags) and routed experts kept in RAM (see `estimate_on`); `n_cpu_moe`
    None: in the placement the recommendation would load it with (`placed_estimate_on`), 0: split by layers.

    Raises ValueError for a context outside 1..16M, a non-positive parameter count, an unknown kv_type (or
    `kv_layout.type_v`) or a negative n_cpu_moe.
    """
    machine = machine_from_profile(profile)
    spec, published = _published_file(spec)
    est = placed_estimate_on(
        spec,
        machine,
        context=context,
        kv_type=kv_type,
        kv_layout=kv_layout,
        draft=draft,
        draft_settings=draft_settings,
        n_cpu_moe=n_cpu_moe,
    )
    hint = _kv_q8_hint(spec, machine, est, kv_type=kv_type, kv_layout=kv_layout, draft=draft, n_cpu_moe=n_cpu_moe)
    said = (*published, *((hint,) if hint is not None else ()))
    return dataclasses.replace(est, remarks=(*est.remarks, *said)) if said else est


def _published_file(spec: ModelSpec) -> tuple[ModelSpec, tuple[Reason, ...]]:
    """`spec` as the published file of the reference it is the size, experts and quant of, where every quant of
    that model keeps its experts at MXFP4 (`tiers.published_lookalike`: that file's quant and size), and the remark
    saying so; else as given."""
    found = published_lookalike(spec)
    if found is None:
        return spec, ()
    ref, quant = found
    file_bytes = reference_file_bytes(ref, quant)
    assert file_bytes is not None  # published_lookalike answers only where the reference has that quant's size
    said = reasons.remark(reasons.REMARK_PUBLISHED_FILE, model=ref.name, quant=quant, file_bytes=file_bytes)
    # and that model's architecture, every number typed kept: the layers, heads and vocabulary alone, borrowed, left
    # out its sliding window (a KV cache 1.7x as large) and gave "-ngl 23" where the Models list's file of the same
    # quant on the same RTX 3060 said "--n-cpu-moe 2" (a contradiction a newcomer sees)
    typed = {f.name: getattr(spec, f.name) for f in dataclasses.fields(spec) if f.name != "name"}
    shape = {k: getattr(ref, k) for k, v in typed.items() if v is None and getattr(ref, k) is not None}
    return dataclasses.replace(spec, **shape, quant=quant, file_size_bytes=file_bytes), (said,)


def named_quant_remarks(spec: ModelSpec, typed_quant: str | None) -> tuple[Reason, ...]:
    """`estimate --model gpt-oss-20b --quant Q4_0`: the published file sized instead of the quant typed
    (`tiers.model_at`), said as `--params` says it (code review: the quant changed without a word)."""
    typed = normalize_quant(typed_quant or MIN_GOOD_QUANT)  # --model's default quant
    if not spec.file_size_bytes or not spec.quant or typed == normalize_quant(spec.quant):
        return ()
    said = reasons.remark(
        reasons.REMARK_PUBLISHED_FILE, model=spec.name, quant=spec.quant, file_bytes=spec.file_size_bytes
    )
    return (said,)


KV_HINT_MIN_CONTEXT = 8192  # below it the cache is too small for its type to move the model
KV_HINT_FASTER = 1.2  # split both ways: named only when the q8_0 cache makes it this much faster
_FIT_RANK = {FitLevel.FULL_GPU: 0, FitLevel.PARTIAL_OFFLOAD: 1, FitLevel.CPU_ONLY: 2, FitLevel.TOO_LARGE: 3}


def _kv_q8_hint(
    spec: ModelSpec,
    machine: Machine,
    est: Estimate,
    *,
    kv_type: str,
    kv_layout: KvLayout,
    draft: ModelSpec | None,
    n_cpu_moe: int | None,
) -> Reason | None:
    """Where an f16 KV cache at a long context keeps the model (or part of it) off the GPU and a q8_0 one would not:
    how it runs then (newcomer round: a 14B on a 16 GB Mac ran split at 30K and fell to the processor at 32K, 10
    tokens/s and a 15-minute wait for a full context, never told that LM Studio's KV cache quantisation keeps it on
    the GPU at 16)."""
    f16_v = kv_layout.type_v in (None, "f16")
    if kv_type != "f16" or not f16_v or not machine.gpus or est.context < KV_HINT_MIN_CONTEXT:
        return None
    if est.fit == FitLevel.FULL_GPU or not est.memory.kv_cache_bytes:
        return None
    alt = placed_estimate_on(
        spec,
        machine,
        context=est.context,
        kv_type="q8_0",
        kv_layout=dataclasses.replace(kv_layout, type_v=None),
        draft=draft,
        n_cpu_moe=n_cpu_moe,
    )
    faster = (alt.tokens_per_second or 0.0) >= KV_HINT_FASTER * (est.tokens_per_second or 0.0)
    better_fit = _FIT_RANK[alt.fit] < _FIT_RANK[est.fit] and alt.fit != FitLevel.CPU_ONLY and alt.tokens_per_second
    more_layers = alt.fit == est.fit == FitLevel.PARTIAL_OFFLOAD and alt.gpu_layers > est.gpu_layers and faster
    if not (better_fit or more_layers):
        return None
    # tight: said after it, "It would be tight: close what you can"
    said = {"kv_bytes": alt.memory.kv_cache_bytes, "f16_kv_bytes": est.memory.kv_cache_bytes, "tight": alt.tight}
    if alt.fit == FitLevel.FULL_GPU:
        return reasons.remark(reasons.REMARK_KV_Q8_FULL_GPU, **said, tokens_per_second=alt.tokens_per_second)
    if alt.n_cpu_moe > 0:  # every layer on the GPU, the experts of the first n in RAM: that placement, its flags
        return reasons.remark(
            reasons.REMARK_KV_Q8_EXPERTS_IN_RAM,
            **said,
            n_cpu_moe=alt.n_cpu_moe,
            total_layers=alt.total_layers,
            tokens_per_second=alt.tokens_per_second,
        )
    return reasons.remark(
        reasons.REMARK_KV_Q8_MORE_GPU,
        **said,
        gpu_layers=alt.gpu_layers,
        total_layers=alt.total_layers,
        tokens_per_second=alt.tokens_per_second,
    )


# ---------------------------------------------------------------- what llama-server adds: context checkpoints, a
# draft model, routed experts kept in RAM


def _with_checkpoints(
    est: Estimate, spec: ModelSpec, *, context: int, kv_type: str, kv_layout: KvLayout = ONE_SEQUENCE, draft_kv: int = 0
) -> Estimate:
    """Say what llama-server's context checkpoints can add over a long chat (memory.checkpoint_bytes: not in the
    fit). With a draft model each checkpoint also copies the draft's cache (`update_dft`: a plain KV cache writes
    every cell of the sequence), counted at the full context. Then, for llama-server's slots, how their caches
    were counted (`_slots_remark`)."""
    each = checkpoint_bytes(spec, complete_shape(spec), context, kv_type, kv_layout)
    said = (reasons.REMARK_CONTEXT_CHECKPOINTS, reasons.REMARK_SLOTS_SHARED, reasons.REMARK_SLOTS_SPLIT)
    remarks = tuple(r for r in est.remarks if r.code not in said)
    if each > 0:
        each += draft_kv
        r = reasons.remark(
            reasons.REMARK_CONTEXT_CHECKPOINTS,
            total_bytes=each * CTX_CHECKPOINTS,
            checkpoints=CTX_CHECKPOINTS,
            each_bytes=each,
        )
        remarks = (*remarks, r)
    return dataclasses.replace(est, remarks=(*remarks, *_slots_remark(context, kv_layout)))


def _slots_remark(context: int, kv_layout: KvLayout) -> tuple[Reason, ...]:
    """How several llama-server slots were counted: sharing one cache (`-np` auto, `-kvu`), or each with its own
    share of the context (`-np N`)."""
    if kv_layout.slots <= 1:
        return ()
    if kv_layout.streams <= 1:
        return (reasons.remark(reasons.REMARK_SLOTS_SHARED, slots=kv_layout.slots),)
    return (
        reasons.remark(
            reasons.REMARK_SLOTS_SPLIT, slots=kv_layout.slots, slot_context=context_per_slot(context, kv_layout)
        ),
    )


@dataclass(frozen=True)
class _DraftPlaced:
    """A draft model where llama.cpp puts it: GPU and RAM bytes, and what it adds to each part of the breakdown."""

    vram: int
    ram: int
    weights: int
    kv: int
    compute: int
    overhead: int  # its vocabulary tables

    @property
    def added(self) -> int:
        return self.weights + self.kv + self.compute + self.overhead


def _draft_parts(draft: ModelSpec, context: int, kv_layout: KvLayout, settings: DraftSettings) -> _Parts:
    """The draft model's parts in the context llama-server builds for it from the main model's settings
    (memory.DraftSettings): the main model's context (`cparams.n_ctx = llama_n_ctx(ctx_tgt)`), slots, unified cache,
    `-ub`, `-b`, `-fa`, `--swa-full` and `-nkvo`, with its own cache types (`-ctkd`, `-ctvd`: f16 unless given)."""
    layout = settings.layout(kv_layout)
    kv_bytes_per_element(settings.type_k)  # SizingError for an unknown cache type
    kv_bytes_per_element(settings.type_v)
    check_kv_types(draft, settings.type_k, layout)
    d, _ = _parts(draft, context, settings.type_k, layout)
    return d


def _draft_placed(d: _Parts, settings: DraftSettings, *, on_gpu: bool) -> _DraftPlaced:
    """The draft on the first GPU (`-ngld` auto or all: every layer; `-ngld N`: the last N - 1 repeating layers and
    its output layer, as `-ngl N`), or in RAM (`-ngld 0`, `-devd none`, or no GPU for the model). Its token
    embeddings, input buffers and vocabulary tables stay in RAM; `-nkvo` keeps its KV cache there too."""
    vocab_tables = d.shape.vocab * HOST_RUNTIME_PER_VOCAB_BYTES
    n = settings.gpu_layers
    if not on_gpu or n == 0:
        return _DraftPlaced(0, d.weights + d.kv + d.compute + vocab_tables, d.weights, d.kv, d.compute, vocab_tables)
    weights = d.weights + (d.output if d.shape.tied_embeddings else 0)  # a tied output: a GPU copy
    layers = d.shape.layers
    if n is None or n < 0 or n > layers:
        vram = d.layers_weights + d.output + d.kv_gpu + d.compute
        ram = d.embedding + d.host_compute + vocab_tables + d.kv_ram
        return _DraftPlaced(vram, ram, weights, d.kv, d.compute + d.host_compute, vocab_tables)
    blocks = n - 1
    per_layer = _per_layer_bytes(d)
    vram = int(blocks * per_layer) + d.output + d.compute
    ram = d.embedding + int((layers - blocks) * per_layer) + d.compute + vocab_tables + d.kv_ram
    return _DraftPlaced(vram, ram, weights, d.kv, 2 * d.compute, vocab_tables)


def _draft_checkpoint_bytes(draft: ModelSpec, d: _Parts, kv_layout: KvLayout) -> int:
    """What a context checkpoint copies of the draft's cache (`update_dft`): one sequence's, every cell of its
    stream (a plain KV cache writes them all) and its recurrent state."""
    kv_only = d.kv - recurrent_state_bytes(draft, kv_layout.slots)
    return kv_only // kv_layout.streams + recurrent_state_bytes(draft, 1)


def _less_ram(machine: Machine, n: int) -> Machine:
    comfortable = machine.ram_comfortable_bytes
    return dataclasses.replace(
        machine,
        ram_usable_bytes=machine.ram_usable_bytes - n,
        ram_comfortable_bytes=None if comfortable is None else comfortable - n,
    )


def _with_draft(
    spec: ModelSpec,
    draft: ModelSpec,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout = ONE_SEQUENCE,
    n_cpu_moe: int,
    ngl: int | None = None,
    settings: DraftSettings = DEFAULT_DRAFT,
) -> Estimate:
    """The model with a draft model beside it: the draft takes its memory first (on the first GPU, as llama.cpp's
    default `-ngld auto` offloads it whole when the main model uses a GPU; in RAM with `-ngld 0`, or when the model
    runs there) and the model is sized in what is left. The draft's context follows the main model's settings
    (`_draft_parts`). Speed: without speculative decoding (its gain depends on how often the draft is right)."""
    d = _draft_parts(draft, context, kv_layout, settings)
    gpu, cpu = _draft_placed(d, settings, on_gpu=True), _draft_placed(d, settings, on_gpu=False)
    est: Estimate | None = None
    on_gpu = False
    if settings.gpu_layers != 0 and machine.gpus and machine.gpus[0].budget_bytes > gpu.vram:
        first = dataclasses.replace(machine.gpus[0], budget_bytes=machine.gpus[0].budget_bytes - gpu.vram)
        less = _less_ram(machine, gpu.ram + (gpu.vram if machine.unified else 0))
        est = estimate_on(
            spec,
            dataclasses.replace(less, gpus=(first, *machine.gpus[1:])),
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            n_cpu_moe=n_cpu_moe,
            ngl=ngl,
        )
        on_gpu = est.gpu_layers > 0
    if not on_gpu:
        est = estimate_on(
            spec,
            _less_ram(machine, cpu.ram),
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            n_cpu_moe=n_cpu_moe,
            ngl=ngl,
        )
    assert est is not None
    m = est.memory
    placed = gpu if on_gpu else cpu
    memory = dataclasses.replace(
        m,
        weights_bytes=m.weights_bytes + placed.weights,
        kv_cache_bytes=m.kv_cache_bytes + placed.kv,
        compute_bytes=m.compute_bytes + placed.compute,
        overhead_bytes=m.overhead_bytes + placed.overhead,
        total_bytes=m.total_bytes + placed.added,
        vram_bytes=m.vram_bytes + placed.vram,
        ram_bytes=m.ram_bytes + placed.ram,
    )
    if on_gpu and machine.unified:  # one memory: what it adds, on the GPU with the model
        r = reasons.remark(reasons.REMARK_DRAFT_UNIFIED, name=draft.name or "?", draft_bytes=placed.vram + placed.ram)
    elif on_gpu:  # on the card, and what stays beside it in RAM (its token embeddings, vocabulary tables)
        r = reasons.remark(
            reasons.REMARK_DRAFT_GPU, name=draft.name or "?", draft_bytes=placed.vram, ram_bytes=placed.ram
        )
    else:
        r = reasons.remark(reasons.REMARK_DRAFT_CPU, name=draft.name or "?", draft_bytes=placed.ram)
    remarks = tuple(x for x in est.remarks if x.code != reasons.REMARK_MAC_WIRED_LIMIT)
    if remarks != est.remarks:  # a Mac's raised share holds the draft too (code review: 11008 held the model alone)
        beside = gpu if settings.gpu_layers != 0 else cpu  # -ngld auto follows the model onto the GPU
        remarks += _mac_wired_limit(
            spec,
            _less_ram(machine, beside.vram + beside.ram),
            est,
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            draft_vram_bytes=beside.vram,
            draft_bytes=beside.vram + beside.ram,
        )
    est = dataclasses.replace(est, memory=memory, budget=machine.budget, remarks=(*remarks, r))
    draft_kv = _draft_checkpoint_bytes(draft, d, settings.layout(kv_layout))
    return _with_checkpoints(est, spec, context=context, kv_type=kv_type, kv_layout=kv_layout, draft_kv=draft_kv)


def _experts_split(
    p: _Parts, machine: Machine, context: int, experts: tuple[int, ...], n: int
) -> tuple[int, int, int, int] | None:
    """(VRAM, RAM, experts in RAM, staging) with every layer on the GPU but the routed experts of the first `n`
    layers in RAM, or None when that does not fit. For a prompt batch llama.cpp's scheduler runs those experts'
    matrix products on the GPU (`op_offload`), copying one layer's expert tensors into the GPU's compute buffer:
    the staging, counted once (unmeasured here: no GPU)."""
    in_ram = sum(experts[:n])
    staging = max(experts[:n], default=0)
    vram = _full_vram(p, machine.gpus) - in_ram + staging
    ram = p.embedding + p.host_compute + p.host_runtime + in_ram + p.kv_ram
    fits_vram = vram <= sum(d.budget_bytes for d in machine.gpus)
    fits_ram = (vram + ram if machine.unified else ram) <= machine.ram_usable_bytes
    return (vram, ram, in_ram, staging) if fits_vram and fits_ram else None


def _fewest_cpu_moe(p: _Parts, machine: Machine, context: int, experts: tuple[int, ...]) -> int | None:
    """The smallest --n-cpu-moe that fits (None: not even all experts in RAM)."""
    for n in range(1, len(experts) + 1):
        if experts[n - 1] and _experts_split(p, machine, context, experts, n) is not None:
            return n
    return None


def _cpu_read_seconds(
    spec: ModelSpec, shape: Shape, machine: Machine, n_bytes: float, bytes_per_weight: float
) -> float:
    """Seconds to read `n_bytes` of routed experts on the CPU per token: speed.py's CPU rate (the lowest of the
    bandwidth, the cores' draw and the compute bound, with the machine's calibration), at the share narrow experts
    keep of it (`narrow_expert_scale`)."""
    return n_bytes / (cpu_decode_rate(machine, spec.quant, bytes_per_weight) * narrow_expert_scale(spec, shape))


def _experts_layout(
    est: Estimate,
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout = ONE_SEQUENCE,
    n: int,
) -> Estimate | None:
    """The estimate with every layer on the GPU and the first `n` layers' routed experts in RAM (None: no fit)."""
    p, from_file = _parts(spec, context, kv_type, kv_layout)
    experts = expert_bytes_by_layer(spec, p.shape, p.layers_weights, p.weights)
    split = _experts_split(p, machine, context, experts, n) if machine.gpus and experts else None
    if split is None:
        return None
    vram, ram, in_ram, staging = split
    n_layers, devices = p.shape.layers, machine.gpus
    share = min(1.0, (spec.active_experts or 1) / (spec.experts or 1))
    host_small = p.host_compute
    weights_total = p.weights + p.projector_weights + (p.output if p.shape.tied_embeddings else 0)
    compute_total = p.compute * len(devices) + host_small + staging + p.projector - p.projector_weights
    overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in devices)
    memory = MemoryBreakdown(
        weights_bytes=weights_total,
        kv_cache_bytes=p.kv,
        compute_bytes=compute_total,
        overhead_bytes=overhead,
        total_bytes=weights_total + p.kv + compute_total + overhead,
        vram_bytes=vram,
        ram_bytes=ram,
    )
    # the GPU reads everything active but the experts in RAM; the CPU reads their active share, at its rate
    gpu_speed = decode_speed(
        spec,
        p.shape,
        machine,
        context=context,
        kv_type=kv_type,
        gpu_layers=n_layers,
        weights_bytes=p.weights,
        layers_weights_bytes=p.layers_weights - int(share * in_ram),
        output_bytes=p.output,
        kv_on_gpu=kv_layout.offload,
        inactive_bytes=inactive_expert_bytes(spec, experts),
    )
    extra = _cpu_read_seconds(spec, p.shape, machine, share * in_ram, p.weights / spec.parameters)
    # the processor's part strays as CPU runs do (speed.DECODE_SPREAD), the GPU's as the card's
    cpu_low, cpu_high = spread(DECODE_SPREAD, "cpu")
    point = 1.0 / (1.0 / gpu_speed.point + extra)
    full = 1.0 / (1.0 / gpu_speed.full + extra)
    low = 1.0 / (1.0 / gpu_speed.low + extra / cpu_low)
    high = 1.0 / (1.0 / gpu_speed.high + extra / cpu_high)
    prefill = functools.partial(  # experts kept in RAM are tensor overrides: llama.cpp's pipeline is off
        prefill_seconds,
        spec,
        p.shape,
        machine,
        gpu_layers=n_layers,
        context=context,
        layers_weights_bytes=p.layers_weights,
        pipeline=False,
        ram_weights_bytes=in_ram,  # their products run on the GPU, the experts copied per micro-batch (op offload)
        kv_on_gpu=kv_layout.offload,
    )
    prompt_seconds = prefill()
    prompt_tps = 1.0 / prompt_seconds.total
    host_bytes = ram + (vram if machine.unified else 0)
    comfortable = machine.ram_comfortable_bytes
    tight = is_tight(host_bytes, comfortable)
    fit = FitLevel.PARTIAL_OFFLOAD
    notes = _notes(spec, p, from_file, machine, context, kv_type, fit, kv_layout)
    r = reasons.remark(reasons.REMARK_EXPERTS_IN_RAM, n_cpu_moe=n, expert_bytes=in_ram)
    kept = tuple(x for x in est.remarks if x.code != reasons.REMARK_TIGHT)  # the usual layout's: this one's instead
    return dataclasses.replace(
        est,
        fit=fit,
        gpu_layers=n_layers,
        memory=memory,
        tokens_per_second=round(point, 1),
        tokens_per_second_range=(round(low, 1), round(high, 1)),
        notes=notes,
        tight=tight,
        prompt_tokens_per_second=round(prompt_tps, 1),
        # every layer on the GPU: the GPU family's spread, and the experts' crossing PCIe the link's (prefill_range)
        prompt_tokens_per_second_range=_rounded(
            prefill_range(prompt_tps, range_family(machine, n_layers, n_layers), prompt_seconds, machine)
        ),
        context_fill_seconds_range=_fill_seconds(
            prefill, context, range_family(machine, n_layers, n_layers), machine, kv_layout
        ),
        full_context_tokens_per_second=None if kv_layout.streams > 1 else full_context_speed(point, full, context),
        calibration=machine.calibration,  # both sides run it: a GPU or a processor calibration changed it
        remarks=(*kept, *(_tight_remark(machine, host_bytes) if tight else ()), r),
        n_cpu_moe=n,
    )


def _experts_in_ram(
    est: Estimate,
    spec: ModelSpec,
    machine: Machine,
    *,
    context: int,
    kv_type: str,
    kv_layout: KvLayout = ONE_SEQUENCE,
    n_cpu_moe: int,
) -> Estimate:
    """`--n-cpu-moe N` asked: that layout when it fits the GPU, else the usual one and the N it would take. Without
    a GPU every weight is in RAM already and the option changes nothing."""
    if not machine.gpus:
        return est
    p, _ = _parts(spec, context, kv_type, kv_layout)
    n = min(n_cpu_moe, p.shape.layers)
    layout = _experts_layout(est, spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout, n=n)
    if layout is not None:
        return layout
    experts = expert_bytes_by_layer(spec, p.shape, p.layers_weights, p.weights)
    needed = _fewest_cpu_moe(p, machine, context, experts)
    if needed is not None and needed > n:
        r = reasons.remark(reasons.REMARK_EXPERTS_IN_RAM_TOO_FEW, n_cpu_moe=n, needed=needed)
    elif needed is not None:  # fewer fit: this many experts are more than system RAM holds
        most = max(k for k in range(needed, n) if _experts_split(p, machine, context, experts, k) is not None)
        r = reasons.remark(reasons.REMARK_EXPERTS_IN_RAM_TOO_MANY, n_cpu_moe=n, needed=needed, most=most)
    else:
        r = reasons.remark(reasons.REMARK_EXPERTS_IN_RAM_NO_FIT, n_cpu_moe=n)
    return dataclasses.replace(est, remarks=(*est.remarks, r))


# experts kept in RAM are the layout where they decode at least this share of the split by layers' speed: within the
# estimate's error it is the layout llama-server's --fit picks for a mixture, and it keeps the whole KV cache and
# every attention on the GPU (newcomer round: gpt-oss-20b's Q8_0 was "-ngl 6" and its Q4_K_M "--n-cpu-moe 21" at the
# same 21 tokens/s on one laptop, two files of one model placed two ways by a tenth of a token per second)
PLACEMENT_TIE_SHARE = 0.97


def _suggest_experts_in_ram(
    est: Estimate, spec: ModelSpec, machine: Machine, *, context: int, kv_type: str, kv_layout: KvLayout = ONE_SEQUENCE
) -> Estimate:
    """A MoE model split by layers: when keeping the fewest layers' experts in RAM instead (attention, shared
    weights and the other experts on the GPU) fits and decodes faster, or about as fast (PLACEMENT_TIE_SHARE), say
    so with the N to use."""
    p, _ = _parts(spec, context, kv_type, kv_layout)
    n = _fewest_cpu_moe(p, machine, context, expert_bytes_by_layer(spec, p.shape, p.layers_weights, p.weights))
    if n is None:
        return est
    layout = _experts_layout(est, spec, machine, context=context, kv_type=kv_type, kv_layout=kv_layout, n=n)
    if layout is None or (layout.tokens_per_second or 0) < PLACEMENT_TIE_SHARE * (est.tokens_per_second or 0):
        return est
    if (layout.tokens_per_second or 0) < (est.tokens_per_second or 0) and layout.tight and not est.tight:
        return est  # a tie never makes a comfortable split tight (experts in RAM take more of it: code review)
    r = reasons.remark(
        reasons.REMARK_EXPERTS_IN_RAM_BETTER,
        n_cpu_moe=n,
        tokens_per_second=layout.tokens_per_second,
        layer_tokens_per_second=est.tokens_per_second,
    )
    return dataclasses.replace(est, remarks=(*est.remarks, r))

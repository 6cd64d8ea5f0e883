"""From a raw GGUF header to the model facts sizing needs (`GgufInfo`), and from those to a `ModelSpec`."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import gguf

from advisor.core.gguf.reader import (
    DEFAULT_TIME_LIMIT_S,
    MAX_TENSORS,
    ArraySummary,
    GgufError,
    GgufHeader,
    LlamaCppRefusesError,
    TensorInfo,
    check_data_fits,
    is_later_split_part,
    read_header,
)
from advisor.core.messages import catalog as words
from advisor.core.messages.translations import Msg
from advisor.core.text import outside_name, outside_optional_name
from advisor.core.types import ModelSpec

# llama.cpp's built-in sliding-window patterns (src/models/*.cpp `load_swa_pattern(ml, N)`): every N-th layer
# keeps the full context, the others only the window; a GGUF may override it with `.sliding_window_pattern`.
SWA_PATTERN_BY_ARCH: dict[str, int] = {
    "gemma2": 2,
    "gemma3": 6,
    "gemma3n": 5,
    "gemma-embedding": 6,
    "cohere2": 4,
    "gpt-oss": 2,
    "openai-moe": 2,
    "llama4": 4,
    "exaone4": 4,
    "olmo2": 4,
    "phi3": 1,
    "smallthinker": 4,
    "afmoe": 4,
    "cohere2moe": 4,
    "exaone-moe": 4,
    "mellum": 4,
    "muse-glimmer": 4,
    "plamo3": 8,
    "laguna": 4,
    "deepseek4": 0,
}
# `load_swa_pattern(ml, N, dense_first=true)`: the full layer opens each period (`il % N != 0` slides) instead of
# closing it (llama_hparams::set_swa_pattern)
SWA_DENSE_FIRST_ARCHS = frozenset({"smallthinker", "cohere2moe", "laguna"})
# Only the first N layers keep a KV cache; the later ones attend over an earlier layer's (llama.cpp's
# `n_layer_kv_from_start`, set to 20 in src/models/gemma3n.cpp whatever `attention.shared_kv_layers` says;
# llama_hparams::has_kv, llama_kv_cache's constructor skips the others, llama_model::create_memory's `reuse`).
KV_FROM_START_BY_ARCH: dict[str, int] = {"gemma3n": 20}
# Gemma 4 reads it from the file: `n_layer_kv_from_start = n_layer - attention.shared_kv_layers`
# (src/models/gemma4.cpp load_arch_hparams), with the same `reuse` of the last cached sliding and full layer
KV_SHARED_FROM_FILE_ARCHS = frozenset({"gemma4"})
# DeepSeek-V3.2-style sparse attention (DSA): beside the MLA latent, llama_kv_cache_dsa keeps a second cache of the
# lightning indexer's keys, one head of `attention.indexer.key_length` per cell (src/llama-kv-cache-dsa.cpp: the
# same cells and type as K, no V), on every trunk layer (deepseek32) or on the layers `attention.indexer.types`
# marks (glm-dsa; all of them when the file has no list, as GLM 5 and 5.1 load)
DSA_INDEXER_ARCHS = frozenset({"deepseek32", "glm-dsa", "dots3note"})
# dots.llm3 Note (llama_kv_cache_dsa_iswa, src/llama-kv-cache-dsa-iswa.cpp): the full layers' latent (key_length)
# and the indexer's keys on the layers `attention.indexer.types` marks, in the DSA cache over the context; the
# sliding layers' smaller latent (key_length_swa: kv_lora_rank_swa + rope) in a window cache; no V in either
DSA_SWA_ARCHS = frozenset({"dots3note"})
# The embedding encoders (llama-server --embedding): their attention is not causal and runs over the micro-batch
# alone, with no cache (llm_graph_context::build_attn_inp_no_cache), so their compute buffer does not grow with the
# context (advisor/core/sizing/memory.py `_encoder_compute_bytes`)
EMBEDDING_ARCHS = frozenset(
    {
        "bert",
        "jina-bert-v2",
        "jina-bert-v3",
        "nomic-bert",
        "nomic-bert-moe",
        "neo-bert",
        "eurobert",
        "modern-bert",
        "gemma-embedding",
    }
)
# Architectures llama.cpp gives no memory at all (llama_model::create_memory returns none): the embedding encoders
# and diffusion models, which see the whole sequence at once and keep nothing between calls
NO_KV_ARCHS = EMBEDDING_ARCHS | {"wavtokenizer-dec", "dream", "llada", "llada-moe", "rnd1", "clef"}
# Architectures whose layers keep a fixed recurrent state instead of a per-token KV cache.
RECURRENT_ARCHS = frozenset({"mamba", "mamba2", "rwkv6", "rwkv6qwen2", "rwkv7", "arwkv7"})
# Hybrids, as llama.cpp's load_arch_hparams marks their recurrent layers (src/models/<arch>.cpp) and
# llama_model::create_memory filters them (src/llama-model.cpp):
# - linear attention everywhere except every `full_attention_interval`-th layer (default 4):
#   `is_recr[i] = i < n_layer && (i + 1) % full_attn_interval != 0`; the other layers have a KV cache;
#   (Qwen4-Exp and MiniMax-Text-01 the same, default interval 4 and 8; `attention.recurrent_layers`, when the file
#   has it, lists the flags instead: src/models/qwen35.cpp, qwen4exp.cpp, minimax-01.cpp);
HYBRID_INTERVAL_ARCHS = frozenset({"qwen3next", "qwen35", "qwen35moe", "qwen4exp", "minimax-01"})
FULL_ATTENTION_INTERVAL_DEFAULT = {"minimax-01": 8}
# - a layer is recurrent iff its head_count_kv is 0 (`is_recr[i] = n_head_kv(i) == 0`); Nemotron-H's recurrent
#   and attention memories also skip the MLP-only layers (`n_ff(il) == 0` in both filters);
#   Kimi-Linear, Kimi-K3, Ling/Ring 3 (bailingmoe3) and GLM-5-Next mark their KDA layers so (src/models/<arch>.cpp)
HYBRID_KV_ZERO_ARCHS = frozenset(
    {
        "jamba",
        "granitehybrid",
        "nemotron_h",
        "nemotron_h_moe",
        "lfm2",
        "lfm2moe",
        "plamo2",
        "kimi-linear",
        "kimi-k3",
        "bailingmoe3",
        "glm5-next",
    }
)
HYBRID_FFN_ONLY_LAYERS_ARCHS = frozenset({"nemotron_h", "nemotron_h_moe"})
# - Falcon-H1: every layer has both (`filter_attn` and `filter_recr` return true).
HYBRID_ALL_LAYERS_ARCHS = frozenset({"falcon-h1"})
# MiniMax-Text-01's lightning-attention layers: a state of key_length² × n_head f32 (llama_hparams::n_embd_s's
# `n_embd_head_la`), no convolution
LIGHTNING_ATTENTION_ARCHS = frozenset({"minimax-01"})
# The multi-token-prediction layers keep a KV cache in the main context where create_memory's filter does not stop
# at n_layer(): the hybrids whose memory uses the default `!is_recr(il)` filter (or Nemotron-H's / Falcon-H1's own,
# over every layer), and the caches built without a filter (deepseek4's raw window cache, with n_layer_nextn reset
# to 0; hy_v4; minimax-m3's main and indexer caches)
NEXTN_CACHED_ARCHS = (HYBRID_KV_ZERO_ARCHS - {"glm5-next"}) | {"falcon-h1", "deepseek4", "hy_v4", "minimax-m3"}
# DeepSeek-V4 (src/llama-kv-cache-dsv4.cpp): every layer attends over a window (set_swa_pattern(0)) in a K-only
# cache; the layers with compress ratio 4 (CSA) or 128 (HCA) add a K-only cache of pad(ceil(cells / ratio), 256)
# compressed cells, the CSA layers one more for the lightning indexer's keys, and both keep an f32 compressor state
DSV4_ARCHS = frozenset({"deepseek4"})
DSV4_CSA_RATIO = 4
DSV4_HCA_RATIO = 128
OWN_CACHE_ARCHS = DSV4_ARCHS | {"minimax-m3", "hy_v4", "glm5-next", "qwen4exp"}
# GLM-5-Next's DSA indexer scores pools of `attention.indexer.kpool` keys (src/models/glm5-next.cpp
# build_kpool_select); Kimi-K3 banks its layer inputs for a cross-layer residual attention (src/models/kimi-k3.cpp)
KPOOL_INDEXER_ARCHS = frozenset({"glm5-next"})
RESIDUAL_ATTENTION_ARCHS = frozenset({"kimi-k3"})

# What a sane header says (the largest real models: ~130 layers, embedding 16,384-25,600, 128 heads, feed-forward
# ~73,728, 512 experts, vocabularies of ~260,000). Far beyond these is a corrupt field, and it would drive loops
# and memory figures downstream, so it is refused with the field's name.
MAX_LAYERS = 10_000  # a layer count or index in any other key (nextn_predict_layers, a pattern's period)
# llama.cpp's own limits, past which it refuses the file (llama_model_base::load_hparams, src/llama-model.cpp):
# `GGML_ASSERT(n_layer_all > 0 && n_layer_all <= LLAMA_MAX_LAYERS)` for every architecture but CLIP (a projector,
# whose hyper-parameters it does not read), and the keys read once or per layer (get_key_or_arr: "key %s has wrong
# array length; expected %u, got %u"), in its order
LLAMA_MAX_LAYERS = 512  # src/llama-hparams.h
LLAMA_MAX_EXPERTS = 1024  # src/llama-hparams.h (Kimi K3)
_NO_HPARAMS_ARCHS = frozenset({"clip"})
_KEY_OR_PER_LAYER = ("expert_used_count", "feed_forward_length", "attention.head_count", "attention.head_count_kv")
MAX_EMBEDDING = 2**20
MAX_HEADS = 2**16
MAX_HEAD_DIM = 2**16
MAX_FEED_FORWARD = 2**22
MAX_EXPERTS = 4096
MAX_VOCAB = 2**24
MAX_CONTEXT_LENGTH = 2**32
MAX_SPLIT_COUNT = 9999
MAX_PARAMETERS = 1e14

_FILE_TYPE_NAMES = {int(ft): ft.name.removeprefix("MOSTLY_").removeprefix("ALL_") for ft in gguf.LlamaFileType}
_SPLIT_RE = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


@dataclass(frozen=True)
class GgufInfo:
    """The facts of one GGUF file (or the first part of a split file) that sizing and the catalogue need."""

    architecture: str | None
    name: str | None
    parameter_count: int  # elements of the tensors listed here (all of them unless split_count > 1)
    layers: int | None
    embedding: int | None
    heads: int | None
    kv_heads: int | None  # the largest per-layer value when the file gives one per layer
    head_dim: int | None  # key length per head
    value_dim: int | None
    context_length: int | None
    feed_forward: int | None
    experts: int | None
    active_experts: int | None
    expert_parameter_count: int  # elements in the routed-expert tensors (`*_exps`)
    sliding_window: int | None
    sliding_window_layers: int | None
    attention_layers: int | None  # layers with a per-token KV cache (fewer in hybrid/recurrent models)
    kv_lora_rank: int | None  # MLA (DeepSeek) caches this latent instead of full K/V (None: the file's layout
    # caches full K and V per head, as llama.cpp does without attention.key_length_mla / value_length_mla)
    vocab_size: int | None
    file_type: int | None
    quant: str | None  # "Q4_K_M", "F16", ... from general.file_type, else the most common weight type
    size_label: str | None
    tied_embeddings: bool
    token_embedding_bytes: int | None
    tensor_bytes: int  # sum of the listed tensors' bytes
    header_bytes: int
    file_size_bytes: int | None
    split_count: int
    version: int
    tensors: tuple[TensorInfo, ...]
    metadata: dict[str, object]
    expert_feed_forward: int | None = None  # `expert_feed_forward_length`: one routed expert's hidden width
    recurrent_layers: int = 0  # layers with a fixed recurrent (SSM / linear-attention) state
    recurrent_state_elements: int = 0  # f32 elements of that state per layer and sequence (n_embd_r + n_embd_s)
    # the recurrent block's widths, None when absent: ssm.inner_size (d_inner), ssm.state_size (d_state),
    # ssm.group_count (n_group), ssm.time_step_rank (Mamba-2 heads / gated delta-net value heads)
    ssm_inner: int | None = None
    ssm_state: int | None = None
    ssm_groups: int | None = None
    ssm_heads: int | None = None
    per_layer_embedding_bytes: int | None = None  # Gemma 3n's `per_layer_token_embd` (a host tensor)
    # KV elements per cell over the cached full / sliding layers when layers differ (Gemma 4), else None
    kv_cell_elements: tuple[int, int] | None = None
    per_layer_input_width: int | None = None  # `embedding_length_per_layer_input` (Gemma 4 E-models)
    indexer_query_width: int | None = None  # DSA: attention.indexer.head_count × key_length
    # compressed caches (DeepSeek-V4): (compression ratio, K elements per compressed cell over its layers)
    kv_compressed: tuple[tuple[int, int], ...] | None = None
    extra_state_bytes: int = 0  # a fixed f32 state beside the recurrent layers' (DSV4 compressors, Qwen4-Exp PLE)
    mla_attention_heads: int | None = None  # dots3note: the full (DSA) layers' query heads; None: `heads`
    hyper_connections: int | None = None  # `hyper_connection.count` (hy_v4, qwen4exp)
    indexer_pool: int | None = None  # Qwen4-Exp's QSA k-pool block (its layers' compress ratio), GLM-5-Next's kpool
    residual_checkpoints: int | None = None  # Kimi-K3: the layer inputs its residual attention banks
    # the model's tensors, all parts of a split file (`split.tensors.count`): llama.cpp sizes its graph by them
    tensor_count: int | None = None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _per_layer(value: object) -> tuple[int | None, list[int] | None]:
    """A hyper-parameter that is either one number or one number per layer."""
    if isinstance(value, list):
        ints = [v for v in (_int(x) for x in value) if v is not None]
        return (max(ints) if ints else None), ints
    return _int(value), None


def _corrupt(what: str) -> GgufError:
    return GgufError(what)


def _bounded(value: int | None, field: str, low: int, high: int) -> int | None:
    """`value` (None when absent) if `low <= value <= high`, else the GgufError that names the field."""
    if value is not None and not low <= value <= high:
        raise _corrupt(f"{field} is {value:,} (a real model has {low:,} to {high:,})")
    return value


def _bounded_per_layer(value: int | None, per_layer: list[int] | None, field: str, low: int, high: int) -> int | None:
    """A one-or-per-layer number: no entry negative or above `high`; the largest at least `low`."""
    for v in per_layer or ():
        if v < 0 or v > high:
            raise _corrupt(f"{field} has a per-layer value of {v:,} (a real model has 0 to {high:,})")
    return _bounded(value, field, low, high)


def _has_recurrent_layers(arch: str | None, md: dict[str, object]) -> bool:
    """Recurrent and hybrid models (Mamba, RWKV, Jamba, Falcon-H1...) write 0 heads or 0 feed-forward."""
    if arch is None:
        return False
    prefixes = (f"{arch}.ssm.", f"{arch}.wkv.", f"{arch}.rwkv.", f"{arch}.kda.")
    recurrent_archs = RECURRENT_ARCHS | LIGHTNING_ATTENTION_ARCHS
    return arch in recurrent_archs or any(k.startswith(prefixes) for k in md)


def _recurrent_state_elements(
    key: Callable[[str], object], embedding: int | None, heads: int | None = None, arch: str | None = None
) -> int:
    """llama_hparams::n_embd_r() + n_embd_s() (src/llama-hparams.cpp): the conv/shift state and the SSM/WKV state."""

    def num(suffix: str, default: int = 0) -> int:
        v = _bounded(_int(key(suffix)), suffix, 0, MAX_FEED_FORWARD)
        return default if v is None else v

    n_embd = embedding or 0
    if arch in LIGHTNING_ATTENTION_ARCHS:  # n_embd_s = head_dim² × n_head (n_embd_head_la = key_length)
        head = num("attention.key_length") or (n_embd // heads if heads else 0)
        return head * head * (heads or 0)
    wkv_head_size = num("wkv.head_size")
    if wkv_head_size:  # RWKV: token_shift_count × n_embd, n_embd × wkv_head_size
        return num("token_shift_count", 2) * n_embd + n_embd * wkv_head_size
    kda = num("kda.head_dim")
    if kda:  # Kimi-Linear's KDA layers: q/k/v convolutions 3·(d_conv − 1)·n_head·head_dim, state head_dim²·n_head
        conv = num("ssm.conv_kernel") - 1 if num("ssm.conv_kernel") > 0 else 3
        return 3 * conv * (heads or 0) * kda + kda * kda * (heads or 0)
    d_conv, d_inner, d_state, n_group = (
        num("ssm.conv_kernel"),
        num("ssm.inner_size"),
        num("ssm.state_size"),
        num("ssm.group_count"),
    )
    l_cache = num("shortconv.l_cache")
    r = n_embd * (l_cache - 1) if l_cache else max(0, d_conv - 1) * (d_inner + 2 * n_group * d_state)
    return r + d_state * d_inner


def _recurrent_layers(
    arch: str | None,
    layers: int | None,
    key: Callable[[str], object],
    kv_per_layer: list[int] | None,
    ff_per_layer: list[int] | None,
) -> tuple[int, int | None]:
    """(recurrent layers, KV-cache layers or None when the header's head counts already say it) for hybrids."""
    if not arch or not layers:
        return 0, None
    if arch in RECURRENT_ARCHS:
        return layers, 0
    if arch in HYBRID_ALL_LAYERS_ARCHS:
        return layers, layers
    if arch in HYBRID_INTERVAL_ARCHS:
        nextn = min(layers, _bounded(_int(key("nextn_predict_layers")), "nextn_predict_layers", 0, MAX_LAYERS) or 0)
        recurrent = sum(_interval_recurrent_flags(arch, layers, key))
        # create_memory's filters stop at n_layer(): the MTP layers keep neither memory in the main context
        return recurrent, layers - nextn - recurrent
    if arch in HYBRID_KV_ZERO_ARCHS and kv_per_layer is not None:
        ff = ff_per_layer if arch in HYBRID_FFN_ONLY_LAYERS_ARCHS and ff_per_layer is not None else None
        kv = kv_per_layer[:layers]
        recurrent = sum(1 for i, v in enumerate(kv) if v == 0 and (ff is None or i >= len(ff) or ff[i] == 0))
        if arch not in NEXTN_CACHED_ARCHS:  # GLM-5-Next: create_memory's filters stop at n_layer() (no MTP cache)
            nextn = min(layers, _bounded(_int(key("nextn_predict_layers")), "nextn_predict_layers", 0, MAX_LAYERS) or 0)
            return recurrent, sum(1 for v in kv[: layers - nextn] if v > 0)
        return recurrent, None
    return 0, None


def _layer_values(value: object, layers: int, default: int) -> list[int]:
    """A key given once or per layer (llama_model_loader::get_key_or_arr), as one int per layer; flags as 0/1."""
    if isinstance(value, list):
        vals = [int(v) if isinstance(v, bool) else (_int(v) or 0) for v in value[:layers]]
        return vals + [default] * (layers - len(vals))
    if isinstance(value, bool):
        return [int(value)] * layers
    one = _int(value)
    return [default if one is None else one] * layers


def _interval_recurrent_flags(arch: str | None, layers: int, key: Callable[[str], object]) -> list[bool]:
    """Which layers of a Qwen3-Next-style hybrid are linear attention (`is_recr`): the file's
    `attention.recurrent_layers`, else all but every `full_attention_interval`-th trunk layer (not the MTP ones)."""
    interval = _bounded(_int(key("full_attention_interval")), "full_attention_interval", 1, MAX_LAYERS)
    interval = interval or FULL_ATTENTION_INTERVAL_DEFAULT.get(arch or "", 4)
    nextn = min(layers, _bounded(_int(key("nextn_predict_layers")), "nextn_predict_layers", 0, MAX_LAYERS) or 0)
    flags = key("attention.recurrent_layers")
    if isinstance(flags, list):
        return [i < layers - nextn and bool(v) for i, v in enumerate(_layer_values(flags, layers, 0))]
    return [i < layers - nextn and (i + 1) % interval != 0 for i in range(layers)]


def _own_cache_rules(
    arch: str | None,
    key: Callable[[str], object],
    layers: int,
    embedding: int | None,
    kv_heads: int | None,
    kv_per_layer: list[int] | None,
    head_dim: int | None,
    value_dim: int | None,
    mla: bool,
) -> tuple[tuple[int, int], tuple[tuple[int, int], ...] | None, int, int | None] | None:
    """The caches of architectures with a cache class of their own (src/llama-model.cpp create_memory):
    ((full, sliding) KV elements per cell, compressed caches, fixed f32 state bytes, sliding layers or None),
    or None for the plain rules."""
    if not layers or not head_dim or arch not in OWN_CACHE_ARCHS:
        return None
    kvh = [v for v in kv_per_layer[:layers]] if kv_per_layer is not None else [kv_heads or 1] * layers
    kvh += [kv_heads or 1] * (layers - len(kvh))
    vd = value_dim or head_dim

    def num(suffix: str) -> int:
        return _bounded(_int(key(suffix)), suffix, 0, MAX_FEED_FORWARD) or 0

    idx = num("attention.indexer.key_length")
    nextn = min(layers, num("nextn_predict_layers"))
    trunk = layers - nextn
    if arch in DSV4_ARCHS:
        # llama_kv_cache_dsv4's constructor: the raw window cache over every layer (hparams_raw.n_layer_nextn = 0),
        # K only (dsv4_make_k_only); kv_csa / kv_hca over the ratio-4 / ratio-128 layers, kv_lid one head of
        # indexer key_length on the ratio-4 layers; llama_dsv4_comp_state: kv and score, f32, state_size rows of
        # n_embd_state over the trunk layers (CSA 8 × 2·head, HCA 128 × head, indexer 8 × 2·indexer key)
        k = num("attention.key_length_swa") or head_dim
        ratios = _layer_values(key("attention.compress_ratios"), layers, 0)
        csa = [il for il in range(layers) if ratios[il] == DSV4_CSA_RATIO]
        hca = [il for il in range(layers) if ratios[il] == DSV4_HCA_RATIO]
        raw = sum(kvh[il] * k for il in range(layers))
        compressed = (
            (DSV4_CSA_RATIO, sum(kvh[il] * k for il in csa) + len(csa) * idx),
            (DSV4_HCA_RATIO, sum(kvh[il] * k for il in hca)),
        )
        state = sum(
            2 * (2 * head_dim) * 2 * DSV4_CSA_RATIO + 2 * (2 * idx) * 2 * DSV4_CSA_RATIO for il in csa if il < trunk
        )
        state += sum(2 * head_dim * DSV4_HCA_RATIO for il in hca if il < trunk)
        return (0, raw), compressed, 4 * state, layers
    if arch == "minimax-m3":
        # llama_kv_cache_msa: the main cache over every layer (K and V per KV head) and the indexer's cache of one
        # head on the layers after the leading dense ones, built from the model's hparams with only the key head
        # size changed, so it keeps a V of value_length beside its key (not an MLA model: has_v)
        dense = num("leading_dense_block_count")
        main = sum(kvh[il] * (head_dim + vd) for il in range(layers))
        return (main + sum(idx + vd for il in range(dense, layers)), 0), None, 0, None
    if arch == "hy_v4" and mla:
        # llama_kv_cache_dsa (indexer.top_k > 0) or a plain llama_kv_cache, both without a filter: the latent (K
        # only) on every layer; the indexer's keys on the layers `attention.indexer.types` marks (hy-v4.cpp)
        types = _layer_values(key("attention.indexer.types"), trunk, 0) if num("attention.indexer.top_k") else []
        indexed = sum(1 for t in types if t)  # flags: a layer is marked or not, whatever number marks it
        return (sum(kvh[il] * head_dim for il in range(layers)) + indexed * idx, 0), None, 0, None
    if arch == "glm5-next" and mla:
        # llama_memory_hybrid_idx: the latent (K only) on the trunk's attention layers; the indexer keys on those
        # the types mark (all without the list), indexer key_length × indexer_kpool_row (3: the key, its pool gate
        # and the pooled key)
        attn = [il for il in range(trunk) if kvh[il] > 0]
        types = _layer_values(key("attention.indexer.types"), trunk, 1)
        indexed = sum(1 for il in attn if types[il])
        return (sum(kvh[il] * head_dim for il in attn) + indexed * idx * 3, 0), None, 0, None
    if arch == "qwen4exp":
        # llama_memory_hybrid_idx: K and V on the trunk's full-attention layers, the QSA indexer's keys on the same
        # layers (key_length × 2 when a compress ratio pools them: indexer_kpool_row); the PLE module's convolution
        # history (llama_memory_recurrent's cache_ple_r_l) on its recurrent layer
        recr = _interval_recurrent_flags(arch, layers, key)
        attn = [il for il in range(trunk) if not recr[il]]
        row = 2 if any(_layer_values(key("attention.compress_ratios"), layers, 0)) else 1
        kv = sum(kvh[il] * (head_dim + vd) for il in attn) + len(attn) * idx * row
        ple_layers = key("ple.layers")
        conv, ngram, hc = num("ple.conv_kernel"), num("ple.ngram_size"), num("hyper_connection.count")
        ple = 0
        if isinstance(ple_layers, list) and conv and ngram:
            per_layer = (conv - 1) * ngram * hc * (embedding or 0)
            ple = sum(
                per_layer for il in _layer_values(ple_layers, len(ple_layers), -1) if 0 <= il < layers and recr[il]
            )
        return (kv, 0), None, 4 * ple, None
    return None


def _swa_flags(arch: str | None, layers: int, key: Callable[[str], object]) -> list[bool] | None:
    """Which layers slide (llama_hparams::is_swa): the file's per-layer list, else its or the architecture's
    period N (`set_swa_pattern`: every N-th layer keeps the full context; 0: all slide); None when unknown."""
    pattern = key("attention.sliding_window_pattern")
    if isinstance(pattern, list):
        return [bool(v) for v in pattern[:layers]] + [False] * max(0, layers - len(pattern))
    n = _bounded(_int(pattern), "attention.sliding_window_pattern", 0, MAX_LAYERS)
    n = SWA_PATTERN_BY_ARCH.get(arch or "") if n is None else n
    if n is None:
        return None
    if arch in SWA_DENSE_FIRST_ARCHS:
        return [n == 0 or il % n != 0 for il in range(layers)]
    return [n == 0 or il % n < n - 1 for il in range(layers)]


def _kv_cell_elements(
    key: Callable[[str], object],
    cached: int,
    swa: list[bool] | None,
    kv_heads: int | None,
    kv_per_layer: list[int] | None,
    head_dim: int | None,
    value_dim: int | None,
) -> tuple[int, int] | None:
    """(full, sliding) KV elements per cell summed over the first `cached` layers, when they differ by layer.

    llama_hparams::n_embd_k_gqa(il) = n_head_kv(il) × n_embd_head_k(il), whose head size is `key_length_swa` on
    a sliding layer and `key_length` on a full one (src/llama-hparams.cpp; the same for V), and which
    llama_kv_cache's constructor sums layer by layer. None when every layer has the same width (the plain rule)."""
    k_swa = _bounded(_int(key("attention.key_length_swa")), "attention.key_length_swa", 1, MAX_HEAD_DIM)
    v_swa = _bounded(_int(key("attention.value_length_swa")), "attention.value_length_swa", 1, MAX_HEAD_DIM)
    distinct = {v for v in kv_per_layer or () if v > 0}
    if not head_dim or (k_swa is None and v_swa is None and len(distinct) <= 1):
        return None
    full = sliding = 0
    for il in range(cached):
        n_kv = kv_per_layer[il] if kv_per_layer is not None and il < len(kv_per_layer) else kv_heads or 0
        slides = swa is not None and swa[il]
        k = (k_swa or head_dim) if slides else head_dim
        v = (v_swa or k_swa or value_dim or head_dim) if slides else (value_dim or head_dim)
        if slides:
            sliding += n_kv * (k + v)
        else:
            full += n_kv * (k + v)
    return full, sliding


def _dominant_type(tensors: tuple[TensorInfo, ...]) -> str | None:
    by_type: dict[str, int] = {}
    for t in tensors:
        if len(t.shape) >= 2 and t.name != "token_embd.weight":
            by_type[t.type_name] = by_type.get(t.type_name, 0) + (t.n_bytes or 0)
    return max(by_type, key=by_type.__getitem__) if by_type else None


def _llama_cpp_layers(arch: str | None, key: Callable[[str], object]) -> int | None:
    """`block_count`, refused where llama.cpp refuses the file: more than LLAMA_MAX_LAYERS layers, or a key read
    once or per layer that lists another number of values than there are layers (None when absent)."""
    layers = _int(key("block_count"))
    if arch in _NO_HPARAMS_ARCHS:
        return _bounded(layers, "block_count (layers)", 1, MAX_LAYERS)
    if layers is not None and layers > LLAMA_MAX_LAYERS:
        shown = layers if layers < 2**53 else str(layers)  # past a float's digits: all of them, ungrouped
        raise LlamaCppRefusesError(words.GGUF_TOO_MANY_LAYERS, layers=shown, limit=LLAMA_MAX_LAYERS)
    layers = _bounded(layers, "block_count (layers)", 1, LLAMA_MAX_LAYERS)
    for suffix in _KEY_OR_PER_LAYER if layers is not None else ():
        value = key(suffix)
        count = value.length if isinstance(value, ArraySummary) else len(value) if isinstance(value, list) else None
        if count is not None and count != layers:
            raise LlamaCppRefusesError(words.GGUF_PER_LAYER_LENGTH, key=f"{arch}.{suffix}", count=count, layers=layers)
    return layers


# architectures whose layers with no key/value heads are recurrent ones (llama.cpp's `is_recr`), or have none
_KV_ZERO_MEANS_RECURRENT = (
    RECURRENT_ARCHS | HYBRID_KV_ZERO_ARCHS | HYBRID_INTERVAL_ARCHS | HYBRID_ALL_LAYERS_ARCHS | LIGHTNING_ATTENTION_ARCHS
)
_KV_WEIGHTS = ("attn_k.weight", "attn_v.weight", "attn_qkv.weight")


def _check_kv_heads(
    arch: str | None,
    recurrent: bool,
    layers: int | None,
    kv_heads: int | None,
    kv_per_layer: list[int] | None,
    tensors: tuple[TensorInfo, ...],
) -> None:
    """Refuse a layer of an attention model that has key/value weights but 0 key/value heads: llama.cpp expects
    its K and V projections to be 0 wide (n_embd_k_gqa = n_head_kv × head size) and refuses the file
    (check_tensor_dims: "tensor 'blk.0.attn_k.weight' has wrong shape"), or fails building its graph. A recurrent
    or hybrid model's layers with 0 heads are its recurrent ones, and a layer without such weights has nothing to
    refuse (DeciLM's attention-free layers)."""
    if not layers or arch in _KV_ZERO_MEANS_RECURRENT or recurrent:
        return
    if kv_per_layer is not None:
        zero = [il for il, v in enumerate(kv_per_layer[:layers]) if v == 0]
    else:
        zero = list(range(layers)) if kv_heads == 0 else []
    if not zero:
        return
    weights = {t.name for t in tensors if t.n_elements and t.name.endswith(_KV_WEIGHTS)}
    for il in zero:
        if any(f"blk.{il}.{w}" in weights for w in _KV_WEIGHTS):
            raise LlamaCppRefusesError(words.GGUF_NO_KV_HEADS, key=f"{arch}.attention.head_count_kv", layer=il)


def info_from_header(header: GgufHeader, file_size: int | None) -> GgufInfo:
    md = header.metadata
    arch = md.get("general.architecture")
    arch = arch if isinstance(arch, str) else None
    if arch is None:  # the reader lets a split model's later part through; as a model of its own it has none
        raise LlamaCppRefusesError(words.GGUF_NO_ARCHITECTURE)

    def key(suffix: str) -> object:
        return md.get(f"{arch}.{suffix}") if arch else None

    tensors = header.tensors
    recurrent = _has_recurrent_layers(arch, md)
    zero_ok = 0 if recurrent else 1  # recurrent layers have no heads (and Mamba no feed-forward)
    layers = _llama_cpp_layers(arch, key)
    embedding = _bounded(_int(key("embedding_length")), "embedding_length", 1, MAX_EMBEDDING)
    heads, heads_per_layer = _per_layer(key("attention.head_count"))
    heads = _bounded_per_layer(heads, heads_per_layer, "attention.head_count", zero_ok, MAX_HEADS)
    kv_heads, kv_per_layer = _per_layer(key("attention.head_count_kv"))
    kv_heads = _bounded_per_layer(kv_heads, kv_per_layer, "attention.head_count_kv", 0, MAX_HEADS)
    _check_kv_heads(arch, recurrent, layers, kv_heads, kv_per_layer, tensors)
    if kv_heads is None:
        kv_heads = heads
    if heads and kv_heads and kv_heads > heads:
        raise _corrupt(f"attention.head_count_kv {kv_heads:,} is more than attention.head_count {heads:,}")
    head_dim = _bounded(_int(key("attention.key_length")), "attention.key_length", 1, MAX_HEAD_DIM)
    if head_dim is None and embedding and heads:
        if embedding % heads:
            raise _corrupt(
                f"attention.head_count {heads:,} does not divide embedding_length {embedding:,} "
                "(and no attention.key_length is given)"
            )
        head_dim = embedding // heads
    value_dim = _bounded(_int(key("attention.value_length")), "attention.value_length", 1, MAX_HEAD_DIM) or head_dim
    feed_forward, ff_per_layer = _per_layer(key("feed_forward_length"))
    feed_forward = _bounded_per_layer(feed_forward, ff_per_layer, "feed_forward_length", zero_ok, MAX_FEED_FORWARD)
    experts = _bounded(_int(key("expert_count")), "expert_count", 0, MAX_EXPERTS) or None
    # one number, or one per layer (llama.cpp validates and sizes with the largest: n_expert_used_max)
    active_experts, used_per_layer = _per_layer(key("expert_used_count"))
    active_experts = _bounded_per_layer(active_experts, used_per_layer, "expert_used_count", 0, MAX_EXPERTS) or None
    if experts and active_experts and active_experts > experts:
        raise _corrupt(f"expert_used_count {active_experts:,} is more than expert_count {experts:,}")
    # llama_model::load_hparams asserts these (an abort, not an error message): at most LLAMA_MAX_EXPERTS experts,
    # some used per token when there are experts, none when there are not
    if experts and experts > LLAMA_MAX_EXPERTS:
        raise LlamaCppRefusesError(words.GGUF_TOO_MANY_EXPERTS, experts=experts, limit=LLAMA_MAX_EXPERTS)
    if bool(experts) != bool(active_experts):
        raise LlamaCppRefusesError(words.GGUF_EXPERTS_UNUSED, experts=experts or 0, used=active_experts or 0)

    attention_layers = layers
    if kv_per_layer is not None and layers:
        attention_layers = sum(1 for v in kv_per_layer[:layers] if v > 0)
    recurrent_layers, kv_layers = _recurrent_layers(arch, layers, key, kv_per_layer, ff_per_layer)
    if kv_layers is not None:
        attention_layers = kv_layers
    # the multi-token-prediction layers after the trunk keep no KV cache in the main context (llama_model::
    # create_memory's `filter = il < n_layer()` when n_layer_nextn > 0; hybrids count them in _recurrent_layers)
    nextn = _bounded(_int(key("nextn_predict_layers")), "nextn_predict_layers", 0, MAX_LAYERS) or 0
    if nextn and layers and attention_layers and arch not in HYBRID_INTERVAL_ARCHS | NEXTN_CACHED_ARCHS:
        attention_layers = min(attention_layers, max(0, layers - nextn))
    if arch in NO_KV_ARCHS:
        attention_layers = 0
    kv_from_start = KV_FROM_START_BY_ARCH.get(arch or "")
    if arch in KV_SHARED_FROM_FILE_ARCHS and layers:
        shared = _bounded(_int(key("attention.shared_kv_layers")), "attention.shared_kv_layers", 0, layers) or 0
        kv_from_start = layers - shared
    if kv_from_start is not None and attention_layers:
        attention_layers = min(attention_layers, kv_from_start)
    recurrent_elements = _recurrent_state_elements(key, embedding, heads, arch) if recurrent_layers else 0
    ssm = {
        suffix: (_bounded(_int(key(suffix)), suffix, 0, MAX_FEED_FORWARD) or None) if recurrent_layers else None
        for suffix in ("ssm.inner_size", "ssm.state_size", "ssm.group_count", "ssm.time_step_rank")
    }
    kda_head = _bounded(_int(key("kda.head_dim")), "kda.head_dim", 0, MAX_FEED_FORWARD) if recurrent_layers else None
    if kda_head and heads:  # a KDA block's widths (src/models/kimi-linear.cpp): n_head heads of kda.head_dim
        ssm.update({"ssm.inner_size": kda_head * heads, "ssm.state_size": kda_head, "ssm.time_step_rank": heads})
    expert_ff, _ = _per_layer(key("expert_feed_forward_length"))
    expert_ff = _bounded(expert_ff, "expert_feed_forward_length", 0, MAX_FEED_FORWARD) or None

    sliding_window = (
        _bounded(_int(key("attention.sliding_window")), "attention.sliding_window", 0, MAX_CONTEXT_LENGTH) or None
    )
    sliding_window_layers = None
    cached = min(layers or 0, kv_from_start if kv_from_start is not None else layers or 0)
    # llama_hparams::set_swa_pattern: 0 → every layer slides, 1 → none does (phi3: SWA switched off)
    swa_flags = _swa_flags(arch, layers, key) if sliding_window and layers else None
    if swa_flags is not None and arch not in NO_KV_ARCHS:
        sliding_window_layers = sum(swa_flags[:cached])  # the sliding layers that keep their own cache
    kv_cells = None
    indexer_query = None
    if not recurrent_layers and layers and arch not in NO_KV_ARCHS:
        kv_cells = _kv_cell_elements(key, cached, swa_flags, kv_heads, kv_per_layer, head_dim, value_dim)
    per_layer_width = _bounded(
        _int(key("embedding_length_per_layer_input")), "embedding_length_per_layer_input", 0, MAX_EMBEDDING
    )

    vocab = _bounded(_int(key("vocab_size")), "vocab_size", 0, MAX_VOCAB) or None
    tokens = md.get("tokenizer.ggml.tokens")
    if vocab is None and isinstance(tokens, ArraySummary | list):
        vocab = tokens.length if isinstance(tokens, ArraySummary) else len(tokens)
    by_name = {t.name: t for t in tensors}
    tok_embd = by_name.get("token_embd.weight")
    per_layer_embd = by_name.get("per_layer_token_embd.weight")
    if vocab is None and tok_embd is not None and len(tok_embd.shape) == 2:
        vocab = _bounded(tok_embd.shape[1], "token_embd.weight's vocabulary dimension", 0, MAX_VOCAB) or None
    context_length = _bounded(_int(key("context_length")), "context_length", 0, MAX_CONTEXT_LENGTH) or None
    kv_lora_rank = _bounded(_int(key("attention.kv_lora_rank")), "attention.kv_lora_rank", 0, MAX_EMBEDDING) or None
    # llama_hparams::is_mla(): only a file with both *_length_mla keys gets the latent-only cache (deepseek2.cpp
    # `is_mla ? build_attn_inp_k() : build_attn_inp_kv()`); an older file caches K (key_length) and V
    # (value_length) for each of its head_count_kv heads, as a plain attention model does.
    if not (_int(key("attention.key_length_mla")) and _int(key("attention.value_length_mla"))):
        kv_lora_rank = None
    dsa_heads: int | None = None  # a DSA model's full layers' query heads, where its sliding layers differ
    if arch in DSA_INDEXER_ARCHS and kv_lora_rank and layers and head_dim:
        indexer = _bounded(_int(key("attention.indexer.key_length")), "attention.indexer.key_length", 0, MAX_HEAD_DIM)
        types = key("attention.indexer.types")
        trunk = attention_layers or 0
        listed = isinstance(types, list) and arch in {"glm-dsa"} | DSA_SWA_ARCHS  # else every trunk layer
        indexed = sum(1 for v in types[:trunk] if v) if isinstance(types, list) and listed else trunk
        # the latent (key_length per KV head, no V: see spec_from_gguf's MLA rule) plus the indexer's keys
        kv_cells = (trunk * (kv_heads or 1) * head_dim + indexed * (indexer or 0), 0)
        if arch in DSA_SWA_ARCHS and swa_flags is not None:
            k_swa = _bounded(_int(key("attention.key_length_swa")), "attention.key_length_swa", 1, MAX_HEAD_DIM)
            n_swa = sum(swa_flags[:trunk])
            kv_cells = (
                (trunk - n_swa) * (kv_heads or 1) * head_dim + indexed * (indexer or 0),
                n_swa * (kv_heads or 1) * (k_swa or head_dim),
            )
            full_heads = [h for il, h in enumerate((heads_per_layer or [])[:trunk]) if not swa_flags[il]]
            dsa_heads = max(full_heads) if full_heads else None
        indexer_heads = _bounded(
            _int(key("attention.indexer.head_count")), "attention.indexer.head_count", 0, MAX_HEADS
        )
        indexer_query = (indexer_heads or 0) * (indexer or 0) or None
    own_cache = _own_cache_rules(
        arch, key, layers or 0, embedding, kv_heads, kv_per_layer, head_dim, value_dim, kv_lora_rank is not None
    )
    indexer_pool = None
    if arch == "hy_v4" and kv_lora_rank and _int(key("attention.indexer.top_k")):
        # DSA (hy-v4.cpp build_indexer_top_k): the indexer's queries, indexer heads × key length per token
        indexer_heads = _bounded(
            _int(key("attention.indexer.head_count")), "attention.indexer.head_count", 0, MAX_HEADS
        )
        indexer_key = _bounded(
            _int(key("attention.indexer.key_length")), "attention.indexer.key_length", 0, MAX_HEAD_DIM
        )
        indexer_query = (indexer_heads or 0) * (indexer_key or 0) or None
    if arch == "qwen4exp":  # one compress ratio for every QSA layer (qwen4exp.cpp load_arch_hparams: indexer_kpool)
        ratios = _layer_values(key("attention.compress_ratios"), layers or 0, 0)
        indexer_pool = _bounded(max(ratios, default=0), "attention.compress_ratios", 0, MAX_CONTEXT_LENGTH) or None
    if arch in KPOOL_INDEXER_ARCHS:  # glm5-next.cpp load_arch_hparams: `attention.indexer.kpool` (asserted > 1)
        kpool = _bounded(_int(key("attention.indexer.kpool")), "attention.indexer.kpool", 0, MAX_CONTEXT_LENGTH)
        indexer_pool = kpool or None
    residual_checkpoints = None
    if arch in RESIDUAL_ATTENTION_ARCHS and layers:
        # kimi-k3.cpp res_push: the raw layer input is banked on every trunk layer il with il % block_size == 0
        block = _bounded(_int(key("attn_res.block_size")), "attn_res.block_size", 0, MAX_LAYERS) or 0
        trunk_layers = max(0, layers - min(layers, _int(key("nextn_predict_layers")) or 0))
        residual_checkpoints = -(-trunk_layers // block) if block else None
    kv_compressed = None
    extra_state_bytes = 0
    if own_cache is not None:
        kv_cells, kv_compressed, extra_state_bytes, window_layers = own_cache
        if window_layers is not None:
            sliding_window_layers = window_layers

    file_type = _int(md.get("general.file_type"))
    quant = _FILE_TYPE_NAMES.get(file_type) if file_type is not None else None
    if quant in (None, "GUESSED"):
        quant = _dominant_type(tensors)
    size_label = md.get("general.size_label")
    split_count = _bounded(_int(md.get("split.count")), "split.count", 0, MAX_SPLIT_COUNT) or 1
    name = md.get("general.name")
    return GgufInfo(
        architecture=arch,
        name=outside_optional_name(name),  # shown as the model's name: printable, bounded (advisor.core.text)
        parameter_count=sum(t.n_elements for t in tensors),
        layers=layers,
        embedding=embedding,
        heads=heads,
        kv_heads=kv_heads,
        head_dim=head_dim,
        value_dim=value_dim,
        context_length=context_length,
        feed_forward=feed_forward,
        experts=experts,
        active_experts=active_experts,
        expert_parameter_count=sum(t.n_elements for t in tensors if "_exps." in t.name),
        sliding_window=sliding_window,
        sliding_window_layers=sliding_window_layers,
        attention_layers=attention_layers,
        kv_lora_rank=kv_lora_rank,
        vocab_size=vocab,
        file_type=file_type,
        quant=quant,
        size_label=outside_optional_name(size_label, max_chars=32),
        tied_embeddings=tok_embd is not None and "output.weight" not in by_name and split_count == 1,
        token_embedding_bytes=tok_embd.n_bytes if tok_embd is not None else None,
        tensor_bytes=sum(t.n_bytes or 0 for t in tensors),
        header_bytes=header.header_bytes,
        file_size_bytes=file_size,
        split_count=split_count,
        version=header.version,
        tensors=tensors,
        metadata=md,
        expert_feed_forward=expert_ff,
        recurrent_layers=recurrent_layers,
        recurrent_state_elements=recurrent_elements,
        ssm_inner=ssm["ssm.inner_size"],
        ssm_state=ssm["ssm.state_size"],
        ssm_groups=ssm["ssm.group_count"],
        ssm_heads=ssm["ssm.time_step_rank"],
        per_layer_embedding_bytes=per_layer_embd.n_bytes if per_layer_embd is not None else None,
        kv_cell_elements=kv_cells,
        per_layer_input_width=per_layer_width or None,
        indexer_query_width=indexer_query,
        kv_compressed=kv_compressed,
        extra_state_bytes=extra_state_bytes,
        mla_attention_heads=dsa_heads,
        hyper_connections=_bounded(_int(key("hyper_connection.count")), "hyper_connection.count", 0, MAX_HEADS) or None,
        indexer_pool=indexer_pool,
        residual_checkpoints=residual_checkpoints or None,
        tensor_count=_bounded(_int(md.get("split.tensors.count")), "split.tensors.count", 1, MAX_TENSORS)
        or len(tensors)
        or None,
    )


def split_part_names(name: str) -> list[str] | None:
    """All part names of a split GGUF (`name-00001-of-00003.gguf`, or a URL path), or None for a single file."""
    m = _SPLIT_RE.search(name)
    if not m:
        return None
    total = int(m.group(2))
    stem = name[: m.start()]
    return [f"{stem}-{i:05d}-of-{total:05d}.gguf" for i in range(1, total + 1)]


def split_parts(path: Path) -> list[Path] | None:
    """All parts of a split GGUF next to `path`, or None for a single file."""
    names = split_part_names(path.name)
    return None if names is None else [path.with_name(n) for n in names]


_MISSING_NAMES_SHOWN = 5  # missing parts named in a refusal; "…" stands for the rest


def model_parts(path: Path, metadata: Mapping[str, object]) -> tuple[Path, ...] | None:
    """Every part of the split model `path` belongs to, named as llama.cpp names them, or None for a model in one
    file. A first part's `split.count` decides (llama.cpp: absent or 1 is one file); a later part (`split.no` of 1
    or more) is named by its own name. Raises LlamaCppRefusesError where llama.cpp refuses the first part's name:
    a `split.count` of N parts on a file not named `…-00001-of-0000N.gguf` ("invalid split file name")."""
    parts = split_parts(path)
    if is_later_split_part(metadata):
        return None if parts is None else tuple(parts)
    count = _bounded(_int(metadata.get("split.count")), "split.count", 0, MAX_SPLIT_COUNT) or 0
    if count <= 1:
        return None
    if parts is None or len(parts) != count or parts[0].name != path.name:
        raise LlamaCppRefusesError(words.GGUF_SPLIT_NAME, count=count, ending=f"-00001-of-{count:05d}.gguf")
    return tuple(parts)


def missing_parts(parts: tuple[Path, ...]) -> tuple[Path, ...]:
    """The parts that are not regular files (links followed): absent, or a folder, a device or a named pipe where a
    part should be. llama.cpp opens and maps every part, so any of these keeps the model from loading."""
    missing = []
    for part in parts:
        try:
            if stat.S_ISREG(os.stat(part).st_mode):
                continue
        except (OSError, ValueError):  # ValueError: a name the system cannot take (a NUL byte)
            pass
        missing.append(part)
    return tuple(missing)


def missing_parts_words(names: Sequence[str]) -> tuple[Msg, dict[str, object]]:
    """The catalogue's sentence and values that name a split model's missing parts (file names; the first few, then
    "…"), for a refusal here and for `verify`'s line."""
    shown = [outside_name(name) for name in names[:_MISSING_NAMES_SHOWN]]
    listed = ", ".join(shown) + (", …" if len(names) > _MISSING_NAMES_SHOWN else "")
    return words.GGUF_SPLIT_MISSING["one" if len(names) == 1 else "many"], {"names": listed}


def missing_parts_error(missing: tuple[Path, ...]) -> LlamaCppRefusesError:
    msg, values = missing_parts_words([p.name for p in missing])
    return LlamaCppRefusesError(msg, **values)


def read_gguf(
    path: str | os.PathLike[str],
    *,
    time_limit_s: float | None = DEFAULT_TIME_LIMIT_S,
    allow_missing_parts: bool = False,
) -> GgufInfo:
    """Read a local GGUF file's header (never its tensor data). Raises GgufError, or OSError if unreadable.

    For the first part of a split model the file size is the sum of all its parts. A part that is missing (or is
    not a regular file) is refused, as llama.cpp refuses to load the model, naming the parts; with
    `allow_missing_parts` (a list of the models being downloaded) the size is then None instead, and the weights
    are sized from the parameters. A header that takes longer than `time_limit_s` to parse (a hostile file:
    millions of tiny items) is a GgufError.
    """
    path = Path(path)
    header, file_size = read_header(path, time_limit_s=time_limit_s)
    check_data_fits(header, file_size)  # every part is a GGUF of its own: its tensors lie within it
    size: int | None = file_size
    parts = model_parts(path, header.metadata)
    if parts is not None:
        missing = missing_parts(parts)
        if missing and not allow_missing_parts:
            raise missing_parts_error(missing)
        # parts still downloading or lost: their sum is not the model's size (weights then come from params)
        size = None if missing else sum(p.stat().st_size for p in parts)
    return info_from_header(header, size)


def _parameters_from_shape(info: GgufInfo) -> float | None:
    """Parameter count from the architecture numbers, for the first part of a split file."""
    if not (info.layers and info.embedding and info.heads and info.head_dim and info.feed_forward and info.vocab_size):
        return None
    d, hd = info.embedding, info.head_dim
    attn = d * info.heads * hd * 2 + d * (info.kv_heads or info.heads) * hd * 2
    ffn = 3 * d * info.feed_forward * (info.experts or 1)
    embed = info.vocab_size * d * (1 if info.tied_embeddings else 2)
    return float(embed + info.layers * (attn + ffn))


_LABEL_RE = re.compile(r"^(?:(\d+)x)?(\d+(?:\.\d+)?)([KMBT])$", re.IGNORECASE)


def _parameters_from_label(label: str | None) -> float | None:
    m = _LABEL_RE.match(label or "")
    if not m:
        return None
    scale = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}[m.group(3).upper()]
    if len(m.group(0)) > 32:  # '99999…9B' would make an infinite count
        return None
    value = float(m.group(2)) * scale * (int(m.group(1)) if m.group(1) else 1)
    return value if 0 < value <= MAX_PARAMETERS else None


def spec_from_gguf(info: GgufInfo) -> ModelSpec:
    """The sizing engine's view of a GGUF file: real sizes and the architecture numbers that drive the KV cache."""
    params: float = float(info.parameter_count)
    if info.split_count > 1:
        params = _parameters_from_shape(info) or _parameters_from_label(info.size_label) or params
    if params <= 0:
        raise GgufError("the file lists no tensors, so its size cannot be known")
    if not params <= MAX_PARAMETERS:
        raise _corrupt(f"{params:g} parameters is more than any real model ({MAX_PARAMETERS:g})")
    active = None
    if info.experts and info.active_experts and info.expert_parameter_count:
        share = min(1.0, info.active_experts / info.experts)
        expert = info.expert_parameter_count * (params / info.parameter_count if info.parameter_count else 1.0)
        active = params - expert * (1.0 - share)
    return ModelSpec(
        parameters=params,
        quant=info.quant,
        file_size_bytes=info.file_size_bytes,
        architecture=info.architecture,
        layers=info.layers,
        embedding=info.embedding,
        heads=info.heads,
        kv_heads=info.kv_heads,
        head_dim=info.head_dim,
        vocab=info.vocab_size,
        context_train=info.context_length,
        experts=info.experts,
        active_experts=info.active_experts,
        active_parameters=active,
        sliding_window=info.sliding_window,
        sliding_window_layers=info.sliding_window_layers,
        token_embedding_bytes=info.token_embedding_bytes,
        name=info.name,
        attention_layers=info.attention_layers,
        kv_lora_rank=info.kv_lora_rank,
        feed_forward=info.feed_forward,
        value_dim=info.value_dim,
        tied_embeddings=info.tied_embeddings,
        expert_feed_forward=info.expert_feed_forward,
        recurrent_state_bytes=4 * info.recurrent_layers * info.recurrent_state_elements + info.extra_state_bytes
        or None,
        ssm_inner=info.ssm_inner,
        ssm_state=info.ssm_state,
        ssm_groups=info.ssm_groups,
        ssm_heads=info.ssm_heads,
        expert_layer_bytes=_expert_layer_bytes(info),
        per_layer_embedding_bytes=info.per_layer_embedding_bytes,
        kv_full_cell_elements=info.kv_cell_elements[0] if info.kv_cell_elements else None,
        kv_swa_cell_elements=info.kv_cell_elements[1] if info.kv_cell_elements else None,
        per_layer_input_width=info.per_layer_input_width,
        indexer_query_width=info.indexer_query_width,
        kv_compressed_cell_elements=info.kv_compressed,
        mla_attention_heads=info.mla_attention_heads,
        hyper_connections=info.hyper_connections,
        indexer_pool=info.indexer_pool,
        residual_checkpoints=info.residual_checkpoints,
        tensor_count=info.tensor_count,
    )


_EXPERT_TENSOR = re.compile(r"blk\.(\d+)\.ffn_(?:up|down|gate|gate_up)_(?:ch|)exps\.")


def _expert_layer_bytes(info: GgufInfo) -> tuple[int, ...] | None:
    """Each layer's routed-expert tensor bytes (llama.cpp's LLM_FFN_EXPS_REGEX, what --n-cpu-moe moves to RAM);
    None for a dense model or a split file (its later parts' tensors are not listed here)."""
    if not info.experts or info.split_count > 1 or not info.layers:
        return None
    per_layer = [0] * info.layers
    for t in info.tensors:
        m = _EXPERT_TENSOR.match(t.name)
        if m and int(m.group(1)) < info.layers:
            per_layer[int(m.group(1))] += t.n_bytes or 0
    return tuple(per_layer) if any(per_layer) else None

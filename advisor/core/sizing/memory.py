"""What llama.cpp allocates for a model, piece by piece (bytes).

Modelled on llama.cpp's own code (src/llama-context.cpp, llama-kv-cache*.cpp) and checked against the buffer
sizes a real llama-server logs and its resident memory (benchmarks/bench_sizing_vs_llama.py):

* weights — the file's tensor bytes (the file size when known), mmapped; on CPU they are used in place. The
  input tensors stay in host RAM whatever the offload (`LLM_TENSOR_LAYER_INPUT`, src/llama-model-loader.cpp
  `buft_for_tensor`): the token embedding, and Gemma 3n's per-layer token embedding (`per_layer_token_embd`,
  256 values per layer and token: about a third of an E2B file), which is looked up, never read whole.
* KV cache — `n_ctx` is padded to 256 cells; per cell and layer `n_head_kv × (key_len + value_len)` elements of the
  cache type; sliding-window layers keep `pad(window + n_ubatch, 256)` cells for one sequence (one request at a time,
  `llama-server -np 1`; `KvLayout` for llama-server's slots, `--swa-full` and `-nkvo`); MLA files (with
  `key_length_mla`/`value_length_mla`) cache only the latent (no V), older DeepSeek files full K and V per head;
  recurrent layers none. Gemma 3n caches only its first 20 layers (`n_layer_kv_from_start`, src/models/gemma3n.cpp;
  llama_hparams::has_kv): the later ones attend over layer 18's or 19's cache (llama_model::create_memory's `reuse`), so
  E2B caches 20 of 30 layers and E4B 20 of 35 (read in advisor/core/gguf/info.py). Measured: 16.00 MiB logged vs 16.00
  (ctx 4096), 40.00 vs 40.00 (16384).
  DeepSeek-V4 (llama_kv_cache_dsv4) keeps a K-only window cache on every layer plus compressed caches of
  `pad(ceil(cells / r), 256)` cells on its ratio-4 and ratio-128 layers (1.56 MiB logged vs 1.56 at ctx 4096);
  embedding and diffusion models (BERT family, Gemma Embedding, Dream, LLaDA...) keep none.
* recurrent state — hybrid and recurrent models keep `n_embd_r + n_embd_s` f32 values per recurrent layer and
  sequence (llama-hparams.cpp; `recurrent_kv_size = max(1, n_seq_max)` in llama_model::create_memory), counted
  with the KV cache. Measured: 0.82 MiB logged vs 0.82 (Qwen3-Next shape), 0.53 vs 0.53 (Granite 4 hybrid),
  0.40 vs 0.40 (Nemotron-H), 0.19 vs 0.19 (Jamba), 0.53 vs 0.53 (Falcon-H1), 0.01 vs 0.01 (LFM2).
* compute buffer — with flash attention (llama.cpp's `auto` picks it on CPU, CUDA and Metal) the graph's peak is
  `n_ubatch × (3·n_ff + 5·n_embd)` float32 activations plus the `n_ctx × n_ubatch` f16 attention mask; the server
  reserves logits for one output only; for MoE `n_ff` is the expert width × the active experts (qwen3moe shape: 9.52
  MiB logged vs 9.55), or the dense layers' width where some layers have no experts and it is wider (LFM2-MoE shape:
  11.02 vs 11.08; 9.55 before). Sliding-window layers add their own mask of `window + n_ubatch` cells (gpt-oss
  shape: 10.28 vs 10.30, Gemma 3: 10.53 vs 10.53; 0.8 and 1.0 MiB short before). Measured: 11.52 MiB logged vs 11.53
  predicted (embd 512, ff 1024, ctx 512), 30.52 vs 30.6 (embd 1024, ff 2816, ctx 4096). In DeepSeek (MLA and older
  layout) the attention block is wider than the feed-forward and sets the peak (deepseek2 shapes: 12.51 logged vs
  13.52, 13.02 vs 13.02). In hybrids the recurrent block can be wider than the feed-forward and then sets the peak,
  with the attention mask still alive (it is freed only after the last attention layer), see `_recurrent_block`.
  Gemma 3n's per-layer inputs (256 f32 per layer and token) and its four AltUp copies of the residual stream
  set its peak instead, see `_per_layer_input_peak` (57.53 logged vs 57.53, 25 layers, ctx 4096).
  All of it grows with `-ub` (n_ubatch, capped by `-b`; see `Batching`): llama.cpp reserves the graph for a whole
  micro-batch. Without flash attention (`-fa off`, or `auto` where the backend lacks it for the model) each
  attention layer also holds its scores, `n_kv × n_ubatch × n_head` f32, and the masks are f32: see
  `_attention_scores_peak` (Llama layout, 16 heads, embd 1024: 285.01 MiB logged at ctx 8192 vs 289.5 predicted;
  1114.03 at ctx 16384 -ub 1024 vs 1123.0; with flash attention 34.52 and 69.04). Measured with `-ub 1024`: the
  flash-attention rule doubles exactly (61.04 logged vs 61.05 at ctx 4096).
* context checkpoints — llama-server (not the library) keeps, per slot, up to `--ctx-checkpoints` (32 in this
  build) copies of the state it cannot roll back, so that a chat can go back to an earlier turn: for a
  sliding-window model the window's K and V (`n_swa` cells of every SWA layer: tools/server/server-context.cpp
  `create_checkpoint`, llama-kv-cache.cpp `state_write` skips the SWA-masked cells), for a recurrent or hybrid one
  the recurrent state. Two are made per chat turn (4 + n_ubatch and 4 tokens before the prompt's end), in host
  RAM, so a long chat reaches the cap. Measured: 40.01 MiB logged per checkpoint vs 40.0 predicted (Gemma 3
  shape, 10 SWA layers, window 1024). Not part of the fit (see `checkpoint_bytes`).
* routed experts kept in RAM — `--n-cpu-moe N` (`--cpu-moe`: all) places the `ffn_*_exps` tensors of the first N
  layers in host memory (common/arg.cpp, LLM_FFN_EXPS_REGEX); they are read there, mmapped, at the CPU's rate.
* runtime — the process itself (binary, libraries, tokenizer tables) and, per GPU, the driver context.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from advisor.core.gguf.info import EMBEDDING_ARCHS, KPOOL_INDEXER_ARCHS, RESIDUAL_ATTENTION_ARCHS
from advisor.core.sizing.quants import NATIVE_MOE_QUANTS, bits_per_weight, kv_bytes_per_element, normalize_quant
from advisor.core.sizing.shape import Shape, borrowed_expert_width
from advisor.core.types import GpuVendor, ModelSpec

MiB = 2**20
KV_PAD_CELLS = 256
N_UBATCH = 512  # llama-server's -ub default (n_ubatch)
N_BATCH = 2048  # llama-server's -b default (n_batch)
# llama-server's own resident memory, measured with 1-layer models of 400 / 32,000 / 150,000 tokens after a
# generation (19.3 / 23.9 / 40.9 MiB beyond weights, KV and compute): binary, libraries, threads, tokenizer tables.
HOST_RUNTIME_BYTES = 19 * MiB
HOST_RUNTIME_PER_VOCAB_BYTES = 150
CTX_CHECKPOINTS = 32  # llama-server's `--ctx-checkpoints` default per slot (this build's `--help`)
GPU_RUNTIME_BYTES: dict[GpuVendor, int] = {  # driver context + scratch the backend keeps on the device
    GpuVendor.NVIDIA: 384 * MiB,
    GpuVendor.AMD: 320 * MiB,
    GpuVendor.INTEL: 256 * MiB,
    GpuVendor.APPLE: 160 * MiB,
    GpuVendor.OTHER: 256 * MiB,
}


def pad(n: int, to: int) -> int:
    return (n + to - 1) // to * to


def weights_bytes(spec: ModelSpec) -> tuple[int, bool]:
    """(bytes, from_file): the real file size when known, else parameters × the quant's bits per weight."""
    if spec.file_size_bytes:
        return int(spec.file_size_bytes), True
    return int(spec.parameters * bits_per_weight(spec.quant) / 8), False


def _matrix_bytes(rows: int, cols: int, quant: str | None) -> int:
    try:
        bits = bits_per_weight(quant)
    except ValueError:  # a type newer than our table, in a file whose real size we know anyway
        bits = bits_per_weight(None)
    return int(rows * cols * bits / 8)


def _matrix_quant(spec: ModelSpec) -> str | None:
    """The quant of a file's 2-D matrices: its name's, but Q8_0 in an MXFP4 file (llama-quantize's MXFP4_MOE type
    writes only the experts' 3-D tensors in MXFP4, every other weight in Q8_0: llama-quant.cpp)."""
    q = normalize_quant(spec.quant)
    return "Q8_0" if q in NATIVE_MOE_QUANTS else spec.quant


def token_embedding_bytes(spec: ModelSpec, shape: Shape) -> int:
    if spec.token_embedding_bytes is not None:
        return int(spec.token_embedding_bytes)
    return _matrix_bytes(shape.vocab, shape.embedding, _matrix_quant(spec))


def output_bytes(spec: ModelSpec, shape: Shape, embedding_bytes: int) -> int:
    """The output (lm_head) matrix; llama-quantize keeps it at Q6_K for presets below that, at Q8_0 in MXFP4."""
    if shape.tied_embeddings:
        return embedding_bytes
    q = normalize_quant(_matrix_quant(spec))
    out_q = q if q in ("F32", "F16", "BF16", "Q8_0") else "Q6_K"
    return _matrix_bytes(shape.vocab, shape.embedding, out_q)


@dataclass(frozen=True)
class Batching:
    """llama-server's settings that size the compute graph (llama_context_params), beside the context:

    * `ubatch` — `-ub` (n_ubatch, 512): the tokens one graph evaluates at once. The activations, the attention
      masks (`n_kv × n_ubatch`), the attention scores without flash attention, and the sliding-window layers'
      cells (`window + n_ubatch`) grow with it;
    * `batch` — `-b` (n_batch, 2048): the tokens handed to the model at once; llama.cpp caps n_ubatch at it
      (src/llama-context.cpp: `n_ubatch = min(n_batch, n_ubatch)`, n_batch at most the context);
    * `flash_attn` — `-fa`: False for `off`, or `auto` where the backend has no flash attention for the model
      (Grok always: llama_init_from_model forces it off). Without it each attention layer materialises its scores,
      `n_kv × n_ubatch × n_head` f32, and the masks are f32 instead of f16 (src/llama-graph.cpp build_attn_mha).
    """

    ubatch: int = N_UBATCH
    batch: int = N_BATCH
    flash_attn: bool = True

    @property
    def micro_batch(self) -> int:
        """n_ubatch before the context caps it: `-ub`, at most `-b`."""
        return max(1, min(self.ubatch, self.batch))


DEFAULT_BATCHING = Batching()
NO_FLASH_ATTN_ARCHS = frozenset({"grok"})  # llama.cpp turns flash attention off for these whatever -fa says


def n_ubatch(context: int, ubatch: int = N_UBATCH) -> int:
    """n_ubatch at `context`: the micro-batch (`Batching.micro_batch`), at most the padded context."""
    return max(1, min(ubatch, pad(context, KV_PAD_CELLS)))


@dataclass(frozen=True)
class KvLayout:
    """How the server keeps the KV cache, beyond its size and type: llama-server's slots and their flags.

    * `slots` — `-np N`, the sequences decoded at once (`n_seq_max`). LM Studio runs one (the default here);
      llama-server's own default, `-np` auto, is 4 slots sharing one cache (`LLAMA_SERVER_AUTO`:
      tools/server/server.cpp sets `n_parallel = 4; kv_unified = true`).
    * `unified` — `-kvu`: one cache of the whole context that the slots share (each may use all of it). Without
      it each slot has its own stream of `n_ctx_seq = pad(n_ctx / slots, 256)` cells (src/llama-context.cpp; the
      stream is a third dimension of the cache tensors, llama-kv-cache.cpp `n_stream = unified ? 1 : n_seq_max`).
    * sliding-window layers keep `pad(min(n_ctx_seq, n_swa × (unified ? slots : 1) + n_ubatch), 256)` cells per
      stream (src/llama-kv-cache-iswa.cpp): a window for each slot that may be decoding. Measured on a Gemma 3
      layout at ctx 8192: 4,608 SWA cells logged (default `-np`), 4 streams × 1,536 (`-np 4`).
    * `swa_full` — `--swa-full`: the sliding-window layers keep `n_ctx_seq` cells, like the others (and
      llama-server then makes no context checkpoints of them: server-context.cpp sets its n_swa to 0).
    * `offload` — False for `-nkvo`: the KV cache is allocated in host RAM whatever `-ngl` (`offload_kqv`), and
      the attention runs on the CPU.
    * `type_v` — the V half's type when it differs from the K type (`-ctv`); None: the same.
    * recurrent layers keep one state per slot (`recurrent_kv_size = max(1, n_seq_max)`), unified or not.
    * `batching` — `-ub`, `-b` and `-fa` (`Batching`): the micro-batch the sliding-window layers keep beside the
      window, and what sizes the compute buffer.
    """

    slots: int = 1
    unified: bool = False
    swa_full: bool = False
    offload: bool = True
    type_v: str | None = None
    batching: Batching = DEFAULT_BATCHING

    @property
    def streams(self) -> int:
        """Caches of `n_ctx_seq` cells each: one, or one per slot without `-kvu`."""
        return 1 if self.unified else max(1, self.slots)


ONE_SEQUENCE = KvLayout()
LLAMA_SERVER_AUTO = KvLayout(slots=4, unified=True)  # llama-server's default `-np` (auto)


@dataclass(frozen=True)
class DraftSettings:
    """A draft model's own llama-server flags (`-md`). Its context is built from the main model's settings
    (common/speculative.cpp `common_base_params_to_speculative`: `result = params`, then only the model, its
    devices, `-ngl` and the cache types replaced; `cparams.n_ctx = llama_n_ctx(ctx_tgt)`), so it has the main
    model's context, slots and unified cache, `-ub`, `-b`, `-fa`, `--swa-full` and `-nkvo` (the KvLayout it is
    sized with), and these of its own:

    * `type_k`, `type_v` — `-ctkd`, `-ctvd`: its cache types, f16 unless given (never the main model's `-ctk`);
    * `gpu_layers` — `-ngld`: None for auto (every layer on the GPU, as `all`), 0 to keep it in system RAM (also
      `-devd none`: no device), N for the last N - 1 repeating layers and its output layer, as `-ngl N`.
    """

    type_k: str = "f16"
    type_v: str = "f16"
    gpu_layers: int | None = None

    def layout(self, main: KvLayout) -> KvLayout:
        """The draft's cache layout: the main model's, with its own V type."""
        return replace(main, type_v=None if self.type_v == self.type_k else self.type_v)


DEFAULT_DRAFT = DraftSettings()


def context_per_slot(context: int, layout: KvLayout = ONE_SEQUENCE) -> int:
    """`n_ctx_seq`: the cells of one stream (src/llama-context.cpp: the context padded to 256, split between the
    slots without a unified cache, each share padded to 256 again)."""
    n_ctx = pad(context, KV_PAD_CELLS)
    if layout.streams <= 1:
        return n_ctx
    return pad(n_ctx // layout.streams, KV_PAD_CELLS)


def kv_cells(spec: ModelSpec, context: int, layout: KvLayout = ONE_SEQUENCE) -> tuple[int, int]:
    """(cells of a full-context layer, cells of a sliding-window layer) in one stream (see `KvLayout`)."""
    full = context_per_slot(context, layout)
    if spec.sliding_window and not layout.swa_full:
        windows = max(1, layout.slots) if layout.unified else 1
        ub = n_ubatch(context, layout.batching.micro_batch)
        return full, min(full, pad(spec.sliding_window * windows + ub, KV_PAD_CELLS))
    return full, full


def kv_cache_bytes(
    spec: ModelSpec,
    shape: Shape,
    context: int,
    kv_type: str,
    *,
    cells: int | None = None,
    layout: KvLayout = ONE_SEQUENCE,
) -> int:
    """KV cache for `context` tokens laid out as `layout` says (or for `cells` filled cells of one sequence, for
    speed: what a token reads). `kv_type` is the K half's type, and the V half's unless `layout.type_v`."""
    per_elem = kv_bytes_per_element(kv_type)
    per_elem_v = kv_bytes_per_element(layout.type_v) if layout.type_v else per_elem
    k_cell_layer, v_cell_layer = shape.kv_heads * shape.head_dim, shape.kv_heads * shape.value_dim
    if cells is not None:  # one sequence reads its own cells, whatever the slots
        layout = KvLayout(type_v=layout.type_v)
    full, swa = kv_cells(spec, context, layout)
    streams = layout.streams
    compressed = _compressed_kv_elements(spec, full, cells)
    if cells is not None:
        full, swa = min(full, cells), min(swa, cells)
    if spec.kv_full_cell_elements is not None or spec.kv_swa_cell_elements is not None:
        # layers of different widths (Gemma 4: sliding layers with their own head size and KV heads), summed
        # layer by layer from the file (advisor/core/gguf/info.py); K and V of different types at their mean
        if not spec.sliding_window:
            swa = full
        elements = (spec.kv_full_cell_elements or 0) * full + (spec.kv_swa_cell_elements or 0) * swa
        if per_elem_v != per_elem:
            return int((per_elem + per_elem_v) / 2 * elements + per_elem * compressed) * streams
        return int(per_elem * (elements + compressed)) * streams
    swa_layers = 0
    if spec.sliding_window:
        swa_layers = min(shape.attention_layers, spec.sliding_window_layers or 0)
    full_layers = shape.attention_layers - swa_layers
    layer_cells = full_layers * full + swa_layers * swa
    if per_elem_v != per_elem:
        return int((k_cell_layer * per_elem + v_cell_layer * per_elem_v) * layer_cells) * streams
    return int((k_cell_layer + v_cell_layer) * per_elem * layer_cells) * streams


def _compressed_kv_elements(spec: ModelSpec, kv_size: int, cells: int | None) -> int:
    """K elements of DeepSeek-V4's compressed caches (0 for other models): `pad(ceil(kv_size / r), 256)` cells
    for ratio r (llama_kv_cache_dsv4's constructor, `GGML_PAD(dsv4_comp_size(kv_size, ratio), 256)`), or the
    `ceil(cells / r)` filled ones when `cells` is given."""
    total = 0
    for ratio, elements in spec.kv_compressed_cell_elements or ():
        n = pad(max(1, -(-kv_size // ratio)), KV_PAD_CELLS)
        if cells is not None:
            n = min(n, -(-cells // ratio))
        total += elements * n
    return total


def recurrent_state_bytes(spec: ModelSpec, sequences: int = 1) -> int:
    """The recurrent layers' fixed state: f32 `n_embd_r + n_embd_s` per layer and sequence (slot), whatever the
    context."""
    return max(0, int(spec.recurrent_state_bytes or 0)) * max(1, sequences)


def _mla_attention_width(spec: ModelSpec, shape: Shape) -> int:
    """f32 values per token live at once in a DeepSeek attention block (0 for other models).

    With the latent cache the query is absorbed into the latent (`kv_lora_rank`) per head, and the attention output
    comes back in it: 2 × rank + 6 × rope per head (rope = key_length − rank). The older layout expands the latent
    to full K and V per head: 3 × key_length + 2 × value_length per head. Fitted on generated files against the
    buffer llama-server logs (heads 8/16, rank 128/256, rope 32/64, nope 64/128, embd 256/512, q rank 128/256,
    ctx 4096/16384): the older layout within 0.01 MiB, the latent one 1.0–2.5 MiB above, never below (which tensors
    share memory at the peak changes with the widths, so no one sum of them is exact).
    """
    if spec.kv_lora_rank and spec.head_dim:
        rope = max(0, spec.head_dim - spec.kv_lora_rank)
        # dots3note: the full (DSA) layers' heads; its sliding layers' attention fits in the memory the indexer's
        # scores leave free (measured: their heads and latent width do not move the logged buffer)
        return (spec.mla_attention_heads or shape.heads) * (2 * spec.kv_lora_rank + 6 * rope)
    if (spec.architecture or "").startswith("deepseek2"):
        return shape.heads * (3 * shape.head_dim + 2 * shape.value_dim)
    return 0


ALTUP_ARCHS = frozenset({"gemma3n"})  # four AltUp copies of the residual stream (src/models/gemma3n.cpp)
# every MoE layer also runs a dense feed-forward (Gemma 4 26B-A4B: src/models/gemma4.cpp `cur_mlp` beside `cur_moe`)
DENSE_FFN_BESIDE_EXPERTS_ARCHS = frozenset({"gemma4"})
# gated delta-net hybrids (src/models/qwen3next.cpp, qwen35*.cpp); the other hybrids use a Mamba-2 block, except:
DELTA_NET_ARCHS = frozenset({"qwen3next", "qwen35", "qwen35moe"})
MAMBA1_ARCHS = frozenset({"jamba"})  # Mamba-1 layers (src/models/mamba-base.cpp build_mamba_layer)
# Kimi Delta Attention hybrids: q/k/v short convolutions and a per-channel gated delta rule (src/models/kimi-linear.cpp)
KDA_ARCHS = frozenset({"kimi-linear", "kimi-k3", "bailingmoe3", "glm5-next"})
MSA_ARCHS = frozenset({"minimax-m3"})  # block-sparse attention over llama_kv_cache_msa
# MiniMax-Text-01's lightning attention (src/models/minimax-01.cpp): per-head ubatch × ubatch decay matrices
LIGHTNING_ATTENTION_ARCHS = frozenset({"minimax-01"})
HC_MLA_ARCHS = frozenset({"hy_v4"})  # MLA (+ DSA indexer) inside hyper-connection streams (src/models/hy-v4.cpp)
QSA_ARCHS = frozenset({"qwen4exp"})  # gated delta-net + QSA attention inside hyper-connection streams
SHORTCONV_ARCHS = frozenset({"lfm2", "lfm2moe"})  # gated short convolutions (src/models/lfm2.cpp)
PARALLEL_HYBRID_ARCHS = frozenset({"falcon-h1"})  # attention and Mamba-2 side by side in every layer
RELU2_MLP_LAYER_ARCHS = frozenset({"nemotron_h"})  # MLP-only layers: up, squared ReLU, down (no gate)
SWIGLU_AFTER_MAMBA2_ARCHS = frozenset({"granitehybrid"})  # a SwiGLU feed-forward after every Mamba-2 mixer
# f32 per token the Mamba and short-convolution hybrids' graphs hold beyond the rules below (their extra graph
# inputs and state rows): measured 3-6, kept at 16 so that the estimate never falls below the logged buffer
HYBRID_GRAPH_MARGIN_F32 = 16


def _recurrent_block(spec: ModelSpec, shape: Shape, ub: int) -> int:
    """Bytes live at once in a hybrid's recurrent block for `ub` tokens (0 without the file's SSM widths).

    Fitted on generated files against the compute buffer llama-server logs (ctx 4096 and 8192, one sequence):
    * gated delta-net (Qwen3-Next): `5 × value_dim + 4 × key_dim + 4 × n_embd` f32 per token, with value_dim =
      ssm.inner_size and key_dim = ssm.state_size × ssm.group_count: 0.4–1.5 MiB above the logged buffer, never
      below (state 64/128, k heads 2/4/8, v heads 4/8/16, embd 512/1024);
    * Mamba-2 (Granite 4 hybrid): `5 × d_inner + 6 × n_group × d_state + 2 × heads + 5 × n_embd` f32 per token
      plus the scan's `d_state × d_inner` state: 0.1–0.25 MiB above (state 64/128, groups 1/2, heads 8/16,
      embd 256/512 with d_inner = 2 × embd). Nemotron-H: within 0.01 MiB (d_inner 512/1024, groups 1/2/4,
      state 64/128, embd 256/512), 1.2 MiB above with 4 groups of state 128;
    * Mamba-1 (Jamba): `5 × d_inner + 5 × n_embd + dt_rank + 2 × d_state` f32 per token plus the scan's state:
      0.1–0.3 MiB above (embd 256/512, state 16/64);
    * gated short convolution (LFM2): `9 × n_embd` f32 per token, 0–0.5 MiB above (embd 256/512, L 3/4);
    * Kimi Delta Attention (Kimi-Linear; fused `ggml_gated_delta_net`, the CPU's default): `8 × d_inner + 4 ×
      n_embd` f32 per token, d_inner = n_head × kda.head_dim: 0–5.5 MiB above with 128-wide heads (d_inner
      512–3072, embd 256/512), up to 11 MiB above with 64-wide ones, never below on 19 shapes.
    Where the allocator reuses freed blocks the real peak moves by a few tenths of a MiB, so no single sum is exact.
    """
    arch = spec.architecture or ""
    if arch in SHORTCONV_ARCHS and spec.recurrent_state_bytes:
        return ub * 4 * 9 * shape.embedding
    inner, state = spec.ssm_inner or 0, spec.ssm_state or 0
    if not inner or not spec.recurrent_state_bytes:
        return 0
    groups, heads = spec.ssm_groups or 1, spec.ssm_heads or 0
    if arch in DELTA_NET_ARCHS | QSA_ARCHS:
        return ub * 4 * (5 * inner + 4 * state * groups + 4 * shape.embedding)
    if arch in KDA_ARCHS:  # ssm_inner = n_head × kda.head_dim here
        return ub * 4 * (8 * inner + 4 * shape.embedding)
    if arch in MAMBA1_ARCHS:  # ssm.time_step_rank is dt_rank here
        return ub * 4 * (5 * inner + 5 * shape.embedding + heads + 2 * state) + 4 * state * inner
    per_token = 5 * inner + 6 * groups * state + 2 * heads + 5 * shape.embedding
    return ub * 4 * per_token + 4 * state * inner


def _ffn_over_mamba2(spec: ModelSpec, shape: Shape, ub: int) -> int:
    """Bytes a wide SwiGLU feed-forward adds above a Granite 4 hybrid's Mamba-2 block (0 when it fits).

    After a Mamba-2 layer its freed blocks are reused by the feed-forward's three `n_ff` tensors only in part, so
    with `n_ff` > 1.5 × d_inner the peak is the Mamba-2 rule + `3 × n_ff − 4 × n_group × d_state − k × d_inner`
    f32 per token, k = 4 while one `n_ff` tensor fits the hole that `ssm_in`'s output and a d_inner row leave
    (n_ff ≤ 3 × d_inner + 2 × n_group × d_state + heads), else 2. Fitted on generated files against the buffer
    llama-server logs (embd 256/384/512, d_inner = 2 × embd, n_ff 1–8 × d_inner, groups 1/2, state 64/128):
    0–1.2 MiB above, never below. Granite 4.0 H Micro has n_ff = 2 × d_inner.
    """
    inner, state = spec.ssm_inner or 0, spec.ssm_state or 0
    groups, heads = spec.ssm_groups or 1, spec.ssm_heads or 0
    ff = shape.feed_forward
    k = 4 if ff <= 3 * inner + 2 * groups * state + heads else 2
    return ub * 4 * max(0, 3 * ff - 4 * groups * state - k * inner)


def _per_layer_input_peak(shape: Shape) -> int:
    """f32 per token live at Gemma 3n's peak (src/models/gemma3n.cpp), P = 256 × layers per-layer inputs.

    Before the first layer the per-layer inputs are looked up, projected, normed and permuted: four P-sized
    tensors beside the embedding (`4P + 5·n_embd`, exactly as logged). One P stays alive through every layer, with
    the four AltUp copies of the residual stream and the feed-forward (whose first 10 layers also hold the
    activation-sparsity cut-off); where the allocator places them beside the freed look-up varies with the widths,
    so that side is bounded: `2P + max(3·n_ff + 16·n_embd, 20·n_embd)`. Fitted on generated files against the
    buffer llama-server logs (layers 21/30/35, n_embd 256/1024/2048, n_ff 1024-16384, ctx 4096): never below,
    0-40 MiB above (E2B's shape: 119 logged, 147 predicted; E4B's: 160 and 200).
    """
    p, e, ff = shape.per_layer_inputs, shape.embedding, shape.feed_forward
    return max(4 * p + 5 * e, 2 * p + max(3 * ff + 16 * e, 20 * e))


def _gemma4_per_layer_input_peak(shape: Shape) -> int:
    """f32 per token live at the peak of a Gemma 4 with per-layer inputs (E2B/E4B; src/models/gemma4.cpp), with
    P = `embedding_length_per_layer_input` × layers. Before the first layer the inputs are looked up, projected,
    added and permuted: three P-sized tensors beside the embedding (`3P + 5·n_embd`, as logged); in the layers
    the permuted inputs stay alive beside the feed-forward, with one more P-sized block the allocator cannot
    reuse: `3·n_ff + 5·n_embd + 2P`. Fitted on generated files against the buffer llama-server logs (n_embd
    256/512, n_ff 512-4096, P 640-5120, ctx 4096): never below; exact where either side is clearly larger,
    up to 2P above where they are close (the allocator then fits the feed-forward into the freed look-up).
    """
    p, e, ff = shape.per_layer_inputs, shape.embedding, shape.feed_forward
    return max(3 * p + 5 * e, 3 * ff + 5 * e + 2 * p)


def _dsv4_attention_width(shape: Shape) -> int:
    """f32 per token live at DeepSeek-V4's peak (src/models/deepseek4.cpp): its four hyper-connection copies of the
    residual stream with their mixing, the queries and the compressors: `12·n_embd + n_head·head + 2·head`.
    Fitted on generated files against the buffer llama-server logs (n_embd 256/512, heads 4/8, head 128/256,
    expert width 128/512, ctx 4096 and 16384): 0.6-1.3 MiB above, never below."""
    return 12 * shape.embedding + shape.heads * shape.head_dim + 2 * shape.head_dim


# BERT's feed-forward is up, GELU, down with no gate (src/models/bert.cpp's LLM_FFN_SEQ branch)
UNGATED_ENCODER_ARCHS = frozenset({"bert", "jina-bert-v3"})
ENCODER_GRAPH_INPUT_BYTES = 16 * 1024  # token ids, positions, the pooling matrix: ~10 KiB measured


def _encoder_compute_bytes(spec: ModelSpec, shape: Shape, ub: int, *, flash_attn: bool = True) -> int:
    """An embedding encoder's compute buffer (`llama-server --embedding`): no cache, so the non-causal attention
    runs over the micro-batch alone, with a `ub × ub` f16 mask instead of the decoder's `n_ctx × ub`, whatever the
    context (llm_graph_context::build_attn_inp_no_cache); no logits (the pooled embedding is the output).
    Measured on generated BERT files against the buffer llama-server logs (n_embd 256-1024, n_ff 256-4096, ctx
    256-16384): `ub × 4 × max(n_ff + 5·n_embd, 6.5·n_embd) + 2·ub²` + ~10 KiB, 0.00-0.01 MiB below this rule
    (which keeps 16 KiB); the gated encoders (nomic-bert, modern-bert, Gemma Embedding) keep the decoder's
    `3·n_ff` (not measured)."""
    ff = shape.feed_forward if (spec.architecture or "") in UNGATED_ENCODER_ARCHS else 3 * shape.feed_forward
    activations = ub * 4 * max(ff + 5 * shape.embedding, 13 * shape.embedding // 2)
    if not flash_attn:  # the scores over the micro-batch (`ub × ub × n_head` f32) and an f32 mask
        width = 5 * shape.embedding + 3 * shape.heads * shape.head_dim + 3 * shape.kv_heads * shape.head_dim
        return max(activations, ub * ub * 4 * shape.heads + ub * 4 * width) + 4 * ub * ub + ENCODER_GRAPH_INPUT_BYTES
    return activations + 2 * ub * ub + ENCODER_GRAPH_INPUT_BYTES


GLM5_KPOOL_CELL_BYTES = 16  # per cell, beside the masks: 12.8 measured


def _residual_bank_width(checkpoints: int) -> int:
    """Multiples of n_embd per token Kimi-K3's cross-layer residual attention adds (src/models/kimi-k3.cpp
    res_push / res_mix): the bank of `checkpoints` layer inputs ([n_embd, n, tokens], grown by ggml_concat) lives
    through the graph beside every block, and each mix normalises and scales the whole bank (rms_norm, mul), so
    at the last mixes up to three bank-sized tensors are alive: `max(n, 3n − 4)`. Fitted on generated files
    against the buffer llama-server logs (n 2-16, embd 256/512, ctx 4096/16384): 0.5-3 MiB above with embd 256,
    1.3-6 MiB above with embd 512 (the allocator fits more of it into freed blocks there), never below."""
    return max(checkpoints, 3 * checkpoints - 4)


def routed_expert_width(spec: ModelSpec, shape: Shape) -> int | None:
    """One routed expert's hidden width for the compute buffer: the file's `expert_feed_forward_length` (a catalogue
    shape's, from config.json's moe_intermediate_size); else, where neither the file's tensors nor the architecture
    give it, the reference's borrowed by a model of its kind (`shape.borrowed_expert_width`), else the experts' usual
    share of the layers' parameters (MOE_EXPERT_SHARE, the share the speed and the placement then assume too) spread
    over E × (gate, up, down) × d_model per layer (a config.json that names only the dense `feed_forward`, as
    Qwen3-30B-A3B's 6,144, gave 752 so). None (the dense `feed_forward`) for the rest, as llama.cpp's graphs of a file
    with expert tensors were measured."""
    from advisor.core.sizing.speed import FF_IS_EXPERT_WIDTH_ARCHS, MOE_EXPERT_SHARE  # speed imports this module

    if not spec.experts:
        return None
    if spec.expert_feed_forward:
        return spec.expert_feed_forward
    if spec.expert_layer_bytes or (spec.architecture or "") in FF_IS_EXPERT_WIDTH_ARCHS:
        return None
    if (borrowed := borrowed_expert_width(spec)) is not None:
        return int(borrowed)
    embeddings = shape.vocab * shape.embedding * (1 if shape.tied_embeddings else 2)
    in_layers = spec.parameters - embeddings
    per_expert = spec.experts * 3 * shape.embedding * shape.layers
    if in_layers <= 0 or per_expert <= 0:
        return None
    return int(in_layers * MOE_EXPERT_SHARE / per_expert)


def compute_bytes(spec: ModelSpec, shape: Shape, context: int, layout: KvLayout = ONE_SEQUENCE) -> int:
    """The graph's compute buffer (one output), see the module docstring. The masks span one stream's cells
    (`layout`: without `-kvu` the reserved batch is split between the slots' streams); `layout.batching` says the
    micro-batch and whether flash attention is on (without it: `_attention_scores_peak`)."""
    batching = layout.batching
    if (spec.architecture or "") in NO_FLASH_ATTN_ARCHS:
        batching = Batching(batching.ubatch, batching.batch, flash_attn=False)
    ub = n_ubatch(context, batching.micro_batch)
    if (spec.architecture or "") in EMBEDDING_ARCHS:
        return _encoder_compute_bytes(spec, shape, ub, flash_attn=batching.flash_attn)
    ff = shape.feed_forward
    if spec.experts:  # the routed experts' width, not the dense layers'
        ff = routed_expert_width(spec, shape) or ff
    ff *= max(1, spec.active_experts or 1)
    dense_beside = (spec.architecture or "") in DENSE_FFN_BESIDE_EXPERTS_ARCHS
    if spec.experts and (dense_beside or (spec.expert_layer_bytes and 0 in spec.expert_layer_bytes)):
        # some layers have no routed experts (LFM2-MoE's and DeepSeek's leading dense layers, Jamba's, Llama 4's
        # interleaved ones): the wider of their dense feed-forward and the active experts sets the peak
        ff = max(ff, shape.feed_forward)
    # the peak is in the feed-forward block, or in DeepSeek's attention block or a hybrid's recurrent block when
    # that is wider; elsewhere the attention block (its queries twice and the new keys: 2·n_head·head_dim +
    # n_head_kv·head_dim) where it is wider than the feed-forward: measured on Gemma 3 (8 heads of 256, embd 256,
    # n_ff 512) 20.03 MiB logged vs 20.03, Qwen3-MoE (8 heads of 128, experts 2 × 256) 11.52 vs 11.55 (11.03 and
    # 9.55 before, below the log), MiMo-V2 (4 heads of 192) 10.28 vs 11.05
    attention = _mla_attention_width(spec, shape) or (2 * shape.heads + shape.kv_heads) * shape.head_dim
    activations = ub * 4 * (max(3 * ff, attention) + 5 * shape.embedding)
    recurrent = _recurrent_block(spec, shape, ub)
    arch = spec.architecture or ""
    if recurrent and arch in RELU2_MLP_LAYER_ARCHS:
        # Nemotron-H's MLP layers (no gate) hold n_ff f32 per token, placed above the blocks the Mamba layer before
        # them left free: measured n_ff + the Mamba rule − 2.5–3 × d_inner (n_ff 2048/3072, embd 256/512)
        activations = recurrent + max(0, ub * 4 * (shape.feed_forward - 2 * (spec.ssm_inner or 0)))
    elif recurrent and arch in SWIGLU_AFTER_MAMBA2_ARCHS:
        activations = max(activations, recurrent + _ffn_over_mamba2(spec, shape, ub))
    else:
        activations = max(activations, recurrent)
    if recurrent and arch not in DELTA_NET_ARCHS | QSA_ARCHS | LIGHTNING_ATTENTION_ARCHS:
        activations += ub * 4 * HYBRID_GRAPH_MARGIN_F32
        if arch in PARALLEL_HYBRID_ARCHS:  # the attention output stays alive beside the Mamba-2 block
            activations += ub * 4 * shape.embedding
    if shape.per_layer_inputs and arch in ALTUP_ARCHS:
        activations = ub * 4 * _per_layer_input_peak(shape)
    elif shape.per_layer_inputs:
        activations = max(activations, ub * 4 * _gemma4_per_layer_input_peak(shape))
    if arch in RESIDUAL_ATTENTION_ARCHS and spec.residual_checkpoints:
        activations += ub * 4 * shape.embedding * _residual_bank_width(spec.residual_checkpoints)
    if arch in KPOOL_INDEXER_ARCHS:
        # GLM-5-Next's 4 hyper-connection streams of the residual stay alive beside the block: measured 1.4-1.8 ×
        # n_embd above the KDA rule (embd 256/512)
        activations += ub * 4 * 2 * shape.embedding
    full, swa = kv_cells(spec, context, layout)
    mask_bytes = 2 if batching.flash_attn else 4  # the causal masks: f16 for flash attention, else f32
    mask = full * ub * mask_bytes
    if spec.indexer_query_width:
        # DeepSeek-V3.2-style sparse attention (src/models/deepseek32.cpp): the indexer's scores over every cell
        # (f32) and the top-k selection mask (f16) beside the causal mask, and its queries; fitted on generated
        # files against the buffer llama-server logs (indexer heads 4-16, key length 64/128, embd 256/512, ctx
        # 4096 and 16384): 0-1.1 MiB above, never below
        mask += full * ub * 6
        activations += ub * 4 * spec.indexer_query_width
    if arch in KPOOL_INDEXER_ARCHS and spec.indexer_pool:
        # GLM-5-Next's k-pool DSA layers (src/models/glm5-next.cpp build_kpool_select, scatter path): the selection
        # mask `mask_all` (n_kv + n_sel cells, the causal mask's f16) and its sum with the causal mask, f16, and the
        # pools' f16 mask (`pool_mask`, one column per pool of kpool cells); ~13 bytes per cell more for the pools'
        # indices and keys. Measured on generated files against the buffer llama-server logs (kpool 4/8, indexer
        # heads 4/8, embd 256/512, ctx 4096-32768): 6 + 2 / kpool bytes per cell and token plus 12.8 per cell
        mask += full * ub * 4 + full * ub * 2 // spec.indexer_pool + full * GLM5_KPOOL_CELL_BYTES
    if arch in MSA_ARCHS:
        # MiniMax-M3's block-sparse layers (src/models/minimax-m3.cpp, prefill): the FA mask's f32 copy (`msa_mf`)
        # lives through the graph, and each sparse layer expands its chosen blocks into a per-cell f32 mask for
        # each indexer head (one per KV head): `bmc` (get_rows) and its transposed copy `bmx` are alive together
        mask += full * ub * (4 + 8 * shape.kv_heads)
    if spec.sliding_window and spec.sliding_window_layers:  # the sliding-window layers have their own mask
        mask += swa * ub * mask_bytes
    if spec.kv_compressed_cell_elements:
        activations = max(activations, ub * 4 * _dsv4_attention_width(shape))
        # a mask over each compressed cache's cells beside the window's and the whole context's
        mask += sum(pad(max(1, -(-full // r)), KV_PAD_CELLS) for r, _ in spec.kv_compressed_cell_elements) * ub * 2
    peak = activations + mask
    if arch in LIGHTNING_ATTENTION_ARCHS and spec.recurrent_state_bytes:
        peak = _lightning_attention_peak(shape, ub, activations) + mask
    elif arch in HC_MLA_ARCHS and spec.hyper_connections:
        peak = _hc_mla_peak(spec, shape, ub, full, activations, mask)
    elif arch in QSA_ARCHS and spec.hyper_connections:
        peak = _qsa_peak(spec, shape, ub, full, activations, mask)
    if not batching.flash_attn:
        peak = max(peak, _attention_scores_peak(spec, shape, ub, full, swa) + mask)
    # the logits of one output; a tiny test vocabulary's are below the graph's small fixed tensors (~32 KiB,
    # measured on Gemma 3 shapes), which any real vocabulary (32,000+ tokens) covers
    logits = max(shape.vocab, 8192) * 4
    router = ub * 4 * (spec.experts or 0)
    return peak + logits + router


def _attention_scores_peak(spec: ModelSpec, shape: Shape, ub: int, full: int, swa: int) -> int:
    """Bytes live at once in an attention layer without flash attention (0 for a model without attention layers).

    src/llama-graph.cpp build_attn_mha's other path: `kq = ggml_mul_mat(k, q)` is `n_kv × n_ubatch × n_head` f32
    (with grouped-query attention the query's heads: the KV heads are broadcast; with MLA the same heads over the
    latent), the soft-max runs in place on it (ggml-alloc reuses a tensor's memory for a SOFT_MAX, SCALE or tanh
    of it), beside the block's other tensors: `5·n_embd + 3·n_head·head_dim + 3·n_head_kv·head_dim` f32 per token.
    The layer with the most cells sets the peak: a full-context layer, or the window where every layer slides.
    Fitted on generated files against the buffer llama-server logs with `-fa off` (llama with GQA 1-4, embd
    256-1024, 4-16 heads; Gemma 3, Qwen3-MoE, gpt-oss, DeepSeek-2 MLA and older, Qwen3-Next; ctx 4096/8192,
    -ub 512/1024): the scores and masks exactly, the rest never below, 0-4.5 MiB above at -ub 512."""
    if shape.attention_layers <= 0:
        return 0
    n_kv = full
    if spec.sliding_window and (spec.sliding_window_layers or 0) >= shape.attention_layers:
        n_kv = swa
    scores = n_kv * ub * 4 * shape.heads
    width = 5 * shape.embedding + 3 * shape.heads * shape.head_dim + 3 * shape.kv_heads * shape.head_dim
    return scores + ub * 4 * width


def _lightning_attention_peak(shape: Shape, ub: int, activations: int) -> int:
    """MiniMax-Text-01 (src/models/minimax-01.cpp): the `diag_decay_exp` input (ubatch × ubatch f32 per head) lives
    through the whole graph, beside the feed-forward's peak; in a lightning-attention layer its scaled exponential
    and the `qk` scores (the same size) join it, with the fused QKV, the gate and the state products:
    `3·n_head·ub²` f32 + `6·n_head·head_dim + 4·n_embd + 3·n_head` f32 per token. Fitted on generated files
    against the buffer llama-server logs (heads 4/8/16, head size 32-128, embd 256-1024, expert width 256/1024,
    ctx 4096 and 16384): 0-1.5 MiB above, never below."""
    square = ub * ub * 4 * shape.heads
    width = 6 * shape.heads * shape.head_dim + 4 * shape.embedding + 3 * shape.heads
    return max(activations + square, 3 * square + ub * 4 * width)


def _hc_mla_peak(spec: ModelSpec, shape: Shape, ub: int, full: int, activations: int, mask: int) -> int:
    """Hunyuan V4 (src/models/hy-v4.cpp): the `hc` residual streams (f32, hc × n_embd per token) stay alive beside
    the MLA block, with the DSA indexer's queries a second time (roped beside the projection). The streams' own
    peak (build_hc_post's growing concat of hc columns, each a new tensor) is `5.5·hc·n_embd` f32 per token plus
    the indexer's queries, with the causal and indexer masks only. Fitted on generated files against the buffer
    llama-server logs (embd 256-1024, hc 2/4/8, heads 8/16, rank 128/256, indexer 4×64 to 64×128 or none, ctx
    4096 and 16384): never below on 71 shapes; the default shapes 0.5-1 MiB above, wide indexers with few heads
    up to 17 MiB above (where the allocator overlaps the indexer's tensors with the MLA block's)."""
    hc_embd = (spec.hyper_connections or 1) * shape.embedding
    query = spec.indexer_query_width or 0
    attention = activations + ub * 4 * (hc_embd + query) + mask
    streams = ub * 4 * (hc_embd * 11 // 2 + query) + full * ub * (4 if query else 2)
    return max(attention, streams)


def _qsa_peak(spec: ModelSpec, shape: Shape, ub: int, full: int, activations: int, mask: int) -> int:
    """Qwen4-Exp (src/models/qwen4exp.cpp): the `hc` residual streams and their mixer (2 × hc × n_embd f32 per
    token) beside the gated delta-net block or the feed-forward. With pooled QSA keys (a compress ratio r), the
    attention layers score every cell in f32 and the pooled blocks beside it, `4 + 7/r` bytes per cell and token
    over the masks, with the gated query (`4·n_head·head_dim`) and the streams (`(2·hc + 4)·n_embd`) per token.
    Fitted on generated files against the buffer llama-server logs (embd 256/512, hc 2/4/8, heads 4/8, head size
    64/128, indexer 2-8 × 32/64, r 0/4/8/16, ctx 4096 and 16384): never below, 0.3-2 MiB above at embd 256, up
    to 3 MiB (12 %) at embd 512."""
    hc = spec.hyper_connections or 1
    peak = activations + ub * 4 * 2 * hc * shape.embedding + mask
    if spec.indexer_pool:
        per_token = 4 * shape.heads * shape.head_dim + (2 * hc + 4) * shape.embedding
        pooled = full * ub * (4 * spec.indexer_pool + 7) // spec.indexer_pool
        peak = max(peak, ub * 4 * per_token + mask + pooled)
    return peak


def host_runtime_bytes(shape: Shape) -> int:
    return HOST_RUNTIME_BYTES + shape.vocab * HOST_RUNTIME_PER_VOCAB_BYTES


# llama_context::graph_max_nodes (src/llama-context.cpp): the graph's node budget per micro-batch token for the
# architectures whose graphs grow with the batch (recurrent chunks, hyper-connections, sparse attention), and per
# tensor; every other architecture gets max(1024, 8 per tensor)
GRAPH_NODES_PER_TOKEN = {
    **dict.fromkeys(("kimi-k3", "glm5-next"), (160, 64)),
    "hrm_text": (80, 64),
    **dict.fromkeys(
        (
            "qwen3next",
            "kimi-linear",
            "bailingmoe3",
            "qwen35",
            "qwen35moe",
            "clef",
            "qwen4exp",
            "deepseek4",
            "nanbeige",
            "minimax-01",
            "minimax-m3",
            "hy_v4",
        ),
        (40, 32),
    ),
}
GRAPH_BASE_NODES = 1024  # what HOST_RUNTIME_BYTES was measured with (1-layer models)
# Host bytes per node of that budget: three graph results (the reserve and two kept for reuse, each a zeroed
# `ggml_tensor_overhead() × nodes + ggml_graph_overhead_custom(nodes)`: 368 + 40 bytes per node, llm_graph_result
# ::reset), allocated once at load (measured: RSS ~1.2 KB per node above the rule on Kimi-K3 and GLM-5-Next files)
GRAPH_NODE_BYTES = 3 * (368 + 40)


def graph_metadata_bytes(spec: ModelSpec, context: int, ubatch: int = N_UBATCH) -> int:
    """The graph's bookkeeping in host RAM above what the runtime constant includes, for the architectures whose
    node budget grows with the micro-batch: ~24 MiB for Qwen3-Next-style hybrids, ~96 MiB for Kimi-K3 and
    GLM-5-Next at 512 tokens (more when a file has more tensors than that budget: `split.tensors.count` or the
    header's table). Other architectures' max(1024, 8 per tensor), 1-5 MiB on real models, is left in the
    runtime constant (fitted on real llama-shaped models), so a repo sized from the bundled list without its
    tensor table gets the same figure as its file."""
    budget = GRAPH_NODES_PER_TOKEN.get(spec.architecture or "")
    if budget is None:
        return 0
    per_token, per_tensor = budget
    nodes = max(n_ubatch(context, ubatch) * per_token, per_tensor * (spec.tensor_count or 0), GRAPH_BASE_NODES)
    return (nodes - GRAPH_BASE_NODES) * GRAPH_NODE_BYTES


def host_compute_bytes_with_gpu(shape: Shape, context: int, batching: Batching = DEFAULT_BATCHING) -> int:
    """With every layer on the GPU the CPU only embeds the input tokens (plus the mask it uploads); Gemma 3n also
    looks up and scales its per-layer inputs there (`per_layer_token_embd` is a host tensor)."""
    ub = n_ubatch(context, batching.micro_batch)
    mask = pad(context, KV_PAD_CELLS) * ub * (2 if batching.flash_attn else 4)
    return ub * 4 * (2 * shape.embedding + 2 * shape.per_layer_inputs) + mask


def per_layer_embedding_bytes(spec: ModelSpec, shape: Shape) -> int:
    """Gemma 3n's `per_layer_token_embd`: the file's own bytes, else vocabulary × 256 per layer at the file's quant
    (0 for other models). A host tensor (`LLM_TENSOR_LAYER_INPUT`), like the token embedding."""
    if not shape.per_layer_inputs:
        return 0
    if spec.per_layer_embedding_bytes is not None:
        return max(0, int(spec.per_layer_embedding_bytes))
    return _matrix_bytes(shape.vocab, shape.per_layer_inputs, spec.quant)


def checkpoint_bytes(spec: ModelSpec, shape: Shape, context: int, kv_type: str, layout: KvLayout = ONE_SEQUENCE) -> int:
    """One llama-server context checkpoint of a full chat (0 for a model that can roll its cache back).

    Sliding-window layers: the K and V of the last `n_swa` positions (`min(window, context)` cells; the cells
    outside the window are masked and not written); recurrent layers: their whole state. It lives in host RAM
    whatever the offload. Not counted in the fit: it appears only in llama-server (LM Studio's and Ollama's
    runtimes keep no such copies), grows turn by turn over a long chat, and `--ctx-checkpoints N` caps it
    (0 turns it off); the estimate says the figure instead. With `--swa-full` the server treats the model as one
    without a window (its n_swa is 0): no checkpoint of the window; a slot's context is `n_ctx_seq`. One slot's
    checkpoint: `layout.slots` slots keep up to `--ctx-checkpoints` each.
    """
    swa = 0
    if spec.sliding_window and spec.sliding_window_layers and not layout.swa_full:
        layers = min(shape.attention_layers, spec.sliding_window_layers)
        cells = min(spec.sliding_window, context_per_slot(context, layout))
        per_cell = layers * shape.kv_heads * (shape.head_dim + shape.value_dim)
        if spec.kv_swa_cell_elements is not None:
            per_cell = spec.kv_swa_cell_elements
        per_elem = kv_bytes_per_element(kv_type)
        if layout.type_v:
            per_elem = (per_elem + kv_bytes_per_element(layout.type_v)) / 2
        swa = int(cells * per_cell * per_elem)
    return swa + recurrent_state_bytes(spec)


def expert_bytes_by_layer(
    spec: ModelSpec, shape: Shape, layers_weights: int, weights_bytes: int | None = None
) -> tuple[int, ...]:
    """Routed-expert bytes of each layer: the file's own (`ModelSpec.expert_layer_bytes`), else the experts' usual
    share of the layers' weights spread evenly (empty for a dense model). `weights_bytes`: all the weights, for a
    model known without its file's size (its average bytes per parameter)."""
    if not spec.experts:
        return ()
    if spec.expert_layer_bytes:
        return tuple(spec.expert_layer_bytes[: shape.layers])
    from advisor.core.sizing.speed import MOE_EXPERT_SHARE  # speed imports this module

    per_layer = layers_weights * MOE_EXPERT_SHARE / shape.layers
    width = spec.expert_feed_forward or borrowed_expert_width(spec)
    if width and shape.embedding and spec.parameters > 0:
        # the experts' own size where their width is known: E × (gate, up, down) × d_model × d_ff per layer, at the
        # file's average bytes per parameter (Qwen3-30B-A3B: 97 % of its layers, not the usual 95 %)
        params = spec.experts * 3 * shape.embedding * width
        # the file's average, from all its weights: the layers' alone (no embedding, no output) over all the
        # parameters gave a model sized by its quant ~5 % fewer expert bytes, and as the bytes a token reads are
        # what is left of the layers without the unpicked experts, a fine-grained mixture read 1.5x as many
        weights = spec.file_size_bytes or weights_bytes or layers_weights
        per_layer = min(layers_weights / shape.layers * 0.99, params * weights / spec.parameters)
    return (int(per_layer),) * shape.layers

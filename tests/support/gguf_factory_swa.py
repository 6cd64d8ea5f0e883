"""Small random-weight GGUFs of four sliding-window architectures, in the tensor layout llama.cpp loads.

Granite SWA (`granite_swa`), dots.llm3 Note (`dots3note`), Maple (`maple`) and Spark-X2.5 (`spark2_5`): each
writer follows that architecture's `load_arch_hparams` / `load_arch_tensors` (src/models/<arch>.cpp) and the keys
its converter writes (conversion/granite.py, dots3.py, maple.py, spark2_5.py). Every one lists its sliding layers
in the file (`attention.sliding_window_pattern`, required by all four). Shapes are in ggml order, as in
tests/support/gguf_factory.py, whose helpers these reuse.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.gguf_factory import (
    _attention_tensors,
    _common,
    _deepseek_ffn_tensors,
    _qk_norm_moe_layer,
    _qk_norm_moe_metadata,
    _swiglu_tensors,
    _vocab,
    write_arch_gguf,
)


def _pattern(n_layer: int, period: int) -> list[bool]:
    """The converters' default: every `period`-th layer from the first keeps the whole context, the rest slide."""
    return [i % period != 0 for i in range(n_layer)]


def write_granite_swa_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    n_head: int = 8,
    n_head_kv: int = 2,
    head_dim: int = 32,
    n_ff: int = 768,
    sliding_window: int = 128,
    n_expert: int = 0,
    n_expert_used: int = 0,
    n_ff_shexp: int = 0,
    n_vocab: int = 2048,
) -> Path:
    """Granite 4 SWA (`granite_swa`, src/models/granite-swa.cpp) as conversion/granite.py's GraniteSWAModel
    writes it: Granite's scales (logit, residual, embedding, attention), the sliding layers listed one by one
    (`i % 4 != 0`, the converter's fallback), per-head attention sinks on every layer; a SwiGLU feed-forward, or
    (`n_expert` > 0, GraniteMoeSWAModel) routed experts with a fused gate+up tensor and, with `n_ff_shexp`, a
    shared expert whose gate and up are fused too."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
            "logit_scale": 8.0,
            "residual_scale": 0.22,
            "embedding_scale": 12.0,
            "attention.scale": 1.0 / head_dim,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": _pattern(n_layer, 4),
        }
    )
    if n_expert:
        md.update({"expert_count": n_expert, "expert_used_count": n_expert_used})
    if n_ff_shexp:
        md["expert_shared_feed_forward_length"] = n_ff_shexp
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            *_attention_tensors(b, n_embd, n_head, n_head_kv, head_dim),
            (b + "attn_sinks.weight", (n_head,)),
            (b + "ffn_norm.weight", (n_embd,)),
        ]
        if not n_expert:
            t += [
                *_swiglu_tensors(b, n_embd, n_ff),
            ]
            continue
        t += [
            (b + "ffn_gate_inp.weight", (n_embd, n_expert)),
            (b + "ffn_gate_up_exps.weight", (n_embd, 2 * n_ff, n_expert)),
            (b + "ffn_down_exps.weight", (n_ff, n_embd, n_expert)),
        ]
        if n_ff_shexp:
            t += [
                (b + "ffn_up_shexp.weight", (n_embd, 2 * n_ff_shexp)),
                (b + "ffn_down_shexp.weight", (n_ff_shexp, n_embd)),
            ]
    return write_arch_gguf(path, "granite_swa", md, t, n_vocab=n_vocab)


def write_dots3note_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    n_head_full: int = 4,
    n_head_swa: int = 8,
    q_lora_rank: int = 128,
    kv_lora_rank: int = 128,
    kv_lora_rank_swa: int = 64,
    qk_nope: int = 64,
    qk_rope: int = 32,
    v_head: int = 64,
    indexer: tuple[int, int] = (4, 64),
    sliding_window: int = 128,
    n_ff: int = 512,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """dots.llm3 Note (`dots3note`, src/models/dots3note.cpp) as conversion/dots3.py's Dots3NoteModel writes it:
    absorbed MLA on every layer (one K head of kv_lora_rank + rope, no V), a smaller latent and more query heads on
    the sliding layers (`kv_lora_rank_swa`, `key_length_swa`, a per-layer `head_count`), DeepSeek-V3.2's lightning
    indexer on the full layers only (`attention.indexer.types`), a head-wise attention gate; a dense first layer,
    then routed experts with a selection bias (sigmoid gating) beside a shared expert. No MTP layer (`--no-mtp`)."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    swa = _pattern(n_layer, 4)
    heads = [n_head_swa if s else n_head_full for s in swa]
    md.update(
        {
            "feed_forward_length": n_ff,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "expert_shared_count": 1,
            "leading_dense_block_count": 1,
            "expert_weights_scale": 1.0,
            "expert_weights_norm": True,
            "expert_gating_func": 2,  # sigmoid
            "attention.head_count": heads,
            "attention.head_count_kv": 1,
            "attention.q_lora_rank": q_lora_rank,
            "attention.kv_lora_rank": kv_lora_rank,
            "attention.key_length": kv_lora_rank + qk_rope,
            "attention.value_length": kv_lora_rank,
            "attention.key_length_mla": qk_nope + qk_rope,
            "attention.value_length_mla": v_head,
            "attention.kv_lora_rank_swa": kv_lora_rank_swa,
            "attention.key_length_swa": kv_lora_rank_swa + qk_rope,
            "attention.value_length_swa": kv_lora_rank_swa,
            "attention.key_length_mla_swa": qk_nope + qk_rope,
            "attention.value_length_mla_swa": v_head,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": swa,
            "attention.indexer.head_count": indexer[0],
            "attention.indexer.key_length": indexer[1],
            "attention.indexer.top_k": 64,
            "attention.indexer.types": [not s for s in swa],
            "rope.dimension_count": qk_rope,
            "rope.freq_base_swa": 10000.0,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        rank = kv_lora_rank_swa if swa[i] else kv_lora_rank
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_q_a_norm.weight", (q_lora_rank,)),
            (b + "attn_kv_a_norm.weight", (rank,)),
            (b + "attn_k_norm.weight", (qk_rope,)),
            (b + "attn_q_a.weight", (n_embd, q_lora_rank)),
            (b + "attn_q_b.weight", (q_lora_rank, heads[i] * (qk_nope + qk_rope))),
            (b + "attn_kv_a_mqa.weight", (n_embd, rank + qk_rope)),
            (b + "attn_k_b.weight", (qk_nope, rank, heads[i])),
            (b + "attn_v_b.weight", (rank, v_head, heads[i])),
            (b + "attn_output.weight", (heads[i] * v_head, n_embd)),
            (b + "attn_gate.weight", (n_embd, heads[i])),
            (b + "ffn_norm.weight", (n_embd,)),
        ]
        if not swa[i]:
            t += [
                (b + "indexer.k_norm.weight", (indexer[1],)),
                (b + "indexer.k_norm.bias", (indexer[1],)),
                (b + "indexer.proj.weight", (n_embd, indexer[0])),
                (b + "indexer.attn_k.weight", (n_embd, indexer[1])),
                (b + "indexer.attn_q_b.weight", (q_lora_rank, indexer[0] * indexer[1])),
            ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
    return write_arch_gguf(path, "dots3note", md, t, n_vocab=n_vocab)


def write_maple_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 6,
    n_head: int = 8,
    n_head_kv: int = 2,
    head_dim: int = 64,
    sliding_window: int = 256,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 256,
    n_vocab: int = 2048,
) -> Path:
    """Maple (`maple`, src/models/maple.cpp) as conversion/maple.py's MapleModel writes it: q/k norms, the sliding
    layers listed one by one (2 of every 3 here; RoPE only on them), routed SwiGLU experts on every layer (no
    dense or shared ones) clamped at 7.0 (`swiglu_clamp_exp`, one per layer), an untied output."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(_qk_norm_moe_metadata(n_ff_exp, n_ff_exp, n_expert, n_expert_used, n_head, n_head_kv, head_dim))
    md.update(
        {
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": _pattern(n_layer, 3),
            "swiglu_clamp_exp": [7.0] * n_layer,
        }
    )
    for i in range(n_layer):
        t += _qk_norm_moe_layer(f"blk.{i}.", n_embd, n_head, n_head_kv, head_dim, n_ff_exp, n_expert)
    return write_arch_gguf(path, "maple", md, t, n_vocab=n_vocab)


def write_spark2_5_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    n_head: int = 8,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_ff: int = 1024,
    sliding_window: int = 512,
    n_vocab: int = 2048,
) -> Path:
    """Spark-X2.5 (`spark2_5`, src/models/spark2-5.cpp) as conversion/spark2_5.py's Spark2_5Model writes it: a
    fused QKV projection, a head-wise sigmoid attention gate, the sliding layers listed one by one (3 of every 4)
    with their own rotary width (`rope.dimension_count_swa`, half the head), a GELU-gated feed-forward, the output
    tied to the token embedding."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    t = [x for x in t if x[0] != "output.weight"]  # tied
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
            "rope.dimension_count_swa": head_dim // 2,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": _pattern(n_layer, 4),
        }
    )
    qkv = (n_head + 2 * n_head_kv) * head_dim
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_qkv.weight", (n_embd, qkv)),
            (b + "attn_gate.weight", (n_embd, n_head)),
            (b + "attn_output.weight", (n_head * head_dim, n_embd)),
            (b + "ffn_norm.weight", (n_embd,)),
            *_swiglu_tensors(b, n_embd, n_ff),
        ]
    return write_arch_gguf(path, "spark2_5", md, t, n_vocab=n_vocab)

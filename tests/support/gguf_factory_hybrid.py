"""Small random-weight GGUFs of the hybrid architectures whose memory rules come from their own llama.cpp classes:
Qwen4-Exp, MiniMax-Text-01 (lightning attention) and Hunyuan V4. Tensor shapes in ggml order, as
src/models/<arch>.cpp load_arch_tensors lists them."""

from __future__ import annotations

from pathlib import Path

from tests.support.gguf_factory import (
    _attention_tensors,
    _common,
    _deepseek_ffn_tensors,
    _routed_expert_tensors,
    _swiglu_tensors,
    _vocab,
    write_arch_gguf,
)


def write_minimax01_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    interval: int = 4,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 256,
    n_vocab: int = 2048,
) -> Path:
    """MiniMax-Text-01 (src/models/minimax-01.cpp): lightning-attention layers (a fused QKV, an output gate and a
    head_dim² state per head, no KV cache) except every `interval`-th, a grouped-query softmax attention layer;
    routed experts on every layer."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(
        {
            "feed_forward_length": n_ff_exp,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim // 2,
            "full_attention_interval": interval,
            "residual_scale": 1.0,
        }
    )
    inner = n_head * head_dim
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,)), (b + "ffn_norm.weight", (n_embd,))]
        if (i + 1) % interval == 0:
            t += _attention_tensors(b, n_embd, n_head, n_head_kv, head_dim)
        else:
            t += [
                (b + "attn_norm_2.weight", (inner,)),
                (b + "attn_qkv.weight", (n_embd, 3 * inner)),
                (b + "attn_gate.weight", (n_embd, inner)),
                (b + "attn_output.weight", (inner, n_embd)),
            ]
        t += _routed_expert_tensors(b, n_embd, n_ff_exp, n_expert)
    return write_arch_gguf(path, "minimax-01", md, t, n_vocab=n_vocab)


def write_hy_v4_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    n_head: int = 8,
    q_lora_rank: int = 128,
    kv_lora_rank: int = 128,
    qk_nope: int = 64,
    qk_rope: int = 32,
    v_head: int = 64,
    hc: int = 4,
    indexer: tuple[int, int] | None = (4, 64),
    indexer_types: tuple[int, ...] = (1, 0, 1, 0),
    n_ff: int = 512,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Hunyuan V4 (src/models/hy-v4.cpp): MLA attention (latent cache, query compression, attention sinks, a
    sigmoid output gate) inside `hc` hyper-connection streams; a dense lead layer, then routed experts + a shared
    expert. `indexer=(heads, key length)` adds the DSA lightning indexer (its keys cached by llama_kv_cache_dsa)
    on the layers `indexer_types` marks; the others reuse the last marked layer's top-k."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(
        {
            "feed_forward_length": n_ff,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "expert_shared_count": 1,
            "leading_dense_block_count": 1,
            "expert_weights_scale": 1.0,
            "expert_gating_func": 2,  # sigmoid
            "attention.head_count": n_head,
            "attention.head_count_kv": 1,
            "attention.q_lora_rank": q_lora_rank,
            "attention.kv_lora_rank": kv_lora_rank,
            "attention.key_length": kv_lora_rank + qk_rope,
            "attention.value_length": kv_lora_rank,
            "attention.key_length_mla": qk_nope + qk_rope,
            "attention.value_length_mla": v_head,
            "rope.dimension_count": qk_rope,
            "hyper_connection.count": hc,
            "hyper_connection.epsilon": 1e-6,
            "hyper_connection.magnitude": 1.0,
        }
    )
    if indexer:
        md.update(
            {
                "attention.indexer.head_count": indexer[0],
                "attention.indexer.key_length": indexer[1],
                "attention.indexer.top_k": 64,
                "attention.indexer.types": list(indexer_types[:n_layer]),
            }
        )
    t += [
        ("output_hc_fn.weight", (hc * n_embd, hc)),
        ("output_hc_base.weight", (hc,)),
        ("output_hc_scale.weight", (1,)),
    ]
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_sinks.weight", (n_head,)),
            (b + "attn_q_a.weight", (n_embd, q_lora_rank)),
            (b + "attn_q_a_norm.weight", (q_lora_rank,)),
            (b + "attn_q_b.weight", (q_lora_rank, n_head * (qk_nope + qk_rope))),
            (b + "attn_kv_a_mqa.weight", (n_embd, kv_lora_rank + qk_rope)),
            (b + "attn_kv_a_norm.weight", (kv_lora_rank,)),
            (b + "attn_k_b.weight", (qk_nope, kv_lora_rank, n_head)),
            (b + "attn_v_b.weight", (kv_lora_rank, v_head, n_head)),
            (b + "attn_output.weight", (n_head * v_head, n_embd)),
            (b + "attn_gate.weight", (n_embd, n_head * v_head)),
            (b + "ffn_norm.weight", (n_embd,)),
        ]
        if indexer and indexer_types[i]:
            t += [
                (b + "indexer.attn_q_b.weight", (q_lora_rank, indexer[0] * indexer[1])),
                (b + "indexer.attn_k.weight", (n_embd, indexer[1])),
                (b + "indexer.k_norm.weight", (indexer[1],)),
                (b + "indexer.k_norm.bias", (indexer[1],)),
                (b + "indexer.proj.weight", (n_embd, indexer[0])),
            ]
        for part in ("attn", "ffn"):
            t += [
                (b + f"hc_{part}_fn.weight", (hc * n_embd, 2 * hc)),
                (b + f"hc_{part}_base.weight", (2 * hc,)),
                (b + f"hc_{part}_scale.weight", (2,)),
            ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
    return write_arch_gguf(path, "hy_v4", md, t, n_vocab=n_vocab)


def write_qwen4exp_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    interval: int = 4,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    hc: int = 4,
    hc_low_rank: int = 16,
    indexer: tuple[int, int] = (2, 32),
    compress_ratio: int = 4,
    d_conv: int = 4,
    d_state: int = 64,
    n_group: int = 2,
    dt_rank: int = 4,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Qwen4-Exp (src/models/qwen4exp.cpp, llama_memory_hybrid_idx): gated delta-net layers except every
    `interval`-th, a gated grouped-query attention layer with the QSA indexer (`indexer=(heads, key length)`; its
    keys pooled over blocks of `compress_ratio` cells when that is above 0, so each cached key row holds the raw
    and the pooled key); `hc` low-rank hyper-connection streams around every block; routed experts + a gated shared
    expert on every layer."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    t = [x for x in t if x[0] != "output_norm.weight"]  # the final hyper-connection mixer carries the norm
    md.update(
        {
            "feed_forward_length": n_ff_exp,
            "expert_feed_forward_length": n_ff_exp,
            "expert_shared_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim // 4,
            "rope.dimension_sections": [head_dim // 8, 0, 0, 0],
            "full_attention_interval": interval,
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_state * dt_rank,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": dt_rank,
            "ssm.group_count": n_group,
            "hyper_connection.count": hc,
            "hyper_connection.low_rank": hc_low_rank,
            "attention.indexer.head_count": indexer[0],
            "attention.indexer.key_length": indexer[1],
            "attention.indexer.top_k": 64,
            "attention.compress_ratios": [compress_ratio if (i + 1) % interval == 0 else 0 for i in range(n_layer)],
        }
    )
    hc_dim = hc * n_embd
    key_dim, value_dim = d_state * n_group, d_state * dt_rank

    def mixer(name: str) -> list[tuple[str, tuple[int, ...]]]:
        return [
            (name + "_norm.weight", (n_embd, hc)),
            (name + "_down.weight", (hc_dim, hc_low_rank)),
            (name + "_up.weight", (hc_low_rank, hc_dim)),
        ]

    t += mixer("output_hc")
    for i in range(n_layer):
        b = f"blk.{i}."
        for part in ("attn", "ffn"):
            t += [*mixer(b + f"hc_{part}"), (b + f"hc_{part}_inject.weight", (hc_dim, hc))]
        if (i + 1) % interval == 0:
            t += [
                (b + "attn_q.weight", (n_embd, n_head * head_dim * 2)),
                (b + "attn_k.weight", (n_embd, n_head_kv * head_dim)),
                (b + "attn_v.weight", (n_embd, n_head_kv * head_dim)),
                (b + "attn_output.weight", (n_head * head_dim, n_embd)),
                (b + "attn_q_norm.weight", (head_dim,)),
                (b + "attn_k_norm.weight", (head_dim,)),
                (b + "indexer.q_proj.weight", (n_embd, indexer[0] * indexer[1])),
                (b + "indexer.k_proj.weight", (n_embd, indexer[1])),
                (b + "indexer.q_norm.weight", (indexer[1],)),
                (b + "indexer.k_norm.weight", (indexer[1],)),
            ]
        else:
            t += [
                (b + "attn_qkv.weight", (n_embd, key_dim * 2 + value_dim)),
                (b + "attn_gate.weight", (n_embd, value_dim)),
                (b + "ssm_conv1d.weight", (d_conv, key_dim * 2 + value_dim)),
                (b + "ssm_dt.bias", (dt_rank,)),
                (b + "ssm_a", (dt_rank,)),
                (b + "ssm_beta.weight", (n_embd, dt_rank)),
                (b + "ssm_alpha.weight", (n_embd, dt_rank)),
                (b + "ssm_norm.weight", (d_state,)),
                (b + "ssm_out.weight", (value_dim, n_embd)),
            ]
        t += [
            *_routed_expert_tensors(b, n_embd, n_ff_exp, n_expert),
            (b + "ffn_gate_inp_shexp.weight", (n_embd,)),
            *_swiglu_tensors(b, n_embd, n_ff_exp, "_shexp"),
        ]
    return write_arch_gguf(path, "qwen4exp", md, t, n_vocab=n_vocab)

"""Small random-weight GGUFs of the Kimi Delta Attention (KDA) hybrids beyond Kimi-Linear: Kimi-K3, Ling/Ring 3
(`bailingmoe3`) and GLM-5-Next. Tensor shapes in ggml order, as src/models/<arch>.cpp load_arch_tensors lists them;
the keys are the ones its load_arch_hparams reads (required ones always written)."""

from __future__ import annotations

from pathlib import Path

from tests.support.gguf_factory import (
    _common,
    _deepseek_ffn_tensors,
    _kda_tensors,
    _routed_expert_tensors,
    _swiglu_tensors,
    _vocab,
    write_arch_gguf,
)

Tensors = list[tuple[str, tuple[int, ...]]]


def _kda_layer(b: str, n_embd: int, n_head: int, head_dim: int, d_conv: int, replace: dict[str, Tensors]) -> Tensors:
    """Kimi-Linear's KDA layer (`_kda_tensors`) with some of its tensors replaced (`name suffix: new tensors`,
    an empty list drops it): the three architectures differ only in their decay and output gates and `ssm_a`."""
    out: Tensors = []
    for name, ne in _kda_tensors(b, n_embd, n_head, head_dim, d_conv):
        suffix = name.removeprefix(b)
        out += replace.get(suffix, [(name, ne)])
    return out


def _mla_layer(
    b: str, n_embd: int, n_head: int, q_lora_rank: int, kv_lora_rank: int, qk_nope: int, qk_rope: int, v_head: int
) -> Tensors:
    """An MLA layer with the absorbed k_b / v_b split (the latent-only cache): `q_lora_rank` 0 projects the query
    directly (`attn_q`), else through `attn_q_a` / `attn_q_b`."""
    q: Tensors = [(b + "attn_q.weight", (n_embd, n_head * (qk_nope + qk_rope)))]
    if q_lora_rank:
        q = [
            (b + "attn_q_a.weight", (n_embd, q_lora_rank)),
            (b + "attn_q_a_norm.weight", (q_lora_rank,)),
            (b + "attn_q_b.weight", (q_lora_rank, n_head * (qk_nope + qk_rope))),
        ]
    return [
        *q,
        (b + "attn_kv_a_norm.weight", (kv_lora_rank,)),
        (b + "attn_kv_a_mqa.weight", (n_embd, kv_lora_rank + qk_rope)),
        (b + "attn_k_b.weight", (qk_nope, kv_lora_rank, n_head)),
        (b + "attn_v_b.weight", (kv_lora_rank, v_head, n_head)),
        (b + "attn_output.weight", (n_head * v_head, n_embd)),
    ]


def _mla_keys(kv_lora_rank: int, qk_nope: int, qk_rope: int, v_head: int) -> dict[str, object]:
    """An MLA file's keys (llama_hparams::is_mla(): both `*_length_mla` keys; the cache holds the latent)."""
    return {
        "attention.kv_lora_rank": kv_lora_rank,
        "attention.key_length": kv_lora_rank + qk_rope,
        "attention.value_length": kv_lora_rank,
        "attention.key_length_mla": qk_nope + qk_rope,
        "attention.value_length_mla": v_head,
        "rope.dimension_count": qk_rope,
    }


def _moe_keys(n_ff: int, n_ff_exp: int, n_expert: int, n_expert_used: int) -> dict[str, object]:
    return {
        "feed_forward_length": n_ff,
        "expert_feed_forward_length": n_ff_exp,
        "expert_count": n_expert,
        "expert_used_count": n_expert_used,
        "expert_shared_count": 1,
        "leading_dense_block_count": 1,
        "expert_weights_scale": 1.0,
        "expert_gating_func": 2,  # sigmoid
    }


def write_kimi_k3_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    interval: int = 4,
    res_block_size: int = 2,
    n_head: int = 4,
    kda_head_dim: int = 64,
    d_conv: int = 4,
    kv_lora_rank: int = 128,
    qk_nope: int = 64,
    qk_rope: int = 32,
    v_head: int = 64,
    n_ff: int = 512,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_embd_latent: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Kimi-K3 (src/models/kimi-k3.cpp): Kimi-Linear's layout (KDA layers with `head_count_kv` 0, an MLA layer every
    `interval`-th) with a full-rank KDA gate (`ssm_g`), a sigmoid output gate on the MLA layers, cross-layer
    residual attention (the layer inputs banked every `res_block_size` layers and mixed back by learned scores),
    SiTU activations and routed experts in a latent space of `n_embd_latent` beside a full-width shared expert."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(
        {
            **_moe_keys(n_ff, n_ff_exp, n_expert, n_expert_used),
            **_mla_keys(kv_lora_rank, qk_nope, qk_rope, v_head),
            "expert_latent_length": n_embd_latent,
            "attention.head_count": n_head,
            "attention.head_count_kv": [1 if (i + 1) % interval == 0 else 0 for i in range(n_layer)],
            "ssm.conv_kernel": d_conv,
            "kda.head_dim": kda_head_dim,
            "kda.gate_lower_bound": -5.0,
            "attn_res.block_size": res_block_size,
            "activation.situ_beta": 1.0,
            "activation.situ_linear_beta": 2.0,
        }
    )
    t += [("output_res_score.weight", (n_embd,))]
    d_inner = n_head * kda_head_dim
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "ffn_norm.weight", (n_embd,)),
            (b + "attn_res_score.weight", (n_embd,)),
            (b + "ffn_res_score.weight", (n_embd,)),
        ]
        if (i + 1) % interval:
            gates = {  # a 1-D A and one full-rank output gate
                "ssm_a": [(b + "ssm_a", (n_head,))],
                "ssm_g_a.weight": [(b + "ssm_g.weight", (n_embd, d_inner))],
                "ssm_g_b.weight": [],
            }
            t += _kda_layer(b, n_embd, n_head, kda_head_dim, d_conv, gates)
        else:
            t += _mla_layer(b, n_embd, n_head, 0, kv_lora_rank, qk_nope, qk_rope, v_head)
            t += [(b + "attn_gate.weight", (n_embd, n_head * v_head))]
        if i < 1:
            t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert)
        else:  # the routed experts work at the latent width, the router and the shared expert at n_embd
            experts = _routed_expert_tensors(b, n_embd_latent, n_ff_exp, n_expert, probs_bias=True)
            t += [(name, (n_embd, n_expert) if "gate_inp" in name else ne) for name, ne in experts]
            t += [
                (b + "ffn_routed_down.weight", (n_embd, n_embd_latent)),
                (b + "ffn_routed_up.weight", (n_embd_latent, n_embd)),
                (b + "ffn_routed_norm.weight", (n_embd_latent,)),
                *_swiglu_tensors(b, n_embd, n_ff_exp, "_shexp"),
            ]
    return write_arch_gguf(path, "kimi-k3", md, t, n_vocab=n_vocab)


def write_bailingmoe3_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    interval: int = 4,
    nextn: int = 1,
    n_head: int = 4,
    kda_head_dim: int = 64,
    d_conv: int = 4,
    q_lora_rank: int = 128,
    kv_lora_rank: int = 128,
    qk_nope: int = 64,
    qk_rope: int = 32,
    v_head: int = 64,
    n_ff: int = 512,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Ling/Ring 3 (`bailingmoe3`, src/models/bailingmoe3.cpp): KDA layers (`head_count_kv` 0) with full-rank decay
    and output gates (`ssm_f_a`, `ssm_g_a` of n_head × head_dim rows, no f_b / g_b) except every `interval`-th,
    an MLA layer with RoPE and a per-head sigmoid gate; a dense lead, then routed + shared experts; `nextn`
    multi-token-prediction layers after the trunk (an MLA layer with its own experts, kept out of the graph)."""
    n_all = n_layer + nextn
    md, t = _common(n_embd, n_all, len(_vocab(n_vocab).tokens))
    md.update(
        {
            **_moe_keys(n_ff, n_ff_exp, n_expert, n_expert_used),
            **_mla_keys(kv_lora_rank, qk_nope, qk_rope, v_head),
            "attention.q_lora_rank": q_lora_rank,
            "attention.head_count": n_head,
            "attention.head_count_kv": [1 if i >= n_layer or (i + 1) % interval == 0 else 0 for i in range(n_all)],
            "ssm.conv_kernel": d_conv,
            "kda.head_dim": kda_head_dim,
            "kda.gate_lower_bound": -5.0,
            "nextn_predict_layers": nextn,
        }
    )
    d_inner = n_head * kda_head_dim
    for i in range(n_all):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,)), (b + "ffn_norm.weight", (n_embd,))]
        if i < n_layer and (i + 1) % interval:
            t += _kda_layer(
                b,
                n_embd,
                n_head,
                kda_head_dim,
                d_conv,
                {
                    "ssm_f_a.weight": [(b + "ssm_f_a.weight", (n_embd, d_inner))],
                    "ssm_f_b.weight": [],
                    "ssm_g_a.weight": [(b + "ssm_g_a.weight", (n_embd, d_inner))],
                    "ssm_g_b.weight": [],
                },
            )
        else:
            t += _mla_layer(b, n_embd, n_head, q_lora_rank, kv_lora_rank, qk_nope, qk_rope, v_head)
            t += [(b + "attn_gate.weight", (n_embd, n_head))]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
        if i >= n_layer:
            t += [
                (b + "nextn.eh_proj.weight", (2 * n_embd, n_embd)),
                (b + "nextn.enorm.weight", (n_embd,)),
                (b + "nextn.hnorm.weight", (n_embd,)),
                (b + "layer_output_norm.weight", (n_embd,)),
            ]
    return write_arch_gguf(path, "bailingmoe3", md, t, n_vocab=n_vocab)


def write_glm5_next_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    interval: int = 4,
    nextn: int = 1,
    n_head: int = 4,
    kda_head_dim: int = 64,
    d_conv: int = 4,
    q_lora_rank: int = 128,
    kv_lora_rank: int = 128,
    qk_nope: int = 64,
    v_head: int = 64,
    indexer: tuple[int, int] = (4, 64),
    kpool: int = 4,
    top_k: int = 64,
    n_ff: int = 512,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """GLM-5-Next (src/models/glm5-next.cpp, llama_memory_hybrid_idx): Kimi-Linear's KDA layers (`head_count_kv` 0)
    except every `interval`-th, a RoPE-free MLA layer with a k-pool lightning indexer (`indexer=(heads, key
    length)`, pools of `kpool` keys) over a cache of its own; 4-way hyper-connections around every block; a dense
    lead, then routed + shared experts; `nextn` multi-token-prediction layers after the trunk."""
    hc = 4
    hc_dim, hc_mix = hc * n_embd, (2 + hc) * hc
    n_all = n_layer + nextn
    md, t = _common(n_embd, n_all, len(_vocab(n_vocab).tokens))
    md.update(
        {
            **_moe_keys(n_ff, n_ff_exp, n_expert, n_expert_used),
            **_mla_keys(kv_lora_rank, qk_nope, 0, v_head),
            "attention.q_lora_rank": q_lora_rank,
            "attention.head_count": n_head,
            "attention.head_count_kv": [1 if i >= n_layer or (i + 1) % interval == 0 else 0 for i in range(n_all)],
            "attention.indexer.head_count": indexer[0],
            "attention.indexer.key_length": indexer[1],
            "attention.indexer.top_k": top_k,
            "attention.indexer.kpool": kpool,
            "ssm.conv_kernel": d_conv,
            "kda.head_dim": kda_head_dim,
            "hyper_connection.count": hc,
            "hyper_connection.sinkhorn_iterations": 20,
            "hyper_connection.epsilon": 1e-6,
            "nextn_predict_layers": nextn,
        }
    )
    for i in range(n_all):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,)), (b + "ffn_norm.weight", (n_embd,))]
        if i < n_layer:
            for part in ("attn", "ffn"):
                t += [
                    (b + f"hc_{part}_fn.weight", (hc_dim, hc_mix)),
                    (b + f"hc_{part}_base.weight", (hc_mix,)),
                    (b + f"hc_{part}_scale.weight", (3,)),
                ]
        if i < n_layer and (i + 1) % interval:
            t += _kda_layer(b, n_embd, n_head, kda_head_dim, d_conv, {"ssm_a": [(b + "ssm_a", (n_head,))]})
        else:
            t += _mla_layer(b, n_embd, n_head, q_lora_rank, kv_lora_rank, qk_nope, 0, v_head)
            t += [
                (b + "indexer.k_norm.weight", (indexer[1],)),
                (b + "indexer.k_norm.bias", (indexer[1],)),
                (b + "indexer.proj.weight", (n_embd, indexer[0])),
                (b + "indexer.attn_k.weight", (n_embd, indexer[1])),
                (b + "indexer.attn_q_b.weight", (q_lora_rank, indexer[0] * indexer[1])),
                (b + "indexer_compressor_gate.weight", (n_embd, indexer[1])),
                (b + "indexer_compressor_ape.weight", (indexer[1], kpool)),
            ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
        if i >= n_layer:
            t += [
                (b + "nextn.eh_proj.weight", (2 * n_embd, n_embd)),
                (b + "nextn.enorm.weight", (n_embd,)),
                (b + "nextn.hnorm.weight", (n_embd,)),
            ]
    # F32 weights: the k-pool's position bias is added to f32 scores (ggml_add has no f32 + f16 on the CPU), and
    # write_arch_gguf stores every 2-D tensor of a 32-multiple width at the file's type
    return write_arch_gguf(path, "glm5-next", md, t, n_vocab=n_vocab, tensor_type="F32")

"""Fill in the architecture numbers a model description lacks, from the nearest real model (documented heuristic).

A user may only know "8B, Q4_K_M". The KV cache and compute buffers depend on layers, KV heads, head size and
vocabulary, so missing numbers are borrowed from the reference model nearest in parameter count
(Llama-3.2-1B/3B, Llama-3.1-8B, Qwen2.5-14B/32B, Llama-3.1-70B — all GQA with 8 KV heads, as most current
models are; a size within 3 % of Mistral-Nemo-12B or Mistral-Small-24B is that model; a mixture of experts borrows
the nearest of Qwen3-30B-A3B/235B-A22B, Mixtral-8x7B/8x22B and gpt-oss-20b/120b, one of its expert count where one is
near). Numbers the user gave always win.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from advisor.core.sizing.tiers import nearest_reference
from advisor.core.types import ModelSpec


@dataclass(frozen=True)
class Shape:
    """Every number the memory model needs, none missing."""

    layers: int
    attention_layers: int
    embedding: int
    heads: int
    kv_heads: int
    head_dim: int
    value_dim: int
    vocab: int
    feed_forward: int
    tied_embeddings: bool
    borrowed: bool  # some numbers came from a reference model
    # f32 values per token of Gemma 3n's and Gemma 4 E-models' per-layer inputs (256 per layer in the released
    # models, `embedding_length_per_layer_input`; kept through the whole graph); 0 for others
    per_layer_inputs: int = 0
    borrowed_from: str = ""  # that reference model's name, said in the estimate's remark
    borrowed_from_layers: int = 0  # and its own layer count (the model's may be given)


# Gemma 3n (src/models/gemma3n.cpp): each token also looks up `n_embd_altup` = 256 values per layer in
# `per_layer_token_embd` (a width llama.cpp fixes in llama_hparams, read from no key)
PER_LAYER_INPUT_ARCHS = frozenset({"gemma3n"})
PER_LAYER_INPUT_WIDTH = 256


def borrowed_expert_width(spec: ModelSpec) -> float | None:
    """The experts' width of a mixture known only by its counts (`--params 30.5B --experts 128`, a catalogue entry
    without a layout): it borrows the nearest mixture's layers (`complete_shape`), and with them that mixture's
    experts, as wide as its size makes them (Qwen3-30B-A3B's 768 for a 30.5 B model of 128 experts, Mixtral-8x7B's
    14,336 for a 46.7 B model of 8). None for another kind of mixture (other expert or layer counts, another hidden
    width: a model of 8 experts is not a Qwen3-30B-A3B of another size, and its experts' width is not known), or
    where the nearest reference is dense or names no expert width."""
    moe = bool(spec.experts and spec.active_experts and spec.experts > spec.active_experts)
    if not moe or spec.expert_feed_forward:
        return None
    ref = nearest_reference(spec.parameters, moe=True, experts=spec.experts, active_experts=spec.active_experts)
    if not ref.expert_feed_forward or not ref.experts or ref.parameters <= 0:
        return None
    if (
        spec.experts != ref.experts
        or spec.layers not in (None, ref.layers)
        or spec.embedding not in (None, ref.embedding)
    ):
        return None
    return ref.expert_feed_forward * spec.parameters / ref.parameters


def complete_shape(spec: ModelSpec) -> Shape:
    moe = bool(spec.experts and spec.active_experts and spec.experts > spec.active_experts)
    ref = nearest_reference(spec.parameters, moe=moe, experts=spec.experts, active_experts=spec.active_experts)
    got = {f.name: getattr(spec, f.name) for f in dataclasses.fields(spec)}
    borrowed = any(got[k] is None for k in ("layers", "embedding", "heads", "kv_heads", "vocab"))

    layers = spec.layers or ref.layers or 32
    embedding = spec.embedding or ref.embedding or 4096
    heads = spec.heads or ref.heads or 32
    kv_heads = spec.kv_heads or (ref.kv_heads if spec.heads is None else heads) or heads
    head_dim = spec.head_dim or (embedding // heads if spec.embedding and spec.heads else ref.head_dim) or 128
    value_dim = spec.value_dim or head_dim
    if spec.kv_lora_rank:
        value_dim = 0  # MLA: only the latent (stored as K) is cached; V is a view of it
    attention_layers = layers if spec.attention_layers is None else min(spec.attention_layers, layers)
    feed_forward = spec.feed_forward or (
        ref.feed_forward * embedding // (ref.embedding or embedding) if ref.feed_forward else 4 * embedding
    )
    tied = spec.tied_embeddings if spec.tied_embeddings is not None else bool(ref.tied_embeddings)
    return Shape(
        layers=layers,
        attention_layers=attention_layers,
        embedding=embedding,
        heads=heads,
        kv_heads=kv_heads,
        head_dim=head_dim,
        value_dim=value_dim,
        vocab=spec.vocab or ref.vocab or 128256,
        feed_forward=feed_forward,
        tied_embeddings=tied,
        borrowed=borrowed,
        borrowed_from=ref.name or "" if borrowed else "",
        borrowed_from_layers=ref.layers or 0 if borrowed else 0,
        per_layer_inputs=layers * (spec.per_layer_input_width or 0)
        or (PER_LAYER_INPUT_WIDTH * layers if spec.architecture in PER_LAYER_INPUT_ARCHS else 0),
    )

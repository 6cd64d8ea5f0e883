"""Write llama-architecture GGUF files with random weights, for tests and benchmarks.

The files load in a real llama.cpp (`llama-server`) and in `gguf.GGUFReader`. Two properties matter to the tests:

* Every request generates exactly `max_tokens` visible tokens: one embedding dimension (the last) holds a constant
  1.0 that no layer writes to (its row in `attn_output` and `ffn_down` is zero), and `output.weight` has a large
  negative weight in that dimension for the control and byte tokens, so end-of-text and raw bytes are never
  sampled. A stream therefore always carries `max_tokens` non-empty text pieces.
* Large, realistic shapes (e.g. TinyLlama: 2048 wide, 22 layers, 32000 tokens) can be written without holding a
  whole model in memory: tensors are generated and written in row chunks, so the peak is one chunk, not the file.

The same seed gives the same bytes.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

_TENSOR_TYPES = {
    "F32": gguf.GGMLQuantizationType.F32,
    "F16": gguf.GGMLQuantizationType.F16,
    "Q8_0": gguf.GGMLQuantizationType.Q8_0,
}
_FILE_TYPES = {
    "F32": gguf.LlamaFileType.ALL_F32,
    "F16": gguf.LlamaFileType.MOSTLY_F16,
    "Q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
}
_WEIGHT_STD = 0.02
_BLOCKED_LOGIT_WEIGHT = -100.0  # times the normalised constant dimension (> 1): those tokens are never sampled
_CHUNK_ELEMENTS = 4 * 1024 * 1024  # ~16 MB of float32 per write
_WORDS = (
    "hola",
    "modelo",
    "local",
    "servidor",
    "texto",
    "resumen",
    "datos",
    "prueba",
    "rápido",
    "memoria",
    "the",
    "model",
    "server",
    "token",
    "local",
    "speed",
    "test",
    "data",
    "answer",
    "summary",
)
CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


@dataclass(frozen=True)
class _Vocab:
    tokens: list[str]
    scores: list[float]
    types: list[int]

    @property
    def blocked(self) -> np.ndarray:
        """Ids of tokens that must never be generated (control, unknown, byte)."""
        normal = int(gguf.TokenType.NORMAL)
        return np.array([i for i, t in enumerate(self.types) if t != normal], dtype=np.int64)


def _vocab(n_vocab: int | None) -> _Vocab:
    """A SentencePiece-style vocabulary: <unk> <s> </s>, 256 byte tokens, printable characters, ▁words."""
    tokens = ["<unk>", "<s>", "</s>"]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    printable = [c for c in string.ascii_letters + string.digits + string.punctuation] + ["▁"]
    printable += list("áéíóúñ¿¡")
    tokens += printable
    types += [gguf.TokenType.NORMAL] * len(printable)
    seen = set(tokens)
    for word in _WORDS:
        piece = "▁" + word
        if piece not in seen:
            tokens.append(piece)
            types.append(gguf.TokenType.NORMAL)
            seen.add(piece)
    if n_vocab is not None:
        if n_vocab < len(tokens):
            raise ValueError(f"n_vocab must be at least {len(tokens)} (the base vocabulary), got {n_vocab}")
        i = 0
        while len(tokens) < n_vocab:
            piece = f"▁word{i}"
            i += 1
            if piece not in seen:
                tokens.append(piece)
                types.append(gguf.TokenType.NORMAL)
    # SentencePiece scores: longer pieces first when merging; control/byte tokens score 0.
    scores = [0.0 if t != gguf.TokenType.NORMAL else -float(i) for i, t in enumerate(types)]
    return _Vocab(tokens=tokens, scores=scores, types=[int(t) for t in types])


def never_generated_ids() -> list[int]:
    """Ids of the generated models' control, unknown and byte tokens (the same in every vocabulary size)."""
    return [int(i) for i in _vocab(None).blocked]


@dataclass(frozen=True)
class _Tensor:
    name: str
    shape: tuple[int, ...]  # numpy order: (rows, row_length)
    kind: str  # "weight" (random, quantised), "norm" (ones, F32)


def _plan(n_embd: int, n_head: int, n_head_kv: int, n_layer: int, n_ff: int, n_vocab: int) -> list[_Tensor]:
    head_dim = n_embd // n_head
    plan = [_Tensor("token_embd.weight", (n_vocab, n_embd), "weight")]
    for i in range(n_layer):
        b = f"blk.{i}."
        plan += [
            _Tensor(b + "attn_norm.weight", (n_embd,), "norm"),
            _Tensor(b + "attn_q.weight", (n_head * head_dim, n_embd), "weight"),
            _Tensor(b + "attn_k.weight", (n_head_kv * head_dim, n_embd), "weight"),
            _Tensor(b + "attn_v.weight", (n_head_kv * head_dim, n_embd), "weight"),
            _Tensor(b + "attn_output.weight", (n_embd, n_head * head_dim), "weight"),
            _Tensor(b + "ffn_norm.weight", (n_embd,), "norm"),
            _Tensor(b + "ffn_gate.weight", (n_ff, n_embd), "weight"),
            _Tensor(b + "ffn_up.weight", (n_ff, n_embd), "weight"),
            _Tensor(b + "ffn_down.weight", (n_embd, n_ff), "weight"),
        ]
    plan += [_Tensor("output_norm.weight", (n_embd,), "norm"), _Tensor("output.weight", (n_vocab, n_embd), "weight")]
    return plan


def _chunks(t: _Tensor, rng: np.random.Generator, const_dim: int, blocked: np.ndarray) -> Iterator[np.ndarray]:
    """The tensor's float32 values, a block of whole rows at a time."""
    if t.kind == "norm":
        yield np.ones(t.shape, dtype=np.float32)
        return
    rows, cols = t.shape
    step = max(1, _CHUNK_ELEMENTS // cols)
    for start in range(0, rows, step):
        stop = min(rows, start + step)
        chunk = rng.standard_normal((stop - start, cols), dtype=np.float32)
        chunk *= _WEIGHT_STD
        if t.name == "token_embd.weight":
            chunk[:, const_dim] = 1.0  # the constant dimension every token carries
        elif t.name.endswith(("attn_output.weight", "ffn_down.weight")):
            if start <= const_dim < stop:
                chunk[const_dim - start, :] = 0.0  # no layer writes to the constant dimension
        elif t.name == "output.weight":
            chunk[:, const_dim] = 0.0
            ids = blocked[(blocked >= start) & (blocked < stop)] - start
            chunk[ids, const_dim] = _BLOCKED_LOGIT_WEIGHT
        yield chunk


def _nbytes(t: _Tensor, qtype: gguf.GGMLQuantizationType) -> tuple[gguf.GGMLQuantizationType, int]:
    if t.kind == "norm":
        return gguf.GGMLQuantizationType.F32, 4 * int(np.prod(t.shape))
    block, type_size = gguf.GGML_QUANT_SIZES[qtype]
    rows, cols = t.shape
    if cols % block:
        raise ValueError(f"{t.name}: row length {cols} is not a multiple of {block}, required by {qtype.name}")
    return qtype, rows * cols // block * type_size


def _add_chat_vocab(writer: gguf.GGUFWriter, vocab: _Vocab) -> None:
    """The tokenizer and chat template llama-server needs to answer a chat (the same for every architecture)."""
    writer.add_tokenizer_model("llama")
    writer.add_token_list(vocab.tokens)
    writer.add_token_scores(vocab.scores)
    writer.add_token_types(vocab.types)
    writer.add_unk_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(True)
    writer.add_chat_template(CHATML_TEMPLATE)


def write_llama_gguf(
    path: str | Path,
    *,
    n_embd: int = 128,
    n_head: int = 2,
    n_head_kv: int | None = None,
    n_layer: int = 2,
    n_ff: int = 256,
    n_vocab: int | None = None,
    n_ctx_train: int = 1024,
    tensor_type: str = "F32",
    seed: int = 0,
    name: str = "tiny-test-llama",
) -> Path:
    """Write a llama GGUF with random weights to `path` and return the path.

    `tensor_type` (F32, F16 or Q8_0) applies to the 2-D weights; norms stay F32 as llama.cpp requires.
    `n_vocab` pads the base vocabulary (~330 tokens) with `▁wordN` pieces, e.g. 32000 for a TinyLlama shape.
    """
    if tensor_type not in _TENSOR_TYPES:
        raise ValueError(f"tensor_type must be one of {sorted(_TENSOR_TYPES)}, got {tensor_type!r}")
    n_head_kv = n_head if n_head_kv is None else n_head_kv
    if n_embd % n_head or n_head % n_head_kv:
        raise ValueError("n_embd must divide by n_head and n_head by n_head_kv")
    qtype = _TENSOR_TYPES[tensor_type]
    vocab = _vocab(n_vocab)
    n_vocab = len(vocab.tokens)
    path = Path(path)
    const_dim = n_embd - 1
    rng = np.random.default_rng(seed)

    writer = gguf.GGUFWriter(path, "llama")
    writer.add_name(name)
    writer.add_file_type(int(_FILE_TYPES[tensor_type]))
    writer.add_context_length(n_ctx_train)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layer)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head_kv)
    writer.add_rope_dimension_count(n_embd // n_head)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(n_vocab)
    _add_chat_vocab(writer, vocab)

    plan = _plan(n_embd, n_head, n_head_kv, n_layer, n_ff, n_vocab)
    for t in plan:
        ttype, nbytes = _nbytes(t, qtype)
        writer.add_tensor_info(t.name, t.shape, np.dtype(np.float32), nbytes, raw_dtype=ttype)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        assert writer.fout is not None
        fout = writer.fout[0]
        for t in plan:
            ttype, nbytes = _nbytes(t, qtype)
            writer.write_padding(fout, fout.tell())
            written = 0
            for chunk in _chunks(t, rng, const_dim, vocab.blocked):
                data = gguf.quants.quantize(chunk, ttype)
                data.tofile(fout)
                written += data.nbytes
                del chunk, data
            assert written == nbytes, (t.name, written, nbytes)
            writer.write_padding(fout, nbytes)
        writer.flush()
    finally:
        writer.close()
    return path


# the split keys' types as gguf-split and gguf's own writer store them (`GGUFWriter.add_shard_kv_data`)
_SPLIT_KEY_TYPES = {
    "split.no": gguf.GGUFValueType.UINT16,
    "split.count": gguf.GGUFValueType.UINT16,
    "split.tensors.count": gguf.GGUFValueType.INT32,
}


def add_metadata(writer: gguf.GGUFWriter, arch: str, metadata: dict[str, object]) -> None:
    """Write `metadata` with gguf's typed adders; keys without a general./tokenizer./split. prefix get `{arch}.`.
    A `gguf.GGUFValue` is written with the GGUF type it names (a hostile file's i32 where llama.cpp wants u32); a
    whole number for a split key with the type gguf-split gives it (u16, or i32 for split.tensors.count)."""
    for key, value in metadata.items():
        full = key if key.split(".")[0] in ("general", "tokenizer", "split") else f"{arch}.{key}"
        if isinstance(value, gguf.GGUFValue):
            writer.add_key_value(full, value.value, value.type, value.sub_type)
        elif full in _SPLIT_KEY_TYPES and isinstance(value, int) and not isinstance(value, bool):
            writer.add_key_value(full, value, _SPLIT_KEY_TYPES[full])
        elif isinstance(value, bool):
            writer.add_bool(full, value)
        elif isinstance(value, int):
            writer.add_uint32(full, value)
        elif isinstance(value, float):
            writer.add_float32(full, value)
        elif isinstance(value, str):
            writer.add_string(full, value)
        else:
            writer.add_array(full, list(value))


# ---- other architectures (MoE, MLA, hybrid recurrent): small random-weight files that llama.cpp loads ----------
# Tensor shapes are written in ggml order (ne0 first), as llama.cpp's `create_tensor(..., {ne0, ne1, ...})` lists
# them in src/models/<arch>.cpp; the numpy order is the reverse.


def _arch_values(name: str, ne: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """Ones for norms, zeros for biases, A = -1 and D = 1 for SSM layers, small random numbers for weights."""
    shape = tuple(reversed(ne))
    if name.endswith((".ssm_a", ".ssm_d")):
        return np.full(shape, -1.0 if name.endswith(".ssm_a") else 1.0, dtype=np.float32)
    if name.endswith(".bias"):
        return np.zeros(shape, dtype=np.float32)
    if len(ne) == 1 or "norm" in name:
        return np.ones(shape, dtype=np.float32)
    return rng.standard_normal(shape, dtype=np.float32) * np.float32(_WEIGHT_STD)


def write_arch_gguf(
    path: str | Path,
    arch: str,
    metadata: dict[str, object],
    tensors: list[tuple[str, tuple[int, ...]]],
    *,
    n_vocab: int | None = None,
    tensor_type: str = "F16",
    seed: int = 0,
) -> Path:
    """A GGUF of architecture `arch` with `metadata` (keys without a prefix get `{arch}.`) and random `tensors`.

    `tensors` are (name, ggml shape) pairs; 2-D and larger weights are stored as `tensor_type`, the rest as F32.
    The tokenizer is the same small SentencePiece-style vocabulary as `write_llama_gguf`.
    """
    vocab = _vocab(n_vocab)
    path = Path(path)
    rng = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(path, arch)
    writer.add_name(f"tiny-test-{arch}")
    writer.add_file_type(int(_FILE_TYPES[tensor_type]))
    writer.add_vocab_size(len(vocab.tokens))
    add_metadata(writer, arch, metadata)
    _add_chat_vocab(writer, vocab)
    for name, ne in tensors:
        data = _arch_values(name, ne, rng)
        matrix = len(ne) >= 2 and ne[0] % 32 == 0 and "norm" not in name and ".ssm_" not in name
        matrix = matrix and not name.endswith(".bias")  # biases stay F32, as convert_hf_to_gguf writes them
        qtype = _TENSOR_TYPES[tensor_type] if matrix else gguf.GGMLQuantizationType.F32
        writer.add_tensor(name, gguf.quants.quantize(data, qtype), raw_dtype=qtype)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    return path


def _common(n_embd: int, n_layer: int, n_vocab: int) -> tuple[dict[str, object], list[tuple[str, tuple[int, ...]]]]:
    md: dict[str, object] = {
        "context_length": 32768,
        "embedding_length": n_embd,
        "block_count": n_layer,
        "attention.layer_norm_rms_epsilon": 1e-6,
        "rope.freq_base": 10000.0,
    }
    tensors = [
        ("token_embd.weight", (n_embd, n_vocab)),
        ("output_norm.weight", (n_embd,)),
        ("output.weight", (n_embd, n_vocab)),
    ]
    return md, tensors


def _attention_tensors(
    b: str, n_embd: int, n_head: int, n_head_kv: int, head_dim: int
) -> list[tuple[str, tuple[int, ...]]]:
    """One attention block's q/k/v/output projections (grouped-query: `n_head_kv` K/V heads), ggml order."""
    return [
        (b + "attn_q.weight", (n_embd, n_head * head_dim)),
        (b + "attn_k.weight", (n_embd, n_head_kv * head_dim)),
        (b + "attn_v.weight", (n_embd, n_head_kv * head_dim)),
        (b + "attn_output.weight", (n_head * head_dim, n_embd)),
    ]


def write_qwen3moe_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 2,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_ff: int = 3072,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 256,
    n_vocab: int = 2048,
) -> Path:
    """Qwen3-MoE (src/models/qwen3moe.cpp): q/k norms, routed experts of `expert_feed_forward_length`."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(_qk_norm_moe_metadata(n_ff, n_ff_exp, n_expert, n_expert_used, n_head, n_head_kv, head_dim))
    for i in range(n_layer):
        t += _qk_norm_moe_layer(f"blk.{i}.", n_embd, n_head, n_head_kv, head_dim, n_ff_exp, n_expert)
    return write_arch_gguf(path, "qwen3moe", md, t, n_vocab=n_vocab)


def _qk_norm_moe_metadata(
    n_ff: int, n_ff_exp: int, n_expert: int, n_expert_used: int, n_head: int, n_head_kv: int, head_dim: int
) -> dict[str, object]:
    """The keys of a Qwen3-MoE-style model (q/k norms, routed experts only): Qwen3-MoE's, Maple's."""
    return {
        "feed_forward_length": n_ff,
        "expert_feed_forward_length": n_ff_exp,
        "expert_count": n_expert,
        "expert_used_count": n_expert_used,
        "attention.head_count": n_head,
        "attention.head_count_kv": n_head_kv,
        "attention.key_length": head_dim,
        "attention.value_length": head_dim,
        "rope.dimension_count": head_dim,
    }


def _qk_norm_moe_layer(
    b: str, n_embd: int, n_head: int, n_head_kv: int, head_dim: int, n_ff_exp: int, n_expert: int
) -> list[tuple[str, tuple[int, ...]]]:
    """One such layer: attention with per-head q/k norms, then the router and the routed experts."""
    return [
        (b + "attn_norm.weight", (n_embd,)),
        *_attention_tensors(b, n_embd, n_head, n_head_kv, head_dim),
        (b + "attn_q_norm.weight", (head_dim,)),
        (b + "attn_k_norm.weight", (head_dim,)),
        (b + "ffn_norm.weight", (n_embd,)),
        *_routed_expert_tensors(b, n_embd, n_ff_exp, n_expert),
    ]


def write_qwen3next_gguf(
    path: str | Path,
    *,
    n_embd: int = 512,
    n_layer: int = 8,
    interval: int = 4,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 128,
    d_conv: int = 4,
    d_state: int = 64,
    n_group: int = 4,
    dt_rank: int = 8,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Qwen3-Next (src/models/qwen3next.cpp): gated delta-net layers except every `interval`-th (full attention)."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    d_inner = d_state * dt_rank  # head_v_dim (= ssm.state_size) × v heads (= ssm.time_step_rank)
    md.update(
        {
            "feed_forward_length": 1024,
            "expert_feed_forward_length": n_ff_exp,
            "expert_shared_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim // 4,
            "full_attention_interval": interval,
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_inner,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": dt_rank,
            "ssm.group_count": n_group,
        }
    )
    key_dim, value_dim = d_state * n_group, d_state * dt_rank
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,)), (b + "post_attention_norm.weight", (n_embd,))]
        if (i + 1) % interval == 0:
            t += [
                (b + "attn_q.weight", (n_embd, n_head * head_dim * 2)),
                (b + "attn_k.weight", (n_embd, n_head_kv * head_dim)),
                (b + "attn_v.weight", (n_embd, n_head_kv * head_dim)),
                (b + "attn_output.weight", (n_head * head_dim, n_embd)),
                (b + "attn_q_norm.weight", (head_dim,)),
                (b + "attn_k_norm.weight", (head_dim,)),
            ]
        else:
            t += [
                (b + "attn_qkv.weight", (n_embd, key_dim * 2 + value_dim)),
                (b + "attn_gate.weight", (n_embd, value_dim)),
                (b + "ssm_conv1d.weight", (d_conv, key_dim * 2 + value_dim)),
                (b + "ssm_dt.bias", (dt_rank,)),
                (b + "ssm_a", (dt_rank,)),
                (b + "ssm_ba.weight", (n_embd, dt_rank * 2)),
                (b + "ssm_norm.weight", (d_state,)),
                (b + "ssm_out.weight", (value_dim, n_embd)),
            ]
        t += [
            *_routed_expert_tensors(b, n_embd, n_ff_exp, n_expert),
            (b + "ffn_gate_inp_shexp.weight", (n_embd,)),
            *_swiglu_tensors(b, n_embd, n_ff_exp, "_shexp"),
        ]
    return write_arch_gguf(path, "qwen3next", md, t, n_vocab=n_vocab)


def write_granitehybrid_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    attention: tuple[bool, ...] = (True, False, False, True, False, False),
    n_head: int = 4,
    n_head_kv: int = 2,
    n_ff: int = 512,
    d_conv: int = 4,
    d_state: int = 64,
    n_group: int = 1,
    n_ssm_head: int = 8,
    n_vocab: int = 2048,
) -> Path:
    """Granite 4 hybrid (src/models/granite-hybrid.cpp): Mamba-2 layers where head_count_kv is 0, else attention."""
    n_layer = len(attention)
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    head_dim, d_inner = n_embd // n_head, 2 * n_embd
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": [n_head if a else 0 for a in attention],
            "attention.head_count_kv": [n_head_kv if a else 0 for a in attention],
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_inner,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": n_ssm_head,
            "ssm.group_count": n_group,
        }
    )
    for i, att in enumerate(attention):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,))]
        if att:
            t += _attention_tensors(b, n_embd, n_head, n_head_kv, head_dim)
        else:
            t += _mamba2_tensors(b, n_embd, d_inner, d_conv, d_state, n_group, n_ssm_head)
        t += [
            (b + "ffn_norm.weight", (n_embd,)),
            *_swiglu_tensors(b, n_embd, n_ff),
        ]
    return write_arch_gguf(path, "granitehybrid", md, t, n_vocab=n_vocab)


def write_deepseek2_gguf(
    path: str | Path,
    *,
    mla: bool,
    n_embd: int = 256,
    n_layer: int = 3,
    n_head: int = 8,
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
    indexer: tuple[int, int] | None = None,
) -> Path:
    """DeepSeek-V2/V3 (src/models/deepseek2.cpp). `mla=True`: today's layout (`key_length_mla`, split k_b/v_b,
    one KV head of kv_lora_rank + rope); `mla=False`: the older layout (wkv_b, K/V per head, no `*_mla` keys).
    `indexer=(heads, head size)` (with `mla=True`) writes DeepSeek-V3.2 (`deepseek32`, src/models/deepseek32.cpp):
    the same layers plus a lightning indexer (`indexer.*` tensors) whose keys get a cache of their own."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    if indexer:
        md.update(
            {
                "attention.indexer.head_count": indexer[0],
                "attention.indexer.key_length": indexer[1],
                "attention.indexer.top_k": 64,
                "expert_gating_func": 2,  # sigmoid
            }
        )
    md.update(
        {
            "feed_forward_length": n_ff,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "expert_shared_count": 1,
            "leading_dense_block_count": 1,
            "attention.head_count": n_head,
            "attention.q_lora_rank": q_lora_rank,
            "attention.kv_lora_rank": kv_lora_rank,
            "rope.dimension_count": qk_rope,
            "expert_weights_scale": 1.0,
        }
    )
    if mla:
        md.update(
            {
                "attention.head_count_kv": 1,
                "attention.key_length": kv_lora_rank + qk_rope,
                "attention.value_length": kv_lora_rank,
                "attention.key_length_mla": qk_nope + qk_rope,
                "attention.value_length_mla": v_head,
            }
        )
    else:
        md.update(
            {
                "attention.head_count_kv": n_head,
                "attention.key_length": qk_nope + qk_rope,
                "attention.value_length": v_head,
            }
        )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_q_a_norm.weight", (q_lora_rank,)),
            (b + "attn_kv_a_norm.weight", (kv_lora_rank,)),
            (b + "attn_q_a.weight", (n_embd, q_lora_rank)),
            (b + "attn_q_b.weight", (q_lora_rank, n_head * (qk_nope + qk_rope))),
            (b + "attn_kv_a_mqa.weight", (n_embd, kv_lora_rank + qk_rope)),
        ]
        if mla:
            t += [
                (b + "attn_k_b.weight", (qk_nope, kv_lora_rank, n_head)),
                (b + "attn_v_b.weight", (kv_lora_rank, v_head, n_head)),
            ]
        else:
            t += [(b + "attn_kv_b.weight", (kv_lora_rank, n_head * (qk_nope + v_head)))]
        t += [(b + "attn_output.weight", (n_head * v_head, n_embd)), (b + "ffn_norm.weight", (n_embd,))]
        if indexer:
            t += [
                (b + "indexer.k_norm.weight", (indexer[1],)),
                (b + "indexer.k_norm.bias", (indexer[1],)),
                (b + "indexer.proj.weight", (n_embd, indexer[0])),
                (b + "indexer.attn_k.weight", (n_embd, indexer[1])),
                (b + "indexer.attn_q_b.weight", (q_lora_rank, indexer[0] * indexer[1])),
            ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert)
    return write_arch_gguf(path, "deepseek32" if indexer else "deepseek2", md, t, n_vocab=n_vocab)


def _swiglu_tensors(b: str, n_embd: int, n_ff: int, suffix: str = "") -> list[tuple[str, tuple[int, ...]]]:
    """A SwiGLU feed-forward's gate, up and down matrices (`suffix` "_shexp": a shared expert's)."""
    return [
        (b + f"ffn_gate{suffix}.weight", (n_embd, n_ff)),
        (b + f"ffn_up{suffix}.weight", (n_embd, n_ff)),
        (b + f"ffn_down{suffix}.weight", (n_ff, n_embd)),
    ]


def _routed_expert_tensors(
    b: str, n_embd: int, n_ff_exp: int, n_expert: int, *, probs_bias: bool = False
) -> list[tuple[str, tuple[int, ...]]]:
    """A layer's router and its routed experts' gated feed-forward (llama.cpp's ffn_*_exps), with the router's
    selection bias `exp_probs_b` where the model has one (DeepSeek-V3 style)."""
    return [
        (b + "ffn_gate_inp.weight", (n_embd, n_expert)),
        *([(b + "exp_probs_b.bias", (n_expert,))] if probs_bias else []),
        (b + "ffn_gate_exps.weight", (n_embd, n_ff_exp, n_expert)),
        (b + "ffn_up_exps.weight", (n_embd, n_ff_exp, n_expert)),
        (b + "ffn_down_exps.weight", (n_ff_exp, n_embd, n_expert)),
    ]


def _deepseek_ffn_tensors(
    b: str, i: int, n_embd: int, n_ff: int, n_ff_exp: int, n_expert: int, *, probs_bias: bool = False
) -> list[tuple[str, tuple[int, ...]]]:
    """DeepSeek-style feed-forward (DeepSeek-V2/V3, Kimi-Linear, MiniMax-M3, Step-3.5): a dense first layer, then
    routed experts (with the router's selection bias `exp_probs_b` where the model has one) beside one shared
    expert of the experts' width."""
    if i < 1:
        return [
            *_swiglu_tensors(b, n_embd, n_ff),
        ]
    return [
        *_routed_expert_tensors(b, n_embd, n_ff_exp, n_expert, probs_bias=probs_bias),
        *_swiglu_tensors(b, n_embd, n_ff_exp, "_shexp"),
    ]


def write_gemma3_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 6,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 128,
    n_ff: int = 512,
    sliding_window: int = 512,
    n_vocab: int = 2048,
    metadata: dict[str, object] | None = None,
) -> Path:
    """Gemma 3 (src/models/gemma3.cpp): sliding-window attention on 5 layers in 6 (every 6th keeps the whole
    context), q/k norms, post-attention and post-feed-forward norms, the output tied to the token embedding.
    `metadata` replaces or adds keys as written (a value stored as another GGUF type: `gguf.GGUFValue`)."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    t = [x for x in t if x[0] != "output.weight"]  # tied
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "attention.sliding_window": sliding_window,
            **(metadata or {}),
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            *_attention_tensors(b, n_embd, n_head, n_head_kv, head_dim),
            (b + "attn_q_norm.weight", (head_dim,)),
            (b + "attn_k_norm.weight", (head_dim,)),
            *_gemma_ffn_tensors(b, n_embd, n_ff),
        ]
    return write_arch_gguf(path, "gemma3", md, t, n_vocab=n_vocab)


def _gemma_ffn_tensors(b: str, n_embd: int, n_ff: int) -> list[tuple[str, tuple[int, ...]]]:
    """Gemma 2/3/3n/4's sandwich: the norm after attention, then the gated feed-forward between its two norms."""
    return [
        (b + "post_attention_norm.weight", (n_embd,)),
        (b + "ffn_norm.weight", (n_embd,)),
        *_swiglu_tensors(b, n_embd, n_ff),
        (b + "post_ffw_norm.weight", (n_embd,)),
    ]


# Gemma 3n's AltUp and per-layer-input widths, fixed in llama.cpp (llama_hparams: n_altup 4, laurel_rank 64,
# n_embd_altup 256; src/models/gemma3n.cpp reads no key for them) and in every released model
GEMMA3N_ALTUP, GEMMA3N_LAUREL_RANK, GEMMA3N_EMBD_PER_LAYER = 4, 64, 256


def write_gemma3n_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 25,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_ff: int = 512,
    sliding_window: int = 512,
    n_vocab: int = 2048,
) -> Path:
    """Gemma 3n (src/models/gemma3n.cpp, E2B/E4B): Gemma 3's attention (4 of 5 layers slide) with AltUp (4
    copies of the residual stream, `altup_*`), a Laurel low-rank branch (`laurel_l/r`), per-layer inputs (a
    `per_layer_token_embd` of 256 per layer and token, projected in by `inp_gate`/`proj`) and activation
    sparsity on the first 10 feed-forwards. Only the first 20 layers keep a KV cache (llama.cpp's
    `n_layer_kv_from_start`); the later ones attend over layer 18's (sliding) or 19's (full) cache, so the
    default 25 layers have 5 that share. Keys as convert_hf_to_gguf's Gemma3NModel writes them."""
    n_altup, rank, per_layer = GEMMA3N_ALTUP, GEMMA3N_LAUREL_RANK, GEMMA3N_EMBD_PER_LAYER
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    t = [x for x in t if x[0] != "output.weight"]  # tied
    md.update(
        {
            "feed_forward_length": [n_ff] * n_layer,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": [(i + 1) % 5 != 0 for i in range(n_layer)],
            "attention.shared_kv_layers": max(0, n_layer - 20),
            "final_logit_softcapping": 30.0,
            "altup.active_idx": 0,
            "altup.num_inputs": n_altup,
            "embedding_length_per_layer_input": per_layer,
            "activation_sparsity_scale": [1.6448533535003662] * min(10, n_layer) + [0.0] * max(0, n_layer - 10),
        }
    )
    t += [
        ("altup_proj.weight", (n_embd, n_embd, n_altup - 1)),
        ("altup_unembd_proj.weight", (n_embd, n_embd, n_altup - 1)),
        ("per_layer_token_embd.weight", (per_layer * n_layer, len(_vocab(n_vocab).tokens))),
        ("per_layer_model_proj.weight", (n_embd, per_layer * n_layer)),
        ("per_layer_proj_norm.weight", (per_layer,)),
    ]
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            *_attention_tensors(b, n_embd, n_head, n_head_kv, head_dim),
            (b + "attn_q_norm.weight", (head_dim,)),
            (b + "attn_k_norm.weight", (head_dim,)),
            *_gemma_ffn_tensors(b, n_embd, n_ff),
            (b + "inp_gate.weight", (n_embd, per_layer)),
            (b + "proj.weight", (per_layer, n_embd)),
            (b + "post_norm.weight", (n_embd,)),
            (b + "altup_correct_coef.weight", (n_altup, n_altup)),
            (b + "altup_correct_scale.weight", (n_embd,)),
            (b + "altup_predict_coef.weight", (n_altup, n_altup * n_altup)),
            (b + "altup_router.weight", (n_embd, n_altup)),
            (b + "altup_router_norm.weight", (n_embd,)),
            (b + "laurel_l.weight", (n_embd, rank)),
            (b + "laurel_r.weight", (rank, n_embd)),
            (b + "laurel_post_norm.weight", (n_embd,)),
        ]
    return write_arch_gguf(path, "gemma3n", md, t, n_vocab=n_vocab)


def write_gemma4_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 10,
    n_head: int = 4,
    n_head_kv_swa: int = 2,
    n_head_kv_full: int | None = None,
    head_dim_swa: int = 64,
    head_dim_full: int = 128,
    n_ff: int = 512,
    sliding_window: int = 512,
    shared_kv_layers: int = 5,
    n_embd_per_layer: int = 64,
    n_expert: int = 0,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Gemma 4 (src/models/gemma4.cpp; E2B/E4B, 26B-A4B, 31B) as convert_hf_to_gguf's Gemma4Model writes it.

    The sliding-window layers are listed one by one (`sliding_window_pattern`, 4 of 5 here, as in E2B) and have
    their own head size (`key_length_swa`, 256 in the real models) beside the full layers' (`key_length`, 512);
    with `n_head_kv_full` the file lists KV heads per layer (the 26B and 31B give their full layers fewer, and
    those layers reuse K as V: no `attn_v`). The last `shared_kv_layers` layers keep no KV cache (they attend
    over the last cached sliding and full layer's), so layer `n_layer - shared_kv_layers - 1` must be a full one
    and the one before it a sliding one. `n_embd_per_layer` > 0 adds the E-models' per-layer token embeddings;
    `n_expert` > 0 makes every layer a 26B-A4B-style MoE layer (the dense feed-forward runs beside the experts)."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    t = [x for x in t if x[0] != "output.weight"]  # tied
    swa = [(i + 1) % 5 != 0 for i in range(n_layer)]
    kv_from_start = n_layer - shared_kv_layers
    kv = [n_head_kv_swa if s else (n_head_kv_full or n_head_kv_swa) for s in swa]
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": kv if n_head_kv_full else n_head_kv_swa,
            "attention.key_length": head_dim_full,
            "attention.value_length": head_dim_full,
            "attention.key_length_swa": head_dim_swa,
            "attention.value_length_swa": head_dim_swa,
            "rope.dimension_count": head_dim_full,
            "rope.dimension_count_swa": head_dim_swa,
            "rope.freq_base_swa": 10000.0,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": swa,
            "attention.shared_kv_layers": shared_kv_layers,
            "embedding_length_per_layer_input": n_embd_per_layer,
            "final_logit_softcapping": 30.0,
        }
    )
    if n_expert:
        md.update(
            {"expert_count": n_expert, "expert_used_count": n_expert_used, "expert_feed_forward_length": n_ff_exp}
        )
    t.append(("rope_freqs.weight", (head_dim_full // 2,)))  # the full layers' proportional RoPE
    if n_embd_per_layer:
        t += [
            ("per_layer_token_embd.weight", (n_embd_per_layer * n_layer, len(_vocab(n_vocab).tokens))),
            ("per_layer_model_proj.weight", (n_embd, n_embd_per_layer * n_layer)),
            ("per_layer_proj_norm.weight", (n_embd_per_layer,)),
        ]
    for i in range(n_layer):
        b, hd = f"blk.{i}.", head_dim_swa if swa[i] else head_dim_full
        attn = _attention_tensors(b, n_embd, n_head, kv[i], hd)
        if i >= kv_from_start:  # a shared layer: only its query and output projections
            attn = [x for x in attn if x[0].endswith(("attn_q.weight", "attn_output.weight"))]
        elif n_head_kv_full and not swa[i]:  # K doubles as V
            attn = [x for x in attn if not x[0].endswith("attn_v.weight")]
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            *attn,
            (b + "attn_q_norm.weight", (hd,)),
            *_gemma_ffn_tensors(b, n_embd, n_ff),
        ]
        if i < kv_from_start:
            t.append((b + "attn_k_norm.weight", (hd,)))
        if n_expert:
            t += [
                (b + "ffn_gate_inp.weight", (n_embd, n_expert)),
                (b + "ffn_gate_inp.scale", (n_embd,)),
                (b + "pre_ffw_norm_2.weight", (n_embd,)),
                (b + "post_ffw_norm_1.weight", (n_embd,)),
                (b + "post_ffw_norm_2.weight", (n_embd,)),
                (b + "ffn_gate_up_exps.weight", (n_embd, 2 * n_ff_exp, n_expert)),
                (b + "ffn_down_exps.weight", (n_ff_exp, n_embd, n_expert)),
            ]
        if n_embd_per_layer:
            t += [
                (b + "inp_gate.weight", (n_embd, n_embd_per_layer)),
                (b + "proj.weight", (n_embd_per_layer, n_embd)),
                (b + "post_norm.weight", (n_embd,)),
            ]
    return write_arch_gguf(path, "gemma4", md, t, n_vocab=n_vocab)


def _mamba2_tensors(
    b: str, n_embd: int, d_inner: int, d_conv: int, d_state: int, n_group: int, n_ssm_head: int
) -> list[tuple[str, tuple[int, ...]]]:
    """One Mamba-2 mixer as Granite 4 hybrid, Nemotron-H and Falcon-H1 load it (src/models/granite-hybrid.cpp,
    nemotron-h.cpp, falcon-h1.cpp)."""
    conv = d_inner + 2 * n_group * d_state
    return [
        (b + "ssm_in.weight", (n_embd, 2 * d_inner + 2 * n_group * d_state + n_ssm_head)),
        (b + "ssm_conv1d.weight", (d_conv, conv)),
        (b + "ssm_conv1d.bias", (conv,)),
        (b + "ssm_dt.bias", (n_ssm_head,)),
        (b + "ssm_a", (1, n_ssm_head)),
        (b + "ssm_d", (1, n_ssm_head)),
        (b + "ssm_norm.weight", (d_inner // n_group, n_group)),
        (b + "ssm_out.weight", (d_inner, n_embd)),
    ]


def write_nemotron_h_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    pattern: str = "M-M*-M",
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_ff: int = 768,
    d_conv: int = 4,
    d_state: int = 64,
    n_group: int = 2,
    n_ssm_head: int = 8,
    ssm_head_dim: int = 64,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 256,
    n_ff_shexp: int = 512,
    n_vocab: int = 2048,
) -> Path:
    """Nemotron-H (src/models/nemotron-h.cpp): each layer is one of a Mamba-2 mixer (`M`: head_count_kv and
    feed_forward_length 0), attention without RoPE (`*`: feed_forward_length 0) or a squared-ReLU MLP (`-`:
    head_count_kv 0), as convert_hf_to_gguf writes `hybrid_override_pattern`; d_inner = heads × head dim.
    A pattern with `E` layers is Nemotron-H MoE (`nemotron_h_moe`, Nemotron 3 Nano): those layers route to
    `n_expert_used` of `n_expert` squared-ReLU experts (sigmoid router with a bias) plus one shared expert."""
    md, t = _common(n_embd, len(pattern), len(_vocab(n_vocab).tokens))
    d_inner = n_ssm_head * ssm_head_dim
    moe = "E" in pattern
    if moe:
        md.update(
            {
                "expert_count": n_expert,
                "expert_used_count": n_expert_used,
                "expert_feed_forward_length": n_ff_exp,
                "expert_shared_feed_forward_length": n_ff_shexp,
                "expert_weights_norm": True,
                "expert_weights_scale": 2.5,
            }
        )
    md.update(
        {
            "feed_forward_length": [n_ff if c == "-" else n_ff_exp if c == "E" else 0 for c in pattern],
            "attention.head_count": n_head,
            "attention.head_count_kv": [n_head_kv if c == "*" else 0 for c in pattern],
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "attention.layer_norm_epsilon": 1e-5,
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_inner,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": n_ssm_head,
            "ssm.group_count": n_group,
        }
    )
    for i, c in enumerate(pattern):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,))]
        if c == "M":
            t += _mamba2_tensors(b, n_embd, d_inner, d_conv, d_state, n_group, n_ssm_head)
        elif c == "*":
            t += _attention_tensors(b, n_embd, n_head, n_head_kv, head_dim)
        elif c == "E":
            t += [
                (b + "ffn_gate_inp.weight", (n_embd, n_expert)),
                (b + "exp_probs_b.bias", (n_expert,)),
                (b + "ffn_up_exps.weight", (n_embd, n_ff_exp, n_expert)),
                (b + "ffn_down_exps.weight", (n_ff_exp, n_embd, n_expert)),
                (b + "ffn_up_shexp.weight", (n_embd, n_ff_shexp)),
                (b + "ffn_down_shexp.weight", (n_ff_shexp, n_embd)),
            ]
        else:
            t += [(b + "ffn_up.weight", (n_embd, n_ff)), (b + "ffn_down.weight", (n_ff, n_embd))]
    return write_arch_gguf(path, "nemotron_h_moe" if moe else "nemotron_h", md, t, n_vocab=n_vocab)


def write_jamba_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    attention: tuple[bool, ...] = (False, False, False, True, False, False),
    n_head: int = 4,
    n_head_kv: int = 2,
    n_ff: int = 512,
    n_expert: int = 4,
    n_expert_used: int = 2,
    d_conv: int = 4,
    d_state: int = 16,
    n_vocab: int = 2048,
) -> Path:
    """Jamba (src/models/jamba.cpp): Mamba-1 layers where head_count_kv is 0, attention (no RoPE) elsewhere,
    routed experts (of feed_forward_length) on every other layer from the second, a dense SwiGLU on the rest;
    d_inner = 2 × n_embd (the only expansion llama.cpp supports), dt_rank = ceil(n_embd / 16)."""
    n_layer = len(attention)
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    d_inner, dt_rank, head_dim = 2 * n_embd, -(n_embd // -16), n_embd // n_head
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": [n_head_kv if a else 0 for a in attention],
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_inner,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": dt_rank,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
        }
    )
    for i, att in enumerate(attention):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,))]
        if att:
            t += _attention_tensors(b, n_embd, n_head, n_head_kv, head_dim)
        else:
            t += [
                (b + "ssm_in.weight", (n_embd, 2 * d_inner)),
                (b + "ssm_conv1d.weight", (d_conv, d_inner)),
                (b + "ssm_conv1d.bias", (d_inner,)),
                (b + "ssm_x.weight", (d_inner, dt_rank + 2 * d_state)),
                (b + "ssm_dt_norm.weight", (dt_rank,)),
                (b + "ssm_dt.weight", (dt_rank, d_inner)),
                (b + "ssm_dt.bias", (d_inner,)),
                (b + "ssm_b_norm.weight", (d_state,)),
                (b + "ssm_c_norm.weight", (d_state,)),
                (b + "ssm_a", (d_state, d_inner)),
                (b + "ssm_d", (d_inner,)),
                (b + "ssm_out.weight", (d_inner, n_embd)),
            ]
        t += [(b + "ffn_norm.weight", (n_embd,))]
        if i % 2 == 1:
            t += [
                *_routed_expert_tensors(b, n_embd, n_ff, n_expert),
            ]
        else:
            t += [
                *_swiglu_tensors(b, n_embd, n_ff),
            ]
    return write_arch_gguf(path, "jamba", md, t, n_vocab=n_vocab)


def write_falcon_h1_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_ff: int = 768,
    d_conv: int = 4,
    d_state: int = 64,
    n_group: int = 1,
    n_ssm_head: int = 8,
    ssm_head_dim: int = 64,
    n_vocab: int = 2048,
) -> Path:
    """Falcon-H1 (src/models/falcon-h1.cpp): every layer runs attention and a Mamba-2 mixer side by side, then a
    SwiGLU feed-forward; its feed-forward norm is named `blk.N.ffn_norm`, without `.weight`, as the loader asks."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    d_inner = n_ssm_head * ssm_head_dim
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_inner,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": n_ssm_head,
            "ssm.group_count": n_group,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += _mamba2_tensors(b, n_embd, d_inner, d_conv, d_state, n_group, n_ssm_head)
        t += [
            *_attention_tensors(b, n_embd, n_head, n_head_kv, head_dim),
            (b + "attn_norm.weight", (n_embd,)),
            (b + "ffn_norm", (n_embd,)),
            *_swiglu_tensors(b, n_embd, n_ff),
        ]
    return write_arch_gguf(path, "falcon-h1", md, t, n_vocab=n_vocab)


def write_lfm2_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    attention: tuple[bool, ...] = (False, False, True, False, False, True),
    n_head: int = 4,
    n_head_kv: int = 2,
    n_ff: int = 768,
    l_cache: int = 3,
    n_expert: int = 0,
    n_expert_used: int = 2,
    n_ff_exp: int = 256,
    n_dense_lead: int = 2,
    n_vocab: int = 2048,
) -> Path:
    """LFM2 (src/models/lfm2.cpp): gated short-convolution layers where head_count_kv is 0 (a state of
    `l_cache - 1` columns of n_embd), attention with q/k norms elsewhere, a SwiGLU feed-forward in every layer;
    the final norm is `token_embd_norm` and the output is tied to the token embedding. With `n_expert` it is
    LFM2-MoE (`lfm2moe`, src/models/lfm2moe.cpp, LFM2-8B-A1B): the first `n_dense_lead` layers keep the dense
    feed-forward, the others route to `n_expert_used` SwiGLU experts (sigmoid router with a bias)."""
    n_layer = len(attention)
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    t = [x for x in t if x[0] not in ("output.weight", "output_norm.weight")] + [("token_embd_norm.weight", (n_embd,))]
    head_dim = n_embd // n_head
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": [n_head_kv if a else 0 for a in attention],
            "shortconv.l_cache": l_cache,
        }
    )
    if n_expert:
        md.update(
            {
                "expert_count": n_expert,
                "expert_used_count": n_expert_used,
                "expert_feed_forward_length": n_ff_exp,
                "leading_dense_block_count": n_dense_lead,
                "expert_gating_func": 2,  # sigmoid
                "expert_weights_norm": True,
            }
        )
    for i, att in enumerate(attention):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,)), (b + "ffn_norm.weight", (n_embd,))]
        if n_expert and i >= n_dense_lead:
            t += [
                *_routed_expert_tensors(b, n_embd, n_ff_exp, n_expert, probs_bias=True),
            ]
        else:
            t += [
                *_swiglu_tensors(b, n_embd, n_ff),
            ]
        if att:
            t += [
                (b + "attn_q_norm.weight", (head_dim,)),
                (b + "attn_k_norm.weight", (head_dim,)),
                *_attention_tensors(b, n_embd, n_head, n_head_kv, head_dim),
            ]
        else:
            t += [
                (b + "shortconv.conv.weight", (l_cache, n_embd)),
                (b + "shortconv.in_proj.weight", (n_embd, 3 * n_embd)),
                (b + "shortconv.out_proj.weight", (n_embd, n_embd)),
            ]
    return write_arch_gguf(path, "lfm2moe" if n_expert else "lfm2", md, t, n_vocab=n_vocab)


def write_gpt_oss_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    n_head: int = 8,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 256,
    sliding_window: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """gpt-oss (`gpt-oss`, src/models/openai-moe.cpp): sliding-window attention (window 128) on every other layer
    from the first, the others over the whole context; per-head attention sinks, biases on the attention output
    and on every expert; each layer routes to `n_expert_used` of `n_expert` SwiGLU experts (no dense layer)."""
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
            "attention.sliding_window": sliding_window,
            "rope.dimension_count": head_dim,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "post_attention_norm.weight", (n_embd,)),
            (b + "attn_q.weight", (n_embd, n_head * head_dim)),
            (b + "attn_q.bias", (n_head * head_dim,)),
            (b + "attn_k.weight", (n_embd, n_head_kv * head_dim)),
            (b + "attn_k.bias", (n_head_kv * head_dim,)),
            (b + "attn_v.weight", (n_embd, n_head_kv * head_dim)),
            (b + "attn_v.bias", (n_head_kv * head_dim,)),
            (b + "attn_output.weight", (n_head * head_dim, n_embd)),
            (b + "attn_output.bias", (n_embd,)),
            (b + "attn_sinks.weight", (n_head,)),
            (b + "ffn_gate_inp.weight", (n_embd, n_expert)),
            (b + "ffn_gate_inp.bias", (n_expert,)),
            (b + "ffn_gate_exps.weight", (n_embd, n_ff_exp, n_expert)),
            (b + "ffn_gate_exps.bias", (n_ff_exp, n_expert)),
            (b + "ffn_up_exps.weight", (n_embd, n_ff_exp, n_expert)),
            (b + "ffn_up_exps.bias", (n_ff_exp, n_expert)),
            (b + "ffn_down_exps.weight", (n_ff_exp, n_embd, n_expert)),
            (b + "ffn_down_exps.bias", (n_embd, n_expert)),
        ]
    return write_arch_gguf(path, "gpt-oss", md, t, n_vocab=n_vocab)


def write_plamo2_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    attention: tuple[bool, ...] = (False, True, False, True),
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    n_ff: int = 512,
    d_conv: int = 4,
    d_state: int = 64,
    n_ssm_head: int = 8,
    n_vocab: int = 2048,
) -> Path:
    """PLaMo 2 (src/models/plamo2.cpp): Mamba layers (d_inner = 2 × embd, a `ssm_x` projection to dt, B and C,
    no groups) where head_count_kv is 0, attention with a fused QKV and per-head q/k norms elsewhere; every layer
    has post-attention and post-feed-forward norms and a SwiGLU feed-forward with a fused gate/up matrix."""
    n_layer = len(attention)
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    d_inner, dt_dim = 2 * n_embd, max(64, n_embd // 16)
    md.update(
        {
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": [n_head_kv if a else 0 for a in attention],
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
            "ssm.conv_kernel": d_conv,
            "ssm.inner_size": d_inner,
            "ssm.state_size": d_state,
            "ssm.time_step_rank": n_ssm_head,
            "ssm.group_count": 0,
        }
    )
    for i, att in enumerate(attention):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,))]
        if att:
            t += [
                (b + "attn_qkv.weight", (n_embd, (n_head + 2 * n_head_kv) * head_dim)),
                (b + "attn_q_norm.weight", (head_dim, n_head)),
                (b + "attn_k_norm.weight", (head_dim, n_head_kv)),
                (b + "attn_output.weight", (n_head * head_dim, n_embd)),
            ]
        else:
            t += [
                (b + "ssm_in.weight", (n_embd, 2 * d_inner)),
                (b + "ssm_conv1d.weight", (d_conv, d_inner)),
                (b + "ssm_x.weight", (d_inner, dt_dim + 2 * d_state)),
                (b + "ssm_dt.weight", (dt_dim, n_ssm_head)),
                (b + "ssm_dt.bias", (n_ssm_head,)),
                (b + "ssm_a", (n_ssm_head,)),
                (b + "ssm_d", (n_ssm_head,)),
                (b + "ssm_out.weight", (d_inner, n_embd)),
                (b + "ssm_dt_norm", (dt_dim,)),
                (b + "ssm_b_norm", (d_state,)),
                (b + "ssm_c_norm", (d_state,)),
            ]
        t += [
            (b + "post_attention_norm", (n_embd,)),
            (b + "ffn_norm.weight", (n_embd,)),
            (b + "ffn_up.weight", (n_embd, 2 * n_ff)),
            (b + "ffn_down.weight", (n_ff, n_embd)),
            (b + "post_ffw_norm", (n_embd,)),
        ]
    return write_arch_gguf(path, "plamo2", md, t, n_vocab=n_vocab)


def write_deepseek4_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_head: int = 4,
    head_dim: int = 128,
    rope_dim: int = 32,
    q_lora_rank: int = 128,
    o_groups: int = 2,
    o_lora_rank: int = 64,
    compress_ratios: tuple[int, ...] = (0, 4, 128, 4),
    window: int = 128,
    indexer: tuple[int, int] = (4, 64),
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """DeepSeek-V4 (src/models/deepseek4.cpp): one 512-style K-only head per layer over a sliding window, 4-way
    hyper-connections, a KV compressor on the layers whose ratio is 4 (CSA, with a lightning indexer) or 128
    (HCA), a grouped low-rank output projection and sqrt-softplus-routed experts; its cache is llama_kv_cache_dsv4."""
    n_layer = len(compress_ratios)
    hc = 4
    hc_dim, hc_mix = hc * n_embd, (2 + hc) * hc
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(
        {
            "attention.head_count": n_head,
            "attention.head_count_kv": 1,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "attention.q_lora_rank": q_lora_rank,
            "attention.sliding_window": window,
            "attention.output_group_count": o_groups,
            "attention.output_lora_rank": o_lora_rank,
            "attention.compress_rope_freq_base": 160000.0,
            "attention.compress_ratios": list(compress_ratios),
            "attention.indexer.head_count": indexer[0],
            "attention.indexer.key_length": indexer[1],
            "attention.indexer.top_k": 64,
            "rope.dimension_count": rope_dim,
            "feed_forward_length": n_ff_exp,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "expert_shared_count": 1,
            "expert_weights_scale": 1.0,
            "expert_weights_norm": True,
            "expert_gating_func": 4,  # sqrt(softplus)
            "swiglu_clamp_exp": 10.0,
            "hyper_connection.count": hc,
            "hyper_connection.sinkhorn_iterations": 20,
            "hyper_connection.epsilon": 1e-6,
            "hash_layer_count": 0,
        }
    )
    t += [("output_hc_fn.weight", (hc_dim, hc)), ("output_hc_base.weight", (hc,)), ("output_hc_scale.weight", (1,))]
    for i, ratio in enumerate(compress_ratios):
        b = f"blk.{i}."
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_sinks.weight", (n_head,)),
            (b + "attn_q_a.weight", (n_embd, q_lora_rank)),
            (b + "attn_q_a_norm.weight", (q_lora_rank,)),
            (b + "attn_q_b.weight", (q_lora_rank, n_head * head_dim)),
            (b + "attn_kv.weight", (n_embd, head_dim)),
            (b + "attn_kv_a_norm.weight", (head_dim,)),
            (b + "attn_output_a.weight", (n_head * head_dim // o_groups, o_lora_rank * o_groups)),
            (b + "attn_output_b.weight", (o_groups * o_lora_rank, n_embd)),
        ]
        for part in ("attn", "ffn"):
            t += [
                (b + f"hc_{part}_fn.weight", (hc_dim, hc_mix)),
                (b + f"hc_{part}_base.weight", (hc_mix,)),
                (b + f"hc_{part}_scale.weight", (3,)),
            ]
        if ratio:
            coff = 2 if ratio == 4 else 1
            t += [
                (b + "attn_compressor_kv.weight", (n_embd, coff * head_dim)),
                (b + "attn_compressor_gate.weight", (n_embd, coff * head_dim)),
                (b + "attn_compressor_ape.weight", (coff * head_dim, ratio)),
                (b + "attn_compressor_norm.weight", (head_dim,)),
            ]
        if ratio == 4:
            t += [
                (b + "indexer.proj.weight", (n_embd, indexer[0])),
                (b + "indexer.attn_q_b.weight", (q_lora_rank, indexer[0] * indexer[1])),
                (b + "indexer_compressor_kv.weight", (n_embd, 2 * indexer[1])),
                (b + "indexer_compressor_gate.weight", (n_embd, 2 * indexer[1])),
                (b + "indexer_compressor_ape.weight", (2 * indexer[1], ratio)),
                (b + "indexer_compressor_norm.weight", (indexer[1],)),
            ]
        t += [
            (b + "ffn_gate_inp.weight", (n_embd, n_expert)),
            (b + "exp_probs_b.bias", (n_expert,)),
            (b + "ffn_norm.weight", (n_embd,)),
            (b + "ffn_gate_exps.weight", (n_embd, n_ff_exp, n_expert)),
            (b + "ffn_down_exps.weight", (n_ff_exp, n_embd, n_expert)),
            (b + "ffn_up_exps.weight", (n_embd, n_ff_exp, n_expert)),
            (b + "ffn_gate_shexp.weight", (n_embd, n_ff_exp)),
            (b + "ffn_down_shexp.weight", (n_ff_exp, n_embd)),
            (b + "ffn_up_shexp.weight", (n_embd, n_ff_exp)),
        ]
    return write_arch_gguf(path, "deepseek4", md, t, n_vocab=n_vocab)


def _kda_tensors(b: str, n_embd: int, n_head: int, head_dim: int, d_conv: int) -> list[tuple[str, tuple[int, ...]]]:
    """One Kimi Delta Attention layer (src/models/kimi-linear.cpp load_arch_tensors, `is_recr(i)`), ggml order."""
    d_inner = n_head * head_dim
    return [
        (b + "ssm_conv1d_q.weight", (d_conv, 1, d_inner)),
        (b + "ssm_conv1d_k.weight", (d_conv, 1, d_inner)),
        (b + "ssm_conv1d_v.weight", (d_conv, 1, d_inner)),
        (b + "attn_q.weight", (n_embd, d_inner)),
        (b + "attn_k.weight", (n_embd, d_inner)),
        (b + "attn_v.weight", (n_embd, d_inner)),
        (b + "ssm_f_a.weight", (n_embd, head_dim)),
        (b + "ssm_f_b.weight", (head_dim, d_inner)),
        (b + "ssm_beta.weight", (n_embd, n_head)),
        (b + "ssm_a", (1, n_head)),
        (b + "ssm_dt.bias", (d_inner,)),
        (b + "ssm_g_a.weight", (n_embd, head_dim)),
        (b + "ssm_g_b.weight", (head_dim, d_inner)),
        (b + "ssm_norm.weight", (head_dim,)),
        (b + "attn_output.weight", (d_inner, n_embd)),
    ]


def write_kimi_linear_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    interval: int = 4,
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
    n_vocab: int = 2048,
) -> Path:
    """Kimi-Linear (src/models/kimi-linear.cpp): Kimi Delta Attention layers (`head_count_kv` 0: recurrent, a
    short convolution on q, k and v and a head_dim² state per head) except every `interval`-th, an MLA layer
    (latent cache, no query compression, no RoPE); one dense lead layer, then routed experts + a shared expert."""
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
            "attention.head_count_kv": [1 if (i + 1) % interval == 0 else 0 for i in range(n_layer)],
            "attention.kv_lora_rank": kv_lora_rank,
            "attention.key_length": kv_lora_rank + qk_rope,
            "attention.value_length": kv_lora_rank,
            "attention.key_length_mla": qk_nope + qk_rope,
            "attention.value_length_mla": v_head,
            "rope.dimension_count": qk_rope,
            "ssm.conv_kernel": d_conv,
            "kda.head_dim": kda_head_dim,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += [(b + "attn_norm.weight", (n_embd,)), (b + "ffn_norm.weight", (n_embd,))]
        if (i + 1) % interval:
            t += _kda_tensors(b, n_embd, n_head, kda_head_dim, d_conv)
        else:
            t += [
                (b + "attn_kv_a_norm.weight", (kv_lora_rank,)),
                (b + "attn_q.weight", (n_embd, n_head * (qk_nope + qk_rope))),
                (b + "attn_kv_a_mqa.weight", (n_embd, kv_lora_rank + qk_rope)),
                (b + "attn_k_b.weight", (qk_nope, kv_lora_rank, n_head)),
                (b + "attn_v_b.weight", (kv_lora_rank, v_head, n_head)),
                (b + "attn_output.weight", (n_head * v_head, n_embd)),
            ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
    return write_arch_gguf(path, "kimi-linear", md, t, n_vocab=n_vocab)


def write_minimax_m3_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 4,
    n_head: int = 4,
    n_head_kv: int = 2,
    head_dim: int = 64,
    indexer: tuple[int, int] = (2, 32),
    block_size: int = 64,
    n_ff: int = 512,
    n_expert: int = 4,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """MiniMax-M3 (src/models/minimax-m3.cpp, llama_kv_cache_msa): grouped-query attention with per-head QK norms on
    every layer; after the dense lead, routed experts + a shared expert and a block-sparse indexer
    (`indexer=(heads, key length)`, `block_size` positions per block) whose keys and values get a cache of their own."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    md.update(
        {
            "feed_forward_length": n_ff,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "expert_shared_count": 1,
            "leading_dense_block_count": 1,
            "expert_gating_func": 2,  # sigmoid
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head_kv,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim // 2,
            "attention.indexer.head_count": indexer[0],
            "attention.indexer.key_length": indexer[1],
            "attention.indexer.top_k": 4,
            "attention.indexer.block_size": block_size,
            "attention.indexer.local_blocks": 1,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += _attention_tensors(b, n_embd, n_head, n_head_kv, head_dim)
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_q_norm.weight", (head_dim,)),
            (b + "attn_k_norm.weight", (head_dim,)),
            (b + "ffn_norm.weight", (n_embd,)),
        ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
        if i >= 1:
            t += [
                (b + "indexer.q_proj.weight", (n_embd, indexer[0] * indexer[1])),
                (b + "indexer.k_proj.weight", (n_embd, indexer[1])),
                (b + "indexer.q_norm.weight", (indexer[1],)),
                (b + "indexer.k_norm.weight", (indexer[1],)),
            ]
    return write_arch_gguf(path, "minimax-m3", md, t, n_vocab=n_vocab)


def write_mimo2_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    n_head: int = 4,
    n_head_kv_full: int = 1,
    n_head_kv_swa: int = 2,
    key_length: int = 192,
    value_length: int = 128,
    n_rot: int = 64,
    sliding_window: int = 128,
    n_ff: int = 512,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """MiMo-V2-Flash (`mimo2`, src/models/mimo2.cpp) as conversion/mimo.py's MimoV2Model writes it: the file lists
    the sliding layers one by one (`sliding_window_pattern`, every layer but each 4th from the first here; the real
    model's `hybrid_layer_pattern`) and the KV heads per layer (more on the sliding layers); keys 192 wide, values
    128 (`value_length`), a third of the key rotated; attention sinks on the sliding layers only; a dense first
    layer, then routed experts with a selection bias (sigmoid gating). No MTP layers (`--no-mtp`)."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    swa = [i % 4 != 0 for i in range(n_layer)]
    md.update(
        {
            "feed_forward_length": n_ff,
            "expert_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "attention.head_count": n_head,
            "attention.head_count_kv": [n_head_kv_swa if s else n_head_kv_full for s in swa],
            "attention.key_length": key_length,
            "attention.value_length": value_length,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": swa,
            "rope.dimension_count": n_rot,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        kv = n_head_kv_swa if swa[i] else n_head_kv_full
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_q.weight", (n_embd, n_head * key_length)),
            (b + "attn_k.weight", (n_embd, kv * key_length)),
            (b + "attn_v.weight", (n_embd, kv * value_length)),
            (b + "attn_output.weight", (n_head * value_length, n_embd)),
            (b + "ffn_norm.weight", (n_embd,)),
        ]
        if swa[i]:
            t.append((b + "attn_sinks.weight", (n_head,)))
        if i == 0:
            t += [
                *_swiglu_tensors(b, n_embd, n_ff),
            ]
        else:
            t += [
                *_routed_expert_tensors(b, n_embd, n_ff_exp, n_expert, probs_bias=True),
            ]
    return write_arch_gguf(path, "mimo2", md, t, n_vocab=n_vocab)


def write_step35_gguf(
    path: str | Path,
    *,
    n_embd: int = 256,
    n_layer: int = 8,
    n_head_full: int = 4,
    n_head_swa: int = 6,
    n_head_kv: int = 2,
    head_dim: int = 64,
    sliding_window: int = 128,
    n_ff: int = 512,
    n_expert: int = 8,
    n_expert_used: int = 2,
    n_ff_exp: int = 128,
    n_vocab: int = 2048,
) -> Path:
    """Step-3.5-Flash (`step35`, src/models/step35.cpp) as conversion/step3.py's Step35Model writes it: per-layer
    query heads (more on the sliding layers, as its `attention_other_setting`) and KV heads, the sliding layers
    listed one by one (`sliding_window_pattern`), the full layers rotating half the head (`n_rot_full / 2`);
    per-head q/k norms and a head-wise attention gate; a dense first layer, then routed experts with a selection
    bias beside a shared expert. No MTP layers."""
    md, t = _common(n_embd, n_layer, len(_vocab(n_vocab).tokens))
    swa = [i % 4 != 0 for i in range(n_layer)]
    heads = [n_head_swa if s else n_head_full for s in swa]
    md.update(
        {
            "feed_forward_length": n_ff,
            "expert_feed_forward_length": n_ff_exp,
            "expert_shared_feed_forward_length": n_ff_exp,
            "expert_count": n_expert,
            "expert_used_count": n_expert_used,
            "leading_dense_block_count": 1,
            "attention.head_count": heads,
            "attention.head_count_kv": [n_head_kv] * n_layer,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "attention.sliding_window": sliding_window,
            "attention.sliding_window_pattern": swa,
            "rope.dimension_count": head_dim,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        t += _attention_tensors(b, n_embd, heads[i], n_head_kv, head_dim)
        t += [
            (b + "attn_norm.weight", (n_embd,)),
            (b + "attn_q_norm.weight", (head_dim,)),
            (b + "attn_k_norm.weight", (head_dim,)),
            (b + "attn_gate.weight", (n_embd, heads[i])),
            (b + "ffn_norm.weight", (n_embd,)),
        ]
        t += _deepseek_ffn_tensors(b, i, n_embd, n_ff, n_ff_exp, n_expert, probs_bias=True)
    return write_arch_gguf(path, "step35", md, t, n_vocab=n_vocab)

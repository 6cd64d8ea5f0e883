"""GGUF files with chosen metadata, written by llama.cpp's own `gguf` writer (the real format)."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

from tests.support.gguf_factory import add_metadata

F16 = gguf.GGMLQuantizationType.F16
Q8_0 = gguf.GGMLQuantizationType.Q8_0


def write_gguf(
    path: Path,
    arch: str,
    metadata: dict[str, object],
    tensors: dict[str, tuple[tuple[int, ...], gguf.GGMLQuantizationType]],
    *,
    vocab: int | None = None,
) -> Path:
    """`metadata` keys without a dot get the `{arch}.` prefix; tensors are (numpy shape, type), zero-filled."""
    w = gguf.GGUFWriter(path, arch)
    add_metadata(w, arch, metadata)
    if vocab is not None:
        w.add_tokenizer_model("llama")
        w.add_token_list([f"t{i}" for i in range(vocab)])
    for name, (shape, qtype) in tensors.items():
        block, size = gguf.GGML_QUANT_SIZES[qtype]
        rows = int(np.prod(shape[:-1])) if len(shape) > 1 else 1
        nbytes = rows * shape[-1] // block * size
        raw_shape = (*shape[:-1], shape[-1] // block * size) if qtype != F16 else shape
        data = np.zeros(raw_shape, dtype=np.uint8 if qtype != F16 else np.float16)
        w.add_tensor(name, data, raw_dtype=qtype)
        assert data.nbytes == nbytes
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def llama_like(
    n_layer: int = 2,
    n_embd: int = 64,
    n_head: int = 4,
    n_kv: int = 2,
    n_ff: int = 128,
    n_vocab: int = 96,
    tied: bool = False,
    qtype=F16,
):
    """Metadata and tensors in the layout of a real llama GGUF."""
    hd = n_embd // n_head
    tensors = {"token_embd.weight": ((n_vocab, n_embd), qtype)}
    for i in range(n_layer):
        tensors |= {
            f"blk.{i}.attn_q.weight": ((n_embd, n_embd), qtype),
            f"blk.{i}.attn_k.weight": ((n_kv * hd, n_embd), qtype),
            f"blk.{i}.attn_v.weight": ((n_kv * hd, n_embd), qtype),
            f"blk.{i}.attn_output.weight": ((n_embd, n_embd), qtype),
            f"blk.{i}.ffn_gate.weight": ((n_ff, n_embd), qtype),
            f"blk.{i}.ffn_up.weight": ((n_ff, n_embd), qtype),
            f"blk.{i}.ffn_down.weight": ((n_embd, n_ff), qtype),
        }
    if not tied:
        tensors["output.weight"] = ((n_vocab, n_embd), qtype)
    metadata = {
        "block_count": n_layer,
        "embedding_length": n_embd,
        "attention.head_count": n_head,
        "attention.head_count_kv": n_kv,
        "context_length": 4096,
        "feed_forward_length": n_ff,
        "general.file_type": 1 if qtype == F16 else 7,
        "general.name": "Test Llama",
    }
    return metadata, tensors

"""Write embedding encoders (BERT layout) with random weights that llama.cpp's `llama-server --embedding` loads.

Names, shapes and keys are those src/models/bert.cpp (`load_arch_tensors`, LLM_ARCH_BERT) and
src/llama-model.cpp's common hparams read: token, token-type and learned position embeddings with a LayerNorm,
then post-norm blocks with biased q/k/v/out, a LayerNorm after attention and after a GELU feed-forward (up, down,
no gate); `attention.causal` false and a pooling type, as convert_hf_to_gguf's BertModel writes them. The
tokenizer is the small SentencePiece-style vocabulary of tests/support/gguf_factory.py (llama.cpp picks the
tokenizer by `tokenizer.ggml.model`, not by the architecture).
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

from tests.support.gguf_factory import _FILE_TYPES, _TENSOR_TYPES, _add_chat_vocab, _arch_values, _vocab, add_metadata

POOLING_MEAN, POOLING_CLS = 1, 2  # llama_pooling_type


def write_bert_gguf(
    path: str | Path,
    *,
    n_embd: int = 384,
    n_head: int = 12,
    n_layer: int = 2,
    n_ff: int = 1536,
    n_ctx_train: int = 512,
    n_vocab: int | None = None,
    pooling: int = POOLING_MEAN,
    tensor_type: str = "F16",
    seed: int = 0,
) -> Path:
    """Write a BERT-layout embedding model (defaults: all-MiniLM / bge-small's widths, two blocks) to `path`."""
    if n_embd % n_head:
        raise ValueError("n_embd must divide by n_head")
    metadata: dict[str, object] = {
        "context_length": n_ctx_train,
        "embedding_length": n_embd,
        "block_count": n_layer,
        "feed_forward_length": n_ff,
        "attention.head_count": n_head,
        "attention.layer_norm_epsilon": 1e-12,
        "attention.causal": False,
        "pooling_type": pooling,
        "tokenizer.ggml.token_type_count": 2,
    }
    tensors: list[tuple[str, tuple[int, ...]]] = [
        ("token_types.weight", (n_embd, 2)),
        ("position_embd.weight", (n_embd, n_ctx_train)),
        ("token_embd_norm.weight", (n_embd,)),
        ("token_embd_norm.bias", (n_embd,)),
    ]
    for i in range(n_layer):
        b = f"blk.{i}"
        for t in ("attn_q", "attn_k", "attn_v", "attn_output"):
            tensors += [(f"{b}.{t}.weight", (n_embd, n_embd)), (f"{b}.{t}.bias", (n_embd,))]
        tensors += [
            (f"{b}.attn_output_norm.weight", (n_embd,)),
            (f"{b}.attn_output_norm.bias", (n_embd,)),
            (f"{b}.ffn_up.weight", (n_embd, n_ff)),
            (f"{b}.ffn_up.bias", (n_ff,)),
            (f"{b}.ffn_down.weight", (n_ff, n_embd)),
            (f"{b}.ffn_down.bias", (n_embd,)),
            (f"{b}.layer_output_norm.weight", (n_embd,)),
            (f"{b}.layer_output_norm.bias", (n_embd,)),
        ]
    vocab = _vocab(n_vocab)
    tensors.insert(0, ("token_embd.weight", (n_embd, len(vocab.tokens))))
    path = Path(path)
    rng = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(path, "bert")
    writer.add_name("tiny-test-bert")
    writer.add_file_type(int(_FILE_TYPES[tensor_type]))
    writer.add_vocab_size(len(vocab.tokens))
    add_metadata(writer, "bert", metadata)
    _add_chat_vocab(writer, vocab)
    for name, ne in tensors:
        # the position and token-type embeddings stay F32 (added to F32 activations), as convert_hf_to_gguf keeps
        # them; the other matrices are `tensor_type`, norms and biases F32
        matrix = len(ne) >= 2 and name not in ("position_embd.weight", "token_types.weight")
        qtype = _TENSOR_TYPES[tensor_type] if matrix else gguf.GGMLQuantizationType.F32
        writer.add_tensor(name, gguf.quants.quantize(_arch_values(name, ne, rng), qtype), raw_dtype=qtype)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    return path
